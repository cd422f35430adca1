"""Unexpected GraphQL errors are masked: the caller gets an error id, the log gets the details."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from netmap.api.permissions import Forbidden
from netmap.errors import NetmapError

log = logging.getLogger("netmap.api")


def should_mask(error: GraphQLError) -> bool:
    """Show netmap's own errors and GraphQL's validation errors; mask everything unexpected."""
    original = getattr(error, "original_error", None)
    return original is not None and not isinstance(original, (NetmapError, ValueError, Forbidden))


class MaskWithId(MaskErrors):
    """Replaces an unexpected error by a message with a fresh error id, and logs the error under it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(should_mask_error=should_mask, **kwargs)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        error_id = uuid.uuid4().hex[:12]
        log.error("unexpected GraphQL error %s at %s", error_id, error.path, exc_info=error.original_error)
        return GraphQLError(
            message=f"Something went wrong inside netmap. Please report error id {error_id}.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"errorId": error_id},
        )
