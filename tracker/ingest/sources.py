"""The inputs of a workspace: its inbox, and the paths and feeds of its config (see `tracker.ingest`)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker.ingest import DEFAULT_MAX_BYTES, IngestResult, _rejected, read_bytes, read_path
from tracker.ingest.fetch import DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT, fetch
from tracker.ingest.text import Rejected
from tracker.model import Rejection
from tracker.workspace import CONFIG_NAME

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/xml", "text/xml", "text/plain"})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})

Reader = Callable[["Settings", Callable | None, frozenset], IngestResult]
"""Reads one input: given the settings, the page fetcher (or None) and the known hashes."""


@dataclass(frozen=True)
class Settings:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS

    @classmethod
    def of(cls, workspace, max_bytes: int | None = None) -> tuple["Settings", list[Rejection]]:
        """The workspace's settings; a value that is not a number of 0 or more is reported and left at its default."""
        values, problems = {}, []
        for name, key in (("max_bytes", "max_bytes"), ("timeout", "fetch_timeout"),
                          ("max_redirects", "max_redirects")):
            value = workspace.setting(key)
            if value is None:
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
                values[name] = type(getattr(cls, name))(value)
            else:
                problems.append(Rejection(CONFIG_NAME, f"settings.{key} must be a number of 0 or more; "
                                                       f"using {getattr(cls, name)}"))
        if max_bytes:
            values["max_bytes"] = max_bytes
        return cls(**values), problems

    def download(self, url: str, accept: frozenset[str]):
        return fetch(url, self.max_bytes, timeout=self.timeout, max_redirects=self.max_redirects, accept=accept)

    def page_fetcher(self) -> Callable[[str, str | None], dict]:
        """`fetch_page(url, date)`: the article fields of the page at `url`, its bytes under "raw"."""
        def fetch_page(url: str, date: str | None = None) -> dict:
            from tracker.ingest.html import read_page

            download = self.download(url, PAGE_TYPES)
            return {**read_page(download.raw, url=download.url, date=date), "raw": download.raw}

        return fetch_page


def inputs(workspace) -> tuple[list[tuple[str, Reader]], list[Rejection]]:
    """Every input to read, in a stable order, and the problems found while listing them."""
    found: list[tuple[str, Reader]] = []
    problems: list[Rejection] = []
    visited: set[Path] = set()
    root = workspace.root.resolve()

    def add_folder(folder: Path) -> None:
        for path, problem in _walk(folder, (root, folder.resolve())):
            if problem:
                problems.append(Rejection(str(path), problem))
            elif path.resolve() not in visited:
                visited.add(path.resolve())
                found.append((str(path), _file(path)))

    if workspace.articles_dir.is_dir():
        add_folder(workspace.articles_dir)
    sources = workspace.config.get("sources", {})
    if not isinstance(sources, dict):
        return found, [*problems, Rejection(CONFIG_NAME, "[sources] must be a table")]
    for key in ("paths", "feeds"):
        entries = sources.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            problems.append(Rejection(CONFIG_NAME, f"sources.{key} must be a list of strings"))
            continue
        for entry in entries:
            if key == "feeds" and entry.lower().startswith(("http://", "https://")):
                found.append((entry, _feed_url(entry)))
                continue
            path = root / Path(entry).expanduser()
            if path.is_dir() and key == "paths":
                add_folder(path)
            elif path.is_file():
                if path.resolve() not in visited:
                    visited.add(path.resolve())
                    found.append((str(path), _file(path, kind="feed" if key == "feeds" else None)))
            else:
                problems.append(Rejection(str(path), f"no such {'file' if key == 'feeds' else 'file or folder'} "
                                                     f"(sources.{key} in {CONFIG_NAME})"))
    return found, problems


def _file(path: Path, kind: str | None = None) -> Reader:
    def read(settings: Settings, fetch_page, known) -> IngestResult:
        return read_path(path, settings.max_bytes, kind=kind, fetch_page=fetch_page, known_sha256=known)

    return read


def _feed_url(url: str) -> Reader:
    def read(settings: Settings, fetch_page, known) -> IngestResult:
        try:
            download = settings.download(url, FEED_TYPES)
        except Rejected as exc:
            return _rejected(url, str(exc))
        sha256 = hashlib.sha256(download.raw).hexdigest()
        if sha256 in known:
            return IngestResult(seen=1, unchanged=1)
        return read_bytes(download.raw, url, kind="feed", fetch_page=fetch_page, known_sha256=known, sha256=sha256)

    return read


def _walk(folder: Path, allowed: tuple[Path, ...]) -> Iterator[tuple[Path, str | None]]:
    """The files under `folder` (dotfiles skipped), each with None or the reason it is not read."""
    folders = {folder.resolve()}

    def visit(directory: Path) -> Iterator[tuple[Path, str | None]]:
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as exc:
            yield directory, f"unreadable folder: {exc.strerror or exc}"
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    yield path, "broken symbolic link"
                    continue
                if not any(target.is_relative_to(place) for place in allowed):
                    yield path, "symbolic link leading outside the workspace (not followed)"
                    continue
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                real = path.resolve()
                if real not in folders:
                    folders.add(real)
                    yield from visit(path)
            else:
                yield path, None

    yield from visit(folder)
