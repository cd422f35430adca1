"""A leaner graphql-core executor for the many plain fields of a read.

A page of 50 actors with their relations is some 2,500 fields, nearly all of them plain
attributes (strawberry "basic fields": no resolver, no arguments, no field extension). For each,
graphql-core builds a resolve info, looks up arguments, wraps the resolver in the middleware and
walks `complete_value`; together about 15 µs a field, most of a page's time. `LeanExecutor`:
- reads a plain field with one `getattr` and completes scalars, enums and objects directly;
- completes lists of object, interface or union items directly (an item's type remembered per
  class where strawberry's own type resolution decides by class alone: not for unions or
  `strawberry.cast` objects);
- calls a plain resolver (sync, no field extension such as a permission class, no exception
  handler) without strawberry's wrapper, converting its arguments as strawberry does;
- remembers the plan of each selection set for the request.
Everything else — async resolvers, awaitable values, `@defer`/`@stream`,
resolver middleware — takes graphql-core's own path, so results and error locations are the same
as without it; when a plain value needs an error (null for a non-null field, a scalar that does
not serialize), the field is run again through graphql-core's path, which raises and places the
error as usual (tests/test_lean_executor.py compares both executors).
"""

from __future__ import annotations

from collections.abc import Awaitable, Hashable, Iterable
from dataclasses import dataclass
from types import GeneratorType
from typing import Any, TypeVar

