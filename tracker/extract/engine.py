"""The extractor: from an article to its displacement figures.

It splits the article into sentences (`text`), keeps those holding a number and a
displacement word, reads their quantities (`numbers`) and what each counts and what
happened to them (`terms`), then fills every field from the sentence and the article
around it: country and place (`geography`), source (`attribution`), date (`dates`) and
cause. A quantity tied to no displacement word is no figure: missing a figure is better
than inventing one.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract import lexicon as lx
from tracker.extract.attribution import GENERIC_SOURCES, figure_source, interview_answers, opens_a_quotation, release_issuer, row_source
from tracker.extract.dates import MONTHS, WEEKDAYS, earlier_count_date, resolve_date, timeline_date
from tracker.extract.geography import (RIVER_AFTER, compared_in_size, flows_like_a_river, is_party_named, is_refugee_origin, read_provinces_named_like_countries, WHERE_BEFORE, elided_host, figure_countries, going_home, helping_state, hosting_spots, figure_location, is_actor,
                                       is_destination, is_landmark, is_place_mention, place_name, prefer_known)
from tracker.extract.numbers import HAS_DIGIT, SMALL, clause_comma, find_quantities
from tracker.extract.places import Place, after_an_unknown_name_word, country_of, dateline_country, find_places
from tracker.extract.sources import DIVISION_DEEDS, DIVISION_WORDS, NEWS_AGENCY, defined_acronyms, find_sources, is_person
from tracker.extract.terms import (DATE_HEADER, PEOPLE_BESIDE, Candidate, assign_terms, cell_label, column_header, default_unit, inherited_unit, labels_no_figure, link_partitives,
                                   read_label, read_quantity, refers_to_the_figure, reject_shares_of_non_figures,
                                   reject_shares_of_things, unit_fits)
from tracker.extract.text import (ALIGNED_ROW, CELL_GAP, Sentence, bullet_length, colon_dateline, is_figure_row, is_table_row, name_from_capitals, sentences,
                                  split_cells, strip_dateline)
from tracker.model import Article, Figure

TRIGGER = re.compile("|".join(stems.pattern for stems in lx.TERM_STEMS.values()) + r"|refugee|evacuee|returnee|idp"
                     r"|of them|of those|of these|of whom|among them|among those|among these|famil|household|exodus"
                     r"|(?:the|that|this|its) (?:figure|number|total|count|tally|estimate)\b|\b(?:that|this|it) compares (?:with|to)\b"
                     r"|\b(?:that|this|it) (?:is|was|had been|has been) (?:(?:sharply|slightly|well) )?(?:up|down) from\b")
"""Every stem a term cue needs, on lower-cased text (case-insensitive matching of so many words is
several times slower): a sentence without one holds no figure."""
HAS_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(sorted(SMALL, key=len, reverse=True))
    + r"|hundreds?|thousands?|millions?|billions?|lakhs?|crores?|dozens?|half|scores)\b")


@dataclass
class ArticleContext:
    text: str
    published: str | None
    places: list[Place]
    main_country: str | None
    paragraph_countries: dict[int, list[str]]
    units: list[Sentence]
    section_countries: dict[int, str] = field(default_factory=dict)
    """Paragraphs under a heading that names a country, with that country."""
    _causes: tuple[dict[int, str], str] | None = None
    _war_countries: set[str] | None = None
    _place_starts: list[int] | None = None
    _unit_starts: list[int] | None = None
    _sources: dict = field(default_factory=dict)
    _aliases: dict[str, str] | None = None
    _causes_of: dict = field(default_factory=dict)
    _issuer: tuple[str | None, bool] | None = None
    _answers: dict[int, str] | None = None
    _fire_cause: str | None = None
    _collapse_cause: str | None = None
    _returns_pushed: bool | None = None
    _fled_war: bool | None = None
    _openings: dict[int, Sentence] | None = None
    _storms: re.Pattern | None = None
    demonyms: dict[str, float] = field(default_factory=dict)
    refugee_origins: list[str] = field(default_factory=list)
    last_host: str | None = None
    """Where the article's last refugees went: shelters in "the camps" of a refugee story stand there."""
    last_refugees: Figure | None = None
    """The article's last refugee figure with an origin and a host: "new arrivals" told later are those refugees still."""
    last_refugee_origin: str | None = None
    """Where the refugees of the article's prose came from: rows by country of asylum count them."""
    named: set[str] = field(default_factory=set)
    """Countries the article names (or a dateline or hint gives)."""
    unknown_places: list[Place] = field(default_factory=list)
    """Names the gazetteer lacks, known as places by their frame (`Tharparkar district`): they locate a figure, but tell
    no country."""
    weights: dict[str, float] = field(default_factory=dict)
    """How much the article is about each country: the main country weighs most."""
    last_return: str | None = None
    """Where the article's last returnees went home to: returns told without a place continue that flow."""
    last_place: tuple[int, str] | None = None
    """(paragraph, country) of the last figure: a figure whose sentence names no place continues it."""
    last_place_hosts: bool = False
    """Whether `last_place` is where refugees arrived: returns told next go home, not there."""

    def cause_cues(self, masked: str) -> list[tuple[int, int, str]]:
        """(start, end, cause) of every cause word of a sentence, found once."""
        found = self._causes_of.get(masked)
        if found is None:
            found = self._causes_of[masked] = [(m.start(), m.end(), cause) for cause, pattern in lx.CAUSE_CUES.items()
                                               for m in pattern.finditer(masked)] + [
                (m.start(), m.end(), _fire_in_sentence(masked, self.fire_cause)) for m in lx.FIRE_CUES.finditer(masked)] + [
                (m.start(), m.end(), "disaster") for m in self.storm_mentions.finditer(masked)] + [
                (m.start(), m.end(), self.collapse_cause) for m in lx.COLLAPSE_CUES.finditer(masked)]
        return found

    @property
    def collapse_cause(self) -> str:
        if self._collapse_cause is None:
            lower = self.text.lower()
            collapses = len(lx.COLLAPSE_CUES.findall(lower))
            hazards = len(lx.CAUSE_CUES["disaster"].findall(lower))
            self._collapse_cause = "other" if collapses > hazards else "disaster"
        return self._collapse_cause

    @property
    def fire_cause(self) -> str:
        """What a fire of no stated kind is in this article: `other` where it tells of a factory or building fire
        and of no wildfire, else `disaster`. A building collapse likewise (`collapse_cause`)."""
        if self._fire_cause is None:
            self._fire_cause = _fire_cause(self.text)
        return self._fire_cause

    def sources(self, sentence: str):
        """Source mentions of a sentence, found once per article: "the agency said" looks back."""
        found = self._sources.get(sentence)
        if found is None:
            if self._aliases is None:
                self._aliases = defined_acronyms(self.text)
            found = find_sources(sentence, self._aliases)
            dateline = strip_dateline(sentence)
            if dateline:
                found = [s for s in found if s.start >= dateline or not NEWS_AGENCY.fullmatch(s.surface)]
            self._sources[sentence] = found
        return found

    def issuer(self, paragraph: int) -> str | None:
        """The body whose own release or briefing the article is: its unattributed figures are that body's. A body
        that issued a statement the article quotes speaks only in the quoted paragraphs."""
        if self._issuer is None:
            self._issuer = release_issuer(self.units, self.sources)
        code, quoted_only = self._issuer
        if code is None or not quoted_only:
            return code
        opening = next((u.text for u in self.units if u.paragraph == paragraph), "")
        return code if opens_a_quotation(opening) else None

    def answered_by(self, paragraph: int) -> str | None:
        """Who speaks in a paragraph of an interview or a briefing transcript, if the article is one."""
        if self._answers is None:
            self._answers = interview_answers(self.units, self.sources)
        return self._answers.get(paragraph)

    def paragraph_text(self, paragraph: int) -> str:
        """The sentences of one paragraph, joined."""
        return " ".join(u.text for u in self.units if u.paragraph == paragraph)

    def paragraph_opening(self, sentence: Sentence) -> str | None:
        """The first sentence of a sentence's paragraph, when it is another: a timeline entry's label opens it."""
        if self._openings is None:
            self._openings = {}
            for unit in self.units:
                self._openings.setdefault(unit.paragraph, unit)
        first = self._openings.get(sentence.paragraph)
        return first.text if first is not None and first.start != sentence.start else None

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding a character offset of the article."""
        if self._unit_starts is None:
            self._unit_starts = [u.start for u in self.units]
        index = bisect.bisect_right(self._unit_starts, offset) - 1
        return self.units[index].paragraph if index >= 0 else -1

    def places_between(self, start: int, end: int) -> list[Place]:
        if self._place_starts is None:
            self._place_starts = [p.start for p in self.places]
        return self.places[bisect.bisect_left(self._place_starts, start):bisect.bisect_left(self._place_starts, end)]

    @property
    def storm_mentions(self) -> re.Pattern:
        """The article's named storms said by name alone (`Chido also destroyed ...`), on lower-cased text."""
        if self._storms is None:
            names = sorted(storm_names(self.units))
            alternatives = "|".join(re.escape(name) for name in names)
            self._storms = re.compile(rf"{_NOT_AFTER_STORM_WORD}\b(?:{alternatives})\b" if names else r"(?!)")
        return self._storms

    def at_war(self, country: str) -> bool:
        """Whether the article names a war or fighting of this country (`disrupted by the war in Sudan`, `Sudan's
        war`): refugees from there fled it, whatever else the article is about."""
        if self._war_countries is None:
            lower = self.text.lower()
            starts = {p.start: p.iso3 for p in self.places if p.kind in ("country", "demonym", "admin1")}
            ends = {p.end: p.iso3 for p in self.places if p.kind == "country"}
            self._war_countries = set()
            after = {p.start: p.end for p in self.places if p.kind in ("country", "demonym", "admin1", "region")}
            listed_iso3 = {p.start: p.iso3 for p in self.places if p.kind in ("country", "demonym", "admin1", "region")}
            for m in lx.CAUSE_CUES["conflict"].finditer(lower):
                tied = _IN_PLACE_AFTER.match(lower, m.end())
                owner = _OWNER_BEFORE.search(lower, max(0, m.start() - 12), m.start())
                iso3 = (starts.get(tied.end()) if tied else None) or (ends.get(owner.start()) if owner else None)
                if iso3:
                    self._war_countries.add(iso3)
                end = after.get(tied.end()) if tied and iso3 else None
                while end is not None:
                    listed = _WAR_LIST_GAP.match(lower, end)
                    if listed is None or listed.end() not in after:
                        break
                    if listed_iso3.get(listed.end()):
                        self._war_countries.add(listed_iso3[listed.end()])
                    end = after[listed.end()]
            nations = {p.end: p.iso3 for p in self.places if p.kind in ("country", "demonym")}
            for m in _FORCES_STRIKING.finditer(lower):
                owner = _NATION_BEFORE_FORCES.search(lower, max(0, m.start() - 4), m.start())
                if owner and nations.get(owner.start()):
                    self._war_countries.add(nations[owner.start()])
        return country in self._war_countries

    def fled_war(self) -> bool:
        """Whether the article says the displaced it tells of fled a war (`families who fled years of war`): the camps'
        standing population was driven out by it, whatever storm now floods their tents."""
        if self._fled_war is None:
            self._fled_war = bool(_FLED_WAR.search(self.text.lower()))
        return self._fled_war

    def returns_pushed(self) -> bool:
        """Whether the article opens on people sent home against their will or for want of a living (`Pakistan's
        deportation deadline`, `as the collapse of its currency wipes out their wages`): its returns are `other`."""
        if self._returns_pushed is None:
            lead = " ".join(u.text for u in self.units if u.paragraph <= 1).lower()
            second = " ".join(u.text for u in self.units if u.paragraph == 2).lower()
            self._returns_pushed = bool(_PUSHED_HOME.search(lead)) or bool(
                _PUSHED_HOME.search(second) and not _AT_WAR_IN_THE_LEAD.search(lead + " " + second))
        return self._returns_pushed

    def paragraph_cause(self, paragraph: int) -> str:
        """The cause a paragraph names itself, or "unknown"."""
        self.background_cause(paragraph)
        return self._causes[0].get(paragraph, "unknown")

    def article_cause(self) -> str:
        """The cause the whole article names most."""
        self.background_cause(0)
        return self._causes[1]

    def background_cause(self, paragraph: int) -> str:
        """The cause of a paragraph, else of the whole article, counted once when first asked."""
        if self._causes is None:
            self._causes = _background_causes(self.units, lambda: self.fire_cause, lambda: self.collapse_cause,
                                              self.storm_mentions)
        by_paragraph, article = self._causes
        found = by_paragraph.get(paragraph, "unknown")
        return found if found != "unknown" else article


def extract_figures(article: Article) -> list[Figure]:
    """Every displacement figure of an article, one per distinct count, in text order. Footnote marks
    (`40,000 people¹`, `2.7 million people[1]`, `4,200*`) are read as blanks; quotes keep them."""
    original = article.text
    clean = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), original) if _FOOTNOTE_HINT.search(original) else original
    if clean == original:
        return _extract(article)
    figures = _extract(dataclasses.replace(article, text=clean, raw=None))
    units = sentences(clean)
    for figure in figures:
        unit = next((u for u in units if u.start <= figure.start < u.start + len(u.text)), None)
        if unit is not None:
            figure.quote = original[unit.start:unit.start + len(unit.text)]
    return figures


_FOOTNOTE_HINT = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]|\S\[\d|^[ \t]*\[\d|[\w,.)]\*", re.M)
_FOOTNOTE_MARK = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|(?<=[^\s\d\[])\[\d{1,3}(?:,\s?\d{1,3})*\]|^[ \t]*\[\d{1,3}\](?=[ \t])|(?<=[\w,.)])\*+(?=[\s|,.;:)]|$)",
                            re.M)


