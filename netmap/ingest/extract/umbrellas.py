"""Membership in named umbrellas: 'Er ist Mitglied im Verband X und im Bündnis Y'.

The actors named right after 'Mitglied im/in der/bei' (and after each 'und im …' that continues
the list, also past one the text does not name as an actor) are what the subject belongs to, organisations as well as networks; none of them is a
member of another. The members are the organisations named before 'Mitglied' in the clause, or,
when the clause starts with 'Er/Sie/Es', the first organisation of the sentence before.
"""

from __future__ import annotations

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only, is_foundation

_MEMBER = frozenset({"Mitglied", "Mitglieder"})
_INTO = frozenset({"im", "in", "bei", "beim", "des", "der", "dem", "den"})
_JOIN = frozenset({"und", "sowie", ","})
_PRONOUNS = frozenset({"Er", "Sie", "Es"})


def _umbrellas(view: SentenceView, first: int, last: int) -> tuple[int, list[Item]]:
    """(token of 'Mitglied', the actors it is in) within tokens first..last; (-1, []) if none."""
    tokens = view.tokens
    for k in range(first, last + 1):
        if tokens[k].text not in _MEMBER or k + 1 > last or tokens[k + 1].text not in _INTO:
            continue
        out: list[Item] = []
        start = k + 1
        while True:
            item = next((i for i in view.items if start < i.first <= start + 2 and i.kind != "Person"), None)
            if item is None:  # an umbrella the text does not name as an actor: the list may go on
                later = [j for j in range(start + 1, last) if tokens[j].text in _JOIN and tokens[j + 1].text in _INTO]
                if not later:
                    break
                start = later[0] + 1
                continue
            out.append(item)
            j = item.last + 1
            while j <= last and tokens[j].text in ("“", "”", '"', "‘", "’"):
                j += 1
            if not (j + 1 <= last and tokens[j].text in _JOIN and tokens[j + 1].text in _INTO):
                break
            start = j + 1
        return (k, out) if out else (-1, [])
    return -1, []


def umbrella_membership(
    view: SentenceView, previous: SentenceView | None, first: int, last: int
) -> list[Found] | None:
    """MEMBER_OF from the clause's subject to each umbrella it names, or None when the clause
    names no umbrella after 'Mitglied' (then the general membership rule applies)."""
    at, umbrellas = _umbrellas(view, first, last)
    if not umbrellas:
        return None
    taken = {u.entity for u in umbrellas}
    members = [i for i in view.items if first <= i.first and i.last < at and (i.kind == "Organisation" or is_foundation(i))]
    members = [i for i in heads_only(view, members) if not i.locative and i.entity not in taken]
    if not members and view.tokens[first].text in _PRONOUNS and previous is not None:
        members = [i for i in previous.items if i.kind == "Organisation" and not i.locative][:1]
    return [Found("MEMBER_OF", m.entity, u.entity, view.index, 0.7) for m in members for u in umbrellas]

