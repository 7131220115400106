"""The date a figure refers to, from the words of its sentence and the publication date.

"as of Monday", "on 5 August", "by the end of July", "yesterday" date a figure;
"since April 15" or "in the past week" only describe a period, so the figure
keeps the publication date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from tracker.extract import lexicon as lx
from tracker.extract.numbers import SMALL, clause_comma, last_clause_comma

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: i for i, names in enumerate(
    [(), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")]) for name in names}

_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_MONTH3 = _MONTH.replace("?P<month>", "?P<month3>")
_LEAD = r"(?P<lead>\bas of(?:\s+(?:\d{1,2}[:.]\d\d\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h)?|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)),?)?|\bas at|\bas on|\bup to|\buntil|\bthrough|\bby the (?:morning|afternoon|evening|night) of|\b(?:on|in) the (?:(?:early|small|late) hours|(?:early |late )?(?:morning|afternoon|evening|night)) of|\bon|\blast(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|\bovernight(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|\b(?:report|update|bulletin|sitrep|assessment|snapshot)s?,?\s+dated|\bby|\bsince|\bfrom|\bin the (?:\w+ )?(?:days|weeks|months) to|\bto|\bbetween|\bbefore|\bafter|\b(?:said|says|reported|announced|confirmed|released|published|issued|posted|updated|told\s+(?:reporters|journalists|[A-Z][\w-]+))(?:\s+(?:late|early)|\s+in\s+a\s+statement(?:\s+on)?|\s+on\s+(?:late|early))?(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|\bas of\s+(?:midday|noon|midnight|early|late)(?:\s+on)?(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|\b(?:late|early)(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))?\s*"
DATE_EXPRESSION = re.compile(
    _LEAD + r"(?:"
    r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<part>\s+(?:night|morning|evening|afternoon))?"
    rf"|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}})|\s+(?P<day_last>last year))?"
    rf"|{_MONTH2}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>\d{{4}})|\s+(?P<day2_last>last year))?"
    r"|(?P<end_of>the end of|end of|the end of last|late|end-)\s*(?P<end_month>january|february|march|april|may|june|july|august|september|october|november|december|last month|the month|the year|last year|(?P<year_end>\d{4}))(?:,?\s+(?P<end_year>\d{4})|\s+(?P<end_last>last year))?"
    r"|(?:at\s+)?year[- ]end\s+(?P<ye_year>(?:19|20)\d\d)|(?P<ye_year2>(?:19|20)\d\d)\s+year[- ]end\b"
    r"|(?:the\s+)?(?:start|beginning) of (?P<start_year>(?:19|20)\d\d)"
    r"|(?:the\s+)?first week of (?P<week_month>january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|last (?:two|three|four|five|six|\d{1,2}) months of (?P<last_months_year>(?:19|20)\d\d|last year)"
    r"|(?P<half>first|second) half of (?P<half_year>this year|the year|last year|\d{4})"
    r"|first (?P<first_days>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (?P<fd_unit>days|weeks) of (?P<fd_month>january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+(?P<fd_year>\d{4}))?"
    r"|(?:(?P<quarter>first|second|third|fourth|last) quarter|first (?P<n_months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months)"
    r" of (?P<part_year>this year|the year|last year|\d{4})"
    r"|between\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:and|-|\u2013)\s+(?P<span_day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<span_month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?:,?\s+(?P<span_year>\d{4}))?"
    r"|(?P<num_day>\d{1,2})\.(?P<num_month>\d{1,2})\.(?P<num_year>(?:19|20)\d\d)"
    r"|(?P<relative>yesterday|today|tonight|last night|this morning|this week|this year(?!['\u2019]s)|so far this year|(?:over|during) the weekend|last weekend)"
    r"|(?<=\bon )the (?P<ordinal_day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b)(?!\s+[a-z])"
    r"|(?P<holiday>new year's day|new year\u2019s day|new year's eve|christmas day|christmas night|christmas eve)"
    r"|between\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+and\s+(?P<span_weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<period>\b(?:in|during|throughout) (?:the whole of |all of )?|\bas of (?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b)|\bbetween (?:19|20)\d\d\s+and\s+(?=(?:19|20)\d\d\b)|\bbetween (?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\s+and\s+(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b)|\b(?:in|during) (?:19|20)\d\d\s+and\s+(?=(?:19|20)\d\d\b)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s*[-\u2013]\s*(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b)|\bby (?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!['\u2019]s|\s+(?-i:[a-z])))|\bas of (?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!['\u2019]s|\s+(?-i:[a-z])|\s+\d))|\bbetween (?:(?:19|20)\d\d\s+and\s+(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+and\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)))(?:(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+and\s+|\s*[-\u2013]\s*(?=(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b)))?(?P<p_month>january|february|march|april|may|june|july|august|september|october|november|december)(?!\s+\d{1,2}\b)(?:,?\s+(?P<p_year>\d{4})|\s+(?P<p_last>last year)|\s+(?P<p_this>this year))?|(?P<p_year_only>(?:19|20)\d\d)(?!\s*[-\u2013])(?!\s+and\s+(?:19|20)\d\d\b))"
    r"|(?P<last_year>last year(?!['\u2019]s)|a year ago)"
    r"|(?P<prev_month>last month(?!['\u2019]s))"
    r"|(?P<days_ago>two|three|four|five|six|2|3|4|5|6) days ago"
    r"|last (?P<last_month>january|february|march|april|may|june|july|august|september|october|november|december)(?!['\u2019]s)"
    r")\b",
    re.I,
)


_AND_ANOTHER_DAY = re.compile(r"\s+and\s+(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
"""`on Saturday and Sunday`: a count made over two days is dated by the second."""
_SINCE_THEN_WHEN = re.compile(r"\bsince\s+(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
                              r"december)\s+)?(?P<year>(?:19|20)\d\d),\s+when\b(?=[^.;]*$)", re.I)
"""`has not published figures since March 2023, when it counted 2,062,534 displaced people`: the when-clause tells of that
month."""
_SINCE_BEFORE = re.compile(r"\b(?:since|after|following)\b(?=[^,;]{0,160}$)", re.I)
_PERFECT_VERB = re.compile(rf"\s{lx.PERFECT_VERB}")
"""`who left the zone after February had returned by the end of July`: the sentence's own verb ends the phrase of
`after`, and the period after it is the count's."""
_EVENT_BEFORE = re.compile(r"\b(?:struck|hit|erupted|began|started|broke out|launched|made landfall|swept|seized|captured|attacked|"
                           r"overran|tore|ravaged|battered|pounded|lashed|slammed|devastated|inundated)\b[^,;]{0,60}$", re.I)
