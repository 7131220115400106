"""Read articles from the workspace's sources into `Article` objects.

Every input either becomes articles or a `Rejection` with a reason; nothing
here raises for bad input, and nothing here writes outside the inbox.

Inputs, by file suffix or, without one, by their first bytes:

- text and Markdown (`.txt`, `.md`, ...): one article, with the optional
  `date YYYY-MM-DD Title` header; any character set (detected when not UTF-8);
- HTML pages (`.html`, `.htm`): main text, title, date, canonical URL and
  site name, by trafilatura;
- JSON and JSON Lines (`.json`, `.jsonl`, `.ndjson`): one article per record
  of a report service (see `tracker.ingest.records`);
- RSS and Atom feeds (`.xml`, `.rss`, `.atom`): one article per entry (see
  `tracker.ingest.feeds`).

Articles from HTML, JSON and feeds get a text in the format of a text file
(header line, blank lines between paragraphs), so every input reads the same.

The workspace config, `tracker.toml` at the workspace root::

    [settings]
    max_bytes = 10_000_000     # larger inputs are rejected (files and downloads)
    fetch_timeout = 20         # seconds, for each download
    max_redirects = 5          # per download

    [sources]
    # Folders (read recursively) and files read besides the inbox `articles/`,
    # relative to the workspace root; `~` is the home folder.
    paths = ["exports/reliefweb-sudan.json", "~/saved-pages"]
    # Feeds read on every update: http(s) addresses are downloaded, others are files.
    feeds = ["https://example.org/displacement/rss.xml"]

In folders, names starting with a dot are skipped, and a symbolic link is
followed only when it leads inside the workspace or the folder being read.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tracker.ingest.text import Rejected, check_not_binary, decode, parse_header
from tracker.model import Article, Rejection

DEFAULT_MAX_BYTES = 10_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}
JSON_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
URL_SIDECAR = ".{name}.url"
"""Beside a page saved by `tracker add`, the hidden file holding the address it came from."""


@dataclass
class IngestResult:
    """What a read found.

    `seen` counts every item looked at: articles, rejections and `unchanged`
    inputs (skipped unread because the hash of their bytes is known).
    """

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    seen: int = 0
    unchanged: int = 0

    def extend(self, other: "IngestResult") -> None:
        self.articles.extend(other.articles)
        self.rejected.extend(other.rejected)
        self.seen += other.seen
        self.unchanged += other.unchanged

    @property
    def outlets(self) -> dict[str, list[str]]:
        """For each original story read, the distinct outlets of its copies (exact or near-duplicates)."""
        from tracker.ingest.duplicates import outlets

        return outlets(self.articles)


Progress = Callable[[int, int, str, IngestResult], None]
"""Told after each input of `collect`: inputs done, inputs in all, the input's name, what it gave."""
_progress: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("progress", default=None)


@contextlib.contextmanager
def observe(progress: Progress) -> Iterator[None]:
    """Report the progress of every `collect` run inside the block (a progress bar, a verbose log)."""
    token = _progress.set(progress)
    try:
        yield
    finally:
        _progress.reset(token)


def article_from_text(text: str, name: str, raw: bytes | None = None, **meta) -> Article:
    """An article from plain text, its date and title taken from a `date YYYY-MM-DD` header."""
    header = parse_header(text)
    raw = raw if raw is not None else text.encode("utf-8")
    fields = {"title": header.title if header else None, "date": header.date if header else None}
    fields.update({k: v for k, v in meta.items() if v is not None})
    return Article(text=text, name=name, raw=raw, sha256=hashlib.sha256(raw).hexdigest(),
                   size=len(raw), **fields)


def read_path(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, *, kind: str | None = None,
              fetch_page: Callable[[str, str | None], dict] | None = None,
              known_sha256: set[str] | frozenset[str] = frozenset()) -> IngestResult:
    """Read one file into articles, or a rejection.

    `kind` forces the format ("text", "html", "json", "jsonl", "feed");
    `fetch_page(url, date)` makes feed entries read their linked page; a file whose
    bytes hash to one of `known_sha256` is counted unchanged and not parsed.
    """
    path = Path(path)
    try:
        raw = read_limited(path, max_bytes)
    except Rejected as exc:
        return _rejected(str(path), str(exc))
    sha256 = hashlib.sha256(raw).hexdigest()
    if sha256 in known_sha256:
        return IngestResult(seen=1, unchanged=1)
    url = _sidecar_url(path)
    return read_bytes(raw, str(path), kind=kind or kind_of(path.name, raw), url=url,
                      fetch_page=fetch_page, known_sha256=known_sha256, sha256=sha256)


