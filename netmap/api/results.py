"""Expected failures as GraphQL types, so clients can switch on them (mutation results are
unions of a success type and these)."""

from __future__ import annotations

import strawberry

from netmap.errors import ConflictError, NetmapError, NotFoundError, ValidationError


@strawberry.type(description="The input breaks the graph schema or a rule; nothing was changed.")
class ValidationProblem:
    field: str
    message: str


@strawberry.type(description="Nothing with this id exists (or you may not see it).")
class NotFound:
    id: str
    message: str


@strawberry.type(description="Your role does not allow this.")
class Forbidden:
    required_role: str
    message: str


@strawberry.type(description="The change clashes with what is stored.")
class Conflict:
    message: str


def forbidden(role: str) -> Forbidden:
    return Forbidden(
        required_role=role,
        message=f"This needs the role '{role}'. Send a token with that role: Authorization: Bearer <token>.",
    )


def problem_of(error: NetmapError) -> ValidationProblem | NotFound | Conflict:
    """The typed result for one of netmap's expected errors."""
    if isinstance(error, ValidationError):
        return ValidationProblem(field=error.field, message=str(error))
    if isinstance(error, NotFoundError):
        return NotFound(id=error.ident, message=str(error))
    if isinstance(error, ConflictError):
        return Conflict(message=str(error))
    return ValidationProblem(field="", message=str(error))
