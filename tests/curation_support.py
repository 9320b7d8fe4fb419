"""Helpers for the curation tests: a corpus stored as the extractor would have stored it."""

from __future__ import annotations


def load_machine_events(workspace, slug, corpus) -> None:
    """Store ``corpus`` in ``slug`` as if the extractor had made it: each event with its first
    document, merged as it is (the store and the corrections are what the tests are about)."""
    from dashboard.freshness import extractor_fingerprint
    from dashboard.store import corpora
    from dashboard.store.corpora import StoredDocument
    from dashboard.store.workspace import opened

    # Stamped with this extractor's fingerprint, so the page takes it as current.
    stored = [StoredDocument(doc, extractor_fingerprint(),
                             tuple(e for e in corpus.events if e.sources[0].doc_id == doc.doc_id))
              for doc in corpus.documents]
    with opened(workspace.path) as db:
        corpora.save_documents(
            db, slug, stored,
            lambda built, _: ([e for _, events in built for e in events], corpus.places, {}),
            extractor_fingerprint())