def _extract(article: Article) -> list[Figure]:
    text = article.text
    units = sentences(text)
    lists = _list_rows(units)
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    numbers = _hits(HAS_NUMBER, lower, units)
    if not numbers:
        return []
    numbers = {i for i in numbers if not _EDITORS_NOTE.match(units[i].text)}
    triggers = {i for i in numbers if TRIGGER.search(lower, units[i].start, units[i].end)}
    candidates = [(i, s) for i, s in enumerate(units) if i in numbers
                  and (i in triggers or i in lists and any(TRIGGER.search(line.lower()) for line in lists[i].context_lines()))]
    if not candidates:
        return []
    chosen = {i for i, _ in candidates}
    tallies = {i for i, row in lists.items() if row.intro is not None and refers_to_the_figure(row.intro.text.lower(), in_a_heading=True)}
    rows_after = [(i, units[i]) for i in sorted(lists) if i in numbers and i not in chosen and (i - 1 in lists or i in tallies)]
    if rows_after:
        candidates = sorted(candidates + rows_after, key=lambda c: c[0])
    context = _context(article, units)
    figures: list[Figure] = []
    previous: Figure | None = None
    found_in: dict[int, Figure] = {}
    for index, sentence in candidates:
        row = lists.get(index)
        above = lists.get(index - 1)
        row_before = found_in.get(index - 1) if row is not None and above is not None and above.intro is row.intro else None
        if row_before is None and above is None and index in tallies:
            row_before = previous
        if index not in chosen and row_before is None:
            continue
        found = _sentence_figures(sentence, units, context, previous, row, row_before)
        if found:
            previous = found[-1]
            found_in[index] = found[0]
        figures.extend(found)
    return _deduplicate(figures, units, article.date)


_EDITORS_NOTE = re.compile(r"\s*\(\s*(?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Fixes|Removes|Replaces|Clarifies|Inserts|"
                           r"Deletes|Moves|Writes through)\b[^()]*\)\s*$")
"""`(Adds army evacuation figures in paragraph 4, updates housing damage in paragraph 5)`: a wire service's note on what
changed counts paragraphs, not people."""


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


_PARENTHESES = re.compile(r"\([^)]*\)")
"""`KEY FIGURES (as of 2 April)`: a heading in capitals with a lower-case aside."""
_LABEL_LINE = re.compile(r"\s*([A-Za-z][^\n:|.]{1,60}):\s*[~<>\u2248]?\s*(?=\d)")
"""`Bridges damaged: 238.` or `Homes destroyed: 6,028 (...)`: a labelled number outside a table reads its label."""
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
"""`Dhi Qar is the worst affected governorate: 9,300 households ...`: a clause before a colon is no label when the
number names what it counts (`The worst damage was to schools: 120 were destroyed` still counts schools)."""
_CAPTION = re.compile(r"\s*(?:Table|Figure|Annex)\s+\d+[.:]", re.I)
"""`Table 1. Displaced persons inside ECs in the most affected LGUs`: a caption explains the table below it."""
_SOURCE_LINE = re.compile(r"^\s*\(?\s*(?:sources?|data|figures)\s*:", re.I)


_SLASHED = re.compile(r"\S / \S")
_SLASHED_VALUES = re.compile(r"\d\s*/\s*\d")
"""`Partially damaged / totally damaged houses per region:` over `1. Bicol Region: 12,406 / 1,035`: each value
of a row is read with its part of the heading."""


def _tells_a_term(text: str) -> bool:
    """`CONASUR publishes its count of internally displaced people ... The two latest releases are below.`: the sentence
    before one pointing to a table may name what it counts (a sentence stating figures of its own does not)."""
    lower = text.lower()
    return any(pattern.search(lower) for pattern in lx.TERM_CUE_PATTERNS.values())


_FOOTNOTE_LINE = re.compile(r"\s*(?:[*\u2020\u2021\u00b9\u00b2\u00b3]|\[[a-z\d]\]|\(\d\)|[Nn]otes?:)")
"""`* Figure as of Wednesday 24 February.`: a table's footnotes stand between its rows and its `Source:` line."""
_POINTS_BELOW = re.compile(r"\b(?:(?:is|are)\s+(?:shown|given|listed|set\s+out|reproduced|summari[sz]ed|presented|detailed)\s+below|"
                           r"(?:table|list|chart|figures|numbers)\s+below|as\s+follows|the\s+following\s+(?:numbers|figures|totals|counts|tallies)\b)\b"
                           r"|\bbelow\s*[.:]?\s*$", re.I)
"""`The number of Sudanese refugees registered at the main sites is shown below.`: a sentence that points to the list
after it introduces it, as a colon does."""


_FIGURES_HEADING = re.compile(r"\b(?:figures|numbers|as of|at a glance|snapshot|in brief|situation|tally)\b", re.I)
"""`Key figures (as of 4 September)`: a short heading that announces figures introduces the list under it."""


def _alone_in_paragraph(units: list[Sentence], index: int) -> bool:
    """`Sofala: 110,000 people` set apart by blank lines from the next row: a list written one row to a paragraph."""
    paragraph = units[index].paragraph
    return (index == 0 or units[index - 1].paragraph != paragraph) and (index + 1 >= len(units) or units[index + 1].paragraph != paragraph) \
        and all(_BARE_ROW.fullmatch(units[i].text.strip()) for i in (index, index + 1) if i < len(units))


_BARE_ROW = re.compile(r"[^:]{1,60}:\s*(?:about\s+|some\s+|over\s+|nearly\s+)?\d[\d,.]*(?:\s+[a-z]+){0,3}")
"""A row that is only a label and its count: a ticker line or a sentence with a colon is none."""


def _list_rows(units: list[Sentence]) -> dict[int, ListRow]:
    """Rows of bulleted lists and of bulletin tables, each with the lines that give it meaning."""
    rows: dict[int, ListRow] = {}
    blocks = []
    index = 0
    while index < len(units):
        is_row = _row_kind(units[index])
        if not is_row:
            index += 1
            continue
        first = index
        while index < len(units) and _row_kind(units[index]) == is_row and (
                units[index].paragraph == units[first].paragraph
                or is_row in ("labelled", "table") and index > first and units[index].paragraph == units[index - 1].paragraph + 1
                and first > 0 and units[first].paragraph != units[first - 1].paragraph and _alone_in_paragraph(units, index - 1)):
            index += 1
        if is_row == "labelled" and (index - first < 2 or units[first].paragraph == units[first - 1].paragraph):
            continue
        intro = units[first - 1] if first > 0 and not units[first - 1].is_title else None
        source_before = None
        if intro is not None and _SOURCE_LINE.match(intro.text):
            source_before = intro
            intro = units[first - 2] if first > 1 and not units[first - 2].is_title else None
        if intro is not None and not (intro.text.rstrip().endswith(":") or _PARENTHESES.sub("", intro.text).isupper()
                                      or intro.paragraph == units[first].paragraph or _CAPTION.match(intro.text)
                                      or _POINTS_BELOW.search(intro.text)
                                      or (is_row == "table" and len(intro.text) <= 120
                                          or is_row == "bullet" and len(intro.text) <= 60 and _FIGURES_HEADING.search(intro.text))
                                      and not intro.text.rstrip().endswith((".", "!", "?", '"', "\u201d"))):
            intro = None
        if intro is not None and _POINTS_BELOW.search(intro.text) and not _tells_a_term(intro.text):
            at = next(i for i in range(first - 1, -1, -1) if units[i] is intro)
            told = units[at - 1] if at > 0 else None
            if told is not None and told.paragraph == intro.paragraph and told.end + 1 == intro.start and _tells_a_term(told.text) \
                    and not HAS_DIGIT.search(told.text):
                intro = Sentence(told.text + " " + intro.text, told.start, intro.paragraph)
        header = None
        if is_row == "table" and ("|" in units[first].text or index - first >= 3 and ALIGNED_ROW.search(units[first].text)) \
                and not _has_value_cell(units[first].text):
            header = split_cells(units[first].text)
        elif is_row == "table" and intro is not None and CELL_GAP.search(intro.text.strip()) and not _has_value_cell(intro.text):
            header = split_cells(intro.text)
            heading = units[first - 2] if first > 1 and not units[first - 2].is_title else None
            if heading is not None and (heading.text.rstrip().endswith(":") or _PARENTHESES.sub("", heading.text).isupper()):
                intro = heading
        if is_row == "bullet" and intro is not None and header is None and _SLASHED.search(intro.text) \
                and all(_SLASHED_VALUES.search(units[row].text) for row in range(first, index)):
            header = [part.strip() for part in intro.text.rstrip().rstrip(":").split(" / ")]
            unit = next((word for word in header[-1].lower().split() if word in lx.HOUSE_NOUNS | lx.HOUSEHOLD_NOUNS | lx.PEOPLE_NOUNS), None)
            if unit:
                header = [part if unit in part.lower() else f"{part} {unit}" for part in header]
        after = index
        while after < len(units) and after - index < 4 and _FOOTNOTE_LINE.match(units[after].text):
            after += 1
        source_line = units[after] if after < len(units) and _SOURCE_LINE.match(units[after].text) else source_before
        blocks.append((first, index, intro, source_line, header))
    shared = None
    for first, end, intro, source_line, header in reversed(blocks):
        if source_line is None and shared is not None and all(_is_heading(units[i]) for i in range(end, shared[0])):
            source_line = shared[1]
        shared = (first, source_line) if source_line is not None else None
        if intro is not None and shared is not None and _is_heading(intro):
            shared = (first - 1, source_line)
        for row in range(first, end):
            rows[row] = ListRow(intro, source_line, header)
    return rows


def _is_heading(unit: Sentence) -> bool:
    """`SHELTER AND EVACUATION` between two lists of one bulletin: the `Source:` line after the last covers both."""
    text = _PARENTHESES.sub("", unit.text).strip()
    return not unit.is_title and bool(text) and len(text) <= 80 and (text.isupper() or text.endswith(":"))



_VALUE_CELL = re.compile(r"[~<>\u2248]?\s*[\d.,\u00a0 %]*\d[\d.,\u00a0 %]*")


def _has_value_cell(line: str) -> bool:
    """`Entry point | Refugees recorded since April 2023`: a header may name a year; a row holds a cell that is a number."""
    return HAS_DIGIT.search(line) is not None and any(_VALUE_CELL.fullmatch(cell) for cell in split_cells(line))


def _row_kind(unit: Sentence) -> str | None:
    if unit.is_title:
        return None
    if bullet_length(unit.text):
        return "bullet"
    if is_table_row(unit.text) or "|" in unit.text and not _SOURCE_LINE.match(unit.text):
        return "table"
    if is_figure_row(unit.text):
        return "figures"
    if _PLACE_LABELLED_LINE.match(unit.text):
        return "labelled"
    return None


