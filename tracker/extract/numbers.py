"""Find the quantities a sentence states: digits, number words, ranges and vague counts.

Values are exact integers computed with `Decimal` ("1.2 million" is 1200000,
never 1199999.9999). Dates, years, times, ordinals, percentages, money and
identifiers ("M23", "Highway 3") are not quantities.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000,
          "crore": 10_000_000, "crores": 10_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000}
_SCALE_WORDS = "|".join(w.replace(" ", r"\s+") for w in sorted(["hundred thousand", *SCALES], key=len, reverse=True))
_SHORT_SCALE_WORDS = "|".join(sorted(SHORT_SCALES, key=len, reverse=True))

VAGUE = {
    "dozens": 24, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000,
}

QUALIFIERS = [
    ("more_than", "more than|over|upwards of|in excess of|just over|well over|above|a little over|past|beyond|topping|"
                  "exceeding|surpassing|exceeds|exceeded|tops|topped|surpasses|surpassed|has passed|had passed|have passed|north of|"
                  "passes"),
    ("at_least", "at least|no fewer than|no less than|a minimum of|not less than|not fewer than"),
    ("less_than", "nearly|almost|close to|just under|fewer than|less than|under|just below|not quite|just shy of|shy of|nearing|"
                  "approaching|near"),
    ("up_to", "up to|as many as|as much as|no more than|not more than|at most"),
    ("approximately", "about|around|some|roughly|approximately|an estimated|estimated|approx\\.|"
                      "an approximate|circa|about some|round about|an average of"),
]
_QUALIFIER_OF = {}
for _name, _words in QUALIFIERS:
    for _w in _words.split("|"):
        _QUALIFIER_OF[_w.replace("\\", "")] = _name

_OR_SO_AFTER = re.compile(r"(?:\s+or\s+so|-odd)\b|\s*\((?:approx\.?|approximately|est\.?|estimated|about)\)", re.I)
_TILDE_BEFORE = re.compile(r"[~\u2248]\s?$")
"""`~270,000 ppl`: a tilde before a number makes it approximate."""
_PLUS_AFTER = re.compile(r"\+(?!\d)|-plus\b")
"""`100,000+`, `38,000-plus houses`: more than the number."""
"""`20,000 or so evacuated`, `300-odd families`: a rough number said after it."""

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")

_WORD_UNIT = "|".join(sorted(SMALL, key=len, reverse=True))
_WORD_NUMBER = (
    r"(?:half\s+a\s+(?:million|billion)|a\s+quarter\s+of\s+a\s+(?:million|billion)"
    r"|three\s+quarters\s+of\s+a\s+(?:million|billion)|(?:one|two|three|a)\s+and\s+a\s+half\s+(?:million|billion)"
    r"|an?(?:[\s-]+(?:hundred|thousand|million|billion|dozen|lakh|crore))+"
    rf"(?:[\s-]+and[\s-]+(?:{'|'.join(sorted(SMALL, key=len, reverse=True))})(?:[\s-]+(?:{'|'.join(sorted(SMALL, key=len, reverse=True))}|thousand|million))*)?"
    rf"|(?:{_WORD_UNIT})(?:(?:[\s-]+|[\s-]+and[\s-]+)(?:{_WORD_UNIT}|hundred|thousand|million|billion|lakhs?|crores?|dozen(?!s)))*)"
)
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s*(?:%|(?:million|billion|bn|mn|mln|per\s*cent|percent|metres?|meters?|km|kilomet(?:re|er)s?|degrees)\b))"
"""`2,6 million`, `8,1 metres`: a comma before one or two digits and a scale or measure is a decimal comma."""
_DIGITS = (rf"{_DECIMAL_COMMA}|\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!\d|,\d)|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
           r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d|[,.]\d)|\d{1,3}(?:\.\d{3}){2,}(?!\d|[,.]\d)|\d+(?:\.\d+)?")
_SCALE = rf"(?:[\s-]*(?:{_SCALE_WORDS})\b|(?:{_SHORT_SCALE_WORDS})\b|[\s\u00a0](?:mn|mln|bn)\b)"
"""`1.2 million`, `3.5m`, `9.3 mn`: a short scale stands apart only when it is no unit of measure (`5 m` is metres)."""
_NUMBER = rf"(?:(?:{_DIGITS}){_SCALE}?|\b{_WORD_NUMBER}\b)"
_QUALIFIER = "|".join(sorted(_QUALIFIER_OF, key=len, reverse=True)).replace(".", r"\.")

_VAGUE = (r"\b(?:(?:several|many|a\s+few)\s+)?(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|"
          r"thousands|hundreds|dozens|millions)\b|\b(?P<several>several|a\s+few|many)\s+(?P<several_scale>thousand|hundred|million)\b")

QUANTITY = re.compile(
    rf"(?:(?P<between>\bbetween\s+)(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})"
    rf"|(?:\b(?P<qualifier>{_QUALIFIER})\s+)?(?P<prefix>[$\u20ac\u00a3\u20b1\u20b9\u20a6\u09f3]|US\$|(?<![\w.])(?:Rs|Php|Ksh|Sh|Rp|Tk|Hr|Hrn|UAH)\.?\s?(?=\d)|(?<![\w.])(?-i:P|R|N|K)(?=\d))?(?P<number>{_NUMBER})"
    rf"(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<number_high>{_NUMBER}))?"
    rf"|(?:\b(?P<vague_qualifier>{_QUALIFIER})\s+)?{_VAGUE})",
    re.I,
)

_PHONE = re.compile(r"\+?\d(?:[\d-]| (?=\d)){6,}\d|\d+(?:[-/]\d+){2,}|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\(\d{2,5}\)\s*\d{3,4}[-\s]?\d{3,4}\b")
_DATE_AFTER = re.compile(rf"\s*(?:{MONTHS})\b\.?", re.I)
_DAY_PAIR_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:and|&|or)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})\b", re.I)
"""`on 19 and 20 September`: the first day of a pair of dates."""
_DATE_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$|\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|&|-|\u2013)\s*$", re.I)
"""`on 5 August`, `between March 18 and 23`: a day of a month, named after the month or after a first day of it."""
_WEEKDAY_BRACKET_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\($", re.I)
"""`on Friday (10)`: the day of the month after its weekday, as Brazilian news writes it."""
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage)", re.I)
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_TIME_AFTER = re.compile(r"(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b|o'clock))|\s+(?-i:[A-Z]{1,3}[SD]?T)\b(?=\s*[-\u2013\u2014:])", re.I)
"""`at 5:30`, `4 p.m.`, `1130 PHT -`: a time of day, the last as a live blog stamps its entries with a time zone."""
_CLOCK_WITH_A_DOT = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_AT_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after)\s+$", re.I)
_TIME_ZONE_AFTER = re.compile(r"\s*(?-i:WIB|WITA|WIT|PHT|ICT|IST|PKT|EAT|WAT|CAT|CET|CEST|BST|EST|EDT|PST|PDT|local time|hrs|h)\b")
"""`as of Friday (3/1) at 12.00 WIB`: a time of day written with a dot."""
_HOUR_OF_DAY_AFTER = re.compile(r"\s*in the (?:morning|afternoon|evening)\b", re.I)
"""`as of 6 in the morning`: an hour, for a number of twelve or less."""
_MONEY_AFTER = re.compile(r"\s*(?-i:(?:U\.S\.|[A-Z][a-z]+|[A-Z]{2,4})\s+)?(?:dollars|euros|pounds|rupees|francs|shillings|birr|pesos|yuan|rand|naira|"
                          r"afghanis|riyals|dinars|hryvnias?|usd|eur|dirhams?|lira|liras|leones|kwacha|cedis|taka|kyats?|pula|dong|baht|rupiah|ringgit|won|yen|rubles|roubles|lempiras|quetzal(?:es)?|soles|reais|bol[ií]vars|manat|lari|tenge|ariary|meticais|gourdes|pounds sterling)\b", re.I)
@functools.lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_before(before: str) -> bool:
    """`PHP 1.2 billion`, `US$ 630 million`, `R$50.9 billion`: an ISO 4217 code or a dollar sign before the number."""
    match = _CODE_BEFORE.search(before)
    if match is None:
        return False
    code = match.group(1)
    return code.endswith("$") or code in _currency_codes()


_CURRENCY_SIGN_BEFORE = re.compile(r"(?:(?<![\w$])(?:RM|Rs\.?|KSh|Ksh|Tk\.?|Rp|GH\u20b5)\s?|[\u20b9\u20a6\u20b1\u20a9\u00a5\u09f3\u20ba\u20b4\u20bd\u20ab])$")
"""`RM150 million`, `Rs 2,000 crore`, `\u20a650,000`: a currency's sign or abbreviation before the number."""
_CURRENCY_LETTER_BEFORE = re.compile(r"(?<![\w$.])(?:[RPNK]|Ks\.?)\s?$")
"""`R500 million`, `P1.2 billion`, `N5,000`, `K 500 million`: a single letter before a large amount is a currency
(rand, peso, naira, kwacha, kyat, kina)."""
_SCALED = re.compile(r"\s*(?:million|billion|bn|m|crore|lakh)\b", re.I)
_CODE_BEFORE = re.compile(r"(?<![\w$])([A-Z]{3}|[A-Z]{1,2}\$)\s?$")
_IDENT_BEFORE = re.compile(r"(?:[A-Za-z]-?|\b[A-Z][A-Za-z]+\.?\s|\b(?:[A-Z]\.){2,3}\s|No\.\s?|#|\bNumber\s)$")
_NOT_NAMES = frozenset(list(_QUALIFIER_OF) + """in on at of by for to and but or with from into about some nearly almost over under
around roughly approximately estimated only just another further the a an all while when since after before as than
more fewer less up no least most another total monday tuesday wednesday thursday friday saturday sunday yesterday today
tonight overnight altogether overall meanwhile now then already also still thus earlier later separately elsewhere
nationwide together""".split())
_PHONE_BEFORE = re.compile(r"\b(?:hotline|helpline|phone|telephone|call|dial|fax|tel|whatsapp|sms|text|(?:emergency|help|phone|toll-free)\s+line)\b"
                           r"\W{0,4}(?:number\W{0,3})?(?:(?:on|at|is)\s+)?$", re.I)
