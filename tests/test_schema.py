from __future__ import annotations

from typing import Any

import pytest

from netmap.errors import ValidationError
from netmap.model import Node
from netmap.schema import date_covers, default_schema, load_schema, relation_id

SCHEMA = default_schema()


def node(**values: Any) -> dict[str, Any]:
    return {"id": "org-a", "kind": "Organisation", "name": "A e.V.", **values}


def test_schema_has_the_kinds_of_the_design() -> None:
    assert set(SCHEMA.nodes) == {"Organisation", "Funder", "Project", "Person"}
    assert set(SCHEMA.relations) == {"COOPERATES_WITH", "FUNDS", "RUNS", "MEMBER_OF", "PART_OF"}
    assert SCHEMA.relations["COOPERATES_WITH"].symmetric


def test_valid_node_gets_defaults() -> None:
    org = SCHEMA.validate_node(node(aliases="A|  B |A", topics=["arbeit"]))
    assert org.aliases == ("A", "B")
    assert org.visibility == "public"
    project = SCHEMA.validate_node({"id": "p", "kind": "Project", "name": "P"})
    assert project.properties["type"] == "project"


def test_people_are_internal_by_default() -> None:
    person = SCHEMA.validate_node({"id": "person-x", "kind": "Person", "name": "X Y"})
    assert person.visibility == "internal"
    public = SCHEMA.validate_node({"id": "person-x", "kind": "Person", "name": "X Y", "visibility": "public"})
    assert public.visibility == "public"


@pytest.mark.parametrize(
    ("values", "field", "allowed_part"),
    [
        ({"kind": "Verein"}, "kind", "Organisation"),
        ({"name": ""}, "name", "required"),
        ({"id": "has space"}, "id", "letters"),
        ({"visibility": "secret"}, "visibility", "'public', 'internal'"),
        ({"colour": "red"}, "colour", "only the fields"),
        ({"type": "network"}, "type", "only the fields"),
        ({"name": "two\nlines"}, "name", "one line"),
    ],
)
def test_node_errors_name_field_value_and_allowed(values: dict[str, Any], field: str, allowed_part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_node(node(**values))
    assert caught.value.field == field
    assert allowed_part in caught.value.allowed
    assert field in str(caught.value)


def test_project_type_must_be_known() -> None:
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_node({"id": "p", "kind": "Project", "name": "P", "type": "party"})
    assert caught.value.value == "party"
    assert "'initiative'" in caught.value.allowed


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"since": "2021-13"}, "since"),
        ({"since": "01.02.2021"}, "since"),
        ({"since": "2022", "until": "2021"}, "until"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "viel"}, "amount"),
        ({"currency": "euro"}, "currency"),
        ({"form": "friendship"}, "form"),
    ],
)
def test_relation_property_errors(values: dict[str, Any], field: str) -> None:
    kind = "FUNDS" if field in ("amount", "currency") else "COOPERATES_WITH"
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_relation({"kind": kind, "from": "a", "to": "b", **values})
    assert caught.value.field == field


def _nodes(*specs: tuple[str, str, str | None]) -> dict[str, Node]:
    result = {}
    for node_id, kind, ptype in specs:
        raw: dict[str, Any] = {"id": node_id, "kind": kind, "name": node_id}
        if ptype:
            raw["type"] = ptype
        result[node_id] = SCHEMA.validate_node(raw)
    return result


def test_endpoints_are_checked_against_the_schema() -> None:
    nodes = _nodes(
        ("p1", "Person", None),
        ("o1", "Organisation", None),
        ("pr", "Project", "project"),
        ("net", "Project", "network"),
        ("f", "Funder", None),
    )
    SCHEMA.validate_relation({"kind": "FUNDS", "from": "f", "to": "pr"}, nodes)
    SCHEMA.validate_relation({"kind": "MEMBER_OF", "from": "o1", "to": "net"}, nodes)
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_relation({"kind": "FUNDS", "from": "p1", "to": "o1"}, nodes)
    assert "Person → Organisation" in str(caught.value.value)
    assert "Funder/Organisation → Project/Organisation" in caught.value.allowed
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_relation({"kind": "MEMBER_OF", "from": "o1", "to": "pr"}, nodes)
    assert "network" in caught.value.allowed
    with pytest.raises(ValidationError) as caught:
        SCHEMA.validate_relation({"kind": "RUNS", "from": "o1", "to": "missing"}, nodes)
    assert caught.value.field == "to"


def test_cooperation_is_stored_once_whichever_way_it_is_given() -> None:
    one = SCHEMA.validate_relation({"kind": "COOPERATES_WITH", "from": "b", "to": "a"})
    two = SCHEMA.validate_relation({"kind": "COOPERATES_WITH", "from": "a", "to": "b"})
    assert (one.from_id, one.to_id) == ("a", "b")
    assert one.id == two.id == relation_id("COOPERATES_WITH", "a", "b")


def test_self_loops_are_refused() -> None:
    with pytest.raises(ValidationError):
        SCHEMA.validate_relation({"kind": "PART_OF", "from": "a", "to": "a"})


def test_date_covers_open_and_partial_dates() -> None:
    from datetime import date

    assert date_covers("2021", None, date(2021, 1, 1))
    assert not date_covers("2021-06", None, date(2021, 5, 31))
    assert date_covers(None, "2021-02", date(2021, 2, 28))
    assert not date_covers(None, "2021-02", date(2021, 3, 1))
    assert date_covers(None, "2020", date(2020, 12, 31))


def test_schema_file_errors_are_clear(tmp_path: Any) -> None:
    from netmap.errors import SchemaError

    bad = tmp_path / "schema.toml"
    bad.write_text('[nodes.A]\n[relations.R]\nendpoints = [{ from = ["A"], to = ["B"] }]\n')
    with pytest.raises(SchemaError, match="unknown node kind 'B'"):
        load_schema(bad)
