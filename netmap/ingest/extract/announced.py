"""Partners announced before they are named: 'Dafür arbeitet der Verein mit mehreren Partnern
zusammen. Die Migrationsberatung des X und der Y vermitteln …' — the subject cooperates with each
organisation the next sentence names (COOPERATES_WITH)."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, SentenceView, heads_only

_ANNOUNCES = re.compile(
    r"\bmit (?:mehreren|verschiedenen|zahlreichen|vielen|einer Reihe von|folgenden) (?:\w+ )?Partnern\b"
)


def announced_partners(view: SentenceView, following: SentenceView | None) -> list[Found]:
    """COOPERATES_WITH from the organisations a sentence announces partners for to the
    organisations of the sentence after it; [] if the sentence announces none."""
    match = _ANNOUNCES.search(view.text)
    if following is None or match is None:
        return []
    at = view.start + match.start()
    subjects = [i for i in view.items if i.kind == "Organisation" and not i.locative and view.tokens[i.first].start < at]
    partners = [i for i in following.items if i.kind == "Organisation" and not i.locative]
    partners = heads_only(following, partners)
    return [
        Found("COOPERATES_WITH", s.entity, p.entity, following.index, 0.6, (("form", "partnership"),))
        for s in heads_only(view, subjects)[:1]
        for p in partners
        if p.entity != s.entity
    ]