_DIGITS_JOINED_BEFORE = re.compile(r"(?<![\d,.])\d{3,}-$")
"""`texting READYLA to 888-777`: digits hyphened to a group of digits that is no range with them are one code."""
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_RANGE_FROM_BEFORE = re.compile(r"(?:^\W*|[,;:(]\s*|\b(?:anywhere|ranging|ranges|range|ranged|varying|vary|varies|varied)\s+)from\s+$", re.I)
"""`rose from 3,000 to 5,000` tells a change, two counts; `From 3,000 to 5,000 people fled` and `anywhere from ...` a range."""
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True)
class Quantity:
    value: int
    qualifier: str
    start: int
    end: int
    number_start: int
    value_high: int | None = None
    kind: str = "count"
    """`count`; or why it is no count: `year`, `date`, `percent`, `money`, `time`, `ordinal`, `identifier`, `phone`."""

    @property
    def vague(self) -> bool:
        return self.qualifier == "vague"

    @property
    def is_count(self) -> bool:
        return self.kind == "count"


_DIGIT_PHRASE = re.compile(rf"([\d.,\u00a0\u202f\u2009 ]+?)\s*({_SCALE_WORDS}|{_SHORT_SCALE_WORDS})?")
_GROUP_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009 ]")
HAS_DIGIT = re.compile(r"\d")


