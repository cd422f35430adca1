"""Who funds whom: FUNDS relations in a time window and their totals by funder, recipient and year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from netmap.model import Relation
from netmap.schema import date_covers


@dataclass(frozen=True)
class Total:
    """The sum of amounts for one key (an actor id or a year) in one currency; `count` relations,
    of which `without_amount` name no amount."""

    key: str
    currency: str
    total: Decimal
    count: int
    without_amount: int


def in_window(rel: Relation, start: date | None, end: date | None) -> bool:
    """Whether the relation's since–until period overlaps the window [start, end] (either open)."""
    since, until = rel.properties.get("since"), rel.properties.get("until")
    if start is not None and until and not date_covers(None, until, start):
        return False
    return not (end is not None and since and not date_covers(since, None, end))


def totals(relations: Iterable[Relation], key: Callable[[Relation], str]) -> list[Total]:
    """Amounts summed per (key, currency), ordered by key then currency. The year of a flow is
    the year of its `since`; a flow without one counts under the key ''."""
    sums: dict[tuple[str, str], list[Decimal | int]] = defaultdict(lambda: [Decimal(0), 0, 0])
    for rel in relations:
        amount = rel.properties.get("amount")
        entry = sums[(key(rel), str(rel.properties.get("currency") or "EUR"))]
        entry[1] += 1
        if amount is None:
            entry[2] += 1
        else:
            entry[0] += Decimal(str(amount))
    return [
        Total(key=k, currency=c, total=Decimal(v[0]), count=int(v[1]), without_amount=int(v[2]))
        for (k, c), v in sorted(sums.items())
    ]


def year_of(rel: Relation) -> str:
    """The year a flow starts in ('' if it has no `since`)."""
    return str(rel.properties.get("since") or "")[:4]
