"""Source attribution: who a figure is attributed to, normalised to the guide's codes.

``find_sources`` returns every organisation, official or named person in a
text, coded IOM, UNHCR, OCHA, UNICEF, WFP, WHO, IFRC, ICRC, NRC, IDMC, MSF,
UNRWA, UN, GOV or OTHER, plus references that stand for the organisation
named just before ("the agency", "the organisation", "it said") with code
``REF``; the caller resolves a REF to the last named organisation.

Decisions the guide leaves open:
- a specific UN agency wins over "UN" ("UN refugee agency" is UNHCR, "the
  UN's International Organization for Migration" is one IOM mention);
- "Red Cross" or "Red Crescent" without "International Committee" is IFRC
  (national societies and the Federation); "the refugee agency" is UNHCR;
- government: ministries, disaster agencies, army, military, police, border
  and coast guards, governors, mayors, ministers, officials, authorities,
  "the government", "the city", "the state", and a country named as the
  subject of a speech verb ("Burkina Faso says ..."). A nationality or
  possessive before the head ("Egyptian officials", "Poland's Border Guard")
  is part of the mention. State media ("state media", "state news agency")
  is GOV: it relays official figures;
- "UN officials", "a Red Cross spokesperson": the role word joins the
  organisation mention, it is not a second, GOV mention.
- ``said`` on a mention tells whether it stands in an attribution frame (a
  speech verb follows or precedes it, or "according to" precedes it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.extract.places import country_of


@dataclass(frozen=True)
class SourceMention:
    """One attribution candidate; ``code`` is a guide code or "REF"."""

    code: str
    start: int
    end: int
    surface: str
    said: bool = field(default=False, compare=False)


_UN = r"(?:UN|U\.N\.|United\s+Nations)(?:'s|’s|')?"
_UN_PREFIX = rf"(?:(?:the\s+)?{_UN}\s+)"
_AGENCY_WORD = r"(?:agency|body|office|organi[sz]ation|arm|wing|chief|head|unit)"

_NAMED: list[tuple[str, str]] = [
    ("ICRC", r"International\s+Committee\s+of\s+the\s+Red\s+Cross|ICRC"),
    ("IFRC", r"International\s+Federation\s+of\s+(?:the\s+)?Red\s+Cross\s+and\s+Red\s+Crescent"
             r"\s+Societies|IFRC|(?:[A-Z][\w'’-]+\s+){0,3}Red\s+(?:Cross|Crescent)"
             r"(?:\s+and\s+Red\s+Crescent)?(?:\s+Society|\s+Societies|\s+Movement)?"),
    ("IOM", rf"{_UN_PREFIX}?International\s+Organi[sz]ation\s+for\s+Migration|"
            rf"{_UN_PREFIX}?IOM|{_UN_PREFIX}migration\s+{_AGENCY_WORD}|"
            r"Displacement\s+Tracking\s+Matrix|DTM"),
    ("UNHCR", rf"{_UN_PREFIX}?UNHCR|(?:Office\s+of\s+)?(?:the\s+)?{_UN}\s+High\s+Commissioner\s+"
              rf"for\s+Refugees|{_UN_PREFIX}refugee\s+(?:{_AGENCY_WORD}|commissioner)|"
              r"[Tt]he\s+refugee\s+agency"),
    ("OCHA", rf"{_UN_PREFIX}?OCHA|{_UN_PREFIX}?Office\s+for\s+the\s+Coordination\s+of\s+"
             rf"Humanitarian\s+Affairs|{_UN_PREFIX}(?:humanitarian|aid|emergency\s+relief)\s+"
             rf"(?:(?:affairs|coordination|relief)\s+)?{_AGENCY_WORD}|"
             rf"{_UN_PREFIX}humanitarian\s+(?:affairs\s+)?(?:coordination\s+)?office|"
             rf"{_UN_PREFIX}(?:humanitarian|aid)\s+coordination\s+{_AGENCY_WORD}"),
    ("UNICEF", rf"{_UN_PREFIX}?(?:UNICEF|Unicef)|{_UN_PREFIX}children(?:'s|’s)\s+"
               rf"(?:{_AGENCY_WORD}|fund)|United\s+Nations\s+Children(?:'s|’s)\s+Fund"),
    ("WFP", rf"{_UN_PREFIX}?World\s+Food\s+Program(?:me)?|{_UN_PREFIX}?WFP|"
            rf"{_UN_PREFIX}food\s+(?:aid\s+)?{_AGENCY_WORD}"),
    ("WHO", rf"{_UN_PREFIX}?World\s+Health\s+Organi[sz]ation|{_UN_PREFIX}?WHO|"
            rf"{_UN_PREFIX}health\s+{_AGENCY_WORD}"),
    ("NRC", r"Norwegian\s+Refugee\s+Council|NRC"),
    ("IDMC", r"Internal\s+Displacement\s+Monitoring\s+Cent(?:re|er)|IDMC"),
    ("MSF", r"Doctors\s+Without\s+Borders|M[ée]decins\s+Sans\s+Fronti[èe]res|MSF"),
    ("UNRWA", rf"{_UN_PREFIX}?UNRWA|{_UN_PREFIX}?Relief\s+and\s+Works\s+Agency"
              rf"(?:\s+for\s+Palestine\s+Refugees(?:\s+in\s+the\s+Near\s+East)?)?|"
              rf"{_UN_PREFIX}(?:agency|body)\s+for\s+Palestinian?\s+refugees|"
              rf"{_UN_PREFIX}Palestinian\s+refugee\s+{_AGENCY_WORD}"),
    ("UN", r"UNDP|UNFPA|UNESCO|UNEP|UNOPS|UNMISS|MONUSCO|MINUSMA|MINUSCA|UNAMA|UNAMI|UNSMIL|"
           r"UNOSAT|OHCHR|FAO|ILO|UN-Habitat|UN\s+Habitat|UN\s+Women|UNITAR|UNISDR|UNDRR|"
           r"Food\s+and\s+Agriculture\s+Organi[sz]ation|"
           rf"{_UN_PREFIX}?(?:Development\s+Programme|Population\s+Fund|Human\s+Rights\s+Office|"
           r"Human\s+Rights\s+Council|Security\s+Council|Secretary[-\s]General)|"
           rf"{_UN}(?:[-\s](?:Habitat|Women))?|Secretary[-\s]General\s+Ant[oó]nio\s+Guterres|"
           r"Ant[oó]nio\s+Guterres"),
    ("OTHER", r"Save\s+the\s+Children|Human\s+Rights\s+Watch|Amnesty\s+International"
              r"(?:\s+[A-Z][a-z]+)?|Oxfam(?:\s+[A-Z][a-z]+)?|CARE(?:\s+International)?|"
              r"International\s+Rescue\s+Committee|Mercy\s+Corps|World\s+Vision|"
              r"Caritas(?:\s+[A-Z][a-z]+)?|Islamic\s+Relief|ACTED|Danish\s+Refugee\s+Council|"
              r"Plan\s+International|ActionAid|Action\s+Against\s+Hunger|Concern\s+Worldwide|"
              r"Christian\s+Aid|International\s+Crisis\s+Group|ACLED|Armed\s+Conflict\s+"
              r"Location\s+(?:&|and)\s+Event\s+Data(?:\s+Project)?|REACH\s+Initiative|"
              r"Refugees\s+International|M[ée]decins\s+du\s+Monde|Handicap\s+International|"
              r"Humanity\s+(?:&|and)\s+Inclusion|HIAS|Samaritan(?:'s|’s)\s+Purse|"
              r"Direct\s+Relief|Welthungerhilfe|White\s+Helmets|Syrian\s+Observatory\s+for\s+"
              r"Human\s+Rights|Insecurity\s+Insight|Airwars|World\s+Bank|European\s+Union|"
              r"European\s+Commission|ECHO|African\s+Union|Internal\s+Displacement\s+"
              r"Monitoring|Jesuit\s+Refugee\s+Service|Lutheran\s+World\s+Federation|"
              r"Catholic\s+Relief\s+Services|Solidarit[ée]s\s+International|"
              r"International\s+Medical\s+Corps|Norwegian\s+Church\s+Aid|"
              r"Global\s+Protection\s+Cluster|Shelter\s+Cluster"),
]
"""Named organisations. Order matters: at one position the first pattern wins,
so specific UN agencies come before "UN"."""

_UN_WORDS = "UN U United "
_TRIGGERS: dict[str, str] = {
    "ICRC": "International ICRC",
    "IFRC": "International IFRC Red",
    "IOM": _UN_WORDS + "International IOM Displacement DTM",
    "UNHCR": _UN_WORDS + "UNHCR refugee HCR",
    "OCHA": _UN_WORDS + "OCHA Office",
    "UNICEF": _UN_WORDS + "UNICEF Unicef",
    "WFP": _UN_WORDS + "World WFP",
    "WHO": _UN_WORDS + "World WHO",
    "NRC": "Norwegian NRC",
    "IDMC": "Internal IDMC",
    "MSF": "Doctors Médecins Medecins MSF",
    "UNRWA": _UN_WORDS + "UNRWA Relief",
    "UN": _UN_WORDS + "UNDP UNFPA UNESCO UNEP UNOPS UNMISS MONUSCO MINUSMA MINUSCA UNAMA "
                      "UNAMI UNSMIL UNOSAT OHCHR FAO ILO UNITAR UNISDR UNDRR Food Secretary "
                      "António Antonio",
    "OTHER": "Save Human Amnesty Oxfam CARE International Mercy World Caritas Islamic ACTED "
             "Danish Plan ActionAid Action Concern Christian ACLED Armed REACH Refugees "
             "Médecins Medecins Handicap Humanity HIAS Samaritan Direct Welthungerhilfe White "
             "Syrian Insecurity Airwars European ECHO African Internal Jesuit Lutheran Catholic "
             "Solidarités Solidarites Medical Norwegian Global Shelter",
}
"""Words of which at least one occurs in any match of a code's pattern: a
sentence without them skips that pattern."""

_ORG_HEAD = re.compile(
    r"(?<![\w-])(?:University|Institute|Foundation|Observatory|Coalition|Alliance|Society|"
    r"Network|Federation|Association|Trust|Initiative|Watch|Lab|Laboratory|Centre|Center|"
    r"Group|Project|Organi[sz]ation|Charity|Mission|Movement|Council|Committee|Relief|Aid)"
    r"(?![\w-])((?:\s+(?:for|of|on)(?:\s+the)?)?(?:\s+[A-Z][\w'’-]*){1,4})?")
"""The head word of an organisation name that the tables lack; the capitalised
words before it complete the name ("Yale University's Humanitarian Research Lab")."""

_GOV_ACRONYMS = (
    "NDMA|PDMA|NDRRMC|BNPB|BPBD|AFAD|DSWD|FEMA|NEMA|SEMA|INGC|INGD|DoDMA|CONRED|COPECO|"
    "CONASUR|CENAPRED|SINAPROC|INDECI|SENAPRED|ONEMI|UNGRD|NADMO|NDOC|DDMA|SDMA|OSDMA|"
    "NCFRMI|CONAPRED|DGPC|SNGRE|KDF|SAF|ENDF|FARDC|EMERCOM"
)
"""Acronyms of national disaster, civil protection and armed forces bodies."""

_GOV_MODIFIERS = frozenset(
    "local provincial regional district state federal national central city municipal county "
    "territorial village camp border government interior immigration migration security "
    "military army defence defense police rescue relief emergency disaster health "
    "humanitarian refugee civil senior top two three several other foreign infrastructure "
    "urbanisation urbanization agriculture social welfare education home internal affairs "
    "management risk response mitigation displacement reconstruction public works energy "
    "transport finance justice labour labor family women children youth information "
    "communications environment water rural development planning housing cabinet "
    "presidential executive provincial-level state-level".split())
"""Lower-case words that may stand before a government head ("provincial rescue officials")."""
_DETERMINERS = frozenset("The A An This That These Those Its Their Some Many Most Other "
                         "Several Two Three Four Senior Top".split())
_GOV_HEAD = (
    r"(?i:officials?|authorit(?:y|ies)|administration|government|ministry|ministries|minister|"
    r"governor(?:'s\s+office|’s\s+office)?|mayor(?:'s\s+office|’s\s+office)?|army|military|"
    r"police|border\s+(?:guards?|police|service)|coast\s+guards?|armed\s+forces|"
    r"defen[cs]e\s+(?:force|ministry)|civil\s+(?:protection|defen[cs]e)(?!\s+(?:group|"
    r"volunteers|workers))|disaster\s+(?:management\s+|risk\s+management\s+|mitigation\s+|"
    r"response\s+)?(?:agency|authority|institute|council|unit|department|office|committee|"
    r"commission|ministry|centre|center)|emergency\s+(?:management\s+)?(?:agency|service|"
    r"services|ministry|department|committee)|commissioner|district\s+collector|collector|"
    r"state\s+media|state\s+news\s+agency|state\s+television|state\s+TV|president|"
    r"prime\s+minister|premier|spokes(?:man|woman|person)\s+for\s+the\s+(?:government|"
    r"ministry|army|military|police))")
_GOV_NAMED = (
    r"(?:Ministry|Department|Directorate|Office|Bureau)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*"
    r"(?:\s+(?:and|of|for|the)\s+|\s+)?){1,6}|"
    r"(?:[A-Z][\w'’-]*\s+){1,5}(?:Ministry|Authority|Agency|Council|Commission|Directorate|"
    r"Department|Administration|Service|Institute|Management|Board|Guard|Guards|Police|Army|"
    r"Forces?|Office|Bureau)(?:\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s*){1,4})?|"
    r"(?:Governor|Mayor|Minister|President|Prime\s+Minister|Premier|General|Colonel|"
    r"Major|Lieutenant|Commissioner|Senator|Deputy|Secretary)\s+(?:[A-Z][\w'’.-]*\s*){1,3}|"
    r"Civil\s+(?:Protection|Defen[cs]e)|Protecci[oó]n\s+Civil|Defesa\s+Civil|"
    r"Border\s+Guards?|Coast\s+Guard"
)
_GOV_GENERIC_REF = (r"[Tt]he\s+(?:city|state|province|county|municipality|ministry|governorate)"
                    r"(?=\s+(?:said|says|reported|estimated|added))")

_REF = (r"(?<![\w-])(?=[TtIi])(?:the|The)\s+(?:(?:UN|U\.N\.|aid|relief|humanitarian|international|global|"
        r"medical|monitoring|rights)\s+)?(?:agency|organi[sz]ation|body|group|charity|NGO|"
        r"office|watchdog|monitor|centre|center|committee|federation|society|institute|"
        r"programme|program|fund|mission|network|council)(?![\w-])|"
        r"(?<![\w-])(?=[TtIi])(?:[Ii]t|[Ii]ts\s+(?:teams?|staff|figures|data|report|estimates?|"
        r"survey))\s+(?:said|says|added|estimated|estimates|reported|reports|noted|warned|"
        r"counted|recorded|registered|found|put|told)")

_TRAIL = re.compile(
    r"(?:'s|’s)?\s+(?:(?:senior|top|local|country|regional|field|chief|deputy)\s+)?"
    r"(?:officials?|spokes(?:man|woman|person|people)|staff|chief|head|representative|"
    r"workers?|teams?|figures|data|envoy|coordinator|director|"
    r"officer|personnel|monitors?|experts?|researchers?|team\s+leader|country\s+director)\b")

_SPEECH = (r"(?:said|says|say|told|reported|reports|estimated|estimates|estimate|added|"
           r"counted|recorded|registered|noted|warned|stated|announced|confirmed|"
           r"put\s+the\s+(?:number|figure|toll)|show|shows|showed|indicated|indicate|"
           r"indicates|tallied|calculated|documented)")
_SAID_AFTER = re.compile(
    rf"^(?:\s*\([^)]{{1,40}}\))?(?:[^.;!?]{{0,60}}?\s)?{_SPEECH}\b|^(?:'s|’s)?\s+"
    r"(?:latest\s+|own\s+|new\s+|preliminary\s+)?(?:figures|data|estimates?|report|"
    r"assessment|count|tally|numbers|survey)")
_SAID_BEFORE = re.compile(
    rf"(?:according\s+to|citing|cited\s+by|data\s+from|figures\s+from|estimates\s+from|"
    rf"estimated\s+by|reported\s+by|said|says|told|{_SPEECH})\s+(?:(?:the|a|an)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$")

_NAME = r"(?:[A-Z][a-z'’]+|[A-Z]\.)(?:\s+(?:al-|el-|bin\s+|van\s+|de\s+|da\s+)?[A-Z][a-z'’-]+){1,3}"
_PERSON_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?=[A-Z])({_NAME})(?=,\s+(?:a|an|the|who)\s+[a-z]|\s+(?:said|says|told)\b)")
_PERSON_AFTER_VERB = re.compile(rf"\b(?:said|says|told)\s+({_NAME})(?=\s*[,.]|\s+of\b|\s+from\b)")
_SPEECH_HINT = re.compile(r" (?:says|said|reports|reported|estimates|estimated)\b")
_PERSON_HINT = re.compile(r" (?:said|says|told) |, (?:a|an|the|who) ")
_NOT_PERSON_WORDS = frozenset(
    "The A An This That These Those It Its Their They He She We But And Or So Then In On At "
    "For By From Of As If When While After Before Since Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Officials Authorities Police Residents Many Some Most Others "
    "Aid Relief Local Provincial State Regional District Government Army Military".split())


_WORD_RE = re.compile(r"\w+")
_NAMED_BY_CODE = dict(_NAMED)
_TRIGGER_SETS = {code: frozenset(words.split()) for code, words in _TRIGGERS.items()}
_GOV_TRIGGERS = frozenset(
    ("officials official authorities authority administration government ministry ministries "
     "minister governor mayor army military police border coast armed defence defense civil "
     "disaster emergency commissioner collector state president prime premier spokesman "
     "spokeswoman spokesperson city province county municipality governorate Ministry "
     "Department Directorate Office Bureau Authority Agency Council Commission Administration "
     "Service Institute Management Board Guard Guards Police Army Force Forces Governor Mayor "
     "Minister President Prime Premier General Colonel Major Lieutenant Commissioner Senator "
     "Deputy Secretary Civil Protección Proteccion Defesa Border Coast "
     + _GOV_ACRONYMS.replace("|", " ")).split())
_ORG_TRIGGERS = frozenset(
    "University Institute Foundation Observatory Coalition Alliance Society Network Federation "
    "Association Trust Initiative Watch Lab Laboratory Centre Center Group Project Organization "
    "Organisation Charity Mission Movement Council Committee Relief Aid".split())
_REF_TRIGGERS = frozenset(
    "agency organisation organization body group charity NGO office watchdog monitor centre "
    "center committee federation society institute programme program fund mission network "
    "council it It its Its".split())


@lru_cache(maxsize=256)
def _named_regex(codes: tuple[str, ...]) -> re.Pattern:
    groups = [f"(?P<{code}>{_NAMED_BY_CODE[code]})" for code in codes]
    return re.compile(r"(?<![\w-])(?=[A-Z]|the\s)(?:" + "|".join(groups) + r")(?![\w-]|\.\w)")


@lru_cache(maxsize=1)
def _compiled():
    gov = re.compile(
        r"(?<![\w-])(?=[A-Z]|the\s)(?:"
        rf"(?P<acr>{_GOV_ACRONYMS})(?![\w-])|"
        rf"(?P<named>{_GOV_NAMED})(?![\w-])|"
        rf"(?P<ref>{_GOV_GENERIC_REF}))|"
        rf"(?<![\w-])(?P<head>{_GOV_HEAD})(?![\w-])",
    )
    ref = re.compile(_REF)
    return gov, ref


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s+$")
_COUNTRY_SUBJECT = re.compile(
    r"(?<![\w-])(?=[A-Z])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+(?:says|said|reports|reported|"
    r"estimates|estimated)\b")


def _spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_sources(text: str) -> list[SourceMention]:
    """Organisation, official and person mentions (and REF references) in text order."""
    gov, ref = _compiled()
    vocab = set(_WORD_RE.findall(text))
    codes = tuple(code for code in _TRIGGERS if not vocab.isdisjoint(_TRIGGER_SETS[code]))
    found: list[tuple[int, int, str]] = []
    for m in (_named_regex(codes).finditer(text) if codes else ()):
        code = m.lastgroup
        start, end = m.span()
        first = text[start:end].split(" ", 1)[0]
        if first in _DETERMINERS and code != "UNHCR":
            start += len(first) + 1
        trail = _TRAIL.match(text, end)
        if trail:
            end = trail.end()
        found.append((start, end, code))
    if not vocab.isdisjoint(_ORG_TRIGGERS):
        for start, end in _unlisted_organisations(text, found):
            found.append((start, end, "OTHER"))
    for m in (gov.finditer(text) if not vocab.isdisjoint(_GOV_TRIGGERS) else ()):
        span = m.span()
        if any(_spans_overlap(span, (s, e)) for s, e, _ in found):
            continue
        start, end = span
        surface = text[start:end]
        if m.lastgroup == "named" and _is_place_only(surface):
            continue
        if m.lastgroup == "head":
            start = _extend_left(text, start, found)
        elif surface.split(" ", 1)[0] in _DETERMINERS:
            start += len(surface.split(" ", 1)[0]) + 1
        found.append((start, end, "GOV"))
    for m in (_COUNTRY_SUBJECT.finditer(text) if _SPEECH_HINT.search(text) else ()):
        name = m.group(1)
        if country_of(name) and not any(_spans_overlap(m.span(1), (s, e)) for s, e, _ in found):
            found.append((m.start(1), m.end(1), "GOV"))
    people = []
    if _PERSON_HINT.search(text):
        people = list(_PERSON_SUBJECT.finditer(text)) + list(_PERSON_AFTER_VERB.finditer(text))
    for m in people:
        g = 1
        span = m.span(g)
        words = m.group(g).split()
        if words[0] in _NOT_PERSON_WORDS or any(_spans_overlap(span, (s, e)) for s, e, _ in found):
            continue
        if country_of(m.group(g)):
            continue
        found.append((span[0], span[1], "OTHER"))
    for m in (ref.finditer(text) if not vocab.isdisjoint(_REF_TRIGGERS) else ()):
        span = m.span()
        if any(_spans_overlap(span, (s, e)) for s, e, _ in found):
            continue
        found.append((span[0], span[1], "REF"))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    result = []
    for i, (start, end, code) in enumerate(kept):
        limit = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        result.append(SourceMention(code, start, end, text[start:end],
                                    _is_said(text, start, end, limit)))
    return result


def _unlisted_organisations(text: str, found) -> list[tuple[int, int]]:
    spans: list[list[int]] = []
    for m in _ORG_HEAD.finditer(text):
        start, end = m.span()
        if any(_spans_overlap((start, end), (s, e)) for s, e, _ in found):
            continue
        left = start
        while True:
            w = _WORD_BEFORE.search(text, max(0, left - 40), left)
            if not w:
                break
            word = w.group(1)
            bare = word[:-2] if word.endswith(("'s", "’s")) else word
            if not bare[:1].isupper() or bare in _DETERMINERS or bare in _NOT_PERSON_WORDS:
                break
            left = w.start(1)
        if left == start and not m.group(1):
            continue
        if spans and left <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([left, end])
    return [(s, e) for s, e in spans if not any(_spans_overlap((s, e), (a, b)) for a, b, _ in found)]


def find_references(text: str) -> list[SourceMention]:
    """Only the REF mentions: "the agency", "the organisation", "it said"."""
    return [m for m in find_sources(text) if m.code == "REF"]


def source_code(name: str) -> str | None:
    """The code of one organisation name ("UN refugee agency" -> "UNHCR"), or None."""
    mentions = find_sources(name.strip())
    return mentions[0].code if mentions else None


def _is_place_only(surface: str) -> bool:
    words = surface.split()
    return len(words) <= 3 and country_of(surface) is not None


def _extend_left(text: str, start: int, found: list[tuple[int, int, str]]) -> int:
    """Take in the modifiers of a government head: "provincial rescue officials",
    "Egyptian officials", "Sindh's provincial government", "West Bengal authorities"."""
    floor = max((e for _, e, _ in found if e <= start), default=0)
    pos = start
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(floor, pos - 30), pos)
        if not m:
            break
        word = m.group(1)
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare.lower() in _GOV_MODIFIERS or bare.endswith("-level"):
            pos = m.start(1)
            continue
        if bare[:1].isupper() and bare not in _DETERMINERS and (
                country_of(bare) or _is_capitalised_name_before(text, m.start(1))):
            pos = m.start(1)
            continue
        break
    return pos


def _is_capitalised_name_before(text: str, pos: int) -> bool:
    """A capitalised word not at a sentence start ("West Bengal authorities")."""
    before = text[max(0, pos - 3):pos]
    return bool(before) and not re.search(r"(?:^|[.!?\"“]\s*)$", before) and bool(before.strip())


def _is_said(text: str, start: int, end: int, limit: int) -> bool:
    if _SAID_AFTER.match(text[end:min(end + 90, limit)]):
        return True
    return bool(_SAID_BEFORE.search(text[max(0, start - 40):start]))