def read_bytes(raw: bytes, name: str, kind: str, url: str | None = None,
               fetch_page: Callable[[str, str | None], dict] | None = None,
               known_sha256: set[str] | frozenset[str] = frozenset(), sha256: str | None = None) -> IngestResult:
    """Articles from the bytes of one input of a known kind (a file or a download)."""
    sha256 = sha256 or hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return _rejected(name, "empty file")
    try:
        if kind == "html":
            from tracker.ingest import html

            return _one(Article(name=name, format="html", raw=raw, sha256=sha256, size=len(raw),
                                **html.read_page(raw, url=url)))
        if kind in ("json", "jsonl"):
            from tracker.ingest import records

            text, encoding = decode(raw)
            result = records.read(text, name, lines=kind == "jsonl", known_sha256=known_sha256, encoding=encoding)
        elif kind == "feed":
            from tracker.ingest import feeds

            check_not_binary(raw)
            result = feeds.read(raw, name, fetch_page=fetch_page, known_sha256=known_sha256)
        else:
            text, encoding = decode(raw)
            if not text.strip():
                raise Rejected("empty file")
            return _one(article_from_text(text, name, raw=raw, url=url, format="text", encoding=encoding))
    except Rejected as exc:
        return _rejected(name, str(exc))
    except RecursionError:
        return _rejected(name, f"malformed {kind}: nested too deeply")
    for article in result.articles:
        article.origin_sha256 = article.origin_sha256 or sha256
    return result


def collect(workspace, fetch: bool = False, max_bytes: int | None = None,
            known_sha256: set[str] | frozenset[str] | None = None,
            known_signatures: Mapping[str, str] | None = None) -> IngestResult:
    """Every article of the workspace's sources: the inbox, then the config's paths and feeds.

    Inputs whose bytes hash to one of `known_sha256` (an article's `sha256` or
    `origin_sha256`) are skipped unread. Near-duplicates are linked among the
    articles read and with `known_signatures` (article_id -> signature of the
    stored articles); see `tracker.ingest.duplicates`.
    """
    from tracker.ingest import duplicates
    from tracker.ingest.sources import Settings, inputs

    settings, problems = Settings.of(workspace, max_bytes)
    known_sha256 = known_sha256 or frozenset()
    result = IngestResult()
    found, listing_problems = inputs(workspace)
    for problem in [*problems, *listing_problems]:
        result.rejected.append(problem)
        result.seen += 1
    fetch_page = settings.page_fetcher() if fetch else None
    progress = _progress.get()
    for done, (name, read) in enumerate(found, 1):
        part = read(settings, fetch_page, known_sha256)
        result.extend(part)
        if progress:
            progress(done, len(found), name, part)
    duplicates.link(result.articles, known_signatures)
    return result


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file no larger than `max_bytes`; raises `Rejected` otherwise."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Rejected("not a regular file")
        if info.st_size > max_bytes:
            raise Rejected(f"larger than the size limit ({info.st_size} > {max_bytes} bytes)")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise Rejected(f"unreadable: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise Rejected(f"larger than the size limit (over {max_bytes} bytes)")
    return raw


def kind_of(name: str, raw: bytes) -> str:
    """The format of an input, by its suffix or, without a known one, by its first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return JSON_SUFFIXES[suffix]
    if suffix in FEED_SUFFIXES:
        return "feed"
    from tracker.ingest.feeds import looks_like_feed

    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if head.startswith((b"{", b"[")):
        return "json"
    return "text"


def _sidecar_url(path: Path) -> str | None:
    try:
        url = (path.parent / URL_SIDECAR.format(name=path.name)).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return url if url.startswith(("http://", "https://")) else None


def _one(article: Article) -> IngestResult:
    return IngestResult(articles=[article], seen=1)


def _rejected(name: str, reason: str) -> IngestResult:
    return IngestResult(rejected=[Rejection(name, reason)], seen=1)

