"""The store contract for `update_node` (read-modify-write in one write transaction): every
GraphStore implementation must pass these. tests/test_faults.py shows two processes losing no
update through it on SQLite."""

from __future__ import annotations

import dataclasses

import pytest

from netmap.errors import ConflictError, NotFoundError, ValidationError
from netmap.model import Node
from netmap.store.base import GraphStore, PutNode, PutRelation, get_node


def test_update_node_writes_what_the_update_returns(store: GraphStore) -> None:
    store.apply([PutNode(store.schema.validate_node({"id": "o1", "kind": "Organisation", "name": "Eins"}))])
    seen: list[Node] = []

    def add_alias(node: Node) -> Node:
        seen.append(node)
        return dataclasses.replace(node, aliases=(*node.aliases, "E1"))

    assert store.update_node("o1", add_alias, author="tester") == 2
    assert seen[0].aliases == () and get_node(store, "o1").aliases == ("E1",)
    entry = store.history("o1", limit=1)[0]
    assert (entry.author, entry.action, entry.after and entry.after["aliases"]) == ("tester", "update", ["E1"])


def test_update_node_of_a_missing_node_changes_nothing(store: GraphStore) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        store.update_node("nobody", lambda node: node)
    assert store.revision() == 0


@pytest.mark.parametrize(
    "update",
    [
        lambda node: dataclasses.replace(node, id="o2"),  # another id
        lambda node: dataclasses.replace(node, visibility="secret"),  # breaks graph_schema
    ],
    ids=["other-id", "invalid"],
)
def test_an_update_that_is_not_allowed_changes_nothing(store: GraphStore, update: object) -> None:
    store.apply([PutNode(store.schema.validate_node({"id": "o1", "kind": "Organisation", "name": "Eins"}))])
    with pytest.raises(ValidationError):
        store.update_node("o1", update)  # type: ignore[arg-type]
    assert store.revision() == 1 and get_node(store, "o1").visibility == "public"
    assert store.get_nodes(["o2"]) == {}


def test_an_update_that_raises_changes_nothing(store: GraphStore) -> None:
    store.apply([PutNode(store.schema.validate_node({"id": "o1", "kind": "Organisation", "name": "Eins"}))])

    def fail(node: Node) -> Node:
        raise RuntimeError("the caller changed its mind")

    with pytest.raises(RuntimeError):
        store.update_node("o1", fail)
    assert store.revision() == 1
    assert store.apply([]) == 2  # the store is not left inside a transaction


def test_create_node_refuses_a_taken_id_and_changes_nothing(store: GraphStore) -> None:
    first = store.schema.validate_node({"id": "o1", "kind": "Organisation", "name": "Eins"})
    assert store.create_node(first, author="one") == 1
    again = store.schema.validate_node({"id": "o1", "kind": "Organisation", "name": "Zwei"})
    with pytest.raises(ConflictError, match="'o1' exists already"):
        store.create_node(again, author="two")
    assert store.revision() == 1 and get_node(store, "o1").name == "Eins"
    assert [e.author for e in store.history("o1")] == ["one"]


def test_update_relation_writes_what_the_update_returns(store: GraphStore) -> None:
    schema = store.schema
    store.apply(
        [
            PutNode(schema.validate_node({"id": "f1", "kind": "Funder", "name": "F"})),
            PutNode(schema.validate_node({"id": "o1", "kind": "Organisation", "name": "O"})),
        ]
    )
    rel = schema.validate_relation({"kind": "FUNDS", "from": "f1", "to": "o1", "amount": 10})
    store.apply([PutRelation(rel)])
    revision = store.update_relation(
        rel.id, lambda r: schema.validate_relation({**r.content(), "currency": "EUR"}), author="tester"
    )
    assert revision == 3
    stored = store.get_relations([rel.id])[rel.id]
    assert (stored.properties.get("amount"), stored.properties.get("currency")) == (10, "EUR")
    with pytest.raises(NotFoundError, match="nothing-here"):
        store.update_relation("nothing-here", lambda r: r)
    with pytest.raises(ValidationError):
        store.update_relation(rel.id, lambda r: dataclasses.replace(r, id="other"))
    assert store.revision() == 3
