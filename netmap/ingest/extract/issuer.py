"""The issuer of a press release: the organisation (or funder) its letterhead, title or first
lines name. Sentences that leave their subject unnamed often mean it."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Item, SentenceView

# a line that only gives place and date ('Düsseldorf, 20. November 2026'): not one of the first lines
DATELINE = re.compile(r"^\W*[\w .()/-]+,\s+(?:den\s+)?\d{1,2}\.\s*\w+\.?\s+\d{4}\W*$")


def issuer_of(views: list[SentenceView], letterhead: str | None) -> str | None:
    """The organisation that issues the text: its letterhead, else the first organisation named as
    an actor in the title or first paragraph."""
    if letterhead:
        return letterhead
    firsts = [i.entity for v in views[:3] for i in v.items if i.kind == "Organisation" and not i.locative]
    return firsts[0] if firsts else None


def first_actor(views: list[SentenceView]) -> Item | None:
    """The first organisation or funder the title or first lines name as an actor (the issuer of
    a funder's own release), or None."""
    lines = [v for v in views if not DATELINE.match(v.text.strip())][:3]
    return next((i for v in lines for i in v.items if i.kind in ("Organisation", "Funder") and not i.locative), None)
