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


def store_error(exc: sqlite3.Error, path: str, doing: str) -> StoreError:
    """A StoreError for `exc`, raised while `doing` ("opening", "reading", "writing") the store
    at `path`. Returns the error; the caller raises it `from exc`."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    unchanged = " Nothing was changed." if doing == "writing" else ""
    if code == SQLITE_FULL:
        return StoreError(
            f"The disk or the database is full: {doing} the store {path} failed.{unchanged}",
            f"Free space on the disk that holds {path} (or move the store to a larger disk), then try again.",
        )
    if code == SQLITE_READONLY:
        return StoreError(
            f"The store file {path} cannot be written: it is read-only for this process "
            f"(file permissions, a read-only disk, or a read-only mount).{unchanged}",
            f"Make {path} and its folder writable for the user netmap runs as (SQLite also writes "
            f"{path}-wal and {path}-shm beside it), or point NETMAP_STORE at a writable copy.",
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreError(
            f"The store {path} is busy: another process kept it locked for too long.{unchanged}",
            "Try again in a moment; if it stays busy, look for a stuck netmap process using the same file.",
        )
    if code == SQLITE_CANTOPEN:
        return StoreError(
            f"The store file {path} cannot be opened.",
            "Check that its folder exists and that the user netmap runs as may read and write there.",
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StoreError(
            f"The file {path} is not a netmap store, or it is damaged.",
            "Check that NETMAP_STORE names the right file; if it is damaged, restore it from a backup.",
        )
    if code == SQLITE_IOERR:
        return StoreError(
            f"The disk reported an error while {doing} the store {path}: {exc}.{unchanged}",
            "Check the disk (free space, health, a network drive that went away), then try again.",
        )
    return StoreError(
        f"{doing.capitalize()} the SQLite store {path} failed: {exc}.{unchanged}",
        "Check that the file is writable and the disk is not full.",
    )
