"""Where a figure happened: its country (and for refugees, origin and destination) and its place.

Countries come from the figure's own clause first ("in Chad", "from Khartoum"), then the
sentence, then what the figure continues in its paragraph, then the article's main country.
A country that acts or speaks ("US forces", "Germany's defence ministry", "Russia pushes
into ...") is not where the displacement happened.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from tracker.extract import lexicon as lx
from tracker.extract.numbers import clause_comma
from tracker.extract.places import Place, is_admin_area, provinces_of_other_countries

if TYPE_CHECKING:
    from tracker.extract.engine import ArticleContext

_FLEE = r"fled|flee|flees|fleeing|escaped|escaping"
"""The verbs of flight, shared by the patterns below that look for the place people fled."""
_REFUGEE_MOVE = re.compile(
    r"(?:\b(?:fled|flee|fleeing|crossed|crossing|escaped|gone|went|travelled|traveled|returned|made it|exodus)\b"
    r"(?:\s+(?!to\b|into\b)[\w'-]+){0,8}?\s+(?:to|into|across to|over to)"
    r"|\b(?:driven|drove|pushed|sent|sending|sends)\b(?:\s+(?!to\b|into\b)(?:\d[\d,.]*\d|[\w'-]+)){1,8}?\s+(?:across\s+(?:the\s+)?(?:[\w'\u2019-]+\s+)?borders?\s+)?into"
    r"|\b(?:arrived|arriving|arrivals|sought (?:refuge|asylum|safety)|seeking (?:refuge|asylum|safety)|taken refuge|took refuge)(?:\s+[\w'-]+){0,3}?\s+in"
    r"|\b(?:entered|entering|reached|crossed into|crossing into)|\bacross the (?:border|frontier) (?:to|into)"
    r"|\b(?:crossed|fled|escaped)\s+into\s+(?:the\s+)?(?:[\w'-]+,?\s+){0,5}?in"
    r"|\b(?:fled|flee|flees|fleeing)\s+(?:[\w'-]+\s+){0,4}?for"
    r"|\b(?:crossed|crossing|fled|fleeing|escaped)\s+(?:in)?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:zone|region|area|district|province|"
    r"state|town|city|village|camps?|county|border\s+areas?)\s+of)"
    r"\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$", re.I)
"""Movement into a country: a cue for `refugees` when the country is another."""
_INTO_A_PART_OF = re.compile(r"\b(?:crossed|crossing|fled|fleeing|escaped)\s+(?:in)?to\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:zone|region|"
                             r"area|district|province|state|town|city|village|camps?|county|border\s+areas?)\s+of\s+$", re.I)
"""`crossed into the Doolo zone of Ethiopia's Somali region`: into a part of a country named after it; `fled to the town
of Bandiagara`, a town abroad named so, is read as a move inside the country the article is about."""


_REFUGEE_HOST = re.compile(
    r"\b(?:arrived|registered|settled|sheltering|living|staying|hosted|camped)(?:\s+[\w'-]+){0,3}?\s+(?:in|at)"
    r"(?:\s+(?:eastern|western|northern|southern|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western))?\s+$", re.I)
"""Where refugees are: their destination, not a cue for the term."""


_FLED_COUNTRY = re.compile(rf"\b(?:{_FLEE}|left|crossed out of)\s+(?:from\s+)?(?:the\s+)?$", re.I)


_FROM_COUNTRY = re.compile(rf"\b(?:from|out of|{_FLEE}|left)\s+(?:the\s+)?$|\b(?:{_FLEE})\s+(?:the\s+)?(?:violence|fighting|conflict|war|"
                           r"attacks|insecurity|persecution|unrest|clashes)\s+(?:in|across)\s+(?:(?:north|south|east|west)(?:ern)?\s+"
                           r"(?:and|or)\s+)?(?:the\s+)?$", re.I)
"""`refugees who fled violence in northern and central Mali`: where they fled from is their origin."""


_HOST_VERB = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:hosts?|hosted|hosting|has taken in|had taken in|took in|has received|had received|received|has registered|registered|shelters|is sheltering|welcomed|has welcomed|is home to|are home to)\b", re.I)


_GENERIC_PLACE = re.compile(r"\s+(?:province|state|region|district|county|governorate|city|town|village|camp|municipality|department|prefecture|division|territory|neighbou?rhood|area|valley)$", re.I)


_OPENING_PLACE = re.compile(r"\s*(?:On|In|At|Across)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},\s*(?:the\s+)?")
"""`On Samos, Greek civil protection officials said`: a place the tables lack, then the nation that speaks of it."""
_NEIGHBOUR_PLACES = re.compile(r"\bneighbou?ring countries\b|\bother countries\b|\babroad\b|\bseveral countries\b", re.I)


SPECIFICITY = {"city": 3, "admin1": 2, "region": 0, "country": 0, "demonym": 0}


def prefer_known(place: Place, weights: dict[str, float]) -> Place:
    """A place name found in several countries is read in the country the article is about; a country's
    own name (`Mali`, not the Guinean town) is never read as another's."""
    if len(place.candidates) < 2 or place.kind == "country":
        return place
    known = [c for c in place.candidates if c in weights]
    if not known:
        return place
    best = max(known, key=lambda c: weights[c])
    if best == place.iso3:
        return place
    return Place(place.name, best, place.kind, place.start, place.end, place.candidates)


_BACK_TO = re.compile(r"\b(?:back|home)\s+(?:[\w'-]+\s+)?(?:to|into)\s+(?:the\s+)?$"
                      r"|\b(?:returned|return|returns|returning)\s+(?:(?:home|back|voluntarily|safely)\s+)?(?:to|into)\s+(?:the\s+)?$", re.I)
"""`crossed back into Venezuela`: where people return to; without it, `40,000 Syrian refugees had gone back`
return to their own country."""
_RETURNING_AFTER = re.compile(r"\s+(?:returns|returnees|returnee\s+(?:families|households|numbers))\b", re.I)
_RETURNS_OF = re.compile(r"\b(?:returns|return|repatriation|returnees)\s+of\s+(?:(?:the|some|about|more\s+than|[\d,.]+|thousands|hundreds)\s+){0,3}$", re.I)
"""`Afghan returns`, `the return of 450,000 Syrians`: the people named as those coming home tell the country
the figure belongs to, whoever counts them."""
_RETURN_ORIGIN = re.compile(r"\b(?:from|through|via|out of|(?:crossed|crossing)(?:\s+back)?\s+at)\s+(?:the\s+)?$", re.I)


_POSSESSIVE_ACTOR = re.compile(r"(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}(?:ministry|government|army|military|forces|police|officials|authorities|president|agency|department|embassy|air force|navy|defence|defense|offensive|operation|incursion|invasion|war(?=\s+(?:in|on|against|with)\b)|attacks?|campaign|assault|bombardment|strikes|troops|militias?|deadlines?|crackdown|deportations?|ultimatum|policy|policies)\b", re.I)
"""`Pakistan's army`, `Pakistan's deadline for undocumented foreigners`: a country that acts, or whose policy is told,
is not where a figure's people are."""


_ACTING = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:leads|led|deploys|sends|dispatched|dispatches|pledged|pledges|approved|approves|promised|"
                     r"donated|deported|deports|expelled|funded|offered|pushes|pushed|pushing|attacks|attacked|launched|launches|invaded|invades|shelled|shells|bombed|bombs|advances|advanced|struck|strikes|captured|seized|says|said|announced|claims|claimed|deployed|sent)\b"
                     r"|\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:begins|began|begun|starts|started|expands|expanded|widens|widened|intensifies|"
                     r"intensified|steps up|stepped up|escalates|escalated|resumes|resumed|renews|renewed)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:raids?|invasion|incursions?|bombardment|bombing|shelling|strikes|airstrikes|offensive|assault|attacks|(?:air|bombing|drone)\s+campaign)\b"
                     r"|\s+(?:has\s+|had\s+)?designated\b", re.I)
"""`as Israel begins ground raids`, `since Israel resumed its bombardment`, `the area Israel has designated a humanitarian
zone`: a country starting raids or an invasion, or marking out zones, is the one acting (one stepping up operations may
be fighting at home)."""


WHERE_BEFORE = re.compile(r"\b(?:in|from|inside|across|throughout|within|out of|around|near)\s+(?:the\s+)?$", re.I)


_NOT_THE_PLACE = re.compile(r"\s+(?:borders?|frontier|fence|separation\s+barrier|boundary|perimeter)\b", re.I)
RIVER_AFTER = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w'\u2019-]+\s+(?i:rivers)\b|\s+(?i:rivers?)\b")
"""`the La Digue river` in Haiti is no Seychelles island, nor `the Limpopo and Save rivers` South Africa's province: a
river named like a place abroad is not that place, and a river is the location only when the sentence names no other
place (`villages along the Buzi River`)."""
_THE_BEFORE_PROVINCE = re.compile(r"\b[Tt]he\s+$")
_FLOWS_AFTER = re.compile(r"\s+(?:(?:was|is|were|has|had)\s+(?:been\s+)?(?:\w+\s+)?(?:flowing|rising|risen|swollen|in spate)|"
                          r"(?:began|begun|started|continued|kept)\s+(?:to\s+)?(?:rise|rising|swell|swelling)|"
                          r"(?:burst|overflowed|overtopped|rose|swelled|breached)\b)"
                          r"|(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)*,?\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
                          r"(?:group\s+of\s+)?rivers\b")


_THE_RISING_BEFORE = re.compile(r"\b[Tt]he\s+(?:rising|swollen|overflowing|raging|receding|flooded|flooding)\s+$")