def clause_comma(text: str, start: int = 0, end: int | None = None) -> int:
    """The first comma in text[start:end] that can end a clause, or -1: the comma of `30,000` groups digits."""
    end = len(text) if end is None else end
    at = text.find(",", start, end)
    while at != -1 and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.find(",", at + 1, end)
    return at


def last_clause_comma(text: str, start: int = 0, end: int | None = None) -> int:
    """The last comma in text[start:end] that can end a clause, or -1."""
    end = len(text) if end is None else end
    at = text.rfind(",", start, end)
    while at != -1 and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
        at = text.rfind(",", start, at)
    return at
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""`2.150 residents`, `13.000 residents`: no count has a fraction of three decimals, so the dot groups thousands (as in
Indonesian or German)."""
_DECIMAL_COMMA_DIGITS = re.compile(r"\d{1,3},\d{1,2}")
_SCALE_AT_END = re.compile(rf"(?<![a-z])({_SCALE_WORDS}|{_SHORT_SCALE_WORDS})\s*$", re.I)


def _scale_factor(words: str) -> int:
    """`hundred thousand` is 100,000; `lakh` 100,000; `bn` a billion."""
    factor = 1
    for part in words.lower().split():
        factor *= SCALES.get(part) or SHORT_SCALES[part]
    return factor


def parse_number(text: str) -> int | None:
    """The exact integer a number phrase states: "1.2 million", "359,000", "half a million"."""
    phrase = re.sub(r"\s+", " ", text.strip().lower().replace("-", " ").replace("\u2011", " "))
    if not phrase:
        return None
    match = _DIGIT_PHRASE.fullmatch(phrase)
    if match and HAS_DIGIT.search(match.group(1)):
        raw = match.group(1).strip()
        digits = raw.replace(",", ".") if _DECIMAL_COMMA_DIGITS.fullmatch(raw) else _GROUP_SEPARATORS.sub("", raw)
        try:
            number = Decimal(digits)
        except InvalidOperation:
            return None
        if match.group(2):
            number *= _scale_factor(match.group(2))
        return int(number) if number == number.to_integral_value() else None
    return _parse_words(phrase)


def _parse_words(phrase: str) -> int | None:
    fraction = re.fullmatch(r"(half|a quarter of|three quarters of) an? (million|billion)", phrase)
    if fraction:
        part = {"half": Decimal("0.5"), "a quarter of": Decimal("0.25"), "three quarters of": Decimal("0.75")}
        return int(part[fraction.group(1)] * SCALES[fraction.group(2)])
    and_half = re.fullmatch(r"(one|two|three|a) and a half (million|billion)", phrase)
    if and_half:
        whole = 1 if and_half.group(1) in ("one", "a") else SMALL[and_half.group(1)]
        return int((whole + Decimal("0.5")) * SCALES[and_half.group(2)])
    if phrase in ("a dozen", "dozen"):
        return 12
    if phrase.endswith(" dozen"):
        base = _parse_words(phrase[:-6])
        return base * 12 if base else None
    total = current = 0
    seen = False
    for word in phrase.split():
        if word == "and":
            continue
        if word in ("a", "an"):
            if seen:
                return None
            current, seen = 1, True
        elif word in SMALL:
            current += SMALL[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    result = total + current
    return result if seen else None


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number phrase in a sentence, counts and non-counts alike, in order."""
    masked = sentence
    for match in _PHONE.finditer(sentence):
        if not re.fullmatch(r"\d{1,3}(?:[ ,]\d{3})+", match.group().strip()):
            masked = masked[:match.start()] + "#" * (match.end() - match.start()) + masked[match.end():]
    out: list[Quantity] = []
    for match in _matches(masked):
        quantity = _quantity(masked, match)
        if quantity is None:
            continue
        if out and _same_in_digits(masked, out[-1], quantity):
            previous = out.pop()
            quantity = Quantity(previous.value, previous.qualifier, previous.start, quantity.end + 1, previous.number_start,
                                previous.value_high, previous.kind)
        if out and out[-1].kind == "money" and quantity.kind == "count" and _ALTERNATIVE_AMOUNT.fullmatch(masked, out[-1].end, quantity.start) \
                and _AMOUNT_GOES_ON.match(masked, quantity.end):
            quantity = dataclasses.replace(quantity, kind="money")
        out.append(quantity)
        if match.group("number_high") and quantity.end < match.start("number_high"):
            later = QUANTITY.match(masked, match.start("number_high"))
            following = _quantity(masked, later) if later else None
            if following is not None:
                out.append(following)
    return out


