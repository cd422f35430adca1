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


# a welfare or chamber brand used for the full name of one actor: 'die AWO' for the
# Arbeiterwohlfahrt Kreisverband X, 'die Kammer in Mosbach' for the Handwerkskammer Y
_BRANDS: dict[str, tuple[str, ...]] = {
    "awo": ("awo", "arbeiterwohlfahrt"),
    "caritas": ("caritas",),
    "diakonie": ("diakonie", "diakonisch"),
    "drk": ("drk", "deutsches rotes kreuz", "deutschen roten kreuz"),
    "kammer": ("handwerkskammer", "industrie- und handelskammer", "ihk"),
    "ihk": ("ihk", "industrie- und handelskammer"),
    "vhs": ("vhs", "volkshochschule", "kreisvolkshochschule"),
}


def brand_owner(word: str, names: dict[str, str]) -> str | None:
    """The one actor (id → name) whose full name carries the brand `word` ('AWO' → 'Arbeiterwohlfahrt
    Kreisverband Leer e.V.', 'Kammer' → the one Handwerkskammer or IHK), or None when the word is
    no brand or several actors carry it."""
    stems = _BRANDS.get(word.casefold()) or _BRANDS.get(word.casefold().removesuffix("s"))  # 'des DRKs'
    if stems is None:
        return None
    owners = [eid for eid, name in names.items() if any(_starts_word(name.casefold(), s) for s in stems)]
    if len(owners) > 1:  # 'Caritasverband X' rather than the 'Diözesan-Caritasverband' above it
        owners = [eid for eid in owners if names[eid].casefold().startswith(stems)]
    return owners[0] if len(owners) == 1 else None


def _starts_word(name: str, stem: str) -> bool:
    """Whether a word of the name (or a hyphenated part of one) begins with the stem."""
    at = name.find(stem)
    return at >= 0 and (at == 0 or name[at - 1] in " -")


# an unnamed facility of the issuer: 'die neue Beratungsstelle für Migrantinnen und Migranten in
# Eutin', 'die Beratungsstelle der Caritas'; the gold counts its carrier, not the facility
FACILITY_HEADS = frozenset({"beratungsstelle", "anlaufstelle"})
_SERVED = frozenset({"zugewanderte", "zuwanderer", "migrantinnen", "migranten", "geflüchtete", "flüchtlinge",
                     "familien", "frauen", "menschen", "jugendliche", "migration", "integration", "für", "und"})  # fmt: skip


def unnamed_facility(name: str) -> str | None:
    """For the name of an unnamed facility (a facility head, the people it serves, a place after
    'in'; 'Beratungsstelle für Zugewanderte in Troisdorf-Oberlar'), the owner it names after
    'der' / 'des' ('Caritas'), or '' when it names none; None for any other name (a facility
    with a name of its own: 'Beratungsstelle Brücke Nahe')."""
    words = name.split()
    if not words or words[0].casefold() not in FACILITY_HEADS:
        return None
    rest = words[1:]
    if "in" in rest:
        rest = rest[: rest.index("in")]
    if len(rest) >= 2 and rest[0] in ("der", "des"):
        return " ".join(rest[1:])
    return "" if all(w.casefold() in _SERVED for w in rest) else None
