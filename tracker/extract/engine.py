"""The rule-based extractor: from an article to its displacement figures.

For each sentence that holds both a number and a displacement word, every
quantity is read with its head noun (people, families, houses, or a thing that
is no figure), then tied to the displacement cue of its own clause: the words
after it up to the next quantity, else the words before it, else those of the
quantity it is coordinated with ("... 500,000 people and Odisha about
150,000"). A quantity with no such tie is no figure: missing a figure is
better than inventing one.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from tracker.extract import lexicon as lx
from tracker.extract.attribution import figure_source, row_source
from tracker.extract.dates import resolve_date
from tracker.extract.geography import (WHERE_BEFORE, figure_countries, figure_location, is_actor, is_place_mention,
                                       prefer_known, refugee_moves)
from tracker.extract.numbers import Quantity, find_quantities
from tracker.extract.places import Place, find_places
from tracker.extract.sources import find_sources
from tracker.extract.text import Sentence, bullet_length, is_table_row, sentences, strip_dateline
from tracker.model import TERMS, Article, Figure

TRIGGER = re.compile(
    r"displac|fle[de]|flee|refuge|evacu|shelter|homeless|destr|damag|return|camp|asylum|uproot|idp|cross|razed"
    r"|flatten|washed|swept|burn|lost (?:their|his|her) home|went back|gone back|came back|escap|forced|driven|stay|sleep|living"
    r"|moved|relocat|collaps|level|rubble|torch|ablaze|on fire|evict|left their|abandon|exodus|hous|sites|host|of them|of those|of whom"
    r"|centre|center|safety|famil|household|among them|among those")
"""Displacement stems, on lower-cased text: case-insensitive matching of so many words is several times slower."""
HAS_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|scores)\b")
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


@dataclass
class ArticleContext:
    text: str
    published: str | None
    places: list[Place]
    main_country: str | None
    paragraph_countries: dict[int, list[str]]
    units: list[Sentence]
    _causes: tuple[dict[int, str], str] | None = None
    _place_starts: list[int] | None = None
    _sources: dict = field(default_factory=dict)
    _causes_of: dict = field(default_factory=dict)
    demonyms: dict[str, float] = field(default_factory=dict)
    refugee_origins: list[str] = field(default_factory=list)
    last_place: tuple[int, str] | None = None
    """(paragraph, country) of the last figure: a figure whose sentence names no place continues it."""

    def cause_cues(self, masked: str) -> list[tuple[int, int, str]]:
        """(start, end, cause) of every cause word of a sentence, found once."""
        found = self._causes_of.get(masked)
        if found is None:
            found = self._causes_of[masked] = [(m.start(), m.end(), cause) for cause, pattern in lx.CAUSE_CUES.items()
                                               for m in pattern.finditer(masked)]
        return found

    def sources(self, sentence: str):
        """Source mentions of a sentence, found once per article: "the agency said" looks back."""
        found = self._sources.get(sentence)
        if found is None:
            found = self._sources[sentence] = find_sources(sentence)
        return found

    def places_between(self, start: int, end: int) -> list[Place]:
        if self._place_starts is None:
            self._place_starts = [p.start for p in self.places]
        return self.places[bisect.bisect_left(self._place_starts, start):bisect.bisect_left(self._place_starts, end)]

    def background_cause(self, paragraph: int) -> str:
        """The cause of a paragraph, else of the whole article, counted once when first asked."""
        if self._causes is None:
            self._causes = _background_causes(self.units)
        by_paragraph, article = self._causes
        found = by_paragraph.get(paragraph, "unknown")
        return found if found != "unknown" else article


def extract_figures(article: Article) -> list[Figure]:
    """Every displacement figure of an article, one per distinct count, in text order."""
    text = article.text
    units = sentences(text)
    lists = _list_rows(units)
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    numbers = _hits(HAS_NUMBER, lower, units)
    if not numbers:
        return []
    triggers = _hits(TRIGGER, lower, units)
    candidates = [(i, s) for i, s in enumerate(units) if i in numbers
                  and (i in triggers or i in lists and any(TRIGGER.search(line.lower()) for line in lists[i].context_lines()))]
    if not candidates:
        return []
    context = _context(article, units)
    figures: list[Figure] = []
    previous: Figure | None = None
    for index, sentence in candidates:
        found = _sentence_figures(sentence, units, context, previous, lists.get(index))
        if found:
            previous = found[-1]
        figures.extend(found)
    return _deduplicate(figures, article.date)


def _hits(pattern: re.Pattern, text: str, units: list[Sentence]) -> set[int]:
    """The sentences in which a pattern occurs, searching on from the end of each sentence found."""
    starts = [u.start for u in units]
    found: set[int] = set()
    pos = 0
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return found
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.start() < units[index].end:
            found.add(index)
            pos = units[index].end
        else:
            pos = starts[index + 1] if index + 1 < len(starts) else len(text)


@dataclass(frozen=True)
class ListRow:
    """A row of a bulleted list or table: it reads its measure from the line introducing the list
    and its source from the list's `Source:` line."""
    intro: Sentence | None
    source_line: Sentence | None
    header: list[str] | None = None

    def context_lines(self) -> list[str]:
        return [line for line in ((self.intro.text if self.intro else ""), " ".join(self.header or ())) if line]


