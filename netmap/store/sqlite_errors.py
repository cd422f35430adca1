"""SQLite's errors in plain words: what went wrong with the store file and what to do.

SQLite reports a full disk, a read-only file or a busy database each by its own result code
(https://www.sqlite.org/rescode.html); `store_error` turns the code into a StoreError whose
message names the file and whose hint says what the person running netmap can do.
"""

from __future__ import annotations

import sqlite3

from netmap.errors import StoreError

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


_FULL = (
    "The disk or the database is full: {doing} the store {path} failed.{unchanged}",
    "Free space on the disk that holds {path} (or move the store to a larger disk), then try again.",
)
_READONLY = (
    "The store file {path} cannot be written: it is read-only for this process "
    "(file permissions, a read-only disk, or a read-only mount).{unchanged}",
    "Make {path} and its folder writable for the user netmap runs as (SQLite also writes "
    "{path}-wal and {path}-shm beside it), or point NETMAP_STORE at a writable copy.",
)
_BUSY = (
    "The store {path} is busy: another process kept it locked for too long.{unchanged}",
    "Try again in a moment; if it stays busy, look for a stuck netmap process using the same file.",
)
_CANTOPEN = (
    "The store file {path} cannot be opened.",
    "Check that its folder exists and that the user netmap runs as may read and write there.",
)
_DAMAGED = (
    "The file {path} is not a netmap store, or it is damaged.",
    "Check that NETMAP_STORE names the right file; if it is damaged, restore it from a backup.",
)
_IOERR = (
    "The disk reported an error while {doing} the store {path}: {exc}.{unchanged}",
    "Check the disk (free space, health, a network drive that went away), then try again.",
)
_OTHER = (
    "{Doing} the SQLite store {path} failed: {exc}.{unchanged}",
    "Check that the file is writable and the disk is not full.",
)
# (message, hint) by SQLite's primary result code; the messages are format strings.
ADVICE: dict[int, tuple[str, str]] = {
    SQLITE_FULL: _FULL,
    SQLITE_READONLY: _READONLY,
    SQLITE_BUSY: _BUSY,
    SQLITE_LOCKED: _BUSY,
    SQLITE_CANTOPEN: _CANTOPEN,
    SQLITE_CORRUPT: _DAMAGED,
    SQLITE_NOTADB: _DAMAGED,
    SQLITE_IOERR: _IOERR,
}


def store_error(exc: sqlite3.Error, path: str, doing: str) -> StoreError:
    """A StoreError for `exc`, raised while `doing` ("opening", "reading", "writing") the store
    at `path`. Returns the error; the caller raises it `from exc`."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    message, hint = ADVICE.get(code, _OTHER)
    words = {
        "path": path,
        "doing": doing,
        "Doing": doing.capitalize(),
        "exc": exc,
        "unchanged": " Nothing was changed." if doing == "writing" else "",
    }
    return StoreError(message.format(**words), hint.format(**words))
