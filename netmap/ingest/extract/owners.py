"""Owners named inside an organisation's name: 'Kommunales Integrationszentrum des Kreises Lippe'
names the Kreis Lippe too, 'Jugendmigrationsdienst des Diakonischen Werkes an der Saar gGmbH' the
Diakonisches Werk. The owner is proposed as an actor of its own (a Landrat of the text then
belongs to that Kreis). When the part before the owner is a name by itself ('Jugendmigrationsdienst
Freiburg des Internationalen Bundes'), that shorter name is another spelling of the same actor.
"""

from __future__ import annotations

from netmap.ingest.extract.heads import head_of, is_generic_name
from netmap.ingest.extract.inflection import base_form, noun_base
from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.tokens import Token

_PREPOSITIONS = frozenset({"in", "an", "auf", "aus", "bei", "mit", "nach", "von", "zu", "für", "unter"})


_SERVICES = frozenset({"migrationsberatung"})  # services named by their owner: 'Migrationsberatung des X'


def is_service(word: str) -> bool:
    """Whether a head word names a service that its owner runs ('Migrationsberatung')."""
    return noun_base(word).casefold() in _SERVICES


def _owner_at(tokens: list[Token], m: Mention) -> int | None:
    """The index of the 'des'/'der' that introduces the owner inside mention `m`, or None."""
    if m.generic or not (m.kind == "Organisation" or m.kind == "Project" and is_service(tokens[m.first].text)):
        return None
    at = next((k for k in range(m.first + 1, m.last)
               if tokens[k].text in ("des", "der") and tokens[k - 1].text not in _PREPOSITIONS), None)  # fmt: skip
    if at is None:
        return None
    k = at + 1
    while k < m.last and head_of(tokens[k].text) is None and tokens[k].text[:1].isupper():
        k += 1  # adjectives before the owner's head: 'des Diakonischen Werkes'
    word = tokens[k].text
    plural = tokens[at].text == "der" and word.endswith("n") and noun_base(word) != word  # 'der Volkshochschulen'
    return at if head_of(word) == ("Organisation", "") and not plural else None


def owner_mentions(tokens: list[Token], mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(owner, owned) for each body named as the owner ('des Kreises X') inside an organisation's
    or a service's name."""
    owners: list[tuple[Mention, Mention]] = []
    for m in mentions:
        at = _owner_at(tokens, m)
        if at is None:
            continue
        name = base_form(" ".join(t.text for t in tokens[at + 1 : m.last + 1]))
        if len(name.split()) > 1:
            owner = Mention(at + 1, m.last, "Organisation", name, tokens[at + 1].start, tokens[m.last].end)
            owners.append((owner, m))
    return owners


def short_name(tokens: list[Token], m: Mention) -> str:
    """The name without its owner when that is a name by itself ('Jugendmigrationsdienst Freiburg'),
    else ''."""
    at = _owner_at(tokens, m)
    if at is None:
        return ""
    short = base_form(" ".join(t.text for t in tokens[m.first : at]))
    return "" if is_generic_name(short) else short
