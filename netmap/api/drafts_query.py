"""GraphQL for reviewing extracted proposals: list drafts, extract a pasted press release into a
draft, accept or reject each proposal. Editors only (drafts hold names of people)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.permissions import allowed
from netmap.api.results import Conflict, Forbidden, NotFound, ValidationProblem, forbidden, problem_of
from netmap.errors import NetmapError

ROLE = "editor"


@strawberry.type(description="A proposed actor, with the sentence that states it.")
class ActorProposal:
    id: str
    kind: str
    name: str
    aliases: list[str]
    type: str = strawberry.field(description="project type (Project only)")
    role: str = strawberry.field(description="function of a person, e.g. Geschäftsführerin")
    evidence: str
    span_start: int
    span_end: int
    confidence: float
    status: str = strawberry.field(description="pending, accepted or rejected")
    match_id: str | None = strawberry.field(description="the existing actor this names, if any")
    match_name: str | None
    node_id: str | None = strawberry.field(description="the actor written when accepted")


@strawberry.type(description="A proposed relation between two proposed actors.")
class RelationProposal:
    id: str
    kind: str
    from_id: str = strawberry.field(description="actor proposal id")
    to_id: str
    from_name: str
    to_name: str
    form: str | None
    role: str | None
    programme: str | None
    evidence: str
    span_start: int
    span_end: int
    confidence: float
    status: str
    relation_id: str | None


@strawberry.type(description="The proposals of one press release, waiting for review.")
class Draft:
    id: str
    file_name: str
    title: str
    date: str
    created_at: str
    actors: list[ActorProposal]
    relations: list[RelationProposal]


@strawberry.type
class DraftList:
    drafts: list[Draft]


@strawberry.type(description="A proposal was accepted (written into the graph) or rejected.")
class ProposalDecision:
    draft_id: str
    proposal_id: str
    status: str
    written_id: str | None = strawberry.field(description="the node or relation written, when accepted")


def draft_of(data: dict[str, Any]) -> Draft:
    names = {e["id"]: e["name"] for e in data["entities"]}
    actors = [
        ActorProposal(
            id=e["id"], kind=e["kind"], name=e["name"], aliases=list(e.get("aliases", [])), type=e.get("type", ""),
            role=e.get("role", ""), evidence=e["evidence"], span_start=e["span"][0], span_end=e["span"][1],
            confidence=e["confidence"], status=e["status"], match_id=(e.get("match") or {}).get("id"),
            match_name=(e.get("match") or {}).get("name"), node_id=e.get("node_id") or None,
        )  # fmt: skip
        for e in data["entities"]
    ]
    relations = [
        RelationProposal(
            id=r["id"], kind=r["kind"], from_id=r["from"], to_id=r["to"], from_name=names.get(r["from"], ""),
            to_name=names.get(r["to"], ""), form=r["properties"].get("form"), role=r["properties"].get("role"),
            programme=r["properties"].get("programme"), evidence=r["evidence"], span_start=r["span"][0],
            span_end=r["span"][1], confidence=r["confidence"], status=r["status"], relation_id=r.get("relation_id") or None,
        )  # fmt: skip
        for r in data["relations"]
    ]
    return Draft(id=data["id"], file_name=data["file_name"], title=data["title"], date=data["date"],
                 created_at=data["created_at"], actors=actors, relations=relations)  # fmt: skip


DraftsResult = Annotated[DraftList | Forbidden, strawberry.union("DraftsResult")]
ExtractResult = Annotated[Draft | ValidationProblem | Forbidden, strawberry.union("ExtractResult")]
DecisionResult = Annotated[
    ProposalDecision | ValidationProblem | NotFound | Forbidden | Conflict, strawberry.union("DecisionResult")
]


@strawberry.type
class DraftQuery:
    @strawberry.field(description="Drafts of extracted proposals (editors only); with `id`, that one draft.")
    def drafts(self, info: Info[Context, None], id: str | None = None) -> DraftsResult:
        if not allowed(info, ROLE):
            return forbidden(ROLE)
        from netmap.ingest.extract.drafts import list_drafts

        found = [d for d in list_drafts(info.context.store) if id is None or d["id"] == id]
        return DraftList(drafts=[draft_of(d) for d in found])


@strawberry.type
class DraftMutation:
    @strawberry.mutation(description="Extract proposals from a pasted press release and keep them as a draft.")
    def extract_draft(self, info: Info[Context, None], file_name: str, text: str) -> ExtractResult:
        if not allowed(info, ROLE):
            return forbidden(ROLE)
        from netmap.ingest.extract.document import document_from_text
        from netmap.ingest.extract.drafts import get_draft, save_draft
        from netmap.ingest.extract.matching import actor_index, match_existing
        from netmap.ingest.extract.proposals import extract_document

        if not text.strip():
            return ValidationProblem(field="text", message="The text is empty. Paste the press release into `text`.")
        store = info.context.store
        extraction = extract_document(document_from_text(file_name, text, PurePath(file_name).suffix.casefold()))
        match_existing(extraction, actor_index(store))
        try:
            draft_id = save_draft(store, extraction, author=info.context.viewer.name)
        except NetmapError as err:
            return ValidationProblem(field="text", message=str(err))
        return draft_of(get_draft(store, draft_id))

    @strawberry.mutation(description="Write one proposal into the graph (validated), citing the press release.")
    def accept_proposal(self, info: Info[Context, None], draft_id: str, proposal_id: str) -> DecisionResult:
        if not allowed(info, ROLE):
            return forbidden(ROLE)
        from netmap.ingest.extract.drafts import accept

        try:
            written = accept(info.context.store, draft_id, proposal_id, author=info.context.viewer.name)
        except NetmapError as err:
            return problem_of(err)
        return ProposalDecision(draft_id=draft_id, proposal_id=proposal_id, status="accepted", written_id=written)

    @strawberry.mutation(description="Mark one proposal rejected: it will not enter the graph.")
    def reject_proposal(self, info: Info[Context, None], draft_id: str, proposal_id: str) -> DecisionResult:
        if not allowed(info, ROLE):
            return forbidden(ROLE)
        from netmap.ingest.extract.drafts import reject

        try:
            reject(info.context.store, draft_id, proposal_id)
        except NetmapError as err:
            return problem_of(err)
        return ProposalDecision(draft_id=draft_id, proposal_id=proposal_id, status="rejected", written_id=None)
