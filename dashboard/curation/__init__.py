"""Curation: people's corrections on top of the machine's events, for one corpus or many.

This is application logic between the store and the page: ``apply`` lays corrections over a
fresh extraction (pure functions), ``workspace`` is the API the page, the CLI and the tests
call to read a corpus, change it, undo and redo, and add articles (``adding``, ``uploads``).
The extraction core never imports it.
"""
