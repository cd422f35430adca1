"""Gazetteers for German press releases of local integration work: what an institution's name
ends in, which words say 'funder', 'project', 'role', and the cue words of relations.

Heads are matched at the end of a (compound) word: 'Caritasverband' ends in 'verband',
'Kreisvolkshochschule' in 'volkshochschule'. Each head carries its grammatical gender (m, f, n),
which `inflection.base_form` needs to turn 'des Diakonischen Werkes' into 'Diakonisches Werk'.
"""

from __future__ import annotations

import re

# head (lower case) → gender; organisations
ORGANISATION_HEADS: dict[str, str] = {
    "verband": "m", "verein": "m", "bund": "m", "dienst": "m", "kreis": "m", "landkreis": "m", "rundfunk": "m",
    "jobcenter": "n", "zentrum": "n", "werk": "n", "büro": "n", "buero": "n", "forum": "n", "office": "n",
    "referat": "n", "amt": "n", "landratsamt": "n", "bezirksamt": "n", "netzwerk": "n", "institut": "n",
    "agentur": "f", "gesellschaft": "f", "volkshochschule": "f", "hochschule": "f", "universität": "f",
    "stadt": "f", "landeshauptstadt": "f", "städteregion": "f", "gemeinde": "f", "kammer": "f", "region": "f",
    "arbeiterwohlfahrt": "f", "volkssolidarität": "f", "bibliothek": "f", "stabsstelle": "f",
    "verwaltung": "f", "kreisverwaltung": "f", "bezirksregierung": "f", "polizei": "f", "diakonie": "f",
    "caritas": "f", "kreuz": "n", "school": "f", "schule": "f", "integrationsagentur": "f", "beratungsstelle": "f",
    "klinikum": "n", "klinik": "f", "krankenhaus": "n", "kreisgruppe": "f", "ortsgruppe": "f", "regionalgruppe": "f",
    "regionalstelle": "f", "fachstelle": "f", "koordinierungsstelle": "f", "behörde": "f", "beirat": "m",
    "erwachsenenbildung": "f", "sparkasse": "f", "clinic": "f", "handwerkerschaft": "f", "jugendring": "m", "bücherei": "f",
    "integrationsrat": "m", "migrationsrat": "m", "landesstelle": "f", "fachbereich": "m", "fachdienst": "m",
    "direktion": "f", "regionaldirektion": "f", "bezirk": "m", "dekanat": "n", "generationenhaus": "n",
    "migrantenrat": "m", "flüchtlingsrat": "m", "ausländerrat": "m",
    # umbrellas and associations of bodies: 'Liga der Freien Wohlfahrtspflege', 'Landesarbeitsgemeinschaft
    # der …', 'Thüringer Landkreistag', 'Städtetag', 'Bayerischer Handwerkstag'
    "liga": "f", "arbeitsgemeinschaft": "f", "landkreistag": "m", "städtetag": "m", "gemeindetag": "m",
    "handwerkstag": "m", "kammertag": "m",
    # church and welfare houses, education houses, libraries, cooperatives, state banks
    "mission": "f", "mutterhaus": "n", "frauenhaus": "n", "kulturhaus": "n", "bildungsstätte": "f",
    "zentrale": "f", "bücherhalle": "f", "genossenschaft": "f", "aufbaubank": "f", "förderbank": "f",
    "investitionsbank": "f", "akademie": "f",
    # Bavaria's district governments ('Regierung von Unterfranken', 'Regierung der Oberpfalz') and
    # departments of a body ('Sachgebiet Integration der Stadt X', 'Geschäftsbereich Integration der Stadt Y')
    "regierung": "f", "sachgebiet": "n", "geschäftsbereich": "m",
}  # fmt: skip
# bodies whose role in these texts is to fund
FUNDER_HEADS: dict[str, str] = {
    "ministerium": "n", "staatsministerium": "n", "bundesministerium": "n", "landesministerium": "n",
    "senatsverwaltung": "f", "bundesamt": "n", "sozialfonds": "m", "fonds": "m", "landesregierung": "f",
    "stiftung": "f", "senatorin": "f", "senator": "m", "staatskanzlei": "f",
    "lotterie": "f", "glücksspirale": "f", "volksbank": "f", "raiffeisenbank": "f", "regierungspräsidium": "n",
}  # fmt: skip
# funders named by two fixed words ('Die Aktion Mensch fördert …', 'aus Mitteln der Europäischen Union')
NAMED_FUNDERS: dict[tuple[str, str], str] = {
    ("Aktion", "Mensch"): "Aktion Mensch", ("Europäische", "Union"): "Europäische Union",
    ("Europäischen", "Union"): "Europäische Union", ("Deutsche", "Fernsehlotterie"): "Deutsche Fernsehlotterie",
    ("Deutschen", "Fernsehlotterie"): "Deutsche Fernsehlotterie",
}  # fmt: skip
# projects, programmes, networks, events: head → (gender, project type)
PROJECT_HEADS: dict[str, tuple[str, str]] = {
    "projekt": ("n", "project"), "migrationsberatung": ("f", "programme"), "programm": ("n", "programme"),
    "landesprogramm": ("n", "programme"), "bundesprogramm": ("n", "programme"), "landesrahmenprogramm": ("n", "programme"),
    "netzwerktreffen": ("n", "event"), "wochen": ("f", "event"), "woche": ("f", "event"), "fachtag": ("m", "event"),
    "workshop": ("m", "event"), "initiative": ("f", "initiative"), "landesinitiative": ("f", "initiative"),
    "partnerinitiative": ("f", "initiative"), "netzwerk": ("n", "network"), "messe": ("f", "event"),
    "konferenz": ("f", "event"), "tagung": ("f", "event"), "bündnis": ("n", "network"), "arbeitskreis": ("m", "network"),
    "integrationsmanagement": ("n", "project"), "tisch": ("m", "network"), "quartiersmanagement": ("n", "project"), "café": ("n", "project"),
}  # fmt: skip
ACRONYM_ORGANISATIONS = frozenset(
    {"AWO", "DRK", "BRK", "GIZ", "IB", "WDR", "LVR", "VHS", "G.I.B.", "G.I.B", "GIB", "ASB", "IHK", "HWK", "JMD"}
)
ACRONYM_FUNDERS = frozenset({"BAMF", "ESF", "BMAS", "BMI", "BMFSFJ", "MAGS"})
# Words that start a project name when a quoted name follows within a few words.
PROJECT_CUES: dict[str, str] = {
    "projekt": "project", "projekts": "project", "projektes": "project", "modellprojekt": "project",
    "programm": "programme", "programms": "programme", "landesprogramm": "programme", "landesprogramms": "programme",
    "bundesprogramm": "programme", "bundesprogramms": "programme", "förderprogramm": "programme",
    "landesrahmenprogramm": "programme", "netzwerk": "network", "netzwerks": "network", "netzwerkes": "network",
    "netzwerktreffen": "event", "initiative": "initiative", "partnerinitiative": "initiative",
    "landesinitiative": "initiative", "fachtag": "event", "workshop": "event", "kampagne": "initiative",
    "messe": "event", "ausbildungsmesse": "event", "konferenz": "event", "fachtagung": "event", "tagung": "event",
    "sprechstunde": "project", "kurs": "project", "kurses": "project", "lehrgang": "project", "lehrgangs": "project", "bündnis": "network", "bündnisses": "network",
    "pool": "project", "angebot": "project", "angebots": "project", "treff": "project", "café": "project",
    "reihe": "event", "begegnungszentrum": "project", "begegnungsstätte": "project", "anlaufstelle": "project",
    "stadtteilzentrum": "project", "treffpunkt": "project", "richtlinie": "programme", "beratungsstelle": "project",
}  # fmt: skip
# Words before a quoted text that mark it as a topic or motto, not a project
NOT_PROJECT_CUES = frozenset({"thema", "motto", "titel", "schulung", "vortrag", "leitbild"})
PROGRAMME_PREFIXES = ("landesprogramm", "bundesprogramm", "landesrahmenprogramm", "förderprogramm")

