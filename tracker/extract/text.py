"""Split an article into its title, paragraphs and sentences, keeping character offsets.

Offsets always refer to the article text as read, so that every figure can
point back at its evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.ingest.text import parse_header


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    paragraph: int
    is_title: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)


ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col capt cpt sgt maj gov sen rep rev st mt ft no nos vol fig
jan feb mar apr jun jul aug sep sept oct nov dec est approx etc vs inc ltd co corp dept
univ assn bros jr sr e.g i.e u.s u.k u.n a.m p.m rs hon rt engr amb brig supt insp
""".split())

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_BULLET = re.compile(r"^[ \t]*(?:[-*\u2022\u2023\u25e6\u2013\u2014]|\d{1,2}[.)]|\(\d{1,2}\)|\(?\d{1,2}/\d{1,2}\)?(?=[ \t]+[A-Z~\d])"
                     r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]*(?:GMT|UTC|[AP]M|[ap]m|local))?(?:[ \t]*[|\u2014-])?(?=[ \t]+[A-Z~\d]))[ \t]+",
                     re.M)
"""A list marker: a dash or bullet, `3.`, a thread's `4/7` or a ticker's `09:22`."""
_CANDIDATE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}|[a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?"
_DATELINE_COUNTRY = r"(?:,\s*[^\W\d_][^\W\d_.]+(?:\s[^\W\d_]+)?)"
_DATELINE_CITY = r"[A-Z][A-Z.'/\u00c0-\u00dd-]+(?: [A-Z.'/\u00c0-\u00dd-]+){0,4}"
_DATELINE_AGENCY = r"\s*\([A-Za-z .]+\)"
_TIMESTAMP = r"\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|EST|EDT|CET|BST|IST|local(?:\s+time)?|[AaPp]\.?[Mm]\.?|hrs|h)?\s*[-\u2013\u2014:|]"
"""`08:30 GMT \u2013`: a live blog's timestamp opening an entry."""
_SPEAKER = r"(?:PRESENTER|NEWSREADER|ANCHOR|HOST|REPORTER|CORRESPONDENT|NARRATOR|INTERVIEWER):"
"""`PRESENTER:`: a speaker label in a radio or television script."""
_DATELINE = re.compile(
    rf"\A(?:{_DATELINE_CITY}{_DATELINE_COUNTRY}?,\s*{_DATELINE_DATE}(?:{_DATELINE_AGENCY})?\s*[-\u2013\u2014]+"
    rf"|[A-Z][\w .'/-]{{2,40}}{_DATELINE_COUNTRY}?,\s*{_DATELINE_DATE}(?:{_DATELINE_AGENCY})?\s*[-\u2013\u2014]+"
    rf"|{_DATELINE_CITY}(?:{_DATELINE_COUNTRY}(?:{_DATELINE_AGENCY})?|{_DATELINE_AGENCY})\s*[-\u2013\u2014]+"
    rf"|{_DATELINE_CITY}\s*(?:--|\u2014)|[A-Z]{{4,}}(?: [A-Z]{{2,}}){{0,2}}\s+[-\u2013](?=\s+[A-Z])"
    rf"|{_TIMESTAMP}|{_SPEAKER})\s+")
"""`KABUL, Aug 13 (Reuters) -`, `SYLHET, Bangladesh (AP) -`, `BEIRUT --`, `ATHENS - `, `Geneva, 12 May 2024 (UNHCR) -`."""


def sentences(text: str) -> list[Sentence]:
    """The title (from a `date` header) and the body's sentences, in text order."""
    out: list[Sentence] = []
    body_start = 0
    header = parse_header(text)
    if header is not None:
        if header.title:
            out.append(Sentence(header.title, header.title_start, paragraph=0, is_title=True))
        body_start = header.end
    paragraph = 0
    for p_start, p_end in _paragraphs(text, body_start):
        paragraph += 1
        for line_start, line_end in _lines(text, p_start, p_end):
            for s_start, s_end in _split(text, line_start, line_end):
                out.append(Sentence(text[s_start:s_end], s_start, paragraph))
    return out


def bullet_length(sentence: str) -> int:
    """Length of a leading list marker (`- `, `* `, `3. `), else 0: a list row is a sentence of its own."""
    match = _BULLET.match(sentence)
    return match.end() if match else 0


def strip_dateline(sentence: str) -> int:
    """Length of a leading dateline such as `KABUL, Aug 13 (Reuters) -`, else 0."""
    match = _DATELINE.match(sentence)
    return match.end() if match else 0


_COLON_DATELINE = re.compile(r"[A-Z][A-Z.'\u00c0-\u00dd-]{2,}(?: [A-Z.'\u00c0-\u00dd-]{2,}){0,2}:\s+(?=[A-Z])")


def colon_dateline(sentence: str) -> int:
    """Length of a leading `LAHORE: ` as South Asian papers write datelines, else 0. A heading such as `UPDATE:`
    looks the same, so only the places in it count."""
    match = _COLON_DATELINE.match(sentence)
    return match.end() if match else 0


def _paragraphs(text: str, start: int):
    """Paragraphs are cut only when very long: their lines and sentences are cut to `MAX_SENTENCE` after they are
    split, so a ticker of short lines without stops keeps every line whole."""
    pos = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        yield from _trimmed(text, pos, match.start(), MAX_PARAGRAPH)
        pos = match.end()
    yield from _trimmed(text, pos, len(text), MAX_PARAGRAPH)


def _lines(text: str, start: int, end: int):
    """A paragraph is one run of text unless it holds bullet lines or table rows
    ("Persons in shelters: 6,402", "Galle | 489 | 1,204"): each of those is a sentence of its own."""
    block = text[start:end]
    if "\n" not in block:
        yield start, end
        return
    lines = block.split("\n")
    if _opens_with_heading(lines):
        yield from _trimmed(text, start, start + len(lines[0]))
        yield from _lines(text, start + len(lines[0]) + 1, end)
        return
    if sum(1 for line in lines if is_table_row(line)) >= 2 or _key_figures(lines):
        pos = start
        for line in lines:
            yield from _trimmed(text, pos, pos + len(line))
            pos += len(line) + 1
        return
    if not _BULLET.search(block):
        yield start, end
        return
    pos = start
    for match in re.finditer(r"\n", block):
        line_end = start + match.start()
        if _BULLET.match(text, line_end + 1) or _BULLET.match(text[pos:line_end]):
            yield from _trimmed(text, pos, line_end)
            pos = line_end + 1
    yield from _trimmed(text, pos, end)


_FIGURE_ROW = re.compile(r"\s*(?:(?:about|around|some|over|nearly|almost|more than|at least|approximately|an estimated|roughly)\s+)?"
                         r"\d[\d,.]*(?:[KkMm]\b|\s+(?:million|thousand))?\s+[A-Za-z]", re.I)
_RUNS_ON = re.compile(r"(?:[,;:(\u2013\u2014-]|\b(?:the|a|an|of|and|or|than|about|some|to|in|at|by|for|with|from|nearly|more|over|"
                      r"that|said|says|while|which|who|whom|where|when|because|after|before|since|until|if|had|has|have|"
                      r"were|was|are|is|been|be|will|would|could))\s*$", re.I)
_INNER_STOP = re.compile(r"[.!?]\s+[A-Z]")


_BOX_LINE = re.compile(r"\s*(?:\(?(?i:sources?|data|figures|note)\s*:|[^a-z]+$|.{0,80}:\s*$)")
"""What else a key-figures box holds: its `Source:` line, a heading in capitals or one ending in a colon."""


_HEADING_LINE = re.compile(r"\s*[A-Z(][^.;]{0,60}$")


_STAMPED_HEADING = re.compile(rf"\s*{_TIMESTAMP}\s*[A-Z][^.;]{{0,60}}$")
_HEADED_LINE = re.compile(r"\s*(?:[-*\u2022]\s+)?[\"'\u201c\u2018]?[A-Z]")


def _opens_with_heading(lines: list[str]) -> bool:
    """`18:05 | Hama blocks emptied` above its entry: a short first line with no stop, over a line that starts a
    sentence. Prose wrapped by hand runs its lines to nearly the same width, so a line much shorter than the
    longest is not a wrap."""
    first = lines[0].rstrip()
    longest = max(len(line.rstrip()) for line in lines)
    stamped = _STAMPED_HEADING.match(first)
    return (bool(stamped or _HEADING_LINE.match(first) and not is_table_row(first) and not is_figure_row(first))
            and len(first) <= 0.7 * longest and not first.endswith((".", ",", ":", "!", "?"))
            and not _RUNS_ON.search(first) and bool(_HEADED_LINE.match(lines[1])))


def is_figure_row(line: str) -> bool:
    """A line of a key-figures box: `56 houses destroyed on Tongatapu`, a number first and no full stop."""
    return bool(_FIGURE_ROW.match(line)) and not line.rstrip().endswith((".", "!", "?", '"', "\u201d"))


def _key_figures(lines: list[str]) -> bool:
    """`62 people evacuated from Mango island` / `56 houses destroyed on Tongatapu`: a box of key figures, one per
    line with no full stops. Prose wrapped by hand runs on from line to line and stops inside its lines."""
    rows = [line for line in lines if _FIGURE_ROW.match(line)]
    others = [line for line in lines if line.strip() and not _FIGURE_ROW.match(line)]
    return len(rows) >= 2 and all(len(line) <= 120 and not _RUNS_ON.search(line) and not _INNER_STOP.search(line)
                                  and not line.rstrip().endswith((".", ",")) for line in rows) \
        and all(_BOX_LINE.match(line) or _HEADING_LINE.match(line) and not _RUNS_ON.search(line) for line in others)


_LABEL_ROW = re.compile(r"^\s*[^\n:|.]{2,100}(?::|\s[-\u2013\u2014])\s*[~<>\u2248]?\s*"
                        r"(?:(?:about|around|some|over|nearly|almost|more than|at least|approximately|an estimated|roughly)\s+)?\d", re.I)
_PIPE_ROW = re.compile(r"\S\s*\|\s*\S")


ALIGNED_ROW = re.compile(r"\S(?: {3,}|\t+)\S")
"""Cells in columns aligned by hand: three spaces or more, or tabs, between two words."""
CELL_GAP = re.compile(r"[ \t]*\|[ \t]*| {3,}|\t+")
"""What separates a table's cells: a `|`, a tab, or three spaces or more in columns aligned by hand."""


def is_table_row(line: str) -> bool:
    """A line of a bulletin table: `Label: 1,234`, cells separated by `|`, or numbers in aligned columns."""
    return bool(_LABEL_ROW.match(line) or _PIPE_ROW.search(line) or ALIGNED_ROW.search(line) and _DIGIT.search(line)) \
        and not line.rstrip().endswith((".", "?", "!"))


_SMALL_NAME_WORD = re.compile(r"(?<=[\s-])(?:Au|Aux|De|Du|Des|La|Le|Les|El|Al|Of|For|And|The|On|In|Da|Do|Dos|Das)(?=[\s-])")


def name_from_capitals(name: str) -> str:
    """`PORT-AU-PRINCE` or a letterhead's `OFFICE FOR THE COORDINATION OF HUMANITARIAN AFFAIRS`, written as a name."""
    return _SMALL_NAME_WORD.sub(lambda m: m.group().lower(), name.title())


def split_cells(line: str) -> list[str]:
    return [cell.strip() for cell in CELL_GAP.split(line)]


_DIGIT = re.compile(r"\d")


def _split(text: str, start: int, end: int):
    pos = start
    chunk = text[start:end]
    for match in _CANDIDATE_END.finditer(chunk):
        stop = start + match.start()
        if text[stop] == "." and (_is_abbreviation(text, pos, stop) or _LIST_NUMBER.fullmatch(text, pos, stop)):
            continue
        cut = start + match.end()
        yield from _trimmed(text, pos, cut)
        pos = cut
    yield from _trimmed(text, pos, end)


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, start, dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True
    if "." in word and len(word) <= 5:
        return True
    return word.lower() in ABBREVIATIONS


MAX_SENTENCE = 1000
"""Longer runs without a full stop (tables pasted as prose, lists run together) are cut at a comma
or a space, so that the work on one sentence stays bounded."""


MAX_PARAGRAPH = 50 * MAX_SENTENCE


def _trimmed(text: str, start: int, end: int, limit: int = MAX_SENTENCE):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > limit:
        cut = max(text.rfind(";", start, start + limit), text.rfind(",", start, start + limit))
        if cut <= start:
            cut = text.rfind(" ", start, start + limit)
        cut = cut + 1 if cut > start else start + limit
        yield from _trimmed(text, start, cut, limit)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
