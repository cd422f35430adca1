"""Who is asking: `Authorization: Bearer <token>` → a Viewer with the token's role and name.
No header means the anonymous viewer; a wrong or revoked token is refused with 401, never
quietly treated as anonymous."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from netmap.api.viewer import ANONYMOUS, Viewer
from netmap.auth.tokens import check_token
from netmap.store.base import GraphStore


class BadToken(Exception):
    """The request sent a token netmap does not accept (message says why, in plain words)."""


def viewer_of(conn: HTTPConnection, store: GraphStore) -> Viewer:
    """The viewer the request's Authorization header names; raises BadToken if it names none."""
    header = conn.headers.get("authorization")
    if header is None or not header.strip():
        return ANONYMOUS
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise BadToken("The Authorization header must read 'Bearer <token>'.")
    info = check_token(store, token.strip())
    if info is None:
        raise BadToken(
            "This token is not valid: it is mistyped or has been revoked. "
            "Ask an admin for a new one (netmap token create), or send no token to see public data only."
        )
    return Viewer(role=info.role, name=info.name)