def flows_like_a_river(text: str, place: Place) -> bool:
    """`The Bagmati was flowing 1.2 metres above the danger level`, `the White Nile began rising`, `the Bagmati, Kamla
    Balan and Adhwara group of rivers`, `hit by the rising Benue`: a province name of a word or two after "the" that
    flows is its river."""
    return place.kind == "admin1" and place.name.count(" ") <= 1 and place.end - place.start == len(place.name) \
        and (_THE_BEFORE_PROVINCE.search(text, max(0, place.start - 5), place.start) is not None
             and _FLOWS_AFTER.match(text, place.end) is not None
             or _THE_RISING_BEFORE.search(text, max(0, place.start - 20), place.start) is not None)


_NAME_GOES_ON = re.compile(r"\s+(?:Beach|Bay|Springs|Park|Street|Avenue|Road|Heights|Hills|Point|Harbou?r|Creek|Falls|Estates?|"
                           r"Township|Plains?|Lake|Square)\b")
"""`Jamaica Beach`, a town in Texas: a country name followed by a word of a place name is part of that name."""
_A_PEOPLE = re.compile(r"\s+(?:people|peoples|indigenous)\b(?!\s+(?:in|of|from)\b)")
"""`250 Embera people fled their reserve`: a people named like a province is not the province."""
_NOT_THE_COUNTRY = re.compile(r"\s+(?:and \w+ )?(?:rivers?|delta|basin|state|river basin|border|frontier|borders)\b", re.I)


def _is_actor_possessive(text: str, place: Place) -> bool:
    return bool(_POSSESSIVE_ACTOR.match(text, place.end)) and not lx.NAMED_DEPARTMENT.match(text, place.end)


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def is_landmark(text: str, place: Place) -> bool:
    """`villages close to the border with Israel`, `almost surrounded by Lebanon`, `along the Lebanese border`: a
    country named to say where something else is."""
    if place.kind == "demonym":
        return bool(_BORDER_AFTER.match(text, place.end)) and bool(_ALONG_THE_BEFORE.search(text, max(0, place.start - 30), place.start))
    return place.kind == "country" and bool(_NEAR.search(text, max(0, place.start - 30), place.start)
                                            or _NEAR_THE_LISTED.search(text, max(0, place.start - 60), place.start)) \
        and not _POSSESSIVE_AFTER.match(text, place.end)


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:guards?|police|forces|officials|agency|service|crossings?\s+(?:into|to)))", re.I)
_ALONG_THE_BEFORE = re.compile(r"\b(?:along|on|at|near|close\s+to|towards?|by|from)\s+the\s+$", re.I)
"""`communities along the Lebanese border`: a nation named to say where the border is."""


def is_place_mention(text: str, place: Place) -> bool:
    """`the Niger and Benue rivers`, `Niger Delta` name no country."""
    return not (place.kind == "country" and (_NOT_THE_COUNTRY.match(text, place.end) or _NAME_GOES_ON.match(text, place.end))
                or _NOT_THE_PLACE.match(text, place.end)
                or place.kind in ("admin1", "city") and _A_PEOPLE.match(text, place.end))


_SETTING = re.compile(r"^(?:In|Across|Inside|Within|Elsewhere\s+in|Meanwhile,?\s+in)\s+$")


def _set_in_its_country(text: str, place, places) -> bool:
    """`In Cameroon's Far North, 1,300 residents of a village in Mayo-Sava fled to Mora`: a move from one place to another
    of the country the sentence is set in is no crossing, whatever country the article is about; `In Chad, 9,800 people
    crossed into Logone Oriental` still is."""
    return any(p.kind == "country" and p.iso3 == place.iso3 and p.end <= place.start and _SETTING.match(text[:p.start])
               for p in places) and any(p.kind in ("admin1", "city") and p.iso3 == place.iso3 and p.end <= place.start for p in places)


def refugee_moves(text: str, places, home: str | None = None) -> list[int]:
    """Positions where people move into another country: `crossed into Chad`, `fled Ukraine`,
    `fled to Florida` in an article about the Bahamas; not `fled Port-au-Prince for Haiti's south`, from a place of
    that same country."""
    spots = []
    origins = {p.iso3 for p in places if p.iso3 and p.kind in ("country", "admin1", "city")
               and _FROM_BEFORE.search(text, max(0, p.start - 40), p.start)}
    for place in places:
        if place.kind == "demonym" and place.iso3 != home and _INTO_THE_BEFORE.search(text, max(0, place.start - 40), place.start) \
                and _SIDE_AFTER.match(text, place.end):
            spots.append(max(0, place.start - 1))
            continue
        abroad = place.kind in ("admin1", "city") and place.iso3 != "" and (
            home is not None and place.iso3 != home and not _set_in_its_country(text, place, places)
            or bool(origins - {place.iso3}) and place.iso3 not in origins and bool(_CROSSED_INTO_BEFORE.search(text, max(0, place.start - 40), place.start)))
        if place.kind not in ("country", "region") and not abroad or _is_actor_possessive(text, place):
            continue
        if place.kind == "region" and place.iso3 and (place.iso3 == home or not _REFUGEE_MOVE.search(text[max(0, place.start - 60):place.start])):
            continue
        if abroad:
            if _REFUGEE_MOVE.search(text[max(0, place.start - 60):place.start]) \
                    and not _INTO_A_PART_OF.search(text, max(0, place.start - 60), place.start):
                spots.append(max(0, place.start - 1))
            continue
        before = text[max(0, place.start - 60):place.start]
        if place.kind == "country" and _PEOPLE_FROM_BEFORE.search(before) and _TOOK_REFUGE_AFTER.match(text, place.end):
            spots.append(max(0, place.start - 1))
            continue
        if _REFUGEE_MOVE.search(before) or _FLED_COUNTRY.search(before) or _ARRIVED_FROM.search(before):
            if place.kind == "country" and _within_the_country(text, place, places, before, home):
                continue
            spots.append(max(0, place.start - 1))
    return spots


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:the|its|their)\s+)?(?:(?:villages?|towns?|areas?|districts?|camps?)\s+(?:around|near|in|of)\s+)?$")
"""`7,000 people from Goma had crossed into Rubavu`: where the people crossing come from, against where they go."""
_INTO_THE_BEFORE = re.compile(r"\b(?:crossed|crossing|fled|fleeing|escaped|went|streamed|poured)\b(?:\s+[\w'-]+){0,4}?\s+(?:into|to)\s+"
                              r"the\s+$", re.I)
_SIDE_AFTER = re.compile(r"\s+(?:border\s+)?(?:town|city|village|side|territory|province|district|region|state)\b", re.I)
"""`crossed from Myawaddy into the Thai town of Mae Sot`: a move into a place named by another nation's adjective."""
_PART_OF_IT = re.compile(r"(?:'s|\u2019s)\s+(?:(?:[a-z-]+\s+){0,2}(?:north|south|east|west|centre|center|interior|capital|"
                         r"border\s+areas?|regions?|provinces?|districts?|states?|towns?|cities|villages|camps?)\b|[A-Z])")
_TOWARDS_BEFORE = re.compile(r"\b(?:to|into|towards?|across to|over to|in)\s+(?:the\s+)?$|\b(?:to|into|towards?)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}"
                             r"(?:zone|region|area|district|province|state|town|city|village|camp|county|border\s+areas?)\s+of\s+$")


_CROSSED_INTO_BEFORE = re.compile(r"\bcross(?:ed|ing|es)?\s+(?:the\s+(?:border|river|frontier)\s+)?into\s+$", re.I)
"""`crossed into Thailand's Mae Hong Son province`: a crossing into a part of a country crosses its border."""
_OBJECT_OF_POSSESSIVE = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}")


def _within_the_country(text: str, place, places, before: str, home: str | None = None) -> bool:
    """`fled Port-au-Prince for Haiti's south`, `fled Sudan's Omdurman`, `fled to Ukraine's west from Kherson`: a move
    from one part of a country to another, or out of a part of it to nowhere named, crosses no border; `fled to
    Chad's eastern region` from Darfur does."""
    if any(p.kind in ("city", "admin1") and p.iso3 == place.iso3 and place.start - 60 <= p.start < place.start for p in places):
        return True
    part = _PART_OF_IT.match(text, place.end)
    if part is None or _CROSSED_INTO_BEFORE.search(before):
        return False
    if not _TOWARDS_BEFORE.search(before):
        return True
    if any(p.kind in ("country", "admin1", "city", "demonym") and p.iso3 and p.iso3 != place.iso3 for p in places):
        return False
    return home is not None and place.iso3 == home or any(
        p.kind in ("city", "admin1") and p.iso3 == place.iso3 and p.start > place.end
        and not _OBJECT_OF_POSSESSIVE.fullmatch(text, place.end, p.start) for p in places)


def hosting_spots(text: str, places) -> list[int]:
    """Where a country's hosting verb stands: `Bangladesh already hosted 400,000 Rohingya`."""
    spots = []
    for place in places:
        if place.kind != "country":
            continue
        says_it = _SAYS_IT.match(text, place.end) or _WHICH_SAYS_IT.match(text, place.end)
        if says_it or not _is_actor_possessive(text, place):
            hosting = _HOSTING.match(text, says_it.end() if says_it else place.end)
            if hosting:
                spots.append(max(hosting.start("verb"), text.rfind(" ", hosting.start("verb"), hosting.end("verb")) + 1))
    if "Refugee" in text or "refugee" in text:
        spots.extend(m.start("verb") for m in _REFUGEE_BODY_HOSTING.finditer(text))
    return spots


