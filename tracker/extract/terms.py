"""What each number of a sentence counts, and what happened to them.

A quantity is read with its head noun (people, families, houses, or a thing that is no
figure), then tied to the displacement cue of its own clause: the words after it up to the
next quantity, else the verb that governs it, else the words before it, else those of the
quantity it is coordinated with ("... 500,000 people and Odisha about 150,000"). Among the
cues of one clause the guide's precedence decides (sheltered over displaced, refugees over
sheltered). A quantity with no such tie is no figure.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.extract import lexicon as lx
from tracker.extract.dates import MONTHS, WEEKDAYS
from tracker.extract.geography import hosting_spots, named_by_nation, refugee_moves
from tracker.extract.numbers import HAS_DIGIT, MONTHS, Quantity, clause_comma, last_clause_comma
from tracker.extract import places
from tracker.extract.places import find_places
from tracker.extract.text import CELL_GAP
from tracker.model import TERMS, Figure

if TYPE_CHECKING:
    from tracker.extract.engine import ListRow

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*|[%/]")


@dataclass
class Candidate:
    quantity: Quantity
    unit: str | None = None
    noun_term: str | None = None
    noun_end: int = 0
    partitive_them: bool = False
    rejected: str | None = None
    term: str | None = None
    own_cue: bool = False
    cue_at: int | None = None
    inherited: Figure | None = None
    label_terms: set[str] | None = None


def cell_label(text: str, q: Quantity, row: ListRow) -> str | None:
    """The words a table cell's number is read with: its own `Label:`, else its column's header."""
    before = text[:q.start]
    gaps = list(CELL_GAP.finditer(before))
    cell = before[gaps[-1].end():] if gaps else before
    if row.header and not gaps and ":" in cell and "/" in text[cell.rfind(":"):]:
        column = cell[cell.rfind(":"):].count("/")
        return row.header[column] if column < len(row.header) else None
    if ":" in cell:
        return cell[:cell.rfind(":")]
    dashed = _CELL_DASH_LABEL.match(cell)
    if dashed:
        return dashed.group(1)
    named = column_header(text, q.start, row.header)
    if named is not None and DATE_HEADER.fullmatch(named):
        cells = text.split("|") if "|" in text else CELL_GAP.split(text)
        label = next((c.strip() for c in cells if c.strip()), "")
        return label if label and not HAS_DIGIT.search(label) else named
    return named


def column_header(text: str, at: int, header: list[str] | None) -> str | None:
    """The header of the column in which the cell at `at` stands."""
    if not header:
        return None
    column = len(CELL_GAP.findall(text, 0, at))
    return header[column] if column < len(header) else None


DATE_HEADER = re.compile(r"\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+(?:19|20)\d\d)?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?"
                          r"|(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:19|20)\d\d-\d\d-\d\d|[Ww]eek\s+\d{1,2}"
                          r"|[A-Za-z]{3,9}\s+(?:19|20)\d\d)\s*[*\u2020\u00b9\u00b2\u00b3]?\s*")
"""A column headed by a date (`| Indicator | 5 May | 8 May |`): its cells count what the row's label names, as of that day."""


_IN_BEFORE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+|official\s+|public\s+|emergency\s+)?$")
"""A column `In shelters` counts the people in them."""
_PLACE_KIND_AFTER = re.compile(r"\s+(?:department|region|province|district|state|county)\b")
"""`Centre department: 330,000`: a place named Centre, not a centre."""


def _label_kinds(lower: str) -> list[str]:
    """What each counting word of a (lower-case) label counts: households, houses, people or things."""
    kinds = []
    for found in re.finditer(r"[a-z-]+", lower):
        word = found.group()
        if word in ("centre", "center") and _PLACE_KIND_AFTER.match(lower, found.end()):
            continue
        if word in lx.HOUSEHOLD_NOUNS:
            kinds.append("households")
        elif word in ("shelters", "shelter") and _IN_BEFORE.search(lower, 0, found.start()):
            kinds.append("people")
        elif word in ("shelters", "shelter") and not _DAMAGE.search(lower):
            kinds.append("nonfigure")
        elif word in lx.HOUSE_NOUNS:
            kinds.append("houses")
        elif word in lx.PEOPLE_NOUNS or word in lx.POPULATION_NOUNS:
            kinds.append("people")
        elif word in lx.NONFIGURE_NOUNS:
            kinds.append("nonfigure")
    return kinds


def labels_no_figure(label: str) -> bool:
    """`Bridges damaged:`, `Deaths:`: a label naming things or casualties, not people or houses."""
    lower = label.lower()
    if lx.NEGATIVE_CUES.search(lower) or _LABEL_NEGATIVE.search(lower):
        return True
    if _NAMED_PLACE_LABEL.match(label) or _NAMED_SITE_LABEL.match(label) or _is_place_label(label) \
            or _PLACE_OF_KIND_LABEL.match(label):
        return False
    kinds = _label_kinds(lower)
    return bool(kinds) and all(kind == "nonfigure" for kind in kinds)


_NAMED_PLACE_LABEL = re.compile(r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?:(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:town|city|village|district|county|province|region|state|"
                                r"municipality|commune|island|prefecture|ward|block|upazila|woreda|chiefdom|Municipality|Commune|Ward|"
                                r"Block|Upazila|Woreda|Chiefdom|LGA)|(?:[Oo]ther|[Rr]emaining|[Aa]ll other)\s+(?:governorates|districts|provinces|"
                                r"regions|states|counties|areas|municipalities|towns|villages|localities|territories|zones))\s*$")
"""`Noto town: 4,250`, `Other governorates - 252`: a row labelled with places, not a count of them."""
_NAMED_SITE_LABEL = re.compile(r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?!(?:Transit|Reception|Evacuation|Collective|Relief|Displacement|"
                               r"IDP|Refugee|Temporary|Other|New|Informal|Formal|Planned|Spontaneous|Official|Host|Emergency|"
                               r"Total|All|Camp|Camps|Site|Sites)\b)(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:camps?|settlements?|sites?)\s*$")
"""`2. Maban camps: 38,900`, `Gorom settlement: 11,240`: a row labelled with a named site counts its people, not sites."""


def _is_place_label(label: str) -> bool:
    """`- Centre: 148,000` among Haiti's departments, `Rakhine State - 530,000`, `Orenburg region, Russia, floods: 14,500`:
    a capitalised label that names a place, or a place and its country, is where, not what."""
    name = re.sub(r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?", "", label).strip()
    parts = [part.strip() for part in name.split(",")]
    if len(parts) > 1 and parts[0][:1].isupper() and places.country_of(parts[1], countries_only=True) is not None:
        return True
    name = _DIVISION_AFTER.sub("", name) or name
    return name[:1].isupper() and not name.isupper() and places.country_of(name) is not None


_DIVISION_AFTER = re.compile(r"\s+(?:Region|State|Province|District|County|Department|Governorate|Prefecture|Division)$")
"""`Sagaing Region - 1,180,000`: a place named with its kind of division."""


_PLACE_OF_KIND_LABEL = re.compile(r"\s*(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Province|Region|State|District|County|Department|Governorate)\s*$")
"""`Koshi Province: 412 houses fully destroyed`: a line labelled by a place."""
_ALTERNATIVES = re.compile(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])")
"""`Families in tents/temporary shelters`: a slash between words offers alternatives."""


def read_label(cand: Candidate, label: str) -> None:
    """Unit, term or rejection of a table cell from its label ("Persons in safety centres", "Deaths")."""
    if _NAMED_PLACE_LABEL.match(label) or _NAMED_SITE_LABEL.match(label):
        return
    label = _ALTERNATIVES.sub(" or ", label)
    lower = label.lower()
    if lx.NEGATIVE_CUES.search(lower) or _LABEL_NEGATIVE.search(lower):
        cand.rejected = "negative label"
        return
    noun, _, kind = _head_noun(" " + label, 0)
    kinds = _label_kinds(lower)
    head = [k for k in _label_kinds(_PARTICIPLE_WORD.sub(" ", _LABEL_MODIFIER.split(lower, 1)[0])) if k != "nonfigure"]
    if head:
        kind = head[-1]
    elif kinds and all(k == "nonfigure" for k in kinds) and _STAYING_LABEL.match(lower) \
            and any(t == "sheltered" for _, t in Cues(lower).between(0, len(lower))):
        kind = None
    elif kinds:
        kind = next((k for k in kinds if k != "nonfigure"), "nonfigure")
    elif _PLACE_KIND_AFTER.search(lower):
        kind = None
    if kind == "nonfigure" and _is_place_label(label):
        kind = None
    if kind in ("nonfigure", None) and not cand.unit:
        cand.rejected = "label counts no people or houses" if kind else cand.rejected
        if kind:
            return
    if kind in ("people", "households", "houses"):
        cand.unit = kind
    cues = Cues(lower)
    cand.label_terms = {t for _, t in cues.between(0, len(lower))} | ({_noun_term(lower)} - {None})


_STAYING_LABEL = re.compile(r"\W*(?:living|staying|sheltering|sleeping|housed|accommodated)\s+(?:in|at)\b")
"""`Living in container cities: 23K`: a label that tells where people stay counts people, not the places."""
_PARTICIPLE_WORD = re.compile(r"\b[a-z]+ed\b")
_LABEL_MODIFIER = re.compile(r"\s(?:in|at|of|from|since|by|to|into|per|with|recorded|registered|living|staying)\s")
"""`Returnee households` counts households, `IDPs in sites` people: the head of a label is its last counting word
before what qualifies it."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
"""`The 2025 regional refugee response plan`: a year after "the" names something of that year."""
_NAME_AFTER_YEAR = re.compile(r"\s+[A-Z]")
"""`the 2024 Chad Refugee Response Plan`: a year before a name."""
_MIGRANT_ARRIVALS = re.compile(r"\s+(?:new\s+)?(?:irregular\s+)?migrant\s+(?:arrivals|crossings|entries)\b", re.I)
"""`IOM recorded more than 97,000 migrant arrivals in Yemen`: a flow of migrants counted at a route, not people displaced."""
_LABEL_NEGATIVE = re.compile(r"\b(?:deaths?|dead|died|injured|missing|affected|at risk|in need|open|enabled|operating|available|"
                             r"targeted|targets?|planned|to be reached|assisted|budget)\b"
                             r"|^\W*(?:total\s+|pre-war\s+|estimated\s+|host\s+|resident\s+)?population\b"
                             r"(?![^|]*\b(?:displac\w*|idps?|refugees?|evacu\w*|shelter\w*|camps?|sites?|return\w*))"
                             r"|^\W*(?:\d{1,2}[.)]\s*)?(?:people|residents|civilians|population|inhabitants)\s+(?:[a-z]+\s+){0,3}?"
                             r"remain(?:ing|ed)?\s+(?:in|at|behind)\b(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:shelters?|centres?|centers?|"
                             r"camps?|sites?|posts?|schools?|tents?|halls?)\b)")
"""`Deaths:`, `People estimated to remain in North Gaza governorate:`, `Population (2023 est.)`: a label of people who
are no figure."""


_HOUSES_THEN_A_SHARE = re.compile(r"\b\d[\d,]*\s+(?:[a-z-]+\s+)?(?:houses|homes|dwellings|shelters)\b[^.;]{0,90}?,\s+$")
"""`23 houses had been damaged, nine of them completely gutted`: a number word for a share of a count of houses is one."""
_MORE_HOUSES_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
                                 r"[Tt]welve|\w+teen|\w+ty(?:-\w+)?)(?:\s+(?:hundred|thousand))?)\s+(?:[a-z-]+\s+)?(?:houses|homes|dwellings|shelters)\b"
                                 r"[^.;]{0,90}?(?:\band\s+(?:(?:damaged|destroyed|flattened|razed|burned|burnt)\s+)?(?:(?:a\s+further|another|an\s+additional)\s+)?"
                                 r"|,\s+(?:of\s+which|of\s+them)\s+)$")
"""`240 houses had been damaged and eight washed away`, `Fourteen houses were destroyed and fifty to sixty damaged`,
`destroyed twelve homes and damaged forty more`, `12 damaged houses, of which two are totally damaged`: a number word
continuing a count of houses is one."""
_WOUNDED_AFTER = re.compile(r"\s+(?:with|suffering(?:\s+from)?|treated\s+for)\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns|"
                            r"fractures|trauma)\b", re.I)
"""`400 people with gunshot or shrapnel wounds`: the injured, whoever they are a part of."""
_BARE_CROSSED = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:also\s+)?crossed\b(?!\s+(?:into|to|the|a|an|over|from|through|at(?!\s+(?-i:[A-Z]))|back|"
                           r"out|paths?|roads?|rivers?|lines?)\b)", re.I)
"""`More than 40,000 Congolese refugees have crossed into Burundi ... On Monday alone, some 9,000 people crossed`, `more
than 75,000 had crossed at Ras Jdir alone`: a crossing told without its border, or at a named crossing point, after a
refugee count is another count of it."""
_IN_NEED_AFTER = re.compile(r"(?:\s*,\s*(?:or\s+)?(?:(?:about|some|around|nearly|almost|more than|over|roughly)\s+)?(?:[\d.]+\s*(?:%|per\s*cent|"
                            r"percent)|(?:a|one)\s+(?:third|quarter|half|fifth))\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:population|people|residents|inhabitants)\s*,)?\s+(?:now\s+|still\s+|urgently\s+|also\s+)?"
                            r"(?:require|requires|required|need|needs|needed|are\s+in\s+need|were\s+in\s+need|depend\s+on|rely\s+on|face"
                            r"|(?:are|were|is|was)\s+(?:living|surviving)\s+(?:in|on\s+the\s+brink\s+of)\s+(?:famine|hunger|starvation|"
                            r"famine-like|catastrophic|extreme|emergency|acute|dire|desperate|crisis)\b)\b",
                            re.I)
"""`and 19.5 million people require humanitarian assistance`, `and 24 million people, about 80 percent of the population,
need some form of aid`, `24 million people, or 80% of the population, need`: people in need, whatever the count beside them is."""
_STATE_OF_PLACES_AFTER = re.compile(r"\s+(?:are|were|is|was|remain|remained)\s+(?:now\s+|already\s+|still\s+)?(?:at\s+(?:full\s+)?capacity|"
                                    r"full|overcrowded|operational|functional|functioning|closed|open|unusable|over capacity)\b", re.I)
"""`Number of collective shelters opened: 973. Of these, 793 are at full capacity`: a part of a count of places."""
_INTERNALLY_DISPLACED = re.compile(r"\binternally displaced\b|\bidps?\b")
_WHO_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:who|that|many of whom|most of whom|after they|having)\b")
"""`100,000 internally displaced people who fled attacks`: people named as internally displaced stay displaced, however
a clause about them tells how they left."""
_AGE_BOUND_BEFORE = re.compile(r"\b(?:are|were|is|was|aged|ages|age|children|teenagers|teens|minors|youths?|girls|boys|adults)\s+"
                               r"(?:under|over|below|above|between)\s+(?:the\s+age\s+of\s+)?$|\b(?:at|from|by|until|since)\s+the\s+age\s+of\s+$", re.I)
"""`nearly half of the world's internally displaced people are under 25`: an age, not a count."""
_PER_SHELTER_AFTER = re.compile(r"\s+(?:or\s+more\s+|(?:or|to|and)\s+\d{1,2}\s+)?(?:people\s+|persons\s+)?to\s+(?:a|one|each|every)\s+(?:single\s+)?(?:tent|room|classroom|"
                                r"shelter|house|hut|bed|mattress|cell|container|caravan|apartment|flat|tarpaulin|compound|home)\b", re.I)
"""`People are living 10 to a tent`: how crowded a shelter is, not how many live in it."""
_OTHER_TALLY_RISES_TO = re.compile(r"\b(?:cases|infections|admissions|consultations|doses|vaccinations|tonnes|tons|"
                                   r"hectares|acres|arrests|votes|sales|index|readings?)\b(?:\s+(?:in|among|at|of)\s+[^.;,]{1,50}?)?\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?(?:pass|passed|passes|reach|"
                                   r"reached|reaches|top|topped|tops|exceed|exceeded|exceeds|near|neared|nears|hit|hits|surpass|surpassed|surpasses|"
                                   r"rose\s+to|rise\s+to|rises\s+to|climbed\s+to|climb\s+to|climbs\s+to)\s+"
                                   r"(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
"""`Yemen cholera cases pass 269,000 as outbreak spreads among the displaced`: a tally of cases, not of people."""
_VENUE_SEATS_BEFORE = re.compile(r"\b(?:stadium|arena|venue|auditorium|theatre|theater|coliseum|dome|ground)\b[^.;]{0,100}?\b(?:holds|seats|"
                                 r"can\s+hold|could\s+hold)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+|"
                                 r"roughly\s+|almost\s+)?$", re.I)
"""`The Benghazi stadium where they played their home games holds about 10,000`: a venue's seats, counting nobody."""
_ONE_FAMILY = re.compile(r"\b(?:are|is|were|as|like)\s+(?:all\s+)?(?i:one)\s+(?:big\s+|happy\s+|human\s+)?family\b")
"""`we are all one family in this hall`: a saying, not a household."""
_LIMIT_OR_CHANGE_BEFORE = re.compile(r"\b(?:ceiling|cap|limit|an?\s+(?:increase|rise|decrease|drop|fall|jump|decline)|(?:increased|"
                                     r"decreased|rose|fell|dropped|grew|climbed)\s+by)\s+(?:of\s+|to\s+|at\s+)?"
                                     r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+|roughly\s+|just\s+over\s+)?$", re.I)
"""`cut its annual refugee ceiling to 30,000`, `up to a limit of 72,000`, `an increase of 19.1 million`: a cap or a change
between two counts, not a count of people."""
_HYPOTHETICAL_BEFORE = re.compile(r"\bequivalent\s+(?:of|to)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:taking\s+in|hosting|receiving|absorbing|"
                                  r"admitting|welcoming|housing|sheltering)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|roughly\s+)?$", re.I)
"""`1.1 million Syrian refugees, the equivalent of Britain taking in 16 million`: a comparison, not a count."""
_NO_COUNT_BEFORE = ((_OTHER_TALLY_RISES_TO, True, "a tally of something else"),
                    (_VENUE_SEATS_BEFORE, True, "a venue's capacity"),
                    (_LIMIT_OR_CHANGE_BEFORE, False, "a ceiling or a change, not a count"),
                    (_HYPOTHETICAL_BEFORE, False, "a hypothetical comparison"))
"""What the words just before a number make of it (pattern, only when no noun follows, reason): no count of people."""
_PEOPLE_NOUN_NEXT = re.compile(r"\s+(?:residents|dwellers|inhabitants|villagers|occupants|families|households|people|children|"
                               r"students|pupils|schoolchildren|teachers|learners|"
                               r"refugees|evacuees|returnees)\b", re.I)
"""`26,000 camp residents`, `300 village families`: a place noun naming whose people they are."""
_MEMBERS_AFTER = re.compile(r"\s+members\b", re.I)
"""`six family members` are people, not households."""
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|until|till|from|during|before|after|early|late|mid)\s+$", re.I)
"""`The war that began in 2011 displaced ...`: a year after a preposition is a year, whatever follows it."""


_THINGS_THEN_COUNT = re.compile(r"\b([A-Za-z]+),\s+(?:(?:more than|over|about|some|nearly|almost|around|at least)\s+)?$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|across|from|to|into|on|for)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$", re.I)
_COUNT_ASIDE_ENDS = re.compile(r"\s*(?:so far|to date|in all|in total|since then|since [A-Z][a-z]+)?\s*[,)]")
"""`as aftershocks, more than 500 so far, kept families from returning`: a count in an aside after a plural of things
counts those things."""
_OF_THE_HURT = re.compile(r"\b(?:of|among)\s+(?:the|those)\s+(?:injured|wounded|dead|sick|casualties|victims|missing)\s*,?\s*$", re.I)
"""`Of the injured, 120 ...`: a share of the injured is none."""


_SHOUTED = re.compile(r"[^a-z]*[A-Z]{3}[^a-z]*")
"""`WEST BENGAL: 2.16 LAKH EVACUATED FROM COASTAL DISTRICTS`: a line in capitals has no proper names to tell apart."""


_ROOMS_FOR = re.compile(r"\brooms\s+for\s*$")
"""`securing hotel rooms for up to 2,000 displaced residents`: rooms for at most so many are a capacity."""
_OR_OLDER = re.compile(r"\s+(?:or|and)\s+(?:older|above|younger)\b|\s+(?:or|and)\s+(?:over|under)\s*[,.;)]")
"""`residents are 65 or older`: an age."""
_EVENT_OF_A_YEAR = re.compile(r"\b(?:floods?|flooding|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|storms?|wars?|conflict|tsunami|"
                              r"droughts?|fires?|firestorm|wildfires?|bushfires?|eruption|landslides?|monsoon|offensive|crisis|exodus|"
                              r"uprising|invasion|genocide|massacres?|riots?|violence|fighting|clashes|famine|disaster|summer|spring|"
                              r"winter|autumn|season)\s+of\s+$", re.I)
"""`the floods of 2000 displaced about half a million people`: the year of an event, not a count of its people."""
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-\u2013/]\s*(?:\d\d|(?:19|20)\d\d)")
_YEAR_SPAN_AFTER = re.compile(r"[-\u2013/](?:\d\d|(?:19|20)\d\d)\b")
"""`Lebanon's 1975-90 civil war displaced ...`: a span of years is a time, not a count."""
_AFTER_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:and|or|&)\s+$|\b(?:1[89]|20)\d\d\s*,\s*(?:1[89]|20)\d\d\s*,\s*$"
                           rf"|\b(?i:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTHS})\.?,?\s+$")
"""`Floods in 2021 and 2022 displaced hundreds of thousands`: a year joined to a year is one too; so is the year of
a day (`the collapse on September 10, 2024 displaced ...`)."""


_NOUN_ADJUNCT_AFTER = re.compile(r"\s+(?:refugee|migrant|idp|evacuee|returnee|displacement|humanitarian|flood|monsoon|drought|"
                                 r"hurricane|cyclone|typhoon)\s+[a-z]+", re.I)
"""`Chad's 2024 refugee response plan`: a year naming a plan or a season, not a count."""


_PEOPLE_PREDICATE = re.compile(r"[^.;,]{0,60}?\b(?:are|were|is|was)\s+(?:\w+\s+)?(?:children|women|girls|boys|minors|elderly|men|adults|"
                               r"infants|babies|pupils|students|orphans)\b")
"""`About 1,500 of those in the evacuation centres are children`: a part said to be children counts people, whatever the
whole counted."""
_STAYING_UNDER_ORDERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:are|were|remain|remained)\s+(?:still\s+)?(?:living|staying|remaining)\s+"
                                         r"in\s+(?:the\s+)?(?:areas?|zones?|settlements|towns|villages)\s+(?:under|covered\s+by)\s+"
                                         r"(?:mandatory\s+)?evacuation\b")
"""`about 80,000 people are still living in areas under evacuation orders`: those who have not left."""
_ASSESSED_BEFORE = re.compile(r"\b(?:surveyed|inspected|assessed|visited|checked|evaluated)\s+(?:(?:about|some|around|more than|over|"
                              r"nearly|roughly|almost|another|a further)\s+)?$")
_DECIDED_BEFORE = re.compile(r"\b(?:resolved|reviewed|examined|adjudicated|decided\s+on)\s+(?:only\s+|just\s+|about\s+|some\s+|"
                             r"around\s+|nearly\s+|more\s+than\s+|over\s+)?$")
"""`had received asylum requests from 29,500 Nicaraguans, but had resolved only a few hundred of them`: claims decided,
not people who came."""
_ASSESSED_AS = re.compile(r"[^.;,]{0,40}?\bas\s+(?:\w+\s+)?(?:damaged|destroyed|uninhabitable|unsafe|beyond repair)"
                          r"|\s+(?:(?:partially|partly|fully|totally|badly|severely)\s+)?(?:damaged|destroyed)\s+(?:homes|houses|dwellings)\b")
"""`Our damage assessment teams have surveyed about 5,000 homes`: what was looked at is no count of what was found
(`assessed 3,400 homes as destroyed`, `assessed 230 damaged homes` are)."""


_PLACE_HAS_BEFORE = re.compile(r"\b(?:which|that|city|town|village|district|province|region|country)\s+(?:still|now)\s+"
                               r"(?:has|had|have)\s+(?:(?:an estimated|about|some|around|roughly|nearly|more than|over|at least)\s+)?$", re.I)
_RESIDENTS_AFTER = re.compile(r"(?:\s+(?:to|and)\s+[\d.,]+(?:\s+(?:million|thousand))?)?\s+(?:residents|inhabitants|people living there)\b")
"""`the city, which still has an estimated 1.2 million to 1.5 million residents`: how many still live in a place (a town
whose 3,000 residents were evacuated may count them)."""
_IDENTIFIED_BEFORE = re.compile(r"\b(?:identified|named|buried|recovered|exhumed)\s+(?:(?:about|some|at least|nearly)\s+)?$", re.I)
_OF_THE_DEAD_AFTER = re.compile(r"\s+of\s+the\s+(?:victims|dead|bodies|deceased|fatalities)\b")
"""`The Legal Medical Service said it had identified 102 of the victims`: a count of the dead."""
_THEM_IN_A_PLACE = re.compile(r"^\s*of (?:them|those|whom|these)\s+(?:now\s+|still\s+)?(?:in|at|inside|living|staying|sheltering)\b")
"""`300 of those in shelters were children`: those in a place are people, not the place."""
_DOING_AFTER = re.compile(r"\s+[a-z]+ing\s+(?:the|a|an|its|their|some|about|\d)\b")
"""`several buildings, including one housing the US embassy`: `one` that does something is a pronoun, no count."""


