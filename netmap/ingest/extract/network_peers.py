"""Members of one network are not each other's partners: a sentence that says 'im Netzwerk X, in
dem A, B und C zusammenarbeiten' makes A, B and C members of X, not three cooperating pairs."""

from __future__ import annotations

from netmap.ingest.extract.sentence_view import Found


def without_network_peers(found: list[Found]) -> list[Found]:
    """`found` without COOPERATES_WITH between two organisations that the same sentence makes
    members of the same network."""
    members: dict[tuple[int, str], set[str]] = {}
    for f in found:
        if f.kind == "MEMBER_OF":
            members.setdefault((f.sentence, f.target), set()).add(f.source)
    peers = {
        (sentence, frozenset((a, b)))
        for (sentence, _), group in members.items()
        for a in group
        for b in group
        if a != b
    }
    return [
        f for f in found if not (f.kind == "COOPERATES_WITH" and (f.sentence, frozenset((f.source, f.target))) in peers)
    ]
