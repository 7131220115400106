"""Near-duplicates: the same story republished with other boilerplate, title or ending.

Each body gets a MinHash signature over word shingles; signatures are banded
so that finding candidates is a dictionary look-up, and a candidate is a
duplicate when the signatures estimate a Jaccard similarity of at least
`THRESHOLD`. Signatures are kept as short strings so that articles of later
updates can be matched against those already stored.
"""
from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping

from tracker.ingest.text import parse_header
from tracker.model import Article

NUM_PERM = 128
BANDS, ROWS = 32, 4
THRESHOLD = 0.5
SHINGLE_WORDS = 3
MIN_SHINGLES = 12
"""Shorter bodies (headlines, one-line summaries) are too alike to compare."""

_WORD = re.compile(r"\w+")


def signature(text: str) -> str | None:
    """The MinHash of an article's body (its header left out), or None for a body too short to compare."""
    header = parse_header(text)
    words = _WORD.findall((text[header.end:] if header else text).lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    if len(shingles) < MIN_SHINGLES:
        return None
    from datasketch.minhash import MinHash

    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values = (minhash.hashvalues & 0xFFFFFFFF).astype("<u4")
    return base64.b64encode(values.tobytes()).decode("ascii")


def similarity(a: str, b: str) -> float:
    """The Jaccard similarity of two bodies, as estimated from their signatures."""
    return sum(x == y for x, y in zip(_values(a), _values(b))) / NUM_PERM


def link(articles: list[Article], known: Mapping[str, str] | None = None) -> None:
    """Sign each article and point every near-duplicate at the article it repeats.

    `known` maps the article_id of stored articles to their signature; they are
    the originals of anything new that repeats them. Among new articles, the
    earliest dated is the original. Articles whose id is known are left alone.
    """
    known = known or {}
    index = _Index()
    for article_id, sig in known.items():
        if sig:
            index.add(article_id, sig)
    roots: dict[str, str] = {}
    order = sorted(range(len(articles)), key=lambda i: (articles[i].date is None, articles[i].date or "", i))
    for article in (articles[i] for i in order):
        article_id = article.article_id
        if article_id in known:
            continue
        if article_id in index.signatures:
            article.duplicate_of = roots.get(article_id)
            continue
        article.signature = article.signature or signature(article.text)
        if article.signature is None:
            continue
        match = index.best(article.signature)
        if match is not None:
            article.duplicate_of = roots.get(match, match)
            roots[article_id] = article.duplicate_of
        index.add(article_id, article.signature)


def outlets(articles: Iterable[Article]) -> dict[str, list[str]]:
    """For each original story of `articles`, the distinct outlets among its copies (exact or near)."""
    found: dict[str, set[str]] = {}
    for article in articles:
        names = found.setdefault(article.duplicate_of or article.article_id, set())
        if article.outlet:
            names.add(article.outlet)
    return {story: sorted(names) for story, names in found.items()}


class _Index:
    def __init__(self):
        self.signatures: dict[str, str] = {}
        self.bands: dict[bytes, list[str]] = {}

    def add(self, article_id: str, sig: str) -> None:
        self.signatures[article_id] = sig
        for key in _band_keys(sig):
            self.bands.setdefault(key, []).append(article_id)

    def best(self, sig: str) -> str | None:
        candidates = {c for key in _band_keys(sig) for c in self.bands.get(key, ())}
        scored = [(similarity(sig, self.signatures[c]), c) for c in candidates]
        best = max(scored, default=(0.0, None))
        return best[1] if best[0] >= THRESHOLD else None


def _values(sig: str) -> list[bytes]:
    raw = base64.b64decode(sig)
    return [raw[i:i + 4] for i in range(0, len(raw), 4)]


def _band_keys(sig: str) -> list[bytes]:
    raw = base64.b64decode(sig)
    width = ROWS * 4
    return [bytes([band]) + raw[band * width:(band + 1) * width] for band in range(BANDS)]
