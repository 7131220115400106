"""Who a figure is attributed to: the body in its attribution clause ("..., the agency said",
"according to UNHCR"), else the body acting in its own clause, else the body a reference
("the agency", "he said") or an acronym stands for."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.extract import lexicon as lx
from tracker.extract.geography import nearest
from tracker.extract.sources import CIVIL_REFERENCE, is_person, named_after_a_role, unlisted_body_code
from tracker.extract.terms import CLOSING_QUOTE, inside_quotation
from tracker.extract.text import strip_dateline

if TYPE_CHECKING:
    from tracker.extract.engine import ArticleContext, Candidate, ListRow
    from tracker.extract.text import Sentence

_ATTRIBUTION_VERB = re.compile(
    rf"^\W{{0,3}}(?:\w+\W+){{0,3}}?(?:{lx.SPEECH_VERBS}|report|counts|records|registers|puts|put|showed|show|shows|data|figures)\b", re.I)
_QUOTED_AS_SAYING = re.compile(r"\s+as\s+saying\b")
"""`state television quoted an interior ministry official as saying`: the one quoted speaks."""
_ACCORDING_TO_ITS_ROLE = re.compile(r"\b[Aa]ccording to (?:the|a|an|its|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}[a-z][\w'\u2019-]*,\s+$")
"""`According to the dam's operator, Sekong Power Company, ...`: the body named in apposition to a role is the source."""


_ACCORDING = re.compile(r"\baccording to (?:the |a |an )?(?:[\w-]+\s+){0,2}(?:bulletin|report|update|figures|data|count|statement|estimates?|assessment|survey|tally|toll|register|records|list|database|dashboard|portal|affidavit|submission|filing|testimony)\s+(?:from|by|of|(?:issued|compiled|collected|released|published|kept|maintained|run|filed|submitted|presented|given)(?:\s+on\s+\w+)?\s+by)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}(?:(?:services|branch|office|department)\s+of\s+(?:the\s+)?)?$|\b(?:data|figures|information|estimates)\s+(?:collected|compiled|gathered|published|released)\s+by\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}$|\b(?:according to|citing|cited by|figures from|data from|survey by|estimates? (?:from|by)|reported by|per|"
                        r"on the orders? of|ordered by|at the request of|"
                        r"(?:assessments?|figures|data|counts?|estimates|reports?|surveys?) (?:by|from))\s+(?:\w+\s+){0,3}$"
                        r"|\baccording to (?:the |a |an )?(?:[\w-]+\s+){0,2}(?:branch|office|services|department|unit|headquarters)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}$"
                        r"|\baccording to (?:the\s+)?(?-i:(?:[A-Z][\w'\u2019-]*|of|for|and|on|the|de|du|des|la|del)\s+){1,8}$",
                        re.I)
"""`according to the Secretariat of State for Civil Protection`: a long name that ends in a body the tables know."""


_REFERENCE = re.compile(r"\b(?:the (?:agency|organi[sz]ation|body|group|charity|council|commission|institute|authority|office|unit|ngo|centre|center|committee|company|firm|movement)|it)\b"
                        r"(?=\s+(?:said|says|estimated|estimates|reported|counted|added|recorded|registered|noted|told|has|had))", re.I)


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,8}\b")


GENERIC_SOURCES = ("UN", "GOV", "OTHER")


_TITLE_THEN_NAME_SAID = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*(?:,?\s+(?:and|of|for|the|[A-Z][\w'-]*)){0,8})?,\s+"
                                   r"(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Lt)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3},\s+"
                                   r"(?:said|says|told|added|estimated)\b")
"""`The Minister for Rural and Maritime Development and Disaster Management, Hon. Sakiasi Ditoka, said`: an office
named with its holder speaks."""
_APPOSITIVE_SAID = re.compile(r",\s+(?:a|an|the|which|who)\s+[^,;]{0,90},\s+(?:said|says|reported|estimated|estimates|told|added|counted)\b")
"""`UNRWA, the largest UN agency in Gaza, said ...`: the body before the description speaks."""


_HEADLINE_SOURCE = re.compile(r"(?:['\u2019]s)?(?:\s+(?:office|bulletin|update|statement|report|figures|data|count|tally))?\s*:")
_HEADING_LEAD = re.compile(r"\W*(?:(?:the|latest|new|official|an?)\s+)*", re.I)


_HEADLINE_DASH = re.compile(r".*\s[-\u2013\u2014]\s*$", re.S)
_HEADLINE_COLON = re.compile(r".*\S:\s*$", re.S)
"""Headline attributions: `IOM: 400,000 flee ...`, `... past 700,000 - IOM`, `... in East Flores: BNPB`."""


_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\s+(?:covering|involving|affecting|totalling|totaling|comprising|moving|taking|bringing|"
                           r"ferrying|carrying|relocating|evacuating|rescuing)\b)|\b(?:while|as|but|after|before|when|where)\b|\band\b(?!\s+(?:the\s+)?[A-Z])(?!\s+\w+ed\b)(?!\s+(?:found|took|sent|brought|made|gave|kept|led|set|put|got|saw|counted)\b)"
                           r"(?!\s+[a-z]+s\s+to\s+[a-z]+\b)"
                           r"(?!\s+(?:local\s+)?(?:rescuers|volunteers|medics|(?:rescue|emergency|aid)\s+(?:teams|workers))\s+\w+ed\b)")
"""The body acting on the figure stands in its own clause: `Sudanese authorities have relocated 9,000`; helpers
acting with it (`police and rescuers evacuated 31`) leave it the actor, and so does a participle telling whom the deed
took in (`authorities ordered the evacuation of 11 villages, covering about 2,300 residents`)."""


_DENIES_AFTER = re.compile(r"\s+(?:does|do|did|has|have|had|could|would)\s+not\b|\s+(?:doesn't|don't|didn't|hasn't|haven't|never)\b")
"""`a population IDMC does not count`: a body said not to count a figure is not its source."""
_IN_A_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,;]*$")
_VERB_AFTER_COMMA = re.compile(rf"\s*,\s+(?:{lx.SPEECH_VERBS})\b")
"""`The IOM, which tracks displacement alongside the NDMO, estimated`: the verb after a which-clause is its head's."""
_WHICH_CLAUSE_THEN_VERB = re.compile(rf"(?:\s+(?:of|in|for)\s+[^,;]{{1,40}})?\s*,\s+(?:which|who)\b[^,;]*,\s+(?:{lx.SPEECH_VERBS})\b")
_LABEL_AFTER = re.compile(r"(?:\s+\(@?[\w.]+\))?(?:\s+[\w/.]+){0,3}?\s*:\s+(?=\S)")
_LOWER_CASE = re.compile(r"[a-z]")
"""`SYRIA — UNHCR: more than 400,000 ...`, `ASDMA 15/07 8AM: 45,281 ppl ...`: a body labelling a post, a ticker line or a
bulletin's line speaks it."""
_ANOTHER_SPEAKER_GAP = re.compile(r",\s+")
"""`centres run by the government, UNHCR said`: the verb after the next body is that body's."""
_REPORTING_AFTER_WITH = re.compile(r"\s+(?:reporting|saying|estimating|counting|recording|registering|putting\s+the\s+(?:number|figure|toll|total))\b")
"""`..., with the District Secretariat reporting 4,618 families displaced`: a body in a with-clause that reports speaks."""
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_ITS_REPORT = re.compile(r"(?:'s|\u2019s)\s+(?:\w+\s+){0,2}?(?:survey|report|data|figures|estimates?|count|tally|assessment|bulletin|update)\b")
"""`in the IOM's latest survey`: a body named inside a phrase about its own report still attributes."""