# sub-units named in apposition after a body's name: 'ASB Baden-Württemberg e.V., Region Bodensee'
UNITS = frozenset({"Region", "Kreisverband", "Regionalverband", "Bezirksverband", "Ortsverband", "Landesverband"})
LEGAL_FORM = re.compile(r"^(?:e\.\s?V\.?|gGmbH|GmbH|mbH|AöR|A\.ö\.R\.?|gAG|AG|KG|UG|eG|gUG)(?:[;,:)]*)$")
PARTICLES = frozenset({"von", "van", "de", "el", "al", "ben", "bin", "da", "di", "del", "der"})
ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "eines", "einer"})
# roles of people (lower case, also matched as the end of a compound: 'Jobcenter-Geschäftsführer')
ROLES = (
    "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "bereichsleiter", "bereichsleiterin",
    "landrat", "landrätin", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin",
    "staatssekretär", "staatssekretärin", "minister", "ministerin", "senator", "senatorin", "stadtrat", "stadträtin",
    "kreisrat", "kreisrätin", "beigeordneter", "beigeordnete", "dezernent", "dezernentin", "vorstand", "vorständin", "vorsitzender", "vorsitzende",
    "koordinator", "koordinatorin", "integrationsbeauftragte", "integrationsbeauftragter", "sprecher", "sprecherin",
    "mitarbeiter", "mitarbeiterin", "mitarbeiterinnen", "referent", "referentin", "präsident", "präsidentin",
    "direktor", "direktorin", "beauftragte", "beauftragter", "projektleiter", "projektleiterin", "berater", "beraterin",
    "ansprechpartner", "ansprechpartnerin", "lotse", "lotsin", "pfarrer", "pfarrerin", "dekan", "dekanin",
    "meister", "meisterin", "schriftführer", "schriftführerin", "pastor", "pastorin",
)  # fmt: skip
TITLES = frozenset({"Herr", "Frau", "Dr.", "Prof."})
FUNDING_CUES = re.compile(
    r"\b(?:gefördert|fördert|finanziert|Förderung durch|aus Mitteln|Zuwendung|Finanzierung|bezuschusst|Zuschuss|"
    r"Fördermittel|Unterstützung des|Unterstützung der|unterstützt (?:von|durch)|[Uu]nterstützt (?:wird|werden)\b.*\b(?:von|vom|durch)\b|"
    r"Unterstützung erhält|erhält\b.*\bUnterstützung (?:von|vom|durch))|"
    r"\b[Mm]it [\d.,]+ (?:Euro|€)\b.*\bunterstützt\b|\bunterstützt\b.*\bmit [\d.,]+ (?:Euro|€)|"
    r"(?:Landes|Bundes|Eigen|Förder|Haushalts)mitteln\b",
    re.IGNORECASE,
)
COOPERATION_CUES = re.compile(
    r"\bKooperation|\bgemeinsam\b|gemeinsame[nmrs]?\b|Zusammenarbeit|kooperier|Partnerschaft|\bVeranstalter\b|"
    r"\b[Ee]ingeladen hatten\b|\bluden\b.*\bein\b|zusammenarbeite|zusammengearbeitet|zusammenzuarbeiten|\barbeite[nt]?\b.*\bzusammen\b|\bbündel[nt]\b|\bschließen sich\b.*\bzusammen|"
    r"\bzusammen mit\b|\bmit\b.*\b(?:abzustimmen|abstimmen)\b",
    re.IGNORECASE,
)
AGREEMENT_CUE = re.compile(r"Kooperationsvereinbarung|Vereinbarung|Vertrag", re.IGNORECASE)
RUNS_CUES = re.compile(
    r"\bTräger\b|durchgeführt|durchführt|führt\b.*\bdurch|\b(?:an)?biete[nt]\b|umsetzt|umgesetzt|\bsetz(?:t|en) \w+ (?:\w+ )?(?:das|den|die|ein|eine|einen) .*\bum\b|präsentierte|stellte\b.*\bvor|vorgestellt|"
    r"koordiniert|Veranstalter|lud\b.*\bein|Einladung|Projekt des|Projekt der|Angebot des|Angebot der|startet|starten|eröffnet|Netzwerkpartner des|"
    r"veranstaltet|getragen|\bträgt\b|\bangeboten|übernimmt|übernommen|organisiert|organisieren|verantwortet|realisiert|"
    r"ins Leben gerufen|[Ee]ingeladen|initiiert|betreibt|betrieben|unter dem Dach|Federführung|angesiedelt|zuständig|aufgebaut|\bbaut\b.*\bauf\b|\bbauen\b.*\bauf\b|gegründet|\bleitet\b|geleitet",
    re.IGNORECASE,
)
MEMBERSHIP_CUES = re.compile(
    r"^Unter dem Namen\b|Mitglied(?!ern\b)|angeschlossen|\beingebunden in\b|beigetreten|tritt\b.*\bbei|Teil des|Teil der|Baustein des|Baustein der|Bestandteil des|Bestandteil der|Netzwerkpartner im|Netzwerkpartner in|Dazu gehören|Partner der|\bim Netzwerk\b|\bins Netzwerk\b|"
    r"\bangehören|\bgehör(?:t|en)\b.*\ban\b|\bZu(?: den|m|r)\b.*\bgehör|aufgenommen|\bNetzwerkpartner(?:innen)? (?:sind|waren)|\bZu (?:den|seinen|ihren) (?:[\w ]+ )?(?:Partnern|Mitgliedern)\b.*\bzählen|zusammengeschlossen|\bNeu dabei\b",
    re.IGNORECASE,
)
# '[a part of the work] übernimmt X', 'X ist für … zuständig': X runs the project the text is about
TAKING_ON_CUES = re.compile(
    r"\bübernimmt\b|\bübernehmen\b|\bzuständig\b|\bverantwortlich\b|\bkümmer[nt]\b|"
    r"\b(?:wird|werden)\b.*\b(?:von|vom)\b.*\b(?:geschult|qualifiziert|ausgebildet|betreut)\b",
    re.I,
)
# 'seine Migrationsberatung', 'ihr gemeinsames Projekt': the subject runs the project
POSSESSIVES = frozenset(
    {"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"}
)
# 'die Stadt beteiligt sich mit Eigenmitteln / mit 60.000 Euro', 'hat 18.000 Euro bewilligt': the subject funds
OWN_FUNDS = re.compile(
    r"\bEigenmittel|\bEigenanteil|\bbeteiligt sich\b.*\bMitteln\b|\bkofinanziert|(?:Kosten|Aufwand)\b.*\b(?:trägt|tragen|übernimmt|übernehmen)\b|"
    r"(?:trägt|tragen|übernimmt|übernehmen)\b.*\b(?:Kosten|Aufwand)|\bbeteiligt sich mit (?:\w+ )?[\d.,]+ (?:Euro|€)|\bEuro\b.*\bbewilligt\b|\bbewilligt\b.*\bEuro\b",
    re.IGNORECASE,
)
# an own share of the cost: who pays it funds the project and is no carrier ('übernimmt den Eigenanteil')
OWN_SHARE = re.compile(
    r"\bEigenanteil|\bEigenmittel|\b(?:Kosten|Aufwand)\b.*\b(?:trägt|übernimmt)\b|\b(?:trägt|übernimmt)\b.*\b(?:Kosten|Aufwand)\b"
)
HOSTING_CUES = re.compile(r"\bVeranstalter|\bEinladung|\blud\b|\bluden\b|\bveranstaltet|\beingeladen", re.IGNORECASE)
# 'Kooperationspartner sind …', 'Als Praxispartner …': partners of a project, listed
# 'Unter dem Dach des Hauses arbeiten künftig: A, B …': those housed in a project are its partners
_HOUSED = r"^Unter dem Dach (?:des|der) \w+ (?:\w+ )?(?:arbeiten|sind|beraten|sitzen)\b"
HOUSED = re.compile(_HOUSED)
PARTNER_LIST = re.compile(
    r"\b(?:Kooperations|Projekt|Praxis)?[Pp]artner(?:innen|organisationen)?\b|\bMit im Boot\b|\b[Bb]eteiligt (?:sind|ist)\b|"
    r"\bbeteilig(?:en|t) sich\b|\b[Mm]it(?:machen|wirken)\b|\b[Mm]it dabei\b|" + _HOUSED
)
