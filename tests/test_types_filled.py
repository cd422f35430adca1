"""Actors and relations are made without their dataclass `__init__` (netmap/api/types.py
`filled`): each must hold exactly the fields, and the values, that `__init__` would give it."""

from __future__ import annotations

import dataclasses

from netmap.api.types import ACTOR_TYPES, Relation, actor_of, relation_of
from netmap.store.base import GraphStore, NodeFilter


def test_filled_objects_are_what_init_makes(demo_store: GraphStore) -> None:
    nodes = store_nodes = demo_store.find_nodes(NodeFilter(), limit=1000)
    kinds = {n.kind for n in store_nodes}
    assert kinds == set(ACTOR_TYPES), "the demo network has every kind of actor"
    made = [actor_of(n) for n in nodes]
    ends = {a.id: a for a in made}
    relations = [relation_of(r, ends) for rels in demo_store.relations_of([n.id for n in nodes]).values() for r in rels]
    assert relations
    for thing in [*made, *relations]:
        cls = type(thing)
        assert cls in {*ACTOR_TYPES.values(), Relation}
        assert set(vars(thing)) == {f.name for f in dataclasses.fields(cls) if f.init}, cls
        assert vars(cls(**vars(thing))) == vars(thing)
