"""Every Cypher statement of the Neo4j store, checked without a server.

The checker is Neo4j's own Cypher parser and semantic analysis (`@neo4j-cypher/language-support`
from npm, pinned in tools/cypher/package-lock.json and installed by `make test`), run by Node on
tools/cypher/check.mjs. It is given the allow-list as the database's labels and relationship
types, and netmap's property names as its property keys, so a statement naming anything else
is reported too.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from netmap.errors import SchemaError, ValidationError
from netmap.schema import default_schema
from netmap.store import neo4j_cypher as cypher
from netmap.store.neo4j_ddl import ddl_files

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT / "tools" / "cypher" / "check.mjs"
VOCAB = cypher.Vocabulary.of(default_schema())

# Statements that must be rejected: they prove the checker can fail.
BROKEN = {
    "broken:unclosed": "MATCH (n:Actor {id: $id} RETURN n",
    "broken:undefined-variable": "MATCH (n:Actor) RETURN m",
    "broken:typo": "MATCH (n:Actor) RETRUN n",
    "broken:foreign-label": "MATCH (n:Secret) RETURN n",
    "broken:foreign-type": "MATCH (:Actor)-[r:OWNS]->(:Actor) RETURN r",
    "broken:misspelt-property": "MATCH (n:Actor) RETURN properties(n) AS node ORDER BY n.sort_nmae",
}


def run_checker(statements: dict[str, str]) -> dict[str, Any]:
    """Neo4j's Cypher checker's answer: `problems` and `parameters`, by statement name."""
    node = shutil.which("node")
    if node is None or not (CHECKER.parent / "node_modules" / "@neo4j-cypher").is_dir():
        pytest.fail("The Cypher checker is not installed: run `make test` (it runs npm ci --prefix tools/cypher).")
    payload = {
        "labels": [*cypher.OWN_LABELS, *VOCAB.node_labels],
        "relationshipTypes": list(VOCAB.relation_types),
        "propertyKeys": cypher.property_keys(default_schema()),
        "statements": statements,
    }
    done = subprocess.run(
        [node, str(CHECKER)], input=json.dumps(payload), capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    assert answer["versions"] == ["CYPHER 5", "CYPHER 25"]
    return answer


@pytest.fixture(scope="module")
def checked() -> dict[str, Any]:
    return run_checker({**cypher.all_statements(VOCAB), **BROKEN})


@pytest.fixture(scope="module")
def problems(checked: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = checked["problems"]
    return found


def test_every_statement_parses(problems: dict[str, list[str]]) -> None:
    ours = {name: found for name, found in problems.items() if not name.startswith("broken:")}
    assert ours == {}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_checker_rejects_broken_statements(problems: dict[str, list[str]], name: str) -> None:
    assert problems.get(name), f"{name} was not rejected"


def test_enumeration_covers_every_kind_and_constant() -> None:
    statements = cypher.all_statements(VOCAB)
    for kind in VOCAB.node_labels:
        assert f"put_nodes[{kind}]" in statements
    for kind in VOCAB.relation_types:
        assert f"put_relations[{kind}]" in statements
    constants = [n for n, v in vars(cypher).items() if n.isupper() and not n.startswith("_") and isinstance(v, str)]
    assert {n for n in constants if vars(cypher)[n] not in cypher.OWN_LABELS} <= statements.keys()
    assert len(statements) > 30


def test_the_store_module_holds_no_cypher_of_its_own() -> None:
    """neo4j.py sends only statements from neo4j_cypher.py, so the check above sees them all."""
    tree = ast.parse((ROOT / "netmap" / "store" / "neo4j.py").read_text(encoding="utf-8"))
    clauses = {"MATCH", "MERGE", "CREATE", "UNWIND", "RETURN", "OPTIONAL", "CALL", "WITH", "DELETE", "DETACH"}
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [text for text in literals if text.split(" ", 1)[0] in clauses] == []


def test_statements_for_every_kind_use_only_the_allow_list() -> None:
    allowed = {*cypher.OWN_LABELS, *VOCAB.node_labels, *VOCAB.relation_types}
    for kind in VOCAB.node_labels:
        named = set(_names_after_colons(cypher.put_nodes(VOCAB, kind)))
        assert kind in named and named <= allowed
    for kind in VOCAB.relation_types:
        named = set(_names_after_colons(cypher.put_relations(VOCAB, kind)))
        assert kind in named and named <= allowed
    for statement in (cypher.find_relations(VOCAB), cypher.delete_relations(VOCAB), cypher.get_relations(VOCAB)):
        assert set(_names_after_colons(statement)) <= allowed


def _names_after_colons(statement: str) -> list[str]:
    """Labels and types in node and relationship patterns, read with Python's own tokenizer
    rules for identifiers (the parser check above catches what this does not)."""
    names: list[str] = []
    for part in statement.replace("|", ":").split(":")[1:]:
        name = ""
        for char in part:
            if not (char.isalnum() or char == "_"):
                break
            name += char
        if name and not name[0].isdigit():
            names.append(name)
    return [n for n in names if n[0].isupper()]


@pytest.mark.parametrize("kind", ["Secret", "Organisation) DETACH DELETE n //", "organisation", ""])
def test_a_node_kind_outside_the_allow_list_is_refused(kind: str) -> None:
    with pytest.raises(ValidationError, match="one of Organisation"):
        cypher.put_nodes(VOCAB, kind)


@pytest.mark.parametrize("kind", ["OWNS", "FUNDS]->(x) DETACH DELETE x //", "funds"])
def test_a_relation_kind_outside_the_allow_list_is_refused(kind: str) -> None:
    with pytest.raises(ValidationError, match="one of COOPERATES_WITH"):
        cypher.put_relations(VOCAB, kind)


def test_a_schema_kind_that_is_no_neo4j_name_is_refused() -> None:
    schema = default_schema()
    bad = replace(schema, nodes={**schema.nodes, "Bad-Kind`": schema.nodes["Organisation"]})
    with pytest.raises(SchemaError, match="cannot be used as a Neo4j label"):
        cypher.Vocabulary.of(bad)
    clash = replace(schema, nodes={**schema.nodes, "Actor": schema.nodes["Organisation"]})
    with pytest.raises(SchemaError, match="clashes"):
        cypher.Vocabulary.of(clash)


def test_cypher_files_for_administrators_are_current() -> None:
    folder = ROOT / "graph_schema" / "neo4j"
    for name, text in ddl_files(VOCAB).items():
        stored = (folder / name).read_text(encoding="utf-8") if (folder / name).exists() else ""
        assert stored == text, (
            f"graph_schema/neo4j/{name} is stale. Regenerate it with `.venv/bin/python -m netmap.store.neo4j_ddl`."
        )


def test_every_call_passes_exactly_the_parameters_its_statement_uses(checked: dict[str, Any]) -> None:
    """Each place neo4j.py sends a statement passes the $parameters the parser finds in it: no
    missing parameter (a failure on the server), none unused, and no statement left unused."""
    parameters: dict[str, list[str]] = checked["parameters"]
    calls = statement_calls()
    assert calls, "no statement calls found in neo4j.py"
    for statement, passed in calls:
        names = [n for n in parameters if n == statement or n.startswith(statement + "[")]
        assert names, f"neo4j.py sends {statement}, which all_statements() does not list"
        for name in names:
            assert set(parameters[name]) == passed, (name, sorted(passed))
    used = {statement for statement, _ in calls}
    unused = {n.split("[")[0] for n in cypher.all_statements(VOCAB) if not n.startswith("ddl[")} - used
    assert unused == set()


def statement_calls() -> list[tuple[str, set[str]]]:
    """(statement name, keyword parameters passed) for every call in neo4j.py whose first
    argument is `cypher.NAME` or `cypher.builder(...)`."""
    from netmap.store.base import NodeFilter
    from netmap.store.neo4j import _filter_params

    tree = ast.parse((ROOT / "netmap" / "store" / "neo4j.py").read_text(encoding="utf-8"))
    found: list[tuple[str, set[str]]] = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.args):
        first = call.args[0]
        target = first.func if isinstance(first, ast.Call) else first
        if not (
            isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "cypher"
        ):
            continue
        if target.attr == "Vocabulary":
            continue
        passed: set[str] = set()
        for keyword in call.keywords:
            if keyword.arg is not None:
                passed.add(keyword.arg)
            elif isinstance(keyword.value, ast.Call) and ast.unparse(keyword.value.func) == "_filter_params":
                passed |= set(_filter_params(NodeFilter()))
            else:
                pytest.fail(f"neo4j.py line {call.lineno}: parameters passed as **{ast.unparse(keyword.value)}")
        found.append((target.attr, passed))
    return found