_REFUGEE_BODY_HOSTING = re.compile(r"\b(?:[Rr]efugees?(?:\s+and\s+[Rr]eturnees)?\s+(?:[Bb]oard|[Cc]ommission|[Dd]epartment|[Dd]irectorate|[Ss]ecretariat|"
                                   r"[Aa]gency|[Oo]ffice|[Ss]ervice|[Aa]ffairs)|[Cc]ommission(?:er)?\s+for\s+[Rr]efugees)\b(?:\s*\([A-Z]{2,6}\))?"
                                   r"[^.;]{0,30}?\b(?:said|says|reported)\s+(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+"
                                   r"(?P<verb>registered|received|taken in|hosted)\b")
"""`the Ghana Refugee Board said it had registered about 600 Burkinabe`, `Ethiopia's Refugees and Returnees Service (RRS)
said it had registered 60,000 of the arrivals`: a country's refugee office counting arrivals."""


_SPEAKS = r"(?:says|said|reports|reported|estimates|estimated)\s+(?:that\s+)?"
_SAYS_IT = re.compile(rf"(?:(?:'s|\u2019s)\s+(?:government|authorities|officials|interior\s+ministry|ministry))?\s+{_SPEAKS}"
                      r"(?:it|they)(?=\s)", re.I)
"""`Lebanon's government says it hosts about 1.5 million Syrians`: the country speaking of itself."""
_WHICH_SAYS_IT = re.compile(rf",\s+which(?:\s+{_SPEAKS}it)?(?=\s)")
"""`Peru, which says it hosts about 400,000 Venezuelans`, `Colombia, which has received more than 1 million`: the
country told of in a relative clause."""
_PEOPLE_FROM_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[a-z]+\s+)?(?:people|persons|families|households|civilians|villagers|nationals)\s+"
                                 r"from\s+(?:neighbou?ring\s+)?(?:the\s+)?$")
_TOOK_REFUGE_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|so\s+far)\s+)?(?:taken|sought|found|took|seeking)\s+"
                                r"(?:refuge|shelter|sanctuary)\b(?!\s+(?:elsewhere|inside|within|in\s+other\s+parts))")
"""`30,316 people from Myanmar had taken refuge in the state` (of Mizoram): people named by the country they come from
have taken refuge outside it, unless they sheltered "elsewhere" or "inside" it."""
_ARRIVED_FROM = re.compile(r"\b(?:arrived|arrivals|crossed|crossing|fled|fleeing|escaped|came|coming|entered|entering)\b(?:\s+[\w'-]+){0,4}?\s+from\s+$", re.I)
"""`4,500 households had arrived there from Cameroon`: people come from another country."""
_HOSTING = re.compile(r"\s+(?:alone\s+|already\s+|now\s+|still\s+|currently\s+|also\s+)?(?P<verb>hosts|hosted|has hosted|is hosting|"
                      r"has taken in|had taken in|took in|has received|had received|received|receives|is receiving|has registered|registered)\b", re.I)
"""A country hosting people of another nationality holds refugees."""


_SETTLED_THERE = re.compile(r"[\w\s-]{0,20}?,?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:long\s+|already\s+)?(?:settled|lived|been\s+living|"
                            r"were\s+living|are\s+living|worked|been\s+working)\s+(?:in|on)\b", re.I)
"""`at least 1,100 Venezuelan migrants who had settled in Catatumbo` were displaced where they lived, not in Venezuela."""
_A_NATIONS_SIDE = re.compile(r"\s+(?:side|bank|shore|(?:border\s+)?(?:communities|towns|villages|cities|territory|"
                             r"settlements|kibbutzim|provinces|regions))\b")
"""`On the Congolese side, 5,000 families fled`, `evacuated from northern Israeli communities`: a nation's side of a
border, or its towns, are in that country."""


_COMPARED_IN_SIZE = re.compile(r"\b(?:(?:larger|bigger|smaller|greater|wider)\s+than|(?:the\s+)?size\s+of|as\s+(?:large|big)\s+as|"
                               r"(?:half|twice|three\s+times)\s+(?:the\s+)?(?:area|size)\s+of)\s+(?:the\s+)?$", re.I)


def compared_in_size(text: str, place: Place) -> bool:
    """`burned through 18.6 million hectares, an area larger than Syria`: a country a size is measured by is not where."""
    return bool(_COMPARED_IN_SIZE.search(text, max(0, place.start - 40), place.start))


_EVENT_AFTER = re.compile(r"\s+(?:civil\s+)?(?:war|wars|conflict|genocide|insurgency|floods?|earthquake|quake|cyclone|famine)\b"
                          r"(?!\s+(?:refugees|veterans))")
"""`The Bosnian war drove more than 2 million people from their homes`, `the first Darfur war drove some 2 million`: the
place a war or disaster is named after is where its people were driven out."""


_EVACUATED_FROM = re.compile(r"\b(?:evacuated|airlifted|flown\s+out|brought\s+out|taken\s+out)\s+(?:\w+\s+)?from\s+(?:the\s+)?$")
"""`4,000 Canadian citizens had been evacuated from Haiti`, told in Ottawa: the country they left is where it happened."""


