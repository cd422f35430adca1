"""Rendered pages kept per store revision, so a busy page is built once per change of the data.

A map page of every actor costs about a second to build on a 10,000-actor store; built on each
request it stalls the server for everyone (bench/bench_load.py showed 50 clients timing out).
The store's revision grows with every change, in this process or another, so a page built at one
revision is right for as long as the revision stays the same.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from netmap.store.base import GraphStore

MAX_PAGES = 16  # different pages (slug, language, ...) kept at once


class RevisionCache:
    """Bytes built by a function of the store's content, keyed by (key, store revision)."""

    def __init__(self, max_pages: int = MAX_PAGES) -> None:
        self.max_pages = max_pages
        self._pages: OrderedDict[Hashable, tuple[int, bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: GraphStore, key: Hashable, build: Callable[[], bytes]) -> bytes:
        """The bytes for `key` at the store's current revision: cached, or built by `build` now."""
        revision = store.revision()
        with self._lock:
            cached = self._pages.get(key)
            if cached is not None and cached[0] == revision:
                self._pages.move_to_end(key)
                return cached[1]
        built = build()
        with self._lock:
            self._pages[key] = (revision, built)
            self._pages.move_to_end(key)
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        return built
