"""The values netmap keeps: nodes (actors), relations between them, and the sources they cite."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

NODE_KINDS = ("Organisation", "Funder", "Project", "Person")
RELATION_KINDS = ("COOPERATES_WITH", "FUNDS", "RUNS", "MEMBER_OF", "PART_OF")

# Fields every node has; anything else a node carries lives in `properties`.
NODE_FIELDS = ("id", "kind", "name", "aliases", "region", "topics", "visibility", "sources")
_Made = TypeVar("_Made")


def assembled(cls: type[_Made], fields: dict[str, Any]) -> _Made:
    """An instance of the frozen dataclass `cls` holding exactly `fields` (every field must be
    given; extra keys become plain attributes). Made without the generated __init__, which sets
    each field through object.__setattr__ and costs twice as much: for the hundreds of thousands
    of nodes and relations a large import checks and reads."""
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


@dataclass(frozen=True)
class Node:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    region: str = ""
    topics: tuple[str, ...] = ()
    visibility: str = "public"
    sources: tuple[str, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""

    @property
    def public(self) -> bool:
        return self.visibility == "public"

    def content(self) -> dict[str, Any]:
        """The node as a flat dict without timestamps: what an import file holds."""
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "aliases": list(self.aliases),
            "region": self.region,
            "topics": list(self.topics),
            "visibility": self.visibility,
            "sources": list(self.sources),
            **self.properties,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.content(), "created_at": self.created_at, "updated_at": self.updated_at}

    def same_content(self, other: Node) -> bool:
        """Whether `other` has the same `content()` (timestamps aside), without building it."""
        return (
            self.id == other.id
            and self.kind == other.kind
            and self.name == other.name
            and tuple(self.aliases) == tuple(other.aliases)
            and self.region == other.region
            and tuple(self.topics) == tuple(other.topics)
            and self.visibility == other.visibility
            and tuple(self.sources) == tuple(other.sources)
            and self.properties == other.properties
        )

    def stamped(self, created_at: str, updated_at: str) -> Node:
        return replace(self, created_at=created_at, updated_at=updated_at)


@dataclass(frozen=True)
class Relation:
    id: str
    kind: str
    from_id: str
    to_id: str
    sources: tuple[str, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""

    def other(self, node_id: str) -> str:
        return self.to_id if node_id == self.from_id else self.from_id

    def content(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "from": self.from_id,
            "to": self.to_id,
            "sources": list(self.sources),
            **self.properties,
        }

    def to_dict(self) -> dict[str, Any]:
        return {**self.content(), "created_at": self.created_at, "updated_at": self.updated_at}

    def same_content(self, other: Relation) -> bool:
        """Whether `other` has the same `content()` (timestamps aside), without building it."""
        return (
            self.id == other.id
            and self.kind == other.kind
            and self.from_id == other.from_id
            and self.to_id == other.to_id
            and tuple(self.sources) == tuple(other.sources)
            and self.properties == other.properties
        )

    def stamped(self, created_at: str, updated_at: str) -> Relation:
        return replace(self, created_at=created_at, updated_at=updated_at)


@dataclass(frozen=True)
class Source:
    """A document a fact is learnt from."""

    id: str
    title: str
    publisher: str = ""
    date: str = ""
    url: str = ""
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
            "note": self.note,
        }