_SOURCE_LINE = re.compile(r"^\s*(?:sources?|data|figures)\s*:", re.I)


def _list_rows(units: list[Sentence]) -> dict[int, ListRow]:
    """Rows of bulleted lists and of bulletin tables, each with the lines that give it meaning."""
    rows: dict[int, ListRow] = {}
    index = 0
    while index < len(units):
        is_row = _row_kind(units[index])
        if not is_row:
            index += 1
            continue
        first = index
        while index < len(units) and _row_kind(units[index]) == is_row and units[index].paragraph == units[first].paragraph:
            index += 1
        intro = units[first - 1] if first > 0 and not units[first - 1].is_title else None
        if intro is not None and not (intro.text.rstrip().endswith(":") or intro.text.isupper()
                                      or intro.paragraph == units[first].paragraph):
            intro = None
        header = None
        if is_row == "table" and "|" in units[first].text and not HAS_DIGIT.search(units[first].text):
            header = [cell.strip() for cell in units[first].text.split("|")]
        source_line = units[index] if index < len(units) and _SOURCE_LINE.match(units[index].text) else None
        for row in range(first, index):
            rows[row] = ListRow(intro, source_line, header)
    return rows


HAS_DIGIT = re.compile(r"\d")


def _row_kind(unit: Sentence) -> str | None:
    if unit.is_title:
        return None
    if bullet_length(unit.text):
        return "bullet"
    if is_table_row(unit.text) or "|" in unit.text and not _SOURCE_LINE.match(unit.text):
        return "table"
    return None


def _cell_label(text: str, q: Quantity, row: ListRow) -> str | None:
    """The words a table cell's number is read with: its own `Label:`, else its column's header."""
    before = text[:q.start]
    cell = before[before.rfind("|") + 1:]
    if ":" in cell:
        return cell[:cell.rfind(":")]
    if row.header:
        column = before.count("|")
        return row.header[column] if column < len(row.header) else None
    return None


def _read_label(cand: Candidate, label: str) -> None:
    """Unit, term or rejection of a table cell from its label ("Persons in safety centres", "Deaths")."""
    lower = label.lower()
    if lx.NEGATIVE_CUES.search(lower) or _LABEL_NEGATIVE.search(lower):
        cand.rejected = "negative label"
        return
    noun, _, kind = _head_noun(" " + label, 0)
    for word in re.findall(r"[a-z-]+", lower):
        if word in lx.HOUSEHOLD_NOUNS:
            kind = "households"
        elif word in ("shelters", "shelter") and not _DAMAGE.search(lower):
            kind = "nonfigure"
        elif word in lx.HOUSE_NOUNS:
            kind = "houses"
        elif word in lx.PEOPLE_NOUNS or word in lx.POPULATION_NOUNS:
            kind = "people"
        elif word in lx.NONFIGURE_NOUNS:
            kind = "nonfigure"
        else:
            continue
        break
    if kind in ("nonfigure", None) and not cand.unit:
        cand.rejected = "label counts no people or houses" if kind else cand.rejected
        if kind:
            return
    if kind in ("people", "households", "houses"):
        cand.unit = kind
    cues = _Cues(lower)
    cand.label_terms = {t for _, t in cues.between(0, len(lower))} | ({_noun_term(lower)} - {None})