_LIVING_THERE_A_SHARE_DISPLACED = re.compile(
    r"\s+(?:people|residents|inhabitants|civilians)\s+(?:now\s+)?(?:live|lives|lived|living)\s+in\s+"
    r"(?!(?:[\w-]+\s+){0,4}(?:camps?|tents?|shelters?|sites?|settlements?|centres?|centers?|schools?|makeshift|displacement|"
    r"evacuation|informal|collective|temporary|relief)\b)[^.;,]{1,60},\s+(?:(?:around|about|some|nearly|almost|roughly|more\s+than|"
    r"over)\s+)?(?:half|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|most|many|\d[\d.]*\s*(?:per\s*cent|percent|%))\s+of\s+"
    r"(?:them|whom)\b")
"""`about 3 million people live in the Idlib region, around half of them already displaced`: the whole is the
region's population; only its share is a count of the displaced."""


_RATIO_BEFORE = re.compile(r"\d:$")
"""`the ratio of latrines to persons exceeds 1:100`: the number after a colon and a digit is a ratio's term."""


def read_quantity(text: str, q: Quantity, previous: Figure | None) -> Candidate:
    cand = Candidate(q)
    if _SHOUTED.fullmatch(text):
        lower = text.lower()
        text = lower if len(lower) == len(text) else text
    if q.kind == "year":
        counted = _head_noun(text, q.end)
        adjacent = counted[2] in ("people", "households", "houses") and len(text[q.end:counted[1]].split()) == 1 \
            and (q.value % 100 == 0 or counted[0] not in _COHORT_NOUNS)
        if not counted[0] or _NAME_AFTER_YEAR.match(text, q.end) or _AFTER_A_YEAR.search(text, max(0, q.start - 24), q.start) \
                or _YEAR_SPAN_AFTER.match(text, q.end) or _YEAR_SPAN.fullmatch(text, q.number_start, q.end) \
                or _NOUN_ADJUNCT_AFTER.match(text, q.end) or _EVENT_OF_A_YEAR.search(text, max(0, q.start - 24), q.start) \
                or _THE_BEFORE.search(text, max(0, q.start - 5), q.start) and not adjacent \
                or _YEAR_PREPOSITION.search(text, 0, q.start) and (counted[2] not in ("people", "households", "houses")
                                                                    or counted[0] in _PARTICIPLE_TERMS or counted[0] == "displaced"
                                                                    or not adjacent and not _FROM_BEFORE.search(text, 0, q.start)):
            cand.rejected = "year"
            return cand
    elif not q.is_count:
        cand.rejected = q.kind
        return cand
    if q.value >= 1_000_000_000:
        cand.rejected = "more than any count of displaced people: a sum or a population"
        return cand
    before = text[:q.start]
    recent = text[max(0, q.start - 200):q.start]
    after = text[q.end:]
    if _OF_THE_HURT.search(text, max(0, q.start - 40), q.start):
        cand.rejected = "a share of the injured or dead"
        return cand
    if _RATIO_BEFORE.search(text, max(0, q.start - 8), q.start):
        cand.rejected = "a ratio"
        return cand
    if _MIGRANT_ARRIVALS.match(text, q.end):
        cand.rejected = "arrivals of migrants"
        return cand
    if lx.AGE_BEFORE.search(recent) and lx.AGE_AFTER.match(after) and q.value < 130 or lx.AGED.search(recent) \
            or q.value < 130 and lx.AGED.search(text, max(0, q.number_start - 60), q.number_start) \
            or re.match(r"^(?:-year-old|\s+years? old|-month-old)", after) or q.value < 130 and _OR_OLDER.match(after) \
            or q.value < 130 and (_WAS_BEFORE.search(recent) and _WHEN_AFTER.match(after) or _NOW_BEFORE.search(recent) and _COMMA_AFTER.match(after)
                                  or _PERSON_WAS_BEFORE.search(recent) and _ELIDED_END.match(after)):
        cand.rejected = "age"
        return cand
    if q.value < 100 and not q.vague and not text[q.number_start:q.end][:1].isdigit() and _PARTITIVE_OF.match(text, q.end) \
            and not (q.value >= 10 and _PEOPLE_PARTITIVE.match(text, q.end)):
        cand.rejected = "one of the ..."
        return cand
    if _OF_THE_DEAD_AFTER.match(text, q.end) and _IDENTIFIED_BEFORE.search(text, max(0, q.start - 30), q.start):
        cand.rejected = "the dead identified"
        return cand
    if _PLACE_HAS_BEFORE.search(text, max(0, q.start - 60), q.start) and _RESIDENTS_AFTER.match(text, q.end) \
            or _LIVING_THERE_A_SHARE_DISPLACED.match(text, q.end):
        cand.rejected = "the population of a place"
        return cand
    if q.value == 1 and text[q.number_start:q.end].lower() == "one" and _DOING_AFTER.match(text, q.end):
        cand.rejected = "the pronoun one"
        return cand
    small_noun = _head_noun(text, q.end) if q.value < 10 and not re.search(r"\d", text[q.number_start:q.end]) else None
    if small_noun and small_noun[2] not in ("houses", "households") \
            and not (small_noun[0] in (None, "others", "more") and _MORE_HOUSES_BEFORE.search(text, max(0, q.start - 140), q.start)) \
            and not (lx.PARTITIVE_THEM.match(text[q.end:]) and _HOUSES_THEN_A_SHARE.search(text, max(0, q.start - 140), q.start)):
        cand.rejected = f"count of {small_noun[0]}" if small_noun[2] == "nonfigure" else "a handful: an anecdote, not a count"
        return cand
    if _TOLL_BEFORE.search(recent) or _BURIAL_OF_BEFORE.search(text, max(0, q.start - 40), q.start):
        cand.rejected = "a death toll"
        return cand
    if _ONE_FAMILY_AFTER.match(text, q.end) or _FAMILY_MEMBERS_AFTER.match(text, q.end) and _WITH_BEFORE.search(recent):
        cand.rejected = "the members of one family"
        return cand
    if "detention" in after[:120] and _IN_DETENTION_AFTER.match(after):
        cand.rejected = "people held in detention"
        return cand
    if _GATHERING_OF_BEFORE.search(recent):
        cand.rejected = "the size of a gathering"
        return cand
    if _AID_TARGET_BEFORE.search(recent):
        cand.rejected = "people an appeal or plan aims to reach"
        return cand
    near = text[max(0, q.start - 60):q.start]
    if _AID_FOR_BEFORE.search(near) or _AVERAGE_OF_BEFORE.search(text, max(0, q.number_start - 60), q.number_start) \
            or _PURPOSE_OF_BEFORE.search(near):
        cand.rejected = "aid recipients, an average or a purpose"
        return cand
    stranded = _STILL_STRANDED.match(text, q.end)
    if _STAYED_HOME.match(text, q.end) or stranded and not _DISPLACED_NOUN.search(text, q.end, stranded.end()):
        cand.rejected = "people who stayed at home"
        return cand
    aid_to, goods_to = _AID_TO_BEFORE.search(recent), _AID_GOODS_TO_BEFORE.search(recent)
    if (aid_to or goods_to) and _received_aid(text, q, aid_to is not None, goods_to is not None):
        cand.rejected = "aid recipients"
        return cand
    if _FIGURE_NAMED.match(text, q.end) and _DETERMINER_BEFORE.search(text, max(0, q.start - 8), q.start):
        cand.rejected = "a figure spoken of"
        return cand
    if _BUILT_WITH_BEFORE.search(text, max(0, q.start - 90), q.start):
        cand.rejected = "shelters to be built"
        return cand
    if _COUNTER_BEFORE.search(text, max(0, q.start - 24), q.start):
        cand.rejected = "a photo or page counter"
        return cand
    if _STAYING_UNDER_ORDERS_AFTER.match(text, q.end):
        cand.rejected = "people who stayed under an order to leave"
        return cand
    if _ASSESSED_BEFORE.search(text, max(0, q.start - 40), q.start) and not _ASSESSED_AS.match(text, q.end):
        cand.rejected = "a count of things assessed"
        return cand
    if _DECIDED_BEFORE.search(text, max(0, q.start - 40), q.start):
        cand.rejected = "claims decided"
        return cand
    if _SCHOOLING_BEFORE.search(recent) or _REACHED_BEFORE.search(recent) and _WITH_AID_AFTER.match(text, q.end) \
            and not _TOTAL_BEFORE.search(recent):
        cand.rejected = "pupils taught or people reached with aid"
        return cand
    if _ONE_THING_BETWEEN_BEFORE.search(recent):
        cand.rejected = "people per shared thing"
        return cand
    if _DEPRIVING_BEFORE.search(recent) and _OF_SCHOOLING_AFTER.match(text, _head_noun(text, q.end, q.vague)[1]):
        cand.rejected = "children kept from school"
        return cand
    pupils = _PUPILS_AFTER.match(text, q.end)
    if pupils and _SCHOOL_TALK.search(text) and not _PUPILS_MOVED_BEFORE.search(text, max(0, q.start - 40), q.start) \
            and not _PUPILS_MOVED_AFTER.match(text, pupils.end()):
        cand.rejected = "pupils kept from school"
        return cand
    helpers = _WORKERS_AFTER.match(text, q.end)
    if helpers and _CAME_TO_HELP.match(text, helpers.end()):
        cand.rejected = "workers who came to help"
        return cand
    if _LEVEL_BEFORE.search(recent) and q.value < 100:
        cand.rejected = "a level or category"
        return cand
    if _REBUILT_OR_PLANNED_AFTER.match(text, q.end):
        cand.rejected = "homes rebuilt or planned"
        return cand
    if _LIVED_IN_BEFORE.search(recent) and not _HOUSEHOLDS_NEXT.match(text, q.end) \
            and not (_COUNTED_BEFORE_RESIDENTS.search(recent) is None
                     and _head_noun(text, q.end, q.vague)[0] in _HOMES_AND_PROPERTIES):
        cand.rejected = "the buildings people live in"
        return cand
    if _MOVE_OF_BEFORE.search(recent) and _NEVER_HAPPENED.match(text, q.end):
        cand.rejected = "a move that never happened"
        return cand
    if _NOT_BEFORE.search(recent) and _AS_REPORTED_AFTER.match(_after_noun(text, q.end)):
        cand.rejected = "a figure said to be wrong"
        return cand
    close = text[max(0, q.start - 100):q.start]
    reason = next((reason for pattern, reason in _NO_FIGURE_BEFORE if pattern.search(close)), None) \
        or ("a claim in a post" if any(word in recent for word in _POST_WORDS) and _CLAIMED_IN_A_POST.search(recent) else None) \
        or ("a question" if "?" in text and _YES_NO_QUESTION.match(text) else None) \
        or ("a difference between counts" if recent.rstrip().endswith(",") and _MORE_THAN_BEFORE_AFTER.match(after) else None) \
        or ("a number denied" if _NOT_BEFORE_COUNT.search(recent) or text.startswith("not ", q.start) and recent.rstrip().endswith(",")
            else None)
    if reason:
        cand.rejected = reason
        return cand
    tally = _THE_NUMBER_OF_AFTER.match(after)
    if tally and tally.group(1) in lx.NONFIGURE_NOUNS:
        cand.rejected = "count of " + tally.group(1)
        return cand
    aside = _THINGS_THEN_COUNT.search(recent)
    if aside and aside.group(1).lower() in lx.NONFIGURE_NOUNS and _COUNT_ASIDE_ENDS.match(after) \
            and not _PREPOSITION_BEFORE.search(recent, 0, aside.start(1) if aside.start(1) > 0 else 0):
        cand.rejected = "count of " + aside.group(1).lower()
        return cand
    if _VENUE_HOLDS_BEFORE.search(recent) and _SPECTATORS_AFTER.match(text, q.end):
        cand.rejected = "the capacity of a venue"
        return cand
    if _VOTERS_AFTER.match(text, q.end):
        cand.rejected = "voters"
        return cand
    if _MARKER_BEFORE.search(recent):
        cand.rejected = "a road or boundary marker"
        return cand
    if _SENT_BEFORE.search(recent) and _HELPERS_AFTER.match(text, q.end):
        cand.rejected = "workers sent to help"
        return cand
    if _DAILY_BEFORE.search(recent):
        cand.rejected = "a daily rate"
        return cand
    if _PER_BEFORE.search(recent):
        cand.rejected = "the base of a rate"
        return cand
    if _POSSESSIVE_PRONOUN.search(recent) and q.value < 100:
        cand.rejected = "a family's own count"
        return cand
    if lx.CAPACITY_BEFORE.search(recent) or q.qualifier == "up_to" and _ROOMS_FOR.search(recent) or lx.RATE_AFTER.match(_after_noun(text, q.end)) or lx.RATIO_AFTER.match(after):
        cand.rejected = "capacity, rate or ratio"
        return cand
    things = _things_before(recent)
    if things and _OF_WHICH_AFTER.match(after) and _counts_things(things.group(1)):
        cand.rejected = "a share of " + things.group(1)
        return cand
    helpers = _HELPERS_BEFORE.search(recent) if lx.PARTITIVE_THEM.match(after) else None
    if helpers:
        cand.rejected = "a share of " + helpers.group(1).lower()
        return cand
    if lx.PARTITIVE_THEM.match(after) or _OF_THOSE_BEFORE.search(before):
        noun, noun_end, kind = _head_noun(text, q.end, q.vague)
        if kind == "nonfigure" and lx.PARTITIVE_THEM.match(after) and not _THEM_IN_A_PLACE.match(after):
            cand.rejected = f"count of {noun}"
            return cand
        if kind == "people" and _WOUNDED_AFTER.match(text, noun_end):
            cand.rejected = "injured people"
            return cand
        them = lx.PARTITIVE_THEM.match(after)
        if kind is None and _STATE_OF_PLACES_AFTER.match(text, q.end + (them.end() if them else 0)):
            cand.rejected = "a count of places"
            return cand
        things = _things_before(recent)
        if things and lx.PARTITIVE_THEM.match(after) and _counts_things(things.group(1)) \
                and (q.value < 10_000 or not _PLACES_WITH_PEOPLE.search(things.group(1))):
            cand.rejected = "a share of " + things.group(1)
            return cand
        if inside_quotation(before):
            cand.rejected = "a share named inside a quotation"
            return cand
        cand.partitive_them = True
        cand.inherited = previous
        them = lx.PARTITIVE_THEM.match(after)
        cand.noun_end = q.end + (them.end() if them else 0)
        if them is None:
            noun, noun_end, kind = _head_noun(text, q.end, q.vague)
            if kind in ("people", "households", "houses"):
                cand.unit, cand.noun_end = kind, noun_end
        elif _PEOPLE_PREDICATE.match(text, cand.noun_end):
            cand.unit = "people"
        return cand
    if re.match(r"^-(?:year|month|week|day|hour|km|mile|metre|meter|storey|story|point|member|strong|room|bedroom|roomed|floor|bed|seater|lane)", after, re.I) \
            or _BY_A_LENGTH_AFTER.match(after):
        cand.rejected = "measure"
        return cand
    noun, noun_end, kind = _head_noun(text, q.end, q.vague)
    cand.noun_end = noun_end
    if noun in _HOMES_AND_PROPERTIES and (_UNDER_EVACUATION_ORDER.match(text, noun_end)
                                           or _EVACUATION_ZONE_BEFORE.search(text, max(0, q.start - 60), q.start)
                                           or _HOMES_EMPTIED_BEFORE.search(text, max(0, q.start - 60), q.start)
                                           and not _COUNTED_BEFORE_RESIDENTS.search(text, max(0, q.start - 60), q.start)):
        kind = "households"
    if kind is None and _IN_ALL_AFTER.match(text, q.end):
        named = _THE_COUNTED_BEFORE.search(text, max(0, q.start - 40), q.start)
        kind = _unit_of_noun(named.group(1).lower()) if named else None
    if kind in ("people", "households") and _PARTITIVE_OF.match(text, q.end) and previous is not None:
        cand.partitive_them = True
        cand.inherited = previous
    if kind in ("nonfigure", "unknown"):
        cand.rejected = f"count of {noun or 'something else'}"
        return cand
    if noun in _STAFF_AND_PATIENTS and _ALONGSIDE_BEFORE.search(recent):
        cand.rejected = PEOPLE_BESIDE
        return cand
    if kind == "people" and _WOUNDED_AFTER.match(text, noun_end):
        cand.rejected = "injured people"
        return cand
    if _BUILT_BEFORE.search(recent) and kind == "houses":
        cand.rejected = "houses built or rebuilt"
        return cand
    if kind is None and q.value <= 50 and _PER_SHELTER_AFTER.match(text, q.end):
        cand.rejected = "a density: people to a tent or room"
        return cand
    if q.value == 1 and _ONE_FAMILY.search(text, max(0, q.number_start - 16), q.number_start + 24):
        cand.rejected = "an idiom: one family"
        return cand
    for pattern, nounless, reason in _NO_COUNT_BEFORE:
        if (kind is None or not nounless) and pattern.search(text, max(0, q.number_start - 120), q.number_start):
            cand.rejected = reason
            return cand
    if kind is None and q.value < 120 and _AGE_BOUND_BEFORE.search(text, max(0, q.number_start - 20), q.number_start) \
            and not re.match(r"\s*(?:%|per\s*cent|percent)", text[q.end:]):
        cand.rejected = "an age"
        return cand
    if kind is None and q.value <= 100 and not q.vague and not re.match(r"\d", text[q.number_start:q.end]) \
            and not _MORE_HOUSES_BEFORE.search(text, max(0, q.start - 140), q.start):
        cand.rejected = "small number word without a noun"
        return cand
    if kind == "population" or _POPULATION_BEFORE.search(recent) and (kind is None or noun in ("residents", "people", "inhabitants")) \
            or (noun in ("residents", "people", "inhabitants") and lx.POSSESSIVE_BEFORE.search(recent)
                                and not _PASSIVE_CUE_AFTER.match(text, noun_end)) \
            or noun in ("residents", "people", "inhabitants", "persons") and _HOME_TO_BEFORE.search(recent) \
            and not _OWN_CUE_AFTER.match(text, noun_end) and not _CAMP_HOME_TO.search(recent) and not _IN_SHELTERS_AFTER.match(text, noun_end) \
            and not _DISPLACED_NOUN.search(text, q.end, noun_end) \
            or noun in ("residents", "inhabitants") and _FRACTION_OF_BEFORE.search(recent) and not _OWN_CUE_AFTER.match(text, noun_end) \
            and not _DISPLACED_NOUN.search(text, q.end, noun_end):
        if not _MOVED_WHOLE_BEFORE.search(recent) and not (_ORDERED_WHOLE_BEFORE.search(recent) and _TO_LEAVE_AFTER.match(text, noun_end)):
            cand.rejected = "population"
            return cand
        kind = "people"
    if kind and (_FRACTION_OF_BEFORE.search(recent) or _COUNT_OF_BEFORE.search(recent)):
        own = _OWN_CUE_AFTER.match(text, noun_end)
        if own:
            cand.label_terms = {"damaged" if own.group("partly") and own.group("cue").lower() == "destroyed"
                                 else _PARTICIPLE_TERMS.get(own.group("cue").lower(), "displaced")}
            cand.cue_at = own.start("cue")
        elif not _noun_term(text[q.end:noun_end].lower()):
            cand.rejected = "the whole a share is taken from"
            cand.unit = kind if kind in ("people", "households", "houses") else None
            return cand
    if kind:
        cand.unit = None if noun == "others" else kind
        cand.noun_term = _noun_term(text[q.end:noun_end].lower())
    return cand


_ALONGSIDE_BEFORE = re.compile(rf"\b(?:alongside|besides|beside|along\s+with)\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$", re.I)
PEOPLE_BESIDE = "people beside those counted"
_STAFF_AND_PATIENTS = frozenset("patients staff doctors nurses medics employees workers".split())
"""`1,500 displaced people were still sheltering in the compound of al-Shifa hospital, alongside about 600 patients`: the
people who were there anyway."""
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told|altogether)\b")
_THE_COUNTED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+)?([a-z]+)\s*,\s*$")
"""`The families, about 140 in all, are staying in a school`: the count of the noun named before it."""


def _unit_of_noun(noun: str) -> str | None:
    if noun in lx.HOUSEHOLD_NOUNS:
        return "households"
    if noun in lx.HOUSE_NOUNS:
        return "houses"
    return "people" if noun in lx.PEOPLE_NOUNS and noun not in lx.POPULATION_NOUNS else None


_HOMES_AND_PROPERTIES = frozenset(("properties", "property", "homes", "houses", "residences", "dwellings", "flats", "apartments"))
_WHERE_THEY_STAND = r"(?:\s+(?:on|in|at|near|along|around|across|of)\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,3}?)?"
_UNDER_EVACUATION_ORDER = re.compile(
    _WHERE_THEY_STAND + r"\s+(?:(?:were|was|are|is|remain|remained|had\s+been|have\s+been|has\s+been)\s+(?:still\s+|now\s+)?)?"
    r"(?:under|subject\s+to)\s+(?:an?\s+|the\s+)?(?:mandatory\s+)?evacuation\s+orders?\b"
    r"|" + _WHERE_THEY_STAND + r"\s+(?:had\s+been|have\s+been|were|was)\s+ordered\s+(?:to\s+be\s+)?evacuated\b"
    r"|(?:\s+(?:on|in|at|near|along|around)\s+(?:the\s+)?(?:(?:village|town|city|hamlet|suburb|district|borough)\s+of\s+)?"
    r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2},)?)?"
    r"\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:\w+ly\s+)?(?:evacuated|cleared\s+of\s+(?:their\s+)?residents)\b")
_HOMES_EMPTIED_BEFORE = re.compile(r"\b(?:residents|occupants|tenants|families|people)\s+(?:living\s+)?(?:of|in|from)\s+(?:(?:about|some|around|"
                                   r"roughly|nearly|more\s+than|over|at\s+least|all|another|a\s+further)\s+)?$"
                                   r"|\bevacuat(?:ed|ing|es)\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over|at\s+least|all|"
                                   r"another|a\s+further)\s+)?$", re.I)
"""`fire crews evacuated residents of about 30 homes`, `about 400 properties had been evacuated`: each home emptied is a
household evacuated, whoever is counted in it."""
_EVACUATION_ZONE_BEFORE = re.compile(r"\bevacuation\s+(?:zone|area|order)s?\s+(?:now\s+)?(?:covers?|covered|includes?|included|"
                                     r"takes\s+in|spans?|affects?|affected)\s+(?:(?:about|some|around|roughly|nearly|more\s+than|over|"
                                     r"an\s+estimated|at\s+least)\s+)?$", re.I)
"""`4,600 properties were under evacuation order`, `the evacuation zone covers about 4,100 homes`: monitors count each
home emptied by an order as a household evacuated; an evacuation alert only tells people to be ready."""


_BODY_BEFORE_MEMBERS = re.compile(r"\b(?:Forces|Army|Party|Guards?|Police|Committee|Council|Union|Cross|Crescent|Corps|Brigade|"
                                  r"Movement|Front|Society|Service)\s+$")
"""`300 Canadian Armed Forces members`: members of a body, not people displaced."""
_NOT_HOMES_BEFORE = re.compile(r"\b(?:religious|public|government|school|commercial|office|municipal|administrative|health|"
                               r"educational|industrial)\s+$", re.I)
"""`1,870 religious buildings`: buildings that are not homes."""


_DIGIT_AFTER_SLASH = re.compile(r"\s*\d")
_TIME_NOUN_AFTER = re.compile(r"\s+(?:week|month|year|weekend|night|morning|evening|afternoon|season|winter|spring|summer|autumn|"
                              r"fall|" + "|".join(WEEKDAYS + tuple(name for name in MONTHS if len(name) > 3 or name == "may")) + r")\b", re.I)
"""`rose to 150,000 last month`: a time said after the number is when, not what the number counts."""


_BUILT_WITH_BEFORE = re.compile(r"\b(?:re)?(?:build|construct|replace|install)(?:s|ing)?\b[^.;]{0,70}?\bwith\s+(?:(?:about|some|around|"
                                r"nearly|more than|over|at least|up to|another)\s+)?$", re.I)
