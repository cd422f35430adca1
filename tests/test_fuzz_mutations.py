"""hypothesis-generated mutations on the ids that are really stored (schemathesis draws random
ids, which almost never hit an actor): updates with odd patches, relations between any two actors,
merges, deletions, erasures of non-persons, maps. Each answers without a masked error, and a
failed one leaves the store exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from graphql import GraphQLUnionType, get_named_type
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.api.graphql import build_schema
from netmap.auth.tokens import create_token
from netmap.ingest.importer import import_path
from netmap.ingest.seeds import seeds_dir
from netmap.settings import Settings
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore
from tests.test_fuzz_graphql import MASKED, PROBLEM_TYPES, store_state

odd_text = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "2021", "2021-13-40", "31.12.2023", "EUR", "Musterland", "x" * 300, "a|b", "<b>x</b>"]),
    st.text(max_size=10),
)
odd_list = st.one_of(st.none(), st.lists(odd_text.filter(lambda v: v is not None), max_size=3))
amount = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**12), 10**12))
actor_patch = st.fixed_dictionaries(
    {},
    optional={
        "name": odd_text,
        "aliases": odd_list,
        "region": odd_text,
        "topics": odd_list,
        "visibility": st.sampled_from(["PUBLIC", "INTERNAL"]),
        "sources": odd_list,
        "note": odd_text,
        "type": odd_text,
        "role": odd_text,
    },
)
relation_patch = st.fixed_dictionaries(
    {},
    optional={k: odd_text for k in ("form", "role", "since", "until", "currency", "period", "programme", "note")}
    | {"amount": amount, "sources": odd_list},
)
RELATION_KINDS = ["COOPERATES_WITH", "FUNDS", "RUNS", "MEMBER_OF", "PART_OF"]
# Relations the schema allows between demo actors, so that success is reached whatever
# hypothesis draws (it biases its text by constants of the loaded modules, so the examples of a
# full run differ from those of this file alone).
VALID_RELATIONS = [
    {"kind": "COOPERATES_WITH", "from": "org-agentur-fuer-arbeit-siegen", "to": "org-wdr"},
    {"kind": "COOPERATES_WITH", "from": "org-stadt-duisburg", "to": "org-lvr"},
    {"kind": "MEMBER_OF", "from": "org-gib-nrw", "to": "project-iq-netzwerk"},
]
MUTATIONS = build_schema()._schema.mutation_type.fields  # type: ignore[union-attr]


def mutation(name: str, signature: str, call: str) -> str:
    """The mutation asking for its result type and, for each failure type it may return, the message."""
    union = get_named_type(MUTATIONS[name].type)
    assert isinstance(union, GraphQLUnionType)
    problems = " ".join(f"... on {t.name} {{ message }}" for t in union.types if t.name in PROBLEM_TYPES)
    return f"mutation({signature}) {{ {name}({call}) {{ __typename {problems} }} }}"


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, GraphStore, str]]:
    store = SQLiteStore(Path(tmp_path_factory.mktemp("mutations")) / "fuzz.db")
    import_path(store, seeds_dir())
    admin = create_token(store, "fuzz-admin", "admin")
    with TestClient(create_app(Settings(rate_limit_per_minute=0), store)) as client:
        yield client, store, admin
    store.close()


def test_mutations_on_stored_ids_answer_clearly_and_failures_change_nothing(
    target: tuple[TestClient, GraphStore, str],
) -> None:
    client, store, admin = target
    outcomes: dict[str, set[str]] = {}

    @settings(max_examples=120, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        actor_ids = sorted(n.id for n in store.find_nodes()) + ["org-gibt-es-nicht"]
        # ordered by content, not id: new relations get random ids, and the run must repeat exactly
        relations = sorted(store.find_relations(), key=lambda r: (r.kind, r.from_id, r.to_id, repr(r.properties)))
        relation_ids = [r.id for r in relations] + ["rel-gibt-es-nicht"]
        # an index, not sampled_from: the store (and so the list) changes between examples
        actor = st.integers(0, 10_000).map(lambda i: actor_ids[i % len(actor_ids)])
        name = data.draw(
            st.sampled_from(
                ["updateActor", "createRelation", "updateRelation", "deleteRelation", "mergeActors", "deleteActor"]
                + ["erasePerson", "createActor", "saveMap"]
            )
        )
        if name == "updateActor":
            query = mutation(name, "$id: ID!, $p: ActorPatch!", "id: $id, patch: $p")
            variables = {"id": data.draw(actor), "p": data.draw(actor_patch)}
        elif name == "createRelation":
            query = mutation(name, "$r: RelationInput!", "relation: $r")
            drawn = {
                "kind": data.draw(st.sampled_from(RELATION_KINDS)),
                "from": data.draw(actor),
                "to": data.draw(actor),
            }
            relation = data.draw(st.one_of(st.just(drawn), st.sampled_from(VALID_RELATIONS)))
            variables = {"r": relation | data.draw(st.one_of(st.just({}), relation_patch))}
        elif name == "updateRelation":
            query = mutation(name, "$id: ID!, $p: RelationPatch!", "id: $id, patch: $p")
            variables = {
                "id": data.draw(st.integers(0, 10_000).map(lambda i: relation_ids[i % len(relation_ids)])),
                "p": data.draw(relation_patch),
            }
        elif name == "deleteRelation":
            query = mutation(name, "$id: ID!", "id: $id")
            variables = {"id": data.draw(st.integers(0, 10_000).map(lambda i: relation_ids[i % len(relation_ids)]))}
        elif name == "mergeActors":
            query = mutation(name, "$k: ID!, $m: ID!", "keepId: $k, mergeId: $m")
            variables = {"k": data.draw(actor), "m": data.draw(actor)}
        elif name in ("deleteActor", "erasePerson"):
            query = mutation(name, "$id: ID!", "id: $id")
            variables = {"id": data.draw(actor)}
        elif name == "createActor":
            query = mutation(name, "$a: ActorInput!", "actor: $a")
            kind = data.draw(st.sampled_from(["ORGANISATION", "FUNDER", "PROJECT", "PERSON"]))
            new_id = data.draw(st.one_of(actor, st.from_regex(r"org-[a-z]{1,6}", fullmatch=True), odd_text.map(str)))
            fields = data.draw(actor_patch)
            variables = {"a": {"id": new_id, "kind": kind, "name": fields.pop("name", None) or "X"} | fields}
        else:
            query = mutation(name, "$m: MapInput!", "map: $m")
            slug = data.draw(st.one_of(st.sampled_from(["demo", "karte-1", "Karte 1", ""]), odd_text.map(str)))
            variables = {
                "m": {
                    "slug": slug,
                    "titleDe": data.draw(odd_text.map(str)),
                    "regions": data.draw(odd_list) or [],
                    "asOf": data.draw(odd_text.map(str)),
                    "embedSites": data.draw(odd_list) or [],
                }
            }
        before = store_state(store)
        response = client.post(
            "/graphql", json={"query": query, "variables": variables}, headers={"Authorization": f"Bearer {admin}"}
        )
        assert response.status_code == 200, (response.status_code, response.text)
        body = response.json()
        errors = body.get("errors") or []
        for error in errors:
            assert error["message"].strip() and MASKED not in error["message"], (query, variables, error)
        result = (body.get("data") or {}).get(name) or {}
        typename = "error" if errors else result.get("__typename", "")
        outcomes.setdefault(name, set()).add(typename)
        if errors or typename in PROBLEM_TYPES:
            assert store_state(store) == before, (query, variables, body)
            assert errors or result["message"].strip()

    check()
    # the generator reaches both the success and the failure paths of the central mutations
    for name in ("updateActor", "createRelation", "mergeActors"):
        assert len(outcomes.get(name, set())) >= 2, outcomes
