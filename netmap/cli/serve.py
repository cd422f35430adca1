"""`netmap serve`: the map pages and GraphQL over HTTP."""

from __future__ import annotations

import argparse
import gc
import sys

from netmap.settings import Settings
from netmap.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="serve the map pages and GraphQL")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="load the demo network first if the store is empty")
    serve.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from netmap.api.app import create_app
    from netmap.cli.one_write import OneWriteProtocol
    from netmap.ingest.seeds import load_demo_if_empty

    store = open_store(settings.store_url, settings)
    try:
        if args.demo:
            report = load_demo_if_empty(store)
            if report is not None:
                print(f"Loaded the demo network into the empty store:\n{report.summary()}")
        counts = store.counts_by_kind()
    finally:
        store.close()
    base = f"http://{args.host}:{args.port}"
    print(f"netmap serves the store {settings.store_shown} ({sum(counts.values())} actors)")
    print(f"  map:     {base}/maps/demo")
    print(f"  GraphQL: {base}/graphql")
    print(f"  health:  {base}/health")
    sys.stdout.flush()
    app = create_app(settings)
    # What is loaded by now (modules, the GraphQL schema) lives as long as the server: frozen out
    # of the garbage collector's way, a collection during a request walks only what requests made
    # (a full collection of the whole heap took over 100 ms in the middle of a GraphQL page).
    gc.collect()
    gc.freeze()
    # No access log (at level "warning" uvicorn would work out each line's parts and then drop it)
    # and no "server: uvicorn" header (it tells an attacker what runs here). A response's head and
    # body go out in one write (netmap/cli/one_write.py).
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        http=OneWriteProtocol,
        log_level="warning",
        access_log=False,
        server_header=False,
    )
    return 0