"""`it would rebuild the burnt section of the camp with 300 transitional shelters`: shelters to be built."""
_COUNTER_BEFORE = re.compile(r"\b(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ss]lide|[Pp]age|[Pp]art|[Ii]tem)\s+\d+\s*(?:of\b|/)\s*$")
"""`Photo 5 of 9`: a gallery's counter."""
_SCHOOLING_BEFORE = re.compile(r"\b(?:education|schooling|classes|lessons|learning)\s+(?:for|of)\s+$", re.I)
_ONE_THING_BETWEEN_BEFORE = re.compile(r"\b(?:one|each|every|a\s+single)\s+(?:tent|room|latrine|toilet|shelter|classroom|tap|shower)\s+"
                                       r"(?:between|for|among)\s+(?:(?:about|some|around|up\s+to|as\s+many\s+as)\s+)?$", re.I)
"""`sharing one tent between 15 people`, `one latrine for 80 people`: how many share a thing, not a count of people."""
_DEPRIVING_BEFORE = re.compile(rf"\b(?:depriv(?:ing|ed|es)|keeping|kept|barring|barred)\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$", re.I)
_OF_SCHOOLING_AFTER = re.compile(r"\s+(?:of|from)\s+(?:an?\s+|their\s+)?(?:education|schooling|classes|lessons|school)\b")
"""`depriving around 70,000 children of an education`: children counted for the school they miss."""
_PUPILS_AFTER = re.compile(r"\s+(?:of\s+(?:the|its|their)\s+[\d,]+\s+)?(?:[a-z-]+\s+){0,2}?(?:pupils|students|schoolchildren|learners)\b")
_SCHOOL_TALK = re.compile(r"\b(?:class(?:es|rooms?)?|schools?|schooling|lessons?|exam(?:s|inations?)?|teach(?:es|ing)?|enrolled|"
                          r"turned up)\b", re.I)
_PUPILS_MOVED_BEFORE = re.compile(r"\b(?:evacuat\w+|displac\w+|relocat\w+|rescued|moved|housing|hosting|housed)\b[^,;]*$", re.I)
_PUPILS_MOVED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:evacuat\w+|displac\w+|relocat\w+|fled|flee\w*|moved|rescued|shelter\w*|housed|"
                                 r"staying|living|sleeping)\b", re.I)
"""`forcing classes to be suspended for about 12,000 pupils`, `delaying the return of some 90,000 pupils to school`:
pupils counted for the schooling they miss; pupils evacuated or sheltering are still counted."""
_REACHED_BEFORE = re.compile(r"\b(?:reached|reaching|reach)\s+$", re.I)
_WITH_AID_AFTER = re.compile(r"[^.;,]{0,70}?\bwith\s+(?:(?:emergency|winter|monthly|food|cash|hot|cooked|daily|free)\s+)?(?:cash|food|aid|assistance|"
                             r"supplies|kits|vouchers|meals|rations|hygiene\s+kits|relief\s+(?:items|supplies))\b"
                             r"(?!\s+(?:convoys?|workers|agencies|groups|organi[sz]ations|trucks|deliveries|flights))", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:number|total|tally|count|figure|population|evacuations|returns|arrivals|displacements)\b[^,;]{0,60}$", re.I)
"""`disrupting education for 400,000 students`, `has reached 45,000 returnees with cash assistance`: pupils and aid
recipients are counted for what they receive."""
_WORKERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:rescue|aid|relief|medical|humanitarian|health|emergency|search-and-rescue|"
                            r"construction|military)\s+(?:workers|staff|personnel|teams?|volunteers|experts)\b", re.I)
_CAME_TO_HELP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:arrived|arrive|arriving|deployed|sent|dispatched|flown in|flew in|joined|"
                           r"landed|are helping|were helping)\b", re.I)
"""`Some 400 rescue workers have arrived from abroad`: helpers who came, not people displaced (`600 health workers have
been displaced` are)."""
_FIGURE_NAMED = re.compile(r"\s+(?:figure|estimate|tally|count|total|number)\b(?!\s+of\b)", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.I)
"""`the 130,000 figure did not include ...`: a count named as a figure is spoken of, not stated again."""


_OF_HOUSES_AFTER = re.compile(r"\s+of\s+(?:houses|homes|dwellings|residential\s+buildings)\b", re.I)
_HOUSES_LABEL_BEFORE = re.compile(r"^\W*(?:houses|homes|dwellings)\b[^:]{0,40}:\s*[\d,.]+\s*$", re.I)
"""`1,600 rooms of houses collapsed`, `Houses collapsed: 15,026 rooms`: China counts houses by their rooms."""
_HOUSING_UNITS_BEFORE = re.compile(r"\b(?:residential|housing)\s+units\b", re.I)
"""`1,600 residential units had been destroyed and 3,000 units damaged`: the bare units are the same houses."""
_FAMILY_THING = re.compile(r"\s+([A-Za-z]+)\b")
_FAMILY_AID_THING = re.compile(r"\s+(?:food|hygiene|relief|kitchen|non-food|dignity|shelter)\s+(packs?|kits?|parcels|packages|rations)\b", re.I)
"""`18,000 family food packs`: the aid item after the word that says what is in it."""
_AID_ITEMS = frozenset("kits kit packs pack packages parcels rations tents tarpaulins tarps vouchers allowances grants plots "
                       "farms".split())
"""`3,400 family shelters`, `3,000 family kits`: "family" describing the thing counted."""


def _head_noun(text: str, pos: int, vague: bool = False):
    """The noun a number counts: (word, end offset, unit | 'nonfigure' | 'population' | 'unknown' | None)."""
    unknown = False
    previous_end = pos
    raw = ""
    for index, match in enumerate(_WORD.finditer(text, pos)):
        gap = text[previous_end:match.start()]
        if index > 4 or re.search(r"[,;:.()|/\u2014\"\u201c\u201d]", gap) and not (index == 0 and gap.strip() in ('"', "\u201c")):
            break
        previous_end = match.end()
        previous_raw, raw = raw, match.group()
        if raw == "/" and _DIGIT_AFTER_SLASH.match(text, match.end()):
            break
        word = raw.lower().strip("'\u2019")
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if word in ("last", "next", "this", "past", "previous", "that") and _TIME_NOUN_AFTER.match(text, match.end()):
            break
        if index == 0 and word in ("nos", "nr", "nrs") and text.startswith(".", match.end()):
            return None, match.end() + 1, None
        if index == 0 and word == "of" and vague:
            continue
        if index == 0 and word == "of":
            for follow in (_OF_THE_TWO_ADJ_NOUN.match(text, match.end()), _OF_THE_ADJ_NOUN.match(text, match.end()),
                           _OF_THE_NOUN.match(text, match.end())):
                noun = follow.group(1) if follow else None
                if noun == "members" and _OF_THE_NOUN.match(text, match.end()):
                    return noun, follow.end(), "people"
                if noun in lx.NONFIGURE_NOUNS or noun in ("shelters", "shelter") and not _damage_in_clause(text, follow.end()) \
                        or noun in ("injured", "wounded", "sick", "dead"):
                    return noun, follow.end(), "nonfigure"
                if noun in lx.HOUSEHOLD_NOUNS:
                    return noun, follow.end(), "households"
                if noun in lx.PEOPLE_NOUNS and noun not in lx.POPULATION_NOUNS:
                    return noun, follow.end(), "people"
            break
        members = _MEMBERS_AFTER.match(text, match.end()) if word in lx.HOUSEHOLD_NOUNS else None
        if members:
            return "members", members.end(), "people"
        if word in ("family", "household") and _FAMILY_THING.match(text, match.end()):
            thing = _FAMILY_AID_THING.match(text, match.end()) or _FAMILY_THING.match(text, match.end())
            kind = "houses" if thing.group(1).lower() in lx.HOUSE_NOUNS else "nonfigure"
            if kind == "houses" or thing.group(1).lower() in lx.NONFIGURE_NOUNS or thing.group(1).lower() in _AID_ITEMS:
                return thing.group(1).lower(), thing.end(), kind
        if word in lx.HOUSEHOLD_NOUNS:
            return word, match.end(), "households"
        if index == 0 and word in ("returns", "repatriations") and not vague and not _OF_THINGS.match(text, match.end()) \
                and (_RETURNING_PEOPLE.search(text) or _TO_OR_FROM_A_PLACE.match(text, match.end())):
            return word, match.end(), "people"
        if word == "units" and index == 0 and _HOUSING_UNITS_BEFORE.search(text, 0, pos):
            return word, match.end(), "houses"
        of_houses = _OF_HOUSES_AFTER.match(text, match.end()) if word == "rooms" and index == 0 else None
        if of_houses or word == "rooms" and index == 0 and _HOUSES_LABEL_BEFORE.search(text, 0, pos):
            return word, of_houses.end() if of_houses else match.end(), "houses"
        if word in ("residential", "housing") and re.match(r"\s+(?:buildings|units|blocks)", text[match.end():], re.I):
            return word, match.end() + re.match(r"\s+\w+", text[match.end():]).end(), "houses"
        if word in ("buildings", "building") and _NOT_HOMES_BEFORE.search(text, pos, match.start()):
            return word, match.end(), "nonfigure"
        if word in ("shelters", "shelter") and not _damage_in_clause(text, match.end()):
            return word, match.end(), "nonfigure"
        if word == "tents" and _tents_damaged(text, pos, match.end()):
            return word, match.end(), "houses"
        if word in lx.HOUSE_NOUNS:
            return word, match.end(), "houses"
        if word == "members" and index and _BODY_BEFORE_MEMBERS.search(text, pos, match.start()):
            return word, match.end(), "nonfigure"
        if word == "members" and not _NOT_PEOPLE_MEMBERS.match(text, match.end()):
            return word, match.end(), "people"
        if word in ("injured", "wounded", "sick", "dead") and index < 2:
            return word, match.end(), "nonfigure"
        if word in lx.POPULATION_NOUNS and word != "residents":
            return word, match.end(), "population"
        if word == "inmates" and "camp" not in text.lower():
            return word, match.end(), "nonfigure"
        if word in lx.PEOPLE_NOUNS or _is_people_word(raw):
            if (word in ("displaced", "returnee", "refugee", "evacuee", "idp", "migrant") or raw[:1].isupper()) \
                    and _next_is_noun(text, match.end()):
                continue
            return word, match.end(), "people"
        if word in lx.NONFIGURE_NOUNS and _PEOPLE_NOUN_NEXT.match(text, match.end()):
            continue
        if word in lx.NONFIGURE_NOUNS:
            return word, match.end(), "nonfigure"
        if word in lx.MODIFIERS or raw[0].isupper():
            continue
        if word in ("and", "or") and index and (_CAPITALISED_THEN_NOUN.match(text, match.end())
                                                or (previous_raw[:1].isupper() or previous_raw.lower() in lx.MODIFIERS)
                                                and _MODIFIER_THEN_NOUN.match(text, match.end())):
            continue
        if word.endswith(("ed", "ing", "ly")) and word not in _SERVING and _next_is_any_noun(text, match.end()):
            continue
        if word in lx.STOP_WORDS or word.endswith(("ed", "ing", "ly")) or word in _IRREGULAR_PARTICIPLES \
                or word == "half" and _PARTICIPLE_NEXT.match(text, match.end()):
            break
        unknown = True
    return None, pos, "unknown" if unknown else None


_IRREGULAR_PARTICIPLES = frozenset("burnt swept torn blown flown driven taken thrown shaken struck".split())
"""`130 houses were vandalised and 10 burnt down`: a verb after a bare number, not the noun it counts."""


_BY_A_LENGTH_AFTER = re.compile(r"\s*(?:by|x|\u00d7)\s*\d[\d,.]*\s*(?:metres|meters|m|feet|ft|foot|km|kilomet(?:re|er)s|cm|inches|yards)\b", re.I)
"""`a plot of land, typically 30 by 30 metres`: the side of an area."""
_IN_SHELTERS_AFTER = re.compile(r"\s+(?:at|in)\s+(?:(?:\d[\d,]*|the|temporary|relief|evacuation|emergency)\s+)*(?:relief\s+cent(?:re|er)s|"
                                r"evacuation\s+cent(?:re|er)s|shelters|relief\s+camps)\b")
"""`the worst-hit district with 17,390 people at relief centres`: people in shelters, not the district's population."""
_PARTICIPLE_NEXT = re.compile(r"[\s-]+[a-z]+ed\b")
"""`18,180 half destroyed`: "half" says how far, as "partly" does, and counts nothing."""


_CAPITALISED_THEN_NOUN = re.compile(r"\s+[A-Z][\w-]*\s+[a-z]")
_MODIFIER_THEN_NOUN = re.compile(r"\s+[a-z][\w-]*\s+(?=[a-z])(?!(?:and|or|of|in|to|were|was|are|is|have|had|has)\b)")
"""`64 Red Cross and partner shelters`: a name and a word of kind joined before the counted noun."""
"""`14 Afro-Colombian and Indigenous communities`, `3,000 mud and thatch houses`: modifiers joined by "and" still lead
to the counted noun."""
_SERVING = frozenset(("serving", "supporting", "assisting", "reaching", "receiving", "targeting", "benefiting", "covering",
                      "treating", "feeding", "helping", "accommodating", "visiting", "registering", "transporting", "carrying"))
"""`14 serving IDPs in camps`: a verb that relates the counted thing to people, not an adjective of the people."""


_PARTITIVE_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+", re.I)
_PEOPLE_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those)\s+(?:[A-Za-z-]+\s+){0,2}?(?:families|households|people|residents|evacuees|"
                               r"displaced|refugees|villagers|returnees)\b", re.I)
"""`Twenty-two of the families are staying in the school`: a part of the people counted, said in words."""


_FRACTION_OF_BEFORE = re.compile(r"\b(?:half|a third|two-thirds|a quarter|three-quarters|\d+\s*(?:%|per\s*cent|percent)|most|some|many|"
                                 r"the majority|a fraction|a share)\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?"
                                 r"(?:roughly|about|some|nearly|estimated|an estimated|around|approximately)?\s*$", re.I)
"""`half of the 30,000 residents`: the number is the whole a share is taken from, not the figure."""
_MOVED_WHOLE_BEFORE = re.compile(r"\b(?:evacuated|evacuating|evacuate|relocated|relocating|displaced|uprooted|airlifted|resettled|"
                                 r"ordered out|forced out|moved out)\s+(?:(?:all|the|of|its|their|some|about|around|roughly|nearly|"
                                 r"almost|an estimated|more than|over|entire|remaining|[\w-]+(?:'s|\u2019s))\s+){0,4}$"
                                 r"|\bevacuations?\b[^.;]{0,60}\binvolving\s+(?:(?:about|some|around|roughly|nearly|more than|over)\s+)?$", re.I)
"""`Authorities evacuated the roughly 300 inhabitants of Blatten`: a whole population moved is a figure."""
_ORDERED_WHOLE_BEFORE = re.compile(r"\b(?:ordered|forced|told)\s+(?:(?:all|the|of|its|their|entire|some|about|around|roughly|nearly|"
                                   r"almost|an estimated|more than|over)\s+){0,3}(?:[\w.-]+(?:'s|\u2019s)\s+)?"
                                   r"(?:(?:about|around|roughly|nearly|almost|some|an estimated|more than|over)\s+)?$", re.I)
_TO_LEAVE_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?to\s+(?:evacuate|leave|flee|move out|get out)\b", re.I)
"""`ordered all of Yellowknife's 20,000 residents to evacuate`: a town's whole population ordered out is a figure."""
_PASSIVE_CUE_AFTER = re.compile(r"\s+(?:were|have been|had been|was|are being|were being)\s+(?:\w+ly\s+)?(?:evacuated|displaced|"
                                r"relocated|moved|forced|uprooted|made homeless|left homeless|ordered out|ordered to (?:leave|evacuate)|"
                                r"told to leave|driven out)\b", re.I)
"""`All of Grindavik's roughly 3,700 residents were evacuated`: a town's whole population moved is a figure."""
_CAMP_HOME_TO = re.compile(r"\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?)\b[^.;]{0,40}\bhome to\s+(?:\w+\s+)?$", re.I)
"""`the Al-Jufainah camp, already home to some 60,000 people`: people living in a camp are sheltered there."""
_HOME_TO_BEFORE = re.compile(r"\b(?:home to|inhabited by|population of|(?:which|that|it)\s+(?:had|has|once had)|(?:a|an|the)\s+"
                             r"(?:(?!displaced\b|uprooted\b|evacuated\b|refugee\b|returnee\b|homeless\b)[a-z-]+\s+){0,2}?(?:town|city|village|"
                             r"district|municipality|county|island|community|settlement|neighbourhood|neighborhood)\s+(?:of|with))\s+(?:about|some|around|nearly|almost|more than|over|an estimated|roughly|approximately)?\s*$", re.I)
"""`an area home to about 450,000 people`, `the town, which had about 120,000 residents before the crisis`: the people
living there, not a figure."""
_COUNT_OF_BEFORE = re.compile(r"\d[\d,.]*\s+(?:of|out of)\s+(?:the|its|their|his|her|our|my)\s+(?:[\w-]+(?:'s|\u2019s)\s+)?$")
"""`6,000 of the 56,000 people displaced`: the second number is the whole the first is taken from."""
_OWN_CUE_AFTER = re.compile(r"\s*(?:(?:who|that)\s+(?:(?:were|had been|have been|are|had|have)\s+)?)?(?:(?P<partly>partially|partly)\s+|(?:totally|completely|fully)\s+)?"
                            r"(?P<cue>displaced|uprooted|evacuated|"
                            r"sheltering|sheltered|made homeless|left homeless|forced|driven|fled|fleeing|returned|destroyed|damaged)\b", re.I)
"""`half of the 30,000 people displaced`, `600 of the 5,000 homes that were partially damaged`: the whole carries its
own term and is a figure itself; what the sentence says next is said of the share."""
_PARTICIPLE_TERMS = {"evacuated": "evacuated", "sheltering": "sheltered", "sheltered": "sheltered",
                     "made homeless": "homeless", "left homeless": "homeless", "fled": "fled", "fleeing": "fled",
                     "returned": "returned", "destroyed": "destroyed", "damaged": "damaged"}
_BURIAL_OF_BEFORE = re.compile(r"\b(?:burials?|funerals?|reburials?|bur(?:y|ied|ying))\s+(?:of|for)\s+(?:the\s+)?(?:about\s+|some\s+|at\s+least\s+)?$",
                               re.I)
"""`a mass burial for 73 victims drew thousands of mourners`: the number is the dead."""
_TOLL_BEFORE = re.compile(r"\b(?:death|casualty|fatality)\s+tolls?\b[^.;\d]{0,140}?\b(?:to|at|of|reached|hit|rose|risen|climbed|jumped|stood|stands|passed)\s+"
                          r"(?:about|some|around|nearly|at least|more than|over)?\s*$", re.I)
"""`raised the death toll from the wildfires to 122`, `the death toll from the attacks on the camps for displaced people
has risen to 159`: the number is the dead; not `rose to 12, while the number of displaced rose to 4,000`."""
_AID_TO_BEFORE = re.compile(r"\b(?:distribut\w+|deliver(?:ed|ing|s)|provided|providing|gave|given|handed out|supplied)\b(?! (?:emergency |temporary |safe )?(?:shelter|refuge|accommodation|housing|a home))[^.;]{0,60}?\bto\s+"
                            r"(?:about|some|around|nearly|more than|over|at least|an estimated)?\s*$", re.I)
"""`distributed dry food packets to 5,000 households`: people who received aid."""
def _received_aid(text: str, q: Quantity, aid_to: bool, goods_to: bool) -> bool:
    """Whether the people counted after an aid verb are counted as recipients: not when their own verb tells what
    happened to them; people named as displaced only when goods were handed to them and no clause of theirs follows."""
    noun_end = _head_noun(text, q.end)[1]
    if _OWN_CUE_AFTER.match(text, noun_end) or _HOMES_LOST.match(text.lower(), noun_end):
        return False
    return aid_to and not _DISPLACED_NOUN.search(text, q.end, noun_end) \
        or goods_to and not _OWN_CLAUSE_AFTER_NOUN.match(text, noun_end)


_OWN_CLAUSE_AFTER_NOUN = re.compile(r"\s*,?\s*(?:who|that|whose)\b")
"""`kits ... to about 5,000 families who lost their homes`: the people's own clause tells what happened to them."""
_AID_GOODS = (r"(?:cash|food|meals?|biscuits|kits?|(?:relief|non-food|household)\s+items|vouchers?|cards?|tarpaulins?|blankets|rations?|"
              r"assistance|materials|supplies|transfers|grants?|allowances?|documents?|papers|permits?|certificates?)")
_AID_GOODS_TO_BEFORE = re.compile(
    rf"(?:\b(?:distribut\w+|delivered|provid(?:ed|ing|es)|gave|given|handed out|supplied|issued|sent|served|serving)\b[^.;]{{0,50}}?\b{_AID_GOODS}\b"
    rf"|\b{_AID_GOODS}\b[^.;]{{0,30}}?\b(?:distributed|delivered|provided|given|handed out|supplied|issued|sent)\b)"
    r"[^.;]{0,40}?\bto\s+(?:about|some|around|nearly|more than|over|at least|an estimated|another)?\s*$", re.I)
"""`distributed cash to 4,500 displaced families`, `cards were issued to 3,415 displaced families`: the people named as
displaced received aid; the sentence counts the aid given, not a displacement."""
_AID_FOR_BEFORE = re.compile(r"\b(?:rations?|relief items|relief supplies|food(?: aid| parcels)?|medicines?|aid|supplies|kits|toolkits|cash|assistance|tarpaulins?|"
                             r"blankets|vouchers?|materials|meals)\s+for\s+(?:about|some|around|nearly|more than|over|at least|an estimated|up to)?\s*$"
                             r"|\b(?:rental|rent|cash|housing|shelter|food|livelihood)\s+(?:support|subsid(?:y|ies)|grants?|allowances?)\s+(?:for|to)\s+"
                             r"(?:about|some|around|nearly|more than|over|at least|an estimated|up to)?\s*$", re.I)
"""`halve rations for about 900,000 people`, `relief items for 2,000 households`, `prepositioned food for 2 million
people`: who the aid is for."""
_AVERAGE_OF_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:\w+\s+)?average\s+of\s+(?:about|some|around|nearly|more than|over)?\s*$", re.I)
"""`134 wildfires, compared with an average of 100`: an average is no count of this event."""
_PURPOSE_OF_BEFORE = re.compile(r"\b(?:prepar\w*|plan\w*|arrang\w*|request\w*|ready|readied|provid\w*|fund\w*|allocat\w*|budget\w*|earmark\w*|set aside)\b[^.;]{0,50}?\bfor\s+the\s+"
                                r"(?:return|evacuation|relocation|resettlement|repatriation|transport)\s+of\s+$", re.I)
"""`asked to prepare transport for the return of up to 200,000 people`: what is being prepared for."""
_STAYED_HOME = re.compile(r"\s+(?:(?!and\s+(?-i:[a-z])|but\b|who\b|after\b|then\b)\w+\s+){0,6}?(?:remained|stayed|remain|stay|are staying|were staying|are still|were still)\s+(?:in|at)\s+"
                          r"(?:their|his|her)\s+(?:own\s+)?(?:homes?|houses?|villages?)\b", re.I)
"""`1,500 residents of barangays Malaiba and Pula remained in their homes`: people who did not leave."""
_STILL_STRANDED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:remain|remained|remaining|are|were|still|are still|were still)\s+(?:marooned|stranded|trapped|cut off)\b", re.I)
"""`as 400 families remain marooned`: people still waiting to be reached have not moved."""
_AID_TARGET_BEFORE = re.compile(r"\bto (?:support|assist|help|reach|target|serve|feed)\s+$", re.I)
"""`seeking US$2 billion to support 5.3 million people`: an appeal's target."""
_CELL_DASH_LABEL = re.compile(r"(.*\S)\s+[-\u2013\u2014]\s*[~<>\u2248]?\s*$", re.S)
"""`Ratnapura - 712`: a row's own label before a dash."""
_THINGS_BEFORE = re.compile(r"\b([a-z]+s),\s+(?:(?:more than|about|some|over|nearly|at least)\s+)?$")
"""`The quakes, more than 800 of them since Saturday`: a share of a count of things."""
_PLACE_GENERICS = frozenset("districts provinces states regions counties villages towns townships municipalities "
                            "governorates departments prefectures communes".split())
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*\s+$")


_IN_DETENTION_AFTER = re.compile(r"\s+(?:(?!who\b|that\b)[\w-]+\s+){0,4}?(?:remain|remained|are|were|is|was|still|being|are\s+still|were\s+still)\s+"
                                 r"(?:being\s+)?(?:held|detained|trapped|locked\s+up|stuck|languishing)\s+(?:\w+\s+){0,2}?in\s+(?:\w+\s+){0,2}?detention\b"
                                 r"(?![^.;]*\b(?:flew|flown|returned|repatriated|deported|went\s+home|sent\s+home)\b)", re.I)
"""`3,000 migrants and refugees remain trapped in detention centres`: people held by a state are counted for their
detention, not for a move."""
_ONE_FAMILY_AFTER = re.compile(r"\s+(?:other\s+)?(?:members|relatives)\s+of\s+(?:his|her|their|my|our|one)\s+(?:own\s+)?(?:extended\s+)?"
                               r"(?:family|household|clan)\b", re.I)