_ANOTHER_COUNT = re.compile(r"\d[\d,.]*\d{3}\b|\b\d+(?:\.\d+)?\s+(?:million|thousand)\b")
"""`UNHCR says 500,000 have come back, and OCHA counts 885,000 ...`: a body speaking of a later count is not this one's."""


_CAUSING = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+)?(?:operations?|offensives?|campaigns?|attacks?|strikes|air\s?strikes|raids?|bombardments?|"
                     r"assaults?|shelling|incursions?|advances?|blockade|siege)\b"
                     r"|\s+(?:has\s+|have\s+|had\s+)?(?:burned|burnt|torched|razed|shelled|bombed|attacked|looted|set\s+fire|drove|driven|"
                     r"forced|expelled|chased|uprooted)\b", re.I)
"""`the Israeli military operation has displaced ...`: a body whose action caused the figure does not report it."""


_SPEECH_END = re.compile(r"(?:said|says|told|tells|added|estimated|estimates|noted|reported|reports|counted|counts|recorded|records|wrote|writes|tweeted|tweets)$")


_SECOND_PARTY = re.compile(r"\bbetween\s+(?:the\s+)?[\w\s'\u2019-]{1,40}?\s+and\s+(?:the\s+)?$", re.I)
"""`The war between the Sudanese army and the RSF has uprooted ...`: the other party of a fight says nothing."""
_DEED_BY = re.compile(r"\b(?:demolished|destroyed|burned|burnt|razed|torched|bulldozed|displaced|evicted|expelled|forced|driven|"
                      r"attacked|shelled|bombed|looted|seized|occupied|flattened|damaged|arrested|detained|deported|"
                      r"pushed|removed|(?<!carried )(?<!set )(?<!laid )(?<!pointed )(?<!sent )(?<!found )(?<!handed )(?<!given )(?<!put )"
                      r"(?<!worked )(?<!called )(?<!spelled )(?<!singled )(?<!ruled )(?<!sorted )(?:down|out|off))"
                      r"\s+by\s+(?:the\s+)?$")
"""`180 houses were demolished by authorities, the group said`: the doer of a deed is not who tells of it."""
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:in|under|into|against|with|at|on|toward|towards|between|told|tells|informed|briefed)\s+(?:the\s+)?$", re.I)
"""`in government hands`, `fighting between the army ...`, `officials told UNHCR`: a body named there says nothing."""


_MEMBERS_OF = re.compile(r"\b(?:[Rr]esearchers?|[Aa]nalysts?|[Ee]xperts?|[Ss]cientists?|[Aa]cademics?|[Ee]conomists?|[Ss]taff(?:\s+members?)?|[Dd]octors?|[Tt]eams?|[Vv]olunteers?|[Cc]olleagues|"
                         r"[Mm]onitors?|[Ww]orkers?|[Oo]fficials?|[Oo]fficers?|[Nn]urses?|[Ee]ngineers?|[Cc]oordinators?)\s+(?:at|with)\s+(?:the\s+)?$")
"""`Researchers at the Kyiv School of Economics say`: people of a body speak for it."""


_CITING_BETWEEN = re.compile(r"(?:\s+(?:reported|said|says|reports|wrote))?\s*,?\s+citing\s+(?:(?:the|a|an|its)\s+)?(?:[\w'\u2019-]+\s+){0,2}?")
"""`public broadcaster NHK reported, citing prefectural data`: a voice that passes on a public body's count gives that
body's figure."""


_DONE_BY = re.compile(r"\b(?:evacuated|relocated|rescued|airlifted|moved|shifted|transferred|ferried|bused|bussed|flown|"
                      r"registered|counted|recorded|housed|sheltered|accommodated)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$")
"""`212 households were evacuated by PDMA teams`: the body that did what the count counts speaks for it (not one that
did something else to them in a who-clause: `200 residents who had been airlifted out by army helicopters returned`)."""
_SAID_IN_BEFORE = re.compile(r"\b(?:said|says|reported|reports|added|stated)\s+(?:in|on)\s+$")
"""`The PDMA said in its report`: the report is where the speaker said it, not another speaker."""
_ITS_PROVINCE_THEN_SAID = re.compile(r"\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:said|says|reported|reports|estimated|estimates|added|"
                                     r"confirmed|counted|recorded)\b")
"""`The PDMA Khyber Pakhtunkhwa said`: a body named by its acronym and the province it serves speaks."""
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|that|which)\b")
_CLAUSE_JOIN = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|as|when)\b|\s+and\s+(?:\w+\s+){0,3}?(?:were|was|had|have|has)\b")