_ALTERNATIVE_AMOUNT = re.compile(r"(?:\s+[a-z]+){0,2}?\s*,?\s*(?:or|and|to|rising\s+to|up\s+to|and\s+up\s+to|or\s+up\s+to)\s+")
_AMOUNT_GOES_ON = re.compile(r"\s*(?:[.;)]|,(?!\s+(?:\w+\s+){0,3}(?:were|was|had|have|has|are|fled|left)\b)|$|\s(?:for|per|each|a|an|if|when|depending|every)\b)")
"""`a monthly allowance of 2,000 hryvnias, or 3,000 for children`: a bare number offered after a sum of money is
another sum, not a count of the people it is for."""


_ANCHOR = re.compile(
    rf"\d|\b(?:{_WORD_UNIT}|hundred|thousand|million|billion|dozens?|hundreds|thousands|millions|half|quarter|quarters)\b", re.I)
_LOOKBEHIND = 40


def _same_in_digits(text: str, words: Quantity, digits: Quantity) -> bool:
    """`eight (8) families`, `sixteen (16) camps`: the figure in digits after its words is the same number."""
    return words.value == digits.value and not text[words.number_start].isdigit() \
        and bool(re.fullmatch(r"\s*\(\s*", text[words.end:digits.start])) and text[digits.end:digits.end + 1] == ")"