_EVENT_YEAR_BEFORE = re.compile(
    r"\bthe (?:(?P<year>(?:19|20)\d\d) (?-i:[A-Z][\w-]+\s+)?(?:floods?|flooding|earthquakes?|quake|cyclone|hurricane|typhoon|storm|war|conflict|tsunami|"
    r"drought|fires?|firestorm|wildfires?|bushfires?|eruption|landslides?|monsoon)"
    r"|(?:great |big |deadly |devastating |catastrophic )?(?:floods?|flooding|earthquakes?|quake|cyclone|hurricane|typhoon|storm|war|"
    r"conflict|tsunami|drought|fires?|firestorm|wildfires?|bushfires?|eruption|landslides?|monsoon) of (?P<year_of>(?:19|20)\d\d))"
    r"\b(?:\s+in\s+(?:the\s+)?(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+|hills))?)?(?:,[^,]{0,60},)?\s*,?\s*(?:which |that )?(?:\w+ly )?"
    r"(?:killed\s+[^,;]{1,40}?\s+and\s+)?"
    r"(?:displaced|forced|destroyed|damaged|left|uprooted|drove|made|swept away|flattened)\b[^.;,]{0,80}$", re.I)
"""`the 2022 floods, which displaced about 8 million people`, `the 2018 Camp fire, killed 85 people and destroyed nearly
14,000 homes`: a figure told of a past year's event is dated to it."""
_FOUNDED_ASIDE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:first|originally|only)\s+)?"
                            r"(?:opened|set up|built|founded|established|created|launched)\b[^,]*$", re.I)
"""`Mbera camp, set up in 2012 for people fleeing an earlier rebellion, now hosts ...`, `the Hiiraan Relief Fund, a charity
founded in 2013 by ..., said`: the year the camp or the body was set up dates it, not the count."""
_THIS_YEAR = re.compile(r"\bthis year\b(?!['\u2019]s)", re.I)
"""`this year` yields to an explicit date (`this year as of Monday`) but not to another year's period."""
_RELATIVE_EVENT = re.compile(r"\b(?:that|which)\s+(?:[\w-]+\s+){0,3}$", re.I)
_STILL_TRUE = re.compile(r"\b(?:has|have|is|are)\b", re.I)
_STILL_NOW = re.compile(r"\b(?:has|have|is|are|remain|remains|live|lives|still|now|currently)\b", re.I)
_OTHER_DATE = re.compile(r"\b(?:in|on|since|by|last|this|during)\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
                         r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:19|20)\d\d)\b|"
                         r"\b(?:yesterday|last year|this year|past week)\b", re.I)
"""The date of the event in a sentence (`erupted in April, and authorities evacuated 12,000`, `were damaged when
floods hit on Monday`) dates a figure told in the past tense; not one still true (`the offensive launched in
December has forced 900,000 to flee`), nor the date of a relative clause about the event (`destroyed by the
earthquake that struck on April 25, the ministry said on Tuesday`)."""
"""A date in a since-clause, or the date of the event itself, is not the date of the figure."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:where|which|who|when|whose|while|as)\b|,\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:status|law|policy|scheme|programme|"
                              r"program|measure|decree|rule|system|mechanism|regime|decision|deal|agreement|accord|treaty|plan)\b", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that|whose)\b", re.I)
"""`120,000 Rohingya who were displaced in 2012`: a period in a clause about the people dates their flight, not the count."""
_MAIN_VERB_AFTER_RELATIVE = re.compile(rf"\b(?:who|that|which)\s+(?:[\w'-]+\s+){{1,8}}?{lx.PERFECT_VERB}")
"""`1 million of the people who left the zone after February had returned by the end of July`: the clause about the
people has ended where the sentence's own verb stands, and the period after it dates the count."""
_OPENING = re.compile(r"\W*(?:[Oo]n\s+(?:[A-Z][\w'\u2019-]+\s+){1,3})?$")
_OPENING_CLAUSE = re.compile(r"\W*(?:when|during|at the height of)\b[^,;]{0,80}$", re.I)
"""A period opening the sentence (`In May 2016, floods ...`), or the clause opening it (`When Typhoon Haiyan struck in
November 2013, it displaced ...`), dates all of it."""
_EVENT_YEAR_OPENING = re.compile(
    r"^\W*(?:in|during|after|since) the (?P<year>(?:19|20)\d\d) (?:floods?|flooding|earthquakes?|quake|cyclone|hurricane|typhoon|"
    r"storm|war|conflict|tsunami|drought|fires?|wildfires?|eruption|landslides?|monsoon|offensive|crisis|genocide|massacres?|famine|"
    r"invasion|exodus|uprising|revolution|partition)\b[^,;]{0,40},\s*$"
    r"|^\W*by (?P<by_year>(?:19|20)\d\d),\s*(?:[a-z]+\s+){0,3}$", re.I)
