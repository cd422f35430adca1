"""Read operations compiled once into a tree of plain Python closures (as graphql-jit does).

A validated query is walked once: for each selection its fields are collected, each field's
resolver (a plain attribute or a plain sync resolver, see netmap/api/executor.py) and the
completion of its type are chosen, and closures are made that do just that. Running a compiled
operation then looks up no AST, schema or plan per field: a page of 50 actors with their
relations (some 2,500 fields) is a few milliseconds less than graphql-core's walk.

The compiled walk knows only the happy path. Whatever needs more — a resolver that raises or
answers with an awaitable, a null where the schema says non-null, a value a scalar refuses, an
object cast with `strawberry.cast`, a union — raises `Fallback`, and the request is answered by
the standard path (strawberry and graphql-core) from the start, which places and masks the
error as always. Reads only: the compiled walk is never used for a mutation.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from types import GeneratorType
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLFloat,
    GraphQLID,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    InlineFragmentNode,
    NamedTypeNode,
    NameNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    Undefined,
    get_nullable_type,
)
from graphql.pyutils import Path
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE
from strawberry.types.field import StrawberryField

from netmap.api.executor import LeanExecutor, plain_attribute, plain_resolver, strawberry_made
from netmap.api.selection_code import FieldStep, selection_function

MAX_INT = 2**31  # GraphQL's Int is 32 bits


class Fallback(Exception):
    """This request must be answered by the standard path (see the module docstring)."""


class Failed(Fallback):
    """This request meets an error graphql-core reports (a resolver raises, a null where the
    schema says non-null, a value its scalar refuses): the standard path answers with it."""


class Run:
    """One request's run of a compiled operation: the executor graphql-core would use (its
    coerced variables, its resolve infos)."""

    __slots__ = ("executor",)

    def __init__(self, executor: LeanExecutor) -> None:
        self.executor = executor

    def resolve(
        self,
        field_def: Any,
        nodes: list[FieldNode],
        parent_type: GraphQLObjectType,
        field: StrawberryField,
        source: Any,
        path: Path,
    ) -> Any:
        """The value a plain resolver answers, as graphql-core would get it; raises Fallback when
        it raises or answers with an awaitable."""
        executor = self.executor
        info = executor.build_resolve_info(field_def, nodes, parent_type, path)
        try:
            result = executor.call_resolver(field_def, nodes[0], field, source, info)
        except Exception as error:
            raise Failed from error
        if executor.is_awaitable(result):
            close = getattr(result, "close", None)
            if close is not None:
                close()
            raise Fallback
        return result


# (run, value, path of the value) -> the value's JSON answer
Complete = Callable[[Run, Any, Path | None], Any]


def _leaf(leaf: GraphQLLeafType, names: dict[Any, Any]) -> Callable[[Any], Any]:
    """The answer of a non-null value of `leaf`, as graphql-core's completion gives it (for an
    enum remembered in `names` by value); raises Fallback where graphql-core would report an
    error."""
    if leaf is GraphQLString or leaf is GraphQLID:
        fast: type = str
    elif leaf is GraphQLBoolean:
        fast = bool
    else:
        fast = type(None)  # none: always the scalar's own serializer
    enum = isinstance(leaf, GraphQLEnumType)

    def serialize(value: Any) -> Any:
        kind = type(value)
        if kind is fast or (kind is int and leaf is GraphQLInt and -MAX_INT <= value < MAX_INT):
            return value
        if kind is float and leaf is GraphQLFloat and math.isfinite(value):
            return value
        if enum:
            try:
                return names[value]
            except (KeyError, TypeError):
                pass
        try:
            answer = leaf.coerce_output_value(value)
        except Exception as error:
            raise Failed from error
        if answer is None or answer is Undefined:
            raise Failed
        if enum:
            try:
                names[value] = answer
            except TypeError:
                pass  # an unhashable value: not remembered
        return answer

    return serialize


class _Compiler:
    """Compiles the selections of one operation (see the module docstring)."""

    def __init__(self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode]) -> None:
        self.schema = schema
        self.fragments = fragments
        self.enum_names: dict[GraphQLEnumType, dict[Any, Any]] = {}  # answers by value, per enum
        # the answer of an object or interface value -> its answers by class (see _composite)
        self.classes: dict[Complete, dict[type, Complete]] = {}

    def _applies(self, condition: NamedTypeNode | None, object_type: GraphQLObjectType) -> bool:
        if condition is None:
            return True
        named = self.schema.get_type(condition.name.value)
        if named is object_type:
            return True
        return isinstance(named, GraphQLInterfaceType) and self.schema.is_sub_type(named, object_type)

    def collect(self, object_type: GraphQLObjectType, sets: Sequence[SelectionSetNode]) -> dict[str, list[FieldNode]]:
        """The fields of `sets` on `object_type` by response name, in graphql-core's order;
        raises Fallback for directives and fragment arguments (the standard path handles them)."""
        grouped: dict[str, list[FieldNode]] = {}
        visited: set[str] = set()

        def walk(selection_set: SelectionSetNode) -> None:
            for selection in selection_set.selections:
                if selection.directives:
                    raise Fallback
                if isinstance(selection, FieldNode):
                    name = (selection.alias or selection.name).value
                    grouped.setdefault(name, []).append(selection)
                elif isinstance(selection, InlineFragmentNode):
                    if self._applies(selection.type_condition, object_type):
                        walk(selection.selection_set)
                elif isinstance(selection, FragmentSpreadNode):
                    name = selection.name.value
                    if name in visited:
                        continue
                    if getattr(selection, "arguments", None):
                        raise Fallback
                    fragment = self.fragments[name]
                    if fragment.directives or getattr(fragment, "variable_definitions", None):
                        raise Fallback
                    if self._applies(fragment.type_condition, object_type):
                        visited.add(name)
                        walk(fragment.selection_set)
                else:
                    raise Fallback

        for selection_set in sets:
            walk(selection_set)
        return grouped

    def fields(self, object_type: GraphQLObjectType, nodes: Sequence[FieldNode]) -> tuple[Complete, bool]:
        """The answer of an object of `object_type` for the sub-selections of `nodes`, and whether
        it needs the object's path (a resolver below asks for its info)."""
        sets = [node.selection_set for node in nodes if node.selection_set is not None]
        steps = [self.field(object_type, name, group) for name, group in self.collect(object_type, sets).items()]
        needs = any(step.resolve is not None or step.path_needed for step in steps)
        return selection_function(steps, object_type.name), needs

    def field(self, parent_type: GraphQLObjectType, response_name: str, nodes: list[FieldNode]) -> FieldStep:
        """How to answer one field of a selection."""
        name = nodes[0].name.value
        type_name = parent_type.name
        if name == "__typename":
            return FieldStep(response_name, resolve=lambda run, source, path: type_name)
        field_def = parent_type.fields.get(name)
        if field_def is None or name.startswith("__"):
            raise Fallback  # introspection: the standard path
        complete, needs = self.complete(field_def.type, nodes)
        attribute = plain_attribute(field_def, nodes[0])
        if attribute is not None:
            named = get_nullable_type(field_def.type)
            return FieldStep(
                response_name,
                attribute,
                complete,
                path_needed=needs,
                text=named is GraphQLString or named is GraphQLID,
                nullable=not isinstance(field_def.type, GraphQLNonNull),
                enum_names=self.enum_names.get(named) if isinstance(named, GraphQLEnumType) else None,
                classes=self.classes.get(complete),
            )
        field = plain_resolver(self.schema, field_def)
        if field is None:
            raise Fallback  # async resolvers, permission classes: the standard path

        def resolved(run: Run, source: Any, path: Path | None) -> Any:
            field_path = Path(path, response_name, type_name)
            return complete(run, run.resolve(field_def, nodes, parent_type, field, source, field_path), field_path)

        return FieldStep(response_name, resolve=resolved)

    def complete(self, return_type: GraphQLOutputType, nodes: list[FieldNode]) -> tuple[Complete, bool]:
        """How to answer a value of `return_type`, and whether that needs the value's path."""
        non_null = isinstance(return_type, GraphQLNonNull)
        named = return_type.of_type if isinstance(return_type, GraphQLNonNull) else return_type
        if isinstance(named, GraphQLList):
            return self._list(named, nodes, non_null)
        if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
            return self._composite(named, nodes, non_null)
        if not isinstance(named, GraphQLLeafType):
            raise Fallback  # unions: the standard path
        serialize = _leaf(named, self.enum_names.setdefault(named, {}) if isinstance(named, GraphQLEnumType) else {})

        def leaf(run: Run, value: Any, path: Path | None) -> Any:
            if value is None:
                if non_null:
                    raise Failed
                return None
            return serialize(value)

        return leaf, False

    def _list(self, list_type: GraphQLList[Any], nodes: list[FieldNode], non_null: bool) -> tuple[Complete, bool]:
        item, needs = self.complete(list_type.of_type, nodes)
        classes = self.classes.get(item, {})

        def items(run: Run, value: Any, path: Path | None) -> Any:
            if value is None:
                if non_null:
                    raise Failed
                return None
            if type(value) is not list and type(value) is not tuple:
                raise Fallback  # other iterables, awaitables: graphql-core's own completion
            if needs:
                return [item(run, one, Path(path, index, None)) for index, one in enumerate(value)]
            # an object of a class seen before is answered at once (see _composite)
            return [
                known(run, one, None)
                if (known := classes.get(type(one))) is not None and getattr(one, TYPE_CAST_ATTRIBUTE, None) is None
                else item(run, one, None)
                for one in value
            ]

        return items, needs

    def _composite(
        self, composite: GraphQLObjectType | GraphQLInterfaceType, nodes: list[FieldNode], non_null: bool
    ) -> tuple[Complete, bool]:
        schema = self.schema
        possible = (
            [composite] if isinstance(composite, GraphQLObjectType) else list(schema.get_possible_types(composite))
        )
        by_type = {object_type: self.fields(object_type, nodes) for object_type in possible}
        needs = any(needs for _, needs in by_type.values())
        if isinstance(composite, GraphQLInterfaceType) and not strawberry_made(composite.resolve_type, "resolve_type"):
            raise Fallback
        for object_type in possible:
            if object_type.is_type_of is not None and not strawberry_made(object_type.is_type_of, "is_type_of"):
                raise Fallback
        interface = composite.extensions.get("strawberry-definition")
        by_class: dict[type, Complete] = {}  # the answer of an object by its class, once checked

        def checked(value: Any) -> Complete:
            """The answer of `value`'s class, decided as strawberry's resolve_type and is_type_of
            decide for an object not cast (raises Failed or Fallback otherwise)."""
            if isinstance(composite, GraphQLObjectType):
                runtime_type = composite
            else:
                definition = getattr(type(value), "__strawberry_definition__", None)
                if (
                    interface is None
                    or definition is None
                    or definition.is_graphql_generic
                    or not isinstance(value, interface.origin)
                ):
                    raise Fallback
                found = schema.get_type(definition.name)
                if not isinstance(found, GraphQLObjectType) or found not in by_type:
                    raise Fallback
                runtime_type = found
            # strawberry's own is_type_of (checked above) decides by the value alone, never its info
            no_info: Any = None
            if runtime_type.is_type_of is not None and runtime_type.is_type_of(value, no_info) is not True:
                raise Failed  # graphql-core reports a value of the wrong type
            answer = by_type[runtime_type][0]
            if not isinstance(value, GeneratorType):
                by_class[type(value)] = answer
            return answer

        def composite_answer(run: Run, value: Any, path: Path | None) -> Any:
            if value is None:
                if non_null:
                    raise Failed
                return None
            answer = by_class.get(type(value))
            if answer is None or getattr(value, TYPE_CAST_ATTRIBUTE, None) is not None:
                if getattr(value, TYPE_CAST_ATTRIBUTE, None) is not None or run.executor.is_awaitable(value):
                    raise Fallback
                answer = checked(value)
            return answer(run, value, path)

        # an answer by class needs no check but the cast one: lists and selections use it at once
        self.classes[composite_answer] = by_class
        return composite_answer, needs


class CompiledQuery:
    """A query operation compiled (see the module docstring); `run` answers it for one request."""

    def __init__(self, schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) -> None:
        if operation.operation is not OperationType.QUERY or schema.query_type is None or operation.directives:
            raise Fallback
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        root = FieldNode(name=NameNode(value="query"), selection_set=operation.selection_set)
        self.answer, _ = _Compiler(schema, fragments).fields(schema.query_type, [root])

    def run(self, executor: LeanExecutor) -> dict[str, Any]:
        """The data of the operation for the request `executor` was built for; raises Fallback
        when the request needs the standard path."""
        answer: dict[str, Any] = self.answer(Run(executor), executor.root_value, None)
        return answer
