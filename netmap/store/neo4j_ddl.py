"""Neo4j constraints and indexes derived from graph_schema, and their copy for administrators.

The store runs these (`IF NOT EXISTS`, so again and again without harm) when it opens.
`graph_schema/neo4j/*.cypher` holds the same statements for database administrators who
create them by hand; a test fails when those files are stale. Regenerate them with

    .venv/bin/python -m netmap.store.neo4j_ddl
"""

from __future__ import annotations

import sys
from pathlib import Path

from netmap.schema import default_schema
from netmap.store.neo4j_cypher import Vocabulary

HEADER = (
    "// Generated from graph_schema/schema.toml by `python -m netmap.store.neo4j_ddl`; do not edit by hand.\n"
    "// netmap runs these itself when it opens a Neo4j store; run them with cypher-shell to create them ahead.\n"
)


def constraint_statements() -> list[str]:
    """Uniqueness constraints on the ids netmap looks things up by."""
    return [
        "CREATE CONSTRAINT netmap_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT netmap_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT netmap_record_uid IF NOT EXISTS FOR (n:NetmapRecord) REQUIRE n.uid IS UNIQUE",
        "CREATE CONSTRAINT netmap_history_seq IF NOT EXISTS FOR (n:NetmapHistory) REQUIRE n.seq IS UNIQUE",
        "CREATE CONSTRAINT netmap_meta_key IF NOT EXISTS FOR (n:NetmapMeta) REQUIRE n.key IS UNIQUE",
    ]


def index_statements(vocab: Vocabulary) -> list[str]:
    """Indexes for filters and ordering, and one relationship id index per relation kind."""
    statements = [
        "CREATE INDEX netmap_actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
        "CREATE INDEX netmap_actor_sort_name IF NOT EXISTS FOR (n:Actor) ON (n.sort_name)",
        "CREATE INDEX netmap_actor_region IF NOT EXISTS FOR (n:Actor) ON (n.region)",
        "CREATE INDEX netmap_actor_visibility IF NOT EXISTS FOR (n:Actor) ON (n.visibility)",
        "CREATE TEXT INDEX netmap_actor_search IF NOT EXISTS FOR (n:Actor) ON (n.search)",
        "CREATE INDEX netmap_history_subject IF NOT EXISTS FOR (n:NetmapHistory) ON (n.subject_id)",
        "CREATE INDEX netmap_record_collection IF NOT EXISTS FOR (n:NetmapRecord) ON (n.collection)",
    ]
    for kind in vocab.relation_types:
        rel_type = vocab.rel_type(kind)
        statements.append(f"CREATE INDEX netmap_{rel_type.lower()}_id IF NOT EXISTS FOR ()-[r:{rel_type}]-() ON (r.id)")
    return statements


def ddl_statements(vocab: Vocabulary) -> list[str]:
    return [*constraint_statements(), *index_statements(vocab)]


def ddl_files(vocab: Vocabulary) -> dict[str, str]:
    """The file name and text of each graph_schema/neo4j/*.cypher file."""
    return {
        "constraints.cypher": HEADER + "".join(f"{s};\n" for s in constraint_statements()),
        "indexes.cypher": HEADER + "".join(f"{s};\n" for s in index_statements(vocab)),
    }


def main(argv: list[str] | None = None) -> int:
    """Write the files into the folder given (default graph_schema/neo4j of this checkout)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "graph_schema" / "neo4j"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ddl_files(Vocabulary.of(default_schema())).items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"Wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