"""`In the 2014 war, about 500,000 people were displaced`: a past year's event opening the sentence dates it."""
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|where|when|who|whose)\b(?!.*\b(?:that|which|where|when|who|whose)\b)", re.I)
_SPEECH_THAT = re.compile(r"\b(?:said|says|say|told|reported|reports|announced|estimated|added|warned|show|shows|showed|"
                          r"indicate|indicates|indicated|found|finds|suggest|suggests|suggested)\s+that$", re.I)
"""`said that by the end of January, 300 families ...`: after a speech verb, "that" opens the report, not a relative clause."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|announced|added)\s+$", re.I)
"""`the Border Guard said on Tuesday, with about 142,000 arriving on Monday alone`: when the day a speaker spoke comes
before the figure's clause, a date in that clause is the figure's."""
_DATE_WORD = re.compile(r"day\b|eve\b|christmas|year[- ]end|days ago|months of|quarter of|this year|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|yesterday|today|tonight|last night|this morning|this week|end of|end-|weekend|\blate\b|half of|\b(?:19|20)\d\d\b|last year|last month|year ago|\bon the \d{1,2}(?:st|nd|rd|th)\b", re.I)


def _inside_relative_clause(sentence: str, start: int, at: int) -> bool:
    """`..., where thousands fled on Tuesday`: that Tuesday dates the clause, not the figure."""
    clauses = list(_RELATIVE_CLAUSE.finditer(sentence, start, at))
    return bool(clauses) and clause_comma(sentence, clauses[-1].end(), at) == -1


_WHEN_CLAUSE_AFTER = re.compile(r",\s+when\b")
"""`since 3 August 2014, when a quake in Ludian county displaced more than 200,000 people`: the day or month a
when-clause hangs on dates what the clause tells, when the count stands in that clause."""
_CLAUSE_MARK = re.compile(r"[;,]")
_AT_BEFORE = re.compile(r"\bat\s*$")
_BY_BEFORE = re.compile(r"\bby\s*$")
"""`7.7 million were living in displacement at the end of the year`: the last year's end, in a report of the next."""
_DEADLINE_BEFORE = re.compile(r"\b(?:should|will|would|must|expected|plans?|planned|aims?|targets?|deadline|due|until|scheduled|set)\b[^.;]*$", re.I)
"""`should be completed by June`: a deadline, not the date of a count."""
_EXPECTED_ON = re.compile(r"\b(?:expected|forecast|predicted|due|scheduled)\s+(?:to\s+[a-z]+\s+(?:(?!(?:and|but|while|as|when)\b)[a-z]+\s+)?)?(?:on|by|for|in|at|around)?\s*$"
                          r"|\b(?:could|would|will|may|might)\s+(?:(?:not|also|again)\s+)?[a-z]+\s+(?:(?!(?:and|but|while|as|when)\b)[a-z]+\s+)?(?:(?:on|by|until|before)\s*)?$", re.I)
"""`ahead of the storm's landfall, expected on Saturday`, `officials warned that strong gusts could return by Sunday`: the
day of an event to come dates no count."""
_CLAUSE_OPENING = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+")
_CLAUSE_END = re.compile(r";|,\s+(?:and|while|but|whereas|who|which|many|most|some)\b|\s+(?:who|whom|which)\s|,?\s+(?:said|says|told|reported|according)\b")


def _own_clause(sentence: str, near: int, near_end: int | None, clause: tuple[int, int] | None) -> tuple[int, int]:
    """From the figure to the end of its own clause: a later clause about other people, or the speaker, says nothing of
    whether the figure is still true."""
    end = clause[1] if clause is not None else len(sentence)
    stop = _CLAUSE_END.search(sentence, near_end if near_end is not None else near, end)
    opening = max((m.end() for m in _CLAUSE_OPENING.finditer(sentence, 0, near)), default=near)
    return min(opening, near), stop.start() if stop else end


def _in_clause_before(sentence: str, at: int, near: int, present: bool = False) -> bool:
    """`In Bangassou, a town that rebels seized on Sunday, about 1,000 ...`: a date inside a
    relative clause that closes before the figure is that clause's own."""
    clause = _RELATIVE_BEFORE.search(sentence, 0, at)
    if clause is None or _SPEECH_THAT.search(sentence, 0, clause.end()):
        return False
    if clause.group().lower() == "when" and not sentence[:clause.start()].strip(" \"'\u201c-") and not present:
        return False
    close = clause_comma(sentence, at, near)
    return close != -1 and clause_comma(sentence, clause.end(), at) == -1