def figure_source(sentence: Sentence, cand: Candidate, sources, units, context: ArticleContext) -> str | None:
    """Who the figure is attributed to: the attribution clause nearest after it ("..., the agency
    said"), else the nearest before it, else the body acting in the sentence."""
    text = sentence.text
    mentions = _without_appositives(sources, text)
    mentions = [s for s in mentions if s.code == "REF" or not (OBJECT_OF_PREPOSITION.search(text, max(0, s.start - 12), s.start)
                                                                and not _MEMBERS_OF.search(text, max(0, s.start - 30), s.start)
                                                                or _SECOND_PARTY.search(text, max(0, s.start - 60), s.start))
                or _ITS_REPORT.match(text, s.end)
                or _REPORTING_AFTER_WITH.match(text, s.end) and _WITH_BEFORE.search(text, max(0, s.start - 12), s.start)]
    attributing = [s for s in mentions if s.said or _ATTRIBUTION_VERB.match(text[s.end:]) or _ACCORDING.search(text[:s.start])
                   or _ACCORDING_TO_ITS_ROLE.search(text, max(0, s.start - 60), s.start) and text.startswith(",", s.end)
                   or text[:s.start].rstrip().endswith("(") and _CLOSING_BRACKET_ENDS.match(text, s.end)
                   and not _NAME_BEFORE_BRACKET.search(text, max(0, s.start - 40), s.start)
                   or _APPOSITIVE_SAID.match(text, s.end) or _TITLE_THEN_NAME_SAID.match(text, s.end) or _SAID_NAME_BEFORE.search(text, max(0, s.start - 100), s.start) and s is mentions[-1] and _TITLE_ENDS.match(text, s.end) or _HEADLINE_SOURCE.match(text, s.end) and _HEADING_LEAD.fullmatch(text, min(strip_dateline(text), s.start), s.start)
                   or (_HEADLINE_DASH.match(text, 0, s.start) or _HEADLINE_COLON.match(text, 0, s.start)) and not text[s.end:].strip(" .")
                   or s.code == "REF" and (_SPEECH_END.search(s.surface) or s.surface.lower().startswith("according to"))
                   or s.code != "REF" and _LABEL_AFTER.match(text, s.end) and not _LOWER_CASE.search(text, 0, s.start)
                   or _WHICH_CLAUSE_THEN_VERB.match(text, s.end)
                   or s.code != "REF" and s.surface.isupper() and _ITS_PROVINCE_THEN_SAID.match(text, s.end)
                   or named_after_a_role(text, s) or _GIVES_A_NUMBER.match(text, s.end) or _QUOTED_AS_SAYING.match(text, s.end)]
    attributing = [s for s in attributing if not (s.start >= cand.quantity.end and _GIVES_A_NUMBER.match(text, s.end))]
    attributing = [s for s in attributing if not (s.code == "REF" and _SAID_IN_BEFORE.search(text, max(0, s.start - 20), s.start)
                                                  and any(m.code != "REF" and m.end <= s.start for m in attributing))]
    attributing = [s for s in attributing if not _DEED_BY.search(text, max(0, s.start - 30), s.start)
                   and not _DENIES_AFTER.match(text, s.end)
                   and not (_IN_A_WHICH_CLAUSE.search(text, max(0, s.start - 80), s.start) and _VERB_AFTER_COMMA.match(text, s.end))
                   and not any(m.said and (m.code != "REF" or _AGENCY_REFERENCE.search(m.surface)) and s.end < m.start
                               and _ANOTHER_SPEAKER_GAP.fullmatch(text, s.end, m.start) for m in mentions)]
    timing = [s for s in attributing if s.start >= cand.quantity.end and _TIME_CLAUSE.search(text, max(0, s.start - 20), s.start)]
    if timing and (len(timing) < len(attributing) or all(_SAYS_WHAT.match(text, s.end) for s in timing)):
        attributing = [s for s in attributing if s not in timing]
    after = [s for s in attributing if s.start >= cand.quantity.end and not _ANOTHER_COUNT.search(text, cand.quantity.end, s.start)
             and not (_JOINED_CLAUSE_BEFORE.search(text, max(0, s.start - 16), s.start) and _SAYS_WHAT.match(text, s.end)
                      and any(m.end <= cand.quantity.start and m.code != "REF" and _COUNTS_IT.fullmatch(text, m.end, cand.quantity.start)
                              for m in mentions))
             and not _ANOTHER_COUNT.search(text, s.end, s.end + 40) and not _WHERE_CLAUSE.search(text, cand.quantity.end, s.start)
             and not _DISPUTED_AFTER.search(text, cand.quantity.end, s.start)]
    acting = [s for s in mentions if s.code != "REF" and s.end <= cand.quantity.start
              and not _CLAUSE_BREAK.search(text, _after_aside(text, s.end, cand.quantity.start), cand.quantity.start)
              and not _CAUSING.match(text, s.end)]
    acting += [s for s in mentions if s.code != "REF" and s.start >= cand.quantity.end
               and _DONE_BY.search(text, max(0, s.start - 40), s.start)
               and not _CLAUSE_JOIN.search(text, cand.quantity.end, s.start) and not _ANOTHER_COUNT.search(text, cand.quantity.end, s.start)
               and not _RELATIVE_WORD.search(text, cand.quantity.end, s.start)][:1]
    specific = [s for s in mentions if s.code not in GENERIC_SOURCES and s.code != "REF" and not _DENIES_AFTER.match(text, s.end)
                and not (s.start >= cand.quantity.end and _in_a_clause_about_a_place(text, cand.quantity.end, s.start))]
    for pool in (after[:1], attributing, acting[-1:], specific):
        if pool:
            chosen = nearest(pool, cand.quantity.start)
            described = next((m for m in sources if m.code not in ("OTHER", "REF") and m.start > chosen.end
                              and _DESCRIBED_AS.fullmatch(text, chosen.end, m.start)
                              and _DESCRIPTION_ENDS.match(text, m.end) and not _OF_A_CIVIC_BODY.match(text, m.end)), None) \
                if chosen.code == "OTHER" else None
            if described is not None:
                return described.code
            cited = next((m for m in sources if m.code not in ("OTHER", "REF") and m.start > chosen.end
                          and _CITING_BETWEEN.fullmatch(text, chosen.end, m.start)), None) if chosen.code == "OTHER" else None
            if cited is not None:
                return cited.code
            if chosen.code == "OTHER" and _SURNAME_ONLY.fullmatch(chosen.surface) and not chosen.surface.isupper():
                return _surname_source(text, context, units, sentence, _TITLE_BEFORE_SURNAME.sub("", chosen.surface)) or chosen.code
            if chosen.code != "REF":
                return chosen.code
            before = [s for s in sources if s.end <= chosen.start and s.code not in GENERIC_SOURCES and s.code != "REF"] or [
                s for s in sources if s.end <= chosen.start and _AGENCY_REFERENCE.search(chosen.surface)
                and (s.code == "UN" or s.code == "GOV" and s in mentions and _agency_like(s, text))] or [
                s for s in mentions if s.end <= chosen.start and s.code != "REF" and _PRONOUN_REFERENCE.match(chosen.surface)
                and (_AND_BEFORE.search(text, max(0, chosen.start - 8), chosen.start) or not text[:s.start].strip(" \"'\u201c"))]
            if before:
                return before[-1].code
            return _previous_source(sentence, units, context, chosen.surface) or (
                "OTHER" if CIVIL_REFERENCE.fullmatch(chosen.surface) else None)
    registers = [s for s in sources if s.code not in GENERIC_SOURCES and s.code != "REF"
                 and _REGISTERED_WITH.search(text, max(0, s.start - 40), s.start)]
    if registers:
        return registers[0].code
    alias = _alias_source(text, context, units, sentence) or _surname_source(text, context, units, sentence) \
        or _quotation_source(sentence, units, context)
    if alias:
        return alias
    if _REFERENCE.search(text):
        return _previous_source(sentence, units, context)
    return None


