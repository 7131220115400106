"""The Excel workbook, read back with openpyxl and, where installed, round-tripped through LibreOffice."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.chart import ScatterChart

from tracker.report import write_report
from tracker.report.cells import sheet_title
from tracker.schema import ARTICLE_COLUMNS, FIGURE_COLUMNS, HEADLINE_COLUMNS, SERIES_COLUMNS

HOSTILE_TITLE = '=HYPERLINK("http://evil.example/x","click")'
HOSTILE_QUOTES = ("+cmd|' /C calc'!A0 said 5,000 people fled.", "-2+3 households were displaced.",
                  "@SUM(A1) about 700 people were evacuated.", "\tTabbed: 1,200 people were displaced.",
                  "\rCarriage: 90 houses were destroyed.")
FIXED_SHEETS = ["Summary", "Series", "Evidence", "Review", "Sources", "About"]


def _write(path: Path, columns, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})


def _figure(figure_id, article_id, country, term, unit, date, value, **extra):
    return {"figure_id": figure_id, "article_id": article_id, "status": "auto", "valid_from": "1",
            "valid_to": "", "value": value, "qualifier": "exact", "unit": unit, "term": term,
            "country": country, "source": "IOM", "date": date, "cause": "conflict", "confidence": "0.9",
            "start": 0, "end": 5, "quote": f"{value:,} {unit} {term} in {country}.", **extra}


def _series(country, term, unit, date, value, figure_ids, source="IOM", reports=1, **extra):
    return {"country": country, "cause": "conflict", "term": term, "unit": unit, "source": source,
            "date": date, "value": value, "qualifier": "exact", "reports": reports,
            "article_ids": "", "figure_ids": figure_ids, **extra}


def build_datasets(folder: Path) -> Path:
    """Sudan (two measures, three dates), DR Congo (a jump), Afghanistan (one date), hostile texts."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "archive").mkdir()
    (folder / "archive" / "a3.txt").write_text("date 2024-02-01 Archived article\nBody.", encoding="utf-8")
    _write(folder / "versions.csv", ("version", "semver", "time"),
           [{"version": 1, "semver": "1.0.0", "time": "2024-01-01T00:00:00Z"},
            {"version": 2, "semver": "1.3.0", "time": "2024-03-01T00:00:00Z"}])
    _write(folder / "articles.csv", ARTICLE_COLUMNS, [
        {"article_id": "a1", "name": "a1.txt", "url": "https://news.example.org/sudan-1", "title": "Sudan fighting",
         "date": "2024-01-05", "outlet": "Example News", "format": "text"},
        {"article_id": "a2", "name": "a2.txt", "url": "javascript:alert(1)", "title": HOSTILE_TITLE,
         "date": "2024-02-10", "outlet": "-Outlet", "format": "text"},
        {"article_id": "a3", "name": "a3.txt", "url": "", "title": "Archived article", "date": "2024-02-01",
         "outlet": "Radio", "format": "text"},
        {"article_id": "a4", "name": "a4.txt", "url": "https://news.example.org/afg", "title": "Afghanistan",
         "date": "2024-03-01", "outlet": "Wire", "format": "text"},
    ])
    figures = [
        _figure("f1", "a1", "SDN", "displaced", "people", "2024-01-05", 100000),
        _figure("f2", "a2", "SDN", "displaced", "people", "2024-02-10", 150000, quote=HOSTILE_QUOTES[0]),
        _figure("f3", "a2", "SDN", "displaced", "people", "2024-02-10", 120000, quote=HOSTILE_QUOTES[1]),
        _figure("f4", "a2", "SDN", "displaced", "people", "2024-03-01", 130000, quote=HOSTILE_QUOTES[2]),
        _figure("f5", "a1", "SDN", "refugees", "people", "2024-01-05", 5000, confidence="0.3",
                quote=HOSTILE_QUOTES[3]),
        _figure("f6", "a2", "SDN", "refugees", "people", "2024-02-10", 8000, quote=HOSTILE_QUOTES[4]),
        _figure("f7", "a3", "COD", "displaced", "people", "2024-01-15", 10000),
        _figure("f8", "a3", "COD", "displaced", "people", "2024-02-01", 80000),
        _figure("f9", "a4", "AFG", "fled", "people", "2024-03-01", 3000),
        _figure("rejected", "a4", "AFG", "fled", "people", "2024-03-01", 999999, status="rejected"),
        _figure("old", "a4", "AFG", "fled", "people", "2024-03-01", 888888, valid_to="2"),
        _figure("vague", "a4", "AFG", "fled", "people", "2024-03-01", 2000, qualifier="vague"),
    ]
    _write(folder / "figures.csv", FIGURE_COLUMNS, figures)
    _write(folder / "series.csv", SERIES_COLUMNS, [
        _series("SDN", "displaced", "people", "2024-01-05", 100000, "f1"),
        _series("SDN", "displaced", "people", "2024-02-10", 150000, "f2", reports=2, qualifier="approximately"),
        _series("SDN", "displaced", "people", "2024-02-10", 120000, "f3", source="GOV"),
        _series("SDN", "displaced", "people", "2024-03-01", 130000, "f4"),
        _series("SDN", "refugees", "people", "2024-01-05", 5000, "f5"),
        _series("SDN", "refugees", "people", "2024-02-10", 8000, "f6"),
        _series("COD", "displaced", "people", "2024-01-15", 10000, "f7"),
        _series("COD", "displaced", "people", "2024-02-01", 80000, "f8"),
        _series("AFG", "fled", "people", "2024-03-01", 3000, "f9"),
    ])
    _write(folder / "headline.csv", HEADLINE_COLUMNS, [
        {"country": "SDN", "term": "displaced", "unit": "people", "date": "2024-03-01", "value": 130000,
         "qualifier": "exact", "source": "IOM", "reports": 1},
        {"country": "COD", "term": "displaced", "unit": "people", "date": "2024-02-01", "value": 80000,
         "qualifier": "exact", "source": "IOM", "reports": 1},
        {"country": "AFG", "term": "fled", "unit": "people", "date": "2024-03-01", "value": 3000,
         "qualifier": "exact", "source": "IOM", "reports": 1},
    ])
    return folder


