"""Every Cypher statement of the Neo4j store, in one place so that tests can enumerate them.

Values always travel as parameters. Labels and relationship types cannot be parameters, so the
statements that need them are built by the functions below, and only from the `Vocabulary`:
an allow-list derived from graph_schema (node kinds, relation kinds) plus netmap's own labels.
A kind outside the allow-list is refused, never written into a statement.

Graph layout in Neo4j:
    (:Actor:<Kind> {id, kind, name, aliases, region, topics, visibility, sources, search,
                    sort_name, created_at, updated_at, <kind properties>})
    (:Actor)-[:<RELATION_KIND> {id, sources, created_at, updated_at, <properties>}]->(:Actor)
    (:Source {id, title, publisher, date, url, note})
    (:NetmapHistory {seq, revision, at, author, action, subject_kind, subject_id, node_ids,
                     before, after})       before/after: JSON text
    (:NetmapRecord {uid, collection, id, data, updated_at})   data: JSON text
    (:NetmapMeta {key: 'revision', value, seq})   the revision and history sequence counters
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netmap.errors import SchemaError, ValidationError
from netmap.schema import GraphSchema

ACTOR = "Actor"
SOURCE = "Source"
HISTORY_LABEL = "NetmapHistory"
RECORD_LABEL = "NetmapRecord"
META_LABEL = "NetmapMeta"
OWN_LABELS = (ACTOR, SOURCE, HISTORY_LABEL, RECORD_LABEL, META_LABEL)

# Node and relationship properties netmap manages itself; graph_schema may not use these names.
NODE_KEYS = frozenset(
    {"id", "kind", "name", "aliases", "region", "topics", "visibility", "sources", "search", "sort_name"}
    | {"created_at", "updated_at"}
)
RELATION_KEYS = frozenset({"id", "kind", "from", "to", "sources", "created_at", "updated_at"})
IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")


def property_keys(schema: GraphSchema) -> list[str]:
    """Every property name netmap writes in Neo4j (the layout above plus graph_schema's
    properties), and the keys of the parameter rows statements read: what a statement may name."""
    own = {"title", "publisher", "date", "url", "note"}  # Source
    own |= {"seq", "revision", "at", "author", "action", "subject_kind", "subject_id", "node_ids", "before", "after"}
    own |= {"uid", "collection", "data", "key", "value"}  # NetmapRecord, NetmapMeta
    own |= {"from_id", "to_id", "props"}  # keys of the $rows maps the write statements UNWIND
    from_schema = {p for spec in schema.nodes.values() for p in spec.properties}
    from_schema |= {p for rel in schema.relations.values() for p in rel.properties}
    return sorted(NODE_KEYS | RELATION_KEYS | own | from_schema)


@dataclass(frozen=True)
class Vocabulary:
    """The labels and relationship types a statement may name: graph_schema's kinds, checked."""

    node_labels: tuple[str, ...]
    relation_types: tuple[str, ...]

    @classmethod
    def of(cls, schema: GraphSchema) -> Vocabulary:
        """The allow-list of a graph schema; SchemaError if a kind cannot be a Neo4j name."""
        for kind in [*schema.nodes, *schema.relations]:
            if not IDENTIFIER.match(kind):
                raise SchemaError(
                    f"The kind {kind!r} cannot be used as a Neo4j label or relationship type.",
                    "Name kinds with letters, digits and '_' only, starting with a letter.",
                )
        for kind in schema.nodes:
            if kind in OWN_LABELS:
                raise SchemaError(f"The node kind {kind!r} clashes with a label netmap uses itself in Neo4j.")
            own = schema.nodes[kind].properties.keys() - {"name", "aliases", "region", "topics", "visibility"}
            if own & NODE_KEYS:
                raise SchemaError(
                    f"{kind} has the property {sorted(own & NODE_KEYS)[0]!r}, a name netmap keeps for itself."
                )
        for kind, spec in schema.relations.items():
            if RELATION_KEYS & spec.properties.keys():
                raise SchemaError(f"{kind} has a property named like one netmap keeps for itself.")
        return cls(tuple(schema.nodes), tuple(schema.relations))

    def label(self, kind: str) -> str:
        """The node label of a kind in the allow-list; ValidationError for any other text."""
        if kind not in self.node_labels:
            raise ValidationError("kind", kind, "one of " + ", ".join(self.node_labels))
        return kind

    def rel_type(self, kind: str) -> str:
        """The relationship type of a relation kind in the allow-list; ValidationError otherwise."""
        if kind not in self.relation_types:
            raise ValidationError("kind", kind, "one of " + ", ".join(self.relation_types))
        return kind

    def any_rel_type(self) -> str:
        """All relation kinds as one type disjunction, e.g. `FUNDS|RUNS`."""
        return "|".join(self.rel_type(t) for t in self.relation_types)