_REGISTERED_WITH = re.compile(r"\bregistered\s+(?:as\s+(?:refugees|asylum[- ]seekers)\s+)?with\s+(?:the\s+)?$")
"""`2.3 million Syrians had registered as refugees with UNHCR`: the body that keeps the register counts them, when no
one else is said to."""
_CLOSING_BRACKET_ENDS = re.compile(r"\s*\)\s*[.;]?\s*$")
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'-]*\s*\(\s*$")
"""`418 houses damaged in Bandarban district (district relief office)`: a body in brackets closing a line is its source,
unless the brackets spell out a name just before them (`... Research Organisation (NBRO).`)."""
_SAID_NAME_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:(?:Mr|Ms|Mrs|Dr|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3},\s+"
                               r"(?:the|a|an)\s+(?:(?:(?!of\b|to\b|for\b|against\b|with\b|from\b|in\b|on\b)[\w-]+\s+){0,5}"
                               r"|(?:[\w-]+\s+){0,2}?(?:director|head|chief|spokes(?:man|woman|person)|minister|secretary|commissioner|"
                               r"coordinator|officer|official|chairman|chairwoman|chair|administrator|governor|mayor)\s+(?:general\s+)?"
                               r"(?:of|for|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?)$")
_TITLE_ENDS = re.compile(r"\s*(?:(?:agency|department|office|service|authority|ministry|council)\s*)?"
                         r"(?:in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s*)?(?:[,.;]|$)")
"""`..., said Mr Emmy Ngabirano, the town clerk`: the speaker's title names the body."""
_PRONOUN_REFERENCE = re.compile(r"(?:it|its|they|their|an?\s+spokes(?:man|woman|person)|an?\s+official)\b", re.I)
_AND_BEFORE = re.compile(r",?\s+and\s+$")
"""`the government has moved 1,250 households ..., and it says`, `The city administration disputes the figures, saying
... all of whom it says`, `Federal officials said 220,000 homes had been damaged, a number they said could rise`: "it",
"they" or "a spokesman" is the body named before it in the sentence, or the sentence's subject."""
_TIME_CLAUSE = re.compile(r"\b(?:since|after|before|until|when|once)\s+(?:the\s+)?$", re.I)
"""`165,000 Afghans have returned since the government announced the deadline, according to IOM`: a body in a
clause that dates the figure is not who gives it, when another does."""
_SAYS_WHAT = re.compile(r"\s+(?:said|says|announced|warned|declared|confirmed|told\s+\w+)\s+(?:that\s+)?[a-z]")
"""`300 people returned home after provincial officials said the tsunami threat had passed`: what a body said in a clause
that dates the figure is another matter than the figure."""
_JOINED_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+|its\s+)?$")
_COUNTS_IT = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:registered|recorded|counted|documented|verified|tallied)\s+"
                        r"(?:(?:some|about|around|nearly|more\s+than|over|at\s+least|almost|an\s+estimated)\s+)?")
"""`UNHCR has registered some 656,000 Syrian refugees in Jordan, and the government says the real cost of hosting them
is higher`: the body that counted gives the figure; the one speaking in the next clause says something else."""
_WHERE_CLAUSE = re.compile(r",\s+(?:where|when|whereas|while)\s")
"""`NRC estimates that 2 million are displaced inside Burkina Faso, where the government stopped publishing
figures`: a body in a clause about something else does not give the figure."""


def _in_a_clause_about_a_place(text: str, start: int, at: int) -> bool:
    """`About 3,400 of them reached Tawila, where MSF runs a clinic`: a body named in a clause that goes on to tell of the
    place is not the figure's source; a source line after a table's rows still is."""
    clause = None
    for clause in _WHERE_CLAUSE.finditer(text, start, at):
        pass
    return clause is not None and "\n" not in text[clause.end():at]


_ASIDE = re.compile(r"(?:\s+(?:in|of|for|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?,[^,;]{1,60},\s*"
                    r"|\s+(?:that|which|who)\s+[^,;]{1,60},\s*")
"""`The city of Zhuozhou, which borders Beijing, had evacuated ...`: an aside between a body and its verb."""


def _after_aside(text: str, start: int, end: int) -> int:
    aside = _ASIDE.match(text, start, end)
    return aside.end() if aside else start


_OPENING_QUOTE = re.compile(r"^\s*[\"\u201c]")


def opens_a_quotation(text: str) -> bool:
    """A sentence or paragraph that begins with a quotation mark."""
    return bool(_OPENING_QUOTE.match(text))


def _quotation_source(sentence: Sentence, units, context: ArticleContext) -> str | None:
    """`"The assessment recorded 1,117 houses damaged. ... hit," Muhari said.`: a sentence opening a
    quotation is attributed where the quotation closes, a sentence or two later."""
    text = sentence.text
    if not _OPENING_QUOTE.match(text) or not inside_quotation(text):
        return None
    following = [u for u in units if u.start > sentence.start][:3]
    for unit in following:
        close = CLOSING_QUOTE.search(unit.text)
        if close is None:
            continue
        tail = unit.text[close.end():]
        named = [s for s in context.sources(unit.text) if s.start >= close.end() and s.code != "REF"]
        if named:
            return named[0].code
        return _surname_source(tail, context, units, unit) if _SURNAME_SAID.search(tail) else None
    return None


_DESCRIBED_AS = re.compile(r",\s*(?:(?:the|a|an)\s+)?")
"""`said Ramiro Choque, the city's secretary for risk management`: a person described as an official speaks for the office."""


_DESCRIPTION_ENDS = re.compile(r"(?:\s+(?:said|says|reported|reports|added|estimated)\b)?(?:(?!\b(?:\w+ed|are|is|were|was|have|has|had|will|would|say|says|said|told)\b)[^,.;:]){0,60}(?:[,.;:]|$)")
_OF_A_CIVIC_BODY = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[^,.;]{0,50}?\b(?:association|union|cooperative|committee|federation|network|"
                              r"society|group|alliance|movement|forum|collective)\b", re.I)
