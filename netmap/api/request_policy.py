"""Every GraphQL request's policy as ONE strawberry extension: the depth, alias and token limits,
the parse and validation caches, and the masking of unexpected errors (MaskWithId).

Strawberry looks each extension up for each of its four hooks on every request and wraps each
hook it finds in a context manager of its own; five separate extensions cost about a fifth of an
empty request's time. Combined they cost three hooks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from graphql.validation import ASTValidationRule
from strawberry.extensions import ParserCache, ValidationCache

from netmap.api.masking import MaskWithId


class RequestPolicy(MaskWithId, ParserCache, ValidationCache):
    """Limits, caches and error masking of one GraphQL request (see the module docstring)."""

    def __init__(self, rules: Sequence[type[ASTValidationRule]], max_tokens: int, cache_size: int) -> None:
        MaskWithId.__init__(self)
        ParserCache.__init__(self, maxsize=cache_size)
        ValidationCache.__init__(self, maxsize=cache_size)
        self.rules = tuple(rules)
        self.max_tokens = max_tokens

    def on_operation(self) -> Iterator[None]:
        # as AddValidationRules and MaxTokensLimiter do, before the masking wraps the operation
        context: Any = self.execution_context
        context.validation_rules = context.validation_rules + self.rules
        context.parse_options["max_tokens"] = self.max_tokens
        yield from super().on_operation()
