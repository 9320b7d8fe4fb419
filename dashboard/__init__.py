"""Frise: from a pile of news articles to a timeline of dated events.

The package is a library first. The CLI (``python -m dashboard``), the Streamlit
app (``dashboard/app.py``) and the tests are three clients of the same API:

- ``dashboard.extract``  reads documents (files, manifests, HTML) and marks page furniture;
- ``dashboard.temporal`` finds temporal expressions and resolves them into periods;
- ``dashboard.events``   builds dated events, normalises entities, merges across articles;
- ``dashboard.store``    keeps documents and events in a SQLite database;
- ``dashboard.export``   writes CSV, JSON, TimelineJS and standalone HTML;
- ``dashboard.ui``       pure functions behind the Streamlit page (view, filters, figures);
- ``dashboard.lang``     language knowledge as data, one folder per language.
"""

__version__ = "0.1.0"
