"""A sentence-level fallback for membership: a sentence that speaks of belonging ('Mitglied',
'gehören … an', 'Beitritt', 'vertreten', 'wirkt mit', 'Netzwerkvereinbarung unterzeichnet' …) and
names a network, or points back to one ('dem Netzwerk', 'des Runden Tisches'), makes the
organisations it names members of that network when no rule related them to it."""

from __future__ import annotations

import re

from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

BELONGING = re.compile(
    r"[Mm]itglied|\bgehör|\bangehör|\bBeitritt|\bbeigetreten|\btritt\b|\bvertreten\b|\bwirk\w* mit\b|\bmitwirk|"
    r"\bmitarbeit|[Vv]ereinbarung unterzeichnet|\baufgenommen\b|\bzählt?en\b|\bdabei\b|\bengagier|"
    r"\bnahm(?:en)?\b.*\bauf\b|\bnimmt\b.*\bauf\b|\bangeschlossen\b|\bschließ\w* sich\b.*\ban\b"
)
# a network the sentence points back to without naming it
NETWORK_WORD = re.compile(r"\b(?:dem|das|des|im|ins|zum)\s+(?:Netzwerk|Bündnis|Arbeitskreis|Runden Tisch)", re.I)
# joining, strong enough to point back to the network of the sentence before ('unterzeichneten ihre
# Beitrittserklärungen' after 'Das Netzwerk X ist um vier Mitglieder gewachsen'), as is a sentence
# that opens with its members ('Das Netzwerk, das … koordiniert, … . Zu seinen Mitgliedern gehören …')
JOINING = re.compile(r"\bBeitritt|\bbeigetreten\b|\btraten\b.*\bbei\b|\bneue[ns]? Mitglied")
# a sentence that introduces members without naming their network ('Neu dabei sind A, B', 'Zu den
# Gründungsmitgliedern zählen A, B'): members of the network the text spoke of last
MEMBERS_INTRO = re.compile(
    r"\bNeu dabei\b|\bZu den (?:\w+ )?(?:Gründungsm|M)itglied(?:ern|sorganisationen)\b|\b(?:Gründungsm|M)itglieder (?:sind|waren)\b"
)
GROUPS = ("network", "initiative")
# members counted without naming whose ('Zu den Gründungsmitgliedern … gehören A, B'): an umbrella
# issuer's own members
OWN_MEMBERS = re.compile(r"\bZu (?:den|seinen|ihren) (?:\w+ )?(?:Gründungsm|M)itglied(?:ern|sorganisationen|svereinen)\b")
UMBRELLA_ISSUER = re.compile(r"(?:^|[\s-])(?:Dach|Landes|Bundes)?[Vv]erband\b|[Nn]etzwerk|Bündnis|Arbeitsgemeinschaft|Verbund")
CONFIDENCE = 0.55
# partners named as carrying a network together ('Zu den Partnern, die das Netzwerk … tragen,
# zählen A, B, C'): its members, not its runners
PARTNERS_WORD = re.compile(r"[Pp]artner|[Mm]itglied")
MANY_CARRIERS = 3


def fallback_memberships(views: list[SentenceView], found: list[Found], umbrella: str | None = None) -> list[Found]:
    """MEMBER_OF from each organisation of a belonging sentence to the network it names or points
    back to (or, for 'Zu den Mitgliedern gehören …' naming none, to `umbrella`, the issuer when it
    is an umbrella body), unless a relation found so far connects them or the organisation is
    related by a rule in that sentence."""
    related = {frozenset((f.source, f.target)) for f in found}
    added: list[Found] = []
    last_network: Item | None = None
    previous: list[Item] = []
    for view in views:
        networks = [i for i in view.items if i.kind == "Project" and i.project_type in GROUPS and not i.locative]
        pointed = NETWORK_WORD.search(view.text) or MEMBERS_INTRO.search(view.text)
        network = networks[-1] if networks else (last_network if pointed else None)
        if network is None and len(previous) == 1 and (JOINING.search(view.text) or OWN_MEMBERS.match(view.text)):
            network = previous[0]
        last_network = networks[-1] if networks else last_network
        previous = networks
        target = network.entity if network is not None else None
        if target is None and umbrella is not None and not networks and OWN_MEMBERS.search(view.text):
            target = umbrella
        if target is None or len(networks) > 1 or not BELONGING.search(view.text):
            continue
        for subject in _second_membership(view, found, network):  # 'ist Mitglied im A und gehört dem B an'
            pair = frozenset((subject, target))
            if pair not in related:
                related.add(pair)
                added.append(Found("MEMBER_OF", subject, target, view.index, CONFIDENCE))
        touched = {e for f in found if f.sentence == view.index for e in (f.source, f.target)}
        for item in heads_only(view, view.items):
            if item.kind != "Organisation" or item.locative or item.entity in touched or item.entity == target:
                continue
            pair = frozenset((item.entity, target))
            if pair not in related:
                related.add(pair)
                added.append(Found("MEMBER_OF", item.entity, target, view.index, CONFIDENCE))
    return added


# a second belonging joined to a first: 'ist Mitglied im A und gehört dem B an', '… sowie im B'
_AND_BELONGS = re.compile(r"^(?:e\.V\.\s+)?(?:und|sowie)\s+(?:gehört|ist|arbeitet|wirkt|im|in)\b")


def _second_membership(view: SentenceView, found: list[Found], network: Item | None) -> list[str]:
    """The members of the umbrella a rule found in this sentence, when the sentence joins the
    network named after that umbrella with 'und gehört … an' (or 'und ist Mitglied im …'): they
    belong to both."""
    if network is None:
        return []
    ends = {i.entity: i.last for i in view.items}
    out: list[str] = []
    for f in found:
        if f.kind != "MEMBER_OF" or f.sentence != view.index or f.target == network.entity or f.target not in ends:
            continue
        between = view.text[view.tokens[ends[f.target]].end - view.start : view.tokens[network.first].start - view.start]
        if ends[f.target] < network.first and _AND_BELONGS.match(between.strip()):
            out.append(f.source)
    return out


def umbrella_issuer(issuer: str | None, name_of: dict[str, str]) -> str | None:
    """The issuer when its name says it is an umbrella body (a Dachverband, network, alliance), else None."""
    return issuer if issuer is not None and UMBRELLA_ISSUER.search(name_of.get(issuer, "")) else None


def crowded_networks(found: list[Found], networks: set[str]) -> set[tuple[int, str]]:
    """(sentence, network) for each of `networks` that one sentence makes three or more
    organisations run (MANY_CARRIERS)."""
    runners: dict[tuple[int, str], int] = {}
    for f in found:
        if f.kind == "RUNS" and f.target in networks:
            runners[(f.sentence, f.target)] = runners.get((f.sentence, f.target), 0) + 1
    return {key for key, count in runners.items() if count >= MANY_CARRIERS}


def carrying_partners_as_members(views: list[SentenceView], found: list[Found]) -> list[Found]:
    """`found` with RUNS turned into MEMBER_OF where one sentence that speaks of partners or
    members makes three or more organisations run the same network."""
    networks = {i.entity for v in views for i in v.items if i.kind == "Project" and i.project_type in GROUPS}
    turned = {key for key in crowded_networks(found, networks) if PARTNERS_WORD.search(views[key[0]].text)}
    return [
        Found("MEMBER_OF", f.source, f.target, f.sentence, f.confidence, f.properties)
        if f.kind == "RUNS" and (f.sentence, f.target) in turned
        else f
        for f in found
    ]