"""`said Rakesh Kumar, president of the local residents' welfare association`: a civic body's officer is not the state's."""


_GIVES_A_NUMBER = re.compile(r"(?:\s+(?:in|of|at)\s+(?:the\s+)?[\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
                             r"\s+(?:gives|gave|uses|used|cites|cited|puts|put)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:number|figure|estimate|count|total|tally)\b")
"""`Poland's Ministry of Digital Affairs gives a lower number for people still in the country: about 960,000`: the body
that gives the number, and only the number after it (`..., though the government in Khartoum puts the figure at 1.3
million` does not give the count before)."""


_APPOSITIVE_GAP = re.compile(r",(?!\s*(?:though|although|but|while|whereas|yet|and)\b)\s*"
                             r"(?:(?:the|a|an)\s+)?[\w\s'-]{0,30}")
"""`UNHCR, the agency` describes one body; `registered with UNHCR, though the government` names another."""


def _without_appositives(mentions, text: str):
    """`UNRWA, the largest UN agency in Gaza, said`, `UNRWA, the main UN aid agency in Gaza, estimated`: the description
    is the same body, not another."""
    kept = []
    for mention in mentions:
        if mention.code in GENERIC_SOURCES and any(
                other.code not in GENERIC_SOURCES and 0 <= mention.start - other.end <= 40
                and _APPOSITIVE_GAP.fullmatch(text, other.end, mention.start)
                for other in mentions):
            continue
        if mention.code not in GENERIC_SOURCES and mention.code != "REF" and _CLOSES_APPOSITIVE.match(text, mention.end) and any(
                other.code not in GENERIC_SOURCES and other.code != "REF" and 0 <= mention.start - other.end <= 40
                and re.fullmatch(r",\s*(?:the|a|an)\s+[\w\s'-]{0,30}", text[other.end:mention.start])
                for other in mentions):
            continue
        kept.append(mention)
    return kept


_CLOSES_APPOSITIVE = re.compile(r"[^,.;]{0,30},")
"""`UNRWA, the main UN aid agency in Gaza, estimated`: a description set off by commas."""


def _alias_source(text: str, context: ArticleContext, units, sentence: Sentence) -> str | None:
    """`DMC says`: an acronym speaks for the body it stands beside or is defined for, earlier in the article or,
    for a headline or lead, later."""
    for match in _ACRONYM.finditer(text):
        acronym = match.group()
        if not _ATTRIBUTION_VERB.match(text[match.end():]) and not _ACCORDING.search(text[:match.start()]):
            continue
        ordered = [u for u in units if u.start < sentence.start] + [u for u in units if u.start > sentence.start]
        for earlier in ordered:
            position = earlier.text.find(acronym)
            if position < 0:
                continue
            for mention in context.sources(earlier.text):
                if abs(mention.end - position) <= 4 or abs(position + len(acronym) - mention.start) <= 4:
                    return mention.code if mention.code != "REF" else None
            defined = _DEFINITION.search(earlier.text, 0, position)
            if defined and earlier.text[position - 1:position] == "(":
                named = [m for m in context.sources(defined.group(1)) if m.code != "REF"]
                if named:
                    return named[-1].code
    return None


_DEFINITION = re.compile(r"((?:[A-Z][\w'\u2019-]*|of|the|for|and|on|&)(?:\s+(?:[A-Z][\w'\u2019-]*|of|the|for|and|on|&)){0,8})\s*\($")
"""`The Government of the Northwest Territories (GNWT)`: the name an acronym stands for."""


_SURNAME_SAID = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z'\u2019-]{2,})\s+(?:said|says|told|tells|added|noted|explained|stated|estimated)\b"
                           r"|\b[Aa]ccording to ([A-Z][a-z'\u2019-]{2,})\s*,")
"""`Yerlikaya said ...`: a person named by surname alone after being introduced in full."""
_HEADLINE_NAME = re.compile(r"[:\u2013\u2014-]\s*([A-Z][a-z'\u2019-]{2,})\s*$")


def _surname_source(text: str, context: ArticleContext, units, sentence: Sentence, named: str = "") -> str | None:
    names = ([named] if named else []) + [m.group(1) or m.group(2) for m in _SURNAME_SAID.finditer(text)]
    tail = _HEADLINE_NAME.search(text) if sentence.is_title else None
    for name in names + ([tail.group(1)] if tail else []):
        for earlier in reversed([u for u in units if u.start < sentence.start] or
                                [u for u in units if u.start > sentence.start][:3]):
            found = re.search(rf"\b{re.escape(name)}\b", earlier.text)
            if found is None:
                continue
            owners = [m for m in context.sources(earlier.text) if m.start <= found.start()
                      and (found.start() < m.end or not _CLAUSE_BREAK.search(earlier.text, m.end, found.start())
                           or _ROLE_THEN_NAME.fullmatch(earlier.text, m.end, found.start()))]
            if owners and owners[-1].code == "REF":
                return _previous_source(earlier, units, context, owners[-1].surface)
            if owners:
                return owners[-1].code
    return None


_ROLE_THEN_NAME = re.compile(r"(?:'s|\u2019s)?(?:\s+[a-z][\w-]*){0,4}"
                             r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,8})?"
                             r",\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}")
