"""A check on the relations the rules found, before the later rules take runners and funders from
them and again before the classifier adds its own: the type must agree with what the clause naming
the actor says. An actor named only in clauses about money ('das von der Stiftung X mit 9.000 Euro
unterstützt wird', 'Der Kreis übernimmt den Eigenanteil') funds the project rather than running it;
an actor named only as the agent of carrying it out ('… und vom Landratsamt koordiniert wird') runs
it rather than funding it; a body that coordinates or invites to a network ('das vom Kommunalen
Integrationszentrum koordiniert wird', '…, zu dem das Integrationsbüro eingeladen hatte') runs it
and is no member. A clause here is the stretch between commas, semicolons, colons, dashes and
'und' / 'sowie' outside actors' names."""

from __future__ import annotations

import re
from dataclasses import replace

from netmap.ingest.extract.carriers import is_partner_list
from netmap.ingest.extract.heads import is_public_body
from netmap.ingest.extract.lexicon import MEMBERSHIP_CUES
from netmap.ingest.extract.membership_fallback import crowded_networks
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, relation_key

# money words: what a funder does in its clause
MONEY = re.compile(
    r"\bEuro\b|€|gefördert|\bfördert|fördern\b|finanziert|finanzier|Zuschuss|bezuschusst|Eigenanteil|Fördermittel|"
    r"Förderung\b|\bMitteln\b|mitteln\b|bewilligt|Spende|kosten\b",
    re.IGNORECASE,
)
# carrying-out words: what a runner does in its clause (not 'übernimmt': 'übernimmt den Eigenanteil')
CARRYING_OUT = re.compile(
    r"\bTräger|getragen|\bträgt\b|durchführ|durchgeführt|\bführt\b.*\bdurch\b|umgesetzt|umsetzt|koordinier|"
    r"betreibt|betrieben|\bleitet\b|geleitet|organisiert|veranstaltet|angesiedelt|\bbietet\b|angeboten|verantwortet",
    re.IGNORECASE,
)
# leading a network: carrying it out, inviting to it, calling it together
LEADING = re.compile(CARRYING_OUT.pattern + r"|eingeladen|\blädt\b|einberuf|geführt\b|\bführt\b", re.IGNORECASE)
_SEPARATORS = frozenset({",", ";", ":", "–", "-", "und", "sowie"})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
_AGENT = frozenset({"von", "vom", "durch"})
_RECIPIENT = frozenset({"an", "für"})
_PASSIVE_OR_RECEIVING = re.compile(
    r"\b(?:wird|werden|wurde|wurden|erhält|erhalten|erhielt|bekommt|bekommen|bekam|gehen|geht|ging|gingen)\b",
    re.IGNORECASE,
)
_NETWORK = re.compile(r"Netzwerk|Runde[rn]? Tisch|Arbeitskreis|Bündnis|Verbund|Arbeitsgemeinschaft|Allianz|Liga\b")
_FUNDER_WORDS = re.compile(r"Stiftung|Sparkasse|Bank\b|Lotterie|Ministerium|Aktion Mensch")


def checked(views: list[SentenceView], found: list[Found]) -> list[Found]:
    """`found` with RUNS turned into FUNDS where the runner is named only in clauses about money
    and FUNDS turned into RUNS where the funder is named only in clauses about carrying out (a
    turned relation the rules already have is dropped); everything else unchanged, in order."""
    keys = {relation_key(f.kind, f.source, f.target) for f in found}
    projects = {i.entity for view in views for i in view.items if i.kind == "Project"}
    out: list[Found] = []
    crowded = _crowded_networks(views, found)
    owners = _owners_sharing_partners(views, found)
    for f in found:
        if f.kind == "COOPERATES_WITH" and (_co_objects(views[f.sentence], f) or (f.source, f.target) in owners):
            continue
        turned = _turned(views[f.sentence], f) if f.kind in ("RUNS", "FUNDS") else None
        turned = turned or _listed_member(views[f.sentence], f, crowded)
        turned = turned or _membership_turned(views[f.sentence], f, projects)
        if turned is None:
            out.append(f)
        elif relation_key(turned, f.source, f.target) not in keys:
            keys.add(relation_key(turned, f.source, f.target))
            out.append(replace(f, kind=turned, properties=(("typed by", "clause"),)))
    return out


