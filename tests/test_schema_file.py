from __future__ import annotations

from pathlib import Path

from netmap.api.graphql import build_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "graphql_schema.graphql"
REGENERATE = ".venv/bin/python -c 'from netmap.api.graphql import build_schema; print(build_schema().as_str())' > graphql_schema.graphql"


def test_committed_schema_file_matches_the_code() -> None:
    assert SCHEMA_FILE.exists(), f"graphql_schema.graphql is missing. Make it with: {REGENERATE}"
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == build_schema().as_str() + "\n", (
        f"The GraphQL schema changed but graphql_schema.graphql was not updated. Regenerate it with: {REGENERATE}"
    )
