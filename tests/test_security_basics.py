"""Security basics of the web surface: headers on pages, CORS closed unless configured, GraphQL
only as POST with a JSON body (so a form on another site cannot send a mutation: no CSRF)."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from netmap.api.app import create_app
from netmap.errors import ConfigError
from netmap.settings import Settings
from netmap.store.base import GraphStore

PARTNER = "https://partner.example"
PREFLIGHT = {
    "Origin": PARTNER,
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "content-type",
}


@pytest.mark.parametrize("path", ["/", "/maps/demo", "/graphql", "/health", "/maps/no-such-map"])
def test_pages_carry_security_headers(demo_client: TestClient, path: str) -> None:
    response = demo_client.get(path, headers={"accept": "text/html"})
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors" in csp
    assert "unsafe-eval" not in csp and "script-src 'self' 'unsafe-inline'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"


def test_cors_is_closed_by_default(client: TestClient) -> None:
    preflight = client.options("/graphql", headers=PREFLIGHT)
    assert "access-control-allow-origin" not in preflight.headers
    response = client.post("/graphql", json={"query": "{ actors { totalCount } }"}, headers={"Origin": PARTNER})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


def test_cors_opens_only_for_the_configured_origins(graph_store: GraphStore) -> None:
    settings = Settings.from_env({"NETMAP_CORS_ORIGINS": f"{PARTNER}, https://other.example/"})
    assert settings.cors_origins == (PARTNER, "https://other.example")
    with TestClient(create_app(settings, graph_store)) as client:
        preflight = client.options("/graphql", headers=PREFLIGHT)
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == PARTNER
        assert "POST" in preflight.headers["access-control-allow-methods"]
        response = client.post("/graphql", json={"query": "{ actors { totalCount } }"}, headers={"Origin": PARTNER})
        assert response.headers["access-control-allow-origin"] == PARTNER
        stranger = client.options("/graphql", headers={**PREFLIGHT, "Origin": "https://evil.example"})
        assert stranger.status_code == 400
        assert "access-control-allow-origin" not in stranger.headers


@pytest.mark.parametrize("value", ["partner.example", "https://partner.example/map", "ftp://x"])
def test_a_cors_origin_that_is_not_an_origin_is_a_clear_config_error(value: str) -> None:
    with pytest.raises(ConfigError, match="not a web origin"):
        Settings.from_env({"NETMAP_CORS_ORIGINS": value})


def test_graphql_over_get_is_refused(client: TestClient) -> None:
    response = client.get(
        "/graphql", params={"query": "{ actors { totalCount } }"}, headers={"accept": "application/json"}
    )
    assert response.status_code == 400
    assert "only as POST with a JSON body" in response.json()["error"]


def test_a_form_post_is_refused(client: TestClient, graph_store: GraphStore) -> None:
    """What a hostile page's <form method=post> can send: form-encoded or multipart bodies."""
    before = graph_store.revision()
    for kwargs in (
        {"data": {"query": "{ actors { totalCount } }"}},
        {"files": {"query": ("q", b"{ actors { totalCount } }")}},
    ):
        response = client.post("/graphql", **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 415
        assert "forms and other content types are refused" in response.json()["error"]
    assert graph_store.revision() == before