def _in_counted_aside(sentence: str, at: int, near: int, others: tuple[int, ...]) -> bool:
    """`The camp, built for 10,000 people in 2015, now holds 34,000 refugees`: a date inside an aside before the figure,
    after a count that is no figure, dates that count."""
    opening = last_clause_comma(sentence, 0, at)
    return opening > 0 and any(opening < other < at for other in others) and clause_comma(sentence, at, near) != -1 \
        and _SUBJECT_BEFORE_ASIDE.fullmatch(sentence, 0, opening) is not None


_SUBJECT_BEFORE_ASIDE = re.compile(r"\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+")
"""`The camp, built for ...,`: an aside after the sentence's subject describes that subject."""





_A_YEAR_EARLIER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:(?:a|one)\s+year\s+(?:earlier|before|previously)|the\s+(?:previous|year)\s+"
                             r"(?:year|before))\b(?!,?\s+(?:on|as\s+of)\s+\d)")
"""`1 million at the end of 2024, up from about 315,000 a year earlier`: the count compared was made a year before."""


def resolve_date(sentence: str, published: str | None, near: int | None = None, near_end: int | None = None,
                 clause: tuple[int, int] | None = None, cue: int | None = None, others: tuple[int, ...] = ()) -> str | None:
    """The date of a figure (see `_resolve_date`), a year back when the figure is the count of a year earlier."""
    date = _resolve_date(sentence, published, near, near_end, clause, cue, others)
    if date is None or near_end is None or not _A_YEAR_EARLIER.match(sentence, near_end):
        return date
    day = dt.date.fromisoformat(date)
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day).isoformat()