_FAMILY_MEMBERS_AFTER = re.compile(r"\s+(?:other\s+)?family\s+members\b", re.I)
_WITH_BEFORE = re.compile(r"\bwith\s+$")
"""`lives in a tent with 14 members of his family`, `sheltering with 14 family members`: one family's size, told of a
person."""
_ARRIVALS_AFTER = re.compile(r"\s+(?:of\s+(?:the|these|those)\s+)?(?:new\s+|newly\s+arrived\s+)?arrivals\b", re.I)
"""`registered 60,000 of the arrivals`: the arrivals a country or its refugee office takes in are refugees."""
_GATHERING_OF_BEFORE = re.compile(r"\b(?:gatherings|meetings|crowds|assemblies|groups|weddings|events|parties)\s+of\s+"
                                  rf"(?:(?:{lx.COUNT_QUALIFIER_WORDS}|up to|no more than|between)\s+)?$", re.I)
"""`banned gatherings of more than 50 people`, `in groups of 20`: a size of gathering, not a count of people moved."""
_HELPERS_BEFORE = re.compile(r"\b((?i:volunteers|rescuers|firefighters|soldiers|troops|policemen|police officers|officers|aid workers|"
                             r"staff|doctors|nurses|medics|journalists|reporters|delegates|protesters|demonstrators|"
                             r"fighters|militants|rebels|attackers|gunmen|participants))\s*,\s+"
                             rf"(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$")
"""`Volunteers, more than 1,000 of whom turned up on Sunday`: a share of the helpers or the fighters, not of the
people displaced."""


def _things_before(recent: str) -> re.Match | None:
    """The things a share after them is taken from; not the generic word after place names (`damaged in Poonch and
    Rajouri districts, 39 of them fully`), which counts nothing."""
    things = _THINGS_BEFORE.search(recent)
    if things and things.group(1) in _PLACE_GENERICS and _NAME_BEFORE.search(recent, 0, things.start(1)):
        return None
    return things


def _counts_things(noun: str) -> bool:
    return noun not in lx.PEOPLE_NOUNS and noun not in lx.HOUSEHOLD_NOUNS and noun not in lx.HOUSE_NOUNS \
        and noun not in lx.POPULATION_NOUNS and not noun.endswith(("ians", "ese", "ans", "ees", "ers"))


_DISPLACED_NOUN = re.compile(r"displac|refugee|evacuee|returnee|returning|idp", re.I)
_LEVEL_BEFORE = re.compile(r"\b(?:alert|warning|levels?|category|magnitude|phases?|stages?|grade|signal|zones?)\b"
                           r"(?:[^.;,]{0,30}?\b(?:to|at|of|from))?\s+(?:(?:No\.|number|#)\s*)?(?:\d{1,2}\s*(?:,|and|or|-|\u2013)\s*)*$", re.I)
"""`the volcano's alert level was raised to 3`, `lowered the alert level from 3 to 2`, `a Category 4 storm`, `Signal No.
3`, `evacuation zones 3 and 4`: a level or a zone's number, not a count."""
_REBUILT_OR_PLANNED_AFTER = re.compile(
    r"\s+(?:(?:of\s+(?:them|which|those|these|the\s+(?:[\w-]+\s+){0,2}?(?:houses|homes|dwellings|shelters))"
    r"|(?:new\s+)?(?:houses|homes|dwellings|shelters|units))\s+)?(?:(?:have|has|had|were|was|are|is)\s+)?"
    r"(?:(?:so\s+far|already|since|now|also|still|being)\s+)?(?:been\s+)?(?:rebuilt|repaired|reconstructed|restored|retrofitted|planned|"
    r"under\s+construction|to\s+be\s+built)\b", re.I)
"""`600 houses were destroyed ..., and 210 of them have so far been rebuilt`, `another 1,000 are planned`: homes built
again or still to be built are no count of the displaced."""
_MARKER_BEFORE = re.compile(r"\b(?:kilometres?|kilometers?|km|mile|miles|route|highway|exit)\s+(?:\d+\s*(?:and|to|-|\u2013)\s*)?$", re.I)
"""`closed the highway between kilometres 70 and 85`: a marker along a road."""
_LIVED_IN_BEFORE = re.compile(r"\b(?:residents|inhabitants|occupants|tenants|dwellers)\s+of\s+(?:the\s+)?$", re.I)
"""`about 300 residents of 12 structurally unsafe buildings`: the count of what people live in."""
_COUNTED_BEFORE_RESIDENTS = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:residents|inhabitants|occupants|tenants|dwellers|families|people)"
                                       r"\s+(?:living\s+)?(?:of|in|from)\s+(?:(?:the|about|some|around|nearly|more\s+than|over|all)\s+)?$", re.I)
"""`300 residents of 12 buildings` counts the people; `residents of 30 homes`, with no count of people, counts homes."""
_HOUSEHOLDS_NEXT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:households|families)\b", re.I)
_MOVE_OF_BEFORE = re.compile(r"\b(?:repatriations?|relocations?|evacuations?|returns?|resettlements?|transfers?)\s+of\s+"
                             r"(?:(?:about|some|around|up to|more than|nearly|an estimated)\s+)?$", re.I)
_NEVER_HAPPENED = re.compile(r"[^.;]{0,120}?\b(?:(?:never|not|did not|didn't|has not|have not|had not)\s+(?:yet\s+)?"
                             r"(?:took|take|taken|happened|happen|materiali[sz]ed|begun|began|started)\b|(?:was|were|has been|had been)\s+"
                             r"(?:cancelled|canceled|called off|postponed|suspended|shelved|scrapped|halted)\b)", re.I)
"""`A pilot repatriation of 1,100 people, agreed in 2023, never took place`."""
_NOT_BEFORE = re.compile(r"(?:,|\bbut)\s+(?:not|rather than|instead of)\s+(?:the\s+)?$", re.I)
_AS_REPORTED_AFTER = re.compile(r"\s*,?\s*(?:as|that was|that were)\s+(?:\w+\s+){0,2}?(?:reported|stated|announced|said|estimated|"
                                r"given|published|claimed)\b", re.I)
"""`18,000 people were displaced, not 8,000 as reported earlier`: the corrected figure is no figure."""
_BUILT_BEFORE = re.compile(r"\b(?:build|builds|building|built|rebuild|rebuilds|rebuilding|rebuilt|construct|constructs|constructing|"
                           r"constructed|construction of|repair|repairs|repairing|repaired|work (?:had |has |have )?(?:begun|began|started) on|"
                           r"handed over|hand over)\s+(?:(?:about|some|around|more than|over|nearly|another|a further|the first)\s+)?$",
                           re.I)
"""`work had begun on 1,140 transitional homes`: houses being built are no houses destroyed."""
_LIMIT_BEFORE = re.compile(r"\b(?:limited|capped|restricted|cut)\s+to\s+(?:(?:about|around|some|just|only|a maximum of)\s+)?$", re.I)
"""`each barrack that would normally hold 200 people is limited to 100`: a capacity, not a count."""
_TARGET_OF_BEFORE = re.compile(r"\b(?:target|goal|quota|ceiling|cap|pledge|commitment|objective|promise)\s+(?:of|to\s+(?:take\s+in|resettle|"
                               rf"receive|admit|accept|welcome|host|relocate))\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS}|up to)\s+)?$", re.I)
"""`surpassing its target of 40,000`: a number aimed at, not counted."""
_PLACES_WITH_PEOPLE = re.compile(r"\b(?:states|provinces|districts|regions|counties|governorates|cities|towns|villages|camps|sites|"
                                 r"countries|islands|municipalities)\b")
"""`displaced people in Borno, Adamawa and Yobe states, some 1.6 million of them in Borno`: so large a part is of the
people in those places, not of the places."""
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:only\s+|just\s+|barely\s+)?$")
_WHEN_AFTER = re.compile(r"\s+(?:years?\s+old\s+)?(?:when|at the time)\b")
_NOW_BEFORE = re.compile(r",\s*(?:now|today|aged|then)\s+$")
_PERSON_WAS_BEFORE = re.compile(r"\b(?:who|he|she)\s+(?:was|is)\s+(?:only\s+|just\s+|barely\s+|then\s+|now\s+)?$")
_COMMA_AFTER = re.compile(r"\s*,")
"""`Nyibol Deng was 14 when she crossed`, `said Deng, now 28, sitting on a mat`, `Olena, then 38, packed a backpack for her
son, who was 11`: an age."""
_CONTRAST_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but)\b")
"""`the number of people left homeless had risen to 11,650, ..., while more than 68,000 were listed as affected`: the
subject counts only the number of its own clause."""
_VOTES_TO_BEFORE = re.compile(r"\bvotes?\s+(?:to|against)\s+$", re.I)
"""`passed by 81 votes to 12`: a vote's tally."""
_WORK_ON_BEFORE = re.compile(r"\bwork\s+(?:has\s+|had\s+|have\s+)?(?:begun|began|started|starts|continues|is\s+under\s*way)\s+on\s+"
                             rf"(?:(?:{lx.COUNT_QUALIFIER_WORDS}|another|a\s+further)\s+)?$", re.I)
"""`work has begun on about 49,000 others`: homes being built."""
_READIED_TO_TAKE_BEFORE = re.compile(r"\b(?:prepared|readied|arranged|ready|on\s+standby)\b[^.;]{0,60}?\bto\s+(?:take|carry|bring|move|"
                                     r"transport|ferry|return|repatriate)\s+(?:back\s+)?(?:(?:about|some|around|up\s+to|nearly)\s+)?$", re.I)
"""`had prepared five buses and 10 trucks to take 3,450 refugees ... back`: a move made ready is not a move made."""
_SO_THAT_BEFORE = re.compile(rf"\bso\s+that\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS}|up\s+to|as\s+many\s+as)\s+)?$", re.I)
"""`building 200,000 homes so that 1 million refugees can go back`: a purpose."""
_LOWERED_BY_BEFORE = re.compile(r"\b(?:cut|reduced|fell|fallen|dropped|down|decreased|lowered|revised\s+down(?:wards?)?)\s+by\s+"
                                rf"(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$", re.I)
"""`refugee numbers cut by 300,000 after a biometric check`: a difference between two counts."""
_MORE_THAN_BEFORE_AFTER = re.compile(r"\s+(?:more|fewer|less)\s+than\s+(?:in|at|on|during|before|a\s+(?:week|month|year)|the\s+"
                                     r"(?:previous|last|week|month|year|day))\b", re.I)
"""`142 displacement sites ..., 37 more than in the previous round`: the difference an aside tells between two counts."""
_SHORT_OF_BEFORE = re.compile(r"\b(?:short|shy)\s+of\s+(?:the\s+)?$", re.I)
"""`still falls well short of a million`: a mark a count does not reach."""
_EACH_HOST_TAKES_IN_BEFORE = re.compile(r"\b(?:some|many|each|every|one|a|single)\s+(?:households?|famil(?:y|ies)|homes?|hosts?)\s+"
                                        r"(?:are\s+|were\s+)?(?:taking\s+in|hosting|housing|sheltering|putting\s+up)\s+"
                                        r"(?:(?:as\s+many\s+as|up\s+to|about|some)\s+)?(?:\d+\s+(?:or|to)\s+)?$", re.I)
"""`some households taking in 20 or 30 people`: how many one host takes in."""
_POST_WORDS = ("post", "Post", "tweet", "Tweet", "video", "Video", "meme", "message", "graphic", "claim", "rumo", "assertion")
"""A cheap test before `_CLAIMED_IN_A_POST`: one of these is in every text it reads."""
_CLAIMED_IN_A_POST = re.compile(
    r"(?<!\bin )(?<!\bin a )(?<!\bin an )(?<!\bin the )\b(?:(?:social[- ]media|online|viral|facebook|twitter|tiktok|instagram|telegram|"
    r"whatsapp)\s+(?:posts?|videos?|messages?|claims?)|(?:posts?|videos?|messages?),?\s+(?:shared|circulating|viewed|posted)|tweets?|"
    r"memes?|(?-i:(?:[Aa]|[Aa]n|[Tt]he)\s+(?:info)?graphic)|(?:a|the|this|that)\s+(?:viral\s+|widely\s+shared\s+|false\s+)?(?:claim|rumou?r|"
    r"assertion)(?=\s+that\b))\b[^.;]{0,120}?\b(?:claim(?:s|ed|ing)?|says?|said|suggest(?:s|ed)?|that)\b", re.I)
"""`A post shared widely on social media claimed that 12 million Sudanese had become refugees`: what a post claims is
checked, not reported."""
_NOT_BEFORE_COUNT = re.compile(r"(?:,|\bbut)\s+not\s+$")
"""`about 180,000 people were ordered to evacuate, not more than a million`: the number set aside."""
_YES_NO_QUESTION = re.compile(r"\s*(?:[^:?]{0,40}:\s*)?[\"'\u201c]?(?:Has|Have|Had|Does|Do|Did|Is|Are|Was|Were|Will|Would|Can|Could|"
                              r"Should)\s[^?]*\?[\"'\u201d]?\s*$")
"""`Fact check: Has Poland taken in 10 million Ukrainian refugees?`: a question asks whether a number is true."""
_NO_FIGURE_BEFORE = ((_LIMIT_BEFORE, "a limit"), (_TARGET_OF_BEFORE, "a target"), (_VOTES_TO_BEFORE, "votes"),
                     (_WORK_ON_BEFORE, "homes being built"), (_READIED_TO_TAKE_BEFORE, "a move made ready"),
                     (_SO_THAT_BEFORE, "a purpose"), (_LOWERED_BY_BEFORE, "a difference between counts"),
                     (_SHORT_OF_BEFORE, "a mark not reached"), (_EACH_HOST_TAKES_IN_BEFORE, "people one host takes in"))
"""Words just before a number that make it no figure, whatever follows."""
_THE_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b")
"""`The 12 new sites bring to 43 the number of displacement sites`: what the number counts is named after it."""
_VENUE_HOLDS_BEFORE = re.compile(r"\b(?:stadium|arena|hall|auditorium|theatre|theater|venue|ground|church|cathedral|mosque|temple)s?"
                                 r"(?:\s*,)?\s+(?:that|which)\s+(?:holds|seats|can hold|can seat|could hold|can accommodate|has room for)\s+"
                                 r"(?:(?:about|some|around|nearly|almost|more than|over|up to|roughly|just over|just under)\s+)?$", re.I)
_SPECTATORS_AFTER = re.compile(r"(?:\s+(?:million|thousand))?\s+(?:people|persons|spectators|fans|worshippers|seats)?\s*(?:[.,;)]|$)", re.I)
"""`a stadium that holds about 48,000 people`: the size of a venue, not the evacuees it may shelter."""
_VOTERS_AFTER = re.compile(r"[^.;,]{0,60}?\b(?:registered|eligible|able|allowed|entitled) to vote\b", re.I)
"""`Only about 69,000 Venezuelans abroad were registered to vote`: voters, wherever they live."""
_SENT_BEFORE = re.compile(r"\b(?:deployed|deploying|dispatched|dispatching|sent|sending|assigned|assigning|mobili[sz]ed|mobili[sz]ing|"
                          r"posted|stationed)\s+(?:(?:about|some|around|more than|over|nearly|at least|an additional|another|a further)\s+)?$",
                          re.I)
_HELPERS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:staff|personnel|workers|volunteers|responders|rescuers|medics|doctors|nurses|"
                            r"soldiers|troops|police|policemen|officers|firefighters|teams?|engineers|officials|employees|experts)\b", re.I)
"""`deployed 120 staff to evacuation centres`: helpers sent to the displaced are not displaced."""
_DAILY_BEFORE = re.compile(r"\b(?:[Dd]aily|[Ww]eekly|[Nn]ightly|[Hh]ourly)\s+[a-z]+\s+(?:[a-z]+\s+){0,2}$")
"""`daily arrivals of about 2,000`, not the `Daily Graphic`."""
_PER_BEFORE = re.compile(r"\b(?:per|for every|out of every|in every)\s+$", re.I)
"""`about 45 per 1,000 residents`: the base of a rate counts no one."""


_POSSESSIVE_PRONOUN = re.compile(r"\b(?:her|his|their|my|our|your)\s+$", re.I)


_OF_THOSE_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:those|them|these|whom|the\s+(?:displaced|refugees|evacuees|new arrivals|arrivals|returnees))"
                              r"(?:\s+(?:who|that)\s+(?:\w+\s+){0,3}?\w+)?\W+(?:(?:are|were|is|was)\W+)?(?:(?:\w+\W+)?"
                              r"|(?-i:[A-Z][\w'\u2019-]*\s+){1,3}(?:accounts?|accounted|is home to|was home to|hosts|hosted)\s+for\s+"
                              r"(?:(?:about|some|nearly|around|more than|over|almost)\s+)?)$", re.I)
"""`Of them, 48,210 crossed`, `Of these, North Kivu accounts for 2.6 million`: an opening that makes the count a part."""


_DAMAGE = re.compile(r"destr|damag|razed|razing|flatten|burn|washed|swept|collaps|gutted|demolish|tor[en] down|tearing down|bulldoz|"
                     r"dismantl", re.I)
"""Shelters and tents a sentence says were damaged or pulled down (`demolished 600 of the shelters`, `75 tents had been
torn down`) are homes, not places or aid counted."""
_NEXT_CLAUSE = re.compile(r";|,\s+(?:so|but|while|although|though|because|as|since|and\s+(?:so|nobody|no\s+one))\b")


_DAMAGING_BEFORE = re.compile(r"\b(?:destroy|damag|flatten|burn|burnt|wash|swept|collaps|gutt|demolish|tore|torn|tear|"
                              r"bulldoz|dismantl|raz|ripp|blew|blown|level)\w*\s+(?:[a-z]+\s+){0,3}?[\d,.]+"
                              r"(?:\s+(?:million|thousand))?\s*$", re.I)
_CLAUSE_OR_NUMBER = re.compile(r"[;:]|\d|,\s+(?:and|but|while|which|as|said|says|according)\b")


def _tents_damaged(text: str, number_end: int, noun_end: int) -> bool:
    """`damaging more than 1,200 tents`, `75 tents had been torn down`: tents the clause itself says were damaged; not
    tents handed out in a sentence about damage elsewhere."""
    if _DAMAGING_BEFORE.search(text, max(0, number_end - 80), number_end):
        return True
    stop = _CLAUSE_OR_NUMBER.search(text, noun_end)
    end = min(stop.start() if stop else len(text), noun_end + 80)
    damage = _DAMAGE.search(text, noun_end, end)
    return bool(damage) and not _ANOTHER_HEAD.search(text, noun_end, damage.start())


_ANOTHER_HEAD = re.compile(r"\b(?:for|whose|who|which|that|to|of)\b")


def _damage_in_clause(text: str, end: int) -> bool:
    """`more than 700 shelters on standby ..., so nobody should sleep in a damaged house`: damage told in another
    clause is not done to the shelters counted."""
    stop = _NEXT_CLAUSE.search(text, end)
    return bool(_DAMAGE.search(text, 0, stop.start() if stop else len(text)))


_NOT_PEOPLE_MEMBERS = re.compile(r"\s+of\s+(?:the\s+)?(?:parliament|congress|the security|staff|the board|the council|the cabinet|the senate)", re.I)


_OF_THE_NOUN = re.compile(r"\s+(?:the|its|their|these|those|our)\s+(?:\d[\d,]*\s+)?([a-z-]+)\b(?!['\u2019]s)")


_OF_THINGS = re.compile(r"\s+of\s+(?!the\s+[A-Z]|[A-Z])")
_COHORT_NOUNS = frozenset(("refugees", "refugee", "migrants", "returnees", "idps", "displaced", "exiles", "evacuees"))
"""`the 1948 refugees`, `after 2011 refugees fled`: a year names a cohort of these; `the 1950 families displaced` counts."""
_TO_OR_FROM_A_PLACE = re.compile(r"\s+(?:(?:to|in|into|through|at|from|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                                 r"August|September|October|November|December|Q[1-4])\b)[A-Z]|to\s+(?:the|their)\s+(?:homes?|towns?|villages?|city|area|district|region|country)\b)")
_RETURNING_PEOPLE = re.compile(r"\b(?:refugee|returnee|displac|idp|border|crossing|repatriat|asylum|migra|deport|home\b|"
                               r"IOM|UNHCR|OCHA|DTM)", re.I)
"""`78,000 returns from Uganda` are people going home where the sentence speaks of them; tax returns are not."""
_OF_THE_ADJ_NOUN = re.compile(r"\s+(?:the|its|their|these|those|our)\s+(?:\d[\d,]*\s+)?[A-Za-z-]+\s+([a-z-]+)\b(?!['\u2019]s)")
_OF_THE_TWO_ADJ_NOUN = re.compile(r"\s+(?:the|its|their|these|those|our)\s+(?:\d[\d,]*\s+)?"
                                  r"(?!(?:in|at|of|from|to|on|with|who|that|which|and|or)\b)[A-Za-z-]+\s+"
                                  r"(?!(?:in|at|of|from|to|on|with|by|via|for|who|that|which|and|or|were|was|are|is|had|have|has|remain|"
                                  r"remained|became|become)\b)[a-z-]+\s+([a-z-]+)\b(?!['\u2019]s)")
"""`1,100 of the Somali refugee families`: the noun after the words that say which."""


def _next_is_any_noun(text: str, pos: int) -> bool:
    """`newly arrived households`, `96 overcrowded displacement sites`: a participle before a known noun
    (one word away at most) describes it."""
    for _ in range(2):
        match = _WORD.search(text, pos)
        if not match or text[pos:match.start()].strip():
            return False
        word = match.group().lower()
        if word in lx.PEOPLE_NOUNS or word in lx.HOUSE_NOUNS or word in lx.HOUSEHOLD_NOUNS or word in lx.NONFIGURE_NOUNS:
            return True
        pos = match.end()
    return False


def _next_is_noun(text: str, pos: int) -> bool:
    match = _WORD.match(text, pos + 1) if pos < len(text) else None
    word = match.group().lower() if match else ""
    if word in _FACILITY_MODIFIERS or match and match.group()[:1].isupper() and match.group().isalpha() and not match.group().isupper() \
            and _PEOPLE_OR_HOUSEHOLD_NEXT.match(text, match.end()) and not places.country_of(match.group()):
        return _next_is_noun(text, match.end())
    return word in lx.PEOPLE_NOUNS or word in lx.HOUSE_NOUNS or word in lx.HOUSEHOLD_NOUNS or word in lx.NONFIGURE_NOUNS


_PEOPLE_OR_HOUSEHOLD_NEXT = re.compile(r"\s+(?:families|households|people|villagers|residents|farmers|herders|children)\b")
"""`1,800 displaced Bugti families`: a people's name between the participle and the noun it counts."""
_FACILITY_MODIFIERS = frozenset("accommodation reception transit collective registration relief protection resettlement "
                                "integration assistance".split())
"""`44 refugee accommodation centres`: a word naming what a place is for, between the people word and the place."""


_INVARIANT_DEMONYMS = frozenset("Rohingya Congolese Sudanese Burkinabe Lebanese Somali Somalis Yazidis Yazidi Uyghurs Kurds "
                                "Vietnamese Chinese Japanese Burmese Togolese Senegalese Malians Nepalese Bangladeshis".split())


@functools.lru_cache(maxsize=4096)
def _is_people_word(word: str) -> bool:
    """`Afghans`, `Sudanese`, `Venezuelans`: a demonym used as a noun counts people."""
    if word in _INVARIANT_DEMONYMS:
        return True
    if not (word[:1].isupper() and word.endswith("s") and len(word) > 4):
        return False
    found = find_places(word[:-1])
    return bool(found) and found[0].kind == "demonym" and found[0].end == len(word) - 1


def _noun_term(phrase: str) -> str | None:
    if re.search(r"\brefugees?\b|\basylum", phrase):
        return "refugees"
    if re.search(r"\bevacuees?\b", phrase):
        return "evacuated"
    if re.search(r"\breturnees?\b", phrase):
        return "returned"
    if re.search(r"\bhomeless\b", phrase):
        return "homeless"
    if re.search(r"\bdisplaced\b|\bidps?\b|\buprooted\b|\bevicted\b|\bdisplacements\b|\bd[ée]plac[ée]s\b|\bdesplazados\b|\bdeslocados\b", phrase):
        return "displaced"
    if "damaged" in phrase or "destroyed" in phrase:
        return _damage_adjective(phrase)
    return None


_PARTLY_DESTROYED = re.compile(r"\b(?:partially|partly)\s+destroyed\b")
_WHOLLY_DAMAGED = re.compile(r"\b(?:totally|completely|fully|wholly)\s+damaged\b|\bdestroyed\b")


def _damage_adjective(phrase: str) -> str | None:
    """`21,700 damaged homes`, `1,830 totally damaged houses`: a word of damage before the houses counted is their
    term; "totally damaged" and "destroyed or damaged" are destroyed, "partially destroyed" damaged."""
    if _PARTLY_DESTROYED.search(phrase):
        return "damaged" if "destroyed" not in _PARTLY_DESTROYED.sub("", phrase) else "destroyed"
    if _WHOLLY_DAMAGED.search(phrase):
        return "destroyed"
    return "damaged" if re.search(r"\bdamaged\b", phrase) else None


