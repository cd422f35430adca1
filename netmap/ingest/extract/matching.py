"""Proposals → the existing actors they name, by alias or normalised name."""

from __future__ import annotations

from netmap.ingest.extract.inflection import name_key
from netmap.ingest.extract.proposals import Extraction
from netmap.store.base import GraphStore

# Organisations and funders are often the same kind of body; a match across the two is kept.
_COMPATIBLE = {"Organisation": ("Organisation", "Funder"), "Funder": ("Funder", "Organisation")}


def actor_index(store: GraphStore) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, name key) → (node id, name) for every actor's name and alias in the store."""
    index: dict[tuple[str, str], tuple[str, str]] = {}
    for node in store.find_nodes():
        for spelling in (node.name, *node.aliases):
            key = name_key(spelling)
            if key:
                index.setdefault((node.kind, key), (node.id, node.name))
    return index


def match_existing(extraction: Extraction, index: dict[tuple[str, str], tuple[str, str]]) -> int:
    """Set `match_id`/`match_name` on every proposal that names an existing actor; returns how many."""
    matched = 0
    for proposal in extraction.entities:
        kinds = _COMPATIBLE.get(proposal.kind, (proposal.kind,))
        for spelling in (proposal.name, *proposal.aliases):
            key = name_key(spelling)
            hit = next((index[(k, key)] for k in kinds if (k, key) in index), None)
            if hit is not None and (len(key) > 3 or spelling == proposal.name):
                proposal.match_id, proposal.match_name = hit
                matched += 1
                break
    return matched
