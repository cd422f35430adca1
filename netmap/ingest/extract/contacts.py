"""The contact block at the end of a press release: 'Pressekontakt: Stadt X, Presse- und
Öffentlichkeitsarbeit, Lena Vogt' or one line each (label, organisation, unit, name, phone).
A name there needs no role or cue: the block says it is a person of the organisation it names."""

from __future__ import annotations

import re

from netmap.ingest.extract.mention import Mention
from netmap.ingest.extract.people import PersonMention, name_at
from netmap.ingest.extract.tokens import Token

_LABEL = re.compile(r"^(?:Presse|Medien)?[Kk]ontakt$|^Ansprech(?:partner(?:in)?|person)$")
_SEPARATORS = frozenset({",", ":", "/", "|", "–", "-"})
# a unit of the organisation ('Malteser Hilfsdienst e.V., Dienststelle Straubing, Name'), not a person
_UNIT = re.compile(r"^\w*(?:stelle|gliederung)$|^(?:Abteilung|Referat|Fachbereich|Sachgebiet|Dezernat)$")


def opens_contact_block(tokens: list[Token]) -> bool:
    """Whether a sentence starts with a contact label ('Pressekontakt', 'Kontakt:', 'Ansprechpartnerin')."""
    return bool(tokens) and bool(_LABEL.match(tokens[0].text))


def contact_names(tokens: list[Token], mentions: list[Mention], known: list[PersonMention]) -> list[PersonMention]:
    """The people a contact-block sentence names that `known` (found by the general rules) misses:
    a name standing alone between separators (or at a line's start or end)."""
    starts = {m.first: m for m in mentions}
    inside = {k for m in mentions for k in range(m.first, m.last + 1)}
    taken = {(p.start, p.end) for p in known}
    found: list[PersonMention] = []
    i = 0
    while i < len(tokens):
        alone_before = i == 0 or tokens[i - 1].text in _SEPARATORS or tokens[i - 1].text in ("Dr.", "Prof.")
        last = name_at(tokens, i, starts) if alone_before and i not in inside else None
        alone_after = last is not None and (last + 1 == len(tokens) or tokens[last + 1].text in _SEPARATORS)
        if last is None or not alone_after or _LABEL.match(tokens[i].text) or _unit(tokens[i].text):
            i += 1
            continue
        person = PersonMention(" ".join(t.text for t in tokens[i : last + 1]), tokens[i].start, tokens[last].end)
        if (person.start, person.end) not in taken:
            found.append(person)
        i = last + 1
    return found


def with_contact_body(people: list[tuple[str, list[str]]], body: str | None) -> list[tuple[str, list[str]]]:
    """The people of a contact-block sentence, each without a body of its own given `body`, the
    organisation the block names ('Pressekontakt: Bürgerstiftung X / Name, Geschäftsführer')."""
    return [(person, affiliations or ([body] if body else [])) for person, affiliations in people]


def _unit(word: str) -> bool:
    """Whether a word names a unit of an organisation ('Dienststelle', 'Außenstelle', 'Stadtgliederung')."""
    return bool(_UNIT.match(word))