_LABEL_NEGATIVE = re.compile(r"\b(?:deaths?|dead|died|injured|missing|affected|at risk|in need|open|enabled|operating|available)\b")


def _context(article: Article, units: list[Sentence]) -> ArticleContext:
    text = article.text
    places = [p for p in find_places(text) if p.iso3 and is_place_mention(text, p)]
    weights: dict[str, float] = {}
    starts = [(s.start, s.end, s.paragraph, s.is_title) for s in units]
    named: set[str] = set()
    datelines = [(s.start, s.start + strip_dateline(s.text)) for s in units if not s.is_title and s.paragraph == 1]
    places = [p for p in places if not any(a <= p.start < b for a, b in datelines)]
    for place in places:
        if place.kind in ("country", "demonym", "admin1") or len(place.candidates) <= 1:
            para, title = _paragraph_at(starts, place.start)
            weight = {"country": 1.0, "demonym": 0.6, "admin1": 0.5}.get(place.kind, 0.4)
            if is_actor(text, place):
                weight *= 0.3
            elif WHERE_BEFORE.search(text, max(0, place.start - 12), place.start):
                weight *= 2
            weights[place.iso3] = weights.get(place.iso3, 0.0) + weight * (2 if title or para <= 1 else 1)
        if place.kind in ("country", "demonym"):
            named.add(place.iso3)
    if article.country_hint:
        weights[article.country_hint] = weights.get(article.country_hint, 0.0) + 100
        named.add(article.country_hint)
    places = [p for p in (prefer_known(p, weights) for p in places)
              if p.kind in ("country", "demonym", "region", "admin1") or p.iso3 in named]
    paragraph_countries: dict[int, list[str]] = {}
    for place in places:
        if place.kind == "demonym" or is_actor(text, place):
            continue
        para, title = _paragraph_at(starts, place.start)
        paragraph_countries.setdefault(para, []).append(place.iso3)
    main = max(sorted(weights), key=lambda k: weights[k]) if weights else None
    demonyms: dict[str, float] = {}
    for place in places:
        if place.kind == "demonym" and not is_actor(text, place):
            demonyms[place.iso3] = demonyms.get(place.iso3, 0.0) + 1
    return ArticleContext(text=text, published=article.date, places=places, main_country=main,
                          paragraph_countries=paragraph_countries, units=units, demonyms=demonyms)


def _paragraph_at(starts, offset):
    for start, end, para, title in starts:
        if start <= offset < end:
            return para, title
    return 99, False


def _background_causes(units: list[Sentence]) -> tuple[dict[int, str], str]:
    totals = {"conflict": 0.0, "disaster": 0.0, "other": 0.0}
    by_paragraph: dict[int, list[str]] = {}
    for s in units:
        by_paragraph.setdefault(s.paragraph, []).append(s.text)
    causes = {}
    for para, texts in by_paragraph.items():
        counts = _cause_counts(" ".join(texts))
        for cause, n in counts.items():
            totals[cause] += n * (2 if para <= 1 else 1)
        causes[para] = _pick_cause(counts)
    return causes, _pick_cause(totals)


def _cause_counts(text: str) -> dict[str, float]:
    lower = text.lower()
    return {cause: float(len(pattern.findall(lower))) for cause, pattern in lx.CAUSE_CUES.items()}


def _pick_cause(counts: dict[str, float]) -> str:
    best = max(("conflict", "disaster", "other"), key=lambda c: counts.get(c, 0))
    return best if counts.get(best, 0) > 0 else "unknown"


