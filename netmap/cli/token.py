"""`netmap token`: make, list and revoke API tokens (the token is shown only once)."""

from __future__ import annotations

import argparse

from netmap.auth.tokens import TOKEN_ROLES, create_token, list_tokens, revoke_token
from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    token = sub.add_parser("token", help="make, list and revoke API tokens")
    actions = token.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a token (shown once)")
    create.add_argument("--role", required=True, choices=TOKEN_ROLES, help="what the token may do")
    create.add_argument("--name", required=True, help="who uses it; recorded as the author of changes")
    actions.add_parser("list", help="list tokens (names and roles, never the tokens)")
    revoke = actions.add_parser("revoke", help="revoke a token by name")
    revoke.add_argument("name")
    token.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings.store_url, settings)
    try:
        if args.action == "create":
            secret = create_token(store, args.name, args.role)
            print(f"Token {args.name!r} ({args.role}). Copy it now, it is not shown again:")
            print(secret)
            print("Send it as the HTTP header  Authorization: Bearer <token>")
        elif args.action == "list":
            tokens = list_tokens(store)
            if not tokens:
                print("No tokens yet. Make one with: netmap token create --role reader --name NAME")
            for info in tokens:
                print(f"{info.name}\t{info.role}\tcreated {info.created_at}")
        else:
            revoke_token(store, args.name)
            print(f"Revoked token {args.name!r}; it no longer works.")
    finally:
        store.close()
    return 0
