"""The versioned dataset store behind `tracker update`: everything under `datasets/`.

Layout:

- the data files of `schema.DATA_FILES` (CSVs and `datapackage.json`), rewritten whole
  at each version, then `versions.csv`, which gains one row per version holding the
  SHA-256 of every data file that version wrote;
- `objects/<sha256>.gz`: every data file as some version wrote it, stored once by
  content, and `objects/versions-<n>.csv.gz`, `versions.csv` as version n wrote it.
  `export` of a past version is a lookup, byte-identical by construction;
- `archive/<article_id>.txt`: the text of every article, so re-extraction needs no inbox
  (its other fields are in `articles.csv`); `archive/signatures.tsv` caches their
  near-duplicate signatures, a derived file that may be deleted at any time.

Snapshots by content rather than regeneration keep a past version exact even after
the code that wrote it has changed; an unchanged file costs nothing, and CSV
compresses well.

`figures.csv` is append-only: a row is only ever edited to close `valid_to`, so the
figures of version n are the rows with `valid_from <= n` and no `valid_to <= n`;
`diff` reads them from there. The current state of a figure is its extraction
(kept in its open row) with every correction of `corrections.csv` applied in
order; applying them again is a no-op, so they are re-applied at every commit and
hold across re-extraction.

Semantic versions (Frictionless Data Package Version): new articles or figure
changes bump MINOR, corrections or newly rejected inputs alone bump PATCH, and a
change of `schema.schema_fingerprint()` bumps MAJOR.

A commit writes archive texts and objects first, then a journal (`.pending`), then
replaces each data file atomically (temporary file, fsync, rename), then
`versions.csv`, then drops the journal. The version becomes current when
`versions.csv` is renamed. A process killed before the journal leaves the files
untouched; one killed after it leaves a journal, and whoever next takes the lock
restores the data files of the last version from its objects. The lock is an
exclusive `flock` on `.lock`, waited for up to `lock_timeout` seconds.
"""
from __future__ import annotations

import csv
import fcntl
import gzip
import io
import json
import logging
import os
import re
import signal
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import click

from tracker import __version__, schema, series
from tracker.model import Article, Figure, Rejection, content_id
from tracker.store.figures import (FIGURE_CONTENT, Change, apply_corrections, diff_csv, diff_figures,
                                   diff_lines, figure_row, history_line, next_semver,
                                   normalise_correction)
from tracker.store.files import encode_csv, format_cell, fsync_dir, read_rows, sha256, write_atomic

__all__ = ["FigureStore", "StoreError", "VersionInfo", "Change", "diff_csv", "diff_lines",
           "history_line", "normalise_correction", "read_rows", "sha256"]

log = logging.getLogger(__name__)

VERSIONS_NAME = "versions.csv"
LOCK_NAME = ".lock"
JOURNAL_NAME = ".pending"
DEFAULT_LOCK_TIMEOUT = 60.0
PAUSE_VARIABLE = "TRACKER_STORE_PAUSE_BEFORE"
"""Test hook: the name of a step (a file name, or `objects`) at which a commit stops itself."""

COUNT_COLUMNS = ("articles_added", "figures_added", "figures_changed", "figures_closed",
                 "figures_corrected")


class StoreError(click.ClickException):
    """A store problem worth a one-line message, not a traceback, on the command line."""


@dataclass
class VersionInfo:
    seq: int
    semver: str
    time: str
    articles_added: int = 0
    figures_added: int = 0
    figures_changed: int = 0
    figures_closed: int = 0
    figures_corrected: int = 0
    orphan_corrections: list[dict] = field(default_factory=list)

    @classmethod
    def from_row(cls, row: dict) -> "VersionInfo":
        return cls(seq=int(row["version"]), semver=row["semver"], time=row["time"],
                   **{c: int(row[c] or 0) for c in COUNT_COLUMNS})


def _pause(step: str) -> None:
    if os.environ.get(PAUSE_VARIABLE) == step:
        print(f"paused before {step}", file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGSTOP)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _State:
    articles: list[dict]
    figures: list[dict]
    corrections: list[dict]
    rejected: list[dict]
    versions: list[dict]


