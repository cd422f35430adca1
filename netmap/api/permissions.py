"""Who may do what: anonymous < reader < editor < admin. Resolvers call `allowed` / `require`."""

from __future__ import annotations

from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.viewer import ROLES


def allowed(info: Info[Context, None], role: str) -> bool:
    """Whether the caller has at least `role`."""
    return ROLES.index(info.context.viewer.role) >= ROLES.index(role)


class Forbidden(Exception):
    """Raised where a typed `Forbidden` result cannot be returned."""

    def __init__(self, role: str) -> None:
        super().__init__(f"This needs the role '{role}'. Send a token with that role: Authorization: Bearer <token>.")
        self.role = role
