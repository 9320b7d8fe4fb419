-- Frise's workspace: several corpora, each with its documents, its machine events, the
-- corrections people made to them and the log of every change. PRAGMA user_version holds
-- WORKSPACE_VERSION (dashboard/store/workspace.py): bump it whenever this file changes.
-- Machine results are JSON in the extractor's schema (Document.to_dict, Event.to_dict): they
-- are rebuilt by the extractor, never edited. What people write lives in corrections.

CREATE TABLE IF NOT EXISTS corpora (
    slug        TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    -- Incremented by every write, so a reader can tell cheaply whether to load again.
    revision    INTEGER NOT NULL DEFAULT 0,
    -- The corpus's own spellings (aliases.csv of the folder it was seeded from), as
    -- [[alias, canonical, field, context], ...], applied at every merge.
    alias_table TEXT NOT NULL DEFAULT '[]',
    -- The files of that folder that could not be read, as [Document.to_dict(with_text=False),
    -- ...] with their reasons, for the page to name. NULL until a seed recorded them.
    refused     TEXT
);

CREATE TABLE IF NOT EXISTS corpus_documents (
    corpus      TEXT NOT NULL REFERENCES corpora(slug) ON DELETE CASCADE,
    doc_id      TEXT NOT NULL,
    position    INTEGER NOT NULL,
    added_at    TEXT NOT NULL,
    document    TEXT NOT NULL,   -- Document.to_dict(), text included
    -- Each document's own events before merging, and the extractor that built them.
    extractor   TEXT NOT NULL,
    events      TEXT NOT NULL,   -- [Event.to_dict(), ...]
    PRIMARY KEY (corpus, doc_id)
);

-- The merge of every document's events, kept so that opening a corpus does not merge again.
CREATE TABLE IF NOT EXISTS merged_events (
    corpus      TEXT PRIMARY KEY REFERENCES corpora(slug) ON DELETE CASCADE,
    extractor   TEXT NOT NULL,
    merged_at   TEXT NOT NULL,
    events      TEXT NOT NULL,   -- [Event.to_dict(), ...] in timeline order
    places      TEXT NOT NULL,   -- [Place.to_dict(), ...]
    aliases     TEXT NOT NULL DEFAULT '{}'   -- {canonical name: [other spellings]}, for search
);

-- Edit keys are stored only as SHA-256 digests. A revoked key stays for the record.
CREATE TABLE IF NOT EXISTS edit_keys (
    id          INTEGER PRIMARY KEY,
    corpus      TEXT NOT NULL REFERENCES corpora(slug) ON DELETE CASCADE,
    digest      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

-- One row per corrected event (kind edit), hand-made event (add), join or split.
-- target names it: the event id when first corrected, or the new event's id.
-- anchors are the source sentences it applies to: [{doc_id, start, end, excerpt}, ...].
CREATE TABLE IF NOT EXISTS corrections (
    id          INTEGER PRIMARY KEY,
    corpus      TEXT NOT NULL REFERENCES corpora(slug) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('edit', 'add', 'join', 'split')),
    target      TEXT NOT NULL,
    anchors     TEXT NOT NULL,
    extra       TEXT NOT NULL DEFAULT '{}',
    -- {field: {"value": ..., "by": author, "at": ISO time}}
    fields      TEXT NOT NULL DEFAULT '{}',
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (corpus, kind, target)
);

-- Every change a person made: when, who, what, the value before and after.
-- state: done (can be undone), undone (can be redone), dropped (undone, then a new change
-- by the same person cleared the redo), record (an undo or redo, kept for the history).
CREATE TABLE IF NOT EXISTS edit_log (
    id            INTEGER PRIMARY KEY,
    corpus        TEXT NOT NULL REFERENCES corpora(slug) ON DELETE CASCADE,
    correction_id INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    batch         TEXT NOT NULL,
    at            TEXT NOT NULL,
    author        TEXT NOT NULL,
    action        TEXT NOT NULL,
    field         TEXT NOT NULL,
    before_set    INTEGER NOT NULL,
    before        TEXT,
    after         TEXT,
    version       INTEGER NOT NULL,
    state         TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'dropped', 'record')),
    -- Orders undo and redo: the latest change of a person to become done (or undone) first.
    stack_at      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS edit_log_by_author ON edit_log (corpus, author, state, stack_at);
CREATE INDEX IF NOT EXISTS edit_log_by_correction ON edit_log (correction_id, version);
