"""The README must mention every command, setting and graph_schema kind."""

from __future__ import annotations

import re
from pathlib import Path

from netmap.cli import build_parser
from netmap.schema import default_schema
from netmap.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_quick_start_shows_the_two_commands_first() -> None:
    quick = README.split("## Quick start", 1)[1]
    first_block = quick.split("```", 2)[1]
    assert "make run" in first_block and "make test" in first_block


def test_every_cli_command_is_documented() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"`netmap {name}" in README, name


def test_every_setting_is_documented() -> None:
    assert Settings.__doc__
    for variable in re.findall(r"NETMAP_[A-Z0-9_]+", Settings.__doc__):
        assert f"`{variable}`" in README, variable


def test_every_schema_kind_is_documented() -> None:
    schema = default_schema()
    for kind in [*schema.nodes, *schema.relations]:
        assert f"`{kind}`" in README, kind