def _resolve_date(sentence: str, published: str | None, near: int | None = None, near_end: int | None = None,
                  clause: tuple[int, int] | None = None, cue: int | None = None, others: tuple[int, ...] = ()) -> str | None:
    """The date of a figure stated in `sentence`: the dated expression nearest to `near`, else the publication date.
    A month or year named as a period (`in October`) counts only inside the figure's own `clause`; `cue`, where the
    word telling what happened to the figure stands, keeps the date of a relative clause that tells it; `others` are
    where the sentence's counts that are no figures start."""
    if published is None:
        return None
    try:
        pub = dt.date.fromisoformat(published)
    except ValueError:
        return published
    own = _own_clause(sentence, near, near_end, clause) if near is not None else None
    present = bool(own and _STILL_NOW.search(sentence, *own))
    if near is not None:
        opening = _EVENT_YEAR_OPENING.search(sentence, 0, near)
        if opening and not opening.group().lstrip(" \"'").lower().startswith("since") and int(opening.group("year") or opening.group("by_year")) < pub.year \
                and not _STILL_TRUE.search(sentence, *(clause if clause is not None else (0, len(sentence)))) \
                and not present and not _OTHER_DATE.search(sentence, *own):
            return dt.date(int(opening.group("year") or opening.group("by_year")), 12, 31).isoformat()
        event = _EVENT_YEAR_BEFORE.search(sentence, 0, near)
        event_year = int(event.group("year") or event.group("year_of")) if event else None
        if event and event_year <= pub.year:
            return dt.date(event_year, 12, 31).isoformat() if event_year < pub.year else pub.isoformat()
    if not _DATE_WORD.search(sentence):
        return pub.isoformat()
    since_when = _SINCE_THEN_WHEN.search(sentence, 0, near) if near is not None else None
    if since_when and clause_comma(sentence, since_when.end(), near) == -1:
        year = int(since_when.group("year"))
        month = MONTHS[since_when.group("month").lower()] if since_when.group("month") else 12
        date = dt.date(year, month, calendar.monthrange(year, month)[1])
        if date <= pub:
            return date.isoformat()
    best = None
    for match in DATE_EXPRESSION.finditer(sentence):
        lead = (match.group("lead") or "").lower().strip()
        if near is not None and match.end() <= near and _WHEN_CLAUSE_AFTER.match(sentence, match.end()) \
                and not _CLAUSE_MARK.search(sentence, match.end() + 1, near):
            date = _date_of(match, pub)
            if date is not None and date <= pub:
                return date.isoformat()
        if match.group("weekday") and (sentence.startswith(("'s ", "\u2019s "), match.end())
                                       or _DAY_MONTH_AFTER.match(sentence, match.end())):
            continue
        span_end = _span_end(sentence, match) if lead == "between" else None
        if lead in ("since", "from", "after", "before") or lead == "between" and span_end is None:
            continue
        if (match.group("period") or "").strip().lower() == "by" and _DEADLINE_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
            continue
        if _EXPECTED_ON.search(sentence, max(0, match.start() - 40), match.start()):
            continue
        since = _SINCE_BEFORE.search(sentence, 0, match.start())
        if since and not _PERFECT_VERB.search(sentence, since.end(), match.start()):
            continue
        event = _EVENT_BEFORE.search(sentence, 0, match.start())
        if event and (near is None or _RELATIVE_EVENT.search(sentence, 0, event.start())
                      or _STILL_TRUE.search(sentence, *(clause if clause is not None else (0, len(sentence))))):
            continue
        if near is not None and match.start() > near and _inside_relative_clause(sentence, near, match.start()):
            continue
        if (match.group("period") or match.group("last_year") or match.group("last_month") or match.group("prev_month")) and near is not None and match.start() > near \
                and _RELATIVE_WORD.search(sentence, near, match.start()) and not _MAIN_VERB_AFTER_RELATIVE.search(sentence, near, match.start()):
            continue
        if near is not None and cue is not None and near < match.start() and cue > match.end() \
                and _RELATIVE_WORD.search(sentence, near_end or near, match.start()) \
                and not _MAIN_VERB_AFTER_RELATIVE.search(sentence, near, match.start()) \
                and clause_comma(sentence, near_end or near, cue) == -1:
            continue
        subset = lx.SUBSET_CLAUSE.search(sentence, near_end or near, match.start()) if near is not None and match.start() > near else None
        if (match.group("period") or match.group("last_year") or match.group("last_month") or match.group("prev_month")) and near is not None \
                and match.start() > near and (subset and clause_comma(sentence, subset.end(), match.start()) == -1
                                              or cue is not None and cue > match.end()
                                              and _PARTICIPLE.search(sentence, near_end or near, match.start())
                                              or present and _modifying_participle(sentence, near_end or near, match.start())
                                              and _STILL_NOW.search(sentence, match.end())):
            continue
        compared = _COMPARED_BEFORE.search(sentence, max(0, match.start() - 60), match.start()) \
            if match.group("period") or match.group("last_year") or match.group("last_month") or match.group("prev_month") else None
        if compared and not (near is not None and compared.start() <= near < match.start()):
            continue
        if (match.group("period") or match.group("last_year") or match.group("last_month") or match.group("prev_month")) and near is not None \
                and match.start() > near and lx.OTHER_CLAUSE.search(sentence, near_end or near, match.start()):
            continue
        if near is not None and match.start() > near and (_DATE_OF_EARLIER_COUNT.search(sentence, near_end or near, match.start())
                                                          or _FROM_EARLIER.match(sentence, near_end or near, match.start())):
            continue
        if (match.group("period") or match.group("last_year") or match.group("last_month") or match.group("prev_month")) and clause is not None \
                and not clause[0] <= match.start() < clause[1] and not _OPENING.match(sentence, 0, match.start()) \
                and not (_OPENING_CLAUSE.match(sentence, 0, match.start()) and not present):
            continue
        if near is not None and match.end() < near and (_in_clause_before(sentence, match.start(), near, present)
                                                         or _in_counted_aside(sentence, match.start(), near, others)):
            continue
        concession = _CONCESSION.search(sentence, near_end or near, match.start()) if near is not None and match.start() > near else None
        if concession is not None and (cue is None or cue < concession.start()):
            continue
        if near is not None and match.end() < near and _FOUNDED_ASIDE.search(sentence, 0, match.start()) \
                and clause_comma(sentence, match.end(), near) != -1:
            continue
        date = _date_of(span_end, pub) if span_end is not None else _date_of(match, pub)
        second = _AND_ANOTHER_DAY.match(sentence, match.end()) if match.group("weekday") and lead != "between" else None
        if date is not None and second:
            date = _weekday_on_or_before(pub, second.group(1).lower())
        if date is None or date > pub:
            continue
        distance = _gap(match, near, near_end if near_end is not None else near) if near is not None else 0
        if (match.group("relative") or "").lower().endswith(("this year", "this week")):
            distance += len(sentence)
        elif near is not None and match.start() > near and _clause_date(sentence, near_end or near, match.start()) \
                and not (cue is not None and (near_end or near) <= cue < match.start()):
            distance += len(sentence)
        elif near is not None and match.start() > near and _NEXT_CLAUSE_DATE.fullmatch(sentence, near_end or near, match.start()):
            distance += len(sentence)
        elif near is not None and match.end() <= near and _SAID_BEFORE.search(sentence, max(0, match.start() - 30), match.start()) \
                and (clause_comma(sentence, match.end(), near) != -1
                     or any((m.group("lead") or "").strip().lower() in ("by", "as of", "as at", "as on") and m.start() >= (near_end or near)
                            and not _CLAUSE_OPENING.search(sentence, near_end or near, m.start())
                            and not sentence.startswith(("'s", "\u2019s"), m.end()) for m in DATE_EXPRESSION.finditer(sentence))):
            distance += len(sentence)
        elif (match.group("period") and not match.group("p_year") and not match.group("p_year_only") or match.group("last_year")
              or match.group("last_month") or match.group("prev_month")) and _THIS_YEAR.search(sentence):
            distance += 2 * len(sentence)
        elif match.group("p_year_only") and _THIS_YEAR.search(sentence):
            distance += len(sentence)
        if best is None or distance < best[0]:
            best = (distance, date)
    return (best[1] if best else pub).isoformat()


_PARTICIPLE = re.compile(r"\b(?:displaced|uprooted|evicted|expelled|driven|forced|evacuated|relocated|resettled|who|that)\b", re.I)
"""`197 families displaced from Palaly in 1990 returned on Thursday`: a period told of the people before the figure's
own verb dates their past, as does one inside an aside about some of them (`, most of them having fled in 2017`)."""
_AND = re.compile(r"\s+and\s+")
_AUXILIARY_BEFORE = re.compile(r"\b(?:were|was|is|are|been|being|had|have|has)\s+(?:\w+ly\s+)?$", re.I)


def _modifying_participle(sentence: str, start: int, end: int) -> bool:
    """`3,000 families displaced during the operation in 2014 were still waiting`: a participle describing the people,
    not the verb of the sentence (`were evacuated in October`)."""
    return any(not _AUXILIARY_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
               for m in _PARTICIPLE.finditer(sentence, start, end))


