-- Nodes, relations and sources. Properties beyond the indexed columns live in `data` (JSON).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('revision', '0');

CREATE TABLE nodes (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    visibility TEXT NOT NULL,
    region     TEXT NOT NULL DEFAULT '',
    search     TEXT NOT NULL,          -- casefolded name and aliases, for substring search
    data       TEXT NOT NULL,          -- JSON: aliases, topics, sources, kind-specific properties
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX nodes_kind ON nodes (kind, name);
CREATE INDEX nodes_region ON nodes (region);

CREATE TABLE relations (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    from_id    TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    to_id      TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    data       TEXT NOT NULL,          -- JSON: properties and sources
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX relations_from ON relations (from_id, kind);
CREATE INDEX relations_to ON relations (to_id, kind);

CREATE TABLE sources (
    id   TEXT PRIMARY KEY,
    data TEXT NOT NULL                 -- JSON: title, publisher, date, url, note
);
