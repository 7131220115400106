"""Plain-text articles: the optional `date YYYY-MM-DD Title` header line."""
from __future__ import annotations

import codecs
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


class Rejected(Exception):
    """An input that cannot become an article; its message is the reason shown to the user."""


_MAGIC = ((b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive or office document"),
          (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
          (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"),
          (b"\xd0\xcf\x11\xe0", "office document"), (b"Rar!", "RAR archive"),
          (b"7z\xbc\xaf", "7-Zip archive"), (b"\xfd7zXZ", "xz archive"),
          (b"SQLite format 3", "SQLite database"))
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def check_not_binary(raw: bytes) -> str | None:
    """Raise `Rejected` for a known binary format or NUL bytes; the encoding its byte-order mark names."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise Rejected(f"binary file ({kind})")
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None and b"\x00" in raw:
        raise Rejected("binary file")
    return encoding


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and its character set: UTF-8 when it is, else the declared one, else what charset-normalizer finds.

    Raises `Rejected` for binary data, which no character set turns into text.
    """
    encoding = check_not_binary(raw) or _first_fitting(raw, "utf-8", declared) or _detect(raw)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise Rejected(f"undecodable text: not valid {encoding}") from None
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise Rejected("binary file")
    return text, encoding


def _first_fitting(raw: bytes, *encodings: str | None) -> str | None:
    for encoding in filter(None, encodings):
        try:
            raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        return codecs.lookup(encoding).name
    return None


def _detect(raw: bytes) -> str:
    """The most likely character set; between equally likely ones, Windows-1252, the commonest legacy one."""
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        raise Rejected("undecodable text: no character set fits")
    for match in matches:
        if (match.chaos, match.coherence) == (best.chaos, best.coherence) and \
                _WESTERN.intersection(match.could_be_from_charset):
            return match.encoding
    return best.encoding


_WESTERN = {"cp1252", "latin_1", "iso8859_15"}


def compose(body: str, title: str | None = None, date: str | None = None) -> str:
    """Article text in the format of a text file, so any input reads like one.

    The title goes on a `date YYYY-MM-DD Title` header when the date is known,
    else on a line of its own; paragraphs are separated by blank lines.
    """
    title = " ".join(title.split()) if title else None
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*", body)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)
    head = f"date {date} {title or ''}".rstrip() if date else title
    return "\n\n".join([head, *paragraphs] if head else paragraphs) + "\n"
