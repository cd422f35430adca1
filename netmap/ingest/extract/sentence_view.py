"""The values relation rules work on: a sentence with the actors it mentions (Item, SentenceView)
and a relation found in it (Found)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netmap.ingest.extract.tokens import Token


@dataclass(frozen=True)
class Item:
    """An actor mentioned in a sentence, resolved to the entity it names."""

    entity: str
    kind: str
    project_type: str
    name: str
    first: int  # token index
    last: int
    programme: bool = False  # a funding programme: funds flow through it
    locative: bool = False
    group: bool = False  # a member of a group the sentence names ('die Partner'), see groups.py


@dataclass
class SentenceView:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token]
    items: list[Item]
    people: list[tuple[str, list[str]]] = field(default_factory=list)  # person entity, affiliations


@dataclass(frozen=True)
class Found:
    kind: str
    source: str
    target: str
    sentence: int
    confidence: float
    properties: tuple[tuple[str, Any], ...] = ()


def relation_key(kind: str, source: str, target: str) -> tuple[str, str, str]:
    """How relations are told apart: COOPERATES_WITH as an unordered pair (its ends sorted), the
    other types directed."""
    if kind == "COOPERATES_WITH":
        source, target = sorted((source, target))
    return (kind, source, target)


def heads_only(view: SentenceView, items: list[Item]) -> list[Item]:
    """Without organisations named as the owner of another ('Jugendmigrationsdienst des IB')."""
    ends = {i.last for i in items}
    return [
        i
        for i in items
        if not (i.first >= 2 and view.tokens[i.first - 1].text in ("des", "der") and i.first - 2 in ends)
    ]


def is_foundation(item: Item) -> bool:
    """A foundation counts as an organisation too: it may carry a project as well as fund it, and
    be a member of an umbrella."""
    return item.kind == "Funder" and "stiftung" in item.name.casefold()