@pytest.fixture
def report_datasets(tmp_path) -> Path:
    return build_datasets(tmp_path / "datasets")


@pytest.fixture
def workbook_path(report_datasets, tmp_path) -> Path:
    from tracker.charts import draw_charts

    charts = draw_charts(report_datasets, tmp_path / "reports" / "charts")
    return write_report(report_datasets, tmp_path / "reports" / "displacement-report.xlsx", charts=charts)


@pytest.fixture
def workbook(workbook_path):
    return load_workbook(workbook_path)


def _rows(ws, first=1):
    return [row for row in ws.iter_rows(min_row=first, values_only=True)]


def _table_rows(ws, header_row=1) -> list[dict]:
    header = [cell.value for cell in ws[header_row]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=header_row + 1, values_only=True)]


def test_sheets_fixed_then_one_per_country_with_two_dates(workbook):
    assert workbook.sheetnames == [*FIXED_SHEETS, "DR Congo", "Sudan"]


def test_summary_has_latest_previous_change_as_numbers_and_dates(workbook):
    ws = workbook["Summary"]
    assert "dataset 1.3.0" in ws["A1"].value and "generated" in ws["A1"].value
    rows = _table_rows(ws, header_row=2)
    assert [(r["Country"], r["Term"]) for r in rows] == [
        ("Afghanistan", "fled"), ("DR Congo", "displaced"),
        ("Sudan", "displaced"), ("Sudan", "refugees")]
    sudan = rows[2]
    assert sudan["Latest value"] == 130000 and sudan["Latest date"] == datetime(2024, 3, 1)
    assert sudan["Previous value"] == 150000 and sudan["Previous date"] == datetime(2024, 2, 10)
    assert sudan["Change"] == -20000 and sudan["Change %"] == pytest.approx(-20000 / 150000)
    assert sudan["Reports"] == 5
    assert rows[0]["Previous value"] is None and rows[0]["Change"] is None
    assert ws["E3"].number_format == "#,##0" and ws["H3"].number_format == "yyyy-mm-dd"
    assert ws["A5"].hyperlink.location == "'Sudan'!A1"
    rules = {str(r.sqref): [rule.operator for rule in r.rules] for r in ws.conditional_formatting}
    assert rules == {"L3:L6": ["greaterThan", "lessThan"], "M3:M6": ["greaterThan", "lessThan"]}
    assert ws.freeze_panes == "A3" and ws.tables["SummaryTable"].ref == "A2:N6"


