"""Getting the graph out of a store, in every format netmap writes.

`export_bytes(store, fmt, ...)` is the one entry point the CLI and the web pages use; each
format lives in its own module and registers in FORMATS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from netmap.errors import NetmapError
from netmap.store.base import GraphStore


@dataclass(frozen=True)
class ExportFormat:
    name: str
    media_type: str
    extension: str
    write: Callable[[GraphStore, frozenset[str] | None, frozenset[str] | None], bytes]
    description: str = ""


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    FORMATS[fmt.name] = fmt


def export_bytes(
    store: GraphStore, fmt: str, visibility: frozenset[str] | None = None, node_ids: frozenset[str] | None = None
) -> tuple[bytes, ExportFormat]:
    """The graph in format `fmt`: with `visibility`, only actors of those visibilities; with
    `node_ids`, only those actors; always only relations between the actors exported."""
    _load_formats()
    if fmt not in FORMATS:
        raise NetmapError(f"netmap cannot export the format {fmt!r}.", f"Use one of: {', '.join(sorted(FORMATS))}.")
    chosen = FORMATS[fmt]
    return chosen.write(store, visibility, node_ids), chosen


def _load_formats() -> None:
    from netmap.export import csv_export, graph_formats, json_export, xlsx_export  # noqa: F401  (register themselves)


def available_formats() -> list[ExportFormat]:
    """Every registered export format, by name."""
    _load_formats()
    return [FORMATS[name] for name in sorted(FORMATS)]
