"""Fetching web pages and feeds: http(s) only, with a timeout, a size limit and bounded redirects."""
from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from tracker import __version__
from tracker.ingest.text import Rejected

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_REDIRECTS = 5
SUFFIXES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
            "text/markdown": ".md", "application/json": ".json", "application/x-ndjson": ".jsonl",
            "application/rss+xml": ".xml", "application/atom+xml": ".xml", "application/rdf+xml": ".xml",
            "application/xml": ".xml", "text/xml": ".xml"}
"""The content types read, and the file suffix each is saved under."""


@dataclass
class Download:
    url: str
    raw: bytes
    content_type: str

    @property
    def suffix(self) -> str:
        return SUFFIXES.get(self.content_type, ".html")


def is_url(target: str) -> bool:
    return urlsplit(target).scheme.lower() in ("http", "https")


def fetch(url: str, max_bytes: int, timeout: float = DEFAULT_TIMEOUT,
          max_redirects: int = DEFAULT_MAX_REDIRECTS, accept=frozenset(SUFFIXES)) -> Download:
    """The body of `url`; raises `Rejected` with the reason when it cannot be had or is not wanted."""
    if not is_url(url):
        raise Rejected("not an http or https address")
    opener = urllib.request.build_opener(_BoundedRedirects(max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": f"tracker/{__version__}",
                                                   "Accept": ", ".join(sorted(accept)) + ", */*;q=0.1"})
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else ""
            if content_type and content_type not in accept:
                raise Rejected(f"unsupported content type {content_type}")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise Rejected(f"larger than the size limit ({length} > {max_bytes} bytes)")
            raw = response.read(max_bytes + 1)
            if len(raw) > max_bytes:
                raise Rejected(f"larger than the size limit (over {max_bytes} bytes)")
            return Download(url=response.geturl(), raw=raw, content_type=content_type)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "not allowed" in str(exc.reason):
            raise Rejected(f"redirect to a non-http address: {exc.headers.get('Location')}") from None
        raise Rejected(f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise Rejected(f"timed out after {timeout:g} s") from None
        raise Rejected(f"cannot fetch: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise Rejected(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise Rejected(f"cannot fetch: {exc}") from None


class _BoundedRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int):
        self.limit = limit

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise Rejected(f"redirect to a non-http address: {newurl}")
        if len(getattr(req, "redirect_dict", {})) >= self.limit:
            raise Rejected(f"more than {self.limit} redirects")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
