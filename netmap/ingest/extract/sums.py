"""Sums granted in a list: after the one funder a text names, 'Der Verein X erhält 180.000 Euro für
das Begegnungszentrum „Y“' or 'Der Landkreis Z wird mit 320.000 Euro unterstützt' — the funder funds
the project the sum is for (and the recipient runs it), or else the recipient itself (FUNDS); a sum
that goes to a project named before any organisation ('Der größte Betrag, 68.000 Euro, fließt in das
Projekt „Y“', 'Die übrigen 27.000 Euro erhält das Sprachcafé „Z“, das der Verein X betreibt') is the
funder's for that project."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, SentenceView, heads_only

_SUM = re.compile(r"\d[\d.,]*\s*(?:Euro|€)|(?:Euro|€)\s*\d")
_RECEIVES = re.compile(
    r"\berhält\b|\berhalten\b|\bgefördert\b|\bunterstützt\b|\bbezuschusst\b|\b(?:geht|gehen|fließt|fließen) an\b"
)
_INTO = re.compile(r"\b(?:fließt|fließen) in\b")  # 'Weitere 10.000 Euro fließen in die Hausaufgabenhilfe „Y“'


def granted_sums(view: SentenceView, funders_before: list[str]) -> list[Found]:
    """FUNDS from the one funder named before this sentence to what the sentence's sum is for."""
    receives = _RECEIVES.search(view.text)
    if len(set(funders_before)) != 1 or not _SUM.search(view.text) or not (receives or _INTO.search(view.text)):
        return []
    if any(i.kind == "Funder" for i in view.items):
        return []  # the sentence names its own funder
    funder = funders_before[0]
    orgs = heads_only(view, [i for i in view.items if i.kind == "Organisation" and not i.locative])
    projects = [i for i in view.items if i.kind == "Project" and not i.programme]
    if projects and (not orgs or orgs[0].first > projects[0].first):  # 'Weitere 52.000 Euro fließen in das Projekt „Y“'
        return [Found("FUNDS", funder, p.entity, view.index, 0.6) for p in projects if p.project_type != "programme"]
    if not orgs or not receives:
        return []
    if projects:
        found = [Found("FUNDS", funder, p.entity, view.index, 0.6) for p in projects]
        return found + [
            Found("RUNS", orgs[0].entity, p.entity, view.index, 0.6, (("role", "Träger"),)) for p in projects
        ]
    return [Found("FUNDS", funder, orgs[0].entity, view.index, 0.6)]