def figure_countries(sentence, cand, term, segment, places, context: ArticleContext, spoken_for=(), speaking=()):
    """The figure's country, and for refugees their destination. `spoken_for` are countries whose government
    speaks in the sentence (`Angola's government said`); `speaking` adds governments named by nationality
    (`Chadian officials`), which tell a refugee figure's host but not where other figures happened."""
    q = cand.quantity
    places = [p for p in places if not (p.kind == "country" and _ACROSS_A_BORDER.search(sentence.text, max(0, p.start - 80), p.start))
              and not compared_in_size(sentence.text, p)]
    near = [] if term == "refugees" else _with_listed(
        [p for p in places if p.kind == "country" and _NEAR.search(sentence.text, max(0, p.start - 30), p.start)], places, sentence.text)
    named = [p for p in places if p.kind == "country" and not is_actor(sentence.text, p) and p not in near]
    named = [p for p in named if not _PARTY_BEFORE.search(sentence.text, max(0, p.start - 60), p.start)]
    if term not in ("refugees", "returned"):
        places = [p for p in places if not is_refugee_origin(sentence.text, p)]
        named = [p for p in named if p in places]
        owner = next((p for p in places if p.kind == "country" and p.end <= q.start
                      and _OWNS_THE_NUMBER.fullmatch(sentence.text, p.end, q.start)), None)
        if owner is not None:
            return owner.iso3, None
    helping = []
    abroad = set()
    if term == "evacuated":
        left = next((p for p in places if p.kind == "country" and p.start > q.end
                     and _EVACUATED_FROM.search(sentence.text, max(0, p.start - 40), p.start)), None)
        if left is not None:
            return left.iso3, None
    if term == "evacuated" and context.main_country:
        states = {p.iso3 for p in [*spoken_for, *speaking] if p.kind == "country" and p.end <= q.start} | {
            p.iso3 for p in places if p.kind == "country" and p.end <= q.start
            and (is_actor(sentence.text, p) or _OPENS_THE_SENTENCE.fullmatch(sentence.text, 0, p.start)
                 and _SUBJECT_GOES_ON.match(sentence.text, p.end))} | {
            p.iso3 for p in places if p.kind == "country" and _CARRIES.match(sentence.text, p.end)}
        states.discard(context.main_country)
        own_people = states & {p.iso3 for p in places if p.kind == "demonym"}
        abroad = states if own_people or _CARRIED_AWAY.search(sentence.text) and not _THEIR_OWN_RESIDENTS.search(sentence.text) else set()
        if abroad:
            places = [p for p in places if (p.iso3 not in abroad or p.kind in ("city", "admin1"))
                      and not (p.start > q.end and _CARRIED_TO.search(sentence.text, max(0, p.start - 60), p.start))]
            named = [p for p in named if p in places]
            spoken_for = [p for p in spoken_for if p.iso3 not in abroad]
            speaking = [p for p in speaking if p.iso3 not in abroad]
    if term == "evacuated":
        nationals = _NATIONALS.search(sentence.text) or named_by_nation(sentence.text, cand, places)
        helping = _with_listed([p for p in places if p.start > q.end and (
            _HELPING.search(sentence.text, max(0, p.start - 90), p.start)
            or nationals and _PASSED_THROUGH.search(sentence.text, max(0, p.start - 60), p.start))], places, sentence.text)
        places = [p for p in places if p not in helping]
        named = [p for p in named if p not in helping]
    if term == "evacuated" and _NATIONALS.search(sentence.text):
        named = [p for p in named if p.start > q.end and not _SPEAKS_AFTER.match(sentence.text, p.end)]
        spoken_for = [p for p in spoken_for if p.start > q.end and not _SPEAKS_AFTER.match(sentence.text, p.end)]
    asides = [m.span() for m in _ASIDE_CLAUSE.finditer(sentence.text)] if "," in sentence.text else []
    outside = [p for p in named if not _in_an_aside(p, q, asides)]
    if outside:
        named = outside
    demonyms = [p for p in places if p.kind == "demonym" or p.kind == "country" and is_actor(sentence.text, p)]
    local = [p for p in places if p.kind in ("city", "admin1", "region") and not _is_speaker(sentence.text, p)]
    if term != "refugees":
        crossed_to = [p for p in places if p.start > q.end and is_destination(sentence.text, p)]
        named = [p for p in named if p not in crossed_to]
        local = [p for p in local if p not in crossed_to]
    if term == "refugees":
        if cand.inherited is not None and cand.inherited.term == "refugees":
            origin, destination = _refugee_countries(sentence.text, cand, segment, places, context)
            destination = destination or cand.inherited.destination
            return cand.inherited.country, destination if destination != cand.inherited.country else None
        origin, destination = _refugee_countries(sentence.text, cand, segment, places, context)
        if cand.partitive_them and cand.inherited is not None and cand.inherited.country and cand.inherited.term != "returned" \
                and not any(p.kind == "demonym" for p in places):
            origin = cand.inherited.country
            destination = destination if destination != origin else None
        if destination is None and speaking and speaking[0].iso3 != origin \
                and not any(p.kind == "country" and q.end < p.start < segment[1] and is_destination(sentence.text, p) for p in places):
            destination = speaking[0].iso3
        if destination is None and not _NEIGHBOUR_PLACES.search(sentence.text) \
                and not any(p.kind == "country" for p in places):
            destination = _destination_before(sentence, context, origin)
        return origin, destination
    if term == "returned" and cand.inherited is not None and cand.inherited.term == "returned" and cand.inherited.country:
        return cand.inherited.country, None
    origins = []
    if term == "returned":
        back_to = [p for p in places if p.kind in ("country", "admin1", "city", "region") and p.iso3
                   and _BACK_TO.search(sentence.text, max(0, p.start - 60), p.start)]
        if back_to:
            return back_to[0].iso3, None
        nationals = [p for p in places if p.kind == "demonym" and (q.start <= p.start <= max(cand.noun_end, q.end) + 1
                                                                  or _OF_THE_BEFORE.fullmatch(sentence.text, q.end, p.start))]
        if nationals:
            return nationals[0].iso3, None
        returning = {p.iso3 for p in places if p.kind == "demonym" and (_RETURNING_AFTER.match(sentence.text, p.end)
                                                                       or _RETURNS_OF.search(sentence.text, max(0, p.start - 24), p.start))}
        if len(returning) == 1:
            return returning.pop(), None
        origins = [p for p in places if _RETURN_ORIGIN.search(sentence.text, max(0, p.start - 12), p.start)]
        origins = _with_listed(origins, places, sentence.text)
        places = [p for p in places if p not in origins]
        named = [p for p in named if p in places]
        local = [p for p in local if p in places]
    where = [p for p in places if p.kind in ("country", "admin1", "city", "region") and segment[0] <= p.start < segment[1]
             and WHERE_BEFORE.search(sentence.text, max(0, p.start - 12), p.start)
             and not (p.kind == "country" and _NEAR.search(sentence.text, max(0, p.start - 30), p.start))]
    if asides:
        where = [p for p in where if not _in_an_aside(p, q, asides)]
    noun_zone_end = max(cand.noun_end, q.end) + 1
    nationality = {p.iso3 for p in places if p.kind == "demonym" and q.end <= p.start <= noun_zone_end}
    if nationality:
        where = [p for p in where if p.iso3 in nationality or not _NEAR.search(sentence.text, max(0, p.start - 30), p.start)]
    if where and segment[0] > 0 and any(p.start >= q.end for p in where):
        where = [p for p in where if p.start >= q.end]
    inside = _INSIDE_THE_COUNTRY.search(sentence.text, q.end, segment[1])
    if inside:
        where = [p for p in where if (p.start < q.start and segment[0] == 0) or q.end <= p.start < inside.end()]
        named = [p for p in named if (p.start < q.start and segment[0] == 0) or q.end <= p.start < inside.end()]
    if where:
        return nearest(where, q.start).iso3, None
    comma = clause_comma(sentence.text, q.end)
    if spoken_for and comma != -1 and all(p.start > comma for p in named + local):
        return spoken_for[0].iso3, None
    in_segment = [p for p in named if segment[0] <= p.start < segment[1]]
    described = [p for p in demonyms if q.end <= p.start <= noun_zone_end] if (
        term in ("fled", "displaced", "sheltered") or term == "evacuated" and _FROM_THEIR_HOMES.search(sentence.text, q.end)) \
        and not _SETTLED_THERE.match(sentence.text, max(cand.noun_end, q.end)) else []
    sided = [p for p in demonyms if p.kind == "demonym" and _A_NATIONS_SIDE.match(sentence.text, p.end)] if term != "returned" else []
    events = [p for p in places if p.end <= q.start and p.kind in ("demonym", "admin1", "country") and _EVENT_AFTER.match(sentence.text, p.end)]
    for pool in (in_segment, described, named, sided, events):
        if pool:
            return nearest(pool, q.start).iso3, None
    known = [p for p in local if p.iso3 in context.named or p.iso3 == context.main_country or not context.named]
    if known:
        return nearest(known, q.start).iso3, None
    if term == "returned" and spoken_for and _EVACUATED_BEFORE.search(sentence.text, 0, q.start):
        return spoken_for[0].iso3, None
    section = context.section_countries.get(sentence.paragraph)
    if term == "returned" and context.last_return is not None and section in (None, context.last_return):
        return context.last_return, None
    if spoken_for:
        return spoken_for[0].iso3, None
    local_voices = [p for p in speaking if p.kind in ("admin1", "city")]
    if local_voices and term != "returned":
        return local_voices[0].iso3, None
    national_voices = [p for p in speaking if p.kind == "demonym" and (not sentence.text[:p.start].strip()
                                                                      or _OPENING_PLACE.fullmatch(sentence.text, 0, p.start))
                       and not (_ARMED_FORCE_AFTER.match(sentence.text, p.end) and not _happens_in(p.iso3, context))]
    others = [p for p in places if p.kind in ("country", "demonym") and p.iso3 not in {v.iso3 for v in national_voices}]
    if national_voices and term in _DONE_AT_HOME and not others and not _NATIONALS.search(sentence.text):
        return national_voices[0].iso3, None
    if _INSIDE_THE_COUNTRY.search(sentence.text) and not named:
        last = _last_country_before(sentence, context)
        if last:
            return last, None
    if context.last_place is not None and not (term in ("returned", "displaced", "fled") and context.last_place_hosts) \
            and context.last_place[1] not in abroad \
            and (context.last_place[0] == sentence.paragraph or context.last_place[0] == sentence.paragraph - 1
                 and not context.paragraph_countries.get(sentence.paragraph) and _REFERS_BACK.match(sentence.text)):
        return context.last_place[1], None
    if context.last_host and term in _DONE_AT_HOME and not named and not local:
        paragraph = context.paragraph_text(sentence.paragraph)
        if _CAMPS.search(paragraph) and (_REFUGEES_AROUND.search(paragraph) or not _DISPLACED_AROUND.search(paragraph)
                                          and not _HOME_REGION.search(sentence.text)):
            return context.last_host, None
    fallback = _paragraph_country(sentence.paragraph, context) if not abroad else context.main_country
    if fallback in {p.iso3 for p in helping}:
        fallback = context.main_country if context.main_country not in {p.iso3 for p in helping} else None
    left = {p.iso3 for p in origins}
    if term == "returned" and fallback in left:
        others = [c for c in context.paragraph_countries.get(sentence.paragraph, []) + [context.main_country] if c and c not in left]
        if others:
            return Counter(others).most_common(1)[0][0], None
    return fallback, None


_OPENS_THE_SENTENCE = re.compile(r"\W*(?:[Tt]he\s+)?")
_SUBJECT_GOES_ON = re.compile(r",|\s+[a-z]")
"""`Germany ended its flights`, `India, which ...`: a state that opens the sentence as its subject, not a name's first words."""
_CARRIES = re.compile(r"(?:'s\s+(?:navy|air\s+force|military|army|government))?\s+(?:has\s+|had\s+|have\s+)?(?:flew|flown|airlifted|ferried|"
                     r"shipped|chartered|repatriated|brought\s+(?:out|home))\b")
"""`Kenya flew 300 people to Uganda`: a state that carries people away."""
_THEIR_OWN_RESIDENTS = re.compile(r"\b(?:residents|villagers|islanders|inhabitants|households|families|homes)\b")
"""`Grenada's disaster agency said it had evacuated 700 residents of Carriacou by ferry`: a state moving its own residents."""
_CARRIED_AWAY = re.compile(r"\b(?:flown|flew|fly|flying|flights?|airlift\w*|aircraft|planes?|airfield|navy|naval|ships?|ferry|ferries|vessels?|"
                           r"chartered|charters?|out of the country|nationalities|foreigners|(?:its|their|our)\s+(?:own\s+)?(?:nationals|citizens|"
                           r"forces|troops|military|air\s+force|embassy)|"
                           r"(?:nationals|citizens|compatriots|expatriates)\b)")
"""`Britain said it had flown 897 people out of the country`, `Egypt's foreign ministry said 1,539 Egyptians had been
evacuated`: a foreign state that carries people away from a crisis speaks of where they were, not of itself."""
_CARRIED_TO = re.compile(r"\b(?:to|into|via|for)\s+(?:(?:neighbou?ring|nearby|the)\s+)*(?:[A-Z][\w'\u2019-]*,?\s+(?:(?:and|or)\s+)?){0,3}(?:in\s+)?(?:the\s+)?$")
"""`on two flights to neighbouring Uganda`: where a foreign state carries people is not where they were."""
_HELPING = re.compile(r"(?:\b(?:arranged|organi[sz]ed|operated|chartered|run|provided|laid\s+on|sent)\s+by|\bhelp\s+of\b[^.;]{0,40}?)"
                      r"\s*(?:the\s+)?(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?)*$")
"""`24 New Zealanders evacuated on flights arranged by Australia`, `flights organised by Spain and Italy`: states that
help bring others' nationals out are not where those people were."""
_PASSED_THROUGH = re.compile(r"\b(?:to|into|via)\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:in\s+)?(?:the\s+)?$")
"""`500 German citizens ... taken first to Tashkent in Uzbekistan`: where evacuated nationals are flown to is not
where they were."""