_PLACE_LABELLED_LINE = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}(?:\s+(?:Province|Region|State|District|County|"
                                  r"Department|Governorate|province|region|state|district|county|department|governorate))?:\s+"
                                  r"(?:(?:about|around|some|over|nearly|more than|at least|an estimated)\s+)?\d[^\n]{0,140}\.$")
"""`Koshi Province: 412 houses fully destroyed and 1,036 partially damaged.`: a paragraph of two or more such lines,
each closed by a full stop, is a list whose `Source:` line covers it."""


_TROPICAL_BEFORE = re.compile(r"\b(?:[Tt]ropical|[Ww]inter)\s+$")
"""`Gunmen storm Djibo`: a lower-case storm word names a storm only as `tropical storm` or `winter storm`."""


def storm_names(units: list[Sentence]) -> set[str]:
    """The lower-cased names of an article's storms (`Cyclone Gamane`), which name no place."""
    return {m.group(1).lower() for unit in units for m in _NAMED_STORM.finditer(unit.text)
            if not m.group().startswith(("storm", "depression")) or _TROPICAL_BEFORE.search(unit.text, 0, m.start())
            if not unit.is_title or not m.group().lower().startswith(("storm", "depression"))} - _NOT_STORM_NAMES


_SPEAKER_NAMED_BEFORE_ROLE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z'\u2019-]+ ){1,2}([A-Z][A-Z'\u2019-]+)\s*\([A-Z][A-Za-z .,'\u2019-]*\)\s*:")
"""`KIM HOLLAND (PRESENTER):`: the speaker's surname, which labels the later turns (`HOLLAND:`), is no place."""
_NAMED_SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'\u2019 -]{1,40}\s*\([A-Z][A-Za-z.'\u2019-]+(?: [A-Z][A-Za-z.'\u2019-]+)+\)\s*:")
"""`REPORTER (JORDAN BEAULIEU):`: a word of a name in a transcript's speaker label is no place (`REPORTER (Port
Moresby):`, where the brackets hold only the place, is)."""


def _in_the_named_country(place: Place, mentioned: set[str]) -> Place:
    """`La Libertad department` in a story that names El Salvador, and not Peru, is El Salvador's; `Rafah` in a story
    that names the Gaza Strip is not Egypt's, however often Egypt is named."""
    if place.kind not in ("admin1", "city") or len(place.candidates) < 2 or place.iso3 in mentioned:
        return place
    named = [c for c in place.candidates if c in mentioned]
    if len(named) != 1:
        return place
    return Place(place.name, named[0], place.kind, place.start, place.end, place.candidates)


def _context(article: Article, units: list[Sentence]) -> ArticleContext:
    text = article.text
    storms = storm_names(units)
    found = find_places(text, include_unresolved=True)
    aliases = defined_acronyms(text)
    if aliases:
        found = [p for p in found if not (p.name.isupper() and p.name in aliases)]
    if "):" in text:
        labels = [(m.start(), m.end()) for m in _NAMED_SPEAKER_LABEL.finditer(text)]
        found = [p for p in found if not any(a <= p.start < b and p.end < b - 2 for a, b in labels)]
        speakers = {m.group(1) for m in _SPEAKER_NAMED_BEFORE_ROLE.finditer(text)}
        found = [p for p in found if p.name not in speakers]
    found = _outside_personal_names(text, units, found, aliases)
    unknown = [p for p in found if not p.iso3 and p.kind in ("admin1", "city") and p.name.lower() not in storms]
    places = _named_with_country(text, [p for p in found if p.iso3 and is_place_mention(text, p)
                                        and p.name.lower() not in storms])
    places = read_provinces_named_like_countries(text, places, [(u.start, u.end) for u in units])
    places = [p for p in places if not flows_like_a_river(text, p) and not compared_in_size(text, p) and not (p.kind == "demonym" and (
        _ETHNIC_BEFORE.search(text, max(0, p.start - 8), p.start) or _TRANSLATED_FROM_BEFORE.search(text, max(0, p.start - 30), p.start)))]
    weights: dict[str, float] = {}
    starts = [(s.start, s.end, s.paragraph, s.is_title) for s in units]
    named: set[str] = set()
    datelines = [(s.start, s.start + (strip_dateline(s.text) or colon_dateline(s.text)))
                 for s in units if not s.is_title and s.paragraph == 1]
    in_dateline = [p for p in places if any(a <= p.start < b for a, b in datelines)]
    places = [p for p in places if p not in in_dateline]
    for place in in_dateline:
        if place.kind == "country":
            weights[place.iso3] = weights.get(place.iso3, 0.0) + 1.5
            named.add(place.iso3)
        elif len(place.candidates) <= 1 or place.kind == "city":
            weights[place.iso3] = weights.get(place.iso3, 0.0) + 1.0
    for start, end in datelines:
        if end > start and not any(start <= p.start < end for p in in_dateline):
            iso3 = dateline_country(text[start:end])
            if iso3:
                weights[iso3] = weights.get(iso3, 0.0) + 1.0
    colon_cities = {p.iso3 for p in in_dateline if p.kind == "city" and len(p.candidates) <= 1 and text.startswith(":", p.end)}
    named |= colon_cities
    mentioned = {p.iso3 for p in places if p.kind in ("country", "demonym")} | colon_cities \
        | {p.iso3 for p in places + in_dateline if p.kind in ("admin1", "region") and len(p.candidates) <= 1 and p.iso3}
    places = [_in_the_named_country(p, mentioned) for p in places]
    acting = _acting_places(text, places)
    for place in places:
        if place.kind in ("country", "demonym") or len(place.candidates) <= 1 \
                or place.kind == "admin1" and len(mentioned.intersection(place.candidates)) < 2:
            para, title = _paragraph_at(starts, place.start)
            weight = {"country": 1.0, "demonym": 0.6, "admin1": 0.5}.get(place.kind, 0.4)
            if place.start in acting or is_landmark(text, place) or is_destination(text, place) or is_party_named(text, place) \
                    or _RETURNED_FROM_BEFORE.search(text, max(0, place.start - 40), place.start) \
                    or place.kind == "demonym" and _HOSTED_AFTER.match(text, place.end) \
                    or helping_state(text, place):
                weight *= 0.3
            elif WHERE_BEFORE.search(text, max(0, place.start - 12), place.start):
                weight *= 2
            weights[place.iso3] = weights.get(place.iso3, 0.0) + weight * (2 if title or para <= 1 else 1)
        elif place.kind == "city" and place.start not in acting:
            para, title = _paragraph_at(starts, place.start)
            weights[place.iso3] = weights.get(place.iso3, 0.0) + 0.2 * (2 if title or para <= 1 else 1)
        if place.kind in ("country", "demonym") or place.kind == "region" and place.iso3 \
                and country_of(place.name.split(None, 1)[-1], countries_only=True) == place.iso3:
            named.add(place.iso3)
    label = _title_label(units, places)
    if label is not None:
        weights[label] = weights.get(label, 0.0) + _TITLE_LABEL_WEIGHT
        named.add(label)
    if article.country_hint:
        weights[article.country_hint] = weights.get(article.country_hint, 0.0) + 100
        named.add(article.country_hint)
    leading = max(sorted(weights), key=lambda k: weights[k]) if weights else None
    places = [p for p in (p if _is_nationality(text, p) else prefer_known(p, weights) for p in places)
              if p.iso3 in named or p.kind in ("country", "demonym", "region") or p.kind == "city" and p.iso3 == leading
              or p.kind == "admin1" and (p.iso3 == leading or leading is None or not _LOCAL_UNIT.search(text, p.start, p.end))
              and (len(p.candidates) <= 2 or bool(named.intersection(p.candidates)))
              and (p.iso3 == leading or not _names_a_local_place(text, p))]
    places = [p for p in places if p.iso3 == leading or p.kind in ("country", "demonym") or not RIVER_AFTER.match(text, p.end)]
    inside_names = [p for p in places if p.kind in ("city", "admin1") and p.iso3 not in named and p.iso3 != leading
                    and not p.name.isupper() and after_an_unknown_name_word(text, p)]
    evidenced = {p.iso3 for p in places if p not in inside_names}
    places = [p for p in places if p not in inside_names or p.iso3 in evidenced]
    paragraph_countries: dict[int, list[str]] = {}
    for place in places:
        if place.kind == "demonym" or place.start in acting or is_destination(text, place) or is_landmark(text, place) \
                or is_refugee_origin(text, place) or is_party_named(text, place) \
                or place.kind == "country" and _CROSSED_FROM_BEFORE.search(text, max(0, place.start - 30), place.start):
            continue
        para, title = _paragraph_at(starts, place.start)
        paragraph_countries.setdefault(para, []).append(place.iso3)
    main = leading
    demonyms: dict[str, float] = {}
    for place in places:
        if place.kind == "demonym" and place.start not in acting:
            demonyms[place.iso3] = demonyms.get(place.iso3, 0.0) + 1
    return ArticleContext(text=text, published=article.date, places=places, main_country=main,
                          paragraph_countries=paragraph_countries, units=units, demonyms=demonyms, named=named,
                          weights=weights, section_countries=_country_sections(units), unknown_places=unknown,
                          _aliases=aliases)


_TITLE_LABEL_WEIGHT = 3.0


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z'\u2019-]+")


def _outside_personal_names(text: str, units: list[Sentence], found: list[Place], aliases) -> list[Place]:
    """`said Nima Lama, a local schoolteacher`: a town's name that is a word of a person's name is no place."""
    suspects = [p for p in found if p.kind in ("city", "admin1") and _NAME_GOES_ON.match(text, p.end)]
    if not suspects:
        return found
    starts = [u.start for u in units]
    dropped = set()
    for place in suspects:
        unit = units[bisect.bisect_right(starts, place.start) - 1]
        if any(is_person(m) and unit.start + m.start <= place.start < unit.start + m.end for m in find_sources(unit.text, aliases)):
            dropped.add(place.start)
    return [p for p in found if p.start not in dropped] if dropped else found


def _title_label(units: list[Sentence], places: list[Place]) -> str | None:
    """`Sudan: UNHCR alarmed by ... as new arrivals reach Chad`: a country set before a colon at the head of the
    title says whose crisis the article is about, as situation reports and agency releases are labelled."""
    title = next((u for u in units if u.is_title), None)
    if title is None:
        return None
    lead = len(title.text) - len(title.text.lstrip())
    for place in places:
        if place.kind == "country" and place.start == title.start + lead and title.text.startswith(":", place.end - title.start):
            return place.iso3
    return None


_FORCES_STRIKING = re.compile(r"\b(?:military|army|armed\s+forces|troops|junta)\s+(?:had\s+|has\s+)?(?:launched|began|attacked|"
                              r"shelled|bombed|stormed|raided|burned|torched|seized|captured|advanced|swept|cracked\s+down)\b")
_NATION_BEFORE_FORCES = re.compile(r"(?:'s|\u2019s)?\s+$")
"""`after the Myanmar military launched "clearance operations"`: a nation's forces attacking are its war."""
_WAR_LIST_GAP = re.compile(r"\s*(?:,\s*|,?\s+and\s+|,?\s+or\s+)(?:the\s+)?")
"""`Wars in Sudan, Gaza, Myanmar and eastern Congo`: a war named of a list of countries is each one's."""
_IN_PLACE_AFTER = re.compile(r"\s+(?:in|inside|across|from)\s+(?:the\s+)?")
_OWNER_BEFORE = re.compile(r"(?:'s|\u2019s)\s+(?:(?:civil|brutal|ongoing|devastating)\s+)?$")
"""`the war in Sudan`, `Sudan's civil war`: a cause named of a country."""


_APPOSED_COUNTRY = re.compile(r",\s*(?:the\s+)?")
_DIVISION_OF = re.compile(r"(?:\s+(?:region|province|state|district|department|county|governorate|prefecture|municipality|"
                          r"division|oblast|island))?\s+of\s+(?:the\s+)?", re.I)
"""`the Sava region of Madagascar`: a division said to be of a country is in it, whatever else the name is."""


def _named_with_country(text: str, places: list[Place]) -> list[Place]:
    """`Punjab, Pakistan`: a name found in several countries, followed by one of them, is in that one."""
    out = list(places)
    for i, (place, after) in enumerate(zip(places, places[1:])):
        if len(place.candidates) > 1 and after.kind == "country" and after.iso3 in place.candidates \
                and after.iso3 != place.iso3 and _APPOSED_COUNTRY.fullmatch(text, place.end, after.start):
            out[i] = Place(place.name, after.iso3, place.kind, place.start, place.end, place.candidates)
        elif place.kind in ("admin1", "city", "region") and after.kind == "country" and after.iso3 != place.iso3 \
                and _DIVISION_OF.fullmatch(text, place.end, after.start):
            out[i] = Place(place.name, after.iso3, place.kind, place.start, place.end, (after.iso3,))
    return out


_HEADING_TEXT = re.compile(r"[A-Z][A-Z '\u2019&-]{2,40}:?")
_COUNTRY_LEAD = re.compile(r"(?:\d{1,2}[.)]\s+)?([A-Z][A-Z '\u2019&.-]{2,40}?)\s*(?:[-\u2013\u2014:|])\s+[A-Z]")
"""`GREECE - Santorini empties as quakes continue`, `2. DR CONGO: THE CAMPS THAT EMPTIED`: an item of a digest headed
by its country's name."""


def _capitals_country(name: str) -> str | None:
    """The country a name in capitals stands for: `SOUTH SUDAN`, and `DR CONGO` with its initials kept."""
    return country_of(name.title(), countries_only=True) \
        or country_of(" ".join(w if len(w) <= 3 else w.title() for w in name.split()), countries_only=True)


def _country_sections(units: list[Sentence]) -> dict[int, str]:
    """Paragraphs under a heading that is a country's name (`JAMAICA`, `Haiti:`), up to the next heading: a report
    that gives each country its own section tells where its unplaced figures are."""
    alone = Counter(u.paragraph for u in units)
    sections: dict[int, str] = {}
    current, in_capitals = None, False
    for unit in units:
        if unit.is_title:
            continue
        line = unit.text.strip()
        lead = _COUNTRY_LEAD.match(line)
        lead_iso3 = _capitals_country(lead.group(1)) if lead else None
        if lead_iso3 is not None and (alone[unit.paragraph] > 1 or not line.endswith((".", "!", "?"))):
            current, in_capitals = lead_iso3, True
            sections[unit.paragraph] = current
            continue
        if alone[unit.paragraph] == 1 and "\n" not in line and len(line) <= 40:
            name = line.rstrip(":").strip()
            iso3 = country_of(name.title() if name.isupper() else name, countries_only=True)
            if iso3 is not None:
                current, in_capitals = iso3, name.isupper()
                continue
            heading = line[:1].isupper() and not line.endswith((".", "!", "?", "\"", "\u201d")) and len(line.split()) <= 6
            if _HEADING_TEXT.fullmatch(line) or heading and (not in_capitals or _names_a_place_abroad(line, current)):
                current = None
                continue
        if current is not None:
            sections[unit.paragraph] = current
    return sections


_IN_BEFORE = re.compile(r"\b(?:in|across|inside|within|throughout)\s+(?:the\s+)?$", re.I)


def _names_a_place_abroad(line: str, current: str | None) -> bool:
    """`Darfur` or `Floods in Kenya` under `SOMALIA` is a section of its own; `US envoy visits` is a subheading of the
    same country."""
    found = [p for p in find_places(line) if p.iso3 and p.kind != "demonym"]
    rest = line
    for place in reversed(found):
        rest = rest[:place.start] + rest[place.end:]
    return any(p.iso3 != current and (len(rest.split()) <= 1 or _IN_BEFORE.search(line, 0, p.start)) for p in found)


_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?")


def _acting_places(text: str, places: list[Place]) -> set[int]:
    """Starts of the places named as actors, with the countries listed before one that acts
    (`Italy, France, Czechia and Turkey sent help`)."""
    acting = {p.start for p in places if is_actor(text, p)}
    for before, after in reversed(list(zip(places, places[1:]))):
        if after.start in acting and before.kind == after.kind == "country" and _LISTED.fullmatch(text, before.end, after.start):
            acting.add(before.start)
    return acting


_COMPASS_NAME = re.compile(r"(?:the\s+)?(?:North|South|East|West|Centre|Center|Central|Nord|Sud|Est|Ouest|Centre-Nord|Centre-Est|"
                           r"Centre-Ouest|Centre-Sud|North[- ]?East|North[- ]?West|South[- ]?East|South[- ]?West|Littoral|Coast)"
                           r"(?:\s+(?:region|province|state|department))?", re.I)
"""`the East region` of an article about Burkina Faso: many countries have a region named by a compass point, so one
counts only for the country the article is about."""
def _names_a_local_place(text: str, place: Place) -> bool:
    """Whether a province abroad is read where the name stands for a local one: a compass point, or a neighbourhood."""
    return bool(_COMPASS_NAME.fullmatch(place.name) or _LOCAL_AREA_AFTER.match(text, place.end))


_LOCAL_AREA_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb)\b|,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|suburb|"
                               r"neighbou?rhood|port|district\s+of)\b", re.I)
"""`the Salah al-Din neighbourhood` of Tripoli is no Iraqi governorate, nor `Susa, a coastal town west of Derna` the
Azerbaijani district: a province abroad said to be a neighbourhood or a town is a local one."""
_LOCAL_UNIT = re.compile(r"\s(?:municipality|district|county|commune|village|barangay)$", re.I)
"""`Concordia municipality` in an article about Mexico is a Mexican municipality the gazetteer lacks,
not Argentina's Concordia department."""
_TRANSLATED_FROM_BEFORE = re.compile(r"\b(?:[Tt]ranslated|[Tt]ranslation)\s+(?:from|of)\s+(?:the\s+)?(?:original\s+)?$")
"""`(Translated from the Spanish)`: a language, not a people."""
_ETHNIC_BEFORE = re.compile(r"\b[Ee]thnic(?:ally)?\s+$")
"""`50,000 ethnic Somalis expelled from Oromia`: an ethnicity names no country of origin."""
_NATIONALS = re.compile(r"\s+(?:refugees?|asylum[- ]seekers?|nationals|citizens|migrants|returnees)\b", re.I)


def _is_nationality(text: str, place: Place) -> bool:
    """`Somali refugees` in an article about Ethiopia's Somali region are still Somalia's."""
    return place.kind == "demonym" and bool(_NATIONALS.match(text, place.end))


def _paragraph_at(starts, offset):
    for start, end, para, title in starts:
        if start <= offset < end:
            return para, title
    return 99, False


def _fire_cause(text: str) -> str:
    if lx.NATURAL_FIRE.search(text):
        return "disaster"
    return "other" if lx.MAN_MADE_FIRE.search(text) else "disaster"


_EVICTION = re.compile(r"\b(?:evict\w*|demoli\w+|bulldoz\w+\b" + lx.CLEARING_NOT_AFTER + ")", re.I)


def _fire_in_sentence(sentence: str, article_cause: str) -> str:
    """`bulldozers and fires razed about 4,700 homes`: a fire told of in the same sentence as an eviction is part of
    it; elsewhere a fire is what the article makes of fires."""
    return "other" if _EVICTION.search(sentence) else article_cause


_NOT_AFTER_STORM_WORD = "(?<!cyclone )(?<!hurricane )(?<!typhoon )(?<!storm )(?<!depression )"
_NAMED_STORM = re.compile(r"\b(?:[Cc]yclone|[Hh]urricane|[Tt]yphoon|[Ss]torm|[Dd]epression)\s+([A-Z][a-z]{2,})\b")
"""`Cyclone Chido`: the storm's name, which later sentences use alone."""
_NOT_STORM_NAMES = frozenset(WEEKDAYS) | {m for m in MONTHS if len(m) > 3} | {
    "and", "over", "after", "hits", "kills", "batters", "lashes", "leaves", "makes", "nears", "slams", "the", "this", "that",
    "season", "warning", "watch", "surge", "damage", "victims", "relief", "shelters", "drains", "water"}
"""`The storm Tuesday ...`, or a headline's `Political Storm Over ...`: words after a storm word that name no storm.
A headline's "Storm" is read for no name at all: `Bandits Storm Zamfara Community` uses it as a verb."""


_FLED_WAR = re.compile(r"\b(?:fled|fleeing|escaped|escaping|displaced by|uprooted by|driven (?:out|from their homes) by)\s+"
                       r"(?:the\s+|a\s+|years\s+of\s+|(?:a\s+)?decades?\s+of\s+|the\s+country(?:'s|\u2019s)\s+|(?:[\w-]+\s+){0,2}?)"
                       r"(?:civil\s+)?(?:war|conflict|fighting|violence|bombardments?|offensives?|insurgency|shelling)\b")
"""`who fled the country's war`, `families displaced by years of fighting`: the article says its displaced fled a war."""
_STANDING_POPULATION = re.compile(r"\b(?:are|is|remain|remained|were\s+still|are\s+still|are\s+now)\s+(?:still\s+|now\s+)?(?:internally\s+)?"
                                  r"displaced\b|\bof\s+them\s+(?:internally\s+)?displaced\b|\bhome\s+to\b|\bhosts\b|\bhosting\b")
"""`2.8 million of the area's residents are internally displaced`, `hosts about 650,000 internally displaced`: a
standing population, not a count of people a recent event drove out."""
_AT_WAR_IN_THE_LEAD = re.compile(r"\b(?:air strikes|airstrikes|bombing campaign|shelling|peacekeepers|offensive|ethnic cleansing|massacres?)\b")
"""A second paragraph's expulsions are a war's when the lead tells of one (`after 78 days of air strikes`)."""
_PUSHED_HOME = re.compile(r"\b(?:deport\w*|expel\w*|expul\w+|"
                          r"(?:economic|currency) (?:collapse|crisis|meltdown)|collapse of (?:its|the|their) (?:currency|economy))")
"""What sends people home in a story of deportations or of a host country's economic collapse; a "forced return" from
camps that close is told of people displaced by the war, whose returns keep its cause."""


def _background_causes(units: list[Sentence], fire_cause=lambda: "disaster",
                       collapse_cause=lambda: "disaster", storms: re.Pattern | None = None) -> tuple[dict[int, str], str]:
    """The cause of each paragraph and of the whole article; `fire_cause` and `collapse_cause` say what a fire or a
    collapse of no stated kind is, asked only when one is named. In a list of countries where few rows name a cause, a
    row's cause is its own: the paragraph's is read from its prose alone (`4. Burundi: 90,000 uprooted by floods` says
    nothing of the row on Cameroon beside it)."""
    totals = {"conflict": 0.0, "disaster": 0.0, "other": 0.0}
    by_paragraph: dict[int, list[str]] = {}
    for s in units:
        by_paragraph.setdefault(s.paragraph, []).append(s.text)
    causes = {}
    lede = next((para for para, texts in by_paragraph.items() if para >= 1 and not _BYLINE.match(" ".join(texts))), 1)
    for para, texts in by_paragraph.items():
        counts = _cause_counts(texts, fire_cause, collapse_cause)
        if storms is not None:
            counts["disaster"] += len(storms.findall(" ".join(texts).lower()))
        for cause, n in counts.items():
            totals[cause] += n * (2 if para <= lede else 1)
        prose, rows = _prose_and_rows(texts)
        if rows and _rows_of_countries(rows) and _few_rows_name_a_cause(rows, fire_cause, collapse_cause, storms):
            counts = _cause_counts(prose, fire_cause, collapse_cause)
            if storms is not None:
                counts["disaster"] += len(storms.findall(" ".join(prose).lower()))
        causes[para] = _pick_cause(counts)
        lower = " ".join(texts).lower()
        totals["conflict"] += len(lx.BACKGROUND_CONFLICT.findall(lower))
        totals["other"] += len(lx.BACKGROUND_OTHER.findall(lower))
    article = _pick_cause(totals)
    tied = [c for c in totals if totals[c] == totals.get(article, 0) and c != article]
    if tied and causes.get(0, "unknown") in tied:
        article = causes[0]
    return causes, article


_BYLINE = re.compile(r"\s*(?:By|BY|Por|Par|Reporting by|Text by)\s+[A-Z][^.!?]{0,70}$")
"""`By Amina Yusuf`: a byline before the first paragraph; the story's opening, which weighs double, comes after it."""
_ROW_LABEL = re.compile(r"([A-Z][^:\n]{2,40}):")


def _prose_and_rows(texts: list[str]) -> tuple[list[str], list[list[str]]]:
    """A paragraph's sentences before its first list row, and its rows, each with the sentences that go on from it."""
    prose, rows = [], []
    for t in texts:
        if bullet_length(t):
            rows.append([t])
        elif rows:
            rows[-1].append(t)
        else:
            prose.append(t)
    return prose, rows


def _rows_of_countries(rows: list[list[str]]) -> bool:
    """Whether a paragraph's list rows are labelled by two countries or more (`1. Chad: ...`, `2. Cameroon: ...`)."""
    labels = {country_of(m.group(1), countries_only=True) for row in rows
              for m in [_ROW_LABEL.match(row[0], bullet_length(row[0]))] if m}
    labels.discard(None)
    return len(labels) >= 2


def _few_rows_name_a_cause(rows: list[list[str]], fire_cause, collapse_cause, storms: re.Pattern | None) -> bool:
    """Whether at most one list row in four names a cause: then the list is no story of one event, and what one row
    names is its own (`4. Burundi: uprooted by floods` among five countries); where more rows name it (`- Grenada: ...
    after Beryl made landfall as a Category 4 hurricane` among three), the rows that do not are of the same event."""
    named = sum(1 for row in rows if _pick_cause(_cause_counts(row, fire_cause, collapse_cause)) != "unknown"
                or storms is not None and storms.search(" ".join(row).lower()))
    return named * 4 <= len(rows)


def _cause_counts(sentences: list[str], fire_cause=lambda: "disaster", collapse_cause=lambda: "disaster") -> dict[str, float]:
    lower = " ".join(sentences).lower()
    counts = {cause: float(len(pattern.findall(lower))) for cause, pattern in lx.CAUSE_CUES.items()}
    if lx.FIRE_CUES.search(lower):
        for sentence in sentences:
            fires = len(lx.FIRE_CUES.findall(sentence.lower()))
            if fires:
                counts[_fire_in_sentence(sentence, fire_cause())] += fires
    collapses = len(lx.COLLAPSE_CUES.findall(lower))
    if collapses:
        counts[collapse_cause()] += collapses
    return counts


def _pick_cause(counts: dict[str, float]) -> str:
    best = max(("conflict", "disaster", "other"), key=lambda c: counts.get(c, 0))
    return best if counts.get(best, 0) > 0 else "unknown"


_OTHERS_OWN_PREDICATE = re.compile(r"\s+others\s+((?:were|are|was|is|remain|remained|had\s+been|have\s+been)\s+[^.;,]{0,40})")
"""`3,500 people were under evacuation orders and about 9,400 others were on evacuation alert`: others whose own
predicate is an alert, a warning or a plan are not counted with the figure before them."""
_NAMED_CAMP_LABEL = re.compile(r"\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:camp|site|centre|center)\b")
"""`1. Abagena camp, Makurdi LGA: 24,630 IDPs`, `Bakassi camp - 42,510 persons`: displaced people, or people of no
other term, counted in a named camp are sheltered there."""
_QUALIFIER_WORDS = r"(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least|another|an\s+estimated)\s+)?"
"""A qualifier a number may carry, written once for the patterns that join it to what goes before."""
_INCLUDING_SOME = re.compile(r"[^.;\d]{0,200}?,\s+including\s+" + _QUALIFIER_WORDS)
_FROM_A_PLACE_AFTER = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z]")
"""`42,000 people have been displaced in north-eastern Libya, ..., including some 30,000 from Derna itself`: a bare
number of a place, included in a figure, counts the same."""
_ALONG_WITH = re.compile(r"[^.;\d]{0,80}?,\s+(?:along|together)\s+with\s+" + _QUALIFIER_WORDS)
"""`800,000 Syrian refugees had returned to the country from abroad, along with about 1.7 million internally displaced
people`: the displaced named along with returnees returned too."""
_NUMBERS_JOINED = re.compile(r"\s*,?\s+(?:and|or)\s+" + _QUALIFIER_WORDS)
"""`1,700 and 1,150 houses had been burned down in Churachandpur and Imphal East respectively`: two numbers joined
before one noun share it, and its verb."""
_NEXT_CLAUSE = re.compile(r"[^.;\d]{0,40}?(?:;|,\s*(?:and|but|while|whereas)?)\s*(?:(?:another|a\s+further|further|only)\s+)?")
_BARE_SUBJECT = re.compile(r"\s+(?:more\s+|others\s+)?(?:(?:were|was|are|is)|(?:had|have|has)\s+been)\s+(?:\w+ly\s+)?(?:damaged|destroyed|"
                           r"flattened|razed|burned|burnt|washed|swept|collapsed|submerged|flooded|closed|occupied|used)\b")
