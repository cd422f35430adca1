"""The answer function of one compiled selection, written as Python source and compiled once.

A page of 50 actors with their relations answers some 2,500 fields; a function call per field
costs more than reading the field. So a selection's fields are read in one generated function:
`source.name` straight into a local, a `str` kept as it is, an enum member looked up in a
dict; only what needs more calls a closure (netmap/api/compiled.py).

Only fixed templates, step numbers and Python attribute names of the schema's own types (checked
to be identifiers) go into the source; the response names (a query's aliases) and everything else
the request brings are passed in as values, never written into the code.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graphql.pyutils import Path
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE

# (run, value or source, path) -> the JSON answer
Answer = Callable[[Any, Any, Path | None], Any]


@dataclass(frozen=True)
class FieldStep:
    """How to answer one field of a selection."""

    response_name: str
    attribute: str | None = None  # a plain field: the attribute it reads
    complete: Answer | None = None  # a plain field: the completion of its value
    path_needed: bool = False  # a plain field: its completion needs the field's path
    text: bool = False  # a String or ID field: a str value is its own answer
    nullable: bool = True
    enum_names: dict[Any, Any] | None = None  # an enum field: the answers found so far by value
    resolve: Answer | None = None  # any other field: its answer from (run, source, path)
    # a plain object field: the answers of its values by class, where the class alone decides
    # (used at once unless the value is cast with strawberry.cast; `complete` decides otherwise)
    classes: dict[type, Answer] | None = None


def _readable(attribute: str | None) -> bool:
    return attribute is not None and attribute.isidentifier() and not keyword.iskeyword(attribute)


def selection_function(steps: list[FieldStep], type_name: str) -> Answer:
    """The answer function of a selection of `steps` on objects of the type `type_name`: given
    (run, source, path of the source) it returns the selection's dict."""
    lines = ["def answer(run, source, path):"]
    namespace: dict[str, Any] = {
        "Path": Path,
        "type_name": type_name,
        "str": str,
        "type": type,
        "getattr": getattr,
        "cast_attribute": TYPE_CAST_ATTRIBUTE,
    }
    for index, step in enumerate(steps):
        value = f"v{index}"
        namespace[f"n{index}"] = step.response_name
        namespace[f"c{index}"] = step.complete
        namespace[f"r{index}"] = step.resolve
        namespace[f"e{index}"] = step.enum_names
        namespace[f"a{index}"] = step.attribute
        namespace[f"k{index}"] = step.classes
        if step.resolve is not None or step.complete is None:
            lines.append(f"    {value} = r{index}(run, source, path)")
            continue
        read = f"source.{step.attribute}" if _readable(step.attribute) else f"getattr(source, a{index})"
        if step.path_needed:
            lines.append(f"    {value} = c{index}(run, {read}, Path(path, n{index}, type_name))")
        elif step.text:
            lines.append(f"    {value} = {read}")
            unless_none = f" and {value} is not None" if step.nullable else ""
            lines.append(f"    if type({value}) is not str{unless_none}:")
            lines.append(f"        {value} = c{index}(run, {value}, None)")
        elif step.classes is not None:
            lines.append(f"    x{index} = {read}")
            lines.append(f"    known = k{index}.get(type(x{index}))")
            lines.append(f"    if known is None or getattr(x{index}, cast_attribute, None) is not None:")
            lines.append(f"        {value} = c{index}(run, x{index}, None)")
            lines.append("    else:")
            lines.append(f"        {value} = known(run, x{index}, None)")
        elif step.enum_names is not None:
            lines.append(f"    x{index} = {read}")
            lines.append("    try:")
            lines.append(f"        {value} = e{index}[x{index}]")
            lines.append("    except (KeyError, TypeError):")
            lines.append(f"        {value} = c{index}(run, x{index}, None)")
        else:
            lines.append(f"    {value} = c{index}(run, {read}, None)")
    entries = ", ".join(f"n{index}: v{index}" for index in range(len(steps)))
    lines.append(f"    return {{{entries}}}")
    exec("\n".join(lines), namespace)  # noqa: S102 - fixed templates only (see the module docstring)
    answer: Answer = namespace["answer"]
    return answer
