"""`tracker add`: put web pages and files into the inbox, raw bytes unchanged, for the next update to read."""
from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tracker.ingest import URL_SIDECAR, kind_of, read_bytes, read_limited
from tracker.ingest.fetch import SUFFIXES, is_url
from tracker.ingest.sources import Settings
from tracker.ingest.text import Rejected
from tracker.model import Rejection

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class Added:
    saved: list[Path] = field(default_factory=list)
    present: list[Path] = field(default_factory=list)
    """Targets whose bytes were already in the inbox, under the name shown."""
    rejected: list[Rejection] = field(default_factory=list)


def add(workspace, targets: list[str]) -> Added:
    """Save each URL's page or copy each file into the inbox, unless it holds no readable article.

    A file appears whole (written aside, then renamed), so an update running meanwhile never reads half of it.
    """
    settings, _ = Settings.of(workspace)
    added = Added()
    inbox = workspace.articles_dir.resolve()
    for target in targets:
        if not is_url(target) and Path(target).resolve().is_relative_to(inbox):
            added.present.append(Path(target))
            continue
        try:
            raw, url, destination = _take(target, settings, inbox)
        except Rejected as exc:
            added.rejected.append(Rejection(target, str(exc)))
            continue
        found = read_bytes(raw, target, kind=kind_of(destination.name, raw), url=url)
        if not found.articles:
            reason = found.rejected[0].reason if found.rejected else "no article found"
            added.rejected.append(Rejection(target, reason))
            continue
        existing = _same_bytes(destination, raw)
        if existing:
            added.present.append(existing)
            continue
        destination = _free_name(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        if url:
            sidecar = destination.parent / URL_SIDECAR.format(name=destination.name)
            sidecar.write_text(url + "\n", encoding="utf-8")
        partial = destination.with_name(f".{destination.name}.part")
        partial.write_bytes(raw)
        partial.replace(destination)
        added.saved.append(destination)
    return added


def _take(target: str, settings: Settings, inbox: Path) -> tuple[bytes, str | None, Path]:
    """The bytes of a target, the address they came from, and where the inbox would keep them."""
    if is_url(target):
        download = settings.download(target, frozenset(SUFFIXES))
        host = _safe(urlsplit(download.url).hostname or "web")
        return download.raw, download.url, inbox / host / _name_for(download.url, download.suffix)
    source = Path(target)
    if source.is_dir():
        raise Rejected("is a folder: list it under [sources] paths in tracker.toml")
    return read_limited(source, settings.max_bytes), None, inbox / _safe(source.name)


def _name_for(url: str, suffix: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    stem = Path(path).stem if path else "index"
    return _safe(stem or "index")[:80] + suffix


def _safe(name: str) -> str:
    return _UNSAFE_NAME.sub("-", name).strip("-.") or "article"


def _same_bytes(destination: Path, raw: bytes) -> Path | None:
    folder, stem, suffix = destination.parent, destination.stem, destination.suffix
    for candidate in sorted(folder.glob(f"{glob.escape(stem)}*{glob.escape(suffix)}")) if folder.is_dir() else ():
        if candidate.is_file() and candidate.stat().st_size == len(raw) and candidate.read_bytes() == raw:
            return candidate
    return None


def _free_name(path: Path) -> Path:
    number = 2
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
