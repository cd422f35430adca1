from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.auth.tokens import COLLECTION, check_token, create_token, revoke_token
from netmap.cli import main
from netmap.errors import ConflictError, ValidationError
from netmap.settings import Settings
from netmap.store.base import GraphStore
from netmap.store.sqlite import SQLiteStore
from tests.api_helpers import post

WHO = '{ actor(id: "person-erika") { name } }'


def test_cli_creates_lists_and_revokes_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NETMAP_STORE", f"sqlite:///{tmp_path / 'cli.db'}")
    assert main(["token", "create", "--role", "editor", "--name", "anna"]) == 0
    out = capsys.readouterr().out
    token = next(line for line in out.splitlines() if line.startswith("netmap_"))
    assert "not shown again" in out
    assert main(["token", "list"]) == 0
    listed = capsys.readouterr().out
    assert "anna\teditor" in listed and token not in listed
    with closing(SQLiteStore(tmp_path / "cli.db")) as store:
        record = store.get_record(COLLECTION, "anna")
        assert record is not None and token not in str(record) and len(record["hash"]) == 64
        info = check_token(store, token)
        assert info is not None and info.role == "editor"
    assert main(["token", "revoke", "anna"]) == 0
    assert main(["token", "revoke", "anna"]) == 2
    assert "No token with id 'anna'" in capsys.readouterr().err
    with closing(SQLiteStore(tmp_path / "cli.db")) as store:
        assert check_token(store, token) is None


def test_bad_names_roles_and_duplicates_are_refused(graph_store: GraphStore) -> None:
    with pytest.raises(ValidationError, match="role"):
        create_token(graph_store, "x", "owner")
    with pytest.raises(ValidationError, match="name"):
        create_token(graph_store, "two words", "reader")
    create_token(graph_store, "x", "reader")
    with pytest.raises(ConflictError, match="exists already"):
        create_token(graph_store, "x", "admin")


def test_bearer_token_decides_what_is_seen_and_bad_tokens_get_401(graph_store: GraphStore) -> None:
    token = create_token(graph_store, "rita", "reader")
    with TestClient(create_app(Settings(), graph_store)) as client:
        assert post(client, WHO)["data"]["actor"] is None
        assert post(client, WHO, token)["data"]["actor"] == {"name": "Erika Beispiel"}
        wrong = client.post("/graphql", json={"query": WHO}, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "not valid" in wrong.json()["error"]
        assert wrong.headers["WWW-Authenticate"] == "Bearer"
        basic = client.post("/graphql", json={"query": WHO}, headers={"Authorization": "Basic abc"})
        assert basic.status_code == 401 and "Bearer <token>" in basic.json()["error"]
        revoke_token(graph_store, "rita")
        revoked = client.post("/graphql", json={"query": WHO}, headers={"Authorization": f"Bearer {token}"})
        assert revoked.status_code == 401