def _matches(text: str):
    """QUANTITY matches, searched only near digits and number words: most of a sentence holds neither."""
    pos = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < pos:
            continue
        match = QUANTITY.search(text, max(pos, anchor.start() - _LOOKBEHIND))
        while match is not None and match.end() <= anchor.start():
            match = QUANTITY.search(text, match.end())
        if match is None:
            return
        if match.start() > anchor.end():
            continue
        yield match
        pos = match.end()


def _quantity(text: str, match: re.Match) -> Quantity | None:
    groups = match.groupdict()
    if groups["vague"] or groups["several"]:
        if groups["vague"]:
            key = re.sub(r"\s+", " ", groups["vague"].lower())
            value = VAGUE[key]
            number_start = match.start("vague")
        else:
            value = VAGUE[groups["several_scale"].lower() + "s"]
            number_start = match.start("several")
        return Quantity(value, "vague", match.start(), match.end(), number_start)
    if groups["between"]:
        high = parse_number(groups["high"])
        low = _share_scale(parse_number(groups["low"]), high, groups["low"], groups["high"]) if high else None
        if low is None or high is None:
            return None
        if high <= 31 and _DATE_AFTER.match(text, match.end()):
            return Quantity(low, "exact", match.start(), match.end(), match.start("low"), value_high=high, kind="date")
        if _currency_before(text[max(0, match.start("low") - 8):match.start("low")]):
            return Quantity(low, "range", match.start(), match.end(), match.start("low"), value_high=high, kind="money")
        if _YEAR.match(groups["low"].strip()) and _YEAR.match(groups["high"].strip()):
            return Quantity(low, "range", match.start(), match.end(), match.start("low"), value_high=high, kind="year")
        return Quantity(low, "range", match.start(), match.end(), match.start("low"), value_high=high)
    raw = groups["number"]
    value = parse_number(raw)
    if _DOT_THOUSANDS.fullmatch(raw.strip()) and (value is None or raw.strip().endswith("000")):
        value = int(raw.strip().replace(".", ""))
    if value is None and groups["number_high"]:
        high = parse_number(groups["number_high"])
        value = _share_scale(None, high, raw, groups["number_high"]) if high else None
    if value is None:
        return None
    start, end = match.start(), match.end()
    number_start, number_end = match.start("number"), match.end("number")
    qualifier = _QUALIFIER_OF.get(re.sub(r"\s+", " ", (groups["qualifier"] or "").lower()), "exact")
    tilde = _TILDE_BEFORE.search(text, max(0, start - 3), start) if qualifier == "exact" and not groups["prefix"] else None
    if tilde:
        qualifier, start = "approximately", tilde.start()
    elif qualifier == "exact" and not groups["number_high"] and _OR_SO_AFTER.match(text, end):
        qualifier = "approximately"
    elif qualifier == "exact" and not groups["number_high"] and _PLUS_AFTER.match(text, end):
        qualifier = "more_than"
    kind = _kind(text, number_start, number_end, raw, groups)
    if kind == "count" and groups["number_high"] and _DATE_AFTER.match(text, match.end()) \
            and re.fullmatch(r"\d{1,2}", raw.strip()) and re.fullmatch(r"\d{1,2}", groups["number_high"].strip()):
        kind = "date"
    value_high = None
    if groups["number_high"]:
        high = parse_number(groups["number_high"])
        if high is None or kind != "count" or _FROM_BEFORE.search(text, 0, start) and not _RANGE_FROM_BEFORE.search(text, 0, start):
            end = match.start("number_high") - 1 if high is None or kind == "date" and high > 31 else end
            if high is not None and kind == "count":
                return Quantity(value, qualifier, start, number_end, number_start)
        else:
            value = _share_scale(value, high, raw, groups["number_high"])
            if high > value:
                value_high, qualifier = high, "range"
            else:
                return Quantity(value, qualifier, start, number_end, number_start, kind="identifier")
    return Quantity(value, qualifier, start, end, number_start, value_high=value_high, kind=kind)