_SPEAKS_AFTER = re.compile(r"(?:'s\s+(?:government|foreign\s+ministry|ministry))?\s+(?:said|says|announced|reported)\b")
"""`Australia evacuated 300 Australians, while New Zealand said it had evacuated dozens of its citizens`: a state that
brings its own people home speaks of where they were, not of itself."""
_CAMPS = re.compile(r"\b(?:the|in|its|their)\s+(?:[\w-]+\s+)?(?:camps|settlements)\b", re.I)
_REFUGEES_AROUND = re.compile(r"\brefugees?\b", re.I)
_DISPLACED_AROUND = re.compile(r"\b(?:idps?|internally|displaced|displacement)\b", re.I)
_HOME_REGION = re.compile(r"\bin\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                          r"centre|center|interior)\b", re.I)
"""`Life in the camps remains precarious. Landslides have damaged more than 5,000 shelters`: in a refugee story the
camps stand in the country that hosts them, unless the paragraph speaks of the displaced, or the sentence of a region
(`camps in the northwest`), at home."""
_ARMED_FORCE_AFTER = re.compile(r"\s+(?:air\s+force|navy|army|armed\s+forces|military|troops|soldiers|coast\s*guard|marines|peacekeepers|peacekeeping\s+forces?)\b", re.I)
"""`The Indian Air Force evacuated about 400 people ... in the central hills` of Sri Lanka: armed forces act abroad too."""
_EVACUATED_BEFORE = re.compile(r"\bevacuat(?:ed|ion|ions)\b", re.I)
"""`Kazakhstan's ministry said 118,000 people had been evacuated, and that about 52,000 had returned home`: evacuees
come home within the country whose government counts them."""
_DONE_AT_HOME = frozenset(("evacuated", "sheltered", "destroyed", "damaged", "homeless"))
"""What a government reports of its own ground (`Cuban authorities said they evacuated 280,000`); flight and
refugees it may report of a neighbour's (`Turkish officials said 10,000 had fled the fighting`)."""
_NATIONALS = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Ff]oreign|[A-Z][a-z]+)\s+(?:own\s+)?(?:nationals|citizens|compatriots|expatriates)\b"
                        r"|\b(?:nationals|citizens|compatriots|expatriates)\s+(?:\w+\s+){0,3}?(?:from|out of)\s+[A-Z]|\bcompatriots\b|\bexpatriates\b")
"""`their operation had evacuated 15,000 people, including British nationals`: a government bringing its people home
from abroad does not tell where it happened."""
_FROM_THEIR_HOMES = re.compile(r"\bfrom\s+their\s+(?:own\s+)?(?:homes|houses|communities|towns|villages|kibbutzim)\b")
"""`about 60,000 Israelis remain evacuated from their homes`: people evacuated from their own homes are evacuated at
home, whoever else the paragraph speaks of."""
_NEAR = re.compile(r"\b(?:near|close to|next to|bordering|adjacent to|surrounded by|(?:along|on|at|near|close to|from) the border with|"
                   r"(?:which|that)\s+(?:also\s+)?borders|bordered\s+by|shares?\s+(?:a|its)\s+(?:[\w-]+\s+){0,2}?border\s+with)"
                   r"\s+(?:the\s+)?$", re.I)