"""`38 cholera treatment centres are functional; 11 were damaged by the cyclone`: a bare number in the next clause
counts the same things."""
_TOTAL_BROUGHT_TO = re.compile(r"\b(?:bringing|brings|brought|taking|takes|raising|raises)\s+(?:the|its|their)\s+(?:total|number|tally|count)"
                               r"(?:\s+[a-z-]+){0,2}\s+to\s+" + _QUALIFIER_WORDS + "$")
"""`sending another 500 soldiers, bringing the total deployed to about 1,700`: the total of what was just counted."""


_SUBSET_INTRO = re.compile(r"\s*,\s*(?:including|among them|of whom)\s+")
"""`alongside about 600 patients, including 37 babies`: a part of people who are no figure is none either."""


_MOVED_INTO_SHELTER = re.compile(r"\b(?:moved|transferred|relocated|shifted|taken|bused|bussed)\b[^.;]{0,60}?\b(?:to|into)\b[^.;]{0,40}?"
                                 r"\b(?:shelters?|camps?|centres?|centers?|classrooms|schools?|sites?|halls?)\b", re.I)
_ALREADY_SHELTERED_AFTER = re.compile(r"\s+(?:in|at|from)\s+(?:its|their|the|its\s+own)\s+(?:(?!(?:to|into)\b)[\w-]+\s+){0,2}?"
                                      r"(?:schools?|shelters?|camps?|centres?|centers?|sites?)\b", re.I)
