"""Plain-text articles: the optional `date YYYY-MM-DD Title` header line."""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\n]*?))?[ \t]*$", re.M)


@dataclass(frozen=True)
class Header:
    date: str
    title: str | None
    title_start: int
    title_end: int
    end: int


def parse_header(text: str) -> Header | None:
    """The header of an article, if its first non-blank line is one and its date is real."""
    match = HEADER.match(text)
    if not match:
        return None
    import datetime
    try:
        datetime.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    title = match.group(2) or None
    start, end = (match.start(2), match.end(2)) if title else (match.end(), match.end())
    return Header(date=match.group(1), title=title, title_start=start, title_end=end, end=match.end())