def test_series_is_a_filtered_table_with_a_frozen_header(workbook):
    ws = workbook["Series"]
    table = ws.tables["SeriesTable"]
    assert table.ref == "A1:L10" and table.autoFilter.ref == "A1:L10"
    assert [c.name for c in table.tableColumns] == [cell.value for cell in ws[1]]
    assert ws.freeze_panes == "A2"
    rows = _table_rows(ws)
    assert len(rows) == 9 and {r["Source"] for r in rows} == {"IOM", "GOV"}
    assert ws["H2"].number_format == "#,##0" and isinstance(ws["G2"].value, datetime)


def test_country_sheet_has_table_native_chart_with_visible_axes_and_image(workbook):
    ws = workbook["Sudan"]
    rows = _table_rows(ws)
    assert [(r["Measure"], r["Value"]) for r in rows] == [
        ("displaced (people)", 100000), ("displaced (people)", 150000), ("displaced (people)", 130000),
        ("refugees (people)", 5000), ("refugees (people)", 8000)]
    assert len(ws._charts) == 1 and len(ws._images) == 1
    chart = ws._charts[0]
    assert isinstance(chart, ScatterChart)
    assert chart.x_axis.delete is False and chart.y_axis.delete is False
    assert chart.x_axis.number_format.formatCode == "yyyy-mm-dd"
    assert [s.xVal.numRef.f for s in chart.series] == ["'Sudan'!$A$2:$A$4", "'Sudan'!$A$5:$A$6"]
    assert [s.yVal.numRef.f for s in chart.series] == ["'Sudan'!$E$2:$E$4", "'Sudan'!$E$5:$E$6"]


