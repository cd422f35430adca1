"""Definite short forms and descriptions that point to an actor named before, when no name of
that actor contains the words of the reference ('das FMW', 'die Diakonie'):

- a description of a kind of body ('der Dachverband', 'den Verband', 'des Verbundes') with no
  actor of that description named before it is the first organisation the title or first lines
  name, the one the release is about ('Forum der Migrantenorganisationen Wolfsburg e.V. … der Dachverband');
- a short form that is a part of one actor's compound word ('die Diakonie' for the
  Kreisdiakonieverband Landkreis Esslingen) is that actor, when exactly one actor has it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from netmap.ingest.extract.heads import is_public_body
from netmap.ingest.extract.lexicon import ORGANISATION_HEADS

DESCRIPTIONS = frozenset({"dachverband", "verband", "verbund", "dachorganisation", "zusammenschluss"})


def described_actor(
    head: str, order: Iterable[tuple[int, str]], at: int, is_candidate: Callable[[str], bool], name_of: Callable[[str], str]
) -> str | None:
    """The actor a description `head` at character offset `at` points to: the first organisation
    named before it (by `order`, (offset, id) pairs) that `is_candidate` admits and that is not a
    town, district or public agency; None when `head` is not a description or none is named."""
    if head not in DESCRIPTIONS:
        return None
    first = next((eid for offset, eid in sorted(order) if offset < at and is_candidate(eid)), None)
    return first if first is not None and not is_public_body(name_of(first)) else None


def compound_owner(short: str, names: dict[str, list[str]]) -> str | None:
    """The one actor (id → the lower-case words of its name) with a compound word that is the
    short form followed by a body's head ('diakonie' in 'kreisdiakonieverband'; not 'handwerk'
    in 'kreishandwerkerschaft', a trade's people), or None."""
    short = short.casefold()
    if len(short) < 6:
        return None
    owners = [eid for eid, words in names.items() if any(_holds(w, short) for w in words)]
    return owners[0] if len(owners) == 1 else None


def _holds(word: str, short: str) -> bool:
    at = word.find(short)
    rest = word[at + len(short) :] if at >= 0 else ""
    return bool(rest) and rest.removeprefix("s") in ORGANISATION_HEADS
