"""HTML: whole pages through trafilatura, fragments (feed content, `body-html`) through lxml."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from tracker.ingest.text import Rejected, compose, decode

_BLOCKS = ("p", "div", "section", "article", "header", "footer", "blockquote", "pre", "li", "dd",
           "dt", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figcaption")
_NOT_TEXT = "//script|//style|//noscript|//template|//iframe|//object|//comment()|//processing-instruction()"
_UNSAFE_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def read_page(raw: bytes, url: str | None = None, date: str | None = None) -> dict:
    """Article fields of a web page's bytes, decoded by its declared charset when not UTF-8."""
    declared = _META_CHARSET.search(raw[:4096])
    text, encoding = decode(raw, declared=declared.group(1).decode("ascii") if declared else None)
    return {**page(text, url=url, date=date), "encoding": encoding}


def page(raw: bytes | str, url: str | None = None, date: str | None = None) -> dict:
    """The article of a web page: text, title, date, canonical URL and outlet.

    `url` and `date` stand in for what the page does not say itself.

    Menus, scripts, comments and other boilerplate are left out. Raises
    `Rejected` when the page holds no article text.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False,
                                          date_extraction_params={"original_date": True,
                                                                  "extensive_search": False})
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise Rejected(f"malformed HTML: {exc.__class__.__name__}") from None
    if doc is None or not re.search(r"[^\W\d_]", doc.text or ""):
        raise Rejected("malformed HTML: no article text found")
    canonical = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else url
    outlet = doc.sitename or (urlsplit(canonical).hostname if canonical else None)
    date = doc.date or date
    return {"text": compose(doc.text, doc.title, date), "title": _one_line(doc.title),
            "date": date, "url": canonical, "outlet": outlet}


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment, one paragraph per block; plain text passes through."""
    from lxml import etree
    from lxml import html as lxml_html

    markup = _UNSAFE_CHARS.sub(" ", markup or "")
    if not markup.strip():
        return ""
    if "<" not in markup and "&" not in markup:
        return markup
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for node in root.xpath(_NOT_TEXT):
        node.drop_tree()
    for node in root.iter(*_BLOCKS, "br"):
        gap = "\n" if node.tag == "br" else "\n\n"
        node.tail = gap + (node.tail or "")
        if node.tag != "br":
            node.text = gap + (node.text or "")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


def _one_line(title: str | None) -> str | None:
    return " ".join(title.split()) or None if title else None
