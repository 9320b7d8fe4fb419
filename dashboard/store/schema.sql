-- Frise's database: one row per document, event, source, entity, disagreement and place.
-- Every list in the JSON model becomes a child table with a `position` column, so loading
-- gives back the tuples in the order they were saved.
-- Bump SCHEMA_VERSION in sqlite.py whenever this file changes.

CREATE TABLE documents (
    position       INTEGER PRIMARY KEY,
    -- Not unique: a manifest may name the same doc_id twice, and both rows must be kept.
    doc_id         TEXT NOT NULL,
    file           TEXT NOT NULL,
    text           TEXT NOT NULL,
    language       TEXT NOT NULL,
    published      TEXT,
    published_from TEXT,
    title          TEXT NOT NULL,
    outlet         TEXT NOT NULL,
    url            TEXT NOT NULL,
    note           TEXT NOT NULL,
    error          TEXT
);
CREATE INDEX documents_doc_id ON documents (doc_id);

CREATE TABLE document_warnings (
    document_position INTEGER NOT NULL REFERENCES documents (position),
    position          INTEGER NOT NULL,
    warning           TEXT NOT NULL,
    PRIMARY KEY (document_position, position)
);

CREATE TABLE furniture (
    document_position INTEGER NOT NULL REFERENCES documents (position),
    position          INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    reason            TEXT NOT NULL,
    PRIMARY KEY (document_position, position)
);

CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    date        TEXT,
    date_end    TEXT,
    precision   TEXT,
    date_text   TEXT,
    dated_by    TEXT NOT NULL,
    anchor      TEXT,
    anchor_kind TEXT,
    category    TEXT NOT NULL,
    confidence  REAL NOT NULL,
    status      TEXT NOT NULL,
    language    TEXT NOT NULL,
    date_source TEXT,
    -- Why the date resolved as it did (model.WHY) and the tense marker that decided it.
    why         TEXT,
    marker      TEXT
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_category ON events (category);

CREATE TABLE sources (
    event_id      TEXT NOT NULL REFERENCES events (id),
    position      INTEGER NOT NULL,
    doc_id        TEXT NOT NULL,
    excerpt       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    date_text     TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    date          TEXT,
    date_end      TEXT,
    precision     TEXT,
    dated_by      TEXT NOT NULL,
    anchor        TEXT,
    anchor_kind   TEXT,
    why           TEXT,
    marker        TEXT,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX sources_doc_id ON sources (doc_id);

-- Actors, organisations, places and weapons share one shape, so they share one table.
CREATE TABLE event_entities (
    event_id TEXT NOT NULL REFERENCES events (id),
    kind     TEXT NOT NULL CHECK (kind IN ('actor', 'organisation', 'place', 'weapon')),
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (event_id, kind, position)
);
CREATE INDEX event_entities_name ON event_entities (kind, name);

CREATE TABLE disagreements (
    event_id TEXT NOT NULL REFERENCES events (id),
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    subject  TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE disagreement_accounts (
    event_id              TEXT NOT NULL,
    disagreement_position INTEGER NOT NULL,
    position              INTEGER NOT NULL,
    doc_id                TEXT NOT NULL,
    account               TEXT NOT NULL,
    PRIMARY KEY (event_id, disagreement_position, position),
    FOREIGN KEY (event_id, disagreement_position) REFERENCES disagreements (event_id, position)
);

CREATE TABLE places (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    lat      REAL NOT NULL,
    lon      REAL NOT NULL,
    country  TEXT NOT NULL
);

-- The other spellings of a canonical name ("Vladimir Putin": "Poutine"), for search.
CREATE TABLE aliases (
    name     TEXT NOT NULL,
    position INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (name, position)
);

-- Problems with the corpus's own files that did not stop the extraction.
CREATE TABLE corpus_warnings (
    position INTEGER PRIMARY KEY,
    warning  TEXT NOT NULL
);

-- What wrote this extraction (key "extractor": dashboard.fingerprint.extractor_fingerprint()).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
