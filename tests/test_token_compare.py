"""Tokens are compared in constant time: `check_token` hashes the presented token and compares it
with every stored hash through `hmac.compare_digest`, without stopping at the first match or
mismatch. A near-miss token (one character off) exercises it. What this shows and what not is
written in RELIABILITY.md (Security basics)."""

from __future__ import annotations

import hmac
from pathlib import Path

import pytest

from netmap.auth import tokens
from netmap.auth.tokens import check_token, create_token
from netmap.store.sqlite import SQLiteStore


def test_near_miss_token_goes_through_compare_digest_for_every_stored_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SQLiteStore(tmp_path / "t.db")
    made = {name: create_token(store, name, "editor") for name in ("a", "b", "c")}
    calls: list[tuple[str, str]] = []
    compare = hmac.compare_digest

    def recording(a: str, b: str) -> bool:
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", recording)
    token = made["b"]
    near_miss = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert check_token(store, near_miss) is None
    assert len(calls) == 3  # every stored hash compared, none skipped
    stored = {str(data["hash"]) for _, data in store.list_records("tokens")}
    assert {b for _, b in calls} == stored and token not in str(calls)  # hashes compared, never the token
    calls.clear()
    match = check_token(store, token)
    assert match is not None and match.name == "b" and len(calls) == 3  # no early exit on a match either
    store.close()


def test_a_password_inside_the_store_url_is_never_shown() -> None:
    from netmap.settings import Settings

    shown = Settings(store_url="neo4j+s://netmap:Geheim-42@db.example:7687").store_shown
    assert shown == "neo4j+s://netmap:***@db.example:7687" and "Geheim-42" not in shown
    assert Settings(store_url="sqlite:///data/netmap.db").store_shown == "sqlite:///data/netmap.db"
    assert Settings(store_url="neo4j://db.example:7687").store_shown == "neo4j://db.example:7687"