def _span_end(sentence: str, match: re.Match) -> re.Match | None:
    """`between December 9 and February 27`: a span gives its end date, read as if it said "by February 27"."""
    joined = _AND.match(sentence, match.end())
    end = DATE_EXPRESSION.match(sentence, joined.end()) if joined else None
    if (end is None or not end.group().strip()) and joined and match.group("month2"):
        day = _BARE_DAY.match(sentence, joined.end())
        return DATE_EXPRESSION.match(f"by {match.group('month2')} {day.group(1)}") if day else None
    if end is None or not end.group().strip():
        return None
    return DATE_EXPRESSION.match("by " + end.group().strip())


_BARE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\b(?![\d,.]\d|\s*(?:%|per\b|percent|people|persons|families|households))")
"""`between March 18 and 23`: the span's last day, in the month named for its first."""


_CONCESSION = re.compile(r"(?:,|;|\s-|\u2014)\s*(?:although|though|but|even though|whereas)\b", re.I)
"""`45,000 IDPs have returned, according to IOM, although new attacks in February have slowed the movement`: a date in a
clause that concedes something else is not the figure's."""


_COMPARED_BEFORE = re.compile(r"\b(?:" + lx.EARLIER_COUNT_LEAD + r"|(?<!more )(?<!less )(?<!fewer )(?<!rather )than|against|"
                               r"(?:more|less|fewer)\s+than(?=\s*$|\s+(?:in|during|over|at|for|the|last|all|any|half|twice|double|a\s+third|a\s+quarter)\b)|"
                               r"as (?:many|much) as(?!\s+(?:about\s+|some\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|half|several|dozens|hundreds|thousands)))\b[^,;]{0,50}$", re.I)
"""`185,000 people ..., compared with 73 sites in June`, `..., more than in the whole of 2021`: a period in a comparison
dates the earlier count."""


_DATE_OF_EARLIER_COUNT = re.compile(r"\b(?:" + lx.EARLIER_COUNT_LEAD + r"|(?:fallen|dropped|risen|grown|declined) (?:to [^,;]{1,30} )?from)\s+"
                            r"(?:[a-z]+\s+){0,4}?\d(?:[\d,.]|[\s\u00a0](?=\d{3}\b))*(?:\s+(?:million|thousand))?(?:\s+and\s+\d(?:[\d,.]|[\s\u00a0](?=\d{3}\b))*)?[^,;\d]{0,40}$"
                            r"|\b(?:fallen|dropped|risen|grown|declined|climbed|rose|fell)\s+to\s+[^;]{1,30}?\s+from\s+\d(?:[\d,.]|[\s\u00a0](?=\d{3}\b))*[^,;\d]{0,40}$"
                            r"|\b(?:up|down)\s+from\s+(?:[a-z]+\s+){0,2}?\d(?:[\d,.]|[\s\u00a0](?=\d{3}\b))*(?:\s+(?:million|thousand))?\s+"
                            r"(?:a\s+year|a\s+month|a\s+week|\w+\s+(?:days|weeks|months|years))\s+(?:earlier|before|ago)\s*,\s*$", re.I)
"""`3.7 million are displaced ..., down from more than 8 million at the end of May 2022`: the date of the earlier count
is not the figure's."""


_EARLIER_COUNT = r"from\s+(?:(?:" + lx.COUNT_QUALIFIER_WORDS + r")\s+)?\d(?:[\d,.]|[\s\u00a0](?=\d{3}\b))*(?:\s+(?:million|thousand))?"
_FROM_EARLIER = re.compile(r"(?:\s*,\s*|\s+(?=" + _EARLIER_COUNT + r"\s+(?:on|in|at|as of|a|last|the)?\s*$))" + _EARLIER_COUNT +
                           r"(?!\s+(?:[a-z]+\s+)?(?:villages?|towns?|districts?|provinces?|communities|camps?|sites?|areas?|islands?|"
                           r"municipalities|regions?|states?|countries)\b)[^,;\d]{0,40}$")
"""`had fallen to about 36,000, from 181,000 on Tuesday`: the day of the earlier count."""


_NEXT_CLAUSE_DATE = re.compile(r"[^,;.]*,\s+(?:and|but|while|whereas)\s+(?:(?:on|by|as of|until)\s+)?")
"""`had put the number at 65,036 on Wednesday evening, and on Tuesday at 28,120`: a date opening the next clause dates
that clause's count."""


def _clause_date(sentence: str, start: int, at: int) -> bool:
    """`300 residents who were evacuated on Tuesday were allowed to return on Thursday`: the first date after a
    relative word belongs to the clause about the people; a later one is the main clause's again."""
    relative = _RELATIVE_WORD.search(sentence, start, at)
    return relative is not None and DATE_EXPRESSION.search(sentence, relative.end(), at) is None


def _gap(match: re.Match, start: int, end: int) -> int:
    """Characters between a date expression and the number phrase it may date."""
    if match.start() >= end:
        return match.start() - end
    if match.end() <= start:
        return start - match.end()
    return 0


def _weekday_on_or_before(pub: dt.date, weekday: str) -> dt.date:
    """The last day so named on or before the publication day."""
    return pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS.index(weekday)) % 7)