_OF_THE_DISPLACED_AFTER = re.compile(r"\s+of\s+(?:the|those)\s+(?:(?:new\s+)?arrivals|displaced|evacuees)\b", re.I)
"""`the last 580 people in its schools had been moved to four remaining shelters`, `2,400 of the new arrivals had been
moved to a transit centre`: people already out of their homes, moved from one shelter to another, are sheltered."""
_RELOCATED_AFTER = re.compile(r"(?:\s+[^\W\d][\w'-]*){0,6}?\s+(?:(?:had|have|has)\s+)?(?:been\s+|were\s+|was\s+)?"
                              r"(?:temporarily\s+|urgently\s+|safely\s+|pre-emptively\s+|preventively\s+)?relocated\b"
                              r"(?!\s+(?:to|into|in)\s+(?:the\s+)?(?:new|permanent|resettlement|relocation)\b)")
"""`More than 1.22 million people across Hebei province had been relocated`, `813,000 relocated as flood death toll
rises`: in a story of a flood or a storm, people relocated were moved out of its way."""
_BUILT_WORKS = re.compile(r"\b(?:projects?|reservoir|construction|bypass|highway|railway|mines?|mining)\b", re.I)
"""`1,137 households have been physically relocated from the reservoir area`: people moved out of the way of works are
displaced for them, not evacuated."""
_LET_BACK_AFTER = re.compile(r"\b(?:(?:were|was|have\s+been|had\s+been|are|is)\s+(?:finally\s+|later\s+|then\s+|now\s+)?"
                             r"(?:allowed|permitted|able|cleared)\s+to\s+(?:return|go\s+(?:back|home))"
                             r"|allowing\s+(?:them|residents|people)\s+to\s+(?:return|go\s+(?:back|home)))\b")
"""`about 130 people evacuated from Te Karaka when the river rose were allowed to return home`: people evacuated and
then let back are counted as returned, the first of the terms that apply."""
def _read_moves(text: str, live: list[Candidate], sentence: Sentence, context: ArticleContext) -> None:
    """Terms a move takes from who moves and in what story: people already out of their homes moved on to a shelter
    are sheltered; people `relocated` in a flood or storm story, not for works, were evacuated."""
    into_shelter = _MOVED_INTO_SHELTER.search(text) is not None
    relocating = "relocated" in text
    for cand in live:
        end = max(cand.noun_end, cand.quantity.end)
        if into_shelter and cand.term == "evacuated" and cand.noun_term != "evacuated" \
                and (_ALREADY_SHELTERED_AFTER.match(text, end) or _OF_THE_DISPLACED_AFTER.match(text, cand.quantity.end)
                     or cand.noun_term == "displaced"):
            cand.term = "sheltered"
        elif relocating and cand.term is None and cand.rejected is None and cand.unit in ("people", "households", None) \
                and _RELOCATED_AFTER.match(text, end) and context.background_cause(sentence.paragraph) == "disaster" \
                and not _BUILT_WORKS.search(text):
            cand.term = "evacuated"


_ARRIVALS_LABEL = re.compile(r"(?:[Nn]ew\s+)?[Aa]rrivals(?:\s+\([^)]*\))?")
_REFUGEES_TOLD = re.compile(r"\b(?:[Rr]efugees?|UNHCR|[Aa]sylum)\b")
"""A column of `New arrivals` in a document that speaks of refugees counts refugees."""
_ARRIVALS = re.compile(r"\b(?:(?:new(?:ly)?\s+)?arrivals|the\s+refugees|those\s+who\s+(?:have\s+|had\s+)?(?:crossed|fled|arrived|came))\b", re.I)


def _refugees_told_before(text: str, sentence: Sentence, context: ArticleContext, previous: Figure | None) -> Figure | None:
    """The refugee figure a sentence may go on telling of: the one just before, or, for "the new arrivals", the
    article's last refugee figure of the few paragraphs before, whatever other figure came between."""
    if previous is not None and previous.term == "refugees":
        return previous
    last = context.last_refugees
    if last is not None and _ARRIVALS.search(text) and context.paragraph_of(last.start) >= sentence.paragraph - 3:
        return last
    return None


def _still_the_refugees(text: str, places, previous: Figure | None) -> bool:
    """`about 3,500 of the new arrivals had been registered in the camps`, `3,100 of the Venezuelans who crossed the river are
    staying in 11 temporary shelters`: people sheltering after a count of refugees, told of as its arrivals or by the
    nationality of those refugees, are refugees still, of the same origin and host."""
    if previous is None or previous.term != "refugees" or not previous.country or not previous.destination:
        return False
    if any(p.kind in ("country", "demonym") and p.iso3 not in (previous.country, previous.destination)
           or p.kind not in ("country", "demonym") and p.iso3 == previous.country for p in places):
        return False
    return bool(_ARRIVALS.search(text)) or any(p.kind == "demonym" and p.iso3 == previous.country for p in places)


def _sentence_figures(sentence: Sentence, units, context: ArticleContext, previous: Figure | None,
                      row: ListRow | None = None, row_before: Figure | None = None) -> list[Figure]:
    """`row_before` is the figure of the list's row just above: `- Mayabeque: 540` under `- Artemisa: 13,120 people
    evacuated` counts the same."""
    text = sentence.text
    if _RETRACTED.search(text):
        return []
    skip = bullet_length(text) or (strip_dateline(text) if not sentence.is_title else 0)
    quantities = [q for q in find_quantities(text) if q.start >= skip]
    if not quantities or _DEFINITION.search(text):
        return []
    candidates = [read_quantity(text, q, previous) for q in quantities]
    if sentence.is_title and " to " in text:
        for cand in candidates:
            if cand.rejected is None and _HEADLINE_PLAN.search(text, max(0, cand.quantity.start - 40), cand.quantity.start):
                cand.rejected = "a plan told in a headline"
    for cand, earlier in zip(candidates[1:], candidates):
        if earlier.rejected == PEOPLE_BESIDE and cand.rejected is None and cand.noun_term is None \
                and _SUBSET_INTRO.fullmatch(text, earlier.noun_end, cand.quantity.start):
            cand.rejected = earlier.rejected
    for cand in candidates:
        if cand.partitive_them and cand.inherited is not None and _whole_told_since(cand, units, sentence):
            cand.inherited = None
    for cand, earlier in zip(candidates, [None] + quantities[:-1]) if _SAID_WRONGLY.search(text) else ():
        withdrawn = _WITHDRAWN_BEFORE.search(text, max(earlier.end if earlier else 0, cand.quantity.start - 80), cand.quantity.start)
        if withdrawn and not _REVISED.search(text, withdrawn.end(), cand.quantity.start):
            cand.rejected = "a figure said to be wrong"
    if _DENIAL.search(text):
        for cand in candidates:
            if _denied(text, cand.quantity.start):
                cand.rejected = "a report said to be false"
    if all(c.rejected for c in candidates):
        return []
    sources = context.sources(text)
    masked = _mask(_initials_undotted(_months_named(text)).lower(), [(m.start, m.end) for m in sources] + _body_descriptions(text, sources))
    in_camps: list[Candidate] = []
    if row is not None:
        for cand, earlier in zip(candidates, [None] + candidates[:-1]):
            label = cell_label(text, cand.quantity, row) if cand.rejected is None else None
            if label is not None:
                read_label(cand, label)
                if cand.rejected is None and not cand.label_terms and _ARRIVALS_LABEL.fullmatch(label.strip()) \
                        and _REFUGEES_TOLD.search(context.text):
                    cand.label_terms = {"refugees"}
                if _NAMED_CAMP_LABEL.match(label):
                    in_camps.append(cand)
                if _OTHER_PLACES.search(label) and _NAMES_LISTED_AFTER.match(text, cand.quantity.end):
                    cand.rejected = "a count of the places it names"
            if cand.rejected == "label counts no people or houses" and earlier is not None and earlier.rejected is None \
                    and earlier.unit and earlier.quantity.start > text.rfind(":", 0, cand.quantity.start):
                cand.rejected = None
    else:
        labelled = _LABEL_LINE.match(text)
        first = next((c for c in candidates if c.rejected is None), None)
        if labelled and first is not None and first.quantity.start <= labelled.end() and labels_no_figure(labelled.group(1)) \
                and not (_CLAUSE_VERB.search(labelled.group(1)) and (first.unit is not None or labelled.group(1).split()[-1][:1].isupper())):
            first.rejected = "labelled as no figure"
    reject_shares_of_things(text, candidates)
    reject_shares_of_non_figures(text, candidates)
    for cand, earlier in zip(candidates[1:], candidates):
        if cand.rejected is None and cand.unit is None and earlier.rejected is not None \
                and _TOTAL_BROUGHT_TO.search(text, earlier.quantity.end, cand.quantity.start):
            cand.rejected = "the total of " + earlier.rejected
        elif cand.rejected is None and cand.unit is None and (earlier.rejected or "").startswith("count of ") \
                and _NEXT_CLAUSE.fullmatch(text, max(earlier.noun_end, earlier.quantity.end), cand.quantity.start) \
                and _BARE_SUBJECT.match(text, cand.quantity.end):
            cand.rejected = earlier.rejected
    link_partitives(text, candidates)
    live = [c for c in candidates if c.rejected is None]
    if not live:
        return []
    places = _shifted(context.places_between(sentence.start + skip, sentence.end), sentence.start)
    unknown = _shifted([p for p in context.unknown_places if sentence.start + skip <= p.start < sentence.end], sentence.start)
    speaking = [p for p in places if (p.kind == "country" and text.startswith(("'s", "\u2019s"), p.end) or p.kind == "demonym")
                and any(s.start <= p.start < s.end and s.code == "GOV" for s in sources)
                or p.kind == "country" and any(s.start == p.start and s.end == p.end and s.code == "GOV" for s in sources)
                or p.kind in ("admin1", "city") and any(s.start <= p.start < s.end and s.code == "GOV" for s in sources)
                and not _NAME_GOES_BEFORE.search(text, max(0, p.start - 20), p.start)]
    spoken_for = [p for p in speaking if p.kind == "country"]
    voices = {p.iso3 for p in places if p.kind in ("country", "demonym") and any(s.start <= p.start < s.end for s in sources)}
    hosted = hosting_spots(text, places)
    places = [p for p in places if not any(s.start <= p.start < s.end for s in sources)
              or any(s.start == p.start for s in sources) and _DIVISION_ACTS.match(text, p.end)]
    recent = previous if previous is not None and (context.paragraph_of(previous.start) >= sentence.paragraph - 1
                                                   or units[0].is_title and previous.start < units[0].end and sentence.paragraph <= 2) \
        and refers_to_the_figure(masked) \
        and not any(_holds_a_count(u.text) for u in units if previous.end <= u.start and u.end <= sentence.start) else None
    joined = [(a, b) for a, b in zip(live, live[1:]) if a.unit is None and a.rejected is None and b.unit is not None
              and _NUMBERS_JOINED.fullmatch(text, a.quantity.end, b.quantity.start)]
    for a, b in joined:
        a.unit, a.noun_term = b.unit, a.noun_term or b.noun_term
    assign_terms(text, masked, live, previous, places, row, context.main_country, recent, voices, hosted)
    for a, b in joined:
        if a.rejected is None and a.term is None and b.rejected is None and b.term is not None:
            a.term, a.own_cue, a.cue_at = b.term, b.own_cue, b.cue_at
    for cand in in_camps:
        if cand.term == "displaced" or cand.term is None and cand.rejected is None and cand.unit in ("people", "households"):
            cand.term = "sheltered"
    _read_moves(text, live, sentence, context)
    for cand in live:
        if cand.term == "evacuated" and cand.rejected is None:
            back = _LET_BACK_AFTER.search(text, cand.quantity.end)
            if back and not HAS_DIGIT.search(text, cand.quantity.end, back.start()):
                cand.term = "returned"
    for cand in live:
        others = _OTHERS_OWN_PREDICATE.match(masked, cand.quantity.end) if cand.unit is None and cand.term else None
        if others and lx.NEGATIVE_CUES.search(others.group(1)):
            cand.rejected = "others of whom a negative is told"
    for a, b in zip(live, live[1:]):
        if a.term is not None and a.unit is not None and b.rejected is None and b.term is None and b.unit is None \
                and _INCLUDING_SOME.fullmatch(text, max(a.noun_end, a.quantity.end), b.quantity.start) \
                and _FROM_A_PLACE_AFTER.match(text, b.quantity.end):
            b.unit, b.term, b.own_cue, b.cue_at = a.unit, a.term, a.own_cue, a.cue_at
        if a.term == "returned" and b.rejected is None and b.term == "displaced" \
                and _ALONG_WITH.fullmatch(text, max(a.noun_end, a.quantity.end), b.quantity.start):
            b.term = "returned"
    refugees_before = _refugees_told_before(text, sentence, context, previous)
    abroad = _still_the_refugees(text, places, refugees_before)
    sheltered_abroad = {id(c) for c in live if abroad and c.term == "sheltered" and c.rejected is None}
    for cand in live:
        if id(cand) in sheltered_abroad:
            cand.term = "refugees"
    first = next((c for c in live if not c.rejected), None)
    labelled = _LABELLED_ROW.match(text, bullet_length(text)) if row_before is not None else None
    if labelled and first is not None and first.term is None and first.unit in (None, row_before.unit) \
            and _names_a_place_or_day(labelled.group("label")):
        first.term, first.unit = row_before.term, row_before.unit
    others = tuple(c.quantity.start for c in candidates if c.quantity.kind == "count" and (c.rejected or c.term is None))
    figures = []
    figure_of: dict[int, Figure] = {}
    for index, cand in enumerate(live):
        if cand.rejected or cand.term is None:
            continue
        unit = cand.unit or inherited_unit(live, index, previous, cand, text) or default_unit(cand.term)
        if not unit_fits(unit, cand.term):
            continue
        segment = _segment(live, index, len(text))
        if cand.partitive_them and figures and _PARTITIVE_OF_THEM.match(text, cand.quantity.end):
            cand.inherited = figures[-1]
        if cand.term == "refugees" and going_home(text, cand, places, live[index + 1].quantity.start if index + 1 < len(live) else None):
            cand.term = "returned"
        host = elided_host(text, cand.quantity.start, places) if cand.term == "refugees" else None
        given = (figures[-1].country, host) if host is not None and figures and figures[-1].term == "refugees" \
            and figures[-1].country != host else None
        if figures and index and _INCLUDED.fullmatch(text, live[index - 1].quantity.end, cand.quantity.start) \
                and live[index - 1].term == figures[-1].term and unit == "people" and not _OWN_CLAUSE.match(text, cand.quantity.end):
            cand.term = figures[-1].term
            given = (figures[-1].country, figures[-1].destination)
        if given is None and id(cand) in sheltered_abroad:
            given = (refugees_before.country, refugees_before.destination)
        figure = _figure(sentence, cand, unit, segment, places, sources, units, context, masked, spoken_for, speaking, given,
                         unknown, others)
        if row is not None and figure.source is None:
            figure.source = row_source(row, context)
        if row is not None:
            _read_row_context(figure, text, row, context, cand.quantity.start)
        if figure.source is None and figures:
            figure.source = figures[-1].source
        if figure.source is None and not _UNNAMED_VOICE.search(text):
            figure.source = context.answered_by(sentence.paragraph) or context.issuer(sentence.paragraph)
        if figure.source is None:
            figure.source = _told_after(sentence, units, context)
        if index and figures and figure_of.get(id(live[index - 1])) is figures[-1] and figure.date == context.published \
                and _SHORTENED_CLAUSE.fullmatch(text, live[index - 1].quantity.end, cand.quantity.start):
            figure.date = figures[-1].date
        elif index and figures and figure_of.get(id(live[index - 1])) is figures[-1] and figures[-1].date == context.published \
                and figure.date != context.published \
                and _SHORTENED_CLAUSE.fullmatch(text, live[index - 1].quantity.end, cand.quantity.start) \
                and _TRAILING_PERIOD.match(text, max(cand.noun_end, cand.quantity.end)):
            figures[-1].date = figure.date
        figures.append(figure)
        if figure.term == "refugees" and figure.country and figure.destination:
            context.last_refugees = figure
        if figure.term == "refugees" and figure.country and row is None:
            context.last_refugee_origin = figure.country
        figure_of[id(cand)] = figure
    if joined and _RESPECTIVELY.search(text):
        for a, b in joined:
            pair = [figure_of.get(id(a)), figure_of.get(id(b))]
            if None not in pair:
                _read_respectively(text, pair, places)
    return figures


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_PLACES_JOINED = re.compile(r"(?:\s+(?:district|province|state|region|county|governorate|department|camp)s?)?\s*,?\s+and\s+(?:the\s+)?")


