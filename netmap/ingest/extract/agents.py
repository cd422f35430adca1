"""The agent of a passive: 'Finanziert wird das Projekt von der Stiftung X und dem Landkreis Y' —
an actor named after 'von', 'vom' or 'durch', or joined by 'und'/'sowie' to such an actor (or to
a funder) right before it."""

from __future__ import annotations

from netmap.ingest.extract.sentence_view import Item, SentenceView

_AGENT_MARKERS = frozenset({"von", "vom", "durch"})
_ARTICLES = frozenset({"der", "dem", "den", "die", "das"})
_JOINS = frozenset({"und", "sowie"})


def is_agent(view: SentenceView, item: Item) -> bool:
    """Whether an actor is the agent (or one of the agents) of a passive."""
    k = item.first - 1
    if k >= 0 and view.tokens[k].text in _ARTICLES:
        k -= 1
    if k >= 0 and view.tokens[k].text in _AGENT_MARKERS:
        return True
    if k < 1 or view.tokens[k].text not in _JOINS:
        return False
    before = next((i for i in view.items if i.last == k - 1 and i.first < item.first), None)
    return before is not None and (before.kind == "Funder" or is_agent(view, before))