"""`1,000 children from districts near Ukraine were evacuated`: a country named as a landmark is not where it happened."""
_NEAR_THE_LISTED = re.compile(r"\b(?:near|close to|next to|bordering|adjacent to|border with|borders|bordered\s+by)\s+(?:the\s+)?"
                              r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?$")
"""`near the border with South Sudan and Ethiopia`: the second country of a landmark list is a landmark too."""


def helping_state(text: str, place: Place) -> bool:
    """`flights arranged by Australia`: a state that lends a hand."""
    return place.kind == "country" and bool(_HELPING.search(text, max(0, place.start - 90), place.start))


def named_by_nation(text: str, cand, places) -> bool:
    """`826 Syrians`, `915 Ukrainian refugees`: a count whose own noun names a people."""
    end = max(cand.noun_end, cand.quantity.end) + 1
    return any(p.kind == "demonym" and cand.quantity.end <= p.start <= end for p in places)


def _in_an_aside(place: Place, q, asides: list[tuple[int, int]]) -> bool:
    """`the Koshi rivers, which flow down from Nepal, swept across 13 districts`: a place told of in a clause set off by
    commas, away from the number, is not where it happened."""
    return any(a < place.start < b and not a < q.start < b for a, b in asides)


_ASIDE_CLAUSE = re.compile(r",\s+(?:where|which|after|before|when|as)\b[^,;]*,")
"""`In neighbouring Comoros, where Kenneth passed before reaching Mozambique, the government said about
20,000 ...`: a country inside an aside that does not hold the number is not the figure's."""


def is_destination(text: str, place: Place) -> bool:
    """`crossed into Ethiopia's Gambella region`: a place people moved into is where they went, not where the
    paragraph's events happened."""
    before = text[max(0, place.start - 60):place.start]
    owner = _OWNER_BEFORE.search(before)
    return bool(_REFUGEE_MOVE.search(before[:owner.start()] if owner else before))


_OWNER_BEFORE = re.compile(r"[A-Z][\w-]+(?:'s|\u2019s)\s+$")


def going_home(text: str, cand, places, next_count: int | None = None) -> str | None:
    """`110,000 Syrian refugees had left Lebanon for Syria`: nationals moving to their own country go home, unless the
    move belongs to a count in a clause of its own (`hosts 1.5 million Syrian refugees, said 400,000 had crossed into
    Syria`; `12,000 Syrian refugees arrived in Iraq, while 4,000 Iraqi refugees went to Syria`)."""
    q = cand.quantity
    end = next_count if next_count is not None and _CLAUSE_OF_ITS_OWN.search(text, q.end, next_count) else len(text)
    nations = {p.iso3 for p in places if p.kind == "demonym" and q.start <= p.start <= max(cand.noun_end, q.end) + 1
               and not _homeland(text, places, p) and not _ETHNIC.search(text, 0, p.start)}
    home = next((p.iso3 for p in places if p.kind == "country" and p.iso3 in nations and q.end < p.start < end
                 and _FOR_HOME.search(text, max(0, p.start - 10), p.start)
                 and not _HOPING_BEFORE.search(text, max(0, p.start - 60), p.start)), None)
    return home


_CLAUSE_OF_ITS_OWN = re.compile(r"(?:,\s*(?:while|whereas|but|and(?:\s+that)?|as|of\s+(?:whom|them|those|these))|;|\b(?:said|says|told|reported)(?:\s+that)?)\s+"
                                r"(?:(?:about|some|nearly|around|more than|over|another|a further|at least)\s+)?$")
_FOR_HOME = re.compile(r"(?<!Homes\s)(?<!Home\s)(?<!Aid\s)(?<!Help\s)(?<!Hope\s)(?<!Fund\s)(?<!Friends\s)(?<!Solidarity\s)(?<!Action\s)"
                       r"(?<!Support\s)(?<!Alliance\s)(?<!Coalition\s)(?<!Committee\s)(?<!Council\s)(?<!Centre\s)(?<!Center\s)"
                       r"(?<!Association\s)(?<!Sanctuary\s)(?<!Shelter\s)(?<!Doctors\s)(?<!Voices\s)\b(?i:for|to|into)\s+(?:(?i:the)\s+)?$")
"""`left Lebanon for Syria`: a move home; not `the Homes for Ukraine programme`, a name."""
_PARTY_BEFORE = re.compile(r"\b(?:ceasefire|truce|war|talks|deal|agreement|fighting|clashes|conflict|hostilities)\s+between\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+and\s+(?:the\s+)?)?$"
                           r"|\b(?:clash|clashes|skirmish|skirmishes|war|fighting|conflict|hostilities|dispute|ceasefire|truce)\s+with\s+"
                           r"(?:the\s+)?(?:neighbou?ring\s+)?$")
"""`since the ceasefire between Israel and Hezbollah`, `after the border clash with Tajikistan`: the parties to a war or a
truce, not where people were."""


def is_party_named(text: str, place: Place) -> bool:
    """`the ceasefire between Israel and Hezbollah`: a country named as a party to a war or a truce."""
    return bool(_PARTY_BEFORE.search(text, max(0, place.start - 60), place.start))
_OF_THE_BEFORE = re.compile(r"\s+of\s+(?:the|these|those)\s+")
"""`about 400 of the Angolans had gone back home`: the people of a part named after it."""
_HOPING_BEFORE = re.compile(r"\b(?:hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|aim(?:s|ed|ing)?|"
                            r"wish(?:es|ed|ing)?|try(?:ing)?|tried|seek(?:s|ing)?)\s+to\s+(?:[a-z]+\s+){0,3}$", re.I)
"""`many of them hoping to travel on to Venezuela`: a wish to go home is no return."""


def elided_host(text: str, start: int, places) -> str | None:
    """`Colombia hosts 2.8 million Venezuelans, Peru about 1.7 million and Ecuador some 440,000`: a
    country standing just before a number, after a country hosting people, hosts that number."""
    before = [p for p in places if p.kind == "country" and p.end <= start]
    if len(before) < 2 or text[before[-1].end:start].strip():
        return None
    if not any(_HOST_VERB.match(text[p.end:p.end + 60]) for p in before[:-1]):
        return None
    return before[-1].iso3


_FLED_PLACE = re.compile(rf"\b(?:{_FLEE})\s+(?:the\s+)?$", re.I)
"""`30,000 Armenians fled Karabakh`: the place people fled is their origin, whatever their nationality."""
_DEMONYM_OF_A_THING = re.compile(r"\s+(?:town|city|village|border|side|capital|territory|soil|province|region|state|government|"
                                 r"authorities|officials|army|forces|police|troops|media|ministry)\b", re.I)
"""`the first Armenian town`: a nationality naming a place or a body is not the refugees' own."""
_ACROSS_A_BORDER = re.compile(r"\b(?:borders? with|bordering|frontier with|across the (?:border|frontier) from)\s+(?:the\s+)?"
                              r"(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?){0,3}$", re.I)
"""`Gracias a Dios, on the border with Nicaragua`: the neighbour is not where it happened."""


def _destination_before(sentence, context: ArticleContext, origin: str | None) -> str | None:
    """`UNHCR has stepped up its response in Chad. More than 50,000 Sudanese refugees have arrived ...`:
    a sentence naming no country takes its refugees' destination from the sentence before, in the
    same paragraph, when that one names a single other country."""
    earlier = [u for u in context.units if u.end <= sentence.start and u.paragraph == sentence.paragraph]
    if not earlier:
        return None
    before = earlier[-1]
    codes = {p.iso3 for p in context.places_between(before.start, before.end)
             if p.kind == "country" and p.iso3 != origin and not is_actor(context.text, p)}
    return codes.pop() if len(codes) == 1 else None


_AID_FROM = re.compile(r"\b(?:aid|food|support|help|funding|supplies|trucks|flights?|donations?|assistance|teams?)\b[^,.;]{0,20}\bfrom\s+(?:the\s+)?$")
"""`12,000 refugees arrived in Chad, with food aid flown in from France`: where help came from is no origin."""


def _settled_host(context) -> str | None:
    """The country the article's refugees went to, once told: refugees moved between its towns, or counted by its
    commission (`moved from Adré to the new Ourang camp`, `Chad's refugee commission registered 4,800 refugee
    households`), came from elsewhere."""
    host = context.last_host
    return host if host and context.refugee_origins and context.refugee_origins[-1] != host else None


_ITS_NATIONALS = re.compile(r"\s+(?:nationals|citizens)\b")
"""`15,000 Myanmar nationals`: a country's name used as its people's names where they come from."""


def _refugee_countries(text, cand, segment, places, context):
    q = cand.quantity
    origin = None
    noun_zone = (q.end, max(cand.noun_end, q.end) + 1)
    for p in places:
        if p.kind == "demonym" and noun_zone[0] <= p.start <= noun_zone[1] and not _ETHNIC.search(text, 0, p.start):
            origin = _homeland(text, places, p) or p.iso3
        elif p.kind == "country" and noun_zone[0] <= p.start <= noun_zone[1] and _ITS_NATIONALS.match(text, p.end):
            origin = p.iso3
    if origin is None:
        told = next((p for p in places if p.kind == "demonym" and p.start >= noun_zone[1] - 1
                     and _MOSTLY_NATIONALS.fullmatch(text, noun_zone[1] - 1, p.start)), None)
        if told and not any(p.iso3 == told.iso3 and p.kind != "demonym" and is_destination(text, p) for p in places):
            origin = told.iso3
    fled = [p for p in places if p.kind in ("country", "admin1", "city", "region") and p.iso3 and p.iso3 != origin
            and p.start >= q.end and _FLED_PLACE.search(text, max(0, p.start - 20), p.start)]
    if origin is not None and fled:
        origin = fled[0].iso3
    def origin_order(p):
        aid = p.start >= q.end and _AID_FROM.search(text, max(0, p.start - 30), p.start)
        return (2, 0) if aid else (p.start < q.end, abs(p.start - q.end))
    host = _settled_host(context) if cand.noun_term == "refugees" else None
    for p in sorted(places, key=origin_order):
        if origin is None and p.kind in ("country", "demonym", "admin1", "city", "region") and _FROM_COUNTRY.search(text[max(0, p.start - 60):p.start]) \
                and not (p.kind in ("admin1", "city") and p.iso3 == host):
            origin = p.iso3
    destinations, listed_hosts = [], []
    for p in places:
        if p.kind not in ("country", "demonym", "admin1", "city", "region"):
            continue
        before = text[max(0, p.start - 60):p.start]
        if p.iso3 == origin:
            continue
        if p.kind in ("country", "region") and (_REFUGEE_MOVE.search(before) or _REFUGEE_HOST.search(before)) \
                and not _FLED_COUNTRY.search(before):
            destinations.append(p)
        elif p.kind == "country" and _HOST_VERB.match(text[p.end:p.end + 60]):
            destinations.append(p)
        elif p.kind in ("admin1", "city") and p.start >= q.end and _CROSSED_INTO_BEFORE.search(before):
            destinations.append(p)
        elif p.kind == "country" and _ELIDED_INTO.search(before):
            destinations.append(p)
        elif p.kind == "country" and p.end <= q.start and _OPENING_IN.fullmatch(text, 0, p.start) \
                and _ARRIVED_AFTER.match(text, max(cand.noun_end, q.end)) and not _ANY_DIGIT.search(text, p.end, q.start):
            destinations.append(p)
        elif p.kind == "country" and destinations and _COUNTRY_THEN_COUNT.match(text, p.end):
            listed_hosts.append(p)
    if origin is None:
        others = [p for p in places if p.kind in ("country", "demonym") and p not in destinations]
        fled = [p for p in others if _FLED_COUNTRY.search(text[max(0, p.start - 20):p.start])]
        pool = fled or [p for p in others if p.kind == "demonym" and p.end <= q.start and not _is_speaker(text, p)
                        and not _DEMONYM_OF_A_THING.match(text, p.end)]
        if pool:
            origin = nearest(pool, q.start).iso3
    destinations = _with_listed(destinations, places, text)
    if origin is None:
        dest_codes = {p.iso3 for p in destinations + listed_hosts}
        receiving = _receiving(text, places)
        named = [p for p in places if p.kind == "country" and p.iso3 not in dest_codes and not is_actor(text, p) and p not in receiving
                 and not _where_refugees_are(text, p) and not _INTO_BEFORE.search(text, max(0, p.start - 8), p.start)
                 and not (p.iso3 == host and text.startswith(("'s", "\u2019s"), p.end))]
        inner = [p for p in places if dest_codes and p.kind in ("admin1", "city") and p.iso3 and p.iso3 not in dest_codes
                 and p.end <= q.start]
        pool = named or inner
        origin = nearest(pool, q.start).iso3 if pool else _refugee_origin_from_article(context, dest_codes)
    if not destinations:
        hosts = [p for p in places if p.kind in ("country", "demonym", "city", "admin1", "region") and p.iso3 != origin]
        after = [p for p in hosts if q.end <= p.start < segment[1]]
        in_segment = [p for p in hosts if segment[0] <= p.start < segment[1]]
        pool = after if len({p.iso3 for p in after}) == 1 else in_segment or hosts
        codes = {p.iso3 for p in pool}
        if len(codes) == 1 and not _NEIGHBOUR_PLACES.search(text):
            destinations = pool
    right_before = [p for p in listed_hosts if p.end <= q.start and _COUNTRY_THEN_COUNT.fullmatch(text, p.end, q.end)]
    if right_before:
        return origin, right_before[-1].iso3 if right_before[-1].iso3 != origin else None
    own_clause = [p for p in destinations if q.end <= p.start < segment[1]]
    in_segment = own_clause or [p for p in destinations if segment[0] <= p.start < segment[1]]
    pick = in_segment or destinations
    codes = {p.iso3 for p in pick}
    listed = any(_LIST_JOIN.match(text[a.end:b.start]) for a, b in zip(pick, pick[1:]) if a.end <= b.start)
    destination = pick[0].iso3 if len(codes) == 1 else (nearest(pick, q.start).iso3 if in_segment and not listed else None)
    if destination == origin:
        destination = None
    return origin, destination


_COUNTRY_THEN_COUNT = re.compile(r",?\s+(?:with\s+)?(?:(?:" + lx.COUNT_QUALIFIER_WORDS + r")\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?")
"""`Colombia hosts 2.8 million, followed by Peru with 1.5 million and Chile 532,000`: countries listed with their own
counts after a host are hosts too, each of the count it names."""


_MOSTLY_NATIONALS = re.compile(r"\s*,\s*(?:mostly|mainly|largely|chiefly|predominantly|overwhelmingly"
                               r"|(?:most|many|the\s+majority|nearly\s+all|almost\s+all|all)\s+of\s+(?:them|whom))"
                               r"\s+(?:(?:young|single|unaccompanied)\s+)?")
"""`about 21,000 people, mostly Syrians, landed on the islands`: the nationality told of the whole is where they came
from, unless it is where they went (`30,000 people, most of them Syrians, crossed from Lebanon into Syria`)."""
_ETHNIC = re.compile(r"\bethnic\s+$", re.I)
"""`ethnic Armenians` names a people, not the country they fled."""


def _homeland(text: str, places, people) -> str | None:
    """`Karabakh Armenians`, `Kosovo Serbs`: a place just before a nationality is where those people lived."""
    return next((p.iso3 for p in places if p.iso3 and p.iso3 != people.iso3 and p.kind != "demonym"
                 and p.end <= people.start and not text[p.end:people.start].strip()), None)


_ELIDED_INTO = re.compile(r"\d[\d,.]*\s+(?:more\s+|others?\s+)?into\s+(?:the\s+)?$")
"""`... and some 1,200 into Rwanda`: the verb of the first count carries over."""
_INTO_BEFORE = re.compile(r"\b(?:into|to)\s+(?:the\s+)?$", re.I)
"""`10,300 crossed into Burundi and some 1,200 into Rwanda`: a country people went into is not where they fled."""
_LOCATIVE = re.compile(r"\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?$", re.I)
_FLEEING_BEFORE = re.compile(rf"\b(?:{_FLEE}|escap\w+|left|displac\w+|uproot\w+|fighting|war|conflict|violence|clashes)\b[^,;]{{0,50}}$", re.I)


_OPENING_IN = re.compile(r"\s*(?:In|Inside|Across)\s+(?:neighbou?ring\s+)?(?:the\s+)?")
_ANY_DIGIT = re.compile(r"\d")
_ARRIVED_AFTER = re.compile(r"\s+(?:have|has|had)\s+(?:also\s+|already\s+|now\s+)?(?:arrived|crossed|entered|been\s+registered)\b")
"""`In neighbouring Chad, more than 60,000 refugees have arrived`: the country a sentence opens in is where they came."""


def _where_refugees_are(text: str, place) -> bool:
    """`refugees ... in Chad's Metché camp`: the country refugees are in is not the one they fled (but
    people `displaced inside Sudan` are in it)."""
    return bool(_LOCATIVE.search(text, max(0, place.start - 12), place.start)) \
        and not _FLEEING_BEFORE.search(text, max(0, place.start - 70), place.start)


_LIST_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+)(?:the\s+)?$")


