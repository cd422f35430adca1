"""The per-actor `metrics` field: an actor's analysis scores in the part of the network the
caller may see (computed once per store revision, see netmap/analysis/cache.py)."""

from __future__ import annotations

import math

import strawberry
from strawberry.types import Info

from netmap.analysis.cache import AnalysisCache, cache_for
from netmap.analysis.subgraph import AnalysisFilter
from netmap.api.context import Context


def analysis_of(info: Info[Context, None]) -> tuple[AnalysisCache, AnalysisFilter]:
    """The store's analysis cache and the filter limiting analysis to what the caller may see."""
    context = info.context
    return cache_for(context.store, context.analysis_approx_above), AnalysisFilter(visibility=context.viewer.visibility)


def number(value: float | None) -> float | None:
    """A score for GraphQL: nan (undefined, e.g. constraint of an isolated actor) becomes null."""
    return None if value is None or math.isnan(value) else value


@strawberry.type(description="An actor's scores in the network you may see; see README 'Analysis' for what they mean.")
class ActorMetrics:
    actor_id: strawberry.Private[str]

    def _score(self, info: Info[Context, None], metric: str) -> float | None:
        cache, where = analysis_of(info)
        return number(cache.scores(metric, where).get(self.actor_id))

    @strawberry.field(description="Share of the other actors it has a direct tie with.")
    def degree(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "degree")

    @strawberry.field(description="Share of shortest paths between others that run through it (broker).")
    def betweenness(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "betweenness")

    @strawberry.field(description="How near it is to all others it can reach.")
    def closeness(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "closeness")

    @strawberry.field(description="Tied to the influential core (unit length over all actors).")
    def eigenvector(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "eigenvector")

    @strawberry.field(description="PageRank: attention flowing to it through its partners (sums to 1).")
    def pagerank(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "pagerank")

    @strawberry.field(description="Burt's constraint: low means a broker between partners who are not tied.")
    def constraint(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "constraint")

    @strawberry.field(description="Burt's effective size: number of non-redundant partners.")
    def effective_size(self, info: Info[Context, None]) -> float | None:
        return self._score(info, "effective_size")
