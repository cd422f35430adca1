"""Neo4j driver errors translated into netmap's errors, each with what to do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import exceptions as neo

from netmap.errors import ConfigError, ConflictError, StoreError, StoreUnavailableError


@contextmanager
def translated(url: str) -> Iterator[None]:
    """Run a block of driver calls; a driver error comes out as a NetmapError naming `url`."""
    try:
        yield
    except (neo.ServiceUnavailable, neo.SessionExpired) as exc:
        raise StoreUnavailableError(
            f"The Neo4j server at {url} cannot be reached ({_reason(exc)}).",
            "Check that Neo4j runs and that NETMAP_STORE names its Bolt address, e.g. neo4j://localhost:7687 "
            "(neo4j+s://… for Aura and other servers with TLS).",
        ) from exc
    except neo.AuthError as exc:
        raise ConfigError(
            f"The Neo4j server at {url} refused the user name or password.",
            "Check NETMAP_NEO4J_USER and NETMAP_NEO4J_PASSWORD.",
        ) from exc
    except neo.Forbidden as exc:
        raise StoreError(
            f"The Neo4j user may not do this on {url}: {_reason(exc)}.",
            "Give the user of NETMAP_NEO4J_USER write access to the database (or use a read-only command).",
        ) from exc
    except neo.ConfigurationError as exc:
        raise ConfigError(
            f"The Neo4j store URL {url!r} cannot be used: {_reason(exc)}.",
            "Write it as neo4j://HOST:7687, bolt://HOST:7687 or neo4j+s://HOST for TLS and Aura.",
        ) from exc
    except neo.ConstraintError as exc:
        raise ConflictError(
            f"Neo4j refused the change: {_reason(exc)}. Nothing was changed.",
            "An id is already taken; use another id or change the existing item.",
        ) from exc
    except neo.TransientError as exc:
        raise StoreUnavailableError(
            f"The Neo4j server at {url} is busy and the change could not be made ({_reason(exc)}).",
            "Nothing was changed. Try again in a moment.",
        ) from exc
    except neo.ClientError as exc:
        if exc.code and exc.code.endswith("DatabaseNotFound"):
            raise ConfigError(
                f"The Neo4j server at {url} has no such database: {_reason(exc)}.",
                "Check NETMAP_NEO4J_DATABASE, or leave it unset to use the server's default database.",
            ) from exc
        raise StoreError(
            f"Neo4j refused a statement: {_reason(exc)}.", "This is a bug in netmap; please report it."
        ) from exc
    except (neo.Neo4jError, neo.DriverError) as exc:
        raise StoreError(
            f"Working with the Neo4j store at {url} failed: {_reason(exc)}.",
            "Nothing was changed. Check the Neo4j server's log.",
        ) from exc


def _reason(exc: Exception) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(message).rstrip(".")