def _sentence_figures(sentence: Sentence, units, context: ArticleContext, previous: Figure | None,
                      row: ListRow | None = None) -> list[Figure]:
    text = sentence.text
    skip = bullet_length(text) or (strip_dateline(text) if not sentence.is_title else 0)
    quantities = [q for q in find_quantities(text) if q.start >= skip]
    if not quantities:
        return []
    sources = context.sources(text)
    masked = _mask(text.lower(), [(m.start, m.end) for m in sources])
    candidates = [_read_quantity(text, masked, q, previous) for q in quantities]
    if row is not None:
        for cand in candidates:
            label = _cell_label(text, cand.quantity, row) if cand.rejected is None else None
            if label is not None:
                _read_label(cand, label)
    live = [c for c in candidates if c.rejected is None]
    _link_partitives(text, live)
    if not live:
        return []
    places = [Place(p.name, p.iso3, p.kind, p.start - sentence.start, p.end - sentence.start, p.candidates)
              for p in context.places_between(sentence.start + skip, sentence.end)]
    spoken_for = [p for p in places if p.kind == "country" and text.startswith(("'s", "\u2019s"), p.end)
                  and any(s.start <= p.start < s.end and s.code == "GOV" for s in sources)]
    places = [p for p in places if not any(s.start <= p.start < s.end for s in sources)]
    _assign_terms(text, masked, live, previous, places, row)
    figures = []
    for index, cand in enumerate(live):
        if cand.rejected or cand.term is None:
            continue
        unit = cand.unit or _inherited_unit(live, index, previous, cand) or _default_unit(cand.term)
        if not _unit_fits(unit, cand.term):
            continue
        segment = _segment(live, index, len(text))
        figure = _figure(sentence, cand, unit, segment, places, sources, units, context, masked, spoken_for)
        if row is not None and figure.source is None:
            figure.source = row_source(row, context)
        if figure.source is None and figures:
            figure.source = figures[-1].source
        figures.append(figure)
    return figures


def _mask(text: str, spans) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _read_quantity(text: str, masked: str, q: Quantity, previous: Figure | None) -> Candidate:
    cand = Candidate(q)
    if q.kind == "year":
        if not _head_noun(text, q.end)[0]:
            cand.rejected = "year"
            return cand
    elif not q.is_count:
        cand.rejected = q.kind
        return cand
    before = text[:q.start]
    after = text[q.end:]
    if lx.AGE_BEFORE.search(before) and lx.AGE_AFTER.match(after) and q.value < 130 or lx.AGED.search(before) \
            or re.match(r"^(?:-year-old|\s+years? old|-month-old)", after):
        cand.rejected = "age"
        return cand
    if q.value < 100 and not q.vague and not text[q.number_start:q.end][:1].isdigit() and _PARTITIVE_OF.match(text, q.end):
        cand.rejected = "one of the ..."
        return cand
    if _DAILY_BEFORE.search(before):
        cand.rejected = "a daily rate"
        return cand
    if _POSSESSIVE_PRONOUN.search(before) and q.value < 100:
        cand.rejected = "a family's own count"
        return cand
    if lx.CAPACITY_BEFORE.search(before) or lx.RATE_AFTER.match(_after_noun(text, q.end)) or lx.RATIO_AFTER.match(after):
        cand.rejected = "capacity, rate or ratio"
        return cand
    if lx.PARTITIVE_THEM.match(after) or _OF_THOSE_BEFORE.search(before):
        cand.partitive_them = True
        cand.inherited = previous
        them = lx.PARTITIVE_THEM.match(after)
        cand.noun_end = q.end + (them.end() if them else 0)
        return cand
    if re.match(r"^-(?:year|month|week|day|hour|km|mile|metre|meter|storey|story|point|member|strong)", after, re.I):
        cand.rejected = "measure"
        return cand
    noun, noun_end, kind = _head_noun(text, q.end, q.vague)
    cand.noun_end = noun_end
    if kind in ("nonfigure", "unknown"):
        cand.rejected = f"count of {noun or 'something else'}"
        return cand
    if kind is None and q.value < 100 and not q.vague and not re.match(r"\d", text[q.number_start:q.end]):
        cand.rejected = "small number word without a noun"
        return cand
    if kind == "population" or (noun in ("residents", "people", "inhabitants") and lx.POSSESSIVE_BEFORE.search(before)):
        cand.rejected = "population"
        return cand
    if kind:
        cand.unit = kind
        cand.noun_term = _noun_term(text[q.end:noun_end].lower())
    return cand