def _turned(view: SentenceView, f: Found) -> str | None:
    """The type the source's clauses say, when it is not the found one; else None. Only an actor
    that acts in its clause counts: the agent after 'von' / 'vom' / 'durch', or (funding) a
    funder-like actor in an active clause; never an owner ('des Vereins X') or a recipient
    ('X erhält 8.000 Euro', 'an den Verein X')."""
    mentions = [i for i in view.items if i.entity == f.source]
    if not mentions:
        return None
    says = set()
    for item in mentions:
        clause, before = _clause(view, item.first), _word_before(view, item.first)
        money = MONEY.search(clause) is not None and CARRYING_OUT.search(clause) is None
        carrying = CARRYING_OUT.search(clause) is not None and MONEY.search(clause) is None
        agent = before in _AGENT
        active = not _PASSIVE_OR_RECEIVING.search(clause) and before not in _RECIPIENT and not _owner(view, item)
        if money and (agent or active and _funder_like(item)):
            says.add("FUNDS")
        elif carrying and agent:
            says.add("RUNS")
        else:
            return None
    turned = says.pop() if len(says) == 1 else None
    return turned if turned != f.kind else None


def _membership_turned(view: SentenceView, f: Found, projects: set[str]) -> str | None:
    """RUNS for an organisation found MEMBER_OF a network or project (in `projects`) when each of its
    clauses says it leads, coordinates or invites to it, with it as the agent ('das vom Kommunalen
    Integrationszentrum koordiniert wird') or opening a relative clause ('…, zu dem das
    Integrationsbüro eingeladen hatte', '…, den das Amt leitet'), and nothing about belonging."""
    if f.kind != "MEMBER_OF" or f.target not in projects:
        return None
    mentions = [i for i in view.items if i.entity == f.source]
    if not mentions or any(i.kind == "Person" for i in mentions):
        return None
    for item in mentions:
        clause = _clause(view, item.first)
        if not LEADING.search(clause) or MEMBERSHIP_CUES.search(clause):
            return None
        if _word_before(view, item.first) not in _AGENT | {",", "zu"}:
            return None
    return "RUNS"


def _co_objects(view: SentenceView, f: Found) -> bool:
    """Whether both ends of a cooperation are only named in one list after one 'mit' ('Die
    Beratungsstelle arbeitet eng mit dem Jobcenter X, der Ausländerbehörde des Kreises Y und dem
    Integrationsmanagement der Stadt Z zusammen'): each works with the sentence's subject, not with
    the others of the list. An actor also read into a group the sentence names ('Die
    Beratungsstelle') counts by its own mentions."""
    if all(i.group for i in view.items if i.entity in (f.source, f.target)):
        return False  # 'die Zusammenarbeit mit den Kammern': the group's members work together
    sources = [_mit_of(view, i) for i in _own_mentions(view, f.source)]
    targets = [_mit_of(view, i) for i in _own_mentions(view, f.target)]
    starts = set(sources + targets)
    # a fronted 'Mit A und B hat X eine Vereinbarung geschlossen' names the parties of one agreement
    return bool(sources and targets) and len(starts) == 1 and None not in starts and 0 not in starts


def _own_mentions(view: SentenceView, entity: str) -> list[Item]:
    """The mentions of an entity in a sentence, those read into a group left out if others remain."""
    mentions = [i for i in view.items if i.entity == entity]
    return [i for i in mentions if not i.group] or mentions


def _mit_of(view: SentenceView, item: Item) -> int | None:
    """The token index of the 'mit' whose list of objects names `item`, walking back over actors,
    nouns, articles, commas and 'und' / 'sowie' ('mit A, B und mit C'); None when anything else
    (a verb, an adverb, a relative clause) comes between."""
    inside = {n for i in view.items for n in range(i.first, i.last + 1)}
    start = None
    for n in range(item.first - 1, -1, -1):
        word = view.tokens[n].text
        if n in inside or word in (",", "und", "sowie") or word.casefold() in _ARTICLES:
            continue
        if word.casefold() == "mit":
            start = n
            if n > 0 and view.tokens[n - 1].text in (",", "und", "sowie"):
                continue
            return start
        if not word[:1].isupper():
            return None
    return None


