"""Who runs a thing, said in a relative clause right after it: 'der Runde Tisch X, den die Stadt Y
koordiniert', 'das Netzwerk, dessen Geschäftsstelle das Z führt', 'das Projekt „P“, dessen Träger
die Kreisvolkshochschule Q ist'. The organisations named as the clause's subject run the thing
named before the comma. The passive says the same: 'Das Jobcenter, das von der Stadt X und der
Agentur Y getragen wird'. A membership or partnership a rule found between the same two in that
sentence (the clause often sits inside a belonging or 'gemeinsam' sentence) gives way to it."""

from __future__ import annotations

from netmap.ingest.extract.heads import is_role
from netmap.ingest.extract.relations import commissioned_by
from netmap.ingest.extract.sentence_view import Found, Item, SentenceView, heads_only

# the relative pronoun is the object: the clause's subject acts on the thing before the comma
_OBJECT_PRONOUNS = frozenset({"den", "das"})
# 'dessen Träger X ist', 'deren Geschäftsstelle X führt'
_POSSESSIVE_PRONOUNS = frozenset({"dessen", "deren"})
_RUNNING_ROLES = frozenset({"Träger", "Trägerin", "Geschäftsstelle", "Koordination", "Federführung", "Geschäftsführung"})
_RUNNING_VERBS = frozenset({"betreibt", "betreiben", "koordiniert", "koordinieren", "trägt", "tragen", "führt", "führen",
                            "leitet", "leiten", "organisiert", "organisieren", "verantwortet", "anbietet", "anbieten",
                            "durchführt", "durchführen", "umsetzt", "umsetzen"})  # fmt: skip
_ROLE_VERBS = frozenset({"ist", "sind", "führt", "führen", "hat", "haben", "übernimmt", "innehat"})
_ARTICLES = frozenset({"der", "die", "das"})
# 'das von A und B gemeinsam getragen wird'
_PASSIVE_BY = frozenset({"von", "vom"})
_RUNNING_PARTICIPLES = frozenset({"getragen", "betrieben", "geführt", "geleitet", "koordiniert", "organisiert"})
_PASSIVE_AUXILIARIES = frozenset({"wird", "werden"})
# 'X ist eine gemeinsame Einrichtung, die …': the clause is about X
_COPULAS = frozenset({"ist", "sind", "war", "waren"})
_INDEFINITE = frozenset({"ein", "eine"})
# ', mit dem das Ministerium … gefördert hat': the clause's subject funds the thing
# ('unterstützt' is left out: 'mit dem der Verein Familien unterstützt hat' runs the project)
_FUNDING_VERBS = frozenset({"fördert", "fördern", "gefördert", "finanziert", "finanzieren"})
_CLOSING_QUOTES = frozenset({"“", "”", '"', "‘", "’", "«", "»"})
_CLAUSE_ENDS = frozenset({",", ";", ".", "–", ":"})
_GIVES_WAY = frozenset({"MEMBER_OF", "COOPERATES_WITH"})
CONFIDENCE = 0.6


def relative_runners(views: list[SentenceView], found: list[Found], issuer: str | None = None) -> list[Found]:
    """`found` with RUNS from the subject of such a relative clause to the thing it follows, and
    without a MEMBER_OF between the same two found in that sentence. A passive clause whose agent
    is only a role ('das von der Integrationsbeauftragten koordiniert wird') names the issuer's
    office: the issuer runs the thing, unless the sentence names it. Returns the new list."""
    added: list[Found] = []
    for view in views:
        named = {i.entity for i in view.items}
        added += _in_sentence(view, None if issuer in named else issuer)
    pairs = {(f.sentence, frozenset((f.source, f.target))) for f in added}
    kept = [f for f in found
            if not (f.kind in _GIVES_WAY and (f.sentence, frozenset((f.source, f.target))) in pairs)]  # fmt: skip
    known = {(f.kind, f.source, f.target) for f in kept}
    return kept + [f for f in added if (f.kind, f.source, f.target) not in known]


