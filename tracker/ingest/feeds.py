"""RSS and Atom feeds: one article per entry, from its content or summary, or from its linked page.

A feed is checked with defusedxml before feedparser sees it: one that is not
well-formed XML, or that declares entities (the billion-laughs and external
entity attacks), is rejected whole, so nothing is expanded or fetched.
"""
from __future__ import annotations

import hashlib
import json
import time
from urllib.parse import urlsplit

from tracker.ingest import IngestResult
from tracker.ingest.html import fragment_text
from tracker.ingest.text import Rejected, compose
from tracker.model import Article, Rejection

FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:RDF", b"<rdf:rdf")


def looks_like_feed(raw: bytes) -> bool:
    head = raw[:2048].lstrip()
    return head.startswith(b"<?xml") and any(root in head for root in FEED_ROOTS) or \
        any(head.startswith(root) for root in FEED_ROOTS)


def check_xml(raw: bytes) -> None:
    """Raise `Rejected` unless `raw` is well-formed XML without entity declarations."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise Rejected(f"unsafe XML: declares entities ({exc.__class__.__name__}), not expanded") from None
    except ParseError as exc:
        raise Rejected(f"malformed XML: {exc}") from None


def read(raw: bytes, name: str, fetch_page=None, known_sha256=frozenset()) -> IngestResult:
    """The articles of a feed. With `fetch_page(url, date) -> dict`, each entry's link is read as a web page.

    A link that cannot be fetched leaves a rejection, and the entry's own
    content stands in for the page.
    """
    import feedparser

    check_xml(raw)
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise Rejected(f"malformed feed: {parsed.get('bozo_exception')}")
        raise Rejected("feed without entries")
    feed_title = _clean(parsed.feed.get("title"))
    result = IngestResult()
    articles, rejected = result.articles, result.rejected
    for index, entry in enumerate(parsed.entries, 1):
        label = f"{name}#{index}"
        content = entry.get("content") or []
        markup = content[0].get("value") if content else entry.get("summary", "")
        title = _clean(entry.get("title"))
        date = _date(entry.get("published_parsed") or entry.get("updated_parsed"))
        link = entry.get("link") if str(entry.get("link", "")).startswith(("http://", "https://")) else None
        source = entry.get("source") or {}
        outlet = _clean(source.get("title")) or feed_title or (urlsplit(link).hostname if link else None)
        key = json.dumps([title, date, link, markup], ensure_ascii=False).encode("utf-8")
        sha256 = hashlib.sha256(key).hexdigest()
        if sha256 in known_sha256:
            result.unchanged += 1
            continue
        if fetch_page and link:
            try:
                fields = fetch_page(link, date)
            except Rejected as exc:
                rejected.append(Rejection(link, str(exc)))
            else:
                raw_page = fields.pop("raw")
                fields["outlet"] = fields.get("outlet") or outlet
                articles.append(Article(name=label, format="html", raw=raw_page, size=len(raw_page),
                                        sha256=hashlib.sha256(raw_page).hexdigest(), origin_sha256=sha256,
                                        **fields))
                continue
        body = fragment_text(markup or "")
        if not body.strip():
            rejected.append(Rejection(label, "feed entry has no text"))
            continue
        articles.append(Article(text=compose(body, title, date), name=label, title=title, date=date,
                                url=link, outlet=outlet, format="feed", raw=key, size=len(key),
                                sha256=sha256, encoding=parsed.get("encoding")))
    result.seen = len(articles) + len(rejected) + result.unchanged
    return result


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _clean(value) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None
