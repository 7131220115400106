"""The versioned dataset store: append-only figures, exact past versions, corrections, integrity."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker import schema
from tracker.ingest import article_from_text
from tracker.model import Figure, Rejection
from tracker.store import (FigureStore, StoreError, diff_csv, normalise_correction,
                           read_rows, sha256)

SUDAN = ("date 2023-04-24 Fighting in Sudan\n"
         "About 70,000 people have been displaced across Sudan, the IOM said.\n"
         "Some 5,000 people fled to Chad, UNHCR said.\n")
SUDAN_LATER = ("date 2023-04-30 Sudan update\n"
               "More than 330,000 people are now displaced inside Sudan, IOM said.\n"
               "About 70,000 people have been displaced across Sudan, a government official said.\n")
PROJECT = Path(__file__).resolve().parents[1]


def article(root: Path, name: str, text: str):
    return article_from_text(text, str(root / "articles" / name))


def figure(art, phrase: str, **fields) -> Figure:
    start = art.text.index(phrase)
    values = dict(value=70000, qualifier="approximately", unit="people", term="displaced",
                  country="SDN", quote=phrase, start=start, end=start + len(phrase), source="IOM",
                  date=art.date, cause="conflict", confidence=0.9)
    values.update(fields)
    return Figure(**values)


def first_extraction(art):
    return [figure(art, "About 70,000"),
            figure(art, "Some 5,000", value=5000, term="refugees", destination="TCD", source="UNHCR")]


def later_extraction(art):
    return [figure(art, "More than 330,000", value=330000, qualifier="more_than"),
            figure(art, "About 70,000", source="GOV")]


def build(root: Path) -> tuple[FigureStore, dict]:
    """Two updates, a re-extraction and a correction: versions 1..4, and the files each wrote."""
    store = FigureStore(root / "datasets")
    sudan, later = article(root, "sudan.txt", SUDAN), article(root, "later.txt", SUDAN_LATER)
    written = {}

    def keep(info):
        written[info.seq] = {p.name: p.read_bytes() for p in store.dir.iterdir() if p.is_file()
                             and not p.name.startswith(".")}
        return info

    keep(store.commit([sudan], {sudan.article_id: first_extraction(sudan)},
                      [Rejection(str(root / "articles" / "x.pdf"), "binary file")]))
    keep(store.commit([later], {later.article_id: later_extraction(later)}, []))
    changed = [figure(sudan, "About 70,000", value=72000), ]
    keep(store.commit([], {sudan.article_id: changed, later.article_id: later_extraction(later)}, [],
                      reextract=True))
    target = Figure.figure_id(changed[0], sudan.article_id)
    keep(store.correct(target, "IOM DTM says 71,500", author="ana", settings=[("value", "71,500")]))
    return store, written


@pytest.fixture
def built(tmp_path):
    return build(tmp_path)


def figure_id(art, phrase):
    return figure(art, phrase).figure_id(art.article_id)


def current(store):
    return store.current_figures()


def test_first_commit_writes_every_file_and_archives_the_text(tmp_path):
    store = FigureStore(tmp_path / "datasets")
    sudan = article(tmp_path, "sudan.txt", SUDAN)
    info = store.commit([sudan], {sudan.article_id: first_extraction(sudan)}, [])
    assert (info.seq, info.semver, info.articles_added, info.figures_added) == (1, "1.0.0", 1, 2)
    for name in [*schema.DATA_FILES.values(), "versions.csv"]:
        assert (store.dir / name).is_file(), name
    (row,) = read_rows(store.path("articles"), schema.ARTICLE_COLUMNS)
    assert row["name"] == "articles/sudan.txt"
    assert (row["date"], row["title"], row["first_version"]) == ("2023-04-24", "Fighting in Sudan", "1")
    (archived,) = store.archived_articles()
    assert archived.text == sudan.text and archived.article_id == sudan.article_id
    assert (archived.date, archived.title, archived.sha256) == (sudan.date, sudan.title, sudan.sha256)
    assert store.commit([sudan], {}, []) is None
    with pytest.raises(ValueError, match="need reextract"):
        store.commit([], {sudan.article_id: []}, [])


def test_figures_are_append_only_and_keep_their_id_across_reextraction(built):
    store, written = built
    sudan = next(a for a in store.archived_articles() if a.name.endswith("sudan.txt"))
    about, some = figure_id(sudan, "About 70,000"), figure_id(sudan, "Some 5,000")
    rows = store.figures()
    about_rows = [r for r in rows if r["figure_id"] == about]
    assert [(r["valid_from"], r["valid_to"], r["value"], r["status"]) for r in about_rows] == [
        ("1", "3", "70000", "auto"), ("3", "4", "72000", "auto"), ("4", "", "71500", "corrected")]
    assert [(r["valid_from"], r["valid_to"]) for r in rows if r["figure_id"] == some] == [("1", "3")]
    versions = store.versions()
    assert [v["semver"] for v in versions] == ["1.0.0", "1.1.0", "1.2.0", "1.2.1"]
    assert [(v["figures_added"], v["figures_changed"], v["figures_closed"], v["figures_corrected"])
            for v in versions] == [("2", "0", "0", "0"), ("2", "0", "0", "0"), ("0", "1", "1", "0"),
                                   ("0", "0", "0", "1")]
    first = list(csv.DictReader(io.StringIO(written[1]["figures.csv"].decode())))
    for old, now in zip(first, rows):
        assert {**old, "valid_to": ""} == {**now, "valid_to": ""}


def test_export_of_every_version_is_byte_identical(built, tmp_path):
    store, written = built
    for seq, files in written.items():
        semver = store.versions()[seq - 1]["semver"]
        out = tmp_path / f"export-{seq}"
        store.export(semver if seq % 2 else str(seq), out)
        exported = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        assert exported == files, seq
        assert sorted(p.name for p in (out / "archive").iterdir()) == sorted(
            f"{a['article_id']}.txt" for a in csv.DictReader(io.StringIO(files["articles.csv"].decode())))


def test_versions_record_the_checksum_of_every_file(built):
    store, written = built
    for row in store.versions():
        files = written[int(row["version"])]
        for name, file_name in schema.DATA_FILES.items():
            assert row[schema.SHA_COLUMNS[name]] == sha256(files[file_name])


def test_diff_lists_added_changed_and_closed_figures(built):
    store, _ = built
    row_a, row_b, changes = store.diff("1.0.0", "4")
    assert (row_a["version"], row_b["semver"]) == ("1", "1.2.1")
    kinds = sorted((c.kind, c.after["value"] if c.after else c.before["value"]) for c in changes)
    assert kinds == [("added", "330000"), ("added", "70000"), ("changed", "71500"), ("closed", "5000")]
    (changed,) = [c for c in changes if c.kind == "changed"]
    assert changed.fields == ["status", "value"]
    rows = list(csv.DictReader(io.StringIO(diff_csv(changes).decode())))
    assert {"change": "changed", "field": "value", "before": "70000", "after": "71500"}.items() <= next(
        r for r in rows if r["change"] == "changed" and r["field"] == "value").items()
    assert store.diff("2", "2")[2] == []


def test_correction_survives_reextraction_and_rejection_leaves_the_series(built):
    store, _ = built
    sudan = next(a for a in store.archived_articles() if a.name.endswith("sudan.txt"))
    later = next(a for a in store.archived_articles() if a.name.endswith("later.txt"))
    again = {sudan.article_id: [figure(sudan, "About 70,000", value=72000)],
             later.article_id: later_extraction(later)}
    assert store.commit([], again, [], reextract=True) is None
    improved = {**again, sudan.article_id: [figure(sudan, "About 70,000", value=72000, location="Khartoum")]}
    info = store.commit([], improved, [], reextract=True)
    assert (info.semver, info.figures_changed) == ("1.3.0", 1)
    fid = figure_id(sudan, "About 70,000")
    row = current(store)[fid]
    assert (row["value"], row["location"], row["status"]) == ("71500", "Khartoum", "corrected")

    info = store.correct(fid, "a reprint of an older figure", reject=True)
    assert (info.semver, info.figures_corrected) == ("1.3.1", 1)
    assert current(store)[fid]["status"] == "rejected"
    series_ids = " ".join(r["figure_ids"] for r in read_rows(store.path("series"), schema.SERIES_COLUMNS))
    assert fid not in series_ids and figure_id(later, "About 70,000") in series_ids


def test_correction_of_a_vanished_figure_is_kept_and_applies_when_it_returns(built, caplog):
    store, _ = built
    sudan = next(a for a in store.archived_articles() if a.name.endswith("sudan.txt"))
    fid = figure_id(sudan, "About 70,000")
    info = store.commit([], {sudan.article_id: []}, [], reextract=True)
    assert info.figures_closed == 1 and [c["figure_id"] for c in info.orphan_corrections] == [fid]
    assert "applies to no current figure" in caplog.text
    assert [c["figure_id"] for c in store.orphan_corrections()] == [fid]
    assert [c["figure_id"] for c in store.corrections()] == [fid]
    store.commit([], {sudan.article_id: [figure(sudan, "About 70,000")]}, [], reextract=True)
    assert current(store)[fid]["value"] == "71500" and store.orphan_corrections() == []


@pytest.mark.parametrize("field, value, message", [
    ("colour", "red", "unknown field"), ("term", "moved", "must be one of"),
    ("value", "about 5", "whole number"), ("country", "XXX", "alpha-3"),
    ("date", "30/04/2023", "YYYY-MM-DD"), ("unit", "", "cannot be empty")])
def test_correction_values_are_checked(field, value, message):
    with pytest.raises(ValueError, match=message):
        normalise_correction(field, value)


def test_correction_values_are_normalised():
    assert normalise_correction("value", "12,000") == "12000"
    assert normalise_correction("country", "tcd") == "TCD"
    assert normalise_correction("qualifier", "At_Least") == "at_least"
    assert normalise_correction("value_high", "") == ""


def test_correction_needs_a_current_figure_and_a_note(built):
    store, _ = built
    with pytest.raises(StoreError, match="no current figure"):
        store.correct("000000000000", "why", reject=True)
    fid = next(iter(current(store)))
    with pytest.raises(StoreError, match="note"):
        store.correct(fid, " ", reject=True)
    with pytest.raises(StoreError, match="must be one of"):
        store.correct(fid, "why", settings=[("source", "CNN")])


def test_rejected_inputs_are_recorded_once(built, tmp_path):
    store, _ = built
    rows = read_rows(store.path("rejected"), schema.REJECTED_COLUMNS)
    assert rows == [{"path": "articles/x.pdf", "reason": "binary file", "first_version": "1"}]
    assert store.commit([], {}, [Rejection(str(tmp_path / "articles" / "x.pdf"), "binary file")]) is None
    info = store.commit([], {}, [Rejection(str(tmp_path / "articles" / "y.txt"), "empty file")])
    assert info.semver == "1.2.2"


def test_same_inputs_give_byte_identical_files(tmp_path, monkeypatch):
    """Only clock times differ between runs: the time a correction was recorded is one, frozen here."""
    import tracker.store

    monkeypatch.setattr(tracker.store, "_now", lambda: "2024-01-01T00:00:00Z")
    store_a, _ = build(tmp_path / "a")
    store_b, _ = build(tmp_path / "b")
    for name in schema.DATA_FILES.values():
        assert (store_a.dir / name).read_bytes() == (store_b.dir / name).read_bytes(), name
    assert (store_a.dir / "figures.csv").read_text().count(".900,") == 6


def test_schema_change_bumps_major(built, monkeypatch):
    store, _ = built
    monkeypatch.setattr(schema, "schema_fingerprint", lambda: "changed")
    assert store.commit([], {}, []).semver == "2.0.0"


def test_versions_are_named_by_number_or_semver(built):
    store, _ = built
    assert store.resolve("3")["semver"] == "1.2.0"
    assert store.resolve("1.2.1")["version"] == "4"
    assert store.resolve("latest")["version"] == "4"
    with pytest.raises(StoreError, match="no version '9'"):
        store.resolve("9")


def test_data_package_validates_with_frictionless(built):
    import frictionless

    store, _ = built
    report = frictionless.validate(str(store.path("datapackage")))
    assert report.valid, report.flatten(["type", "note"])
    package = json.loads(store.path("datapackage").read_text())
    assert package["version"] == "1.2.1"
    figures = next(r for r in package["resources"] if r["name"] == "figures")
    constraints = {f["name"]: f.get("constraints", {}) for f in figures["schema"]["fields"]}
    for name in ("term", "unit", "qualifier", "cause"):
        assert constraints[name]["enum"], name
    assert figures["schema"]["primaryKey"] == ["figure_id", "valid_from"]
    hxl = next(r for r in package["resources"] if r["name"] == "series-hxl")
    assert hxl["dialect"] == {"commentRows": [2]}


def test_every_version_is_a_valid_data_package(built, tmp_path):
    import frictionless

    store, _ = built
    for row in store.versions():
        out = tmp_path / row["version"]
        store.export(row["version"], out)
        report = frictionless.validate(str(out / "datapackage.json"))
        assert report.valid, (row["version"], report.flatten(["type", "note"]))


def test_hxl_series_reads_back_with_libhxl(built):
    import hxl

    store, _ = built
    source = hxl.data(str(store.path("series-hxl")), hxl.InputOptions(allow_local=True))
    rows = [(r.get("#country+code"), r.get("#country+name"), r.get("#date+reported"),
             r.get("#affected+idps"), r.get("#meta+source")) for r in source]
    assert rows == [("SDN", "Sudan", "2023-04-24", "71500", "IOM"),
                    ("SDN", "Sudan", "2023-04-30", "330000", "IOM")]


def test_validate_reports_edits_missing_copies_and_schema_errors(built):
    store, _ = built
    assert store.validate() == []
    figures = store.path("figures")
    figures.write_text(figures.read_text().replace(",displaced,", ",moved,", 1))
    digest = store.versions()[0]["sha256_rejected"]
    (store.objects_dir / f"{digest}.gz").unlink()
    versions = store.dir / "versions.csv"
    versions.write_text(versions.read_text().replace("1.2.1", "1.3.0"))
    problems = "\n".join(store.validate())
    assert "figures.csv: differs from what version 4" in problems
    assert "versions.csv: differs from what version 4 wrote" in problems
    assert f"objects/{digest}.gz: missing" in problems
    assert "constraint-error" in problems and "hash-count" in problems


def test_interrupted_commit_is_undone_under_the_lock(built):
    store, written = built
    (store.dir / "figures.csv").write_bytes(b"partial")
    (store.dir / ".pending").write_text("5\n")
    with store.lock():
        pass
    assert (store.dir / "figures.csv").read_bytes() == written[4]["figures.csv"]
    assert store.validate() == []


def fake_extractor(location=None):
    """Stands in for the extractor: every "N people displaced" phrase is a figure."""
    import re

    def extract(art):
        return [Figure(value=int(m.group(1).replace(",", "")), qualifier="exact", unit="people",
                       term="displaced", country="SDN", quote=m.group(0), start=m.start(1), end=m.end(1),
                       location=location, source="IOM", date=art.date, cause="conflict")
                for m in re.finditer(r"([\d,]*\d) people displaced", art.text)]

    return extract


def test_update_and_reextract_work_from_the_archive(tmp_path, monkeypatch):
    import tracker.extract
    from tracker import pipeline
    from tracker.workspace import Workspace

    monkeypatch.setattr(pipeline, "publish", lambda workspace: [])
    monkeypatch.setattr(tracker.extract, "extract_figures", fake_extractor(), raising=False)
    workspace = Workspace.open(tmp_path).ensure()
    inbox = workspace.articles_dir
    (inbox / "a.txt").write_text("date 2023-04-24 Sudan\nThere are 70,000 people displaced, IOM said.\n")
    (inbox / "b.txt").write_text("date 2023-04-25 Sudan\nNow 75,000 people displaced and 9 people displaced.\n")
    summary = pipeline.update(workspace)
    assert (summary.new, summary.figures_added, summary.version) == (2, 3, "1.0.0")
    again = pipeline.update(workspace)
    assert (again.version, again.skipped) == (None, 2)
    for path in inbox.iterdir():
        path.unlink()
    monkeypatch.setattr(tracker.extract, "extract_figures", fake_extractor("Khartoum"), raising=False)
    summary = pipeline.update(workspace, reextract=True)
    assert summary.version == "1.1.0"
    store = FigureStore(workspace.datasets_dir)
    assert store.versions()[-1]["figures_changed"] == "3"
    assert {r["location"] for r in current(store).values()} == {"Khartoum"}
    assert store.validate() == []


# Real processes: `tracker correct` killed while writing, and two writers at once.

def tracker(root, *args, env=None, **kwargs):
    environment = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "tracker", "--root", str(root), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
                            **kwargs)


def paused(root, step, *args, env=None):
    """A `tracker correct` stopped by the store just before `step`."""
    process = tracker(root, "correct", *args, env={"TRACKER_STORE_PAUSE_BEFORE": step, **(env or {})})
    seen = []
    while not (seen and seen[-1].startswith(f"paused before {step}")):
        line = process.stderr.readline()
        assert line, "".join(seen)
        seen.append(line)
    return process


def run(root, *args, env=None):
    process = tracker(root, *args, env=env)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


def live_files(store):
    return {n: (store.dir / n).read_bytes() for n in [*schema.DATA_FILES.values(), "versions.csv"]}


@pytest.mark.parametrize("step, files_touched", [("objects", False), ("series.csv", True),
                                                 ("versions.csv", True)])
def test_killed_writer_leaves_the_previous_version(built, step, files_touched):
    store, written = built
    root = store.dir.parent
    fid = next(iter(current(store)))
    before = live_files(store)
    process = paused(root, step, fid, "--reject", "--note", "wrong country")
    process.kill()
    process.wait()
    assert (live_files(store) != before) == files_touched
    code, out, err = run(root, "validate")
    assert code == 0, out + err
    assert live_files(store) == before
    code, out, err = run(root, "correct", fid, "--reject", "--note", "wrong country")
    assert code == 0, err
    assert "1.2.2" in out and store.validate() == []
    assert current(store)[fid]["status"] == "rejected"


def test_second_writer_fails_clearly_or_waits_for_the_first(built):
    store, _ = built
    root = store.dir.parent
    first, second = list(current(store))[:2]
    holder = paused(root, "figures.csv", first, "--reject", "--note", "duplicate")
    code, out, err = run(root, "correct", second, "--reject", "--note", "duplicate",
                         env={"TRACKER_LOCK_TIMEOUT": "0.3"})
    assert code == 1 and "another tracker process is updating" in err and "Traceback" not in err
    waiter = tracker(root, "correct", second, "--reject", "--note", "duplicate")
    time.sleep(0.5)
    assert waiter.poll() is None
    holder.send_signal(signal.SIGCONT)
    assert holder.wait(timeout=60) == 0
    out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0, err
    versions = store.versions()
    assert [v["semver"] for v in versions[-2:]] == ["1.2.2", "1.2.3"]
    assert store.validate() == []
    assert {current(store)[f]["status"] for f in (first, second)} == {"rejected"}


def test_history_diff_export_and_validate_commands(built, tmp_path):
    store, written = built
    root = store.dir.parent
    code, out, _ = run(root, "history")
    assert code == 0 and len(out.splitlines()) == 4
    assert out.splitlines()[3].split()[:2] == ["4", "1.2.1"]
    code, out, _ = run(root, "diff", "1", "1.2.1")
    assert code == 0 and out.startswith("figures 1.0.0 (1) -> 1.2.1 (4): 2 added, 1 changed, 1 closed")
    assert "[status auto -> corrected; value 70000 -> 71500]" in out
    code, out, _ = run(root, "diff", "2", "3", "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "change,figure_id,article_id,field,before,after"
    code, out, _ = run(root, "export", "--version", "1.1.0", str(tmp_path / "v2"))
    assert code == 0 and (tmp_path / "v2" / "figures.csv").read_bytes() == written[2]["figures.csv"]
    code, out, err = run(root, "export", "--version", "7", str(tmp_path / "v7"))
    assert code == 1 and "no version '7'" in err
    store.path("series").write_text("tampered\n")
    code, out, _ = run(root, "validate")
    assert code == 1 and "series.csv: differs from what version 4" in out


def test_carriage_returns_in_text_never_break_a_row():
    """A bare carriage return inside a quote is stored as a line break, so every reader sees one row."""
    import csv as csv_module
    import io as io_module

    from tracker.store.files import encode_csv

    data = encode_csv(("figure_id", "quote"), [{"figure_id": "a1", "quote": "first line\rsecond\r\nthird"}])
    rows = list(csv_module.reader(io_module.StringIO(data.decode("utf-8"), newline="")))
    assert rows == [["figure_id", "quote"], ["a1", "first line\nsecond\nthird"]]