"""`The Home Ministry's spokesperson, Laxman Prasad Dhakal,`, `The Minister of Humanitarian Affairs, Disaster Management
and Social Development, Sadiya Umar Farouq,`: the body or title, its remit and the given names before the surname."""
_TITLE_BEFORE_SURNAME = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")
_SURNAME_ONLY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][\w'\u2019-]+")
"""`Mr Kaiyo said`: a person named by surname alone speaks in the role given when first named."""


_PERSONAL_REFERENCE = re.compile(r"\s*(?:he|she)\b", re.I)
"""`"..." he said` after `Mbuyi, 27, said`: the person quoted before, with no body of their own, speaks again."""
_NON_STATE_REFERENCE = re.compile(r"\b(?:organi[sz]ations?|groups?|charit(?:y|ies)|ngos?|company|firm|movement)\b", re.I)
_COMPANY_REFERENCE = re.compile(r"\b(?:company|firm)\b", re.I)
"""`the company said` refers back to a business, which speaks as OTHER: never to an agency or a government."""
"""`the organization said` never refers back to the police or a ministry."""
_AGENCY_REFERENCE = re.compile(r"\bagenc", re.I)
_ARMED = re.compile(r"(?i:\b(?:forces|army|military|militias?|rebels?|fighters|troops|soldiers)\b)")
_FORCES_NEXT = re.compile(r"\s+(?i:soldiers|troops|forces|army|military|police|navy|peacekeepers)\b")


def _agency_like(mention, text: str) -> bool:
    """`FEMA`, `the NDMA and army troops`, `the disaster management authority` are agencies; `KDF soldiers` are not."""
    if _AGENCY_WORD.search(mention.surface):
        return True
    return any(not _FORCES_NEXT.match(text, mention.start + m.end()) for m in _ACRONYM_WORD.finditer(mention.surface))
_AGENCY_WORD = re.compile(r"(?i:agenc|authorit|department|ministr|office|commission|management)")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{3,}\b")
"""`the agency said` refers back to a government agency, never to the forces named before it."""


_APPOSED_BODY = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:group|organi[sz]ation|charity|ngo|network|coalition|"
                           r"association|collective|alliance|foundation|union|movement)\b", re.I)
"""`Yenegew Sew, a local housing rights group,`: a name said to be a body is no person."""


_DISPUTED_AFTER = re.compile(r"(?:,|;|\s-|\u2014)\s*(?:though|although|even though|whereas|but)\s+(?:[\w'-]+\s+){0,4}$")
"""`20,000 people were displaced, though civil society groups said the number was higher`: one who answers a figure
after a concession is not its source."""


_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
"""`The minister told Eye Radio that ...`, then `He said ...`: the one spoken to is not who "he" is."""


_DOCUMENT_REFERENCE = re.compile(r"^\s*[Tt]he\s+(?:[a-z]+\s+)?(note|statement|release|bulletin|communiqu[eé])\b")
"""`As per the press note, ...` after `the district administration said in a press note`: the body that issued it."""
_REFERENCE_HEAD = re.compile(r"^\s*[Tt]he\s+(?:[a-z]+\s+)?(office|ministry|department|society|commission|committee|council|authority|centre|center|"
                             r"secretariat|directorate|bureau|delegation|division|brigade|battalion|regiment|branch)\b", re.I)
"""`..., the office said` after `The National Disaster Management Office said`: a body taken up by its head noun is the
last one so named, whoever spoke in between."""


def _previous_source(sentence: Sentence, units, context: ArticleContext, reference: str = "") -> str | None:
    """What "the agency said" or "he said" refers to: the last body that spoke before, else the last named; where the
    one who spoke last was itself "the group", the body named before it in its sentence or earlier. An agency is
    never the armed forces or armed group named in between, and an organisation never a government named only as such."""
    agency = bool(_AGENCY_REFERENCE.search(reference))
    non_state = bool(_NON_STATE_REFERENCE.search(reference))
    civil = bool(CIVIL_REFERENCE.fullmatch(reference))
    company = bool(_COMPANY_REFERENCE.search(reference))
    document, head = _DOCUMENT_REFERENCE.search(reference), _REFERENCE_HEAD.search(reference)
    if document is not None or head is not None:
        word = re.compile(rf"\b{(document or head).group(1)}\b", re.I)
        for earlier in reversed([u for u in units if u.start < sentence.start][-8:]):
            mentions = [m for m in context.sources(earlier.text) if m.code != "REF"]
            if document is not None:
                named = [m for m in mentions if m.said] if word.search(earlier.text) else []
            else:
                named = [m for m in mentions if word.search(m.surface)]
            if named:
                return named[-1].code
    for earlier in reversed([u for u in units if u.start < sentence.start]):
        mentions = context.sources(earlier.text)
        named = [s for s in mentions if s.code != "REF" and (not is_person(s) or _APPOSED_BODY.match(earlier.text, s.end))
                 and not _DEED_BY.search(earlier.text, max(0, s.start - 30), s.start)
                 and not _ADDRESSEE_BEFORE.search(earlier.text, max(0, s.start - 12), s.start)
                 and not (agency and _ARMED.search(s.surface)) and not (non_state and s.code == "GOV" and s.surface.islower())
                 and not (civil and s.code == "GOV")
                 and not (company and s.code != "OTHER")]
        speaking = [s for s in named if s.said]
        if not named and _PERSONAL_REFERENCE.match(reference) \
                and any(s.said and s.code == "OTHER" and is_person(s) and not _SURNAME_ONLY.fullmatch(s.surface) for s in mentions):
            return "OTHER"
        refs = [s for s in mentions if s.code == "REF" and s.said]
        if not speaking and refs:
            before = [s for s in named if s.end <= refs[-1].start and not (s.code == "GOV" and (
                _NON_STATE_REFERENCE.search(refs[-1].surface)
                or _AGENCY_REFERENCE.search(refs[-1].surface) and not _agency_like(s, earlier.text)))]
            if before:
                return before[-1].code
            continue
        if speaking or named:
            return (speaking or named)[-1].code
    return None


def row_source(row: ListRow, context: ArticleContext) -> str | None:
    """The body a table's or list's `Source:` line (or its introduction) names; `DSWD-DROMIC` is the DSWD's. A
    `Source:` line naming a body the rules do not list (`Source: Vermont Emergency Management situation report`) is
    read by its name: the state's when the name says it is a public body, else a civil one."""
    for line in (row.source_line, row.intro):
        if line is not None:
            named = [s for s in context.sources(_JOINED_ACRONYMS.sub(" ", line.text)) if s.code != "REF"]
            if named:
                return named[0].code
    if row.source_line is not None:
        body = _SOURCE_LINE_BODY.match(row.source_line.text)
        if body and body.group(1).split()[-1] not in ("The", "A", "An"):
            return unlisted_body_code(body.group(1))
    return None


_SOURCE_LINE_BODY = re.compile(r"\s*\(?\s*(?:[Ss]ources?|[Dd]ata|[Ff]igures)\s*:\s*((?:[A-Z][\w'\u2019&-]*|of|for|and|the|de|du|des|la)"
                               r"(?:\s+(?:[A-Z][\w'\u2019&-]*|of|for|and|the|de|du|des|la))*?)"
                               r"(?=\s+(?:situation\s+reports?|sitreps?|reports?|bulletins?|updates?|data|figures|assessments?|"
                               r"press\s+releases?|statements?)\b|\s*[,.;(]|\s*$)")


_JOINED_ACRONYMS = re.compile(r"(?<=[A-Z]{2})-(?=[A-Z]{2})")