_SEEN_ARRIVALS = re.compile(r"\s+(?:have|has|had)\s+(?:also\s+)?(?:seen|received|recorded|registered|reported)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:arrivals|influx(?:es)?|refugees)\b", re.I)


def _receiving(text, places) -> list:
    """`Ethiopia, Sudan and Kenya have also seen new arrivals`: countries that receive people, with the list
    before the verb, are no origin."""
    out = [p for p in places if p.kind == "country" and _SEEN_ARRIVALS.match(text, p.end)]
    for place in reversed(places):
        if place.kind == "country" and place not in out \
                and any(r.start > place.end and _LIST_JOIN.match(text[place.end:r.start]) for r in out):
            out.append(place)
    return out


def _with_listed(destinations, places, text):
    """`crossed into Cameroon, Chad and the Republic of Congo`: every country of the list is a destination."""
    out = list(destinations)
    for place in places:
        if place.kind != "country" or place in out:
            continue
        last = max((p for p in out if p.end <= place.start), key=lambda p: p.end, default=None)
        if last is not None and _LIST_JOIN.match(text[last.end:place.start]):
            out.append(place)
    return out


def _refugee_origin_from_article(context: ArticleContext, destinations: set[str]) -> str | None:
    """Refugees whose sentence names no origin come from where the article's other refugees came from,
    else from the nationality it names most, else from its main country, else from the country it is most
    about after that (never from their destination)."""
    for origin in reversed(context.refugee_origins):
        if origin not in destinations:
            return origin
    for code in sorted(context.demonyms, key=lambda c: (-context.demonyms[c], c)):
        if code not in destinations:
            return code
    if context.main_country not in destinations:
        return context.main_country
    others = [code for code in sorted(context.weights) if code not in destinations and context.weights[code] >= 1.0]
    return max(others, key=lambda c: context.weights[c]) if others else None


_ADJECTIVAL = re.compile(
    r"\s+(?:citizens|nationals|passport|forces|troops|military|officials?|government|embassy|ambassador|aircraft|"
    r"funding|funds|money|investment|investors?|loans?|grants?|donors?|compan(?:y|ies)|firms?|contractor|"
    r"sanctions|embargo|tariffs|"
    r"flights|planes|soldiers|service|army|navy|air force|authorities|envoy|president|ministry|minister|media|police|"
    r"diplomats|personnel|staff|contractors|allies|coalition|special|defence|defense|state media|administration|"
    r"refugee council|church aid|people.s aid|development agency|bombardment|bombing|bombings|strikes|air\s*strikes|shelling|"
    r"attacks|offensive|raids|incursions?|invasion|occupation|drones?|missiles?|artillery|warplanes|jets|tanks|blockade|siege|"
    r"checkpoints?|positions|occupiers|shells|rockets|mortars|fighters|advance|assault|bombers|guns|gunfire)\b", re.I)
"""... or the side attacking: `Israeli bombardment`, `Russian strikes`."""


def _adjectival(text: str, place: Place) -> bool:
    """`US citizens`, `UK forces`: the country describes people or an actor, not where they are."""
    return bool(_ADJECTIVAL.match(text, place.end))


_BACKED = re.compile(r"-(?:backed|led|based|funded|trained|allied|supported|brokered|built|made|owned|financed)\b", re.I)


def is_actor(text: str, place: Place) -> bool:
    """A country named as the one acting or speaking, not as the place: `US forces`, `Germany's ministry`."""
    return (_adjectival(text, place) or _is_speaker(text, place) or _is_actor_possessive(text, place)
            or bool(_ACTING.match(text, place.end)) or bool(_BACKED.match(text, place.end))
            or place.kind == "country" and bool(_OPPONENT.search(text, max(0, place.start - 40), place.start)
                                                or _DONE_BY.search(text, max(0, place.start - 30), place.start)))


_DONE_BY = re.compile(r"\b(?:brokered|mediated|backed|funded|financed|led|proposed|organi[sz]ed|sponsored|supported|hosted|run|"
                      r"launched|signed|built|donated|sent|provided)\s+by\s+(?:the\s+)?$", re.I)
"""`a pilot scheme brokered by China`: a country doing something is not where the figure is."""
_OPPONENT = re.compile(r"\b(?:fighting|clashes|war|conflict|hostilities)\s+(?:with|against)\s+(?:the\s+)?$", re.I)
"""`border fighting with Tajikistan`: the other side of a conflict is not where the figure is."""


_LOCAL_GOVERNMENT_AFTER = re.compile(r"\s+(?:provincial|regional|state|county|district|city|municipal|prefectural|metropolitan)\s+"
                                     r"(?:government|administration|authorities|officials?|disaster)\b")
"""`In neighboring Gyeongju, ... the North Gyeongsang provincial government said`: the province that speaks is not the place
its figure names."""


def _is_speaker(text: str, place: Place) -> bool:
    return bool(re.match(r"\s+(?:officials?|authorities|government|police|army|military|forces|troops|ministry|minister|media|state media|"
                         r"coast\s*guard|navy|air\s+force|marines|national\s+guard|"
                         r"(?:home\s+|interior\s+|relief\s+|health\s+)?department|administration)\b", text[place.end:], re.I))


def nearest(pool, offset):
    return min(pool, key=lambda p: (abs(p.start - offset), p.start))


_REFERS_BACK = re.compile(r"\W*(?:the|this|that|it|its|these|those)\s+(?:agency|authority|institute|ministry|office|body|organi[sz]ation|government|department|service|figure|number|count|tally|report|survey|assessment)\b", re.I)
"""`The agency said ...` opening a paragraph that names no place continues the paragraph before."""


def _paragraph_country(paragraph, context: ArticleContext):
    section = context.section_countries.get(paragraph) if paragraph is not None else None
    if paragraph is not None:
        codes = context.paragraph_countries.get(paragraph, [])
        if codes:
            counts = Counter(codes)
            top = max(counts.values())
            leaders = [code for code in counts if counts[code] == top]
            for preferred in (section, context.main_country):
                if preferred in leaders:
                    return preferred
            if len(leaders) == 1:
                return leaders[0]
    return section or context.main_country


_REFUGEES_AFTER = re.compile(r"\s+(?:refugees|asylum[- ]seekers)\b")
"""`6 million Syrian refugees live abroad, most of them in Türkiye, Lebanon and Jordan. Inside the country, ...`: the
refugees' own country is the one spoken of."""
_INSIDE_THE_COUNTRY = re.compile(r"\b(?:[Ii]nside|[Ww]ithin) the country\b")
"""`displaced 573,900 people inside the country, while 79,000 refugees are registered in Nigeria`: the paragraph's
country, not one named in another clause."""
_HOSTS_SOME_OF_THEM = re.compile(r"\s+(?:alone\s+)?hosts?\b[^.;]{0,40}\bof them\b")


def _last_country_before(sentence, context) -> str | None:
    """`The war has devastated Ukraine. Inside the country, 3.7 million remain displaced`: the country of the sentence's
    own people (`6 million Syrians are refugees abroad, and 7.4 million remain displaced inside the country`), else the
    one named last before it, passing over sentences that tell where people fled to and hosts of some of them (`Uganda
    alone hosts 860,000 of them`)."""
    own = [p for p in context.places_between(sentence.start, sentence.end) if p.kind == "demonym"
           and not is_actor(context.text, p)]
    if own:
        return own[0].iso3
    for unit in reversed([u for u in context.units if u.end <= sentence.start and not u.is_title]):
        found = [p for p in context.places_between(unit.start, unit.end) if p.kind in ("country", "demonym")
                 and not is_actor(context.text, p) and not _HOSTS_SOME_OF_THEM.match(context.text, p.end)]
        nationals = [p for p in found if p.kind == "demonym" and _REFUGEES_AFTER.match(context.text, p.end)]
        if nationals and not any(p.kind == "country" and p.start < nationals[0].start for p in found):
            return nationals[0].iso3
        if any(is_destination(context.text, p) for p in found):
            continue
        countries = [p for p in found if p.kind == "country"] or found
        if countries:
            return countries[-1].iso3
    return context.main_country


def _happens_in(iso3: str, context) -> bool:
    """Whether the article names a country as a place where things happen, not only as one that acts (`India sent its
    army to help Sri Lanka`): its own forces then act at home (`Floods hit India and Bangladesh ... Indian army
    officials said they had evacuated 5,000`)."""
    title = context.units[0].paragraph if context.units and context.units[0].is_title else None
    return any(iso3 in countries for paragraph, countries in context.paragraph_countries.items() if paragraph != title)


