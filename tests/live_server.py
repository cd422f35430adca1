"""A real netmap server on 127.0.0.1 and headless Chromium (Debian's package) for browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def netmap_server(store_url: str, *args: str) -> Iterator[str]:
    """`netmap serve` as a subprocess on a free port; yields its base URL once /health answers.
    Its log is printed if it does not come up or when a test fails."""
    port = free_port()
    env = {**os.environ, "NETMAP_STORE": store_url}
    cmd = [
        sys.executable,
        "-c",
        "from netmap.cli import main; raise SystemExit(main())",
        "serve",
        "--port",
        str(port),
        *args,
    ]
    log_path = ARTIFACTS / f"server-{port}.log"
    ARTIFACTS.mkdir(exist_ok=True)
    with log_path.open("w") as log:
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    with urllib.request.urlopen(base + "/health", timeout=1):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("netmap serve did not answer:\n" + log_path.read_text()) from None
                    time.sleep(0.1)
            yield base
        except BaseException:
            print(log_path.read_text(), file=sys.stderr)
            raise
        else:
            log_path.unlink()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def launch_chromium(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
