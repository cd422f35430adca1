"""Where netmap finds the folders it ships: graph_schema/ and web/.

In a checkout (and an editable install) they sit beside the package; a wheel carries them
inside the package (see `force-include` in pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"netmap cannot find its folder {name!r} next to {_PACKAGE}.")