_UNNAMED_VOICE = re.compile(r"\baccording to (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?(?:by|from|of)\s+(?:(?:humanitarian|aid|local|relief)\s+)?"
                           r"(?:partners|workers|residents|witnesses|sources|survivors|villagers)\b"
                           r"|\baccording to (?:(?:humanitarian|aid|local|relief)\s+)?(?:partners|workers|residents|witnesses|sources|survivors|villagers)\b"
                           r"|\b(?:[Rr]esidents|[Ww]itnesses|[Ss]urvivors|[Aa]id workers|[Hh]umanitarian partners|[Ll]ocal sources|[Vv]illagers)\s+"
                           r"(?:said|say|says|told|reported)\b")
"""`..., according to a rapid assessment by humanitarian partners`: a figure given by people the article does not
name is theirs, not the issuer's of the release it stands in."""


def _read_respectively(text: str, pair: list[Figure], places: list[Place]) -> None:
    """`42,315 and 9,120 Congolese refugees in Burundi and Uganda respectively`: the places named as a pair go to the two
    numbers in order, as destinations of refugees or as locations."""
    named = [p for p in places if p.kind in ("country", "admin1", "city")]
    found = next(((p, q) for p, q in zip(named, named[1:]) if p.kind == q.kind and p.name != q.name
                  and _PLACES_JOINED.fullmatch(text, p.end, q.start)), None)
    if found is None:
        return
    if all(f.term == "refugees" for f in pair) and found[0].kind == "country":
        origins = {f.country for f in pair} - {p.iso3 for p in found} - {None}
        for figure, place in zip(pair, found):
            figure.destination = place.iso3
            if len(origins) == 1:
                figure.country = next(iter(origins))
    elif found[0].kind in ("admin1", "city") and all(f.country in (p.iso3, None) for f, p in zip(pair, found)):
        for figure, place in zip(pair, found):
            figure.location = place_name(place)


_DIVISION_ACTS = re.compile(rf"(?:\s+(?:{DIVISION_WORDS}))?\s+(?:(?:has|had|have)\s+)?(?:{'|'.join(DIVISION_DEEDS)}|"
                            r"(?:also|still)\s+(?:reported|said))\b")
"""`Fujian province had evacuated 290,000 people`: a division that acts is its government and the figure's place."""
_FUNDING = re.compile(r"\b(?:fund|appeal|budget|donor)", re.I)


_BARE_PARTITIVE = re.compile(r"\b[Oo]f\s+(?:them|whom|those(?=\s*[,;:]|\s+(?:are|were|is|was|have|had|remain|still|now)\b))\b")
"""`of them`, not `of those who arrived` or `of those buildings`: a part that names its whole is of the figure that
counts it."""


def _whole_told_since(cand, units, sentence: Sentence) -> bool:
    """`500,000 fled. The city had about 6 million residents. Some 300,000 of them are children`: a bare "of them"
    is a part of the nearest count before it that can hold it (`screened 12,600 children ... and referred 940 of them`),
    not of the last figure."""
    whole, q = cand.inherited, cand.quantity
    if not _BARE_PARTITIVE.search(sentence.text, max(0, q.start - 30), q.end + 20):
        return False
    earlier = [other for u in units if whole.end <= u.start and u.end <= sentence.start and HAS_DIGIT.search(u.text)
               for other in find_quantities(u.text)]
    if whole.end <= sentence.start:
        lower = sentence.text.lower()
        earlier += [other for other in find_quantities(sentence.text) if other.end <= q.start
                    and not any(pattern.search(lower, other.end, q.start) for pattern in lx.TERM_CUE_PATTERNS.values())]
    return any(other.kind == "count" and other.value >= q.value for other in earlier)


def _holds_a_count(text: str) -> bool:
    """A sentence with a number of its own (`The death toll reached 214`, `$110 million`), not only a year or a date."""
    return bool(HAS_DIGIT.search(text)) and any(q.kind in ("count", "money") or q.kind == "percent" and _FUNDING.search(text)
                                                for q in find_quantities(text))


_SAID_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|mistakenly|erroneously|misstated|misreported)\b")
_WITHDRAWN_BEFORE = re.compile(r"\b(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|counted|"
                               r"announced)|misstated|misreported)\b[^;]*$")
_REVISED = re.compile(r"\b(?:but|before|while|whereas|revis\w+|correct\w+)\b|;")
"""`The ministry wrongly said 5,000 homes had been destroyed`: a figure the sentence itself calls wrong, not the one it
is revised to."""
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|disput(?:ed|es)|false|untrue|"
                     r"unfounded|baseless|fake|inaccurate|incorrect)\b", re.I)
_DENIED_REPORT_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|disput(?:ed|es))\s+"
                                   r"(?:as\s+\w+\s+)?(?:the\s+|media\s+|social media\s+)?(?:reports?|claims?|rumou?rs?|"
                                   r"allegations?|accounts?|suggestions?|posts?)\s+(?:that|of)\b[^;]*$", re.I)
_REPORT_BEFORE = re.compile(r"(?:^|[.;:]\s*)(?:the\s+|earlier\s+|online\s+)?(?:reports?|claims?|rumou?rs?|allegations?|posts?)\s+"
                            r"(?:on social media\s+|online\s+)?(?:that|of)\b[^;,]*$", re.I)
_CALLED_FALSE_AFTER = re.compile(r"\b(?:were|was|are|is|have been|has been|proved|proven)\s+(?:\w+\s+)?(?:false|untrue|unfounded|"
                                 r"baseless|fake|inaccurate|incorrect)\b", re.I)


def _denied(text: str, at: int) -> bool:
    """`The governor denied reports that 10,000 people had fled`, `Rumours that 5,000 residents had been evacuated were
    untrue`: a figure the sentence reports only to deny it."""
    if _DENIED_REPORT_BEFORE.search(text, max(0, at - 120), at):
        return True
    return bool(_REPORT_BEFORE.search(text, 0, at)) and bool(_CALLED_FALSE_AFTER.search(text, at))


_LABELLED_ROW = re.compile(r"\s*(?P<label>[A-Z][^:]{1,50}?):\s*(?:(?:about|around|some|nearly|almost|close to|more than|over|at least|"
                           r"approximately|roughly)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s*(?:[,;(.]|$)")
"""`Mayabeque: 540`, `Havana: about 2,600, mostly from the coast`: a row giving a place and a bare number."""
_PLACE_WORDS_AFTER = re.compile(r"\s+(?:province|district|state|region|county|city|town|municipality|department|governorate|"
                                r"prefecture|island|islands|camp|zone|commune|territory)\s*$", re.I)


def _names_a_place_or_day(label: str) -> bool:
    """`Mayabeque`, `Tana River county`, `Tuesday, 8am`: a row label naming where or when, not what (`Power outages`)."""
    if _DAY_LABEL.match(label + ":") or _MONTH_LABEL.match(label + ":"):
        return True
    name = _PLACE_WORDS_AFTER.sub("", label).strip()
    found = find_places(name)
    if found and found[0].start == 0 and found[0].end == len(name):
        return True
    words = [w for w in re.split(r"[\s()]+", name) if w and w.lower() not in _NAME_JOINERS and not _PLACE_WORDS_AFTER.match(" " + w)]
    return bool(words) and all(w[:1].isupper() for w in words) and not any(w.lower() in _ROW_THINGS for w in words) \
        and len(words) <= 5


_NAME_JOINERS = frozenset("and de del la le las los el al of du des da do dos das y et & area areas suburbs outskirts".split())
_ROW_THINGS = frozenset("""total totals power outages outage phone lines rainfall boreholes classrooms schools roads bridges
deaths dead injured missing affected children women men pregnant elderly cases cholera measles volunteers livestock cattle
trucks flights tents kits hectares crops wells latrines""".split())


_OTHER_PLACES = re.compile(r"\b(?:[Oo]ther|[Rr]emaining)\s+[a-z]+\s*$")
_NAMES_LISTED_AFTER = re.compile(r"\s*\((?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:,\s*|\s+and\s+)?){2,}\)")
"""`Other governorates - 3 (Hama, Latakia, Raqqa)`: a row counting the places it names."""
_NAME_GOES_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
"""`ward chairperson Dil Bahadur Shahi`: a place name ending a person's name is no government speaking."""
_RETRACTED = re.compile(r"\b(?:[Aa]n earlier|[Aa] previous|[Tt]he original) version of this (?:story|article|report|item|piece)\b")
"""`Correction: An earlier version of this story said 18,000 households had been displaced.`: a withdrawn figure."""
_DEFINITION = re.compile(r"\b(?:displacements?|events?|emergenc(?:y|ies)|disasters?|movements?|evacuations?)(?:,[^,.;]{1,40},)?\s+(?:is|are)\s+"
                         r"(?:(?:defined|classed|classified)\s+as\s+)?(?:one|those|any)\s+(?:involving|in\s+which)\b|"
                         r"\b(?:displacements?|events?)\s*[-\u2013\u2014(,]\s*(?:those|ones?)\s+(?:involving|affecting|in\s+which)\b|"
                         r"\bdefine[sd]?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:displacements?|events?|emergenc(?:y|ies)|disasters?|movements?|"
                         r"evacuations?)\s+as\s+(?:one|those|any)\b", re.I)
"""`A mass displacement is one involving ten or more families or 50 or more people`, `176 mass displacement events -
those involving 50 or more people`: a definition's thresholds count
no one."""
_MONTH_LABEL = re.compile(r"\s*(?:[-*\u2022]\s*)?((?:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\s+\d{4})\s*:", re.I)


_HEADING_ASIDE = re.compile(r"\(([^()]{3,60})\)|,\s*([^,():]{3,40}?)\s*:?\s*$")
_SINCE_EVENT = re.compile(r"\b(?:since|after|following\s+(?:the|a|an|its|their))\b", re.I)
_EVENT_WORD = re.compile(r"\b(?:landfall|hit|struck|began|started|erupted|broke out|made)\b", re.I)
"""`People displaced since the earthquake (6 February):`, `(landfall on 11 March)`: the aside dates an event, not the rows."""
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs|GMT|UTC|local time)\b", re.I)


_RANGE_DASH = re.compile(r"\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\s+(?:to|until|till)\s+")
_DAY_LABEL = re.compile(r"\s*(?:[-*\u2022]\s*)?((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^:]{0,20}):", re.I)
"""`* Tuesday, 8am: 13,350`: a row of a running tally is dated by its day."""


def _heading_date(heading: str, published: str) -> str | None:
    """`Impact by region (INDECI, 14 March, 6pm):`, `by municipality (2pm Monday):`: a table's heading dates its rows
    with a bare date in an aside."""
    for match in _HEADING_ASIDE.finditer(heading):
        aside = match.group(1) or match.group(2)
        stamped = "," in aside and not _EVENT_WORD.search(aside)
        if not stamped and (_SINCE_EVENT.search(heading, 0, match.start()) or _EVENT_WORD.search(aside)):
            continue
        for part in aside.split(","):
            part = _RANGE_DASH.split(_CLOCK.sub(" ", part))[-1].strip()
            if part:
                date = resolve_date(f"as of {part}", published)
                if date != published:
                    return date
    return None


