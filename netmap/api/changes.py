"""GraphQL for where facts come from and how they changed: `sources` and `history(actorId)`."""

from __future__ import annotations

from typing import Annotated, cast

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.permissions import allowed
from netmap.api.results import Forbidden, NotFound, forbidden
from netmap.api.types import Source
from netmap.store.base import HistoryEntry


@strawberry.type(description="One field of a change: its value before and after (as text; null where empty).")
class FieldChange:
    field: str
    before: str | None
    after: str | None


@strawberry.type(description="One recorded change: who, when, what, before and after.")
class Change:
    revision: int
    at: str
    author: str = strawberry.field(description="The token name of the editor, or 'cli' for the command line.")
    action: str = strawberry.field(description="create, update, delete or erase")
    subject_kind: str = strawberry.field(description="node, relation or source")
    subject_id: str
    before: JSON | None
    after: JSON | None
    fields: list[FieldChange]


@strawberry.type(description="Recorded changes, newest first.")
class History:
    changes: list[Change]


HistoryResult = Annotated[History | NotFound | Forbidden, strawberry.union("HistoryResult")]


def change_of(entry: HistoryEntry) -> Change:
    fields = [FieldChange(field=key, before=old, after=new) for key, old, new in entry.changed_fields()]
    return Change(
        revision=entry.revision,
        at=entry.at,
        author=entry.author,
        action=entry.action,
        subject_kind=entry.subject_kind,
        subject_id=entry.subject_id,
        before=cast(JSON, entry.before),
        after=cast(JSON, entry.after),
        fields=fields,
    )


@strawberry.type
class ChangesQuery:
    @strawberry.field(description="Every source (document) facts are learnt from, ordered by id.")
    def sources(self, info: Info[Context, None]) -> list[Source]:
        return [Source.of(s) for s in info.context.store.all_sources()]

    @strawberry.field(
        description="Recorded changes of one actor and its relations (or of everything), newest first. Needs the role reader."
    )
    async def history(
        self, info: Info[Context, None], actor_id: strawberry.ID | None = None, limit: int = 100
    ) -> HistoryResult:
        if not allowed(info, "reader"):
            return forbidden("reader")
        store = info.context.store
        if actor_id is not None and not store.history(str(actor_id), limit=1) and not store.get_nodes([str(actor_id)]):
            return NotFound(id=str(actor_id), message=f"No actor with id {str(actor_id)!r} exists or has a history.")
        entries = store.history(str(actor_id) if actor_id is not None else None, limit=max(1, min(limit, 1000)))
        return History(changes=[change_of(e) for e in entries])