def _share_scale(low: int | None, high: int, low_text: str, high_text: str) -> int | None:
    """`between 1 and 2 million`: the low end takes the high end's scale word."""
    scale = _SCALE_AT_END.search(high_text.strip())
    if scale and low is not None and low < 1000 and re.fullmatch(r"[a-z -]+", low_text.strip(), re.I) \
            and not _SCALE_AT_END.search(low_text.strip()) and high >= 1000:
        scaled_word = low * _scale_factor(scale.group(1))
        if scaled_word == int(scaled_word) and scaled_word < high:
            return int(scaled_word)
    if scale and not re.search(r"[a-z]\s*$", low_text.strip(), re.I) and high >= 1000:
        factor = _scale_factor(scale.group(1))
        try:
            scaled = Decimal(re.sub(r"[,\s]", "", low_text)) * factor
        except InvalidOperation:
            return low
        if scaled == scaled.to_integral_value() and scaled < high:
            return int(scaled)
    return low


_DEGREES_AFTER = re.compile(r"\s?(?:\u00b0|\u2103|\u2109|degrees?\b)")
_TEMPERATURE_BEFORE = re.compile(r"\b(?:[Tt]emperatures?|[Tt]emps|[Hh]eat index)\s+(?:(?:of|above|over|below|under|around|near|"
                                 r"exceeding|topping|reaching|hitting|hit|reached|rose\s+to|rising\s+to|dropped\s+to|falling\s+to|fell\s+to)\s+)+$")
"""`night temps drop to 5°C`, `42 degrees`, `temperatures above 30`: a temperature."""