# -- counters -------------------------------------------------------------------------------
READ_REVISION = "OPTIONAL MATCH (m:NetmapMeta {key: 'revision'}) RETURN coalesce(m.value, 0) AS revision"
# Taking the counter first also write-locks it: concurrent batches run one after the other.
NEXT_REVISION = (
    "MERGE (m:NetmapMeta {key: 'revision'}) ON CREATE SET m.value = 0, m.seq = 0 "
    "SET m.value = m.value + 1 RETURN m.value AS revision"
)
RESERVE_SEQ = (
    "MERGE (m:NetmapMeta {key: 'revision'}) ON CREATE SET m.value = 0, m.seq = 0 "
    "SET m.seq = coalesce(m.seq, 0) + $count RETURN m.seq AS last"
)

# -- nodes ----------------------------------------------------------------------------------
GET_NODES = "MATCH (n:Actor) WHERE n.id IN $ids RETURN properties(n) AS node"
NODE_EXISTS = "MATCH (n:Actor {id: $id}) RETURN count(n) AS found"
_NODE_FILTER = (
    "MATCH (n:Actor) WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($regions IS NULL OR n.region IN $regions) "
    "AND ($topic IS NULL OR $topic IN n.topics) AND ($search IS NULL OR n.search CONTAINS $search) "
    "AND ($visibility IS NULL OR n.visibility IN $visibility) AND ($ids IS NULL OR n.id IN $ids)"
)
FIND_NODES = _NODE_FILTER + " RETURN properties(n) AS node ORDER BY n.sort_name, n.id SKIP $offset"
FIND_NODES_PAGE = FIND_NODES + " LIMIT $limit"
COUNT_NODES = _NODE_FILTER + " RETURN count(n) AS count"
COUNTS_BY_KIND = "MATCH (n:Actor) RETURN n.kind AS kind, count(n) AS count"
DELETE_NODES = "UNWIND $ids AS id MATCH (n:Actor {id: id}) DETACH DELETE n"

# -- sources --------------------------------------------------------------------------------
GET_SOURCES = "MATCH (s:Source) WHERE s.id IN $ids RETURN properties(s) AS source"
ALL_SOURCES = "MATCH (s:Source) RETURN properties(s) AS source ORDER BY s.id"
PUT_SOURCES = "UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row RETURN count(s) AS written"

# -- history --------------------------------------------------------------------------------
ADD_HISTORY = "UNWIND $rows AS row CREATE (h:NetmapHistory) SET h = row"
HISTORY = (
    "MATCH (h:NetmapHistory) WHERE $node_id IS NULL OR h.subject_id = $node_id OR $node_id IN h.node_ids "
    "RETURN properties(h) AS entry ORDER BY h.seq DESC LIMIT $limit"
)
HISTORY_OF_SUBJECTS = "MATCH (h:NetmapHistory) WHERE h.subject_id IN $subjects RETURN properties(h) AS entry"
ERASE_HISTORY = "MATCH (h:NetmapHistory) WHERE h.subject_id = $node_id OR $node_id IN h.node_ids DELETE h"

# -- records --------------------------------------------------------------------------------
PUT_RECORD = (
    "MERGE (r:NetmapRecord {uid: $uid}) SET r.collection = $collection, r.id = $id, r.data = $data, r.updated_at = $at"
)
GET_RECORD = "MATCH (r:NetmapRecord {uid: $uid}) RETURN r.data AS data"
# read a record for update: the SET takes the record's write lock until the transaction ends
LOCK_RECORD = "MATCH (r:NetmapRecord {uid: $uid}) SET r.updated_at = $at RETURN r.data AS data"
LIST_RECORDS = "MATCH (r:NetmapRecord) WHERE r.collection = $collection RETURN r.id AS id, r.data AS data ORDER BY r.id"
DELETE_RECORD = "MATCH (r:NetmapRecord {uid: $uid}) DELETE r RETURN count(*) AS deleted"
RECORD_COLLECTIONS = "MATCH (r:NetmapRecord) RETURN DISTINCT r.collection AS collection ORDER BY collection"

