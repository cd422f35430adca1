from __future__ import annotations

import pytest

from netmap.errors import ConfigError
from netmap.settings import DEFAULT_STORE, Settings


def test_defaults_without_environment() -> None:
    settings = Settings.from_env({})
    assert settings.store_url == DEFAULT_STORE == "sqlite:///netmap.db"
    assert not settings.production


def test_secrets_never_print() -> None:
    settings = Settings.from_env({"NETMAP_NEO4J_PASSWORD": "hunter2", "NETMAP_ENV": "production"})
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.neo4j_password)
    assert settings.neo4j_password.reveal() == "hunter2"
    assert settings.production


def test_unknown_mode_is_explained() -> None:
    with pytest.raises(ConfigError, match="NETMAP_ENV"):
        Settings.from_env({"NETMAP_ENV": "staging"})


def test_request_limits_are_read_and_checked() -> None:
    settings = Settings.from_env({"NETMAP_MAX_BODY_BYTES": "5000", "NETMAP_RATE_LIMIT": "0"})
    assert settings.max_body_bytes == 5000 and settings.rate_limit_per_minute == 0
    assert Settings.from_env({}).rate_limit_per_minute == 600
    with pytest.raises(ConfigError, match="NETMAP_RATE_LIMIT is 'viel'; it must be a whole number"):
        Settings.from_env({"NETMAP_RATE_LIMIT": "viel"})
