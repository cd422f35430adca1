from __future__ import annotations

from starlette.testclient import TestClient

from netmap.auth.tokens import create_token
from netmap.store.base import GraphStore
from tests.api_helpers import post

CREATE = """mutation($actor: ActorInput!) { createActor(actor: $actor) {
  __typename ... on ActorSaved { actor { id name visibility } } ... on ValidationProblem { field message }
  ... on Conflict { message } ... on Forbidden { requiredRole } } }"""
UPDATE = """mutation($id: ID!, $patch: ActorPatch!) { updateActor(id: $id, patch: $patch) {
  __typename ... on ActorSaved { actor { name region } } ... on ValidationProblem { field message } ... on NotFound { id } } }"""
RELATE = """mutation($rel: RelationInput!) { createRelation(relation: $rel) {
  __typename ... on RelationSaved { relation { id kind amount } } ... on ValidationProblem { field message } } }"""


def test_editor_creates_updates_and_deletes_with_validation(client: TestClient, graph_store: GraphStore) -> None:
    token = create_token(graph_store, "eva", "editor")
    before = graph_store.revision()
    made = post(client, CREATE, token, actor={"id": "org-neu", "kind": "ORGANISATION", "name": "Neuer Verein"})
    assert made["data"]["createActor"] == {
        "__typename": "ActorSaved",
        "actor": {"id": "org-neu", "name": "Neuer Verein", "visibility": "PUBLIC"},
    }
    assert graph_store.history("org-neu")[0].author == "eva"
    person = post(client, CREATE, token, actor={"id": "person-neu", "kind": "PERSON", "name": "Max"})
    assert person["data"]["createActor"]["actor"]["visibility"] == "INTERNAL"
    again = post(client, CREATE, token, actor={"id": "org-neu", "kind": "ORGANISATION", "name": "X"})
    assert again["data"]["createActor"]["__typename"] == "Conflict"
    wrong = post(client, CREATE, token, actor={"id": "org-x", "kind": "ORGANISATION", "name": "X", "type": "network"})
    assert wrong["data"]["createActor"]["__typename"] == "ValidationProblem"
    assert wrong["data"]["createActor"]["field"] == "type"
    revision = graph_store.revision()
    assert revision == before + 2

    changed = post(client, UPDATE, token, id="org-neu", patch={"region": "Musterland"})
    assert changed["data"]["updateActor"] == {
        "__typename": "ActorSaved",
        "actor": {"name": "Neuer Verein", "region": "Musterland"},
    }
    bad_date = post(
        client, RELATE, token, rel={"kind": "FUNDS", "from": "funder-land", "to": "org-neu", "since": "2024-13"}
    )
    assert bad_date["data"]["createRelation"]["field"] == "since"
    bad_ends = post(client, RELATE, token, rel={"kind": "RUNS", "from": "funder-land", "to": "org-neu"})
    assert bad_ends["data"]["createRelation"]["__typename"] == "ValidationProblem"
    assert "RUNS may link Organisation → Project" in bad_ends["data"]["createRelation"]["message"]
    assert graph_store.revision() == revision + 1  # only the update was written

    rel = post(client, RELATE, token, rel={"kind": "FUNDS", "from": "funder-land", "to": "org-neu", "amount": 1000})
    rel_id = rel["data"]["createRelation"]["relation"]["id"]
    patched = post(
        client,
        """mutation($id: ID!) { updateRelation(id: $id, patch: {amount: 1500, currency: "EUR"}) {
           ... on RelationSaved { relation { amount currency } } } }""",
        token,
        id=rel_id,
    )
    assert patched["data"]["updateRelation"]["relation"] == {"amount": 1500.0, "currency": "EUR"}
    gone = post(client, "mutation($id: ID!) { deleteRelation(id: $id) { __typename } }", token, id=rel_id)
    assert gone["data"]["deleteRelation"]["__typename"] == "Deleted"
    assert graph_store.get_relations([rel_id]) == {}
    deleted = post(client, 'mutation { deleteActor(id: "org-neu") { __typename } }', token)
    assert deleted["data"]["deleteActor"]["__typename"] == "Deleted" and not graph_store.get_nodes(["org-neu"])
    missing = post(client, UPDATE, token, id="org-neu", patch={"name": "Y"})
    assert missing["data"]["updateActor"] == {"__typename": "NotFound", "id": "org-neu"}


ERASE = 'mutation { erasePerson(id: "person-erika") { __typename ... on Erased { relationsRemoved } ... on Forbidden { requiredRole } } }'


def test_admin_erases_a_person_for_good(client: TestClient, graph_store: GraphStore) -> None:
    editor = create_token(graph_store, "eva", "editor")
    admin = create_token(graph_store, "ada", "admin")
    assert post(client, ERASE, editor)["data"]["erasePerson"] == {"__typename": "Forbidden", "requiredRole": "admin"}
    body = post(
        client,
        'mutation { erasePerson(id: "person-erika") { __typename ... on Erased { relationsRemoved } } }',
        admin,
    )
    assert body["data"]["erasePerson"] == {"__typename": "Erased", "relationsRemoved": 1}
    assert post(client, '{ actor(id: "person-erika") { id } }', admin)["data"]["actor"] is None
    assert "Erika" not in str(graph_store.history(limit=1000))
    assert "person-erika" not in str(graph_store.find_relations())
    assert post(client, ERASE, admin)["data"]["erasePerson"]["__typename"] == "NotFound"
    not_person = post(client, 'mutation { erasePerson(id: "org-awo") { __typename } }', admin)
    assert not_person["data"]["erasePerson"]["__typename"] == "ValidationProblem"
