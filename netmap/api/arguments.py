"""A resolver's arguments converted as strawberry converts them, each conversion done once.

strawberry turns the argument values graphql-core coerced into the resolver's Python values
(`convert_arguments`): some 14 µs for `neighbourhood(id, depth)`, on every request. The result
depends on the field and those values alone, so where all of them are plain immutable values
(texts, numbers, enum members, dates, null) it is remembered, keyed by the field and the values
with their types, and every later request with the same values gets a copy. Lists and input
objects (which a resolver could change) are converted each time.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from graphql import FieldNode, GraphQLField
from graphql.execution.values import VariableValues, get_argument_values
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField

# argument values that a resolver cannot change in place: safe to hand every call the same ones
IMMUTABLE = (str, int, float, bool, Enum, date, type(None))
MAX_REMEMBERED = 4096  # conversions kept (the values come from requests: bounded)

_converted: dict[tuple[StrawberryField, tuple[tuple[str, type, Any], ...]], dict[str, Any]] = {}


def converted_arguments(
    field: StrawberryField,
    field_def: GraphQLField,
    node: FieldNode,
    variable_values: VariableValues,
    hide_suggestions: bool,
    strawberry_schema: Any,
    info: Any,
) -> dict[str, Any]:
    """The keyword arguments strawberry passes `field`'s resolver for the field `node` (a new
    dict each time: the caller adds self, root and info to it)."""
    if node.arguments:
        raw = get_argument_values(field_def, node, variable_values, None, hide_suggestions)
        plain = all(isinstance(value, IMMUTABLE) for value in raw.values())
        key = (field, tuple((name, type(value), value) for name, value in raw.items())) if plain else None
    else:  # the defaults alone: the same for every request
        raw, key = None, (field, ())
    kwargs = _converted.get(key) if key is not None else None
    if kwargs is None:
        if raw is None:
            raw = (
                get_argument_values(field_def, node, variable_values, None, hide_suggestions) if field_def.args else {}
            )
        kwargs = convert_arguments(
            raw,
            field.arguments,
            scalar_registry=strawberry_schema.schema_converter.scalar_registry,
            config=strawberry_schema.config,
            info=info,
        )
        if key is not None and all(isinstance(value, IMMUTABLE) for value in kwargs.values()):
            if len(_converted) >= MAX_REMEMBERED:
                _converted.clear()
            _converted[key] = kwargs
    return dict(kwargs)