_WITHIN_AFTER = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}")
"""`Mogadishu's Kahda district`: a place told as part of another is the more specific one."""


_PART_WORD = re.compile(r"\s(?:County|county|District|district|City|city|Township|township|Municipality|municipality|Regency|regency)$")
_CONTAINER_WORD = re.compile(r"\s(?:Province|province|State|state|Region|region|Oblast|oblast|Prefecture|prefecture|Governorate|governorate)$")
"""`In Yecheon County, North Gyeongsang Province`: a county told with its province is the more specific place."""
_ORIGIN_SIDE = re.compile(r"\b(?:from|out\s+of)\s+(?:[^,;.]{0,40}?\s)?$"
                          r"|\b(?:fighting|violence|clashes|attacks?|war|conflict|offensive|battles?)\s+"
                          r"(?:(?:broke\s+out|erupted|flared(?:\s+up)?|raged)\s+)?(?:in(?:\s+and\s+around)?|on|around|near|for)\s+"
                          r"(?:the\s+)?(?:[\w-]+\s+){0,4}?$"
                          r"|\b(?:seized|captured|overran|took\s+control\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
"""`crossed into Guatemala's Cuilco from the Mexican municipality of Amatenango`: a place the tables lack is where
refugees went, unless they came from it or fled the fighting there."""


def place_name(place: Place) -> str:
    """A place's name without its generic word (`Sylhet district` is Sylhet)."""
    return _GENERIC_PLACE.sub("", place.name)


def figure_location(text, cand, term, segment, places, country, destination):
    local = [p for p in places if p.kind in ("city", "admin1")] + [whole for p in places for whole in [_province_told_by_its_side(text, p)] if whole]
    local.sort(key=lambda p: p.start)
    local = [p for p in local if not RIVER_AFTER.match(text, p.end) and not _BACKED.match(text, p.end)]
    if term == "refugees" and destination:
        local = [p for p in local if p.iso3 == destination
                 or p.iso3 == "" and not _ORIGIN_SIDE.search(text, max(0, p.start - 60), p.start)]
    elif country:
        local = [p for p in local if p.iso3 in (country, "")]
    q = cand.quantity
    if ";" in text:
        left, right = text.rfind(";", 0, q.start) + 1, text.find(";", q.end)
        right = len(text) if right == -1 else right
        local = [p for p in local if left <= p.start < right]
    owner = next((p for p in local if p.end <= q.start and _OWNS_THE_NUMBER.fullmatch(text, p.end, q.start)), None)
    if owner is not None:
        return place_name(owner)
    own_clause = [p for p in local if q.end <= p.start < segment[1]]
    in_segment = own_clause or [p for p in local if segment[0] <= p.start < segment[1]]
    pool = in_segment or local
    if not pool:
        return None
    pool = [p for p in pool if not _LOCAL_GOVERNMENT_AFTER.match(text, p.end)] or pool
    pool = [p for p in pool if not any(o.start > p.end and _WITHIN_AFTER.fullmatch(text, p.end, o.start) for o in pool)]
    pool = [o for o in pool if not any(p.end <= o.start and text[p.end:o.start].strip() == "," and _PART_WORD.search(text, p.start, p.end)
                                       and _CONTAINER_WORD.search(text, o.start, o.end) for p in pool)]
    top = max(SPECIFICITY.get(p.kind, 0) for p in pool)
    best = [p for p in pool if SPECIFICITY.get(p.kind, 0) == top]
    names = list(dict.fromkeys(p.name for p in best))
    if len(names) > 1:
        if not in_segment:
            return None
        chosen = nearest(best, cand.quantity.start)
        listed = any(_PLACE_LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(best, best[1:])
                     if a.end <= b.start and chosen in (a, b))
        return None if listed else chosen.name
    return _GENERIC_PLACE.sub("", names[0])


_PLACE_LIST_JOIN = re.compile(r"(?:\s+(?:district|province|state|region|county|governorate|city))?(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
"""`in Oddar Meanchey and Preah Vihear`: places listed together are equally the figure's, so none is its location."""


_UNIT_WORD_AFTER = re.compile(r"\s+(?:district|province|governorate|state|region|county|department|prefecture)\b")


def _province_told_by_its_side(text: str, place: Place) -> Place | None:
    """`Lebanon's northern Akkar district` is the whole district, which lies in the north; `northern Gaza` is a part
    of Gaza, too vague to be the figure's place. Such a region is named by a direction word before the place."""
    words = place.name.split(None, 1)
    name = words[1] if len(words) == 2 else ""
    if place.kind != "region" or not place.iso3 or not name or not is_admin_area(name) or not _UNIT_WORD_AFTER.match(text, place.end):
        return None
    start = place.end - len(name)
    return Place(name, place.iso3, "admin1", start, place.end, place.candidates)


_OWNS_THE_NUMBER = re.compile(r"\s+(?:(?:accounts?|accounted)\s+)?for\s+(?:(?:about|some|nearly|around|more than|over|almost)\s+)?"
                              r"|\s*\(\s*(?:(?:about|some|nearly|around|more than|over|almost)\s+)?")
"""`North Kivu accounts for 2.6 million, Ituri for 1.7 million`, `Ituri (1.7 million)`: a breakdown by place."""
_ORIGIN_OF_REFUGEES = re.compile(r"(?:\b(?:refugees?|asylum[- ]seekers?|(?:new\s+)?arrivals|migrants?|(?:migrant\s+)?workers|labou?rers)\s+"
                                 r"(?:[\w-]+\s+){0,2}?from|\b(?:mostly|mainly|largely|chiefly|most\s+of\s+them|many\s+of\s+them)\s+from)"
                                 r"\s+(?:neighbou?ring\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}"
                                 r"\s*(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?){0,3}$", re.I)
"""`hosts 120,000 refugees from Nigeria and 100,000 internally displaced people`: where refugees came from is not where
the displaced beside them are."""


def is_refugee_origin(text: str, place: Place) -> bool:
    """`120,000 refugees from Nigeria`: the country refugees came from, not where the paragraph's events happen."""
    return place.kind == "country" and bool(_ORIGIN_OF_REFUGEES.search(text, max(0, place.start - 90), place.start))
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))?\s*")
_NEIGHBOUR_BEFORE = re.compile(r"(?:\b(?:neighbou?ring|neighbou?r|Republic of|country of|nation of)\s+|\bthe\s+)$")


_THE_STATE = re.compile(r"\b(?:across|throughout|around|of|in)\s+the\s+state\b|\bstatewide\b|\bthe\s+state(?:'s|\u2019s)\b")
"""`In Georgia, officials said shelters across the state were housing 3,400 people`: a province told of as a state."""


_A_STATE_S_OFFICE_AFTER = re.compile(r"(?:'s|\u2019s)\s+(?:(?:lieutenant|Republican|Democratic)\s+)?(?:governor|coastal counties|counties|"
                                     r"state (?:legislature|emergency|patrol|police)|National Guard)\b", re.I)
_A_STATE_S_OFFICE_BEFORE = re.compile(r"\b(?:[Gg]overnor|Gov\.)\s+(?:of\s+)?$")
"""`Georgia's governor extended a mandatory evacuation order`: a country has no governor; the name is the province's."""


def read_provinces_named_like_countries(text: str, places: list[Place], spans: list[tuple[int, int]]) -> list[Place]:
    """`Georgia` in an article about Atlanta and Florida is the US state: a country's name that is also a province of
    another country stands for the province when the article names nothing else of the first one (no city, region or
    demonym of its own), the name is neither listed among countries nor a destination, and either its sentence names
    another province of the other country and no other country, or the article names two places of the other
    country and no other country."""
    def evidence(iso3: str, skip: str) -> int:
        return sum(1 for p in places if p.iso3 == iso3 and (p.name != skip or p.kind != "country"))
    out = list(places)
    for i, place in enumerate(places):
        if place.kind != "country":
            continue
        others = provinces_of_other_countries(place.name)
        if not others or evidence(place.iso3, place.name) > 0:
            continue
        owner = max(sorted(others), key=lambda iso3: evidence(iso3, place.name))
        if _NEIGHBOUR_BEFORE.search(text, max(0, place.start - 24), place.start) or is_destination(text, place):
            continue
        alone = not any(p.kind in ("country", "demonym") and p.iso3 != owner and p.name != place.name for p in places)
        start, end = next(((a, b) for a, b in spans if a <= place.start < b), (place.start, place.end))
        beside = [p for p in places if start <= p.start < end and p is not place]
        in_sentence = any(p.iso3 == owner and p.kind == "admin1" for p in beside) \
            and not any(p.kind in ("country", "demonym") and p.iso3 != owner for p in beside)
        told_a_state = evidence(owner, place.name) >= 2 and bool(_THE_STATE.search(text, start, end)) \
            and not any(p.kind in ("country", "demonym") and p.iso3 != owner for p in beside)
        governed = evidence(owner, place.name) >= 2 and bool(
            _A_STATE_S_OFFICE_AFTER.match(text, place.end) or _A_STATE_S_OFFICE_BEFORE.search(text, max(0, place.start - 24), place.start))
        if not (in_sentence or told_a_state or governed or alone and evidence(owner, place.name) >= 2):
            continue
        listed = any(near.kind == "country" and near.iso3 != owner
                     and _COUNTRY_LIST_GAP.fullmatch(text[near.end:place.start] if near.end <= place.start else text[place.end:near.start])
                     for near in places[max(0, i - 1):i] + places[i + 1:i + 2])
        if not listed:
            out[i] = Place(place.name, owner, "admin1", place.start, place.end, (owner,))
    return out