_RELEASE_OPENING = re.compile(r"\b(?:press release|news release|media release|this is a summary of what was said by)\b", re.I)
_RELEASE_CLOSING = re.compile(r"\b(?:notes? to editors|for more information(?:,| on this topic)?,? (?:please )?contact|media contacts?)\b", re.I)
"""What only a body's own release or briefing note says of itself."""


_REPORTS_THE_FOLLOWING = re.compile(r"\b(?:reports?|reported|presents?|provides?|issued|released|publishe[sd])\s+the\s+following\b"
                                    r"(?:\s+(?:highlights|figures|data|updates?|information|details))?(?!\s+(?:warnings?|advice|"
                                    r"advisory|advisories|recommendations?|instructions?|guidance|measures|alerts?)\b)", re.I)
"""`The National Disaster Risk Reduction and Management Council (NDRRMC) reports the following as of 6:00 AM`: a
report that opens by naming who reports what follows."""


_OPENING_QUOTE_AFTER = re.compile(r"[:,]\s*[\"\u201c]")
_STATEMENT_FOLLOWS = re.compile(r"\s+(?:statements?|remarks|message)\b", re.I)


def release_issuer(units, sources_of) -> tuple[str | None, bool]:
    """The named body that speaks in the opening of a press release or briefing note, else None, and whether it
    speaks only inside quotation marks: a statement the article quotes (`X issued the following statement: "..."`), or
    one announced without a colon, leaves the reporter's own text after it unattributed; one printed after a colon
    speaks in all that follows. A release says what it is in its opening or its closing lines; a news story that
    mentions a press release in passing is none."""
    body = [u for u in units if not u.is_title]
    for unit in body[:3]:
        following = _REPORTS_THE_FOLLOWING.search(unit.text)
        named = [s for s in sources_of(unit.text) if s.code != "REF" and s.end <= following.start()] if following else []
        if named and not is_person(named[0]):
            after = [u for u in body if u.paragraph > unit.paragraph][:1]
            quoted = bool(after) and opens_a_quotation(after[0].text) or bool(_OPENING_QUOTE_AFTER.search(unit.text, following.end())) \
                or not unit.text.rstrip().endswith(":")
            return named[0].code, bool(_STATEMENT_FOLLOWS.match(unit.text, following.end())) and quoted
    title = [u for u in units if u.is_title][:1]
    release_title = [u for u in title if _RELEASE_OPENING.search(u.text)]
    if not (release_title or any(_RELEASE_OPENING.search(u.text) for u in body[:2])
            or any(_RELEASE_CLOSING.search(u.text) for u in body[-4:])):
        return None, False
    for unit in release_title + body[:3]:
        named = [s for s in sources_of(unit.text) if s.code != "REF" and (s.code not in GENERIC_SOURCES
                                                                            or unit in release_title and _PROPER_NAME.match(s.surface))]
        if named:
            return named[0].code, False
    return None, False


_PROPER_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w'-]*)+$")
"""`Ministry of Disaster Management and Relief press release No. 4`: a release titled with a body's full name is that
body's, even a government's."""


_ANSWER = re.compile(r"^\s*(?:A|Answer)\s*[:.]\s")
_QUESTION = re.compile(r"^\s*(?:Q|Question)\s*[:.]\s")
_INTERVIEWED = re.compile(r"\b(?:(?:spoke|talked)\s+(?:(?!to\b|with\b)[\w-]+\s+){0,4}?(?:to|with)|interviewed|sat down with|asked|"
                          r"reached(?=.*\b(?:by|on\s+the)\s+(?:tele|satellite\s+)?phone\b)|"
                          r"(?P<subject>gave\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?interview|briefed\s+(?:reporters|journalists|the\s+press)))(?:\s|[,.])",
                          re.I)
_US = re.compile(r"\s*(?:us|me|our\s+(?:[\w-]+\s+)?(?:correspondent|reporter|agency|newspaper|paper|station|programme|program|newsroom|team|"
                 r"editors?|journalists?)|reporters|journalists)\b", re.I)


def _interviewee(text: str, sources_of) -> str | None:
    """The body whose member the introduction says was interviewed: `We spoke to Salim Al-Obeidi, who coordinates the
    Libyan Red Crescent's response`, or `Karim Haddad, UNHCR's deputy regional director, spoke to us`."""
    verb = _INTERVIEWED.search(text)
    if verb is None:
        return None
    named = [s for s in sources_of(text) if s.code != "REF"]
    if verb.group("subject") or _US.match(text, verb.end()):
        before = [s for s in named if s.end <= verb.start()]
        return before[0].code if before else None
    after = [s for s in named if s.start >= verb.end()]
    return after[0].code if after else None

def interview_answers(units, sources_of) -> dict[int, str]:
    """Who speaks in each paragraph of an interview or a briefing transcript: in a question-and-answer interview,
    the person or body the introduction says was interviewed answers; in a transcript, the body in a speaker's
    label (`MARTA RUIZ, UNHCR SPOKESPERSON:`) speaks in that paragraph and the unlabelled ones after it, until
    someone else is labelled."""
    body = [u for u in units if not u.is_title]
    answers = frozenset(u.paragraph for u in body if _ANSWER.match(u.text))
    if answers and any(_QUESTION.match(u.text) for u in body):
        for unit in body:
            if unit.paragraph >= min(answers):
                break
            code = _interviewee(unit.text, sources_of)
            if code:
                return dict.fromkeys(answers, code)
        return {}
    unlabelled = _unlabelled_answers(units, body, sources_of)
    if unlabelled:
        return unlabelled
    return _transcript_speakers(body, sources_of)


def _unlabelled_answers(units, body, sources_of) -> dict[int, str]:
    """An interview printed as bare questions, each a paragraph ending in "?", and the answers below them: the body
    the title says was interviewed (`Interview: "The ground is still moving," says COPECO official`) answers."""
    paragraphs: dict[int, list[str]] = {}
    for unit in body:
        paragraphs.setdefault(unit.paragraph, []).append(unit.text)
    asked = [p for p, texts in paragraphs.items() if texts[0].rstrip().endswith("?")]
    answers = [p for p in asked if len(paragraphs[p]) > 1 and not paragraphs[p][1].rstrip().endswith("?")] + [
        p + 1 for p in asked if len(paragraphs[p]) == 1 and p + 1 in paragraphs and p + 1 not in asked]
    if len(answers) < 2 or any(_speaker(paragraphs[p][0]) for p in answers if p in paragraphs):
        return {}
    title = next((u.text for u in units if u.is_title), "")
    if not _INTERVIEW_TITLE.search(title):
        code = next(filter(None, (_interviewee(u.text, sources_of) for u in body if u.paragraph < min(asked))), None)
        return dict.fromkeys(answers, code) if code else {}
    named = [s for s in sources_of(title) if s.code != "REF"]
    bodies = [s for s in named if s.code != "OTHER"]
    return dict.fromkeys(answers, (bodies or named)[0].code) if named else {}