def _owners_sharing_partners(views: list[SentenceView], found: list[Found]) -> set[tuple[str, str]]:
    """(owner, partner) and (partner, owner) where a partner list gives the same partner to an
    organisation and to its carrier ('Der Jugendmigrationsdienst X, dessen Träger das Diakonische
    Werk Y ist, …; Kooperationspartner sind …'): the partners are the service's, not its owner's.
    An owner named as a carrier of the service's project in a sentence of its own ('Das Projekt
    wird vom Caritasverband getragen') keeps them."""
    runs: dict[tuple[str, str], set[int]] = {}
    for f in found:
        if f.kind == "RUNS":
            runs.setdefault((f.source, f.target), set()).add(f.sentence)
    listed = [f for f in found if f.kind == "COOPERATES_WITH" and is_partner_list(views[f.sentence].text)]
    partners: dict[str, set[str]] = {}
    for f in listed:
        partners.setdefault(f.source, set()).add(f.target)
        partners.setdefault(f.target, set()).add(f.source)

    def only_as_owner(owner: str, service: str) -> bool:
        shared = [t for s, t in runs if s == service and (owner, t) in runs]
        return (owner, service) in runs and all(runs[owner, t] <= runs[owner, service] for t in shared)

    out: set[tuple[str, str]] = set()
    for f in listed:
        for owner, partner in ((f.source, f.target), (f.target, f.source)):
            services = [other for other in partners if other != partner and partner in partners[other]]
            if any(only_as_owner(owner, service) for service in services):
                out |= {(owner, partner), (partner, owner)}
    return out


def _crowded_networks(views: list[SentenceView], found: list[Found]) -> set[tuple[int, str]]:
    """(sentence, network) for the networks that one sentence has three or more runners of: a
    list of partners ('Zu den Partnern, die das Netzwerk tragen, zählen A, B, C …', '…, in dem das
    Jobcenter, die Agentur und der Verein mitarbeiten') names members, not runners."""
    return crowded_networks(found, {i.entity for view in views for i in view.items if _NETWORK.search(i.name)})


def _listed_member(view: SentenceView, f: Found, crowded: set[tuple[int, str]]) -> str | None:
    """MEMBER_OF for a runner of a crowded network (see _crowded_networks) whose own clause says
    nothing about leading it; the coordinator ('Das Integrationsbüro koordiniert den Runden Tisch,
    in dem …') stays its runner."""
    if f.kind != "RUNS" or (f.sentence, f.target) not in crowded:
        return None
    mentions = [i for i in view.items if i.entity == f.source]
    if not mentions or any(LEADING.search(_clause(view, i.first)) for i in mentions):
        return None
    return "MEMBER_OF"


def _funder_like(item: Item) -> bool:
    """Whether an actor is one that gives money: a funder, a public body, a foundation or bank."""
    return item.kind == "Funder" or is_public_body(item.name) or _FUNDER_WORDS.search(item.name) is not None


def _owner(view: SentenceView, item: Item) -> bool:
    """Whether an actor is named as the owner of the thing before it ('„Lernbrücke“ des Dekanats X')."""
    ends = {i.last for i in view.items} | {n for n, t in enumerate(view.tokens) if t.text in ("“", '"', "»")}
    return item.first >= 2 and view.tokens[item.first - 1].text in ("des", "der") and item.first - 2 in ends


def _word_before(view: SentenceView, k: int) -> str:
    """The word before token k, articles skipped ('von der Stiftung X' → 'von')."""
    n = k - 1
    while n >= 0 and view.tokens[n].text.casefold() in _ARTICLES:
        n -= 1
    return view.tokens[n].text.casefold() if n >= 0 else ""


def _clause(view: SentenceView, k: int) -> str:
    """The text of the clause around token k."""
    inside = {n for i in view.items for n in range(i.first, i.last + 1)}
    cuts = [n for n, t in enumerate(view.tokens) if t.text in _SEPARATORS and n not in inside]
    first = max((n for n in cuts if n < k), default=-1) + 1
    last = min((n for n in cuts if n > k), default=len(view.tokens))
    return " ".join(t.text for t in view.tokens[first:last])
