-- Records: small documents netmap keeps beside the graph (saved maps, tokens, drafts), by collection.
CREATE TABLE records (
    collection TEXT NOT NULL,
    id         TEXT NOT NULL,
    data       TEXT NOT NULL,          -- JSON
    updated_at TEXT NOT NULL,
    PRIMARY KEY (collection, id)
);

-- History: one entry per change to a node, relation or source, written in the same transaction.
CREATE TABLE history (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    revision     INTEGER NOT NULL,
    at           TEXT NOT NULL,
    author       TEXT NOT NULL,
    action       TEXT NOT NULL,        -- create, update, delete, erase
    subject_kind TEXT NOT NULL,        -- node, relation, source
    subject_id   TEXT NOT NULL,
    node_ids     TEXT NOT NULL,        -- JSON list: the node, or a relation's two ends
    before       TEXT,                 -- JSON or NULL
    after        TEXT                  -- JSON or NULL
);
CREATE INDEX history_subject ON history (subject_id);