def _kind(text: str, start: int, end: int, raw: str, groups: dict) -> str:
    digits = raw.strip()
    before = text[max(0, start - 24):start]
    after = text[end:end + 24]
    if groups["prefix"] or _MONEY_AFTER.match(after) or re.search(r"[$\u20ac\u00a3]\s*$", before) or _currency_before(before) \
            or _CURRENCY_SIGN_BEFORE.search(before) or _CURRENCY_LETTER_BEFORE.search(before) and ("," in digits or _SCALED.search(after) or _SCALED.search(digits)):
        return "money"
    if re.search(r"bn$", digits, re.I):
        return "money"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if _DEGREES_AFTER.match(after) or _TEMPERATURE_BEFORE.search(before):
        return "temperature"
    if not digits[:1].isdigit():
        return "count"
    if _TIME_AFTER.match(after) or _HOUR_OF_DAY_AFTER.match(after) and digits.isdigit() and int(digits) <= 12:
        return "time"
    if _CLOCK_WITH_A_DOT.fullmatch(digits) and (_AT_BEFORE.search(before) or _TIME_ZONE_AFTER.match(after)):
        return "time"
    if _PHONE_BEFORE.search(before) or _DIGITS_JOINED_BEFORE.search(before) and digits.isdigit():
        return "phone"
    if _ORDINAL_AFTER.match(after):
        return "ordinal"
    if _SERVICE_NUMBER_AFTER.match(after) and re.search(r"\b(?:the|its|a)\s+$", before, re.I):
        return "identifier"
    if digits.isdigit() and len(digits) <= 3 and _NUMBERED_WAY_BEFORE.search(before) and not _PEOPLE_OR_HOUSES_NEXT.match(after):
        return "identifier"
    if (_DATE_AFTER.match(after) or _DAY_PAIR_AFTER.match(after)) and int(re.sub(r"\D", "", digits) or 0) <= 31 and "," not in digits:
        return "date"
    if _DATE_BEFORE.search(before) and "," not in digits and int(re.sub(r"\D", "", digits.split(".")[0]) or 0) <= 31:
        return "date"
    if _WEEKDAY_BRACKET_BEFORE.search(before) and after.startswith(")") and digits.isdigit() and int(digits) <= 31:
        return "date"
    if digits.isdigit() and len(digits) <= 2 and (_SLASH_DAY_AFTER.match(after) or _SLASH_DAY_BEFORE.search(before)):
        return "date"
    if _YEAR.match(digits) and not (_COUNT_QUALIFIER_BEFORE.search(before) and _PEOPLE_OR_HOUSES_NEXT.match(after)):
        return "year"
    if digits.isdigit() and int(digits) <= 200 and _AGE_OF_A_THING_BEFORE.search(before) and _HEADLINE_BREAK.match(after):
        return "ordinal"
    if text[max(0, start - 1):start] == ":" and re.match(r"\d\d\b", digits):
        return "time"
    ident = _IDENT_BEFORE.search(before)
    if ident and not ident.group().rstrip().endswith(".") and ident.group().strip().lower() in _NOT_NAMES:
        ident = None
    if re.match(r"\d", digits) and ident and "," not in digits and not re.search(r"[a-z]", digits, re.I) \
            and int(float(digits)) < 1000 and not re.search(r"\b(?:and|to|by|of|than|with|in|on|at|about|some)\s$", before, re.I) \
            and not _in_a_list_of_counts(text, start, end) \
            and not (_IN_A_PLACE_BEFORE.search(before) and _PEOPLE_OR_HOUSES_NEXT.match(after)):
        return "identifier"
    if text[end:end + 1].isalpha() and not _ORDINAL_AFTER.match(text, end):
        return "identifier"
    if ident and digits.isdigit() and ident.group()[:1].isupper() and _SPEAKS_AFTER_A_NAME.match(after):
        return "identifier"
    listed = _IDENT_LIST_BEFORE.search(before)
    if listed and re.fullmatch(r"\d{1,3}", digits) and listed.group(1).lower() not in _NOT_NAMES \
            and listed.group(1).lower()[:3] not in _MONTH_STEMS:
        return "identifier"
    return "count"


_COUNT_QUALIFIER_BEFORE = re.compile(rf"(?<!\bin )(?<!\bsince )(?<!\bfrom )(?<!\buntil )(?<!\bby )(?<!\bof )\b(?:{_QUALIFIER})\s+$", re.I)
_PEOPLE_OR_HOUSES_NEXT = re.compile(r"\s+(?:[A-Z][\w'\u2019-]+\s+|new\s+|more\s+|other\s+|displaced\s+)?(?:people|persons|residents|"
                                    r"families|households|houses|homes|refugees|migrants|returnees|evacuees|villagers|children)\b")
