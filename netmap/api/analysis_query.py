"""GraphQL analysis fields: centrality ranking, communities, brokers, partner suggestions and
funding dependency. Every answer is computed on the part of the network the caller may see,
so hidden actors neither appear in nor shape a result."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import Enum

import strawberry
from strawberry.types import Info

from netmap.analysis import brokerage, centrality, cohesion, funding, suggestions
from netmap.analysis.subgraph import AnalysisFilter
from netmap.api.actor_metrics import analysis_of, number
from netmap.api.context import Context
from netmap.api.types import Actor, ActorKind, RelationKind, actor_of
from netmap.errors import NotFoundError

MAX_TOP = 1000


@strawberry.enum(description="Analysis metrics; README 'Analysis' says what each means for a coordinator.")
class Metric(Enum):
    DEGREE = "degree"
    BETWEENNESS = "betweenness"
    CLOSENESS = "closeness"
    EIGENVECTOR = "eigenvector"
    PAGERANK = "pagerank"
    CONSTRAINT = "constraint"
    EFFECTIVE_SIZE = "effective_size"


@strawberry.input(description="Which part of the network to analyse; every field left out does not filter.")
class AnalysisFilterInput:
    regions: list[str] | None = None
    kinds: list[ActorKind] | None = None
    relation_kinds: list[RelationKind] | None = None
    as_of: str | None = strawberry.field(default=None, description="Only relations holding on this date, YYYY-MM-DD.")
    directed: bool = False
    weighted: bool = False


@strawberry.type
class ActorScore:
    rank: int
    score: float | None
    actor: Actor


@strawberry.type
class Community:
    index: int
    size: int
    members: list[Actor]


@strawberry.type(description="A tie whose loss splits the network.")
class Bridge:
    source: Actor
    target: Actor


@strawberry.type(description="Brokers: lowest Burt's constraint first, and who or what holds the network together.")
class Brokers:
    by_constraint: list[ActorScore]
    articulation_points: list[Actor]
    bridges: list[Bridge]


@strawberry.type
class PartnerSuggestion:
    actor: Actor
    score: float
    reasons: list[str]


@strawberry.type
class FunderShare:
    funder: Actor
    share: float
    amount: float | None
    relations: int


@strawberry.type(description="How an actor's funding is spread over its funders (basis: amount or relations).")
class FundingDependency:
    actor: Actor
    shares: list[FunderShare]
    top_share: float
    herfindahl: float
    basis: str


async def _actors(info: Info[Context, None], ids: list[str]) -> list[Actor]:
    """Actors for ids, in order, leaving out any the caller may not see."""
    nodes = await info.context.nodes.load_many(ids)
    return [actor_of(n) for n in nodes if n is not None and info.context.viewer.can_see(n)]


def _where(info: Info[Context, None], given: AnalysisFilterInput | None) -> AnalysisFilter:
    _, where = analysis_of(info)
    if given is None:
        return where
    as_of = None
    if given.as_of:
        try:
            as_of = date.fromisoformat(given.as_of)
        except ValueError:
            raise ValueError(f"asOf {given.as_of!r} is not a date. Write it as YYYY-MM-DD, e.g. 2024-06-30.") from None
    return replace(
        where,
        regions=frozenset(given.regions) if given.regions else None,
        kinds=frozenset(k.value for k in given.kinds) if given.kinds else None,
        relation_kinds=frozenset(k.value for k in given.relation_kinds) if given.relation_kinds else None,
        as_of=as_of,
        directed=given.directed,
        weighted=given.weighted,
    )


def _top(top: int) -> int:
    if top < 1 or top > MAX_TOP:
        raise ValueError(f"'top' is {top}; ask for 1 to {MAX_TOP} actors.")
    return top


async def _dependency(info: Info[Context, None], found: funding.FundingDependency) -> FundingDependency | None:
    actors = await _actors(info, [found.actor_id, *(s.funder_id for s in found.shares)])
    if len(actors) != 1 + len(found.shares):
        return None
    shares = [
        FunderShare(funder=a, share=s.share, amount=s.amount, relations=s.relations)
        for a, s in zip(actors[1:], found.shares, strict=True)
    ]
    return FundingDependency(
        actor=actors[0], shares=shares, top_share=found.top_share, herfindahl=found.herfindahl, basis=found.basis
    )


@strawberry.type
class AnalysisQuery:
    @strawberry.field(description="Actors ranked by a metric, best first (lowest first for CONSTRAINT).")
    async def centrality(
        self, info: Info[Context, None], metric: Metric, top: int = 10, filter: AnalysisFilterInput | None = None
    ) -> list[ActorScore]:
        cache, _ = analysis_of(info)
        where = _where(info, filter)
        best = centrality.ranked(cache.scores(metric.value, where), metric.value, _top(top))
        actors = await _actors(info, [node for node, _ in best])
        return [
            ActorScore(rank=i, score=number(s), actor=a)
            for i, ((_, s), a) in enumerate(zip(best, actors, strict=True), 1)
        ]

    @strawberry.field(description="Groups of actors tied closely to each other (Louvain, repeatable), largest first.")
    async def communities(
        self, info: Info[Context, None], filter: AnalysisFilterInput | None = None
    ) -> list[Community]:
        cache, _ = analysis_of(info)
        where = _where(info, filter)
        groups = cache.result(where, "communities", lambda: cohesion.communities(cache.indexed(where)))
        return [Community(index=i, size=len(g), members=await _actors(info, g)) for i, g in enumerate(groups, 1)]

    @strawberry.field(description="Who brokers between others, and the actors and ties whose loss splits the network.")
    async def brokers(
        self, info: Info[Context, None], top: int = 10, filter: AnalysisFilterInput | None = None
    ) -> Brokers:
        cache, _ = analysis_of(info)
        where = _where(info, filter)
        best = centrality.ranked(cache.scores("constraint", where), "constraint", _top(top))
        points = cache.result(where, "articulation_points", lambda: brokerage.articulation_points(cache.indexed(where)))
        ties = cache.result(where, "bridges", lambda: brokerage.bridges(cache.indexed(where)))
        actors = await _actors(info, [node for node, _ in best])
        ends = [await _actors(info, [a, b]) for a, b in ties]
        return Brokers(
            by_constraint=[
                ActorScore(rank=i, score=number(s), actor=a)
                for i, ((_, s), a) in enumerate(zip(best, actors, strict=True), 1)
            ],
            articulation_points=await _actors(info, points),
            bridges=[Bridge(source=pair[0], target=pair[1]) for pair in ends if len(pair) == 2],
        )

    @strawberry.field(
        description='Possible new partners for an actor, with the reasons (German; lang: "en" for English).'
    )
    async def suggestions(
        self, info: Info[Context, None], actor_id: strawberry.ID, top: int = 10, lang: str = "de"
    ) -> list[PartnerSuggestion]:
        cache, where = analysis_of(info)
        graph = cache.graph(where)
        if str(actor_id) not in graph:
            raise NotFoundError("actor", str(actor_id))
        found = suggestions.suggest(graph, str(actor_id), top=_top(top), lang=lang)
        actors = await _actors(info, [s.actor_id for s in found])
        return [
            PartnerSuggestion(actor=a, score=s.score, reasons=list(s.reasons))
            for s, a in zip(found, actors, strict=True)
        ]

    @strawberry.field(
        description="The share of an actor's funding from each funder; null if nothing you may see funds it."
    )
    async def funding_dependency(self, info: Info[Context, None], actor_id: strawberry.ID) -> FundingDependency | None:
        cache, where = analysis_of(info)
        found = funding.dependency(cache.graph(where), str(actor_id))
        return await _dependency(info, found) if found else None

    @strawberry.field(description="Projects (or the kinds given) funded by exactly one funder, with that funder.")
    async def single_funder_projects(
        self, info: Info[Context, None], kinds: list[ActorKind] | None = None
    ) -> list[FundingDependency]:
        cache, where = analysis_of(info)
        graph = cache.graph(where)
        wanted = frozenset(k.value for k in kinds) if kinds else frozenset({"Project"})
        found = [funding.dependency(graph, node) for node in funding.single_funder(graph, wanted)]
        answers = [await _dependency(info, d) for d in found if d is not None]
        return [a for a in answers if a is not None]