from graphql import (
    FieldNode,
    GraphQLAbstractType,
    GraphQLEnumType,
    GraphQLField,
    GraphQLID,
    GraphQLInterfaceType,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    GraphQLString,
    GraphQLUnionType,
    Undefined,
    get_nullable_type,
    is_abstract_type,
    is_leaf_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.execution.executor import to_nodes
from graphql.pyutils import AwaitableOrValue, Path, gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE
from strawberry.types.field import StrawberryField

from netmap.api.arguments import converted_arguments


@dataclass(frozen=True, slots=True)
class _Step:
    """How to execute one response field of a selection set."""

    response_name: str
    details: FieldDetailsList
    nodes: list[FieldNode]
    field_def: GraphQLField | None
    attribute: str | None  # the Python attribute of a plain field; None: graphql-core's path
    leaf: GraphQLLeafType | None  # a plain scalar or enum field: its type
    composite: GraphQLObjectType | GraphQLAbstractType | None  # a plain object field: its type
    non_null: bool
    text: bool  # a String or ID field: a str value is its own answer (graphql-core returns it as is)
    enum_names: dict[Any, Any] | None  # an enum field: the answers given so far, by value
    resolver: StrawberryField | None = None  # a plain resolver field: called directly (see call_resolver)


class _Slow(Exception):
    """This value needs graphql-core's own path (an awaitable type check, a deferred fragment)."""


def _drop(awaitable: Any) -> None:
    """Close an awaitable this executor will not await (graphql-core's path makes its own)."""
    close = getattr(awaitable, "close", None)
    if close is not None:
        close()


Values = TypeVar("Values", dict[str, Any], list[Any])


def _settled(values: Values, keys: list[Any]) -> AwaitableOrValue[Values]:
    """`values` (a dict or a list) with the awaitables at `keys` awaited in place: `values` itself
    when there are none, else an awaitable of it (no gather, and so no task, for a single one)."""
    if not keys:
        return values

    async def settle() -> Values:
        if len(keys) == 1:
            values[keys[0]] = await values[keys[0]]
        else:
            awaited = await gather_with_cancel(*(values[key] for key in keys))
            for key, value in zip(keys, awaited, strict=True):
                values[key] = value
        return values

    return settle()


def plain_attribute(field_def: GraphQLField, node: FieldNode) -> str | None:
    """The attribute a plain field reads (no resolver, extension or argument), else None."""
    if not getattr(field_def.resolve, "_is_default", False) or field_def.args or node.arguments:
        return None
    field = field_def.extensions.get("strawberry-definition")
    if not isinstance(field, StrawberryField) or field.default_resolver is not getattr:
        return None
    return field.python_name


def strawberry_made(function: Any, name: str) -> bool:
    """Whether `function` is the `resolve_type` or `is_type_of` strawberry makes itself for a type
    (which decides by the value's class alone, once no `strawberry.cast` is involved)."""
    return getattr(function, "__module__", None) == "strawberry.schema.schema_converter" and getattr(
        function, "__qualname__", ""
    ).endswith(f"<locals>.{name}")


def _decided_by_class(
    composite: GraphQLObjectType | GraphQLAbstractType, runtime_type: GraphQLObjectType, value: Any
) -> bool:
    """Whether every value of `value`'s class (not cast with `strawberry.cast`) completes as
    `runtime_type` where `composite` is expected: strawberry's own type resolution throughout, and
    `value` an instance of a plain (not generic) strawberry type implementing the interface."""
    if getattr(value, TYPE_CAST_ATTRIBUTE, None) is not None:
        return False
    if isinstance(composite, GraphQLInterfaceType):
        interface = composite.extensions.get("strawberry-definition")
        definition = getattr(type(value), "__strawberry_definition__", None)
        if (
            not strawberry_made(composite.resolve_type, "resolve_type")
            or interface is None
            or definition is None
            or definition.is_graphql_generic
            or not isinstance(value, interface.origin)
            or definition.name != runtime_type.name
        ):
            return False
    elif not isinstance(composite, GraphQLObjectType):
        return False  # unions resolve their own way
    return runtime_type.is_type_of is None or strawberry_made(runtime_type.is_type_of, "is_type_of")


def plain_resolver(schema: Any, field_def: GraphQLField, fragment_variables: object = None) -> StrawberryField | None:
    """The strawberry field of a resolver field that can be called without strawberry's wrapper:
    a sync resolver, no field extensions (permission classes are ones) and no exception handlers,
    not inside a fragment with variables of its own; else None."""
    field = field_def.extensions.get("strawberry-definition")
    strawberry_schema = getattr(schema, "_strawberry_schema", None)
    if (
        fragment_variables is not None
        or getattr(field_def.resolve, "_is_default", False)
        or not isinstance(field, StrawberryField)
        or field.base_resolver is None
        or field.extensions
        or field.is_async
        or field.is_subscription
        or strawberry_schema is None
    ):
        return None
    if strawberry_schema.schema_converter._get_field_exception_handlers(field):
        return None
    return field


class LeanExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor with a direct path for plain fields (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._steps: dict[int, tuple[GroupedFieldSet, list[_Step]]] = {}
        self._runtime_types: dict[tuple[str, Any], GraphQLObjectType] = {}
        # (expected type, value class) -> object type, where the class alone decides (see _decided_by_class)
        self._class_types: dict[tuple[Any, type], GraphQLObjectType] = {}
        manager = self.middleware_manager
        self._lean = manager is None or not manager.middlewares
        self._plain_types: set[type] = set()  # classes whose instances are never awaitable
        self._sub_plans: dict[tuple[GraphQLObjectType, int], tuple[FieldDetailsList, list[_Step] | None]] = {}

    def _plan(self, parent_type: GraphQLObjectType, fields: GroupedFieldSet) -> list[_Step]:
        # keyed by identity like graphql-core's own memo; the set is kept alive beside its plan
        key = id(fields)
        cached = self._steps.get(key)
        if cached is not None and cached[0] is fields:
            return cached[1]
        steps = []
        for response_name, details in fields.items():
            field_def = self.schema.get_field(parent_type, details[0].node.name.value)
            attribute = plain_attribute(field_def, details[0].node) if field_def else None
            leaf = composite = None
            non_null = False
            if field_def is not None and attribute is not None:
                non_null = is_non_null_type(field_def.type)
                named = get_nullable_type(field_def.type)
                if is_leaf_type(named):
                    leaf = named
                elif is_object_type(named) or is_abstract_type(named):
                    composite = named
                else:
                    attribute = None  # lists: graphql-core's path
            resolver = (
                plain_resolver(self.schema, field_def, details[0].fragment_variable_values)
                if field_def and attribute is None
                else None
            )
            steps.append(
                _Step(
                    response_name,
                    details,
                    to_nodes(details),
                    field_def,
                    attribute,
                    leaf,
                    composite,
                    non_null,
                    text=leaf is GraphQLString or leaf is GraphQLID,
                    enum_names={} if isinstance(leaf, GraphQLEnumType) else None,
                    resolver=resolver,
                )
            )
        self._steps[key] = (fields, steps)
        return steps

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> AwaitableOrValue[dict[str, Any]]:
        if position_context is not None or not self._lean:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        return self._run(parent_type, source_value, path, self._plan(parent_type, grouped_field_set))

    def _sub_steps(self, object_type: GraphQLObjectType, details: FieldDetailsList) -> list[_Step] | None:
        """The plan of the sub-selection of `details` on `object_type` (None when it defers a
        fragment: graphql-core's path), remembered per field and type like collect_subfields."""
        key = (object_type, id(details))
        cached = self._sub_plans.get(key)
        if cached is not None:
            return cached[1]
        grouped, new_defer_usages, _ = self.collect_subfields(object_type, details)
        steps = None if new_defer_usages else self._plan(object_type, grouped)
        self._sub_plans[key] = (details, steps)  # the list kept alive beside its plan, so its id stays its own
        return steps

    def _run(
        self, parent_type: GraphQLObjectType, source_value: Any, path: Path | None, steps: list[_Step]
    ) -> AwaitableOrValue[dict[str, Any]]:
        """The fields of `steps` executed on `source_value` (graphql-core's execute_fields)."""
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for step in steps:
                name = step.response_name
                if step.attribute is not None:
                    value = getattr(source_value, step.attribute)
                    if value is None and not step.non_null:
                        results[name] = None
                        continue
                    if step.text and type(value) is str:
                        results[name] = value
                        continue
                    if step.leaf is not None and value is not None:
                        names = step.enum_names
                        coerced = names.get(value) if names is not None and isinstance(value, Hashable) else None
                        if coerced is None:
                            try:
                                coerced = step.leaf.coerce_output_value(value)
                            except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
                                coerced = None
                            if names is not None and coerced is not None and isinstance(value, Hashable):
                                names[value] = coerced
                        if coerced is not None and coerced is not Undefined:
                            results[name] = coerced
                            continue
                    elif step.composite is not None and value is not None and self._never_awaitable(value):
                        result = self._complete_plain_object(step, parent_type, source_value, path, value)
                        results[name] = result
                        if type(result) is not dict and is_awaitable(result):
                            awaitable_fields.append(name)
                        continue
                field_path = Path(path, name, parent_type.name)
                if step.resolver is not None:
                    result = self._execute_resolver_field(step, step.resolver, parent_type, source_value, field_path)
                else:
                    result = self.execute_field(parent_type, source_value, step.details, field_path, None)
                if result is not Undefined:
                    results[name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[field] for field in awaitable_fields])
            raise
        return _settled(results, awaitable_fields)

    def _execute_resolver_field(
        self, step: _Step, field: StrawberryField, parent_type: GraphQLObjectType, source: Any, path: Path
    ) -> AwaitableOrValue[Any]:
        """graphql-core's execute_field for a plain resolver field, its resolver called directly."""
        assert step.field_def is not None
        return_type = step.field_def.type
        info = self.build_resolve_info(step.field_def, step.nodes, parent_type, path)
        try:
            result = self.call_resolver(step.field_def, step.nodes[0], field, source, info)
            if self.is_awaitable(result):
                return self.complete_awaitable_value(return_type, step.details, info, path, result, None)
            completed = self.complete_value(return_type, step.details, info, path, result, None)
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, step.details, path)
            return None
        if type(completed) is not dict and self.is_awaitable(completed):
            return self._await_completed(completed, return_type, step.details, path)
        return completed

    def call_resolver(
        self,
        field_def: GraphQLField,
        node: FieldNode,
        field: StrawberryField,
        source: Any,
        info: GraphQLResolveInfo[Any],
    ) -> Any:
        """What strawberry's resolver wrapper returns for `field` (see plain_resolver): the
        resolver called with the arguments converted as strawberry converts them (see
        netmap/api/arguments.py), and with self, root, parent and info as it asks."""
        assert field.base_resolver is not None
        strawberry_schema = self.schema._strawberry_schema  # type: ignore[attr-defined]
        strawberry_info = strawberry_schema.config.info_class(_raw_info=info, _field=field)
        kwargs = converted_arguments(
            field, field_def, node, self.variable_values, self.hide_suggestions, strawberry_schema, strawberry_info
        )
        resolver = field.base_resolver
        args = [source] if resolver.self_parameter else []
        if resolver.parent_parameter:
            kwargs[resolver.parent_parameter.name] = source
        if resolver.root_parameter:
            kwargs[resolver.root_parameter.name] = source
        if resolver.info_parameter:
            kwargs[resolver.info_parameter.name] = strawberry_info
        return field.get_result(source, info=strawberry_info, args=args, kwargs=kwargs)

    def _known_type_of(
        self, composite: GraphQLObjectType | GraphQLAbstractType, value: Any
    ) -> GraphQLObjectType | None:
        """The object type `value` completes as, if its class decided that before (no resolve
        info, resolve_type or is_type_of needed then), else None."""
        if getattr(value, TYPE_CAST_ATTRIBUTE, None) is not None:
            return None
        return self._class_types.get((composite, type(value)))

    def _object_type_of(
        self,
        composite: GraphQLObjectType | GraphQLAbstractType,
        value: Any,
        info: GraphQLResolveInfo[Any],
        details: FieldDetailsList,
    ) -> GraphQLObjectType | None:
        """The object type `value` completes as, found as graphql-core finds it (resolve_type for
        an abstract type, remembered per type name; then is_type_of), or None when that needs
        graphql-core's own path (an awaitable answer, or is_type_of saying no: its error)."""
        if isinstance(composite, GraphQLObjectType):
            runtime_type = composite
        else:
            resolve_type = composite.resolve_type or self.type_resolver
            type_name = resolve_type(value, info, composite)
            if self.is_awaitable(type_name):
                _drop(type_name)
                return None
            key = (composite.name, type_name)
            found = self._runtime_types.get(key) if type(type_name) is str else None
            if found is None:
                found = self.ensure_valid_runtime_type(type_name, composite, details, info, value)
                self._runtime_types[key] = found  # reached only for a str: other kinds raise
            runtime_type = found
        if runtime_type.is_type_of:
            matches = runtime_type.is_type_of(value, info)
            if matches is not True:
                _drop(matches)
                return None
        if _decided_by_class(composite, runtime_type, value):
            self._class_types[(composite, type(value))] = runtime_type
        return runtime_type

    def _complete_plain_object(
        self, step: _Step, parent_type: GraphQLObjectType, source: Any, path: Path | None, value: Any
    ) -> AwaitableOrValue[Any]:
        """The completed object of a plain object field: its type found (as graphql-core does,
        but remembered per abstract type and type name) and its sub-selection executed."""
        assert step.field_def is not None and step.composite is not None
        field_path = Path(path, step.response_name, parent_type.name)
        return_type: GraphQLOutputType = step.field_def.type
        try:
            runtime_type = self._known_type_of(step.composite, value)
            if runtime_type is None:
                info = self.build_resolve_info(step.field_def, step.nodes, parent_type, field_path)
                runtime_type = self._object_type_of(step.composite, value, info, step.details)
            if runtime_type is None:
                raise _Slow
            steps = self._sub_steps(runtime_type, step.details)
            if steps is None:
                raise _Slow
            completed = self._run(runtime_type, value, field_path, steps)
        except _Slow:
            return self.execute_field(parent_type, source, step.details, field_path, None)
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, step.details, field_path)
            return None
        if type(completed) is not dict and self.is_awaitable(completed):
            return self._await_completed(completed, return_type, step.details, field_path)
        return completed

    def _never_awaitable(self, value: Any) -> bool:
        """Whether `value` is not awaitable, remembered per class (awaitability is a class's
        trait: an __await__ method or a coroutine type; generators are checked each time)."""
        kind = type(value)
        if kind in self._plain_types:
            return True
        if self.is_awaitable(value):
            return False
        if not isinstance(value, GeneratorType):
            self._plain_types.add(kind)
        return True

    def complete_iterable_value(
        self,
        item_type: GraphQLOutputType,
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        items: Iterable[Any],
        position_context: Any,
    ) -> AwaitableOrValue[list[Any]]:
        composite = get_nullable_type(item_type)
        if (
            position_context is not None
            or not self._lean
            or not (is_object_type(composite) or is_abstract_type(composite))
            or self.get_stream_usage(field_details_list, path) is not None
        ):
            return super().complete_iterable_value(item_type, field_details_list, info, path, items, position_context)
        assert isinstance(composite, (GraphQLObjectType, GraphQLInterfaceType, GraphQLUnionType))
        # graphql-core's loop, with the completion of a plain object item inlined
        is_awaitable = self.is_awaitable
        completed: list[Any] = []
        awaitable_indices: list[int] = []
        try:
            for index, item in enumerate(items):
                item_path = Path(path, index, None)
                object_type = None
                if item is not None and self._never_awaitable(item):
                    try:
                        object_type = self._known_type_of(composite, item) or self._object_type_of(
                            composite, item, info, field_details_list
                        )
                    except Exception:  # noqa: BLE001 - graphql-core's path raises it again, located
                        object_type = None
                steps = None if object_type is None else self._sub_steps(object_type, field_details_list)
                if object_type is not None and steps is not None:
                    try:
                        value = self._run(object_type, item, item_path, steps)
                    except Exception as raw_error:
                        self.handle_field_error(raw_error, item_type, field_details_list, item_path)
                        value = None
                    if type(value) is not dict and is_awaitable(value):
                        value = self._await_completed(value, item_type, field_details_list, item_path)
                        awaitable_indices.append(index)
                    completed.append(value)
                    continue
                if is_awaitable(item):
                    completed.append(
                        self.complete_awaitable_list_item_value(
                            item, item_type, field_details_list, info, item_path, position_context
                        )
                    )
                    awaitable_indices.append(index)
                elif self.complete_list_item_value(
                    item, completed, item_type, field_details_list, info, item_path, position_context
                ):
                    awaitable_indices.append(index)
        except Exception:
            if awaitable_indices:
                self.settle_in_background([completed[i] for i in awaitable_indices])
            raise
        return _settled(completed, awaitable_indices)

    async def _await_completed(
        self, completed: Awaitable[Any], return_type: GraphQLOutputType, details: FieldDetailsList, path: Path
    ) -> Any:
        try:
            return await completed
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, details, path)
            return None