def test_text_from_data_is_never_a_formula(workbook, workbook_path):
    quotes = {row["Quote"]: row for row in _table_rows(workbook["Evidence"])}
    for quote in HOSTILE_QUOTES[:4]:
        assert quote in quotes
    assert HOSTILE_QUOTES[4] in quotes
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
    hostile = [c for c in workbook["Sources"]["B"] if c.value == HOSTILE_TITLE]
    assert hostile and hostile[0].data_type == "s" and hostile[0].quotePrefix
    with zipfile.ZipFile(workbook_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_evidence_lists_current_figures_with_links(workbook, workbook_path):
    ws = workbook["Evidence"]
    rows = _table_rows(ws)
    assert {r["Figure ID"] for r in rows} == {"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "vague"}
    header = [c.value for c in ws[1]]
    link_column = header.index("Link")
    links = {row[header.index("Figure ID")].value: row[link_column] for row in ws.iter_rows(min_row=2)}
    assert links["f1"].hyperlink.target == "https://news.example.org/sudan-1"
    assert links["f7"].hyperlink.target == "../datasets/archive/a3.txt"
    assert (workbook_path.parent / links["f7"].hyperlink.target).is_file()
    assert links["f2"].hyperlink is None and links["f2"].value == "javascript:alert(1)"
    f1 = next(r for r in rows if r["Figure ID"] == "f1")
    assert f1["Article title"] == "Sudan fighting" and f1["Published"] == datetime(2024, 1, 5)
    assert f1["Confidence"] == 0.9 and f1["Status"] == "auto" and f1["Source"] == "IOM"
    assert ws.freeze_panes == "A2" and "EvidenceTable" in ws.tables


def test_review_gives_reasons(workbook):
    reasons = {r["Figure ID"]: r["Reason"] for r in _table_rows(workbook["Review"])}
    assert "low confidence (0.30)" in reasons["f5"]
    assert "other reports of this measure on 2024-02-10 say 120,000 to 150,000" in reasons["f2"]
    assert "other reports" in reasons["f3"]
    assert "jump from 10,000 on 2024-01-15 to 80,000 on 2024-02-01" in reasons["f8"]
    assert "f1" not in reasons and "f9" not in reasons


def test_sources_and_about(workbook):
    sources = _table_rows(workbook["Sources"])
    assert [r["Title"] for r in sources] == ["Sudan fighting", "Archived article", HOSTILE_TITLE, "Afghanistan"]
    assert sources[0]["Figures"] == 2 and sources[0]["Outlet"] == "Example News"
    about = {row[0]: row[1] for row in _rows(workbook["About"]) if row and row[0]}
    assert about["Dataset version"] == "1.3.0"
    assert "displaced" in about and "households" in about and "more_than" in about
    assert about["rule"]


def test_column_widths_fit_content(workbook):
    ws = workbook["Evidence"]
    header = [c.value for c in ws[1]]
    width = {name: ws.column_dimensions[chr(65 + i)].width for i, name in enumerate(header)}
    assert width["Article title"] >= len(HOSTILE_TITLE)
    assert width["Quote"] <= 80 and width["ISO3"] < 12


def test_sheet_titles_are_valid_and_unique_for_any_name():
    taken = {"summary"}
    titles = [sheet_title(name, taken) for name in (
        "Summary", "Congo, The Democratic Republic of the", "Congo, The Democratic Republic of the Other",
        "a/b\\c?d*e[f]g:h", "'quoted'", "", "History", "x" * 40)]
    assert titles[0] == "Summary (2)"
    assert titles[1] == "Congo, The Democratic Republic"
    assert titles[2] == "Congo, The Democratic Repub (2)"
    assert titles[3] == "a b c d e f g h" and titles[4] == "quoted" and titles[5] == "Sheet"
    assert titles[6] == "History (2)"
    assert all(len(t) <= 31 and not re.search(r"[\[\]:*?/\\]", t) for t in titles)
    assert len({t.casefold() for t in titles}) == len(titles)


def test_empty_datasets_folder_gives_a_valid_workbook(tmp_path):
    path = write_report(tmp_path / "nothing", tmp_path / "report.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == FIXED_SHEETS
    assert "unversioned" in workbook["Summary"]["A1"].value


def test_report_command_writes_workbook_and_charts(tmp_path):
    from tracker.cli import cli

    build_datasets(tmp_path / "datasets")
    result = CliRunner().invoke(cli, ["--root", str(tmp_path), "report"], obj={})
    assert result.exit_code == 0, result.output
    assert "wrote reports/displacement-report.xlsx and 3 charts" in result.output
    assert load_workbook(tmp_path / "reports" / "displacement-report.xlsx")["Sudan"]


def test_report_command_for_a_past_version_uses_the_store_export(tmp_path, monkeypatch):
    import tracker.store
    from tracker.cli import cli

    class ExportingStore:
        def __init__(self, folder):
            self.folder = folder

        def resolve(self, text):
            return {"version": "1", "semver": "1.0.0"}

        def export(self, version, out_dir):
            build_datasets(Path(out_dir))
            return []

    monkeypatch.setattr(tracker.store, "FigureStore", ExportingStore)
    result = CliRunner().invoke(cli, ["--root", str(tmp_path), "report", "--version", "1"], obj={})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "reports" / "version-1.0.0" / "displacement-report.xlsx").is_file()
    assert (tmp_path / "reports" / "version-1.0.0" / "charts" / "SDN.png").is_file()


def test_libreoffice_opens_the_workbook_and_keeps_values(workbook_path, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skipped: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed")
    out_dir = tmp_path / "converted"
    command = [soffice, f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
               "--convert-to", "xlsx", "--outdir", str(out_dir), str(workbook_path)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=180)
    converted = out_dir / workbook_path.name
    assert converted.is_file(), completed.stdout + completed.stderr
    again = load_workbook(converted)
    assert again.sheetnames == load_workbook(workbook_path).sheetnames
    summary = _table_rows(again["Summary"], header_row=2)
    sudan = next(r for r in summary if r["Country"] == "Sudan" and r["Term"] == "displaced")
    assert sudan["Latest value"] == 130000 and sudan["Latest date"] == datetime(2024, 3, 1)
    quotes = {r["Quote"] for r in _table_rows(again["Evidence"])}
    assert set(HOSTILE_QUOTES[:4]) <= quotes
    titles = [c for c in again["Sources"]["B"] if c.value == HOSTILE_TITLE]
    assert titles and titles[0].data_type == "s"
    assert again["Sudan"]._charts


def test_overview_compares_each_country_by_its_main_measure():
    """Internally displaced people stand for a country before refugees or houses, whatever came last."""
    import pandas as pd

    from tracker.report.data import latest_headline

    headline = pd.DataFrame([
        {"country": "AFG", "term": "displaced", "unit": "people", "date_value": pd.Timestamp("2021-09-20"), "value": 635000},
        {"country": "AFG", "term": "refugees", "unit": "people", "date_value": pd.Timestamp("2021-09-30"), "value": 45000},
        {"country": "MOZ", "term": "damaged", "unit": "houses", "date_value": pd.Timestamp("2021-02-03"), "value": 14600},
        {"country": "MOZ", "term": "sheltered", "unit": "people", "date_value": pd.Timestamp("2021-01-28"), "value": 16000},
    ])
    top = latest_headline(headline)
    assert list(zip(top["country"], top["term"], top["value"])) == [("AFG", "displaced", 635000),
                                                                   ("MOZ", "sheltered", 16000)]
