"""The Streamlit page's parts: detail and story panels, presentation, comparison, pickers,
widgets and download buttons. What the exports also need lives in ``dashboard.views``."""
