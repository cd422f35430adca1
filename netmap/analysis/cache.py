"""Analysis results kept per store revision, filter and metric: asking again without a change
in the store recomputes nothing. One cache per open store; a new revision empties it."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import networkx as nx

from netmap.analysis import centrality
from netmap.analysis.compiled import Indexed
from netmap.analysis.subgraph import EVERYTHING, AnalysisFilter, subgraph
from netmap.store.base import GraphStore, snapshot

T = TypeVar("T")
MAX_RESULTS = 512  # results kept per store; callers choose filters, so the number must be bounded


class AnalysisCache:
    """Results of one store, valid for one revision."""

    def __init__(self, store: GraphStore, approx_above: int = centrality.APPROX_ABOVE) -> None:
        self.store = store
        self.approx_above = approx_above
        self._revision: int | None = None
        self._results: dict[tuple[Hashable, ...], Any] = {}
        self._lock = threading.RLock()  # results may be built from other cached results

    def _current(self) -> None:
        revision = self.store.revision()
        if revision != self._revision:
            self._results.clear()
            self._revision = revision

    def result(self, where: AnalysisFilter, name: Hashable, compute: Callable[[], T]) -> T:
        """The cached result called `name` for this filter, computed by `compute()` only if the
        store changed since it was last asked for."""
        with self._lock:
            self._current()
            key = (where.key(), name)
            if key not in self._results and len(self._results) >= MAX_RESULTS:
                self._results.clear()  # many different filters asked for: start again rather than grow
            if key not in self._results:
                self._results[key] = compute()
            return self._results[key]  # type: ignore[no-any-return]

    def graph(self, where: AnalysisFilter = EVERYTHING) -> nx.MultiDiGraph[str]:
        """The store's graph as the filter selects it (visibility included)."""

        def build() -> nx.MultiDiGraph[str]:
            return subgraph(self.result(EVERYTHING, "snapshot", self._snapshot), where)

        return self.result(where, "graph", build)

    def _snapshot(self) -> nx.MultiDiGraph[str]:
        return snapshot(self.store)  # all of it; each filter then keeps what its caller may see

    def indexed(self, where: AnalysisFilter = EVERYTHING) -> Indexed:
        return self.result(where, "indexed", lambda: Indexed(self.graph(where), where))

    def scores(self, metric: str, where: AnalysisFilter = EVERYTHING) -> dict[str, float]:
        """centrality.scores of `metric` on the filtered graph, cached."""
        return self.result(
            where,
            ("scores", metric),
            lambda: centrality.scores(self.indexed(where), metric, where, self.approx_above),
        )


_CACHES: weakref.WeakKeyDictionary[GraphStore, AnalysisCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def cache_for(store: GraphStore, approx_above: int = centrality.APPROX_ABOVE) -> AnalysisCache:
    """The cache of this open store (one per store object, made on first use)."""
    with _CACHES_LOCK:
        found = _CACHES.get(store)
        if found is None or found.approx_above != approx_above:
            found = AnalysisCache(store, approx_above)
            _CACHES[store] = found
        return found
