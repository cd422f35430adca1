"""netmap's errors, one tree. Every error carries a plain-language message and what to do.

    NetmapError                    base: .message, .hint
    ├── ConfigError                a setting is missing or malformed (NETMAP_STORE, ...)
    ├── SchemaError                graph_schema/ itself cannot be read
    ├── ValidationError            a node or relation breaks graph_schema (.field, .value, .allowed)
    ├── NotFoundError              an actor, relation or map does not exist (.what, .ident)
    ├── ConflictError              the change clashes with what is stored (duplicate id, ...)
    ├── ImportFileError            an import file is unreadable or has errors (.problems)
    │   └── ImportRowError         one problem: file, row, column, reason
    └── StoreError                 the store cannot be opened, read or written
        └── StoreUnavailableError  the database server cannot be reached

HTTP and GraphQL map these to responses in one place each (`netmap/api/`).
"""

from __future__ import annotations

from collections.abc import Sequence


class NetmapError(Exception):
    """Base of all errors netmap raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ConfigError(NetmapError):
    hint = "Check the NETMAP_* environment variables (see README, 'Settings')."


class SchemaError(NetmapError):
    hint = "Check graph_schema/schema.toml."


class ValidationError(NetmapError):
    """A value breaks graph_schema. Names the field, the value given and what is allowed."""

    def __init__(self, field: str, value: object, allowed: str, subject: str = "") -> None:
        where = f"{subject}: " if subject else ""
        super().__init__(
            f"{where}field '{field}' has the value {value!r}, which is not allowed.",
            f"Allowed: {allowed}.",
        )
        self.field = field
        self.value = value
        self.allowed = allowed
        self.subject = subject


class NotFoundError(NetmapError):
    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"No {what} with id {ident!r} exists.", "Check the id (ids are case-sensitive).")
        self.what = what
        self.ident = ident


class ConflictError(NetmapError):
    pass


class ImportRowError(NetmapError):
    """One problem in an import file: which file (or sheet), row, column, and why."""

    def __init__(self, file: str, row: int, column: str, reason: str) -> None:
        place = f"{file}, row {row}" + (f", column '{column}'" if column else "")
        super().__init__(f"{place}: {reason}")
        self.file = file
        self.row = row
        self.column = column
        self.reason = reason


class ImportFileError(NetmapError):
    """An import was refused; nothing was written. `.problems` lists every row error found."""

    hint = "Nothing was imported. Correct the rows named above and import again."

    def __init__(self, message: str, problems: Sequence[ImportRowError] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)

    def __str__(self) -> str:
        lines = [self.message, *(f"  - {p.message}" for p in self.problems), self.hint]
        return "\n".join(lines)


class StoreError(NetmapError):
    pass


class StoreUnavailableError(StoreError):
    hint = "Check that the database server runs and that NETMAP_STORE points at it."
