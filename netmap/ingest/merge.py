"""Merging two actors that are one: `merge_actors(store, keep_id, merge_id, author)`.

The kept actor gains the merged actor's name and aliases as aliases, its topics and sources;
every relation of the merged actor is re-pointed to the kept one (relation ids derived from
kind/from/to/since are recomputed, so two relations that become one are written once, their
sources joined); the merged actor is deleted. All in one `store.apply` batch.
"""

from __future__ import annotations

from dataclasses import replace

from netmap.errors import ConflictError
from netmap.model import Node, Relation
from netmap.schema import relation_id
from netmap.store.base import Change, DeleteNode, DeleteRelation, GraphStore, PutNode, PutRelation, get_node


def _joined(*parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item for part in parts for item in part))


def merged_node(keep: Node, merge: Node) -> Node:
    """The kept node with the other's name, aliases, topics and sources added."""
    aliases = tuple(a for a in _joined(keep.aliases, (merge.name,), merge.aliases) if a != keep.name)
    properties = {**merge.properties, **keep.properties}
    return replace(
        keep,
        aliases=aliases,
        topics=_joined(keep.topics, merge.topics),
        sources=_joined(keep.sources, merge.sources),
        region=keep.region or merge.region,
        properties=properties,
    )


def merge_actors(store: GraphStore, keep_id: str, merge_id: str, author: str = "cli") -> int:
    """Merge actor `merge_id` into `keep_id`; returns the new revision."""
    if keep_id == merge_id:
        raise ConflictError("An actor cannot be merged with itself.", "Give two different actor ids.")
    keep, merge = get_node(store, keep_id), get_node(store, merge_id)
    if keep.kind != merge.kind:
        raise ConflictError(
            f"{keep.name!r} is a {keep.kind} and {merge.name!r} a {merge.kind}; only actors of one kind can be merged.",
            "Change the kind of one of them first.",
        )
    changes: list[Change] = [PutNode(merged_node(keep, merge))]
    relations = store.relations_of([keep_id, merge_id])
    kept: dict[str, Relation] = {r.id: r for r in relations.get(keep_id, [])}
    for rel in relations.get(merge_id, []):
        changes.append(DeleteRelation(rel.id))
        start = keep_id if rel.from_id == merge_id else rel.from_id
        end = keep_id if rel.to_id == merge_id else rel.to_id
        if start == end:
            continue  # a relation between the two merged actors disappears
        if store.schema.relations[rel.kind].symmetric and end < start:
            start, end = end, start
        new_id = relation_id(rel.kind, start, end, rel.properties.get("since"))
        existing = kept.get(new_id)
        sources = _joined(existing.sources, rel.sources) if existing else rel.sources
        properties = {**rel.properties, **(existing.properties if existing else {})}
        moved = Relation(new_id, rel.kind, start, end, sources, properties, existing.created_at if existing else "")
        kept[new_id] = moved
        changes.append(PutRelation(moved))
    changes.append(DeleteNode(merge_id))
    return store.apply(changes, author=author)
