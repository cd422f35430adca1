"""A body that hands out money in its own press release is a funder there, whatever its name
says: 'Regierung von Niederbayern', 'Bezirksregierung Arnsberg', 'Landschaftsverband
Westfalen-Lippe' are organisations by their head words, but a release of theirs that says 'Der
Landkreis X erhält 148.000 Euro für …', 'Die Diakonie Y wird mit 96.500 Euro … gefördert' in two
or more sentences naming no other funder announces their own grants. A town or district stays an
organisation (the gold counts them so even when they pay)."""

from __future__ import annotations

from dataclasses import replace

from netmap.ingest.extract.entities import EntityIndex
from netmap.ingest.extract.heads import is_public_body
from netmap.ingest.extract.issuer_funding import RECEIVING
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

GRANT_SENTENCES = 2


def as_giver(index: EntityIndex, views: list[SentenceView], first: Item | None, found: list[Found]) -> Item | None:
    """`first` (the release's first actor) as a funder when the release names its grants in
    two or more sentences; else `first` unchanged. Changes the entity's kind in `index` too."""
    if first is None or first.kind != "Organisation" or is_public_body(first.name):
        return first
    funded_in = {f.sentence for f in found if f.kind == "FUNDS" and f.source != first.entity}
    grants = 0
    for view in views:
        if view.index in funded_in or RECEIVING.search(view.text) is None:
            continue
        items = [i for i in heads_only(view, view.items) if not i.locative and i.entity != first.entity]
        if items and not any(i.kind == "Funder" for i in items):
            grants += 1
    if grants < GRANT_SENTENCES:
        return first
    index.entities[first.entity].kind = "Funder"
    return replace(first, kind="Funder")
