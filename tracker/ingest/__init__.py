"""Read articles from the workspace's sources into `Article` objects.

Every input either becomes one or more articles or one `Rejection` with a
reason; nothing here raises for bad input.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from tracker.model import Article, Rejection
from tracker.ingest.text import parse_header

DEFAULT_MAX_BYTES = 10_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    seen: int = 0


def article_from_text(text: str, name: str, raw: bytes | None = None, **meta) -> Article:
    """An article from plain text, its date and title taken from a `date YYYY-MM-DD` header."""
    header = parse_header(text)
    raw = raw if raw is not None else text.encode("utf-8")
    fields = {"title": header.title if header else None, "date": header.date if header else None}
    fields.update({k: v for k, v in meta.items() if v is not None})
    return Article(text=text, name=name, raw=raw, sha256=hashlib.sha256(raw).hexdigest(),
                   size=len(raw), **fields)


def read_path(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    """Read one file into articles, or a rejection."""
    path = Path(path)
    result = IngestResult(seen=1)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            result.rejected.append(Rejection(str(path), f"larger than {max_bytes} bytes ({size})"))
            return result
        raw = path.read_bytes()
    except OSError as exc:
        result.rejected.append(Rejection(str(path), f"unreadable: {exc.strerror or exc}"))
        return result
    if not raw.strip():
        result.rejected.append(Rejection(str(path), "empty file"))
        return result
    if b"\x00" in raw:
        result.rejected.append(Rejection(str(path), "binary file"))
        return result
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.rejected.append(Rejection(str(path), "not UTF-8 text"))
        return result
    result.articles.append(article_from_text(text, str(path), raw=raw))
    return result


def collect(workspace, max_bytes: int | None = None) -> IngestResult:
    """Every article in the workspace inbox, in a stable order."""
    max_bytes = max_bytes or int(workspace.setting("max_bytes", DEFAULT_MAX_BYTES))
    result = IngestResult()
    inbox = workspace.articles_dir
    if not inbox.is_dir():
        return result
    for path in sorted(p for p in inbox.rglob("*") if p.is_file() and not p.name.startswith(".")):
        part = read_path(path, max_bytes=max_bytes)
        result.seen += part.seen
        result.articles.extend(part.articles)
        result.rejected.extend(part.rejected)
    return result