def _after_noun(text: str, pos: int) -> str:
    noun, end, kind = _head_noun(text, pos)
    return text[end:] if kind else text[pos:]


_DEMONYM_NOUN = re.compile(r"\b[A-Z][a-z]+\b")
"""A capitalised head noun: `400,000 Rohingya`, `20,000 Venezuelans` (a hosted nationality), not `migrants`."""
_SHARE_OF = re.compile(r"\s*(?:of|out of)\s+(?:the\s+|its\s+|their\s+|[\w-]+(?:'s|\u2019s)\s+)*$")


def reject_shares_of_things(text: str, candidates: list[Candidate]) -> None:
    """`across 15 of the country's 28 districts`: a share of a count of things counts no people."""
    for first, second in zip(candidates, candidates[1:]):
        if first.rejected is None and (second.rejected or "").startswith("count of") \
                and _SHARE_OF.fullmatch(text, first.quantity.end, second.quantity.start):
            first.rejected = "a share of " + second.rejected[len("count of "):]


_OF_ALL_THE = re.compile(r"(?:^|[,;:]\s*)\W*(?:[Oo]f|[Oo]ut of)\s+(?:the|all|all the|its|their|these)\s+(?:[\w'\u2019-]+(?:'s|\u2019s)\s+)?$")
_OUT_OF_THE_WHOLE = re.compile(rf",\s*out\s+of\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?(?:the\s+)?$")
"""`972 bunkers have been destroyed, out of around 1,200 identified`: the whole a count of things is taken from."""
_THEN_A_SHARE = re.compile(rf"[^.;,]{{0,80}},\s*(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?")
"""`Of the 112 bridges along the river, 62 were destroyed`: a bare number after a count of things is a share of it."""
_OF_WHICH_AFTER = re.compile(r"\s+of\s+which\b")
"""`the region's schools, more than 1,200 of which had been damaged`: a share of things."""
_OF_WHICH_BEFORE = re.compile(r",\s*(?:of|out of|among)\s+which\s+(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+)?$")
"""`staying in 973 collective shelters, most of them public schools, of which 780 had reached capacity`."""
_SHARE_OF_IT = re.compile(r"\s*(?:[\w'-]+(?:\s+[\w'-]+){0,10}\s*)?,\s*")
_HOUSE_VERB_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:collapsed|destroyed|damaged|washed|swept|razed|flattened|burned|burnt)\b")
"""`115,000 houses had been damaged across 26 provinces and that more than 1,400 had collapsed`: more houses."""
_AND_THEN_BARE = re.compile(r"[^.;]{0,160}\b(?:and|,\s*with)\s+(?:that\s+)?(?:(?:another|a\s+further|an\s+additional|about|some|around|nearly|over|more\s+than)\s+)?$")


_PARALLEL_GAP = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:and|while|with)\s+(?:the\s+)?(?:[\w'-]+\s+){{1,4}}(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?")
_ELIDED_END = re.compile(r"\s*(?:[.;,)]|$)")
"""`burned more than 23,000 acres and the Eaton fire about 14,000.`: a bare number set beside a count of things, its
noun left out, counts the same things."""
_SHARE_CLAUSE_END = re.compile(r"[,;:(]|\s[-\u2013\u2014]\s")


def _displaced_share(text: str, share) -> bool:
    """`home to about 4.4 million people, 2.8 million of whom have been displaced`: a part of a population that its own
    clause says was displaced is a figure."""
    start = share.quantity.end
    stop = _SHARE_CLAUSE_END.search(text, start + 1)
    return bool(Cues(text.lower()[start:stop.start() if stop else len(text)]).terms)


def reject_shares_of_non_figures(text: str, candidates) -> None:
    """`injured 63 others, 31 of them seriously`: a share of a count that is no figure is none either; nor is a
    bare number joined to a count of things (`159 animals died ... and 96 have been rescued`), nor the earlier
    count a non-figure is compared with: `380 IDP sites, up from 230 a year ago`, where the earlier count is of the
    like size (`53,000 people in 244 centres, up from 30,000` compares people)."""
    for index, second in enumerate(candidates):
        compared = _EARLIER_COUNT_BEFORE.search(text, max(0, second.quantity.start - 40), second.quantity.start)
        earlier = [c for c in candidates[:index] if c.rejected is None or c.rejected.startswith("count of")]
        if compared and earlier and second.rejected is None and second.unit is None and second.quantity.value > 0:
            like = min(earlier, key=lambda c: abs(math.log(max(c.quantity.value, 1) / second.quantity.value)))
            if like.rejected:
                second.rejected = like.rejected
    for first, second in zip(candidates, candidates[1:]):
        if second.rejected is None and _OTHERS_AFTER.match(text, second.quantity.end) \
                and _AND_OTHERS_GAP.fullmatch(text, first.quantity.end, second.quantity.start) \
                and lx.NEGATIVE_CUES.search(text.lower(), first.quantity.end, second.quantity.start) \
                and not Cues(text.lower()[second.quantity.end:second.quantity.end + 40]).terms:
            second.rejected = "others of a count that is no figure"
    for index, second in enumerate(candidates):
        counted = [c for c in candidates[:index] if (c.rejected or "").startswith("count of") or c.unit is not None]
        if second.rejected is None and second.unit is None and counted and _OTHERS_AFTER.match(text, second.quantity.end) \
                and second.quantity.value > 0:
            like = min(reversed(counted), key=lambda c: abs(math.log(max(c.quantity.value, 1) / second.quantity.value)))
            if (like.rejected or "").startswith("count of") and not _PEOPLE_BETWEEN.search(text, like.quantity.end, second.quantity.start):
                second.rejected = like.rejected
    for first, second in zip(candidates, candidates[1:]):
        if (first.rejected or "").startswith("count of") and second.rejected is None and second.unit is None \
                and _PARALLEL_GAP.fullmatch(text, first.quantity.end, second.quantity.start) and first.quantity.end < second.quantity.start \
                and _ELIDED_END.match(text, second.quantity.end) \
                and not Cues(text.lower()[first.noun_end:second.quantity.start]).terms:
            second.rejected = first.rejected
    for first, second in zip(candidates, candidates[1:]):
        if first.rejected and second.partitive_them and second.rejected is None \
                and second.quantity.value <= max(first.quantity.value, first.quantity.value_high or 0) \
                and _SHARE_OF_IT.fullmatch(text, first.quantity.end, second.quantity.start) \
                and not (first.rejected == "population" and _displaced_share(text, second)):
            second.rejected = "a share of " + first.rejected
    for first, second in zip(candidates, candidates[1:]):
        if first.rejected and second.rejected is None and second.unit is None and second.noun_end <= second.quantity.end \
                and _FROM_BEFORE.search(text, max(0, first.quantity.start - 8), first.quantity.start) \
                and _NOUN_THEN_TO.fullmatch(text, first.quantity.end, second.quantity.start):
            second.rejected = first.rejected
    for index, (first, second) in enumerate(zip(candidates, candidates[1:])):
        if (first.rejected or "").startswith("count of") and second.rejected is None and second.unit is None \
                and second.noun_end <= second.quantity.end and _INCLUDING_THEN_BARE.search(text, first.quantity.end, second.quantity.start) \
                and not any(c.rejected is None and c.unit for c in candidates[:index]):
            second.rejected = "a share of " + first.rejected[len("count of "):]
    for first, second in zip(candidates, candidates[1:]):
        if (first.rejected or "").startswith("count of") and second.rejected is None and _OF_WHICH_AFTER.match(text, second.quantity.end) \
                and second.quantity.value <= first.quantity.value and "," in text[first.quantity.end:second.quantity.start]:
            second.rejected = "a share of " + first.rejected[len("count of "):]
    for first, second in zip(candidates, candidates[1:]):
        if (first.rejected or "").startswith("count of") and second.rejected is None and _OF_WHICH_BEFORE.search(text, 0, second.quantity.start) \
                and second.quantity.value <= first.quantity.value and not _OWN_CUE_AFTER.match(text, second.quantity.end):
            second.rejected = "a share of " + first.rejected[len("count of "):]
    for first, second in zip(candidates, candidates[1:]):
        if (first.rejected or "").startswith("count of") and second.rejected is None and second.unit is None \
                and second.noun_end <= second.quantity.end and second.quantity.value <= first.quantity.value \
                and _OF_ALL_THE.search(text, 0, first.quantity.start) \
                and _THEN_A_SHARE.fullmatch(text, first.quantity.end, second.quantity.start):
            second.rejected = "a share of " + first.rejected[len("count of "):]
    for first, second in zip(candidates, candidates[1:]):
        if (first.rejected or "").startswith("count of") and second.rejected is None and second.unit is None \
                and _OUT_OF_THE_WHOLE.search(text, first.quantity.end, second.quantity.start):
            second.rejected = "the whole of a " + first.rejected
    for index, second in enumerate(candidates):
        things = [c for c in candidates[:index] if (c.rejected or "").startswith("count of")]
        houses_before = any(c.rejected is None and c.unit == "houses" for c in candidates[:index])
        if things and all(c.rejected for c in candidates[candidates.index(things[-1]):index]) and second.rejected is None and second.unit is None and second.noun_end <= second.quantity.end \
                and _AND_THEN_BARE.fullmatch(text, things[-1].quantity.end, second.quantity.start) \
                and not (houses_before and _HOUSE_VERB_AFTER.match(text, second.quantity.end)) \
                and not _nearer_people_before(candidates[:index], things[-1], second):
            second.rejected = "more of the same " + things[-1].rejected[len("count of "):]


def _nearer_people_before(earlier: list[Candidate], thing: Candidate, bare: Candidate) -> bool:
    """`690,000 people are living in 410 settlements across the 11 provinces, and about 1.1 million more are in tents`:
    a bare number of the people's size, not the places', counts more people."""
    people = [c for c in earlier if c.rejected is None and c.unit in ("people", "households")]
    if not people or bare.quantity.value <= 0:
        return False
    def distance(c: Candidate) -> float:
        return abs(math.log(max(c.quantity.value, 1) / bare.quantity.value))
    return distance(people[-1]) < distance(thing)


CLOSING_QUOTE = re.compile(r"[\u201d\"]")


_FROM_A_COUNTRY = re.compile(r"\s+from\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_FROM_HOMES = re.compile(r"\b(?:fled|left|from|abandoned)\s+(?:their|his|her)\s+(?:homes?|houses|villages)\b", re.I)
"""`2.5 million South Sudanese have fled their homes`: a total told in displacement words is no refugee count."""
_MOVING = re.compile(r"\b(?:fled|fleeing|flee|crossed|crossing|arrived|landed|came ashore|escaped|escaping|taken shelter|taken refuge|sought refuge|sought shelter)\b", re.I)


_CANNOT_GO_BACK = re.compile(r"(?:\s+(?:in|from|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?)?\s*,?\s*(?:who|that)\s+(?:still\s+)?(?:could\s+not|cannot|can\s+not|can't|couldn't|could\s+never|"
                             r"(?:were|are|have\s+been|had\s+been)\s+(?:still\s+)?unable\s+to)\s+(?:yet\s+)?(?:return|go\s+(?:back|home))\b")


def _who_cannot_go_back(text: str, noun_end: int, negative: int) -> bool:
    """`23,400 displaced people who could not return`: a clause saying the displaced cannot go home keeps them
    displaced; it does not deny the count."""
    told = _CANNOT_GO_BACK.match(text, noun_end)
    return told is not None and told.start() <= negative < told.end()


_WHOSE_ASIDE = re.compile(r",\s+whose\s+[^,;]{1,80},")
"""`The number of displaced people, whose homes were damaged or destroyed, stood at 3,114`: what an aside tells of the
people does not name what they are counted as."""


_RISK_THEN_MOVED = re.compile(r"(?:at\s+risk|stranded|trapped|threatened|in\s+danger)\b[^.;,]{0,60}?\s(?:(?:had|have|has)\s+been|were|was)\s+")
"""`residents at risk of further landslides had been moved to safe places`: people said to be in danger, then moved,
are moved; the danger describes them."""


_DISPLACED_WORD = re.compile(r"\b(?:displac|uproot|evict|forced|driven)")
"""A displacement word beside `resettled`: the count is displaced whoever the people are."""
_RESETTLED = re.compile(r"\b(?:resettled|admitted|welcomed|taken in|took in|brought)\b(?!\s+(?:home|back)\b)(?![^.;]{0,60}?\bout\b)", re.I)
"""`Germany has resettled 826 Syrians from Turkey`, `216 Syrians had been resettled in the UK`: people of one nation
resettled or taken in by another are refugees there."""


_REFUGE_IN_NAME = re.compile(r"\b(?:sought|seeking|taken|took|found)\s+(?:refuge|safety|shelter)\s+in\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)")
_CONTINENTS = frozenset(("Europe", "Africa", "Asia", "Latin America", "South America", "North America", "Central America",
                         "Scandinavia", "Australia", "Oceania"))
"""`700,000 Rohingya have sought refuge in Cox's Bazar`, `Syrians ... in Europe`: people of one nation finding refuge
in a place of another are refugees."""


def _nationals_abroad(text: str, cand: Candidate, places, home: str | None, right: int | None = None,
                      sheltered: bool = False, verbs: re.Pattern = _MOVING) -> bool:
    """`900 Iraqis fleeing the fighting have crossed into al-Hol camp` in Syria, `3,500 Sudanese families who fled the
    fighting` in Aswan: people of one nation who fled into another are refugees; so are those sheltered there (`850
    Ukrainian families were living in hotels` in Brandenburg)."""
    q = cand.quantity
    noun = text[q.end:max(cand.noun_end, q.end)].split()
    words = [w.strip(",.;:") for w in noun]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    ethnic = any(w.lower() in ("ethnic", "ethnically") for w in words)
    nation = None if ethnic else next((found for word in reversed(pairs) for found in [_demonym_country(word)] if found), None) \
        or next((found for word in reversed(words) for found in [_demonym_country(word)] if found), None) \
        or next((found for a, b in zip(words, words[1:]) if b.lower() in _NATIONALS_NOUNS
                 for found in [_country_named(a)] if found), None)
    if nation is None:
        origin = _FROM_A_COUNTRY.match(text, max(cand.noun_end, q.end))
        found = find_places(origin.group(1)) if origin else []
        nation = found[0].iso3 if found and found[0].kind == "country" else None
    moving = verbs.search(text, q.end, right or len(text)) or verbs is not _MOVING and verbs.search(text, 0, q.start)
    noun_end = max(cand.noun_end, q.end)
    people = next((p for p in places if p.kind == "demonym" and noun_end <= p.start <= noun_end + 1), None) \
        if nation is None and not ethnic else None
    who = people.iso3 if people is not None else nation
    staying = _STAYING_IN.match(text, people.end if people is not None else noun_end) if who else None
    if staying and any(p.start == staying.end() and p.kind == "country" and p.iso3 not in ("", who) for p in places):
        return True
    if nation is None or not (sheltered or moving) or _FROM_HOMES.search(text, q.end):
        return False
    settled = _SETTLED_IN.match(text, max(cand.noun_end, q.end))
    if settled and any(p.start == settled.end() and p.iso3 not in ("", nation) for p in places):
        return False
    refuge = _REFUGE_IN_NAME.search(text, q.end, right or len(text))
    if refuge:
        found = find_places(refuge.group(1))
        if refuge.group(1) in _CONTINENTS or found and found[0].start == 0 and found[0].iso3 and nation not in found[0].candidates \
                and not any(p.iso3 == nation and p.start >= refuge.start(1) for p in places):
            return True
    elsewhere = {p.iso3 for p in places if p.kind in ("country", "admin1", "city") and p.iso3 and p.iso3 != nation}
    if not moving:
        return bool(elsewhere) and not _DISPLACED_AT_HOME.match(text, max(cand.noun_end, q.end)) \
            and not any(p.iso3 == nation and p.kind != "demonym" and not _CAME_FROM_BEFORE.search(text, max(0, p.start - 12), p.start)
                        for p in places)
    at_home = any(p.kind in ("country", "admin1", "city") and p.iso3 == nation and p.end <= q.start for p in places)
    return bool(elsewhere) or home not in (None, nation) and not at_home


_CAME_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
"""`2,400 Pakistani families from North Waziristan were living in Gulan camp`: the place they came from is not where they are."""
_DISPLACED_AT_HOME = re.compile(r"\s+(?:who\s+(?:were|are|have\s+been|had\s+been)\s+)?(?:internally\s+)?(?:displaced|uprooted)\b")
"""`37,000 South Sudanese displaced by the fighting` stay in their own country."""
_STAYING_IN = re.compile(r"\s+(?:still\s+)?(?:remain|remained|remaining|live|lived|living|are\s+living|were\s+living|stay|stayed|"
                         r"staying|reside|resided|residing)\s+in\s+(?:the\s+)?")
"""`About 1.2 million displaced Syrians remain in Lebanon`: people of one nation displaced and living in another are
refugees there."""
_SETTLED_IN = re.compile(r"\s+(?:(?:living|settled|based|staying|sheltering)\s+)?in\s+(?:the\s+)?")
"""`Hundreds of Afghan families in Karachi have fled to relatives in Quetta`: people of one nation already living in
another who move again within it flee there."""


_NATIONALS_NOUNS = frozenset(("nationals", "citizens"))


@functools.lru_cache(maxsize=1024)
def _country_named(word: str) -> str | None:
    """`Myanmar nationals`: a country's name used as its people's."""
    if not word[:1].isupper():
        return None
    found = find_places(word)
    return found[0].iso3 if found and found[0].kind == "country" and found[0].end == len(word) else None


@functools.lru_cache(maxsize=1024)
def _demonym_country(word: str) -> str | None:
    if not word[:1].isupper():
        return None
    for form in (word, word[:-1]):
        found = find_places(form)
        if found and found[0].kind == "demonym" and found[0].end == len(form):
            return found[0].iso3
    return None


_DESTROYED_OR_DAMAGED = re.compile(r"\b(?:destroyed|razed|flattened)\s+(?:or|and/or)\s+(?:\w+ly\s+)?damaged\s+(?:[\w-]+\s+){0,3}$")
"""`destroyed or damaged more than 5,000 homes`: one count under two words takes the first term in the guide's order."""


def _first_fitting(terms: set[str], unit: str | None) -> str:
    """The first term in the guide's order that the counted unit allows: houses are destroyed or
    damaged, people and households are not."""
    for term in TERMS:
        if term in terms and (unit is None or (unit == "houses") == (term in ("destroyed", "damaged"))):
            return term
    return next(t for t in TERMS if t in terms)


def inside_quotation(before: str) -> bool:
    """Whether a quotation opened before this point is still open: `"... about 100 of them," said ...`."""
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def link_partitives(text: str, live: list[Candidate]) -> None:
    """`19,000 of the town's 20,000 residents`: the part takes the whole's noun, even when the whole is no figure
    (`1,300 of the 9,000 families who lived there before the war`)."""
    for first, second in zip(live, live[1:]):
        between = text[first.quantity.end:second.quantity.start]
        if first.rejected is None and first.unit is None and not first.partitive_them and lx.PARTITIVE_BASE.match(between):
            first.unit = second.unit
            first.noun_end = second.noun_end
            if lx.POSSESSIVE_BEFORE.search(text[:second.quantity.start]) or second.unit is None \
                    or between.rstrip().endswith(("'s", "\u2019s")):
                second.rejected = "base of a share"
    for cand in live:
        if cand.rejected is None and cand.unit is None and cand.noun_end == 0:
            cand.noun_end = cand.quantity.end


_INCLUDING = re.compile(r"\s*,?\s*(?:including|among them|among whom|of whom|of them|among those)\s+(?:[a-z]+\s+){0,3}?$|\s*\(\s*(?:[a-z]+\s+){0,2}?$"
                        r"|\s*,?\s+(?:or|from|in|comprising|totalling|totaling|belonging\s+to)\s+(?:about\s+|some\s+|nearly\s+|around\s+|approximately\s+)?$|\s+(?:of|out of)\s+(?:the|its|their)\s+$"
                        r"|[^\u2014\u2013,.;]{0,30}?\s*(?:[\u2014\u2013]|\s-)\s*(?:[a-z]+\s+){0,2}?$")
_PARTS_LISTED = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:and|or)\s+(?:(?:about|some|nearly|around|another|over|more than)\s+)?")
"""`21,700 damaged homes, including 1,830 totally destroyed and 4,100 partially destroyed`: words between parts listed
one after another are the parts' own."""
_OF_WHOM = re.compile(r"\s*,\s*(?:of|among)\s+(?:whom|them)\b")
"""`2,000 Afghan refugees, of whom 500 returned`: a part ending its sentence has a verb of its own, not the whole's."""
_WHERE_THE_WHOLE_LIVES = (r"\s+(?:of|in|from)\s+(?:the\s+)?(?:(?!(?:had|have|has|were|was|been|are|is|their|his|her|its)\b)[\w'\u2019-]+\s+){0,3}"
                          r"(?:camp|village|town|city|district|area|neighbourhood|neighborhood|settlement|community|region|province|state)")
_PART_GAP = re.compile(rf"(?:{_WHERE_THE_WHOLE_LIVES})?"
                       r"\s*,\s*(?:(?:about|some|nearly|around|almost|roughly|at least|more than|over|an estimated)\s+)?")
_WHOLE_PLACE = re.compile(rf"{_WHERE_THE_WHOLE_LIVES}(?=\s*,)")
"""`about 1,200 residents of the Kupiansk district, including 160 children, had been evacuated`: where the whole lives
stands between it and the aside."""
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b")
"""`Some 380 residents, about 140 of them children, were forced from their homes`: a part told after the whole, with "of
them" after its number, is an aside too; `At least 45 of the dead were in Oaxaca, 36 of them in Juchitan`: a share of a
count that is no figure, told after it."""
_CLOSING_PARENTHESIS = re.compile(r"\s*\)")
_SUBSET_OWN_CLAUSE = re.compile(r"\s+(?:who|that|which)\b")
"""`600,000 Rohingya remain, including about 140,000 people who have been living in camps`: the subset's own clause
belongs to the aside too."""


def _including_aside(masked: str, live: list[Candidate], index: int) -> tuple[str, int] | None:
    """`1,050 people, including 250 children, were evacuated`: the verb after the subset is the
    whole's too; the subset is blanked and the whole's clause runs on past it."""
    if index + 1 >= len(live):
        return None
    cand, part = live[index], live[index + 1]
    gap_start = max(cand.noun_end, cand.quantity.end)
    if gap_start > part.quantity.start:
        gap_start = cand.quantity.end
    intro = _INCLUDING.match(masked, gap_start, part.quantity.start)
    if intro is None:
        where = _WHOLE_PLACE.match(masked, gap_start, part.quantity.start)
        intro = _INCLUDING.match(masked, where.end(), part.quantity.start) if where else None
    if intro is None and _OF_THEM_AFTER.match(masked, part.quantity.end) \
            and clause_comma(masked, max(part.noun_end, part.quantity.end), len(masked)) != -1:
        intro = _PART_GAP.fullmatch(masked, gap_start, part.quantity.start)
    if intro is None:
        return None
    after = index + 2 < len(live) and live[index + 2].quantity.start or len(masked)
    part_end = max(part.noun_end, part.quantity.end)
    if intro.group().lstrip().startswith("("):
        close = _CLOSING_PARENTHESIS.match(masked, part_end)
        if close is None:
            return None
        blank_end = close.end()
    elif "\u2014" in intro.group() or "\u2013" in intro.group() or " - " in intro.group():
        dash = "\u2014" if "\u2014" in intro.group() else "\u2013" if "\u2013" in intro.group() else " - "
        close = masked.find(dash, part_end, after)
        if close == -1:
            return None
        blank_end = close + len(dash)
    else:
        close = clause_comma(masked, part_end, after)
        if close == -1 and _OF_WHOM.match(intro.group()):
            return masked, gap_start
        blank_end = close if close != -1 and intro.group().lstrip().startswith(",") else part_end
        if close == -1 and intro.group().lstrip().startswith(",") and _SUBSET_OWN_CLAUSE.match(masked, part_end):
            blank_end = after
        if close == -1 and index + 2 < len(live) and intro.group().lstrip().startswith(",") \
                and _PARTS_LISTED.fullmatch(masked, part_end, after):
            last = live[index + 2]
            last_end = max(last.noun_end, last.quantity.end)
            after = index + 3 < len(live) and live[index + 3].quantity.start or len(masked)
            close = clause_comma(masked, last_end, after)
            blank_end = close if close != -1 else after
    masked = masked[:gap_start] + " " * (blank_end - gap_start) + masked[blank_end:]
    return masked, after


_APPOSITIVE_PART = re.compile(r",\s*(?:mostly|mainly|largely|chiefly|predominantly|among them|including|many of them|most of them|all)\b")
"""`More than 10,000 people, mostly women and children who fled attacks`: a who-clause inside an apposition is theirs."""
def _appositive_owns(scoped: str, cues: "Cues", governed, start: int, at: int) -> bool:
    """Whether a who-clause inside an apposition (`10,000 people, mostly women and children who fled`) is the figure's
    own: only when the figure has no verb of its own before the apposition."""
    part = _APPOSITIVE_PART.search(scoped, start, at)
    return part is not None and not governed and not cues.spans_between(start, part.start())


_ONLY_FLOODED_AFTER = re.compile(r"\s+(?:(?:were|was|had been|have been)\s+)?(?:flooded|inundated|submerged|waterlogged|under\s+water)\b"
                                 r"(?!\s+(?:and|or)\s+(?:\w+\s+)?(?:destroyed|damaged|washed|swept|collapsed))")
"""`8,100 houses had been destroyed and a further 4,300 flooded`: the houses flooded are not said destroyed."""
_ADVERBIAL_CLAUSE = re.compile(r",\s+(?:as|while|when|after|before|because|since|until)\s")
"""`24,000 crossed on Wednesday alone, as the deadline expired and police began rounding up those who stayed`: a
clause about when or why says nothing against the figure."""
_WHOSE_THINGS = re.compile(r"\s*,?\s*whose\s+(?:[a-z-]+\s+){1,3}?(?:were|was|had been|have been|are|is)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:destroyed|damaged|washed away|swept away|flattened|burned|burnt|razed|flooded|torn down|demolished)"
                           r"(?:\s+(?:by|in)\s+(?:the\s+)?[a-z-]+)?(?:\s+or\s+(?:were|was|are|is|had been)\s+(?:at risk|unsafe|uninhabitable|damaged|destroyed))?"
                           r"(?:\s+but\s+(?:are|were|is|was|remain|remained)\s+(?:still\s+)?(?:standing|habitable|intact|safe|repairable))?")
"""`2,000 families whose tents were washed away by the flood have been moved to a camp`: what happened to their homes is
told of the homes; the people's own verb comes after."""
_HOMES_LOST = re.compile(r"\s*,?\s*whose\s+(?:[a-z-]+\s+)?(?:homes|houses|dwellings|huts|shelters)\s+(?:were|was|had been|have been)\s+"
                         r"(?:completely\s+|totally\s+)?(?:destroyed|washed away|swept away|flattened|razed|burned|burnt|torn down|demolished)\b")
"""`300 families whose homes were washed away ... are living on the embankment`: with nothing else said of them, people
whose homes were destroyed are homeless."""
_STILL_LIVING_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:are|were|remain|remained|have been|had been|now|still)\s+(?:now\s+|still\s+)?"
                                 r"(?:living|staying|sleeping|camping|camped|squatting|homeless|without)\b")
