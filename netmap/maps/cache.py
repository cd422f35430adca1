"""A small least-recently-used cache for map data that is costly to compute (layouts, pages).
Keys include the store revision, so a change to the graph never serves stale data."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class RecentCache(Generic[T]):
    """Values by key; keeps the `size` most recently used."""

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, T] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value for `key`, computed by `compute()` the first time."""
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = self._items[key] = compute()
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return value