_SOURCE_LINE_DATE = re.compile(r",\s*([^,;]{3,30}?)\s*\.?\s*$")


def _source_line_date(line: str, published: str) -> str:
    """`Source: ASDMA daily report, 3 July.`: the date closing a table's source line is the date of its rows."""
    tail = _SOURCE_LINE_DATE.search(line)
    return resolve_date("as of " + tail.group(1), published) if tail else published


def _read_row_context(figure: Figure, text: str, row: ListRow, context: ArticleContext, at: int) -> None:
    """What a list row takes from its list: `- January 2025: 79,300` is dated by its own label, a cell in a column
    headed `8 May` by its header, other rows by the introduction or the date closing its `Source:` line; under
    `Sudanese refugees by country of asylum` or `Largest host countries of refugees from Venezuela`, `- Egypt: 1.5
    million` are refugees of that nation in Egypt."""
    header = column_header(text, at, row.header)
    if figure.date == context.published and header and DATE_HEADER.fullmatch(header):
        figure.date = resolve_date("as of " + header.strip(" *\u2020\u00b9\u00b2\u00b3"), context.published) or figure.date
    month = _MONTH_LABEL.match(text)
    label = _DAY_LABEL.match(text)
    if month and figure.date == context.published:
        figure.date = resolve_date("in " + month.group(1), context.published)
    elif label and figure.date == context.published:
        figure.date = resolve_date("as of " + _CLOCK.sub(" ", label.group(1)).strip(" ,"), context.published)
    elif row.intro is not None and figure.date == context.published:
        figure.date = resolve_date(row.intro.text, context.published)
        if figure.date == context.published:
            figure.date = _heading_date(row.intro.text, context.published) or figure.date
    if row.source_line is not None and figure.date == context.published:
        figure.date = _source_line_date(row.source_line.text, context.published)
    if figure.term == "refugees" and row.intro is not None and figure.destination is None:
        origins = {p.iso3 for p in find_places(row.intro.text) if p.iso3 and (p.kind == "demonym"
                   and _NATIONALS_LISTED.match(row.intro.text, p.end) or is_refugee_origin(row.intro.text, p))}
        if len(origins) == 1 and figure.country not in origins and figure.country is not None:
            figure.destination, figure.country = figure.country, origins.pop()
    if figure.term == "refugees" and figure.destination is None and figure.country is not None \
            and any(_ASYLUM_COLUMN.search(line) for line in row.context_lines()) \
            and context.last_refugee_origin not in (None, figure.country):
        figure.destination, figure.country = figure.country, context.last_refugee_origin


_ASYLUM_COLUMN = re.compile(r"\b(?:[Cc]ountr(?:y|ies)\s+of\s+asylum|[Hh]ost\s+countr(?:y|ies)|[Aa]sylum\s+countr(?:y|ies))\b")
"""`Country of asylum | New arrivals`: rows named by the country that hosts the article's refugees."""
_NATIONALS_LISTED = re.compile(r"\s+(?:refugees?|asylum[- ]seekers?|nationals|citizens|migrants|returnees|who|under|registered|"
                               r"living|hosted|displaced|by|seeking|population|in|abroad|arriving|arrived)\b", re.I)
"""`Sudanese refugees by country of asylum:`, `Sudanese who have crossed ...:`, `Ukrainians under temporary protection:` name
the people of the rows; `Ugandan settlements` or `the Kenyan Department of Refugee Services` name the host."""
_INCLUDED = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:people|persons|refugees|residents|[A-Z][a-z]+s)?\s*,\s*including\s+(?:about\s+|some\s+|nearly\s+|more than\s+|at least\s+)?")
"""`580 Mexicans, including 200 children, had crossed into Guatemala`: a subset named in an aside is counted as its whole is."""
_OWN_CLAUSE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:who|that|which)\b")
"""`including about 4 million who fled abroad`: a subset with a verb of its own is counted by it."""
_PARTITIVE_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom|these)\b")
"""`7.9 million Venezuelan refugees ..., 6.7 million of them in Latin America`: "them" is the figure just before."""


_MAY = re.compile(r"\bMA[Yy]\b|\bMay\b")


def _months_named(text: str) -> str:
    """`Floods in February and May displaced 5,000`: the month, written with a capital, is no `may` of a plan."""
    return _MAY.sub("Mai", text) if "May" in text or "MAY" in text else text


_BODY_DESCRIPTION = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w'-]+\s+){0,5}?(?:agency|office|authority|department|institute|"
                               r"commission|service|body|organi[sz]ation|group|charity|committee|council|ministry|centre|center)"
                               r"(?:\s+(?:for|of|on)\s+[\w\s'-]{1,40}?)?,")
"""`CONRED, the national disaster coordination agency, said`: what a body is called says nothing of the figure."""
_BODY_DESCRIBED_AT_THE_END = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:the|a|an|its)\s+(?:[\w'-]+\s+){0,5}?(?:agency|office|authority|institute|"
                                        r"commission|body|organi[sz]ation|group|groups|charity|committee|council|coalition|network|"
                                        r"alliance|association|federation)(?:\s+(?:for|of|on)\s+[\w\s'-]{1,40}?)?\s+(?:that|which|who)\b[^.;,\d]*(?=[.;]|$)")
"""`according to the Karenni Civil Society Network (KCSN), a coalition of local groups that has been tracking the exodus`:
what a body does, told after it, says nothing of the figure."""


_RETURNED_FROM_BEFORE = re.compile(r"\b(?:[Rr]eturn(?:s|ed|ing)?|[Rr]eturnees?|[Dd]eport(?:ed|ations?|ees)|[Ee]xpelled|[Ee]xpulsions?|"
                                  r"[Rr]epatriat(?:ed|ions?)|back)\s+(?:[\w-]+\s+){0,2}?from\s+(?:neighbou?ring\s+)?$")
"""`Returns from Iran pass 1.2 million`: the country people came back from is not the story's country."""
_CROSSED_FROM_BEFORE = re.compile(r"\b(?:crossed|crossing|came|coming|infiltrated|infiltrating|launched|struck)\s+(?:over\s+|in\s+)?from\s+$")
"""`when Boko Haram fighters crossed from Nigeria`: where attackers came from is not where the paragraph's people are."""
_TRAILING_PERIOD = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:in|during)\s+(?:(?:19|20)\d\d|(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                              + r")\.?(?:\s+(?:19|20)\d\d)?)\b", re.I)
"""`412,000 houses were damaged and 38,500 destroyed in 2025.`: a period told after the second of two counts dates both."""
_SHORTENED_CLAUSE = re.compile(r"\s+(?:[a-z-]+\s+){0,4}?and\s+(?:(?:another|a\s+further|some|about|more\s+than|nearly|around|over)\s+)?")
"""`counted 105,000 houses destroyed and 188,000 damaged`: a count in a shortened clause shares the first one's date."""
_HOSTED_AFTER = re.compile(r"\s+(?:refugees?|asylum[- ]seekers?|camps?|settlements?|shelters|arrivals|refugee\s+camps?)\b", re.I)
"""`a Rohingya camp in Cox's Bazar`, `Syrian refugees in Lebanon`: a people named as hosted tell where they came from,
not where the story happens."""
_HEADLINE_PLAN = re.compile(r"(?:\b(?-i:[A-Z])[\w'\u2019.-]*|\b(?:government|authorities|officials|council|city|state|ministry|army|police))\s+"
                            r"to\s+(?:move|evacuate|relocate|resettle|return|repatriate|deport|house|shelter|take\s+in|admit|receive|"
                            r"accept|rehouse)\s+(?:(?:about|some|up\s+to|more\s+than|over|nearly|another|a\s+further|an\s+extra)\s+)?$", re.I)
"""`Belgorod to move 9,000 children away from border`: a headline's "to" tells what is planned."""
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]\.(?=\s[A-Z])")


def _initials_undotted(text: str) -> str:
    """`staying at the Kendal G.L. Isaacs gymnasium`, `fled to the U.S. border`: the dots of initials end no clause."""
    return _INITIALS.sub(lambda m: m.group().replace(".", " "), text) if "." in text else text


def _body_descriptions(text: str, sources) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for s in sources for m in [_BODY_DESCRIPTION.match(text, s.end) or _BODY_DESCRIBED_AT_THE_END.match(text, s.end)]
            if m]


def _mask(text: str, spans) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _segment(live: list[Candidate], index: int, length: int) -> tuple[int, int]:
    left = live[index - 1].quantity.end if index else 0
    right = live[index + 1].quantity.start if index + 1 < len(live) else length
    return left, right


_HEDGED = re.compile(r"\bmay\s+have\s+(?!to\b)")
"""`up to 1 million people may have been displaced`: an estimate its speaker hedges is a figure to check."""


def _shifted(places: list[Place], offset: int) -> list[Place]:
    """Places with their offsets counted from a sentence's start."""
    return [Place(p.name, p.iso3, p.kind, p.start - offset, p.end - offset, p.candidates) for p in places]


def _figure(sentence: Sentence, cand: Candidate, unit: str, segment, places, sources, units, context: ArticleContext,
            masked: str, spoken_for=(), speaking=(), given=None, unknown=(), others=()) -> Figure:
    """A figure from its candidate; `given` (country, destination) is a host list's reading of the refugees before."""
    q = cand.quantity
    text = sentence.text
    term = cand.term
    country, destination = given or figure_countries(sentence, cand, term, segment, places, context, spoken_for, speaking)
    whole = cand.inherited if cand.partitive_them else None
    if given is None and whole is not None and whole.country and not places and (term == "refugees") == (whole.term == "refugees"):
        country, destination = whole.country, whole.destination
    elif given is None and whole is not None and whole.country and term == "returned" and whole.term == "refugees" \
            and country is not None and country == whole.destination:
        country, destination = whole.country, None
    location = figure_location(text, cand, term, segment, sorted([*places, *unknown], key=lambda p: p.start), country,
                               destination)
    if location is not None and location.isupper() and not any(c.islower() for c in text):
        location = name_from_capitals(location)
    source = figure_source(sentence, cand, sources, units, context)
    date = timeline_date(text, context.published, resolve_date(text, context.published, near=q.start, near_end=q.end,
                                                               clause=segment, cue=cand.cue_at, others=others),
                         entry=context.paragraph_opening(sentence))
    date = earlier_count_date(text, max(cand.noun_end, q.end), date)
    cause = _cause(masked, segment, sentence, context, q.start, country if term == "refugees" else None, term, destination)
    if term == "evacuated" and _relocated_for_good(masked, cand.cue_at, cause):
        term = "displaced"
    confidence = _confidence(cand, source, country, places, hedged=bool(_HEDGED.search(masked, *segment)))
    if term == "refugees" and country:
        context.refugee_origins.append(country)
    if term == "refugees" and destination:
        context.last_host = destination
    if term == "returned" and country:
        context.last_return = country
    if country and term != "refugees":
        context.last_place, context.last_place_hosts = (sentence.paragraph, country), False
    elif destination:
        context.last_place, context.last_place_hosts = (sentence.paragraph, destination), True
    return Figure(value=q.value, value_high=q.value_high, qualifier=q.qualifier, unit=unit, term=term,
                  country=country, destination=destination, location=location, source=source, date=date,
                  cause=cause, quote=text, start=sentence.start + q.start, end=sentence.start + q.end,
                  confidence=confidence)


_RELOCATION_CUE = re.compile(r"relocat|resettl|moved|moving|shift|transferr")
_FOR_SAFETY = re.compile(r"\b(?:safety|safe|safer|higher ground|precaution\w*|ahead of|before the|danger\w*|risk|threat\w*|emergency|"
                         r"evacuat\w*|shelters?|(?:relief|evacuation) (?:camps?|cent(?:re|er)s?)|warnings?|tents?)\b")
"""Words of a move made to escape a hazard, which is an evacuation whatever verb tells it."""
_FOR_GOOD = re.compile(r"\b(?:new|permanent)\s+(?:[\w-]+\s+)?(?:settlements?|villages?|towns?|homes|houses|flats|apartments|apartment blocks|"
                       r"housing|estates?|plots)\b|\bserviced plots\b|\bcompensation\b|\bpermanently\b")
"""`relocated to a new settlement`, `to serviced plots`, `under a compensation programme`: a move for good."""
_UNSAFE_BUILDING = re.compile(r"\b(?:cracks?|cracked|collaps\w+|structural\w*|engineers?)\b")
"""`moved out after engineers found cracks`: families moved out of an unsafe building were evacuated from it."""


def _relocated_for_good(masked: str, cue_at: int | None, cause: str) -> bool:
    """`Norte Energia said it had relocated 4,100 families`, `relocated to a new settlement on state land`: people moved
    out for a project, an eviction or for good were displaced; an evacuation moves people to safety from a hazard."""
    if cue_at is None or not _RELOCATION_CUE.search(masked, max(0, cue_at - 40), cue_at + 40) or _FOR_SAFETY.search(masked):
        return False
    return cause == "other" and not _UNSAFE_BUILDING.search(masked) or bool(_FOR_GOOD.search(masked))


_CONFLICT_ACTOR = re.compile(lx.BACKGROUND_CONFLICT.pattern + r"\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:displaced|attacked|forced|"
                             r"drove|burned|burnt|torched|seized|occupied|expelled|evicted|clashed|fought|raided)\b")
"""`Paramilitaries displaced 1,200 people`: a background word that is the subject of the deed gives the cause; `in
Meta, a former guerrilla stronghold, 2,000 people were evacuated` takes its paragraph's."""
_WHERE_ASIDE = re.compile(r",\s+where\b")
"""`In Tillaberi, where jihadist attacks have forced 400,000 people from their homes, floodwater swept ...`: a figure
inside a where-clause takes the cause that clause names."""