def _in_sentence(view: SentenceView, issuer: str | None) -> list[Found]:
    tokens = [t.text for t in view.tokens]
    inside = {k for i in view.items for k in range(i.first, i.last + 1)}  # 'Ministerium für Arbeit, Soziales …'
    out: list[Found] = []
    for thing in view.items:
        if thing.kind not in ("Project", "Organisation") or thing.locative:
            continue
        comma = _clause_comma(tokens, inside, thing)
        start = comma + 2
        if comma < 0 or start >= len(tokens):
            continue
        pronoun = tokens[comma + 1]
        end = next((k for k in range(start, len(tokens)) if tokens[k] in _CLAUSE_ENDS and k not in inside), len(tokens))
        if pronoun in _ARTICLES and _passive_running(tokens[start:end]):
            # the last agent: 'das vom Ministerium gefördert und vom Landratsamt koordiniert wird'
            by = max(k for k in range(start, end) if tokens[k] in _PASSIVE_BY)
            runners = [runner.entity for runner in _subjects(view, thing, by, end)]
            if not runners and issuer is not None and issuer != thing.entity and _role_agent(tokens[by + 1 : end]):
                runners = [issuer]
            out += [Found("RUNS", runner, thing.entity, view.index, CONFIDENCE, (("role", "Träger"),))
                    for runner in runners]  # fmt: skip
            continue
        if pronoun == "mit" and thing.kind == "Project" and _funding_clause(tokens[start:end]):
            out += [Found("FUNDS", funder.entity, thing.entity, view.index, CONFIDENCE)
                    for funder in _subjects(view, thing, start, end)]  # fmt: skip
            continue
        if pronoun in _POSSESSIVE_PRONOUNS:
            if tokens[start] not in _RUNNING_ROLES:
                continue
            verbs = _ROLE_VERBS
        elif pronoun in _OBJECT_PRONOUNS or (pronoun == "die" and tokens[start] in _ARTICLES):
            verbs = _RUNNING_VERBS
        else:
            continue
        if tokens[end - 1] not in verbs:
            continue
        out += [Found("RUNS", runner.entity, thing.entity, view.index, CONFIDENCE, (("role", "Träger"),))
                for runner in _subjects(view, thing, start, end)]  # fmt: skip
    return out


def _clause_comma(tokens: list[str], named: set[int], thing: Item) -> int:
    """The comma that opens the relative clause about the thing (`tokens`: the sentence's words;
    `named`: the positions inside actors' names): right after it, or after a predicate noun ('Das
    Jobcenter ist eine gemeinsame Einrichtung, die von …'); -1 if none."""
    after = thing.last + 1
    if after < len(tokens) and tokens[after] in _CLOSING_QUOTES:
        after += 1  # 'das Projekt „P“, dessen Träger …'
    if after < len(tokens) and tokens[after] == ",":
        return after
    if len(tokens) > after + 1 and tokens[after] in _COPULAS and tokens[after + 1] in _INDEFINITE:
        for k in range(after + 2, min(after + 6, len(tokens))):
            if k in named or tokens[k] in _CLAUSE_ENDS and tokens[k] != ",":
                return -1
            if tokens[k] == ",":
                return k
    return -1


def _funding_clause(clause: list[str]) -> bool:
    """Whether a clause after ', mit' is 'dem das Land … fördert' (or 'gefördert hat', finanziert …)."""
    verb = clause[-2] if len(clause) > 2 and clause[-1] in ("hat", "haben") else clause[-1] if clause else ""
    return clause[:1] in (["dem"], ["der"]) and verb in _FUNDING_VERBS


def _passive_running(clause: list[str]) -> bool:
    """Whether a relative clause is 'von/vom … getragen wird' (or betrieben, koordiniert …)."""
    return (
        len(clause) >= 3
        and clause[-1] in _PASSIVE_AUXILIARIES
        and clause[-2] in _RUNNING_PARTICIPLES
        and any(t in _PASSIVE_BY for t in clause)
    )


def _role_agent(words: list[str]) -> bool:
    """Whether a passive clause's agent is a person's role with no body named ('der
    Integrationsbeauftragten', 'dem Bürgermeister')."""
    noun = next((w for w in words if w not in ("der", "dem", "den")), "")
    return is_role(noun) or noun.endswith("n") and is_role(noun[:-1])


def _subjects(view: SentenceView, thing: Item, start: int, end: int) -> list[Item]:
    """The organisations named inside the clause, other than the thing itself."""
    return [
        i
        for i in heads_only(view, view.items)
        if start <= i.first and i.last < end and i.kind in ("Organisation", "Funder") and i.entity != thing.entity
        and not commissioned_by(view, i)  # 'das X im Auftrag des Jobcenters durchführt': X runs it
    ]