_AID_AFTER = re.compile(r"\b(?:received|receive|receiving|got|get|given|were given|will get|will receive|qualify|eligible|registered for|"
                        r"applied|apply|need|needs|needed|require|requires)\b")
_OTHER_PEOPLE_IN = re.compile(r"\b(?:families|people|households|residents|children|villagers|others|women)\s+(?:living\s+|staying\s+|"
                              r"sheltering\s+)?(?:(?:in|at)\s+(?:(?:a|an|the)\s+)?)?$")
"""`pays the school fees of 120 children in Goma, and ... families in a displacement site could watch`: a shelter named
after other people, in a later clause, is theirs."""
_ANOTHER_NOUNS_WHO = re.compile(r"\b(?!those\b)[a-z]+\s+who\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|recently\s+|earlier\s+)?$")
"""`forced 400,000 people from their homes, floodwater swept through sites housing families who had fled`: a verb in a
who-clause about other people is not the figure's."""
_WISHED_FOR = re.compile(r"\b(?:(?:wait(?:s|ed|ing)?|want(?:s|ed|ing)?|hop(?:e|es|ed|ing)|eager|desperate|longing|yearn(?:s|ed|ing)?|keen|"
                         r"impatient|anxious|wish(?:es|ed|ing)?)\s+(?:to|for)\s+(?:see\s+|be\s+able\s+to\s+)?|"
                         r"(?:push(?:es|ed|ing)?|call(?:s|ed|ing)?)\s+for\s+|urg(?:e|es|ed|ing)\s+|"
                         r"(?:unlikely|not\s+expected|not\s+allowed|not\s+able|unable)\s+to\s+|"
                         r"(?:nobody|no\s+one|none\s+of\s+them)\s+(?:will|would|can|could|is|are|was|were)\s+(?:be\s+)?|"
                         r"(?:would|could|might|may|will)\s+(?:allow|let|enable|permit|encourage|help)\s+(?:[\w-]+\s+){0,4}?(?:to\s+)?)(?:[a-z-]+\s+){0,2}$")
"""`are still waiting to go home`, `want to see large-scale returns`, `are unlikely to go home before the weekend`,
`nobody will be allowed back`: a return wished for or ruled out has not happened."""
_PART_OF_WHOM = re.compile(r",\s*(?:the\s+)?(?:(?:great|vast|overwhelming)\s+)?(?:most|many|some|half|a\s+third|a\s+quarter|majority|"
                           r"minority|several|others?)\s+of\s+whom\b[^,;.]*")
"""`1.3 million people have crossed into Moldova, the great majority of whom moved on or later went home`: what a part
of them did is not the whole's term."""
_JOINING_THE_LAST = re.compile(r"\b(?:joining|joined|in\s+addition\s+to|on\s+top\s+of|adding\s+to)\s+(?:the\s+)?(?:(?:some|about|around|"
                               r"nearly|more\s+than|over|roughly|almost|an\s+estimated)\s+)?$")
"""`655,000 Rohingya had crossed into Bangladesh, joining about 200,000 who had fled earlier waves of violence`: the
earlier refugees are refugees too."""
_MADE_UP_OF = re.compile(r",\s*(?:including|among\s+them|comprising|made\s+up\s+of)\s+(?![^,;.]*\d)[^;.]*?(?=,\s*(?:according|said|says)\b|[;.]|$)")
"""`240,000 people displaced by the conflict, including Nigerian refugees, Nigerien returnees and internally displaced
people`: the kinds of people a total holds are not its term."""
_OTHER_SUBJECT = re.compile(r"\b(?:that|after|because|as|since|when|while|though|although)\s+(?:many|most|some|several|other|all)\s+"
                            r"(?:[a-z-]+\s+){0,2}?(?:people|families|households|residents|idps|others|villagers|refugees)\s+"
                            r"(?:had\s+|have\s+|has\s+|were\s+|are\s+|was\s+)?(?:already\s+|since\s+|also\s+)?"
                            r"(?:(?:[a-z-]+\s+){1,6}?(?:or|and)\s+)?$"
                            r"|\b(?:that|after|because|as|since|when|while|though|although|and)\s+(?:many|most|some|several|all|few)\s+of\s+"
                            r"(?:those|them)\s+who\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|since\s+|also\s+)?$")
"""`down to 3.3 million, from 4.4 million ..., after teams verified that many people had returned`, `..., and that many
of those who returned were hiding in forests`: a verb with a subject of its own in a later clause is not the figure's."""
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|home to)\b")
"""`For Türkiye, which still hosts 2.8 million Syrian refugees, the returns ...`: a figure inside a relative
clause ends with it."""


_NEW_SUBJECT_AFTER = re.compile(r",?\s+and\s+(?:(?:several|many|some|dozens\s+of|hundreds\s+of|scores\s+of|the|their|its|two|three|"
                                r"four|five)\s+)?(?!(?:people|persons|families|households|residents|others|houses|homes|more|were|was|are|is|had|have|has)\b)"
                                r"[a-z-]+(?:\s+(?!and\b|were\b|was\b|are\b|is\b|had\b|have\b|has\b)[a-z-]+){0,3}"
                                r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\b")
"""`150 houses had been damaged and several bridges were washed away`: once the figure's own verb is read, a subject
of its own after "and" starts a clause about other things."""
_OWN_FINITE_VERB = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:were|was|are|is|had|have|has)\b")
_WHICH_AFTER = re.compile(r",\s+which\b")
"""`10,000 people have fled to Mizoram, according to the home department, which has set up camps`: once the
figure's own verb is read, a which-clause speaks of something else."""


def _left_bound(live: list[Candidate], index: int) -> int:
    """Where a candidate's clause may begin: the end of the number before it."""
    return live[index - 1].quantity.end if index else 0


def _scopes(text: str, masked: str, live: list[Candidate], index: int) -> tuple[str, int]:
    """The masked sentence with its subset asides blanked (up to three), and the end of the candidate's clause: a
    relative, which- or where-clause about something else ends it, and so does a colon opening a breakdown
    (`uprooted 3 million: 1.87 million inside the country and 1.2 million who fled abroad`)."""
    cand = live[index]
    right = live[index + 1].quantity.start if index + 1 < len(live) else len(text)
    aside = _including_aside(masked, live, index)
    if aside is not None:
        return aside
    relative = _RELATIVE_OPENING.search(masked, _left_bound(live, index), cand.quantity.start)
    close = clause_comma(masked, cand.quantity.end, right)
    if close != -1 and (relative and clause_comma(masked, relative.end(), cand.quantity.start) == -1
                        or _OPENING_WHOLE.fullmatch(masked, 0, cand.quantity.start)
                        and any(lx.TERM_CUE_PATTERNS[t].search(masked, cand.quantity.end, close) for t in TERMS)):
        right = close
    colon = _BREAKDOWN_COLON.search(masked, cand.quantity.end, right)
    if colon and index + 1 < len(live):
        right = colon.start()
    joined = _NEW_SUBJECT_AFTER.search(masked, cand.quantity.end, right)
    if joined and _OWN_FINITE_VERB.match(masked, cand.quantity.end, joined.start()) and any(lx.TERM_CUE_PATTERNS[t].search(masked, cand.quantity.end, joined.start()) for t in TERMS
                      if lx.TERM_STEMS[t].search(masked, cand.quantity.end, joined.start())):
        right = joined.start()
    which = _WHICH_AFTER.search(masked, cand.quantity.end, right)
    if which and any(lx.TERM_CUE_PATTERNS[t].search(masked, cand.quantity.end, which.start()) for t in TERMS
                     if lx.TERM_STEMS[t].search(masked, cand.quantity.end, which.start())):
        right = which.start()
    start = cand.quantity.end
    for _ in range(3):
        subset = lx.SUBSET_CLAUSE.search(masked, start, right)
        if not subset:
            break
        close = clause_comma(masked, subset.end(), right)
        if _MOVED_BEFORE.search(masked, start, subset.start()) and _DESTINATION_NEXT.match(masked, subset.end()):
            break
        if _EVENT_OPENING.match(subset.group()) and _MAIN_VERB_AFTER_EVENT.match(masked, subset.end()) \
                and _WHO_BEFORE_EVENT.search(masked, start, subset.start()):
            masked = masked[:subset.start()] + " " * (subset.end() - subset.start()) + masked[subset.end():]
            start = subset.end()
            continue
        if close != -1 and subset.group().strip() not in (";",) and ("including" not in subset.group()
                                                                    or not HAS_DIGIT.search(masked, subset.end(), close)) \
                and (not subset.group().lstrip(", ").startswith("where") or _VERB_AFTER_ASIDE.match(masked, close + 1)):
            masked = masked[:subset.start()] + " " * (close - subset.start()) + masked[close:]
            start = close
        else:
            right = subset.start()
            break
    return masked, right


_EVENT_OPENING = re.compile(r"\s*(?:since|after|because|until|although|though|whereas|unless|when|before|once)\b")
_WHO_BEFORE_EVENT = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+)?[a-z]+\b")
_MAIN_VERB_AFTER_EVENT = re.compile(rf"\s+{lx.PERFECT_VERB}")
"""`400,000 people who left after the quake have returned`: the event ends the people's own clause where the sentence's
verb follows it, and only the event is set aside."""
_EVENT_THEN_MAIN_VERB = re.compile(rf"(?:\s+[\w-]+){{0,3}}?(?=\s+{lx.PERFECT_VERB})")
_OPENING_WHOLE = re.compile(r"\W*(?:of|out of)\s+(?:the|those|these|its|their)\s+(?:[a-z-]+\s+){0,2}?")
"""`Of the 1.2 million evacuated, most had gone home`: the whole a sentence opens with keeps the term it names."""
_MOVING_VERB = r"(?:moved|relocated|shifted|transferred|taken|brought|ferried|bused|bussed|airlifted)"
_MOVED_BEFORE = re.compile(rf"\b{_MOVING_VERB}\s*$")
"""`About 4,500 people were moved, most of them to schools`: where the parts went completes the whole's verb."""
_DESTINATION_NEXT = re.compile(r"\s*(?:to|into|in|at|with)\b")
_MOVED_CUE = re.compile(rf"(?:(?:were|was|been|being|have|has|had)\s+)?{_MOVING_VERB}\b")
"""`4,500 people were relocated: 2,000 to schools and 2,500 to relatives`: a verb of moving people keeps its term
when the destination is given part by part after its clause ends."""


_CAMP_LEFT_BEHIND = re.compile(r"\b(?:from|out of|left|fled|fleeing)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
"""`displaced 3,000 families from Jenin refugee camp`: the camp they left says nothing of their term."""


def _cue_start(match: re.Match) -> int:
    """Where a cue stands: its verb when it names one (`camps around Sittwe house 120,000`)."""
    groups = match.groupdict()
    for name in ("verb", "verb2", "where", "housing", "staying", "inside"):
        if groups.get(name):
            return match.start(name)
    return match.start()


_AND_HOSTS = re.compile(r"(?:,\s*(?:(?!(?:others|the rest|rest|many|some|most|staying|living|while|who)\b)[a-z-]+\s+){0,3}(?!(?:others|the rest|rest|many|some|most|staying|living|while|who)\b)[a-z-]+)?,?\s+(?:and|or)\s+(?:in\s+|with\s+)?(?:the\s+)?(?:homes\s+of\s+)?"
                        r"(?:host\s+(?:communities|families)|relatives|friends)\b")
"""`1.6 million IDPs live in camps and host communities`: not all of them are in shelters, unless nothing else is said
of them (`2,600 households are staying in schools, churches and host families`)."""
_SUBSET_OF_THEM = re.compile(r"\b(?:most|many|some|half|a third|a quarter|the majority|a minority)\s+of\s+(?:them|whom)\s*,?\s*(?:\w+\s+){0,2}$")
_SOME_OF_THEM = re.compile(r",\s*(?:and\s+|while\s+)?(?:many|most|some|others|half|the rest|the majority)\s+$")
"""`7.4 million are internally displaced, many living in tents`: "of them" left unsaid."""
_SUBSET_WORDS = re.compile(r"\b(?:most|many|some|half|a third|a quarter|the majority|a minority)\s+of\s+(?:them|whom)\b")
"""`200,000 Yazidis remain displaced, most of them in 15 camps`: where a part of them stays is not the whole's term."""


_RATHER_THAN = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:in|at)\b")
"""`staying with relatives rather than in evacuation centres`: the shelter they are not in."""
_STAYING_THERE = re.compile(r"(?:staying|stayed|sleeping|slept|sheltering|spent (?:the|that|last|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday) night|spending (?:the|that|last|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday) night|taking refuge|"
                            r"taken refuge|took refuge|sheltered)\s+(?:there|in them|at them|inside)|(?:living|lived)\s+(?:in them|inside)"
                            r"|(?:were|are)\s+(?:now\s+|still\s+)?(?:staying|sheltering)")
_SHELTERS_NAMED = re.compile(r"\b(?:shelters?|albergues?|(?:evacuation|relief|transit|reception|collective|accommodation) (?:centres?|centers?|"
                             r"sites?|camps?)|sports (?:halls?|pavilions?)|halls?|gym(?:nasium)?s?|camps?|schools?|churches|mosques|temples?|"
                             r"tents?|stadiums?|church|mosque)\b")
"""`opened two sports halls as temporary shelters, and about 450 people spent the night there`: "there" is where
people shelter only when the sentence has named a shelter before it."""


_TOO_HARMED_TO = re.compile(r"\btoo\s+(?:[\w-]+\s+){1,4}?to\s+$")
"""`still in storm shelters because their houses were too badly damaged to return to`: a return that cannot be made."""


class Cues:
    """Every term cue and negative cue of a (masked) sentence, found once and looked up per number."""

    def __init__(self, masked: str):
        self.terms = sorted((_cue_start(m), m.end(), term) for term in TERMS if lx.TERM_STEMS[term].search(masked)
                            for m in lx.TERM_CUE_PATTERNS[term].finditer(masked)
                            if not (term == "refugees" and _CAMP_LEFT_BEHIND.search(masked, max(0, m.start() - 40), m.start())
                                    and masked.startswith("refugee camp", m.start())))
        self.terms = [c for c in self.terms if c[2] != "sheltered" or (not _STAYING_THERE.fullmatch(masked, c[0], c[1])
                      or _SHELTERS_NAMED.search(masked, 0, c[0])) and not _RATHER_THAN.search(masked, max(0, c[0] - 16), c[1])]
        self.terms = [c for c in self.terms if c[2] != "returned" or not _TOO_HARMED_TO.search(masked, max(0, c[0] - 50), c[0])]
        alone = [c for c in self.terms if c[2] != "sheltered" or not _AND_HOSTS.match(masked, c[1])] or self.terms
        self.terms = [c for c in alone if c[2] != "sheltered" or not (_SUBSET_OF_THEM.search(masked, max(0, c[0] - 40), c[0])
                                                                          or _SOME_OF_THEM.search(masked, max(0, c[0] - 30), c[0])
                                                                          or _SUBSET_WORDS.search(masked, c[0], c[1]))]
        spans = [m.span() for m in lx.NEGATIVE_CUES.finditer(masked)] if lx.NEGATIVE_STEMS.search(masked) else []
        self.negatives = [start for start, _ in spans]
        self.negative_ends = [end for _, end in spans]
        if spans:
            self.terms = [c for c in self.terms if not any(a <= c[0] < b or c[0] < a < c[1] for a, b in spans)]

    def between(self, start: int, end: int):
        return [(p, t) for p, e, t in self.terms if start <= p < end]

    def spans_between(self, start: int, end: int):
        """(start, end, term) of the cues beginning in a stretch: `washed away some 3,000` governs by its end."""
        return [c for c in self.terms if start <= c[0] < end]

    def spanning(self, start: int, number_start: int, number_end: int):
        """Cues that begin before a number and run past it: `moved 3,000 people to safety`."""
        return [t for p, e, t in self.terms if start <= p < number_start and e > number_end]

    def end_of_negative(self, start: int) -> int:
        return self.negative_ends[self.negatives.index(start)]

    def first_negative(self, start: int, end: int) -> int | None:
        return next((p for p in self.negatives if start <= p < end), None)


_WORD_SPAN = re.compile(r"\S+")


_FROM_BEFORE = re.compile(r"\bfrom\s+$")


_TO = re.compile(r"\bto\b")


_COORDINATION = re.compile(r"\band\b|,|(?<!\d):(?!\d)|\bwhile\b|\bwith\b|\bfollowed by\b|\bplus\b|\bas well as\b|\bcompared (?:with|to)\b|\b(?:up|down) from\b"
                           r"|^\s*(?:[a-z]+\s+){0,2}?(?:or|from|belonging\s+to)\s+(?:about\s+|some\s+|nearly\s+|around\s+|approximately\s+)?$|\(")


_AND_A_NEW_PREDICATE = re.compile(r"\s+(?:and|but)\s+(?:(?:it|they|he|she|officials)\s+)?")
"""`it had registered 412 displaced families and would provide them with food`: a plan in the next predicate leaves the
count as it is."""
_NATIONALS_CROSSED = re.compile(r"\s*,?\s+(?:(?P<who>who|that)\s+)?(?:(?:had|have|has|were|are)\s+)?(?:also\s+|now\s+|already\s+)?"
                                r"(?P<verb>crossed|arrived|entered|sought\s+(?:refuge|asylum|safety)|taken\s+refuge|found\s+refuge)\b")
"""`Uganda said 2,100 Congolese had crossed at Bunagana`: people of another country who crossed or arrived."""
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while)\b|,")
"""`More rain is expected to fall and on Monday 5,000 people were evacuated`: a plan a few words back counts only
within the number's own clause."""
_LIVING = r"\b(?:live|lives|living|stay|stays|staying|shelter|shelters|sheltering|sheltered|housed|hosted)\s+in\s+"
_LIVING_IN_BEFORE = re.compile(_LIVING + "$", re.I)
_LIVING_IN_CAMPS_BEFORE = re.compile(_LIVING + r"(?:(?:the|refugee|crowded|overcrowded)\s+)?(?:camps?|settlements?|shelters?|sites?)\s+in\s+$",
                                     re.I)
_CAMPS_OF = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:camps?|settlements?|shelters?|sites?)\b")
"""`500,000 Rohingya children live in Bangladesh's camps`, `30,000 Sudanese are staying in camps in Chad`: nationals
living in another country's camps are its refugees; `Afghans living in Pakistan` may be migrants."""
_MOVED_ON = re.compile(r"(?:waiting|due|scheduled|set|expected|about)\s+to\s+be\s+(?:moved|relocated|transferred|taken|bused|bussed|"
                       r"registered|flown)\b")
"""`about 16,000 refugees are waiting to be moved further inland`: people named by what they are stay so, whatever move
awaits them."""
_UNREALISED = re.compile(r"(?:was|were|is|are) supposed to|plans? to|planned to|planning to|promise|pledge|vow|intend|aim|expect|contingency|foresee|simulat|"
                         r"drill|mock|will|would|could|might|preparing for|planning for|plans? for|(?:set|sets|setting) (?:a|the|its) (?:goal|target)")
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|after|when|since|because|as|before|once|until|where|who|which|whom|that|though|although|"
                           r"has|have|had|was|were|is|are|left|kept|joined|seen|saw)\b|[,;:()]")
_BARE_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:force|displace|drive|leave|send|push|uproot|render|make|cause|cut|destroy|damage|"
                              r"submerge|flood|wash|sweep)\b")


def _breaks_the_modal(masked: str, start: int, end: int) -> bool:
    """Whether a clause starts between a modal and a number: `could inundate 40 villages and force as many as 60,000
    people to flee` keeps "could" over both verbs."""
    for m in _CLAUSE_BREAK.finditer(masked, start, end):
        if m.group() == "and" and _BARE_VERB_AFTER.match(masked, m.end()):
            continue
        return True
    return False


_KNOWN_COUNT = re.compile(r"\b(?:the|these|those|its|their)\s+(?:(?:more than|over|nearly|about|some|estimated|roughly)\s+)?$", re.I)
_OWN_CLAUSE_AFTER = re.compile(r"\s+(?:who|that|which|displaced|made|left|destroyed|damaged|uprooted|forced|driven|evacuated)\b")
"""`Officials were supposed to send an initial group of about 1,100 refugees back`: a plan heads its whole clause,
however far back its verb stands; not a count already known (`would send aid to the 12,000 families`), nor one with a
clause of its own (`to about 5,000 families who lost their homes`), nor beyond a verb of its own (`has kept`)."""
_KNOWN_BY_ITS_PAST = re.compile(r"\s+(?:who\s+(?:have|had|were)\s+(?:been\s+)?)?(?:displaced|uprooted|driven|forced|evicted|made\s+homeless|"
                                r"left\s+homeless|fled|evacuated)\b")
"""`flooding could spread cholera among the 1.4 million people displaced by gang violence`: a count already known, told by
what has happened to them, is not what the modal verb may do."""
_NOUN_THEN_TO = re.compile(r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?")
"""`from 42 days to 37`: a bare number at the end of a change counts what its start counts."""
_INCLUDING_THEN_BARE = re.compile(rf",\s*(?:including|among them)\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$")
"""`more than 33,000 attempts to cross the border since January, including 17,300 in October alone`: a bare part of a
count of things counts those things."""
_INCLUDED_IN_THE_LAST = re.compile(rf",\s*(?:including|among them|of whom|of which)\s+(?:(?:{lx.COUNT_QUALIFIER_WORDS})\s+)?$")
"""`2.4 million refugees will need resettlement in 2024, including about 560,000 Afghans`: a part of a count that is no
figure is none either."""
_JOINED_TO_THE_LAST = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:and|or)\s+(?:another\s+|up to\s+|about\s+|some\s+|nearly\s+)?")
"""`expects up to 1.5 million refugees and 2 million internally displaced people to return`: what is planned
or expected for the first number is for the second one joined to it."""


def _near_start(masked: str, left: int, number_start: int, words: int = 4, reach: int = 40) -> int:
    """Where the last few words before a number begin: the verb that governs it stands there."""
    window_start = max(left, number_start - reach)
    clause = max(last_clause_comma(masked, window_start, number_start), masked.rfind(";", window_start, number_start),
                 masked.rfind(":", window_start, number_start))
    window_start = max(window_start, clause + 1)
    starts = [m.start() for m in _WORD_SPAN.finditer(masked, window_start, number_start)]
    if not starts:
        return number_start
    return starts[-words] if len(starts) >= words else starts[0]


