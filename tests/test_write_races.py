"""Two editors writing at once lose nothing: `createActor` refuses an id another editor has just
taken (inside the write transaction, not only in a check before it), and `updateRelation` patches
the relation as stored when its write begins. The rival editor's write is made through the same
real SQLite store just before ours reaches the store: the interleaving the checks must survive."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.settings import Settings
from netmap.store.base import PutNode, PutRelation
from netmap.store.sqlite import SQLiteStore
from tests.api_helpers import make_tokens, post

WRITES = {"apply", "create_node", "update_node", "update_relation"}


class RivalFirst:
    """The real store; the first write sent through it is preceded by `rival`'s write (another
    editor's request that commits between our request's reads and its write)."""

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store
        self.rival: Callable[[SQLiteStore], None] | None = None

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if name not in WRITES:
            return attr

        def write(*args: Any, **kwargs: Any) -> Any:
            rival, self.rival = self.rival, None
            if rival is not None:
                rival(self._store)
            return attr(*args, **kwargs)

        return write


@pytest.fixture
def racing(tmp_path: Path) -> Iterator[tuple[RivalFirst, SQLiteStore, TestClient, str]]:
    store = SQLiteStore(tmp_path / "race.db")
    schema = store.schema
    store.apply(
        [
            PutNode(schema.validate_node({"id": "org-a", "kind": "Organisation", "name": "A"})),
            PutNode(schema.validate_node({"id": "fund-b", "kind": "Funder", "name": "B"})),
        ]
    )
    editor = make_tokens(store)["editor"]
    assert editor is not None
    racing = RivalFirst(store)
    with TestClient(create_app(Settings(), racing)) as client:  # type: ignore[arg-type]
        yield racing, store, client, editor
    store.close()


CREATE = """mutation { createActor(actor: {id: "org-new", kind: ORGANISATION, name: "Ours"}) {
  __typename ... on ActorSaved { actor { name } } ... on Conflict { message } } }"""


def test_create_actor_refuses_an_id_a_rival_took_meanwhile(
    racing: tuple[RivalFirst, SQLiteStore, TestClient, str],
) -> None:
    wrapper, store, client, editor = racing

    def rival_creates(real: SQLiteStore) -> None:
        node = real.schema.validate_node({"id": "org-new", "kind": "Organisation", "name": "Theirs"})
        real.apply([PutNode(node)], author="rival")

    wrapper.rival = rival_creates
    answer = post(client, CREATE, editor)["data"]["createActor"]
    assert answer["__typename"] == "Conflict", answer
    assert "org-new" in answer["message"] and "updateActor" in answer["message"]
    assert store.get_nodes(["org-new"])["org-new"].name == "Theirs"  # the rival's actor is untouched
    assert [e.author for e in store.history("org-new")] == ["rival"]


def test_create_actor_without_a_rival_still_creates(racing: tuple[RivalFirst, SQLiteStore, TestClient, str]) -> None:
    _, store, client, editor = racing
    answer = post(client, CREATE, editor)["data"]["createActor"]
    assert answer == {"__typename": "ActorSaved", "actor": {"name": "Ours"}}
    assert store.get_nodes(["org-new"])["org-new"].name == "Ours"


UPDATE = """mutation($id: ID!) { updateRelation(id: $id, patch: {since: "2024-01"}) {
  __typename ... on RelationSaved { relation { since note } } } }"""


def test_update_relation_keeps_a_change_a_rival_made_meanwhile(
    racing: tuple[RivalFirst, SQLiteStore, TestClient, str],
) -> None:
    wrapper, store, client, editor = racing
    rel = store.schema.validate_relation({"kind": "FUNDS", "from": "fund-b", "to": "org-a"})
    store.apply([PutRelation(rel)])

    def rival_notes(real: SQLiteStore) -> None:
        stored = real.get_relations([rel.id])[rel.id]
        real.apply([PutRelation(real.schema.validate_relation({**stored.content(), "note": "theirs"}))], author="rival")

    wrapper.rival = rival_notes
    answer = post(client, UPDATE, editor, id=rel.id)["data"]["updateRelation"]
    assert answer == {"__typename": "RelationSaved", "relation": {"since": "2024-01", "note": "theirs"}}
    stored = store.get_relations([rel.id])[rel.id]
    assert (stored.properties.get("since"), stored.properties.get("note")) == ("2024-01", "theirs")