def _head_noun(text: str, pos: int, vague: bool = False):
    """The noun a number counts: (word, end offset, unit | 'nonfigure' | 'population' | 'unknown' | None)."""
    unknown = False
    previous_end = pos
    for index, match in enumerate(_WORD.finditer(text, pos)):
        gap = text[previous_end:match.start()]
        if index > 4 or re.search(r"[,;:.()\u2014\"\u201c\u201d]", gap):
            break
        previous_end = match.end()
        raw = match.group()
        word = raw.lower().strip("'\u2019")
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if index == 0 and word == "of" and vague:
            continue
        if index == 0 and word == "of":
            for follow in (_OF_THE_NOUN.match(text, match.end()), _OF_THE_ADJ_NOUN.match(text, match.end())):
                noun = follow.group(1) if follow else None
                if noun in lx.NONFIGURE_NOUNS:
                    return noun, follow.end(), "nonfigure"
                if noun in lx.HOUSEHOLD_NOUNS:
                    return noun, follow.end(), "households"
                if noun in lx.PEOPLE_NOUNS and noun not in lx.POPULATION_NOUNS:
                    return noun, follow.end(), "people"
            break
        if word in lx.HOUSEHOLD_NOUNS:
            return word, match.end(), "households"
        if word in ("residential", "housing") and re.match(r"\s+(?:buildings|units|blocks)", text[match.end():], re.I):
            return word, match.end() + re.match(r"\s+\w+", text[match.end():]).end(), "houses"
        if word in ("shelters", "shelter") and not _DAMAGE.search(text):
            return word, match.end(), "nonfigure"
        if word in lx.HOUSE_NOUNS:
            return word, match.end(), "houses"
        if word == "members" and not _NOT_PEOPLE_MEMBERS.match(text, match.end()):
            return word, match.end(), "people"
        if word in lx.POPULATION_NOUNS and word != "residents":
            return word, match.end(), "population"
        if word in lx.PEOPLE_NOUNS or _is_people_word(raw):
            if word == "displaced" and _next_is_noun(text, match.end()):
                continue
            return word, match.end(), "people"
        if word in lx.NONFIGURE_NOUNS:
            return word, match.end(), "nonfigure"
        if word in lx.MODIFIERS or raw[0].isupper():
            continue
        if word.endswith(("ed", "ing", "ly")) and _next_is_any_noun(text, match.end()):
            continue
        if word in lx.STOP_WORDS or word.endswith(("ed", "ing", "ly")):
            break
        unknown = True
    return None, pos, "unknown" if unknown else None


_PARTITIVE_OF = re.compile(r"\s+of\s+(?:the|these|those)\s+", re.I)
_DAILY_BEFORE = re.compile(r"\b(?:daily|weekly|nightly|hourly)\s+[a-z]+\s+(?:[a-z]+\s+){0,2}$", re.I)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:her|his|their|my|our|your)\s+$", re.I)
_OF_THOSE_BEFORE = re.compile(r"^\W*(?:of|among)\s+(?:those|them|these|whom|the\s+(?:displaced|refugees|evacuees))\W+(?:(?:are|were|is|was)\W+)?(?:\w+\W+)?$", re.I)
_DAMAGE = re.compile(r"destr|damag|razed|flatten|burn|washed|swept|collaps", re.I)
_NOT_PEOPLE_MEMBERS = re.compile(r"\s+of\s+(?:the\s+)?(?:parliament|congress|the security|staff|the board|the council|the cabinet|the senate)", re.I)


