"""Units of a territorial body named by their task and the body in the genitive: 'das
Integrationsmanagement der Stadt Sindelfingen', 'die Bildungskoordination für Neuzugewanderte des
Landratsamtes Kronach'. Writers treat such a unit as an actor of its own (an organisation), not as
a project: it is staffed, it leads networks and it cooperates in its own name."""

from __future__ import annotations

from netmap.ingest.extract.complements import complement_end
from netmap.ingest.extract.heads import ADJECTIVE, NOT_NAME_WORDS, head_of, territorial
from netmap.ingest.extract.inflection import noun_base
from netmap.ingest.extract.name_growth import Grower
from netmap.ingest.extract.tokens import Token

_TASKS = ("integrationsmanagement", "quartiersmanagement", "koordination")


def unit_of_body(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(first, last) token of a unit whose task word is at `i` and whose body follows in the
    genitive with its name ('… des Landkreises Sonneberg'), or None ('das Integrationsmanagement
    des Landkreises' names no body; 'Koordination der Angebote' is no unit)."""
    if not noun_base(tokens[i].text).casefold().endswith(_TASKS) or not tokens[i].text[:1].isupper():
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].text == "für":
        end = complement_end(tokens, k + 1)
        if end is None:
            return None
        k = end + 1
    if k + 1 >= len(tokens) or tokens[k].text not in ("des", "der") or not territorial(tokens[k + 1].text):
        return None
    last = Grower(tokens).grow(k + 1)
    if last == k + 1 and head_of(tokens[k + 1].text) is not None and noun_base(tokens[k + 1].text).casefold() in (
        "landkreis", "kreis", "stadt", "landratsamt", "land", "region", "bezirk",
    ):  # fmt: skip
        return None
    first = i
    while first > 0 and ADJECTIVE.match(tokens[first - 1].text) and tokens[first - 1].text not in NOT_NAME_WORDS:
        first -= 1  # 'das Kommunale Integrationsmanagement des Landkreises X'
    return first, last
