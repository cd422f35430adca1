"""API tokens: made once, shown once, stored only as a SHA-256 hash in the records collection
"tokens" (so every store backend keeps them). A token carries a role and a name; the name is the
author of every change made with it."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from netmap.errors import ConflictError, NotFoundError, ValidationError
from netmap.store.base import GraphStore

COLLECTION = "tokens"
TOKEN_ROLES = ("reader", "editor", "admin")
PREFIX = "netmap_"
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class TokenInfo:
    """What is kept about a token: never the token itself."""

    name: str
    role: str
    created_at: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: GraphStore, name: str, role: str) -> str:
    """Make a token with `role` under `name`; returns the token text (it cannot be shown again)."""
    if role not in TOKEN_ROLES:
        raise ValidationError("role", role, "one of " + ", ".join(TOKEN_ROLES))
    if not NAME_PATTERN.match(name):
        raise ValidationError("name", name, "1–64 letters, digits, '.', '_' or '-', starting with a letter or digit")
    if store.get_record(COLLECTION, name) is not None:
        raise ConflictError(
            f"A token named {name!r} exists already.", "Choose another name, or revoke the old token first."
        )
    token = PREFIX + secrets.token_urlsafe(32)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    store.put_record(COLLECTION, name, {"role": role, "hash": _digest(token), "created_at": created})
    return token


def list_tokens(store: GraphStore) -> list[TokenInfo]:
    """Every token's name, role and creation time, ordered by name."""
    return [
        TokenInfo(name, str(data["role"]), str(data["created_at"])) for name, data in store.list_records(COLLECTION)
    ]


def revoke_token(store: GraphStore, name: str) -> None:
    """Delete the token named `name`; it stops working at once."""
    if not store.delete_record(COLLECTION, name):
        raise NotFoundError("token", name)


def check_token(store: GraphStore, token: str) -> TokenInfo | None:
    """The token's name and role if `token` is a valid, unrevoked token; None otherwise.
    Hashes are compared in constant time."""
    presented = _digest(token)
    match: TokenInfo | None = None
    for name, data in store.list_records(COLLECTION):
        if hmac.compare_digest(presented, str(data.get("hash", ""))):
            match = TokenInfo(name, str(data["role"]), str(data["created_at"]))
    return match
