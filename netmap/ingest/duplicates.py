"""Likely duplicates: actors of one kind whose names or aliases meet under `match_key`."""

from __future__ import annotations

from dataclasses import dataclass

from netmap.ingest.names import match_key
from netmap.model import Node
from netmap.store.base import GraphStore, NodeFilter


@dataclass(frozen=True)
class DuplicateGroup:
    key: str  # the normalised name they share
    kind: str
    nodes: tuple[Node, ...]


def find_duplicates(store: GraphStore, visibility: frozenset[str] | None = None) -> list[DuplicateGroup]:
    """Groups of two or more actors of the same kind sharing a normalised name or alias,
    ordered by key. An actor is in at most one group (the first key it meets)."""
    by_key: dict[tuple[str, str], dict[str, Node]] = {}
    for node in store.find_nodes(NodeFilter(visibility=visibility)):
        for label in (node.name, *node.aliases):
            key = match_key(label)
            if key:
                by_key.setdefault((node.kind, key), {})[node.id] = node
    groups: list[DuplicateGroup] = []
    placed: set[str] = set()
    for (kind, key), found in sorted(by_key.items(), key=lambda item: (item[0][1], item[0][0])):
        members = [n for n in found.values() if n.id not in placed]
        if len(found) > 1 and len(members) > 1:
            placed.update(n.id for n in members)
            groups.append(DuplicateGroup(key, kind, tuple(sorted(members, key=lambda n: n.id))))
    return groups
