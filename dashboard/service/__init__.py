"""Application services: what the page needs done that is neither a pure view nor a widget,
such as running the extraction pipeline and reading the store (``loading``)."""