class FigureStore:
    def __init__(self, datasets_dir, lock_timeout: float | None = None):
        self.dir = Path(datasets_dir)
        self.root = self.dir.parent.resolve()
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("TRACKER_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        self._locked = False

    @property
    def archive_dir(self) -> Path:
        return self.dir / "archive"

    @property
    def objects_dir(self) -> Path:
        return self.dir / "objects"

    def path(self, resource: str) -> Path:
        return self.dir / schema.file_name(resource)

    @contextmanager
    def lock(self):
        """Hold the store for one writer; wait up to `lock_timeout` seconds, then fail clearly."""
        self.dir.mkdir(parents=True, exist_ok=True)
        with (self.dir / LOCK_NAME).open("a") as handle:
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"another tracker process is updating {self.dir} (lock {LOCK_NAME} held "
                            f"for more than {self.lock_timeout:g} s); try again when it has finished")
                    time.sleep(0.05)
            self._locked = True
            try:
                self.recover()
                yield self
            finally:
                self._locked = False
                fcntl.flock(handle, fcntl.LOCK_UN)

    def recover(self) -> list[str]:
        """Undo an interrupted commit: restore the files of the last version. Needs the lock."""
        journal = self.dir / JOURNAL_NAME
        if not journal.exists():
            return []
        versions = self.versions()
        restored = []
        for name, file_name in schema.DATA_FILES.items():
            path = self.dir / file_name
            if versions:
                data = self._object(versions[-1][schema.SHA_COLUMNS[name]])
                if not path.is_file() or path.read_bytes() != data:
                    write_atomic(path, data)
                    restored.append(file_name)
            elif path.exists():
                path.unlink()
                restored.append(file_name)
        for leftover in self.dir.glob(".*.tmp"):
            leftover.unlink()
        journal.unlink()
        fsync_dir(self.dir)
        if restored:
            log.warning("an interrupted update was undone: restored %s", ", ".join(restored))
        return restored

    def versions(self) -> list[dict]:
        return read_rows(self.dir / VERSIONS_NAME, schema.VERSION_COLUMNS)

    def resolve(self, text: str) -> dict:
        """A version row from its sequence number (`3`), semantic version (`1.2.0`) or `latest`."""
        versions = self.versions()
        if not versions:
            raise StoreError(f"no dataset version in {self.dir} yet: run tracker update")
        text = text.strip().lstrip("v")
        if text == "latest":
            return versions[-1]
        for row in versions:
            if text in (row["version"], row["semver"]):
                return row
        raise StoreError(f"no version {text!r}: versions are 1..{versions[-1]['version']} "
                         f"({versions[0]['semver']} to {versions[-1]['semver']})")

    def known_article_ids(self) -> set[str]:
        return {row["article_id"] for row in read_rows(self.path("articles"), ("article_id",))}

    def archived_articles(self) -> list[Article]:
        """Every article ever ingested, rebuilt from articles.csv and its archived text."""
        articles = []
        for row in read_rows(self.path("articles"), schema.ARTICLE_COLUMNS):
            text = (self.archive_dir / f"{row['article_id']}.txt").read_bytes().decode("utf-8")
            articles.append(Article(
                text=text, name=row["name"], title=row["title"] or None, date=row["date"] or None,
                url=row["url"] or None, outlet=row["outlet"] or None,
                country_hint=row["country_hint"] or None, format=row["format"] or "text",
                sha256=row["sha256"], size=int(row["size"] or 0), encoding=row["encoding"] or None,
                origin_sha256=row["origin_sha256"] or None, duplicate_of=row["duplicate_of"] or None))
        return articles

    def known_sha256(self) -> set[str]:
        """The hashes of every input already stored, so that ingest skips them unread."""
        rows = read_rows(self.path("articles"), ("sha256", "origin_sha256"))
        return {digest for row in rows for digest in (row["sha256"], row["origin_sha256"]) if digest}

    def known_signatures(self) -> dict[str, str]:
        """article_id -> MinHash of every stored article, cached beside the archive so each is computed once."""
        from tracker.ingest.duplicates import signature

        cache = self.archive_dir / "signatures.tsv"
        signatures: dict[str, str] = {}
        if cache.exists():
            for line in cache.read_text(encoding="utf-8").splitlines():
                article_id, _, value = line.partition("\t")
                signatures[article_id] = value
        missing = [row["article_id"] for row in read_rows(self.path("articles"), ("article_id",))
                   if row["article_id"] not in signatures]
        if missing:
            for article_id in missing:
                text = (self.archive_dir / f"{article_id}.txt").read_bytes().decode("utf-8")
                signatures[article_id] = signature(text) or ""
            self.archive_dir.mkdir(parents=True, exist_ok=True)
            body = "".join(f"{k}\t{v}\n" for k, v in sorted(signatures.items()))
            write_atomic(cache, body.encode("utf-8"))
        return {k: v for k, v in signatures.items() if v}

    def figures(self) -> list[dict]:
        return read_rows(self.path("figures"), schema.FIGURE_COLUMNS)

    def current_figures(self) -> dict[str, dict]:
        return {row["figure_id"]: row for row in self.figures() if not row["valid_to"]}

    def corrections(self) -> list[dict]:
        return read_rows(self.path("corrections"), schema.CORRECTION_COLUMNS)

    def orphan_corrections(self) -> list[dict]:
        """Corrections whose figure is no longer current: kept, and reported."""
        current = self.current_figures()
        return [c for c in self.corrections() if c["figure_id"] not in current]

    def _state(self) -> _State:
        return _State(
            articles=read_rows(self.path("articles"), schema.ARTICLE_COLUMNS),
            figures=self.figures(),
            corrections=self.corrections(),
            rejected=read_rows(self.path("rejected"), schema.REJECTED_COLUMNS),
            versions=self.versions())

    def _relative(self, name: str) -> str:
        path = Path(name)
        if path.is_absolute():
            try:
                return path.resolve().relative_to(self.root).as_posix()
            except ValueError:
                pass
        return name

    def correct(self, figure_id: str, note: str, author: str = "", reject: bool = False,
                settings: list[tuple[str, str]] = ()) -> VersionInfo | None:
        """Record corrections of one current figure and apply them as a new version."""
        if not note.strip():
            raise StoreError("a correction needs a note saying why")
        if not reject and not settings:
            raise StoreError("nothing to correct: give --reject or --set field=value")
        if figure_id not in self.current_figures():
            raise StoreError(f"no current figure {figure_id!r} (see figures.csv rows with empty valid_to)")
        stamp = _now()
        rows = [{"figure_id": figure_id, "action": "set", "field": name, "value": value, "note": note,
                 "author": author, "time": stamp} for name, value in settings]
        for row in rows:
            try:
                row["value"] = normalise_correction(row["field"], row["value"])
            except ValueError as exc:
                raise StoreError(str(exc)) from None
        if reject:
            rows.append({"figure_id": figure_id, "action": "reject", "field": "", "value": "",
                         "note": note, "author": author, "time": stamp})
        return self.commit([], {}, [], corrections=rows)

    def commit(self, new_articles: list[Article], figures_by_article_id: dict[str, list[Figure]],
               rejected: list[Rejection], reextract: bool = False,
               corrections: list[dict] = ()) -> VersionInfo | None:
        """Write a new version holding these articles, their figures, rejections and corrections;
        None when it would hold nothing new.

        Figures of articles already stored replace their extraction only with `reextract`.
        """
        if not self._locked:
            with self.lock():
                return self.commit(new_articles, figures_by_article_id, rejected, reextract, corrections)
        state = self._state()
        seq = len(state.versions) + 1
        previous = state.versions[-1] if state.versions else None
        fingerprint = schema.schema_fingerprint()
        schema_changed = previous is not None and previous["schema"] != fingerprint
        stored = {row["article_id"] for row in state.articles}
        added_articles = self._add_articles(state, new_articles, seq)
        refreshed = set(figures_by_article_id) & stored
        if refreshed and not reextract:
            raise ValueError(f"figures for stored articles need reextract: {', '.join(sorted(refreshed))}")
        unknown = set(figures_by_article_id) - stored - {a.article_id for a in added_articles}
        if unknown:
            raise ValueError(f"figures for articles never ingested: {', '.join(sorted(unknown))}")

        state.corrections.extend(corrections)
        current = {row["figure_id"]: row for row in state.figures if not row["valid_to"]}
        desired = _desired_figures(current, figures_by_article_id, state.corrections)
        counts = _close_and_append(state.figures, current, desired, {c["figure_id"] for c in corrections},
                                   seq)
        counts["articles_added"] = len(added_articles)
        rejections_added = self._add_rejections(state, rejected, seq)
        orphans = [c for c in state.corrections if c["figure_id"] not in desired]
        for orphan in orphans:
            log.warning("correction of figure %s (%s %s) applies to no current figure; it is kept",
                        orphan["figure_id"], orphan["action"], orphan["field"])
        if not (any(counts.values()) or corrections or rejections_added or schema_changed):
            return None

        new_data = any(counts[c] for c in COUNT_COLUMNS if c != "figures_corrected")
        semver = next_semver(previous["semver"] if previous else None, schema_changed, new_data)
        files = self._render(state, semver)
        version_row = {"version": str(seq), "semver": semver, "time": _now(),
                       "tracker_version": __version__, "schema": fingerprint,
                       **{c: str(v) for c, v in counts.items()},
                       **{schema.SHA_COLUMNS[name]: sha256(data) for name, data in files.items()}}
        versions_data = encode_csv(schema.VERSION_COLUMNS, [*state.versions, version_row])
        self._write(added_articles, files, seq, versions_data)
        info = VersionInfo.from_row(version_row)
        info.orphan_corrections = orphans
        return info

    def _add_articles(self, state: _State, articles: list[Article], seq: int) -> list[Article]:
        known = {row["article_id"] for row in state.articles}
        added = []
        for article in sorted(articles, key=lambda a: (self._relative(a.name), a.article_id)):
            if article.article_id not in known:
                known.add(article.article_id)
                added.append(article)
                state.articles.append(self._article_row(article, seq))
        return added

    def _add_rejections(self, state: _State, rejected: list[Rejection], seq: int) -> int:
        """Record each input's rejection once, however many updates still find it."""
        recorded = {(r["path"], r["reason"]) for r in state.rejected}
        added = 0
        for rejection in rejected:
            key = (self._relative(rejection.path), rejection.reason)
            if key not in recorded:
                recorded.add(key)
                added += 1
                state.rejected.append({"path": key[0], "reason": key[1], "first_version": str(seq)})
        return added

    def _article_row(self, article: Article, seq: int) -> dict:
        row = {c: format_cell(getattr(article, c, None)) for c in schema.ARTICLE_COLUMNS
               if c not in ("article_id", "first_version")}
        row.update(article_id=article.article_id, name=self._relative(article.name),
                   first_version=str(seq), format=article.format or "text")
        return row

    def _render(self, state: _State, semver: str) -> dict[str, bytes]:
        """The bytes of every data file of a version, in `schema.DATA_FILES` order."""
        current = [row for row in state.figures if not row["valid_to"]]
        duplicate_of = {row["article_id"]: row["duplicate_of"] for row in state.articles if row["duplicate_of"]}
        series_rows = series.series_rows(current, duplicate_of)
        headline = series.headline_rows(series_rows)
        articles_by_id = {row["article_id"]: row for row in state.articles}
        files = {
            "articles": encode_csv(schema.ARTICLE_COLUMNS, state.articles),
            "figures": encode_csv(schema.FIGURE_COLUMNS, state.figures),
            "series": encode_csv(schema.SERIES_COLUMNS, series_rows),
            "headline": encode_csv(schema.HEADLINE_COLUMNS, headline),
            "series-hxl": encode_csv(tuple(schema.HXL_COLUMNS), series.hxl_rows(headline, articles_by_id),
                                     tag_row=schema.HXL_COLUMNS),
            "corrections": encode_csv(schema.CORRECTION_COLUMNS, state.corrections),
            "rejected": encode_csv(schema.REJECTED_COLUMNS, state.rejected),
        }
        package = schema.data_package(semver, {n: sha256(d) for n, d in files.items()},
                                      {n: len(d) for n, d in files.items()})
        files["datapackage"] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        return files

    def _write(self, articles: list[Article], files: dict[str, bytes], seq: int,
               versions_data: bytes) -> None:
        self.archive_dir.mkdir(exist_ok=True)
        self.objects_dir.mkdir(exist_ok=True)
        for article in articles:
            path = self.archive_dir / f"{article.article_id}.txt"
            if not path.exists():
                write_atomic(path, article.text.encode("utf-8"))
        _pause("objects")
        for data in files.values():
            path = self.objects_dir / f"{sha256(data)}.gz"
            if not path.exists():
                write_atomic(path, gzip.compress(data, mtime=0))
        write_atomic(self.objects_dir / f"versions-{seq}.csv.gz", gzip.compress(versions_data, mtime=0))
        write_atomic(self.dir / JOURNAL_NAME, f"{seq}\n".encode())
        for name, data in files.items():
            _pause(schema.DATA_FILES[name])
            write_atomic(self.dir / schema.DATA_FILES[name], data)
        _pause(VERSIONS_NAME)
        write_atomic(self.dir / VERSIONS_NAME, versions_data)
        (self.dir / JOURNAL_NAME).unlink()
        fsync_dir(self.dir)

    def _object(self, name: str) -> bytes:
        path = self.objects_dir / f"{name}.gz"
        try:
            return gzip.decompress(path.read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise StoreError(f"the stored copy {path} is missing or unreadable: {exc}") from None

    def files_at(self, version: str) -> dict[str, bytes]:
        """Every file as version `version` wrote it, by file name."""
        row = self.resolve(version)
        files = {file_name: self._object(row[schema.SHA_COLUMNS[name]])
                 for name, file_name in schema.DATA_FILES.items() if row[schema.SHA_COLUMNS[name]]}
        files[VERSIONS_NAME] = self._object(f"versions-{row['version']}.csv")
        return files

    def export(self, version: str, out_dir) -> list[Path]:
        """Write the datasets of a past version, byte-identical, with the texts of its articles."""
        out_dir = Path(out_dir)
        if out_dir.resolve() == self.dir.resolve():
            raise StoreError("export into a folder other than the live datasets folder")
        files = self.files_at(version)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for file_name, data in files.items():
            write_atomic(out_dir / file_name, data)
            written.append(out_dir / file_name)
        archive = out_dir / "archive"
        with io.StringIO(files[schema.DATA_FILES["articles"]].decode("utf-8")) as handle:
            article_ids = [row["article_id"] for row in csv.DictReader(handle)]
        if article_ids:
            archive.mkdir(exist_ok=True)
        for article_id in article_ids:
            source = self.archive_dir / f"{article_id}.txt"
            if source.is_file():
                write_atomic(archive / source.name, source.read_bytes())
        return written

    def diff(self, version_a: str, version_b: str) -> tuple[dict, dict, list[Change]]:
        row_a, row_b = self.resolve(version_a), self.resolve(version_b)
        return row_a, row_b, diff_figures(self.figures(), int(row_a["version"]), int(row_b["version"]))

    def validate(self) -> list[str]:
        """Every problem found: checksums against versions.csv, stored copies, archive, schemas."""
        problems = []
        versions = self.versions()
        if not versions:
            present = [n for n in schema.DATA_FILES.values() if (self.dir / n).exists()]
            return [f"{n}: present but no version was ever committed" for n in present]
        for expected, row in enumerate(versions, start=1):
            if row["version"] != str(expected):
                problems.append(f"{VERSIONS_NAME}: row {expected} has version {row['version']!r}")
            if not re.fullmatch(r"\d+\.\d+\.\d+", row["semver"]):
                problems.append(f"{VERSIONS_NAME}: version {expected} has semver {row['semver']!r}")
            for name, column in schema.SHA_COLUMNS.items():
                digest = row[column]
                if digest and not (self.objects_dir / f"{digest}.gz").is_file():
                    problems.append(f"objects/{digest}.gz: missing ({schema.DATA_FILES[name]} "
                                    f"of version {row['version']})")
        last = versions[-1]
        try:
            if self._object(f"versions-{last['version']}.csv") != (self.dir / VERSIONS_NAME).read_bytes():
                problems.append(f"{VERSIONS_NAME}: differs from what version {last['version']} wrote")
        except StoreError as exc:
            problems.append(str(exc))
        for name, file_name in schema.DATA_FILES.items():
            path = self.dir / file_name
            if not path.is_file():
                problems.append(f"{file_name}: missing")
            elif sha256(path.read_bytes()) != last[schema.SHA_COLUMNS[name]]:
                problems.append(f"{file_name}: differs from what version {last['version']} "
                                f"({last['semver']}) wrote (checksum mismatch)")
        for row in read_rows(self.path("articles"), ("article_id",)):
            text_path = self.archive_dir / f"{row['article_id']}.txt"
            if not text_path.is_file():
                problems.append(f"archive/{text_path.name}: missing")
            elif content_id(text_path.read_bytes().decode("utf-8", "replace")) != row["article_id"]:
                problems.append(f"archive/{text_path.name}: text does not match its article_id")
        problems.extend(schema_problems(self.path("datapackage")))
        return problems


def _desired_figures(current: dict[str, dict], figures_by_article_id: dict[str, list[Figure]],
                     corrections: list[dict]) -> dict[str, dict]:
    """The content every current figure should have: the new extraction of the articles given,
    the open row of the others, each with all its corrections applied."""
    desired = {fid: {c: row[c] for c in FIGURE_CONTENT} for fid, row in current.items()
               if row["article_id"] not in figures_by_article_id}
    for article_id, figures in sorted(figures_by_article_id.items()):
        for figure in sorted(figures, key=lambda f: (f.start, f.end)):
            row = figure_row(figure, article_id)
            desired.setdefault(row["figure_id"], row)
    by_figure: dict[str, list[dict]] = {}
    for correction in corrections:
        by_figure.setdefault(correction["figure_id"], []).append(correction)
    return {fid: apply_corrections(row, by_figure.get(fid, [])) for fid, row in desired.items()}


def _close_and_append(rows: list[dict], current: dict[str, dict], desired: dict[str, dict],
                      newly_corrected: set[str], seq: int) -> dict[str, int]:
    """Close the rows that changed or went, append the new ones; the counts for versions.csv."""
    counts = dict.fromkeys(COUNT_COLUMNS, 0)
    appended = []
    for fid, row in current.items():
        if fid not in desired:
            row["valid_to"] = str(seq)
            counts["figures_closed"] += 1
        elif any(row[c] != desired[fid][c] for c in FIGURE_CONTENT):
            row["valid_to"] = str(seq)
            appended.append(desired[fid])
            counts["figures_corrected" if fid in newly_corrected else "figures_changed"] += 1
    for fid, row in desired.items():
        if fid not in current:
            appended.append(row)
            counts["figures_added"] += 1
    appended.sort(key=lambda r: (r["article_id"], int(r["start"]), int(r["end"]), r["figure_id"]))
    rows.extend({**row, "valid_from": str(seq), "valid_to": ""} for row in appended)
    return counts


def schema_problems(package_path: Path) -> list[str]:
    """Problems frictionless finds in a data package: types, constraints, keys, sizes, hashes."""
    if not package_path.is_file():
        return []
    import frictionless

    report = frictionless.validate(str(package_path))
    problems = []
    for task in report.tasks:
        for error in task.errors:
            where = f" row {error.row_number}" if getattr(error, "row_number", None) else ""
            column = f" field {error.field_name}" if getattr(error, "field_name", None) else ""
            problems.append(f"{Path(task.place).name}:{where}{column}: {error.type}: {error.note}")
    problems.extend(f"datapackage.json: {error.type}: {error.note}" for error in report.errors)
    return problems
