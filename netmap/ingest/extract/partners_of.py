"""Whose partners a sentence lists when it says so: 'Weitere Partner des Jobcenters sind: …'. Those
partners work with the organisation named there, not with the carriers of the project the text
is about (carriers.py) nor with its issuer (cooperation_fallback.py)."""

from __future__ import annotations

from netmap.ingest.extract.sentence_view import Item, SentenceView


def whose_partners(view: SentenceView) -> Item | None:
    """The organisation named right after 'Partner des/der' (or 'Partnern', 'Kooperationspartner …'),
    None when the sentence names none there."""
    starts = {i.first: i for i in view.items if i.kind == "Organisation" and not i.locative}
    for k, token in enumerate(view.tokens[:-2]):
        if "artner" in token.text and view.tokens[k + 1].text in ("des", "der"):
            owner = starts.get(k + 2)
            if owner is not None:
                return owner
    return None
