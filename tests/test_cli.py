"""The two commands a newcomer runs first, end to end: `tracker update` and `tracker extract`."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from tracker.cli import cli

IOM_FIGURE = {"value": 359000, "value_high": None, "qualifier": "more_than", "unit": "people",
              "term": "displaced", "country": "AFG", "source": "IOM", "date": "2021-08-11", "cause": "conflict"}


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)
    return result


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def assert_iom_row(rows: list[dict]) -> None:
    matches = [r for r in rows if r["value"] == "359000"]
    assert matches, rows
    row = matches[0]
    for field in ("qualifier", "unit", "term", "country", "source", "date", "cause"):
        assert row[field] == IOM_FIGURE[field], field


def test_update_builds_datasets_charts_and_workbook(workspace):
    result = run("--root", str(workspace), "update")
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    assert "dataset version: 1.0.0" in result.output

    assert_iom_row(read_csv(workspace / "datasets" / "figures.csv"))
    series = read_csv(workspace / "datasets" / "series.csv")
    assert_iom_row(series)
    assert len(read_csv(workspace / "datasets" / "versions.csv")) == 1

    book = openpyxl.load_workbook(workspace / "reports" / "displacement-report.xlsx")
    numbers = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
               if cell.value == 359000]
    assert numbers and all(isinstance(v, int) for v in numbers)

    charts = sorted((workspace / "reports" / "charts").glob("*.png"))
    assert charts
    for chart in charts:
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        from PIL import Image

        with Image.open(chart) as image:
            image.verify()


def test_second_update_writes_no_new_version(workspace):
    assert run("--root", str(workspace), "update").exit_code == 0
    versions = (workspace / "datasets" / "versions.csv").read_bytes()
    figures = (workspace / "datasets" / "figures.csv").read_bytes()

    result = run("--root", str(workspace), "update")
    assert result.exit_code == 0
    assert "nothing new" in result.output
    assert "0 new" in result.output
    assert (workspace / "datasets" / "versions.csv").read_bytes() == versions
    assert (workspace / "datasets" / "figures.csv").read_bytes() == figures


def test_renamed_copy_is_the_same_article(workspace, seed_facts):
    assert run("--root", str(workspace), "update").exit_code == 0
    (workspace / "articles" / "copy-with-another-name.txt").write_bytes(seed_facts.read_bytes())
    result = run("--root", str(workspace), "update")
    assert "nothing new" in result.output


def test_root_from_environment(workspace, monkeypatch):
    monkeypatch.setenv("TRACKER_ROOT", str(workspace))
    result = CliRunner().invoke(cli, ["update"], obj={})
    assert result.exit_code == 0, result.output
    assert (workspace / "datasets" / "figures.csv").exists()


def test_extract_jsonl_prints_the_iom_figure(seed_facts, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", str(seed_facts), "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    iom = [r for r in records if r["value"] == 359000]
    assert len(iom) == 1
    for field, value in IOM_FIGURE.items():
        assert iom[0][field] == value, field
    assert iom[0]["article"] == str(seed_facts)
    text = seed_facts.read_text(encoding="utf-8")
    assert "359,000" in text[iom[0]["start"]:iom[0]["end"]]
    assert not list(tmp_path.iterdir()), "extract must not create a workspace"


def test_extract_table_and_csv(seed_facts):
    table = run("extract", str(seed_facts))
    assert "359,000" in table.output and "displaced" in table.output
    rows = list(csv.DictReader(run("extract", str(seed_facts), "--format", "csv").output.splitlines()))
    assert any(r["value"] == "359000" and r["source"] == "IOM" for r in rows)


def test_extract_on_the_seed_article(shared):
    seed = shared / "corpus" / "seed"
    paths = sorted(str(p) for p in seed.glob("*.txt"))
    result = run("extract", *paths, "--format", "jsonl")
    records = [json.loads(line) for line in result.output.splitlines()]
    iom = [r for r in records if r["value"] == 359000]
    assert len(iom) == 1
    for field, value in IOM_FIGURE.items():
        assert iom[0][field] == value, field
    vague = [r for r in records if r["qualifier"] == "vague" and r["term"] == "fled"]
    assert any(r["value"] == 20000 for r in vague)
    counted = {r["value"] for r in records if r["qualifier"] != "vague"}
    assert counted == {359000}, "no figure for kilometres, cities or dates"


def test_help_and_extract_do_not_import_heavy_libraries(seed_facts):
    code = ("import sys; from tracker.cli import main; sys.argv=['tracker','extract',%r]; "
            "\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "heavy=[m for m in ('pandas','matplotlib','openpyxl') if m in sys.modules]; "
            "print('HEAVY', heavy)") % str(seed_facts)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_update_as_a_real_subprocess(workspace):
    env = {**os.environ, "TRACKER_ROOT": ""}
    command = [sys.executable, "-m", "tracker", "--root", str(workspace), "update"]
    first = subprocess.run(command, capture_output=True, text=True, env=env, cwd=workspace, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "dataset version: 1.0.0" in first.stdout
    assert_iom_row(read_csv(workspace / "datasets" / "figures.csv"))
    assert (workspace / "reports" / "displacement-report.xlsx").exists()

    second = subprocess.run(command, capture_output=True, text=True, env=env, cwd=workspace, timeout=300)
    assert second.returncode == 0
    assert "nothing new" in second.stdout


@pytest.mark.parametrize("script", ["tracker"])
def test_installed_console_script(script, seed_facts):
    exe = Path(sys.executable).with_name(script)
    if not exe.exists():
        pytest.skip(f"{exe} not installed: the console script comes with `pip install`")
    result = subprocess.run([str(exe), "extract", str(seed_facts), "--format", "jsonl"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert any(json.loads(line)["value"] == 359000 for line in result.stdout.splitlines())
