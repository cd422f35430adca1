"""Who is asking, and what they may see."""

from __future__ import annotations

from dataclasses import dataclass

from netmap.model import Node
from netmap.store.base import PUBLIC

ROLES = ("anonymous", "reader", "editor", "admin")


@dataclass(frozen=True)
class Viewer:
    role: str = "anonymous"
    name: str = "anonymous"

    @property
    def visibility(self) -> frozenset[str] | None:
        """The node visibilities this viewer may see; None means all."""
        return PUBLIC if self.role == "anonymous" else None

    def can_see(self, node: Node | None) -> bool:
        visibility = self.visibility
        return node is not None and (visibility is None or node.visibility in visibility)


ANONYMOUS = Viewer()