_INTERVIEW_TITLE = re.compile(r"\b(?:[Ii]nterview|Q&A|Q and A)\b|^\s*[\"\u201c][^\"\u201d]{3,}[\"\u201d]\s*:\s*\S[^:]*\s+on\s+")
"""`Interview: ...`, or `"We are tired": Przemyśl's deputy mayor on winter, budgets and refugees`."""


_SPEAKER_LABEL = re.compile(r"\s*([A-Z][A-Z.'\u2019 -]{0,40}?)\s*(?:\(([^)\n]{1,60})\))?\s*(?:,\s*([^:\n]{2,80}?))?:\s")
_ASKER = re.compile(r"(?:Q|QUESTION|REPORTER|JOURNALIST|MODERATOR|CHAIR|INTERVIEWER|HOST|PRESENTER|ANCHOR)\b")
_STATE_TITLES = "MAYOR|GOVERNOR|MINISTER|PREFECT|SHERIFF|COMMISSIONER"
_TITLE_LABEL = re.compile(rf"(?:THE\s+)?(?:{_STATE_TITLES}|DIRECTOR|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|OFFICIAL|COORDINATOR|CHIEF|"
                          r"COMMANDER|ADMINISTRATOR)$")
_STATE_TITLE_LABEL = re.compile(rf"(?:THE\s+)?(?:{_STATE_TITLES})$")
"""`DIRECTOR:` after `We have on the line SENAPRED's regional director`: a speaker labelled by a title speaks for the
body the host named; a mayor, governor or minister for the state."""


def _speaker(text: str) -> str | None:
    """The name in a speaker's label opening a paragraph (`VILLAREAL: ...`), unless it is the one who asks."""
    label = _SPEAKER_LABEL.match(text)
    return label.group(1).strip() if label and not _ASKER.match(label.group(1)) else None


def _introduced_as(surname: str, introduced, introduction: str) -> str | None:
    """`THOMPSON:` after the host's `On the line is Richard Thompson, director general of the Office of Disaster
    Preparedness`: a speaker labelled by surname speaks for the body the host named with them."""
    found = re.search(rf"\b{re.escape(surname.title())}\b", introduction)
    if found is None:
        return None
    holding = [s for s in introduced if s.start <= found.start() < s.end and not is_person(s)]
    titled = [s for s in introduced if s.end <= found.start() and _GIVEN_NAMES.fullmatch(introduction, s.end, found.start())]
    if holding or titled:
        return (holding or titled)[-1].code
    after = [s for s in introduced if found.end() <= s.start <= found.end() + 120 and s.code != "OTHER"
             and not _SENTENCE_END.search(introduction, found.end(), s.start)]
    return after[0].code if after else None


_LEAD_ROLE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:head|chief|director|representative|spokes(?:man|woman|person)|coordinator)"
                        r"\s+of\s+(?:the\s+)?$")
"""`The head of the International Organization for Migration's mission in Haiti told journalists ...` and then
`SERRANO-VIDAL:`: a speaker the introduction names without a body is the one the lead describes by role."""
_SENTENCE_END = re.compile(r"[.?!]\s")
_GIVEN_NAMES = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*\s+){0,4}")
"""`NDRRMC spokesperson Ma. Teresa Villareal`: a title and the given names before the surname."""


def _named_host(labels) -> str | None:
    """`NOUR SALEH: ...`, `GRACE MBUYI: ...`, `SALEH: ...`: a broadcast transcript labels its anchor by name; the
    first speaker labelled, who speaks again (by the same surname) after someone else, is the one who asks and
    introduces."""
    names = [m.group(1).split()[-1] for _, m in labels if m is not None and m.start() == 0 and m.group(1).split()]
    if len(names) < 3 or len(set(names)) < 2:
        return None
    first = names[0]
    other = next((i for i, name in enumerate(names) if name != first), None)
    return first if other is not None and first in names[other:] else None


def _transcript_speakers(body, sources_of) -> dict[int, str]:
    labels = [(u, _SPEAKER_LABEL.match(u.text)) for u in body]
    asked = any(m and _ASKER.match(m.group(1)) for _, m in labels)
    host = None if asked else _named_host(labels)
    if not asked and host is None:
        return {}
    speakers: dict[str, str] = {}
    spoken: dict[int, str] = {}
    current = None
    first = next((i for i, (u, m) in enumerate(labels) if m is not None and not u.text[:m.start()].strip()), 0)
    opening = " ".join(u.text for u, _ in labels[:first])
    introduction, introduced = opening, [s for s in sources_of(opening) if s.code != "REF"] if opening else []
    opened = introduced
    for unit, label in labels:
        if label is not None and label.start() == 0 or label is not None and not unit.text[:label.start()].strip():
            name = label.group(1).strip()
            if _ASKER.match(name) or name.split()[-1] == host:
                current = None
                paragraph = " ".join(u.text for u in body if u.paragraph == unit.paragraph)
                named = [s for s in sources_of(paragraph) if s.code != "REF"]
                if named:
                    introduced, introduction = named, paragraph
                continue
            said = [s for s in sources_of(label.group(3) or label.group(2) or "") if s.code != "REF"]
            surname = name.split()[-1]
            current = said[0].code if said else speakers.get(surname)
            if current is None and _TITLE_LABEL.fullmatch(name):
                titled = [s for s in introduced if name.split()[-1].lower() in s.surface.lower()] or introduced[-1:]
                current = titled[-1].code if titled else "GOV" if _STATE_TITLE_LABEL.fullmatch(name) else None
            if current is None and introduced and not _TITLE_LABEL.fullmatch(name):
                current = _introduced_as(surname, introduced, introduction) or _introduced_as(surname, opened, opening)
            if current is None and re.search(rf"\b{re.escape(surname.title())}\b", opening):
                current = next((m.code for m in opened if _LEAD_ROLE.search(opening, max(0, m.start - 60), m.start)), None)
            if current is not None:
                speakers[surname] = current
        if current is not None:
            spoken.setdefault(unit.paragraph, current)
    return spoken
