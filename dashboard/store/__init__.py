"""Frise's SQLite database: the documents and events of one extraction, in a normalised schema.

The database is what the dashboard reads; ``events.json`` is the interchange file. Both hold
the same ``Corpus``: ``load_corpus(save_corpus(path, corpus))`` gives back an equal value.
"""

from dashboard.store.atomic import replacing
from dashboard.store.sqlite import (
    SCHEMA_VERSION,
    StoreError,
    is_frise_database,
    load_corpus,
    save_corpus,
    search,
    stored_extractor,
)

__all__ = ["SCHEMA_VERSION", "StoreError", "is_frise_database", "load_corpus", "replacing", "save_corpus", "search",
           "stored_extractor"]