_OF_THE_NOUN = re.compile(r"\s+(?:the|its|their|these|those|our)\s+([a-z-]+)")
_OF_THE_ADJ_NOUN = re.compile(r"\s+(?:the|its|their|these|those|our)\s+[a-z-]+\s+([a-z-]+)")


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
    return bool(match and (match.group().lower() in lx.PEOPLE_NOUNS or match.group().lower() in lx.HOUSE_NOUNS))


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
    if re.search(r"\bdisplaced\b|\bidps?\b|\buprooted\b", phrase):
        return "displaced"
    return None


def _after_noun(text: str, pos: int) -> str:
    noun, end, kind = _head_noun(text, pos)
    return text[end:] if kind else text[pos:]


def _link_partitives(text: str, live: list[Candidate]) -> None:
    """`19,000 of the town's 20,000 residents`: the part takes the whole's noun."""
    for first, second in zip(live, live[1:]):
        between = text[first.quantity.end:second.quantity.start]
        if first.unit is None and not first.partitive_them and lx.PARTITIVE_BASE.match(between):
            first.unit = second.unit
            first.noun_end = second.noun_end
            if lx.POSSESSIVE_BEFORE.search(text[:second.quantity.start]) or second.unit is None:
                second.rejected = "base of a share"
    for cand in live:
        if cand.rejected is None and cand.unit is None and cand.noun_end == 0:
            cand.noun_end = cand.quantity.end


def _scopes(text: str, masked: str, live: list[Candidate], index: int) -> tuple[str, int, int]:
    """The masked sentence with a subset aside blanked, and the end of the candidate's clause."""
    cand = live[index]
    right = live[index + 1].quantity.start if index + 1 < len(live) else len(text)
    subset = lx.SUBSET_CLAUSE.search(masked, cand.quantity.end, right)
    if subset:
        close = masked.find(",", subset.end(), right)
        if close != -1 and subset.group().strip() not in (";",) and "including" not in subset.group():
            masked = masked[:subset.start()] + " " * (close - subset.start()) + masked[close:]
        else:
            right = subset.start()
    return masked, right


class _Cues:
    """Every term cue and negative cue of a (masked) sentence, found once and looked up per number."""

    def __init__(self, masked: str):
        self.terms = sorted((m.start(), m.end(), term) for term in TERMS if lx.TERM_STEMS[term].search(masked)
                            for m in lx.TERM_CUE_PATTERNS[term].finditer(masked))
        self.negatives = ([m.start() for m in lx.NEGATIVE_CUES.finditer(masked)]
                          if lx.NEGATIVE_STEMS.search(masked) else [])

    def between(self, start: int, end: int):
        return [(p, t) for p, e, t in self.terms if start <= p < end]

    def spanning(self, start: int, number_start: int, number_end: int):
        """Cues that begin before a number and run past it: `moved 3,000 people to safety`."""
        return [t for p, e, t in self.terms if start <= p < number_start and e > number_end]

    def first_negative(self, start: int, end: int) -> int | None:
        return next((p for p in self.negatives if start <= p < end), None)