def _date_of(match: re.Match, pub: dt.date) -> dt.date | None:
    groups = {k: (v.lower() if isinstance(v, str) else v) for k, v in match.groupdict().items()}
    if groups["span_weekday"]:
        return _weekday_on_or_before(pub, groups["span_weekday"])
    if groups["weekday"]:
        if not groups["lead"] and not groups["part"]:
            return None
        delta = (pub.weekday() - WEEKDAYS.index(groups["weekday"])) % 7
        if groups["lead"] == "last" and not delta:
            delta = 7
        return pub - dt.timedelta(days=delta)
    if groups["num_day"]:
        try:
            return dt.date(int(groups["num_year"]), int(groups["num_month"]), int(groups["num_day"]))
        except ValueError:
            return None
    if groups["ordinal_day"]:
        day = int(groups["ordinal_day"])
        month_start = pub.replace(day=1) if day <= pub.day else (pub.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        try:
            return month_start.replace(day=day)
        except ValueError:
            return None
    if groups["holiday"]:
        month, day = {"new year's day": (1, 1), "new year\u2019s day": (1, 1), "new year's eve": (12, 31),
                      "christmas day": (12, 25), "christmas night": (12, 25), "christmas eve": (12, 24)}[groups["holiday"]]
        return _recent(pub, lambda year: dt.date(year, month, day))
    if groups["relative"]:
        word = groups["relative"]
        if word in ("yesterday", "last night"):
            return pub - dt.timedelta(days=1)
        if word.endswith("weekend"):
            return pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
        return pub
    if groups["period"]:
        if groups["p_year_only"]:
            date = dt.date(int(groups["p_year_only"]), 12, 31)
            return date if date <= pub else None
        month = MONTHS[groups["p_month"]]
        if groups["p_this"]:
            date = dt.date(pub.year, month, calendar.monthrange(pub.year, month)[1])
            return date if date <= pub else None
        if groups["p_year"] or groups["p_last"]:
            year = int(groups["p_year"]) if groups["p_year"] else pub.year - 1
            date = dt.date(year, month, calendar.monthrange(year, month)[1])
            return date if date <= pub else None
        if month == pub.month:
            return pub
        end = dt.date(pub.year, month, calendar.monthrange(pub.year, month)[1])
        return end if end <= pub else dt.date(pub.year - 1, month, calendar.monthrange(pub.year - 1, month)[1])
    if groups["days_ago"]:
        word = groups["days_ago"]
        return pub - dt.timedelta(days=int(word) if word.isdigit() else SMALL[word])
    if groups["last_month"]:
        month = MONTHS[groups["last_month"]]
        year = pub.year if month < pub.month else pub.year - 1
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if groups["prev_month"]:
        return pub.replace(day=1) - dt.timedelta(days=1)
    if groups["last_year"]:
        if groups["last_year"] == "last year":
            return dt.date(pub.year - 1, 12, 31)
        return pub.replace(year=pub.year - 1) if not (pub.month == 2 and pub.day == 29) else pub.replace(year=pub.year - 1, day=28)
    if groups["span_day"]:
        month = MONTHS[groups["span_month"]]
        try:
            if groups["span_year"]:
                return dt.date(int(groups["span_year"]), month, int(groups["span_day"]))
            return _recent(pub, lambda year: dt.date(year, month, int(groups["span_day"])))
        except ValueError:
            return None
    if groups["first_days"]:
        days = groups["first_days"]
        day, month = int(days) if days.isdigit() else SMALL[days], MONTHS[groups["fd_month"]]
        day *= 7 if groups["fd_unit"] == "weeks" else 1
        try:
            if groups["fd_year"]:
                return dt.date(int(groups["fd_year"]), month, day)
            return _recent(pub, lambda year: dt.date(year, month, day))
        except ValueError:
            return None
    if groups["last_months_year"]:
        which = groups["last_months_year"]
        date = dt.date(pub.year - 1 if which == "last year" else int(which), 12, 31)
        return date if date <= pub else None
    if groups["week_month"]:
        month = MONTHS[groups["week_month"]]
        return _recent(pub, lambda year: dt.date(year, month, 7))
    if groups["ye_year"] or groups["ye_year2"]:
        date = dt.date(int(groups["ye_year"] or groups["ye_year2"]), 12, 31)
        return date if date <= pub else None
    if groups["start_year"]:
        date = dt.date(int(groups["start_year"]), 1, 1)
        return date if date <= pub else None
    if groups["half"]:
        which = groups["half_year"]
        year = pub.year - 1 if which == "last year" else int(which) if which[:1].isdigit() else pub.year
        date = dt.date(year, 6, 30) if groups["half"] == "first" else dt.date(year, 12, 31)
        return date if date <= pub else None
    if groups["quarter"] or groups["n_months"]:
        which = groups["part_year"]
        year = pub.year - 1 if which == "last year" else int(which) if which[:1].isdigit() else pub.year
        if groups["quarter"]:
            month = 3 * (["first", "second", "third", "fourth"].index(groups["quarter"].replace("last", "fourth")) + 1)
        else:
            month = SMALL.get(groups["n_months"]) or int(groups["n_months"])
        if not 1 <= month <= 12:
            return None
        date = dt.date(year, month, calendar.monthrange(year, month)[1])
        return date if date <= pub else None
    if groups["year_end"] or groups["end_month"] == "last year":
        year = int(groups["year_end"]) if groups["year_end"] else pub.year - 1
        date = dt.date(year, 12, 31)
        return date if date <= pub else None
    if groups["end_month"]:
        word = groups["end_month"]
        if word == "last month":
            first = pub.replace(day=1) - dt.timedelta(days=1)
            return first
        if word == "the month":
            return pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
        if word == "the year":
            before = match.string[max(0, match.start() - 60):match.start()]
            if not (_AT_BEFORE.search(before) or _BY_BEFORE.search(before) and not _DEADLINE_BEFORE.search(before)):
                return None
            return _recent(pub, lambda year: dt.date(year, 12, 31)) or dt.date(pub.year - 1, 12, 31)
        month = MONTHS[word]
        if groups["end_year"] or groups["end_last"]:
            year = int(groups["end_year"]) if groups["end_year"] else pub.year - 1
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        return _recent(pub, lambda year: dt.date(year, month, calendar.monthrange(year, month)[1]))
    month = MONTHS.get(groups["month"] or groups["month2"] or "")
    day = groups["day"] or groups["day2"]
    year = groups["year"] or groups["year2"] or (str(pub.year - 1) if groups["day_last"] or groups["day2_last"] else None)
    if not month or not day:
        return None
    if not groups["lead"] and not year and not _REPORT_AFTER.match(match.string, match.end()) \
            and not _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return None
    try:
        if year:
            return dt.date(int(year), month, int(day))
        return _recent(pub, lambda year: dt.date(year, month, int(day)))
    except ValueError:
        return None


_WEEKDAY_BEFORE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*$", re.I)
_DAY_MONTH_AFTER = re.compile(r",?\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                              r"|,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                              r"|,?\s+(?:in|of)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?(?:19|20)\d\d\b", re.I)
"""`on Friday 3 May`, `Tuesday, Aug. 13`: the day of the month decides which Friday; `On Black Saturday in February
2009`: a weekday of another year is no recent one."""
_REPORT_AFTER = re.compile(r"\s+(?:report|update|assessment|bulletin|briefing|count|tally|figures|situation report|sitrep)\b", re.I)
"""`compared with 2,700 damaged in their 20 August report`: a report named by its day gives the date of its count."""


ROLLOVER_DAYS = 180


def _recent(pub: dt.date, on_year) -> dt.date | None:
    """A day named without its year: this year's, or last year's when that is recent (a January
    article recalling "December 28"); a day months ahead is no date a figure can refer to."""
    date = on_year(pub.year)
    if date <= pub:
        return date
    earlier = on_year(pub.year - 1)
    return earlier if (pub - earlier).days <= ROLLOVER_DAYS else None


_CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_TIMELINE_LABEL = re.compile(
    r"\s*(?:[-*\u2022]\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+{_MONTH2}|(?:{_MONTH3}\s+)?(?P<year>(?:19|20)\d\d))(?:,?\s+(?P<label_year>(?:19|20)\d\d))?"
    rf"{_CLOCK}\s*(?:[-\u2013\u2014:])\s+"
    rf"|\s*(?:[-*\u2022]\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday){_CLOCK}\s*[-\u2013\u2014:]\s+", re.I)
"""`Sept 2 - The IFRC estimates ...`, `June 18: ...`, `Dec. 16, 1:30 p.m. - ...`, `2019 - Cyclone Kenneth ...`,
`June 2023 - ...`, `Sunday, 15:30 - ...`: a timeline's entry opens with its date."""


def timeline_date(sentence: str, published: str | None, resolved: str | None, entry: str | None = None) -> str | None:
    """The date of a figure in a timeline entry: the entry's label when the sentence dates the figure no other way; a
    label that is a year sets the year of a day the sentence names. `entry` is the first sentence of the paragraph,
    whose label dates the sentences after it."""
    m = _TIMELINE_LABEL.match(sentence) or (_TIMELINE_LABEL.match(entry) if entry else None)
    if m is None or published is None or resolved is None:
        return resolved
    try:
        pub = dt.date.fromisoformat(published)
        found = dt.date.fromisoformat(resolved)
    except ValueError:
        return resolved
    if m.group("weekday"):
        return _weekday_on_or_before(pub, m.group("weekday").lower()).isoformat() if found == pub else resolved
    if m.group("year"):
        year = int(m.group("year"))
        if year > pub.year:
            return resolved
        if found == pub and m.group("month3"):
            month = MONTHS[m.group("month3").lower().rstrip(".")]
            end = dt.date(year, month, calendar.monthrange(year, month)[1])
            return end.isoformat() if end < pub else resolved
        if found == pub:
            return dt.date(year, 12, 31).isoformat() if year < pub.year else resolved
        if found.year != year:
            try:
                return found.replace(year=year).isoformat()
            except ValueError:
                return resolved
        return resolved
    if found != pub:
        return resolved
    month = MONTHS[(m.group("month") or m.group("month2")).lower().rstrip(".")]
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("label_year")) if m.group("label_year") else pub.year
    try:
        label = dt.date(year, month, day)
    except ValueError:
        return resolved
    if label > pub and not m.group("label_year"):
        try:
            label = label.replace(year=year - 1)
        except ValueError:
            return resolved
    return label.isoformat() if label <= pub else resolved


_EARLIER_BY = re.compile(r"\s+(?:(?:a|one)\s+(day|week|fortnight)|(two)\s+weeks)\s+(?:earlier|before|previously)\b", re.I)
_DAYS_EARLIER = {"day": 1, "week": 7, "fortnight": 14, "two": 14}


def earlier_count_date(sentence: str, at: int, date: str | None) -> str | None:
    """`up from 211,319 a week earlier`: a count said to be of a week before is dated a week before the date its
    sentence gives."""
    earlier = _EARLIER_BY.match(sentence, at)
    if earlier is None or not date:
        return date
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return date
    return (day - dt.timedelta(days=_DAYS_EARLIER[(earlier.group(1) or earlier.group(2)).lower()])).isoformat()