# -- tests only: remove everything netmap keeps, and nothing else ---------------------------
CLEAR = "MATCH (n) WHERE n:Actor OR n:Source OR n:NetmapHistory OR n:NetmapRecord OR n:NetmapMeta DETACH DELETE n"

_RELATION_FIELDS = "r.id AS id, type(r) AS kind, a.id AS from_id, b.id AS to_id, properties(r) AS props"


# -- statements that name kinds: built only from the allow-list -----------------------------
def put_nodes(vocab: Vocabulary, kind: str) -> str:
    """Create or replace nodes of one kind (rows: id, created_at, props); keeps created_at."""
    label = vocab.label(kind)
    others = [vocab.label(k) for k in vocab.node_labels if k != label]
    remove = f"REMOVE n:{':'.join(others)} " if others else ""
    return (
        "UNWIND $rows AS row MERGE (n:Actor {id: row.id}) "
        "WITH n, row, coalesce(n.created_at, row.created_at) AS created "
        f"SET n = row.props, n.created_at = created {remove}SET n:{label} RETURN count(n) AS written"
    )


def put_relations(vocab: Vocabulary, kind: str) -> str:
    """Create or replace relations of one kind between existing actors (rows: id, from_id, to_id,
    created_at, props); returns how many were written."""
    rel_type = vocab.rel_type(kind)
    return (
        "UNWIND $rows AS row MATCH (a:Actor {id: row.from_id}) MATCH (b:Actor {id: row.to_id}) "
        f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b) "
        "WITH r, row, coalesce(r.created_at, row.created_at) AS created "
        "SET r = row.props, r.created_at = created RETURN count(r) AS written"
    )


def get_relations(vocab: Vocabulary) -> str:
    """Relations by id: one indexed lookup per relationship type."""
    parts = [
        f"MATCH (a:Actor)-[r:{vocab.rel_type(t)}]->(b:Actor) WHERE r.id IN $ids RETURN {_RELATION_FIELDS}"
        for t in vocab.relation_types
    ]
    return " UNION ALL ".join(parts)


def relations_of(vocab: Vocabulary) -> str:
    """Relations starting or ending at any of $ids, of $kinds (null: all)."""
    return (
        f"MATCH (n:Actor)-[r:{vocab.any_rel_type()}]-(:Actor) WHERE n.id IN $ids "
        "AND ($kinds IS NULL OR type(r) IN $kinds) WITH DISTINCT r "
        "WITH r, startNode(r) AS a, endNode(r) AS b "
        f"RETURN {_RELATION_FIELDS} ORDER BY kind, id"
    )


def find_relations(vocab: Vocabulary) -> str:
    return (
        f"MATCH (a:Actor)-[r:{vocab.any_rel_type()}]->(b:Actor) "
        "WHERE ($kinds IS NULL OR type(r) IN $kinds) AND ($from_ids IS NULL OR a.id IN $from_ids) "
        "AND ($to_ids IS NULL OR b.id IN $to_ids) "
        f"RETURN {_RELATION_FIELDS} ORDER BY kind, id"
    )


def count_relations(vocab: Vocabulary) -> str:
    return f"MATCH (:Actor)-[r:{vocab.any_rel_type()}]->(:Actor) RETURN count(r) AS count"


def delete_relations(vocab: Vocabulary) -> str:
    return f"UNWIND $ids AS id MATCH (:Actor)-[r:{vocab.any_rel_type()}]->(:Actor) WHERE r.id = id DELETE r"


def all_statements(vocab: Vocabulary) -> dict[str, str]:
    """Every statement the Neo4j store can send, by a readable name (for the parser check)."""
    from netmap.store import neo4j_ddl

    statements = {
        name: value
        for name, value in globals().items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str) and value not in OWN_LABELS
    }
    statements.update(
        {
            "get_relations": get_relations(vocab),
            "relations_of": relations_of(vocab),
            "find_relations": find_relations(vocab),
            "count_relations": count_relations(vocab),
            "delete_relations": delete_relations(vocab),
        }
    )
    statements.update({f"put_nodes[{k}]": put_nodes(vocab, k) for k in vocab.node_labels})
    statements.update({f"put_relations[{k}]": put_relations(vocab, k) for k in vocab.relation_types})
    statements.update({f"ddl[{i}]": s for i, s in enumerate(neo4j_ddl.ddl_statements(vocab))})
    return statements