_WORD_SPAN = re.compile(r"\S+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO = re.compile(r"\bto\b")
_COORDINATION = re.compile(r"\band\b|,|\bwhile\b|\bwith\b|\bfollowed by\b|\bplus\b|\bas well as\b")


def _near_start(masked: str, left: int, number_start: int, words: int = 4) -> int:
    """Where the last few words before a number begin: the verb that governs it stands there."""
    window_start = max(left, number_start - 40)
    clause = max(masked.rfind(",", window_start, number_start), masked.rfind(";", window_start, number_start),
                 masked.rfind(":", window_start, number_start))
    window_start = max(window_start, clause + 1)
    starts = [m.start() for m in _WORD_SPAN.finditer(masked, window_start, number_start)]
    if not starts:
        return number_start
    return starts[-words] if len(starts) >= words else starts[0]


def _assign_terms(text: str, masked: str, live: list[Candidate], previous: Figure | None, places,
                  row: ListRow | None = None) -> None:
    refugee_spots = refugee_moves(text, places)
    cues_of = {masked: _Cues(masked)}
    for index, cand in enumerate(live):
        if cand.label_terms is not None and (cand.label_terms or row is None or row.intro is None):
            if cand.label_terms:
                cand.term = next(t for t in TERMS if t in cand.label_terms)
                cand.own_cue = True
            continue
        left = live[index - 1].quantity.end if index else 0
        scoped, right = _scopes(text, masked, live, index)
        cues = cues_of.get(scoped) or cues_of.setdefault(scoped, _Cues(scoped))
        q = cand.quantity
        near = _near_start(scoped, left, q.start)
        governed = [(p, t) for p, t in cues.between(near, q.start) if _governs(scoped, p, q.start)]
        if not governed and cues.first_negative(near, q.start) is not None:
            cand.rejected = "negative cue before"
            continue
        next_start = live[index + 1].quantity.start if index + 1 < len(live) else None
        right_cues = [(p, t) for p, t in cues.between(q.end, right) if not _governs(scoped, p, next_start)]
        right_cues += [(p, "refugees") for p in refugee_spots if q.end <= p < right]
        right_cues += [(q.end, t) for t in cues.spanning(left, q.start, q.end)]
        if _PARTITIVE_OF.match(text, q.end):
            right_cues = [(p, t) for p, t in right_cues if p >= cand.noun_end]
        negative = cues.first_negative(q.end, right)
        first_positive = min((p for p, _ in right_cues if p >= cand.noun_end), default=None)
        if negative is not None and not governed and (first_positive is None or negative < first_positive):
            cand.rejected = "negative cue"
            continue
        terms = {t for _, t in right_cues} | {t for _, t in governed}
        if cand.noun_term and not (terms and _PARTITIVE_OF.match(text, q.end)):
            terms.add(cand.noun_term)
        if not terms:
            before = cues.between(left, q.start) + [(p, "refugees") for p in refugee_spots if left <= p < q.start]
            if before:
                nearest = max(p for p, _ in before)
                if q.start - nearest <= 120 or _directly_governed(scoped, nearest, q.start):
                    terms = {t for _, t in before}
                    cand.cue_at = nearest
        else:
            cand.cue_at = first_positive if first_positive is not None else q.start
        if not terms and row is not None and row.intro is not None and (not index or cand.label_terms is not None):
            label = scoped[:q.start]
            if lx.NEGATIVE_CUES.search(label):
                cand.rejected = "negative cue in the row label"
                continue
            intro = row.intro.text.lower()
            if lx.NEGATIVE_CUES.search(intro):
                cand.rejected = "negative cue in the list heading"
                continue
            terms = {t for _, t in _Cues(intro).between(0, len(intro))}
        if terms:
            cand.term = next(t for t in TERMS if t in terms)
            cand.own_cue = True
            continue
        if cand.partitive_them and previous is not None:
            cand.term = previous.term
            cand.unit = cand.unit or previous.unit
            continue
        if index:
            prior = live[index - 1]
            between = text[prior.quantity.end:q.start]
            from_to = _FROM_BEFORE.search(text, max(0, prior.quantity.start - 8), prior.quantity.start) and _TO.search(between)
            if prior.term and len(between) < 90 and (_COORDINATION.search(between) or from_to):
                cand.term = prior.term
                cand.unit = cand.unit or prior.unit
            elif prior.rejected:
                cand.rejected = prior.rejected


_FILLER = re.compile(r"(?:\s+(?:another|an|a|further|additional|about|some|around|roughly|nearly|almost|over|more|than|at|least|up|to|"
                     r"as|many|the|total|of|estimated|approximately|close|just|under|fewer|less|no|upwards|excess))*\s*$")


def _governs(masked: str, cue: int, next_start: int | None) -> bool:
    """`destroyed 1,850 houses and damaged another 3,200`: `damaged` is the next number's verb."""
    if next_start is None:
        return False
    match = _WORD_SPAN.match(masked, cue)
    end = match.end() if match else cue
    return bool(_FILLER.match(masked, end, next_start))


def _directly_governed(masked: str, cue: int, number: int) -> bool:
    return len(masked[cue:number].split()) <= 8


def _segment(live: list[Candidate], index: int, length: int) -> tuple[int, int]:
    left = live[index - 1].quantity.end if index else 0
    right = live[index + 1].quantity.start if index + 1 < len(live) else length
    return left, right


def _inherited_unit(live, index, previous, cand):
    if cand.partitive_them and previous is not None:
        return previous.unit
    for prior in reversed(live[:index]):
        if prior.unit:
            return prior.unit
    return None


def _default_unit(term: str) -> str:
    return "houses" if term in ("destroyed", "damaged") else "people"


def _unit_fits(unit: str, term: str) -> bool:
    if term in ("destroyed", "damaged"):
        return unit == "houses"
    return unit in ("people", "households")


def _figure(sentence: Sentence, cand: Candidate, unit: str, segment, places, sources, units, context: ArticleContext,
            masked: str, spoken_for=()) -> Figure:
    q = cand.quantity
    text = sentence.text
    term = cand.term
    country, destination = figure_countries(sentence, cand, term, segment, places, context, spoken_for)
    location = figure_location(text, cand, term, segment, places, country, destination)
    source = figure_source(sentence, cand, sources, units, context)
    date = resolve_date(text, context.published, near=q.start)
    cause = _cause(masked, segment, sentence, context, q.start)
    confidence = _confidence(cand, source, country, places)
    if term == "refugees" and country:
        context.refugee_origins.append(country)
    if country and term != "refugees":
        context.last_place = (sentence.paragraph, country)
    return Figure(value=q.value, value_high=q.value_high, qualifier=q.qualifier, unit=unit, term=term,
                  country=country, destination=destination, location=location, source=source, date=date,
                  cause=cause, quote=text, start=sentence.start + q.start, end=sentence.start + q.end,
                  confidence=confidence)


def _cause(masked: str, segment, sentence: Sentence, context: ArticleContext, at: int) -> str:
    """The cause named nearest the figure: its own clause first, then the sentence, paragraph, article."""
    found = context.cause_cues(masked)
    for start, end in ((at, segment[1]), (segment[0], at), (0, len(masked))):
        hits = [(abs(p - at), cause) for p, e, cause in found if start <= p and e <= end]
        if hits:
            return min(hits)[1]
    return context.background_cause(sentence.paragraph)


def _confidence(cand: Candidate, source: str | None, country: str | None, places) -> float:
    """How sure the rules are, from the evidence each field rests on: a figure whose term comes from
    another clause, whose unit is assumed, whose source is unnamed or whose country comes only from the
    rest of the article loses confidence, so that the review sheet can ask for a look."""
    q = cand.quantity
    score = 0.99
    if not cand.own_cue:
        score -= 0.2
    elif cand.cue_at is not None and cand.cue_at < q.start and q.start - cand.cue_at > 60:
        score -= 0.1
    if cand.unit is None:
        score -= 0.1
    if source is None:
        score -= 0.1
    if country is None or country not in {p.iso3 for p in places}:
        score -= 0.1
    if q.vague:
        score -= 0.3
    return round(max(score, 0.05), 2)


def _deduplicate(figures: list[Figure], published: str | None = None) -> list[Figure]:
    """The same count of the same thing stated twice is one figure, quoted at its first mention; a
    headline's missing qualifier, source, place or date is filled from the body."""
    kept: dict[tuple, Figure] = {}
    for figure in figures:
        key = (figure.value, figure.value_high, figure.unit, figure.term)
        first = kept.get(key)
        if first is None:
            kept[key] = figure
            continue
        for name in ("source", "location", "destination"):
            if getattr(first, name) is None and getattr(figure, name) is not None:
                setattr(first, name, getattr(figure, name))
        if first.date == published and figure.date and figure.date != published:
            first.date = figure.date
        if first.qualifier == "exact" and figure.qualifier not in ("exact", "vague"):
            first.qualifier = figure.qualifier
    return sorted(kept.values(), key=lambda f: f.start)