"""`about 2000 Somali refugees`: a round number a qualifier counts, before the people it counts, is no year."""
_NUMBERED_WAY_BEFORE = re.compile(r"\b(?:national|state|provincial|federal|main|trunk|regional)\s+(?:road|route|highway|motorway)\s+(?:No\.?\s*)?$"
                                  r"|\b(?:road|route|highway|motorway|exit|gate|kilometre|km|lane|platform|berth|pier)\s+$", re.I)
"""`along national road 6`, `near exit 12`: a road, gate or marker named by its number."""
_IN_A_PLACE_BEFORE = re.compile(r"(?:^|[,;]\s*|\b(?:while|and|but|whereas)\s+)(?:[Ii]n|[Aa]t)\s+"
                                r"(?!(?:Camp|Block|Zone|Sector|Ward|Phase|Area|Section|Site|Gate|Building|Room|Hall|Row|Unit|Lot|Plot|"
                                r"Street|Road|Route|Highway|Level|Grade|Class|Tent|Line|Village|Shelter|Centre|Center|School)\b)"
                                r"[A-Z][\w'\u2019-]+\s+$")
"""`while in Dhubri 48 houses were washed away`: a count after the place it happened in, not a numbered name."""
_SERVICE_NUMBER_AFTER = re.compile(r"\s+(?:emergency|alert|helpline|hotline|rescue)\s+(?:number|line|system|service|alert|messages?|call)s?\b"
                                   r"|\s+(?:helpline|hotline)\b", re.I)
"""`through the 112 emergency number`, `the 1122 rescue service`: a telephone number names a service."""
_SLASH_DAY_AFTER = re.compile(r"/\d{1,2}(?:/\d{2}(?:\d{2})?)?(?![\d/,.]\d)")
_SLASH_DAY_BEFORE = re.compile(r"(?<![\d/,.])(?:\d{1,2}|(?:19|20)\d\d)/$")
"""`on Wednesday (6/11)`, `24/7`, `in 2023/24`: small numbers joined by a slash make a date, a season or a ratio,
never a count."""
_AGE_OF_A_THING_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:stood|stands|stand|put|puts|is|was|are|were|remained|remains|peaked|"
                                    r"estimated|capped|set|totalled|totaled)\b)[A-Za-z'\u2019]+\s+(?:at|turns|turning)\s+$")
_HEADLINE_BREAK = re.compile(r"\s*(?::|\s[-\u2013\u2014]\s|$)")
"""`Syria's war at 10: what the numbers say`, `Katrina at 20: Coast remembers`: the age of an event in a headline."""


_SPEAKS_AFTER_A_NAME = re.compile(r"\s+(?:said|says|told|reported|teams?|rescuers|personnel|staff|spokesm[ae]n|spokesperson)\b")
"""`Rescue 1122 said it had evacuated 3,500 people`: a number that ends a name which then speaks is part of the name."""


_PAIR_AFTER_SEPARATOR = re.compile(r"[(;]\s*(?:[A-Z][\w'\u2019\u00c0-\u024f-]*\s+){1,3}$")


def _in_a_list_of_counts(text: str, start: int, end: int) -> bool:
    """`Homes destroyed: 6,028 (Viña del Mar 4,950; Quilpué 896; Villa Alemana 182)`: a name and a number in a list of
    such pairs, set apart by semicolons in brackets, is a count for that place, not a numbered thing."""
    if not _PAIR_AFTER_SEPARATOR.search(text, max(0, start - 40), start):
        return False
    opening = text.rfind("(", 0, start)
    return opening != -1 and ")" not in text[opening:start] and (";" in text[opening:start] or text[end:end + 1] == ";")


_MONTH_STEMS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_IDENT_LIST_BEFORE = re.compile(r"\b([A-Z][a-z]+|camps|blocks|sectors|zones|wards)\s+\d{1,3}[A-Z]?(?:\s*,\s*\d{1,3}[A-Z]?)*\s*(?:,|and|or|&)\s*$")
"""`Camps 10 and 11`, `Blocks 4, 5 and 6`, `camps 8E, 8W, 9 and 10`: every number of a list of named units is a name;
`Since July 2, 312 houses` lists no units."""