_ARMED_DOER_BEFORE = re.compile(r"\b(?:army|military|troops|soldiers|forces|israeli)(?:'s|\u2019s)?\s+$", re.I)
"""`when the army demolished buildings to widen roads through the camp`: in a story of fighting, a demolition by an armed
force is part of it, not an eviction (the body named is masked where causes are read, so it is read in the sentence
itself); an army clearing shelters under an order in peacetime evicts."""
_EARLIER_FLIGHT = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:already\s+|previously\s+|once\s+|earlier\s+)?(?:fled|escaped|been\s+displaced\s+by|"
                             r"were\s+displaced\s+by|was\s+displaced\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
_NEW_LOSS = frozenset(("homeless", "destroyed", "damaged", "evacuated"))
"""`1,600 families who had fled the war lost their homes ... when floods swept through`: what drove the people out
before describes them; another cause in the sentence is what befell them now. Refugees and returnees are counted for
that first flight, and keep its cause."""
_BEFORE_THE_EVENT = re.compile(r"\b(?:before|prior\s+to)\s+(?:the\s+|this\s+|last\s+)?(?:[\w-]+\s+)?$", re.I)
"""`3.5 million people had been displaced across Myanmar before the disaster`: a disaster that only dates the count is not
what drove them out (an attack before which a camp held 500,000 is the war they fled)."""
_SINCE_THE_EVENT = re.compile(r"\bsince\s+(?:the|this|last)\s+(?:[\w-]+\s+)?$", re.I)
"""`Fighting ... has displaced more than 20,000 people since the quake`: an event that only dates the count is not what
drove the people out when the sentence names another cause."""
_AS_CLAUSE = re.compile(r"\s(?:as|while)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}$")
"""`Floods force 160,000 Somalis from their homes as Las Anod fighting grinds on`: a crisis going on beside the one that
drove the figure's people out, where the clause of the figure names its own."""
_TIME_BEFORE = re.compile(r"\b(?:before|prior to)\s+(?:the\s+)?$")
_AGENT_BEFORE = re.compile(r"\b(?:uprooted|displaced|driven|forced|fled|fleeing|caused)\s+(?:out\s+|again\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")
"""`1.8 million displaced people before the flood, most of them uprooted by the insurgency`: an event that only dates
the count names no cause when another is said to have driven them out."""


_SENT_BACK = re.compile(r"\bundocumented\b", re.I)
"""`50,111 undocumented Afghans returned from Iran`: people a host country sends back return for want of papers, not
from a war or a disaster the sentence names."""


_HOSTING_WORDS = r"hosts?|hosting|hosted|home\s+to|live|lives|living|housed"
_HOSTED = re.compile(rf"\b(?:{_HOSTING_WORDS}|registered)\b")
_STOCK_HOSTED = re.compile(rf"\b(?:{_HOSTING_WORDS})\b")
"""`Lebanon hosts 1.1 million Syrian refugees`, told in a paragraph of its own in a story of a typhoon: refugees hosted
somewhere other than the disaster's country fled a war, not the disaster."""
_MOVED_NOW = re.compile(r"\b(?:relocat\w*|evacuat\w*|moved|shifted|lost\s+their|destroyed|damaged|flooded\s+out)\b")
_ARRIVING_NOW = re.compile(r"\b(?:arriv\w*|cross\w*|fled|flee\w*|escap\w*|flown|flew|landed)\b")
"""`The provinces hit by the earthquakes are also home to about 1.7 million Syrian refugees`: a disaster that struck the
country hosting refugees is not what made them refugees."""
_ARRIVING = re.compile(r"\b(?:arriv\w*|cross\w*|fled|flee\w*|escap\w*|flown|flew|landed|registered|of them|of whom)\b")
"""Refugees told of as arriving may have fled the disaster the article tells of; a population hosted did not."""


_TOLD_AFTER = re.compile(
    r"\s*(?:(?:The|That|Those|These|This|Its|Their)\s+(?:[\w-]+\s+)?(?:estimates?|figures?|numbers?|counts?|tally|data|totals?)"
    r"(?:,[^,]{1,80},)?\s+(?:comes?|came|is|are|was|were)\s+(?:from|(?:released|given|provided|compiled|published|issued)\s+by)"
    r"|(?:That|This|It)\s+is\s+according\s+to|So\s+says|So\s+said)\s")
_GAVE_THE_FIGURE = re.compile(r"\s(?:gave|released|provided|published)\s+(?:the|those|these|that|this)\s+(?:latest\s+)?"
                              r"(?:figures?|numbers?|estimates?|count|tally)\b")


def _told_after(sentence: Sentence, units, context: ArticleContext) -> str | None:
    """`... are still displaced. The figures come from the IOM's tracking unit`, `So says OCHA`, `The IOM gave the figure
    in its latest update`: the next sentence names who gave the counts of the one before."""
    at = next((i for i, u in enumerate(units) if u is sentence), None)
    following = units[at + 1] if at is not None and at + 1 < len(units) else None
    if following is None or following.is_title or following.paragraph - sentence.paragraph > 1:
        return None
    told = _TOLD_AFTER.match(following.text)
    if told:
        named = [m for m in context.sources(following.text) if m.start >= told.end() - 1 and m.code != "REF"]
        return named[0].code if named else None
    gave = _GAVE_THE_FIGURE.search(following.text)
    if gave:
        named = [m for m in context.sources(following.text) if m.end <= gave.start() + 1 and m.code != "REF"]
        return named[0].code if named else None
    return None


def _cause(masked: str, segment, sentence: Sentence, context: ArticleContext, at: int, origin: str | None = None,
           term: str | None = None, host: str | None = None) -> str:
    """The cause named nearest the figure: its own clause first, then the sentence, paragraph, the war the article
    names of the refugees' `origin`, then the article. Refugees whose `host` is the country the article's disaster
    struck did not flee that disaster: Rohingya in Cox's Bazar in a story of its landslides fled conflict."""
    found = context.cause_cues(masked)
    if term == "refugees" and origin is not None and host is not None and origin != host and _HOSTED.search(masked) \
            and not _MOVED_NOW.search(masked) and (not _ARRIVING_NOW.search(masked) or any(cause == "conflict" for _, _, cause in found)):
        found = [(p, e, cause) for p, e, cause in found if cause != "disaster"]
    if term == "returned" and _SENT_BACK.search(masked) and not any(cause != "other" for _, _, cause in found):
        return "other"
    armed = {p for p, _, cause in found if cause == "other" and _ARMED_DOER_BEFORE.search(sentence.text, max(0, p - 30), p)}
    if armed and context.article_cause() == "conflict":
        found = [(p, e, "conflict" if p in armed else cause) for p, e, cause in found]
    aside = _WHERE_ASIDE.search(masked, segment[0], at)
    close = clause_comma(masked, at) if aside is not None and clause_comma(masked, aside.end(), at) == -1 else -1
    if close != -1:
        segment = (aside.start(), close)
    other = lx.OTHER_CLAUSE.search(masked, at, segment[1])
    for start, end in ((at, other.start() if other else segment[1]), (segment[0], at), (0, len(masked))):
        spans = [(p, cause) for p, e, cause in found if start <= p and e <= end]
        if len({cause for _, cause in spans}) > 1 and any(_AGENT_BEFORE.search(masked, max(0, p - 40), p) for p, _ in spans):
            spans = [(p, cause) for p, cause in spans if not _TIME_BEFORE.search(masked, max(0, p - 12), p)] or spans
        if len({cause for _, cause in spans}) > 1 and (term in _NEW_LOSS or any(_AGENT_BEFORE.search(masked, max(0, p - 40), p)
                                                                               for p, _ in spans)):
            spans = [(p, cause) for p, cause in spans if not _EARLIER_FLIGHT.search(masked, max(0, p - 50), p)] or spans
        if term in _NEW_LOSS and spans and start == at and all(_EARLIER_FLIGHT.search(masked, max(0, p - 50), p) for p, _ in spans) \
                and any(segment[0] <= p < at for p, _, _ in found):
            continue
        if start == at and spans and all(_AS_CLAUSE.search(masked, max(at, p - 40), p) for p, _ in spans) and any(
                segment[0] <= p < at and cause not in {c for _, c in spans} for p, _, cause in found):
            continue
        spans = [(p, cause) for p, cause in spans if cause != "disaster" or not _BEFORE_THE_EVENT.search(masked, max(0, p - 20), p)]
        if len({cause for _, _, cause in found}) > 1:
            spans = [(p, cause) for p, cause in spans
                     if not (_SINCE_THE_EVENT.search(masked, max(0, p - 20), p) and any(c != cause for _, _, c in found))]
        if spans:
            return min((abs(p - at), cause) for p, cause in spans)[1]
    if _CONFLICT_ACTOR.search(masked, segment[0], at):
        return "conflict"
    if term == "displaced" and context.paragraph_cause(sentence.paragraph) == "unknown" \
            and context.article_cause() == "disaster" and _STANDING_POPULATION.search(masked) and context.fled_war():
        return "conflict"
    if origin is not None and (context.paragraph_cause(sentence.paragraph) == "unknown" or term == "refugees") and context.at_war(origin):
        return "conflict"
    if term == "returned" and context.paragraph_cause(sentence.paragraph) in ("unknown", "other") and context.returns_pushed():
        return "other"
    background = context.background_cause(sentence.paragraph)
    if term == "refugees" and background == "disaster" and context.paragraph_cause(sentence.paragraph) == "unknown" \
            and _STOCK_HOSTED.search(masked) and not _ARRIVING_NOW.search(masked) and not _MOVED_NOW.search(masked) \
            and origin != context.main_country:
        return "conflict"
    if term == "refugees" and background == "disaster" and host is not None and origin not in (None, host) \
            and context.main_country == host and not _ARRIVING.search(masked):
        return "conflict"
    return background


def _confidence(cand: Candidate, source: str | None, country: str | None, places, hedged: bool = False) -> float:
    """How sure the rules are, from the evidence each field rests on: a figure whose term comes from
    another clause, whose unit is assumed, whose source is unnamed or whose country comes only from the
    rest of the article, or whose speaker hedges it, loses confidence, so that the review sheet can ask for a look."""
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
    if hedged:
        score -= 0.2
    return round(max(score, 0.05), 2)


def _deduplicate(figures: list[Figure], units: list[Sentence], published: str | None = None) -> list[Figure]:
    """The same count of the same thing stated twice is one figure, quoted at its first mention; a
    headline takes the body's reading of its number (term, country) and its missing or generic
    qualifier, source, place or date. Two body sentences giving the same number for different
    places or from different sources are two figures."""
    title_end = units[0].end if units and units[0].is_title else -1
    figures = _without_references_back(figures, units, title_end)
    kept: dict[tuple, list[Figure]] = {}
    headlines = {(f.value, f.value_high, f.unit, f.vague): f for f in figures if f.start < title_end}
    for figure in figures:
        headline = headlines.get((figure.value, figure.value_high, figure.unit, figure.vague))
        if headline is not None and headline is not figure and headline.term != figure.term:
            kept[(headline.value, headline.value_high, headline.unit, headline.term, headline.vague)].remove(headline)
            headline.term, headline.country, headline.destination = figure.term, figure.country, figure.destination
            kept.setdefault((headline.value, headline.value_high, headline.unit, headline.term, headline.vague),
                            []).insert(0, headline)
        same = kept.setdefault((figure.value, figure.value_high, figure.unit, figure.term, figure.vague), [])
        first = next((f for f in same if _same_figure(f, figure, title_end)), None)
        if first is None:
            same.append(figure)
            continue
        for name in ("source", "location", "destination"):
            if getattr(first, name) is None and getattr(figure, name) is not None:
                setattr(first, name, getattr(figure, name))
        if first.source in GENERIC_SOURCES and figure.source and figure.source not in GENERIC_SOURCES:
            first.source = figure.source
        if first.date == published and figure.date and figure.date != published:
            first.date = figure.date
        if first.qualifier == "exact" and figure.qualifier not in ("exact", "vague"):
            first.qualifier = figure.qualifier
    return sorted((f for same in kept.values() for f in same), key=lambda f: f.start)


_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:more than|over|nearly|almost|some|about|around|roughly|"
                              r"estimated|approximately)\s+)?$")


def _without_references_back(figures: list[Figure], units: list[Sentence], title_end: int) -> list[Figure]:
    """`The 500,000 displaced people are sheltering in schools` after `Fighting has displaced 500,000 people`: a count
    taken up again with a definite article is the figure already stated, whatever the new sentence says of it."""
    starts = [u.start for u in units]
    stated: dict[tuple, Figure] = {}
    out = []
    for figure in sorted(figures, key=lambda f: f.start):
        key = (figure.value, figure.value_high, figure.unit, figure.vague)
        earlier = stated.get(key)
        if earlier is not None and not figure.vague and figure.start >= title_end and earlier.country == figure.country:
            unit = units[bisect.bisect_right(starts, figure.start) - 1]
            if _DEFINITE_BEFORE.search(unit.text, max(0, figure.start - unit.start - 40), figure.start - unit.start):
                continue
        if figure.start >= title_end:
            stated.setdefault(key, figure)
        out.append(figure)
    return out


def _same_figure(first: Figure, other: Figure, title_end: int) -> bool:
    """`more than 1,000 ... evacuated` and `nearly 1,000 ... ordered to leave` bound the number from two sides: two
    counts, not one told twice."""
    if first.start < title_end:
        return True
    def differ(name: str) -> bool:
        a, b = getattr(first, name), getattr(other, name)
        return a is not None and b is not None and a != b
    bounds = {first.qualifier, other.qualifier}
    return not (differ("country") or differ("location") or differ("source")
                or bounds & {"more_than", "at_least"} and bounds & {"less_than", "up_to"})