def _share_the_opening_partitive(text: str, live: list[Candidate], previous: Figure | None) -> None:
    """`Of them, 48,210 crossed at Cilvegozu, 31,905 at Oncupinar and 22,340 at Yayladagi`: every bare
    number listed after an opening "of them" is a part of the same whole."""
    if previous is None or not live or not live[0].partitive_them or not _OF_THOSE_BEFORE.search(text, 0, live[0].quantity.start):
        return
    for prior, cand in zip(live, live[1:]):
        if cand.unit is not None or cand.partitive_them or not _COORDINATION.search(text, prior.quantity.end, cand.quantity.start):
            return
        cand.partitive_them, cand.inherited = True, previous


_BLANKED_ASIDE = re.compile(r"\s{4,},")
"""`At least 12 refugees, most of them elderly, have died`: the comma closing a blanked aside does not end the clause."""
_OTHERS_AFTER = re.compile(r"\s+others\b")
_PEOPLE_BETWEEN = re.compile(r"\b(?:people|persons|residents|villagers|families|households|children|civilians)\b", re.I)
"""`131 wild animals, including six rhinos, have drowned, and forest guards have rescued 97 others`: others after a count
of things of like size, with no people named between, are more of those things (`affected 317,000 people in 11 states
and displaced 118,000 others` are people)."""
_AND_OTHERS_GAP = re.compile(r"[^.;]{0,60}?\band\s+(?:(?:about|some|at least|more than|over|nearly|another)\s+)?")
"""`nine people were killed and 23 others rescued`: the others are of the same kind as the count before."""
_SUBSET_OF_THE_LAST = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+)?,?\s*(?:including|among them|among whom|of whom|of them)\s+"
                                 r"(?:(?:about|some|at least|more than|over|nearly|almost|around)\s+)?")
"""`killed 40 displaced people, including 12 children`: a part of a count that is no figure is none either."""
_CLAUSE_OR_RELATIVE = re.compile(r"[,;]|\s(?:where|which|who|whose|when)\b")


def _clause_after(text: str, start: int) -> str:
    """`317 of them totally damaged` up to where its clause, or a relative clause, begins."""
    end = _CLAUSE_OR_RELATIVE.search(text, start)
    return text[start:end.start() if end else len(text)]


_THEN_OF_THEM = re.compile(r"[^.;\d]{0,60},\s*(?:(?:about|some|at least|more than|over|nearly|almost|around)\s+)?")


_PERCENT_SHARE = re.compile(r",\s*(?:about\s+|some\s+|nearly\s+|more than\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:which|them|those|these|whom)\b")
"""`damaged 59,674 houses, 32% of which collapsed`: what happened to a share is not what happened to the whole."""
_SAME_SUBJECT_AGAIN = re.compile(r"\s+and\s+(?:are|were|have|had|remain|remained)\b")
"""`people who fled their villages after the killings and are now staying in church compounds`: after the event, "and
are" takes up the people again."""
_ASIDE_OPENS = re.compile(r",\s+[a-z]+ed\b")
_ASIDE_CLOSES_ON_A_VERB = re.compile(r",\s+(?=(?:have\s+|had\s+|were\s+|are\s+|also\s+)?(?:[a-z]+ed|went|came|fled|left)\b)")
"""`60 families, evacuated last week when the lava threatened their homes, returned on Thursday`: the verb after an
aside that told of the event is the people's own."""
_EVENT_CLAUSE = re.compile(r"(?:\b(?i:since|after|before|when|until|once)|,\s+(?i:as|while|even as))\s+(?:(?i:the|a|an|its|their|his|her)|"
                           r"(?<=as )(?i:torrential|heavy|fierce|more|further|renewed|fresh|strong)\s+(?i:rain|rains|storms?|winds|floods?|"
                           r"flooding|fighting|clashes|shelling|fires?)\b|"
                           r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
                           r"Saturday|Sunday|Christmas|Easter|Ramadan|Eid)\b)[A-Z][\w-]*)\b")
"""`had evacuated 122,000 people since Ukrainian troops crossed the border`: once the figure has its own verb, a clause
telling of another event (and its subject) adds nothing to what happened to the people."""


_ANOTHER_NUMBER = re.compile(r"\band\s+(?:about\s+|some\s+|at least\s+|more than\s+|nearly\s+)?\d")
"""`left 2,000 displaced and 400 dead`: the casualty word after another number is that number's."""
_OWN_VERB_AFTER = re.compile(r"\s+(?:were|was|have been|had been|has been|are|is)\s+(?:\w+ly\s+)?(?:displaced|evacuated|uprooted|"
                             r"relocated|made homeless|left homeless|forced|driven|moved|sheltering|sheltered)\b")
"""`killed 315 people and at least 1,600 were displaced`: a number with its own passive verb is not the dead's."""


_HELPERS_ARRIVING = re.compile(r"\b(?:workers|volunteers|rescuers|engineers|doctors|nurses|medics|staff|soldiers|troops|police(?:men)?|officers|"
                               r"firefighters|builders|experts|personnel|journalists|reporters|tourists|pilgrims|delegates|observers)\b")
"""`300 construction workers from Osh have arrived in the region`: people who come to help or to work have fled
nothing."""
_ONLY_ARRIVED_AFTER = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,4}?(?:had\s+|have\s+|has\s+)?(?:newly\s+|recently\s+|already\s+)?"
                            r"arrived\s+(?:in|at|from|since|over|during|by)\b")
"""`about 6,000 people had arrived from the capital`: people told of only as arriving somewhere, in a story of
displacement, fled there; into a site, camp or compound, they shelter there; after refugees, they are more of them.
A count with any other word for what happened takes that word."""
_SHELTER_PLACE = re.compile(r"\b(?:sites?|camps?|centres?|centers?|compounds?|shelters?|schools?|churches|church|mosques?|"
                            r"displacement\s+settlements?)\b", re.I)
_FLIGHT_WORDS = re.compile(r"\b(?:fle(?:e|es|eing|d)|escap\w+|displac\w+|uproot\w+|evacu\w+|refugees?)\b", re.I)
"""Arrivals count as a flight only in a story that has told of one, or in a sentence that tells of it."""
_BY_SEA = re.compile(r"\b(?:boats?|dinghies|by sea|migrants|tourists|visitors|passengers|delegates)\b", re.I)


_ANOTHER_VOICE_BETWEEN = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:[\w-]+\s+){1,4}?(?:estimate|estimates|estimated|say|says|said|believe|"
                                    r"believes|warn|warns|warned|report|reports|reported|calculate|calculates|put|puts)\s+(?:that\s+)?")
_PLAIN_VERB_AFTER = re.compile(r"\s+(?:(?:still|now|currently|already|also)\s+)?(?:live|lives|lived|reside|resides|risk|risks|face|faces|"
                               r"need|needs|depend|depends|work|works|rely|relies)\b")
"""`1,882,391 people were internally displaced ..., and aid organisations estimate that nearly one million people live
in towns under blockade`: another voice's count with a verb of its own is not the displaced."""
_NEW_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but|while|whereas|where|which)\s+(?!(?:[\w-]+\s+){0,2}?(?:were|was|are|is|had|have)\b)"
                                 r"|,\s+(?:fearing|for\s+fear|amid\s+fears|worried|concerned|warning)\s+that\s+(?:the|a|an|its)\s+")
"""`ordered an evacuation ..., covering 5,000 residents, and officials credited the order with keeping the death toll
down`, `ordered 10,000 residents to leave their homes, fearing that the river would overflow`: a casualty word or a fear
in a clause of its own says nothing of the count before it."""
_QUOTED_NUMBER_OPENS = re.compile(r"[\"\u201c](?:[a-z]+\s+){0,3}$")
"""`"well over 100" others had been damaged`: a number quoted on its own is still the subject of the sentence's verb."""


def assign_terms(text: str, masked: str, live: list[Candidate], previous: Figure | None, places,
                  row: ListRow | None = None, home: str | None = None, recent: Figure | None = None,
                  voices: set[str] = frozenset(), hosted: list[int] | None = None) -> None:
    """Give each live candidate its term (or a reason it is none). `recent` is the figure the sentence
    speaks of as "the figure" or "the total", if any: a bare number there continues it. `voices` are
    the countries speaking in the sentence (`Uganda said`); `hosted`, where a country's hosting verb stands, read
    before the speakers are set apart (`Egypt says it has taken in 500,000 Sudanese`)."""
    refugee_spots = refugee_moves(text, places, home)
    hosted = hosting_spots(text, places) if hosted is None else hosted
    cues_of = {masked: Cues(masked)}
    _share_the_opening_partitive(text, live, previous)
    for index, cand in enumerate(live):
        if cand.label_terms is not None and (cand.label_terms or row is None
                                             or row.intro is None and not (_rows_are_sites(row))
                                             and (_CELLS.search(text) or cand.unit is None
                                                                       and _RECIPIENT_AFTER.match(text, cand.quantity.end))):
            if cand.label_terms:
                cand.term = next(t for t in TERMS if t in cand.label_terms)
                cand.own_cue = True
            continue
        if index and (live[index - 1].rejected or "").startswith("negative cue") \
                and (_SUBSET_OF_THE_LAST.fullmatch(text, live[index - 1].quantity.end, cand.quantity.start)
                     or _THEN_OF_THEM.fullmatch(text, live[index - 1].quantity.end, cand.quantity.start) and _OF_THEM_AFTER.match(text, cand.quantity.end)
                     and not Cues(_clause_after(text.lower(), cand.quantity.end)).terms):
            cand.rejected = live[index - 1].rejected
            continue
        if cand.unit in ("people", None) and cand.noun_term is None and _IN_NEED_AFTER.match(text, max(cand.noun_end, cand.quantity.end)):
            cand.rejected = "people in need"
            continue
        if cand.unit is None and cand.noun_end <= cand.quantity.end and _ONLY_FLOODED_AFTER.match(masked, cand.quantity.end) \
                and inherited_unit(live, index, previous, cand) == "houses":
            cand.rejected = "houses flooded, which no term counts"
            continue
        left = _left_bound(live, index)
        scoped, right = _scopes(text, masked, live, index)
        cues = cues_of.get(scoped) or cues_of.setdefault(scoped, Cues(scoped))
        q = cand.quantity
        subject = _NUMBER_OF.search(masked, 0, q.start) or _PUT_NUMBER_OF.search(masked, 0, q.start) \
            or _REVISED_NUMBER_OF.search(masked, 0, q.start) or _BRINGING_NUMBER_OF.search(masked, 0, q.start)
        if subject and cand.unit is None and cand.noun_end <= q.end and _subject_counts_things(subject.group(1)) \
                and clause_comma(masked, subject.end(), q.start) == -1 and q.start - subject.end() <= 30:
            cand.rejected = "count of " + subject.group(1).split()[-1]
            continue
        if subject and cand.unit is None and cand.noun_end <= q.end \
                and not any(subject.end() <= other.quantity.start < q.start and _CONTRAST_CLAUSE.search(masked, other.quantity.end, q.start)
                            for other in live if other is not cand):
            named = {t for _, t in cues.between(subject.start(1), subject.end(1))}
            if named:
                cand.unit = next((kind for word in subject.group(1).split()
                                  for kind in [_head_noun(word, 0)[2]] if kind in ("people", "households", "houses")), None)
                cand.term = _first_fitting(named, None)
                cand.own_cue = True
                cand.cue_at = subject.start(1)
                continue
            if cues.first_negative(subject.start(1), subject.end(1)) is not None:
                cand.rejected = "negative cue before"
                continue
        if inside_quotation(text[:q.start]):
            closing = CLOSING_QUOTE.search(text, q.end)
            if closing and not (closing.start() - q.end <= 2 and _QUOTED_NUMBER_OPENS.search(text, max(0, q.start - 24), q.start)):
                right = min(right, closing.start())
        near = _near_start(scoped, left, q.start)
        governed = [(p, t) for p, e, t in cues.spans_between(near, q.start)
                    if _governs(scoped, p, q.start) or e <= q.start and _FILLER.match(scoped, e, q.start)] \
            + [(p, t) for p, e, t in cues.spans_between(left, near) if t == "sheltered" and near < e <= q.start
               and _FILLER.match(scoped, e, q.start) and (_HOST_VERB_END.search(scoped, max(p, e - 12), e) or scoped.startswith("opened", p))]
        if cand.unit is None or _DEMONYM_NOUN.search(text, q.end, max(cand.noun_end, q.end)) or _ARRIVALS_AFTER.match(text, q.end) \
                or cand.unit == "people" and cand.noun_term is None and previous is not None and previous.term == "refugees":
            ranked = [p for p in hosted if p < q.start and _LARGEST_NUMBER.fullmatch(scoped, p, q.start)
                      and previous is not None and previous.term == "refugees"]
            governed += [(p, "refugees") for p in hosted if near <= p < q.start and _governs(scoped, p, q.start) or p in ranked]
            if ranked and cand.unit is None and cand.inherited is None:
                cand.inherited = previous
        if any(p >= end and _NEGATION_GAP.fullmatch(scoped, end, p) for p, _ in governed for end in cues.negative_ends):
            cand.rejected = "a negated or planned verb"
            continue
        negative_before = cues.first_negative(near, q.start)
        if negative_before is None:
            negative_before = cues.first_negative(_near_start(scoped, left, q.start, 6), q.start)
            if negative_before is not None and _CLAUSE_JOIN.search(scoped, negative_before, q.start):
                negative_before = None
        if negative_before is None:
            negative_before = cues.first_negative(_near_start(scoped, left, q.start, 14, 100), q.start)
            if negative_before is not None and not (_UNREALISED.match(scoped, negative_before)
                                                    and not _breaks_the_modal(scoped, cues.end_of_negative(negative_before), q.start)
                                                    and not _KNOWN_COUNT.search(text, max(0, q.start - 30), q.start)
                                                    and not _OWN_CLAUSE_AFTER.match(text, max(cand.noun_end, q.end))):
                negative_before = None
        if governed and negative_before is not None and _UNREALISED.match(scoped, negative_before) \
                and all(p >= cues.end_of_negative(negative_before) for p, _ in governed) \
                and not _breaks_the_modal(scoped, cues.end_of_negative(negative_before), q.start):
            cand.rejected = "a planned move"
            continue
        own_verb = _OWN_VERB_AFTER.match(scoped, max(cand.noun_end, q.end)) is not None
        if not governed and negative_before is not None and not _negative_of_earlier_number(scoped, negative_before, q.start) \
                and not (own_verb and index and negative_before < live[index - 1].quantity.start) \
                and not (index and _WHOLE_NAMED_BEFORE.search(scoped, live[index - 1].quantity.end, q.start)
                         and negative_before >= live[index - 1].quantity.end
                         and _OWN_CLAUSE_AFTER_NOUN.match(scoped, max(cand.noun_end, q.end))) \
                and not (_UNREALISED.match(scoped, negative_before) and _KNOWN_COUNT.search(text, max(0, q.start - 30), q.start)
                         and _KNOWN_BY_ITS_PAST.match(text, max(cand.noun_end, q.end))):
            cand.rejected = "negative cue before"
            continue
        if not governed and index and live[index - 1].rejected == "negative cue before" and not own_verb \
                and (_JOINED_TO_THE_LAST.fullmatch(scoped, live[index - 1].quantity.end, q.start)
                     or _INCLUDED_IN_THE_LAST.search(scoped, live[index - 1].quantity.end, q.start)):
            cand.rejected = "negative cue before"
            continue
        next_start = live[index + 1].quantity.start if index + 1 < len(live) else None
        cut = right < (next_start if next_start is not None else len(text)) and not _WHICH_AFTER.match(scoped, right)
        right_cues = [(p, t) for p, e, t in cues.spans_between(q.end, right)
                      if not (_governs(scoped, p, next_start)
                              or next_start is not None and e <= next_start and _FILLER.match(scoped, e, next_start)
                              and _ENDS_ON_A_PARTICLE.search(scoped, p, e))
                      and not ((_ANOTHER_NOUNS_WHO.search(scoped, max(cand.noun_end, q.end) + 3, p)
                                or _OTHER_PEOPLE_IN.search(scoped, max(cand.noun_end, q.end) + 3, p))
                               and clause_comma(scoped, max(cand.noun_end, q.end), p) != -1
                               and not _appositive_owns(scoped, cues, governed, max(cand.noun_end, q.end), p))
                      and not (cut and e > right and not lx.TERM_CUE_PATTERNS[t].search(scoped, p, right)
                               and not _MOVED_CUE.match(scoped, p))]
        right_cues = [(p, t) for p, t in right_cues if not _OTHER_SUBJECT.search(scoped, max(cand.noun_end, q.end), p)
                      and not _WISHED_FOR.search(scoped, max(q.end, p - 40), p)]
        whose = _WHOSE_THINGS.match(scoped, max(cand.noun_end, q.end))
        if whose and cand.unit in ("people", "households"):
            right_cues = [(p, t) for p, t in right_cues if not (p < whose.end() and t in ("destroyed", "damaged"))]
            if _HOMES_LOST.match(whose.group()) and not governed and not any(p >= whose.end() for p, _ in right_cues) \
                    and cues.first_negative(whose.end(), right) is None and not _AID_AFTER.search(scoped, whose.end(), right) \
                    and _STILL_LIVING_AFTER.match(scoped, whose.end()):
                right_cues.append((whose.end() - 1, "homeless"))
        national = next((p for p in places if p.kind == "demonym" and q.end <= p.start <= max(cand.noun_end, q.end) + 1), None)
        nation = national.iso3 if national else None
        spots = refugee_moves(text, places, nation) if nation and nation != home else refugee_spots
        if nation:
            spots = spots + [p.start - 1 for p in places if p.kind == "country" and p.iso3 != nation
                             and (_LIVING_IN_CAMPS_BEFORE.search(text, max(0, p.start - 40), p.start)
                                  or _LIVING_IN_BEFORE.search(text, max(0, p.start - 40), p.start) and _CAMPS_OF.match(text, p.end))]
        right_cues += [(p, "refugees") for p in spots if q.end <= p < right and not scoped[p + 1:p + 2].isspace()]
        elsewhere = nation and (nation != home or any(p.iso3 and p.iso3 != nation and p.kind in ("country", "demonym") for p in places)
                                or bool(voices - {nation}))
        crossed = _NATIONALS_CROSSED.match(scoped, max(cand.noun_end, national.end)) if elsewhere else None
        if crossed and crossed.end() <= right and (crossed.group("who") is None or not right_cues):
            right_cues.append((crossed.start("verb"), "refugees"))
        right_cues += [(q.end, t) for t in cues.spanning(left, q.start, q.end)]
        part = _PART_OF_WHOM.search(scoped, max(cand.noun_end, q.end), right) \
            or _MADE_UP_OF.search(text, max(cand.noun_end, q.end), right)
        if part and (governed or cand.noun_term or any(q.end <= p < part.start() for p, _ in right_cues)):
            right_cues = [(p, t) for p, t in right_cues if not part.start() <= p < part.end()]
        if _PARTITIVE_OF.match(text, q.end):
            right_cues = [(p, t) for p, t in right_cues if p >= cand.noun_end]
        event = _EVENT_CLAUSE.search(text, max(cand.noun_end, q.end), right) or _PERCENT_SHARE.search(scoped, max(cand.noun_end, q.end), right)
        if event and (governed or any(p < event.start() for p, _ in right_cues if p >= cand.noun_end)):
            again = _SAME_SUBJECT_AGAIN.search(scoped, event.end(), right) or (
                _ASIDE_OPENS.search(scoped, cand.noun_end, event.start()) and _ASIDE_CLOSES_ON_A_VERB.search(scoped, event.end(), right)) or (
                _WHO_BEFORE_EVENT.search(scoped, max(cand.noun_end, q.end), event.start()) and _EVENT_THEN_MAIN_VERB.match(text, event.end()))
            right_cues = [(p, t) for p, t in right_cues if p < event.start() or again and p >= again.end()]
        negative = cues.first_negative(max(q.end, whose.end()) if whose and cand.unit in ("people", "households") else q.end, right)
        if negative is not None and cand.partitive_them and _ADVERBIAL_CLAUSE.search(scoped, q.end, negative):
            negative = None
        first_positive = min((p for p, _ in right_cues if p >= cand.noun_end), default=None)
        inner_cue = any(q.end <= p < cand.noun_end for p, _ in right_cues)
        if negative is not None and not governed and (first_positive is None or negative < first_positive) \
                and not ((cand.noun_term or inner_cue) and clause_comma(_BLANKED_ASIDE.sub(" ", scoped[cand.noun_end:negative])) != -1) \
                and not (cand.noun_term and _ANOTHER_NUMBER.search(scoped, cand.noun_end, negative)) \
                and not (cand.noun_term and _MOVED_ON.match(scoped, negative)) \
                and not (cand.noun_term and _who_cannot_go_back(scoped, cand.noun_end, negative)) \
                and not (first_positive is not None and _RISK_THEN_MOVED.fullmatch(scoped, negative, first_positive)) \
                and not (cand.noun_term and _AND_A_NEW_PREDICATE.fullmatch(scoped, cand.noun_end, negative)) \
                and not (_WHO_HAD_BEFORE.search(scoped, max(0, negative - 24), negative) and _REFUSED_THEN_MOVED.match(scoped, negative)) \
                and not (_NEW_CLAUSE_BETWEEN.search(scoped, max(cand.noun_end, q.end), negative)
                         and (any(q.start - p <= 120 for p, _ in cues.between(left, q.start)) or any(p == q.end for p, _ in right_cues))):
            cand.rejected = "negative cue"
            continue
        terms = {t for _, t in right_cues} | {t for _, t in governed}
        if "damaged" in terms and _DESTROYED_OR_DAMAGED.search(scoped, max(left, q.start - 80), q.start):
            terms.add("destroyed")
        if cand.noun_term and not (terms and _PARTITIVE_OF.match(text, q.end) and cand.noun_term not in ("refugees", "returned")
                                   and not (cand.noun_term == "evacuated" and _in_hotels(scoped))):
            terms.add(cand.noun_term)
        if _evacuees_staying(scoped, cand, right_cues + governed):
            terms.discard("evacuated")
        if "fled" in terms and cand.noun_term == "displaced" and _INTERNALLY_DISPLACED.search(scoped, q.end, max(cand.noun_end, q.end) + 1) \
                and all(t != "fled" or p >= cand.noun_end and _WHO_CLAUSE.match(scoped, cand.noun_end, p) for p, t in right_cues + governed):
            terms.discard("fled")
        if cand.unit is None and index and live[index - 1].unit == "houses":
            done_to_houses = {t for _, t in governed if t in _HOUSE_TERMS} | {
                t for p, t in right_cues if t in _HOUSE_TERMS and _BARE_VERB_GAP.fullmatch(scoped, q.end, p)}
            if done_to_houses:
                terms = done_to_houses
        if not terms and previous is not None and previous.term == "refugees" and cand.unit in (None, "people", "households") \
                and _BARE_CROSSED.match(text, max(cand.noun_end, q.end)):
            terms = {"refugees"}
            cand.inherited = previous
        if not terms:
            before = cues.between(left, q.start) + [(p, "refugees") for p in refugee_spots if left <= p < q.start]
            asides = [m.span() for m in _WHOSE_ASIDE.finditer(scoped, left, q.start)]
            if asides and any(p < asides[0][0] for p, _ in before):
                before = [(p, t) for p, t in before if not any(a <= p < b for a, b in asides)]
            if before:
                nearest = max(p for p, _ in before)
                if _ANOTHER_VOICE_BETWEEN.search(scoped, nearest, q.start) and _PLAIN_VERB_AFTER.match(scoped, max(cand.noun_end, q.end)):
                    before = []
                elif q.start - nearest <= 120 or _directly_governed(scoped, nearest, q.start):
                    terms = {t for _, t in before}
                    cand.cue_at = nearest
        else:
            cand.cue_at = first_positive if first_positive is not None else q.start
        resettled_cue = terms == {"displaced"} and "resettled" in scoped[left:right] and not _DISPLACED_WORD.search(scoped, left, right)
        resettled = _RESETTLED.search(scoped, left, right) if (not terms or resettled_cue) and cand.unit in ("people", "households", None) \
            else None
        if resettled and named_by_nation(text, cand, places) and _nationals_abroad(text, cand, places, home, right, verbs=_RESETTLED):
            terms = {"refugees"}
            cand.cue_at = resettled.start()
        elif resettled_cue and named_by_nation(text, cand, places):
            terms = set()
        if not terms and cand.unit in ("people", "households", None) and _ONLY_ARRIVED_AFTER.match(scoped, max(cand.noun_end, q.end)) \
                and not _BY_SEA.search(scoped, q.end, min(len(scoped), q.end + 120)) \
                and not _HELPERS_ARRIVING.search(scoped, q.end, max(cand.noun_end, q.end)) \
                and (cand.unit is not None or cand.partitive_them) and (previous is not None or _FLIGHT_WORDS.search(scoped)):
            terms = {"refugees" if previous is not None and previous.term == "refugees"
                     else "sheltered" if any(not _CAMP_LEFT_BEHIND.search(scoped, max(0, m.start() - 40), m.start())
                                             for m in _SHELTER_PLACE.finditer(scoped)) else "fled"}
            cand.cue_at = q.end
        if not terms and row is not None and (row.intro is not None or _rows_are_sites(row)) \
                and (not index or cand.label_terms is not None):
            label = scoped[:q.start]
            if lx.NEGATIVE_CUES.search(label):
                cand.rejected = "negative cue in the row label"
                continue
            intro = row.intro.text.lower() if row.intro is not None else ""
            if lx.NEGATIVE_CUES.search(intro):
                cand.rejected = "negative cue in the list heading"
                continue
            terms = {t for _, t in Cues(intro).between(0, len(intro))} \
                or ({"sheltered"} if _SHELTER_HEADING.search(" ".join([intro, label, *(row.header or ())])) or _SHELTERS_FOR.search(intro)
                    or _rows_are_sites(row) else set())
            if cand.unit is None:
                cand.unit = next((kind for kind in _label_kinds(intro) if kind != "nonfigure"), None)
        whole = live[index - 1] if index else previous
        if terms and cand.partitive_them and whole is not None and whole.term == "refugees" \
                and (not index or whole.noun_term == "refugees"):
            terms.add("refugees")
        if terms & {"fled", "displaced"} and index and live[index - 1].term == "refugees" \
                and _JOINING_THE_LAST.search(text, live[index - 1].quantity.end, q.start):
            terms.add("refugees")
        if terms and whole is not None and whole.term == "returned" and (
                cand.partitive_them and terms <= {"refugees", "fled"}
                or index and terms <= {"refugees", "fled", "sheltered"} and _INCLUDED_IN_THE_LAST.search(scoped, whole.quantity.end, q.start)):
            terms.add("returned")
        if terms == {"refugees"} and not lx.TERM_CUE_PATTERNS["refugees"].search(scoped) and cand.noun_term is None \
                and cand.unit is None and _CAME_FROM_AFTER.match(text, q.end) and previous is not None and previous.term == "returned" \
                and (not index or live[index - 1].term == "returned" and live[index - 1].inherited is previous):
            terms = {"returned"}
            cand.inherited = previous
        if terms & {"fled", "displaced", "sheltered"} and "refugees" not in terms \
                and _nationals_abroad(text, cand, places, home, right, sheltered="sheltered" in terms):
            terms.add("refugees")
        if terms:
            cand.term = _first_fitting(terms, cand.unit)
            cand.own_cue = True
            chosen = [p for p, t in right_cues if t == cand.term and p >= cand.noun_end]
            if chosen and cand.cue_at is not None and cand.cue_at >= q.end:
                cand.cue_at = min(chosen)
            continue
        if cand.partitive_them and index and live[index - 1].rejected \
                and _SHARE_OF_IT.fullmatch(text, live[index - 1].quantity.end, q.start):
            cand.rejected = "a share of " + live[index - 1].rejected
            continue
        if cand.partitive_them and cand.inherited is not None:
            cand.term = cand.inherited.term
            prior = live[index - 1] if index else None
            cand.unit = cand.unit or (prior.unit if prior is not None and prior.unit and prior.rejected is None
                                      and not lx.PARTITIVE_THEM.match(text, q.end) else cand.inherited.unit)
            continue
        if not index and recent is not None and not q.vague and q.value >= 100 \
                and (cand.unit is None and cand.noun_end <= q.end
                     or cand.unit is not None and cand.noun_term is None and _COMPARED_WITH_THE_LAST.match(masked)
                     and (cand.unit == "houses") == (recent.term in ("destroyed", "damaged"))):
            cand.term = recent.term
            cand.unit = cand.unit or recent.unit
            continue
        if index:
            prior = live[index - 1]
            between = text[prior.quantity.end:q.start]
            from_to = _FROM_BEFORE.search(text, max(0, prior.quantity.start - 8), prior.quantity.start) and _TO.search(between)
            compared = _EARLIER_COUNT_BEFORE.search(text, max(prior.quantity.end, q.start - 40), q.start)
            another_voice = _ANOTHER_VOICE_BETWEEN.search(between) and _PLAIN_VERB_AFTER.match(text, max(cand.noun_end, q.end))
            if prior.term and not another_voice and (len(between) < 90 and (_COORDINATION.search(between) or from_to)
                               or compared and not any(prior.quantity.end <= other.quantity.start < compared.start() and not other.rejected
                                                       for other in live)):
                cand.term = prior.term
                cand.unit = cand.unit or prior.unit
            elif prior.rejected:
                cand.rejected = prior.rejected
    for cand in live:
        if cand.term == "damaged" and _TOTALLY_OF_THEM.match(text, cand.quantity.end):
            cand.term = "destroyed"
        elif cand.term == "refugees" and _REFUGEES_AND_IDPS_AFTER.match(text, max(cand.noun_end, cand.quantity.end)):
            cand.term = "displaced"
    for first, second in reversed(list(zip(live, live[1:]))):
        if first.term is not None and first.term == first.noun_term and second.term == "returned" and second.own_cue \
                and second.noun_term != "returned" and second.cue_at is not None \
                and not _WHO_OR_THAT.search(text, second.quantity.end, second.cue_at) \
                and first.noun_end > first.quantity.end and _JOINED_SUBJECTS.fullmatch(text, first.noun_end, second.quantity.start):
            first.term, first.cue_at = second.term, second.cue_at
            continue
        if first.term is not None or first.rejected is not None or not second.term or not first.unit:
            continue
        gap_start = max(first.noun_end, first.quantity.end)
        joined = first.noun_end > first.quantity.end and second.unit and (second.term in _HOUSE_TERMS) == (first.unit == "houses") \
            and _JOINED_SUBJECTS.fullmatch(text, first.noun_end, second.quantity.start) is not None
        if joined or _JOINED_PLACES.fullmatch(text, gap_start, second.quantity.start) \
                or second.unit and second.unit != first.unit and _RESTATED.fullmatch(text, gap_start, second.quantity.start):
            first.term, first.cue_at = second.term, second.cue_at
            first.own_cue = bool(joined and second.own_cue)


