"""The data shapes shared by every stage: an Article read from a source, a Figure found in it.

The field names and vocabularies follow the annotation guide, which is the
contract of `tracker extract --format jsonl`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, fields

TERMS = ("returned", "refugees", "evacuated", "sheltered", "homeless",
         "destroyed", "damaged", "fled", "displaced")
"""Terms in precedence order: the first that applies wins."""

UNITS = ("people", "households", "houses")
QUALIFIERS = ("exact", "approximately", "more_than", "at_least", "less_than",
              "up_to", "range", "vague")
CAUSES = ("conflict", "disaster", "other", "unknown")
SOURCES = ("IOM", "UNHCR", "OCHA", "UNICEF", "WFP", "WHO", "IFRC", "ICRC", "NRC",
           "IDMC", "MSF", "UNRWA", "UN", "GOV", "OTHER")

TERM_GROUP = {"displaced": "displacement", "fled": "displacement", "evacuated": "displacement",
              "sheltered": "displacement", "homeless": "displacement", "refugees": "refugees",
              "returned": "returned", "destroyed": "housing", "damaged": "housing"}

_SPACE = re.compile(r"\s+")


def content_id(text: str) -> str:
    """The identity of an article: a hash of its text with white space normalised."""
    normalised = _SPACE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One article as read from a source. Figure offsets refer to `text`."""

    text: str
    name: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    country_hint: str | None = None
    format: str = "text"
    sha256: str = ""
    size: int = 0
    raw: bytes | None = field(default=None, repr=False, compare=False)
    encoding: str | None = None
    """The character set the text was decoded from."""
    origin_sha256: str | None = None
    """The hash of what held this article when that is not `raw` itself (a JSON or feed
    file, or the feed entry whose link was fetched): known hashes are not read again."""
    signature: str | None = field(default=None, repr=False)
    """A MinHash of the body, kept so that later articles can be matched against it."""
    duplicate_of: str | None = None
    """The article_id of an earlier article telling the same story: its figures count once."""

    @property
    def article_id(self) -> str:
        return content_id(self.text)


@dataclass
class Figure:
    """One displacement figure of one article, with its evidence."""

    value: int
    qualifier: str
    unit: str
    term: str
    country: str | None
    quote: str
    start: int
    end: int
    value_high: int | None = None
    destination: str | None = None
    location: str | None = None
    source: str | None = None
    date: str | None = None
    cause: str = "unknown"
    confidence: float = 0.5

    def figure_id(self, article_id: str) -> str:
        """Stable across re-extraction: the same number phrase of the same article."""
        key = f"{article_id}:{self.start}:{self.end}"
        return hashlib.sha256(key.encode()).hexdigest()[:12]

    @property
    def vague(self) -> bool:
        return self.qualifier == "vague"

    def to_record(self, article: str | None = None) -> dict:
        """The guide's JSON record, in the guide's field order."""
        record = {name: getattr(self, name) for name in FIGURE_FIELDS}
        if article is not None:
            record = {"article": article, **record}
        return record


FIGURE_FIELDS = ("value", "value_high", "qualifier", "unit", "term", "country", "destination",
                 "location", "source", "date", "cause", "quote", "start", "end", "confidence")
assert set(FIGURE_FIELDS) == {f.name for f in fields(Figure)}


@dataclass
class Rejection:
    """An input that could not be read, and why."""

    path: str
    reason: str


__all__ = ["Article", "Figure", "Rejection", "TERMS", "UNITS", "QUALIFIERS", "CAUSES",
           "SOURCES", "TERM_GROUP", "FIGURE_FIELDS", "content_id", "asdict"]
