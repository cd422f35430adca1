"""Funding in the active voice by a body that is no funder by name: 'Die Einrichtung des Cafés hat die
Sparkasse X mit 8.000 Euro unterstützt', 'dass die Stadt X den Verein mit einem Zuschuss unterstützen
will' — the first organisation funds the second (or the project the sentence or the text is about)."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

_WITH_MONEY = re.compile(r"\bmit (?:[\d.,]+ (?:Euro|€)|(?:einem|einer) (?:\w+ )?(?:Zuschuss|Förderung|Spende))")
_ACTIVE = re.compile(r"\b(?:unterstützt|unterstützen|fördert|fördern|gefördert|finanziert|finanzieren|bezuschusst)\b")
_PASSIVE = re.compile(r"\b(?:wird|werden|wurde|wurden)\b")


def active_funding(view: SentenceView, project: Item | None) -> list[Found]:
    """FUNDS from the organisation that funds in the active voice; [] if the sentence names a funder
    (the general rules link it) or says no such thing."""
    text = view.text
    if any(i.kind == "Funder" for i in view.items) or not (_WITH_MONEY.search(text) and _ACTIVE.search(text)):
        return []
    if _PASSIVE.search(text):
        return []  # 'X wird von Y mit 5.000 Euro gefördert': the agent rules apply
    orgs = heads_only(view, [i for i in view.items if i.kind == "Organisation" and not i.locative])
    if not orgs:
        return []
    projects = [i for i in view.items if i.kind == "Project" and not i.programme]
    recipients = orgs[1:2] or projects or ([project] if project is not None else [])
    return [Found("FUNDS", orgs[0].entity, r.entity, view.index, 0.6) for r in recipients if r.entity != orgs[0].entity]
