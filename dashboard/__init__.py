"""Frise: from a pile of news articles to a timeline of dated events.

The package is a library first. The CLI (``python -m dashboard``), the Streamlit
app (``dashboard/app.py``) and the tests are three clients of the same API:

- ``dashboard.extract``  reads documents (files, manifests, HTML) and marks page furniture;
- ``dashboard.temporal`` finds temporal expressions and resolves them into periods;
- ``dashboard.events``   builds dated events, normalises entities, merges across articles;
- ``dashboard.store``    keeps documents and events in a SQLite database;
- ``dashboard.views``    what a reader sees: the view in the URL, filters, labels, figures, map;
- ``dashboard.export``   writes CSV, JSON, TimelineJS and standalone HTML;
- ``dashboard.service``  the page's services: loading the corpus, extracting when stale;
- ``dashboard.ui``       the Streamlit page's parts (panels, presentation, downloads);
- ``dashboard.lang``     language knowledge as data, one folder per language.
"""

__version__ = "0.1.0"
