"""Erasing a person from the drafts: the proposals of a press release may name a person who is
later erased (`erasePerson`). Drafts are working copies, so every trace of the person — id, name,
aliases, each word of them and its ASCII form as draft ids use it — is replaced by a placeholder
in every draft; a draft whose id held the name is stored under the redacted id. Over-redaction
of a draft is accepted (a reviewer can extract the press release again); a leak is not."""

from __future__ import annotations

import re
from typing import Any

from netmap.ingest.extract.drafts import COLLECTION, slug
from netmap.model import Node
from netmap.store.base import GraphStore

PLACEHOLDER = "[gelöscht]"
ID_PLACEHOLDER = "geloescht"


def _traces(node: Node) -> list[str]:
    """The strings that identify `node`, longest first."""
    names = [node.name, *node.aliases]
    words = {w for name in names for w in re.split(r"[\W_]+", name) if len(w) >= 3}
    found = {node.id, *names, *words, *(slug(w) for w in words)}
    return sorted((t for t in found if t), key=len, reverse=True)


def _scrub(value: Any, pattern: re.Pattern[str], replacement: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_scrub(v, pattern, replacement) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, pattern, replacement) for k, v in value.items()}
    return value


def redact_person(store: GraphStore, node: Node) -> int:
    """Remove every trace of `node` from the drafts; returns how many drafts changed."""
    pattern = re.compile("|".join(re.escape(t) for t in _traces(node)), re.IGNORECASE)
    changed = 0
    for draft_id, data in store.list_records(COLLECTION):
        new_id = pattern.sub(ID_PLACEHOLDER, draft_id)
        if new_id != draft_id:  # the id itself names the person: store the draft anew
            scrubbed = _scrub(data, pattern, PLACEHOLDER)
            scrubbed["id"] = new_id
            store.put_record(COLLECTION, new_id, scrubbed)
            store.delete_record(COLLECTION, draft_id)
        elif _scrub(data, pattern, PLACEHOLDER) != data:
            # in one write transaction, so a decision an editor records meanwhile is kept
            store.update_record(COLLECTION, draft_id, lambda d: _scrub(d, pattern, PLACEHOLDER))
        else:
            continue
        changed += 1
    return changed
