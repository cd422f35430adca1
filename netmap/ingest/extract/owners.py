"""Owners named inside an organisation's name: 'Kommunales Integrationszentrum des Kreises Lippe'
names the Kreis Lippe too, 'Stabsstelle Integration des Landratsamtes Görlitz' the Landratsamt.
The owner is proposed as an actor of its own (a Landrat of the text then belongs to that Kreis)."""

from __future__ import annotations

from netmap.ingest.extract.inflection import base_form
from netmap.ingest.extract.mentions import Mention, head_of
from netmap.ingest.extract.tokens import Token

# owners that are public bodies: the department of a welfare association is not split off
_OWNER_HEADS = (
    "kreis",
    "landkreis",
    "stadt",
    "landeshauptstadt",
    "städteregion",
    "gemeinde",
    "landratsamt",
    "bezirksamt",
)


def owner_mentions(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """A mention for each public body named as the owner ('des Kreises X') inside an organisation's name."""
    owners: list[Mention] = []
    for m in mentions:
        if m.generic or m.kind != "Organisation":
            continue
        at = next((k for k in range(m.first + 1, m.last) if tokens[k].text in ("des", "der")), None)
        if at is None or head_of(tokens[at + 1].text) != ("Organisation", ""):
            continue
        name = base_form(" ".join(t.text for t in tokens[at + 1 : m.last + 1]))
        if name.split()[0].casefold() in _OWNER_HEADS and len(name.split()) > 1:
            owners.append(Mention(at + 1, m.last, "Organisation", name, tokens[at + 1].start, tokens[m.last].end))
    return owners
