"""JSON and JSON Lines exports of report services, one article per record.

Records follow the shape of humanitarian report APIs such as ReliefWeb's:
`title`, `body` or `body-html`, `date.original` / `date.created`, `url`,
`source[].shortname`, `primary_country.iso3`. A ReliefWeb API answer
(`{"data": [{"fields": {...}}]}`), a list of records, a single record and one
record per line are all read. A few plain keys (`text`, `content`,
`published`, `link`, `country`) are read too, for other services' exports.
"""
from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterator

from tracker.ingest import IngestResult
from tracker.ingest.html import fragment_text
from tracker.ingest.text import Rejected, compose
from tracker.model import Article, Rejection


def read(text: str, name: str, lines: bool, known_sha256=frozenset(), encoding: str = "utf-8") -> IngestResult:
    """The articles of a JSON document (or of JSON Lines), and a rejection per unusable record."""
    result = IngestResult()
    for label, record in _records(text, name, lines, result.rejected):
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        sha256 = hashlib.sha256(raw).hexdigest()
        if sha256 in known_sha256:
            result.unchanged += 1
            continue
        try:
            result.articles.append(_article(record, label, raw, sha256, encoding))
        except Rejected as exc:
            result.rejected.append(Rejection(label, str(exc)))
    if not (result.articles or result.rejected or result.unchanged):
        result.rejected.append(Rejection(name, "no records in the JSON document"))
    result.seen = len(result.articles) + len(result.rejected) + result.unchanged
    return result


def _records(text: str, name: str, lines: bool, rejected: list) -> Iterator[tuple[str, dict]]:
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield from _unwrap(json.loads(line), f"{name}:{number}", rejected)
            except (json.JSONDecodeError, RecursionError) as exc:
                rejected.append(Rejection(f"{name}:{number}", f"malformed JSON: {_reason(exc)}"))
        return
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise Rejected(f"malformed JSON: {_reason(exc)}") from None
    yield from _unwrap(document, name, rejected)


def _unwrap(document, name: str, rejected: list) -> Iterator[tuple[str, dict]]:
    if isinstance(document, dict) and isinstance(document.get("data"), list):
        document = document["data"]
    items = document if isinstance(document, list) else [document]
    for index, item in enumerate(items, 1):
        label = f"{name}#{index}" if len(items) > 1 or isinstance(document, list) else name
        if isinstance(item, dict) and isinstance(item.get("fields"), dict):
            item = item["fields"]
        if isinstance(item, dict):
            yield label, item
        else:
            rejected.append(Rejection(label, "JSON record is not an object"))


def _article(record: dict, name: str, raw: bytes, sha256: str, encoding: str) -> Article:
    title = _string(record.get("title"))
    body = _string(record.get("body")) or _string(record.get("text")) or _string(record.get("content"))
    body = fragment_text(body) if body else fragment_text(_string(record.get("body-html")) or "")
    if not body.strip():
        raise Rejected("JSON record has no body text")
    date = _date(record.get("date")) or _date(record.get("published"))
    return Article(text=compose(body, title, date), name=name, title=title, date=date,
                   url=_string(record.get("url")) or _string(record.get("link")) or _string(record.get("url_alias")),
                   outlet=_outlet(record.get("source")), country_hint=_country(record),
                   format="json", sha256=sha256, size=len(raw), raw=raw, encoding=encoding)


def _date(value) -> str | None:
    if isinstance(value, dict):
        return _date(value.get("original")) or _date(value.get("created"))
    text = _string(value)
    if not text or len(text) < 10:
        return None
    try:
        return datetime.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _outlet(source) -> str | None:
    if isinstance(source, list):
        source = source[0] if source else None
    if isinstance(source, dict):
        return _string(source.get("shortname")) or _string(source.get("name"))
    return _string(source)


def _country(record: dict) -> str | None:
    for value in (record.get("primary_country"), record.get("country")):
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("iso3")
        code = _string(value)
        if code and len(code) == 3 and code.isalpha():
            return code.upper()
    return None


def _string(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    return "nested too deeply"