_JOINED_PLACES = re.compile(r"\s+(?:in|from|at|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,?\s+(?:and|while)\s+"
                            r"(?:about|some|around|nearly|more than|over|another|a further|at least)?\s*")
"""`3,660 households in Uganda and about 5,900 in Tanzania had been displaced`: the verb after the second number is
the first one's too, and so is it in `4,100 residents of Tomé and 1,900 of neighbouring Penco had been evacuated`."""


_POPULATION_BEFORE = re.compile(
    r"(?<!\bof\s)(?<!\bof\sthe\s)(?<![\w-])(?:whose|its|their|a|(?:the\s+)?(?!camp|site|settlement|shelter)[\w-]+(?:'s|\u2019s))\s+(?:total\s+|entire\s+|whole\s+|pre-war\s+)?"
    r"population(?:\s+(?:is\s+|was\s+|of\s+|stands\s+at\s+|stood\s+at\s+|to\s+|back\s+to\s+)|\s*,\s*)(?:only\s+|just\s+)?"
    r"(?:about|around|roughly|some|nearly|almost|over|more than|under|fewer than|an estimated|approximately)?\s*$")
"""`On Union Island, whose population is about 3,000, ...`: a place's population is no figure."""

_EARLIER_COUNT_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:(?:a|the|its)\s+(?:[\w-]+\s+)?(?:peak|high|low|total)\s+of\s+)?"
                                   r"(?:" + lx.COUNT_QUALIFIER_WORDS + r")?\s*$")
"""`3.7 million are displaced, the IOM estimated in its latest survey, down from more than 8 million`, `down from a
peak of more than 34,000`: the earlier count of the same thing."""

_VERB_AFTER_ASIDE = re.compile(r"\s*(?:(?:had|have|has|were|was|are|is)\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b"
                               r"|(?:returned|fled|went|moved|arrived|crossed|left)\b)")
"""`all 62 residents of Mango island, where every house was destroyed, had been evacuated`: a where-clause closed
before the main verb is an aside."""
_RECIPIENT_AFTER = re.compile(r"\s+(?:to|for|serving|reaching|in|at)\b")
"""`- Cash grants: 2,400 to displaced households`: a number given to or serving people counts what its label names."""
_CELLS = re.compile(r"\||\t| {3,}")
"""A table row: a number in a cell whose label names no term has none, whatever the other cells say. A bullet row
reads its own words unless its number, naming no people or houses, goes to someone (`- Wajima: 11,450 people staying
in 128 shelters`, `- Kassala: 12,000 evacuated`, not `- Cash grants: 2,400 to displaced households`)."""
_BREAKDOWN_COLON = re.compile(r"(?<!\d):(?!\d)")
_HOUSE_TERMS = frozenset(("destroyed", "damaged"))
_BARE_VERB_GAP = re.compile(r"\s+(?:others?\s+|more\s+)?(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?")
"""`2,870 shelters were destroyed and 4,150 damaged in 27 displacement sites`: a bare number after a count of houses
is counted by the verb on it, not by the sites where the houses stand."""

_TOTALLY_OF_THEM = re.compile(r"\s+of\s+(?:them|which|those)\s+(?:were\s+|was\s+)?(?:(?:totally|completely|fully)\b(?!\s+(?:repaired|rebuilt))"
                              r"|(?:damaged\s+)?beyond\s+repair\b)")
"""`8,614 houses had been damaged, 1,045 of them totally`, `700 houses damaged, some 60 of them beyond repair`: the part
damaged totally is destroyed."""
_REFUGEES_AND_IDPS_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:either\s+)?(?:refugees|asylum[- ]seekers)\s+(?:and|or)\s+(?:internally\s+displaced|idps\b|"
                                      r"displaced\s+(?:inside|within|in)\s+(?:the|their)\s+(?:own\s+)?country)"
                                      r"|[^.;:]{0,40}?\b(?:either\s+)?(?:internally\s+displaced(?:\s+(?:people|persons))?|idps)\s+(?:and|or)\s+refugees\b",
                                      re.I)
"""`12 million people either refugees or internally displaced`: a total mixing refugees and internally displaced people
is never `refugees`; it keeps the displacement its wording tells."""
_JOINED_SUBJECTS = re.compile(r"\s+(?:and|as well as)\s+(?:" + lx.COUNT_QUALIFIER_WORDS + r")?\s*")
"""`More than 30 private houses and five apartment blocks were damaged`, `300 men and 200 women were evacuated`: counts
joined as one subject share its verb."""
_RESTATED = re.compile(r"\s*[,(]\s*(?:or\s+)?(?:about|some|around|nearly|roughly|approximately|almost|more than|over|at least)?\s*")
"""`38 families, about 110 people, had been evacuated`: a count restated in another unit shares its verb."""


_NUMBER_OF = re.compile(r"\bthe (?:total )?(?:number|count|tally) of\s+((?:[\w'\u2019-]+\s+){0,8}?[\w-]+)\s+(?:in\s+[\w\s'\u2019-]{0,30}?)?"
                        r"(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:been\s+|be\s+)?(?:raised|rose|risen|fell|fallen|increased|decreased|dropped|climbed|reached|stood|grew|grown|"
                        r"doubled|tripled|jumped|declined|passed|surpassed|topped|exceeded|is|was|ranges?|ranged|var(?:y|ies|ied))\b")
"""`The number of internally displaced Ukrainians fell ... to about 3.7 million`: the subject names what is counted."""
_SHELTERS_FOR = re.compile(r"\bfor (?:its|the|their|all)\s+(?:[\w-]+\s+)?(?:shelter|evacuation|relief|cyclone|flood) (?:centres?|centers?|camps?|shelters?)\b")
"""`compiled the following figures for its shelter centres:`: a list of what shelters hold."""
_SHELTER_HEADING = re.compile(r"\b(?:evacuation|relief|displacement|idp|collective|temporary) (?:centres?|centers?|camps?|sites?|shelters?|posts?)\b"
                              r"|^\s*shelters?\b|\b(?:pps|ecs)\b"
                              r"|\b(?:people|persons|individuals|families|households|evacuees)\s+(?:staying\s+|sheltering\s+|living\s+)?"
                              r"(?:in|at)\s+(?:the\s+)?(?:centres|centers|shelters|camps|sites)\b", re.I)
"""A table headed `EVACUATION POSTS` or with a `Shelter` column (Malaysia's relief centres, `PPS`; the Philippines'
evacuation centres, `ECs`) counts people staying there."""
_SITE_COLUMN = re.compile(r"\s*(?:(?:idp|displacement|collective|managed)\s+)?(?:sites?|camps?|shelters?|settlements?)(?:\s+names?)?"
                          r"|\s*(?:evacuation|collective)\s+(?:centres?|centers?)\s*", re.I)
"""`Site | Households | Individuals`: a table whose rows are sites counts the people living in them."""


def _rows_are_sites(row: ListRow) -> bool:
    return bool(row.header) and _SITE_COLUMN.fullmatch(row.header[0]) is not None
_NEGATION_GAP = re.compile(r"\s*(?:(?:the|an?|possible|potential|likely|further|any|more)\s+){0,2}")
"""`preparing for the evacuation of up to 3,000 people`: a plan or negation just before the cue voids it."""
_PLACE_MODIFIERS = frozenset("idp idps refugee refugees displaced displacement evacuation evacuee evacuees returnee returnees "
                              "migrant migrants".split())
"""Words that name who lives in a place (`IDP sites`, `refugee camps`), not who is counted."""


def _subject_counts_things(subject: str) -> bool:
    """`the number of displacement sites has increased to 140`: the number counts places, not people."""
    raw = re.findall(r"[a-z]+", subject)
    done_to_houses = any(w in ("destroyed", "damaged", "burned", "burnt", "razed", "flattened", "washed") for w in raw)
    words = ["sites" if w in ("shelters", "shelter") and not done_to_houses else w for w in raw]
    words = [w for w, after in zip(words, words[1:] + [""]) if not (w in _PLACE_MODIFIERS and after in lx.NONFIGURE_NOUNS)]
    head = next((w for w in words if w in lx.PEOPLE_NOUNS or w in lx.HOUSEHOLD_NOUNS or w in lx.HOUSE_NOUNS
                 or w in lx.NONFIGURE_NOUNS), None)
    return head is not None and head in lx.NONFIGURE_NOUNS and not any(
        w in lx.PEOPLE_NOUNS or w in lx.HOUSEHOLD_NOUNS or w in lx.HOUSE_NOUNS for w in words if w not in ("displaced", "idp", "idps", "refugee", "refugees"))


_PUT_NUMBER_OF = re.compile(r"\bthe (?:total )?(?:number|count|tally) of\s+((?:(?!at\s)[^\W\d][\w-]*\s+){0,9}?[^\W\d][\w-]*)\s+at\s+(?:\w+\s+){0,2}$")
"""`It put the number of families forced from their homes at 2,300`."""
_REVISED_NUMBER_OF = re.compile(r"\b(?:the|its|their) (?:total )?(?:number|count|tally|estimate) of\s+((?:[\w-]+\s+){0,5}?[\w-]+)\s+"
                                r"(?:(?:in|across|inside|within|for)\s+[\w\s'-]{0,30}?)?(?:down|up)\s+to\s+(?:\w+\s+){0,2}$")
"""`the IOM revised its count of internally displaced people across Ethiopia down to about 3.3 million`."""
_BRINGING_NUMBER_OF = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed|lifted) (?:the|its|their) "
                                 r"(?:total )?(?:number|count|tally) of ((?:[\w-]+\s+){0,5}?[\w-]+)\s+"
                                 r"(?:(?:in|across|inside|within|for)\s+[\w\s'-]{0,30}?)?to\s+(?:(?:" + lx.COUNT_QUALIFIER_WORDS + r")\s+)?$")
"""`..., bringing the number of IDP sites in the governorate to 197`: what the total counts is named before it."""
_ANAPHORA = re.compile(r"\b(?:the|that|this|its) (?:figure|number|total|count|tally|estimate)\b|(?:'s|\u2019s) (?:(?:latest|new|own|revised|previous|earlier|last) )?(?:figure|count|tally|estimate)\b(?! of)|\bthere (?:were|are|was|is|had been)\b"
                       r"|\bputs? (?:the|that|this|its) (?:figure|number|total|count) at\b|\b(?:counted|recorded|registered)\b|\bat (?:its|the) peak\b"
                       r"|^\s*(?:that|this|it)\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:sharply|slightly|well)\s+)?(?:up|down)\s+from\b"
                       r"|^\s*(?:that|this|it)\s+compares\s+(?:with|to)\b")
"""`A year ago, the figure was about 550,000.` `In January the agency counted about 315,000.` `That was up from
about 560,000 at the end of 2019.`"""
_COMPARED_WITH_THE_LAST = re.compile(r"\s*(?:that|this|it|the\s+(?:figure|number|total|count|tally))\s+(?:was|is|had\s+been|has\s+been)\s+"
                                     r"(?:(?:sharply|slightly|well)\s+)?(?:up|down)\s+from\b|\s*(?:that|this|it)\s+compares\s+(?:with|to)\b", re.I)
"""`This is down from a peak of 151,203 families`, `That was up from 25,366 people`: the earlier count of what the
figure before it counted, whatever noun it repeats."""
_PRONOUNS_OF_PEOPLE = frozenset(("those", "these", "them", "whom"))
_OF_WHAT = re.compile(r"\s+(?:number\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)")


_OVER_A_PERIOD = re.compile(r"\s+(?:for|of|over|in|during)\s+(?:the\s+)?(?:past|last|previous|coming|first|this)?\s*(?:\w+\s+)?"
                            r"(?:day|days|week|weeks|weekend|month|months|year|period|fortnight)\b")
_FOR_WHAT = re.compile(r"\s+(?:of|for|on|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)")
_LEFT_OUT = re.compile(r"\b(?:not|exclude|excludes|excluding|without|except)\b")
_LIST_OF_THE_FIGURES = re.compile(r"\b(?:the|these|those|its|their|that|this) (?:figures?|numbers?|totals?|counts?|tally|tallies|estimates?)\b")


def refers_to_the_figure(masked: str, in_a_heading: bool = False) -> bool:
    """`The figure stood at 210,000`: the sentence speaks of the count before, not of `the number of peacekeepers`.
    A list's heading may speak of it in the plural: `how the numbers have moved this week:`."""
    m = (_LIST_OF_THE_FIGURES if in_a_heading else _ANAPHORA).search(masked)
    if m is None or in_a_heading and _LEFT_OUT.search(masked):
        return False
    of = (_FOR_WHAT if in_a_heading else _OF_WHAT).match(masked, m.end())
    if in_a_heading and _OVER_A_PERIOD.match(masked, m.end()):
        return True
    return of is None or any(w in lx.PEOPLE_NOUNS or w in lx.HOUSEHOLD_NOUNS or w in lx.HOUSE_NOUNS or w in _PRONOUNS_OF_PEOPLE
                             or w not in ("of", "number", "the") and places.country_of(w.capitalize()) for w in of.group(0).split())


_REGISTERED = re.compile(r"registered\b")
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|which|whom|who)\b")
_HOTEL_STAY = re.compile(r"\b(?:hotels?|motels?|inns|guest ?houses?|resorts?|sanatori(?:um|ums|a))\b")
_SITE_STAY = re.compile(r"\b(?:shelters?|centres?|centers?|camps?|schools?|gym\w*|halls?|tents?|dormitor\w+|barracks|stadiums?|"
                        r"churches|church|mosques?|sites?)\b")
"""Evacuees put up in hotels are counted as evacuated, as monitors count them; a hotel is no shelter site."""


def _in_hotels(masked: str) -> bool:
    return bool(_HOTEL_STAY.search(masked)) and not _SITE_STAY.search(masked)


def _evacuees_staying(masked: str, cand: Candidate, cues) -> bool:
    """`8,000 evacuees were staying in sports halls`: the noun only says who they are; where they stay
    is the figure's term, as for displaced people in camps. Registered evacuees stay evacuated."""
    if cand.noun_term != "evacuated" or _in_hotels(masked):
        return False
    noun = range(cand.quantity.end, max(cand.noun_end, cand.quantity.end) + 1)
    if any(t == "evacuated" and p not in noun for p, t in cues):
        return False
    aside = _RELATIVE_ASIDE.search(masked, cand.quantity.end)
    return any(t == "sheltered" and not _REGISTERED.match(masked, p) and (aside is None or p < aside.start())
               and p != cand.quantity.end for p, t in cues)


_WHO_HAD_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:initially\s+|first\s+|earlier\s+|at\s+first\s+)?$")
"""`800 residents who had refused to leave were evacuated by police`: what the people did before, told in their
relative clause, is not what the sentence says happened to them."""
_REFUSED_THEN_MOVED = re.compile(r"refus\w*\s+to\s+(?:leave|evacuate|go|move)\b(?:\s+[\w-]+){0,3}?\s+(?:were|was|have\s+been|had\s+been|"
                                 r"has\s+been)\s+(?:\w+ly\s+|finally\s+|later\s+|eventually\s+)?(?:evacuated|moved|relocated|removed)\b")
_WHO_OR_THAT = re.compile(r"\b(?:who|that|which|whom)\b")
_CAME_FROM_AFTER = re.compile(r"(?:\s+(?:came|come|had\s+come|have\s+come|returned|arrived))?\s+from\s+(?:the\s+)?[A-Z\u00c0-\u024f]")
"""`Some 250,000 came from Türkiye, about 190,000 from Lebanon`, after a count of returns: the parts of it by the country
they came back from."""


_EARLIER_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)\b")
_COORDINATOR = re.compile(r"\band\b|,|;|\bwhile\b|\bbut\b|\bwhereas\b")


_WHOLE_NAMED_BEFORE = re.compile(r"\b(?:among|of|out of|from)\s+(?:the|some|an estimated|about|nearly|more than)\s+$")
"""`screened 12,000 children for malnutrition among the 250,000 people who fled`: the health word is the first number's;
a whole with a verb of its own is counted by it."""


def _negative_of_earlier_number(masked: str, negative: int, number: int) -> bool:
    """`12 people died and 800 homes were damaged`: the death belongs to the earlier number's clause."""
    return bool(_EARLIER_NUMBER.search(masked, 0, negative)) and any(
        not (m.group() == "and" and _BARE_VERB_AFTER.match(masked, m.end())) for m in _COORDINATOR.finditer(masked, negative, number))


_FILLER = re.compile(r"(?:\s+(?:another|an|a|all|further|additional|remaining|about|some|around|roughly|nearly|almost|over|more|than|at|least|up|to|"
                     r"as|many|the|total|of|estimated|approximately|close|just|under|fewer|less|no|upwards|excess))*\s*$")


_LARGEST_NUMBER = re.compile(r"\w+\s+the\s+(?:largest|biggest|most|second-largest|highest|greatest)\s+"
                             r"(?:number|share|population|community|group)(?:\s+of\s+them)?,\s+(?:with\s+)?(?:(?:some|about|around|nearly|"
                             r"almost|more than|over|roughly|an estimated|at least)\s+)?")
"""`Colombia hosts the largest number, some 2.9 million`, after a count of refugees: a host's ranking counts them."""


_HOST_VERB_END = re.compile(r"\b(?:taken in|took in|takes in|taking in|hosts|hosting|hosted|housing|housed|houses|home to)$")
"""`the cathedral compound had taken in about 500 displaced people`, `opened its prayer hall and madrasa to around 600
people displaced by the floods`: a place that takes people in, named before its verb, governs the number after it."""


_ENDS_ON_A_PARTICLE = re.compile(r"\b(?:away|out|off|down)\s*$")
"""`washing away 340 more`, `burned down 60 more`: a phrasal verb governs the number after it."""


def _governs(masked: str, cue: int, next_start: int | None) -> bool:
    """`destroyed 1,850 houses and damaged another 3,200`: `damaged` is the next number's verb."""
    if next_start is None:
        return False
    match = _WORD_SPAN.match(masked, cue)
    end = match.end() if match else cue
    if masked[end - 1:end] in (",", ";", ":"):
        return False
    return bool(_FILLER.match(masked, end, next_start))


def _directly_governed(masked: str, cue: int, number: int) -> bool:
    return len(masked[cue:number].split()) <= 8


def inherited_unit(live, index, previous, cand, text: str = ""):
    """The unit of a number without a noun: "of them" counts what the number just before it counts, in its
    own sentence if it has one there, else the figure before."""
    if cand.partitive_them and index and live[index - 1].unit \
            and (live[index - 1].rejected is None or live[index - 1].unit in ("people", "households", "houses")):
        return live[index - 1].unit
    if cand.partitive_them and previous is not None:
        return previous.unit
    for at, prior in reversed(list(enumerate(live[:index]))):
        if prior.unit:
            head = live[at - 1] if at else None
            if head is not None and head.unit == "people" and prior.unit == "households" \
                    and _HOUSEHOLDS_OF_THE_PEOPLE.fullmatch(text, head.noun_end, prior.quantity.start):
                return "people"
            return prior.unit
    return None


_HOUSEHOLDS_OF_THE_PEOPLE = re.compile(r"\s*(?:from|in|of|belonging\s+to)\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?", re.I)
"""`1,253 people from 787 households ... and 2,746 others`: the households tell where the people come from; a count
after them counts people too."""


def default_unit(term: str) -> str:
    return "houses" if term in ("destroyed", "damaged") else "people"


def unit_fits(unit: str, term: str) -> bool:
    if term in ("destroyed", "damaged"):
        return unit == "houses"
    return unit in ("people", "households")
