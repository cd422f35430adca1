"""Who hangs on one funder, and which funding ends soon (FUNDS relations of a store snapshot)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx

from netmap.schema import date_covers


@dataclass(frozen=True)
class FunderShare:
    funder_id: str
    share: float  # 0..1 of the actor's funding
    amount: float | None  # summed amounts, None where no amount is known
    relations: int


@dataclass(frozen=True)
class FundingDependency:
    """How an actor's funding is spread over its funders.

    `shares` largest first; `top_share` the largest funder's share (1.0: a single funder);
    `herfindahl` the sum of squared shares (1/number of equal funders .. 1: the higher, the
    more the actor depends on few funders). `basis` is "amount" when every funding relation
    names an amount, else "relations" (each funding relation counts the same).
    """

    actor_id: str
    shares: tuple[FunderShare, ...]
    top_share: float
    herfindahl: float
    basis: str


def _funds_into(graph: nx.MultiDiGraph[Any], actor_id: str) -> list[tuple[str, dict[str, Any]]]:
    return [(u, data) for u, _, data in graph.in_edges(actor_id, data=True) if data.get("kind") == "FUNDS"]


def dependency(graph: nx.MultiDiGraph[Any], actor_id: str) -> FundingDependency | None:
    """The funding dependency of one actor, or None if nothing funds it. A high top share or
    Herfindahl index warns a coordinator: the actor stands or falls with one funder.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("land", "p", kind="FUNDS", amount=30000)
    >>> _ = g.add_edge("bund", "p", kind="FUNDS", amount=10000)
    >>> d = dependency(g, "p")
    >>> d.top_share, d.herfindahl, d.shares[0].funder_id
    (0.75, 0.625, 'land')
    """
    incoming = _funds_into(graph, actor_id) if actor_id in graph else []
    if not incoming:
        return None
    by_amount = all(data.get("amount") is not None for _, data in incoming)
    totals: dict[str, float] = {}
    amounts: dict[str, float] = {}
    counts: dict[str, int] = {}
    for funder, data in incoming:
        totals[funder] = totals.get(funder, 0.0) + (float(data["amount"]) if by_amount else 1.0)
        if data.get("amount") is not None:
            amounts[funder] = amounts.get(funder, 0.0) + float(data["amount"])
        counts[funder] = counts.get(funder, 0) + 1
    whole = sum(totals.values()) or 1.0
    shares = sorted(
        (FunderShare(f, totals[f] / whole, amounts.get(f), counts[f]) for f in totals),
        key=lambda s: (-s.share, s.funder_id),
    )
    return FundingDependency(
        actor_id=actor_id,
        shares=tuple(shares),
        top_share=shares[0].share,
        herfindahl=sum(s.share**2 for s in shares),
        basis="amount" if by_amount else "relations",
    )


def single_funder(graph: nx.MultiDiGraph[Any], kinds: frozenset[str] = frozenset({"Project"})) -> list[str]:
    """Ids of actors of these kinds (projects by default) funded by exactly one funder, sorted.
    Each is at risk if that one funder stops.

    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("p", {"kind": "Project"}), ("q", {"kind": "Project"})])
    >>> _ = g.add_edge("land", "p", kind="FUNDS"); _ = g.add_edge("land", "q", kind="FUNDS")
    >>> _ = g.add_edge("bund", "q", kind="FUNDS")
    >>> single_funder(g)
    ['p']
    """
    found = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") in kinds and len({f for f, _ in _funds_into(graph, node)}) == 1:
            found.append(node)
    return sorted(found)


@dataclass(frozen=True)
class EndingFunding:
    funder_id: str
    recipient_id: str
    until: str
    relation_id: str


def ending_within(graph: nx.MultiDiGraph[Any], months: int, today: date) -> list[EndingFunding]:
    """FUNDS relations running on `today` whose `until` falls within the next `months`
    months, soonest first. A coordinator's list of follow-up funding to look for now.

    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("land", "p", key="r1", kind="FUNDS", until="2025-03")
    >>> _ = g.add_edge("land", "q", key="r2", kind="FUNDS", until="2027")
    >>> [e.recipient_id for e in ending_within(g, 6, date(2025, 1, 15))]
    ['p']
    """
    if months < 0:
        raise ValueError(f"'months' is {months}; give 0 or more months.")
    year, month = divmod(today.month - 1 + months, 12)
    year += today.year
    horizon = date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
    found = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        until = data.get("until")
        if data.get("kind") != "FUNDS" or not until:
            continue
        if date_covers(data.get("since"), until, today) and not date_covers(None, until, horizon):
            found.append(EndingFunding(u, v, until, str(key)))
    return sorted(found, key=lambda e: (e.until, e.recipient_id))
