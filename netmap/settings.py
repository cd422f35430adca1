"""Settings as one typed object, read from the environment once."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from netmap.errors import ConfigError

DEFAULT_STORE = "sqlite:///netmap.db"


class Secret:
    """A value that never prints: repr and str show only that it is set."""

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Every NETMAP_* variable netmap reads.

    NETMAP_STORE            where the graph lives: sqlite:///PATH (default sqlite:///netmap.db)
                            or neo4j://HOST:7687 / neo4j+s://HOST
    NETMAP_ENV              `production` turns off GraphiQL, introspection and field suggestions
    NETMAP_NEO4J_USER       Neo4j user name (default neo4j)
    NETMAP_NEO4J_PASSWORD   Neo4j password (never printed)
    NETMAP_NEO4J_DATABASE   Neo4j database (default: the server's default)
    NETMAP_MAX_BODY_BYTES   largest GraphQL request body accepted (default 100000; larger: 413)
    NETMAP_RATE_LIMIT       GraphQL requests per minute per client (token or address; default 600;
                            0 turns the limit off; over it: 429 with Retry-After)
    NETMAP_CORS_ORIGINS     web origins whose pages may call GraphQL from the browser, comma-separated
                            (e.g. https://partner.example); unset: none (CORS closed); `*`: any
    NETMAP_MAP_LAYOUT_ABOVE maps with more actors than this get positions computed on the server
                            and are drawn with physics off (default 300)
    NETMAP_ANALYSIS_APPROX_ABOVE  above this many actors betweenness is estimated by sampling
                            (default 5000)
    """

    store_url: str = DEFAULT_STORE
    env: str = "development"
    neo4j_user: str = "neo4j"
    neo4j_password: Secret = field(default_factory=lambda: Secret(""))
    neo4j_database: str | None = None
    max_body_bytes: int = 100_000
    rate_limit_per_minute: int = 600
    cors_origins: tuple[str, ...] = ()
    map_layout_above: int = 300
    analysis_approx_above: int = 5000

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def store_shown(self) -> str:
        """The store URL as it may be printed: a password inside it (user:password@host) is hidden."""
        scheme, sep, rest = self.store_url.partition("://")
        userinfo, at, host = rest.rpartition("@")
        if not sep or not at or ":" not in userinfo or scheme == "sqlite":
            return self.store_url
        return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        mode = env.get("NETMAP_ENV", "development").strip().lower() or "development"
        if mode not in {"development", "production", "test"}:
            raise ConfigError(f"NETMAP_ENV is {mode!r}; it must be 'development', 'production' or 'test'.")
        return cls(
            store_url=env.get("NETMAP_STORE", "").strip() or DEFAULT_STORE,
            env=mode,
            neo4j_user=env.get("NETMAP_NEO4J_USER", "neo4j"),
            neo4j_password=Secret(env.get("NETMAP_NEO4J_PASSWORD", "")),
            neo4j_database=env.get("NETMAP_NEO4J_DATABASE") or None,
            max_body_bytes=_whole_number(env, "NETMAP_MAX_BODY_BYTES", 100_000),
            rate_limit_per_minute=_whole_number(env, "NETMAP_RATE_LIMIT", 600),
            cors_origins=_origins(env.get("NETMAP_CORS_ORIGINS", "")),
            map_layout_above=_whole_number(env, "NETMAP_MAP_LAYOUT_ABOVE", 300),
            analysis_approx_above=_whole_number(env, "NETMAP_ANALYSIS_APPROX_ABOVE", 5000),
        )


def _whole_number(env: Mapping[str, str], name: str, default: int) -> int:
    """The setting `name` as a whole number of 0 or more; `default` when unset."""
    text = env.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit():
        raise ConfigError(f"{name} is {text!r}; it must be a whole number of 0 or more, e.g. {default}.")
    return int(text)


def _origins(text: str) -> tuple[str, ...]:
    """NETMAP_CORS_ORIGINS as a tuple of origins (scheme://host[:port]), or ("*",)."""
    origins = tuple(o.strip().rstrip("/") for o in text.split(",") if o.strip())
    for origin in origins:
        scheme, _, rest = origin.partition("://")
        if origin != "*" and (scheme not in {"http", "https"} or not rest or "/" in rest):
            raise ConfigError(
                f"NETMAP_CORS_ORIGINS names {origin!r}, which is not a web origin.",
                "Write origins as scheme and host, comma-separated, e.g. https://partner.example,"
                "https://www.partner.example:8443 (no path), or * for any.",
            )
    return origins
