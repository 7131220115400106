"""The PNG charts: which are drawn, that they are deterministic, and how their axes and labels read."""
from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import matplotlib
import pytest
from PIL import Image

from tracker.charts import CountryChart, STYLE, draw_charts, value_label
from tracker.report.data import load
from tracker.schema import HEADLINE_COLUMNS, SERIES_COLUMNS


def _write(path: Path, columns, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writeheader()
        for row in rows:
            writer.writerow({column: row.get(column, "") for column in columns})


def _point(country, term, unit, day: date, value, **extra):
    return {"country": country, "cause": "conflict", "term": term, "unit": unit, "source": "IOM",
            "date": day.isoformat(), "value": value, "qualifier": "exact", "reports": 1, **extra}


def build_series(folder: Path, points: list[dict], headline: list[dict] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    _write(folder / "series.csv", SERIES_COLUMNS, points)
    _write(folder / "headline.csv", HEADLINE_COLUMNS, headline)
    _write(folder / "versions.csv", ("version", "semver"), [{"version": 4, "semver": "2.1.0"}])
    return folder


@pytest.fixture
def series_dir(tmp_path) -> Path:
    start = date(2023, 1, 1)
    points = [_point("SDN", "displaced", "people", start + timedelta(days=40 * i), 100_000 + 25_000 * i)
              for i in range(12)]
    points += [_point("SDN", "destroyed", "houses", start + timedelta(days=90 * i), 10_000 + 3_000 * i,
                      qualifier="approximately") for i in range(4)]
    points += [_point("COD", "fled", "households", date(2024, 5, 1), 2_000),
               _point("COD", "fled", "households", date(2024, 5, 2), 2_500, qualifier="range", value_high=3000)]
    points += [_point("AFG", "displaced", "people", date(2024, 1, 1), 5_000)]
    points += [_point("AFG", "displaced", "people", date(2024, 2, 1), 6_000, qualifier="vague")]
    headline = [{"country": c, "term": "displaced", "unit": "people", "date": "2024-01-01", "value": v,
                 "qualifier": "exact", "source": "IOM"} for c, v in (("SDN", 375_000), ("COD", 2_500),
                                                                     ("AFG", 5_000))]
    return build_series(tmp_path / "datasets", points, headline)


def _tick_labels(chart: CountryChart) -> list[str]:
    chart.figure.canvas.draw()
    return [label.get_text() for label in chart.axes.get_xticklabels() if label.get_text()]


def test_one_chart_per_country_with_two_dates_and_an_overview(series_dir, tmp_path):
    paths = draw_charts(series_dir, tmp_path / "charts")
    assert [p.name for p in paths] == ["COD.png", "SDN.png", "overview.png"]
    for path in paths:
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size[0] >= 900


def test_charts_of_countries_no_longer_charted_are_removed(series_dir, tmp_path):
    charts = tmp_path / "charts"
    charts.mkdir()
    (charts / "YEM.png").write_bytes(b"old")
    (charts / "notes.png").write_bytes(b"kept")
    draw_charts(series_dir, charts)
    assert sorted(p.name for p in charts.iterdir()) == ["COD.png", "SDN.png", "notes.png", "overview.png"]


def test_names_from_data_are_not_parsed_as_math(tmp_path):
    folder = build_series(tmp_path / "d", [
        _point("SDN", "displaced", "people", date(2024, 1, 1), 10, source="$\\frac{$"),
        _point("SDN", "displaced", "people", date(2024, 1, 9), 20, source="$\\frac{$")])
    assert [p.name for p in draw_charts(folder, tmp_path / "charts")] == ["SDN.png", "overview.png"]


def test_charts_are_byte_identical_between_runs_and_carry_no_metadata(series_dir, tmp_path):
    first = draw_charts(series_dir, tmp_path / "one")
    second = draw_charts(series_dir, tmp_path / "two")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    with Image.open(first[0]) as image:
        assert not {"Software", "Creation Time", "date:create"} & set(image.info)


def test_chart_has_a_line_per_measure_labelled_with_thousands(series_dir):
    points = load(series_dir).points
    with matplotlib.rc_context(STYLE):
        chart = CountryChart()
        chart.draw("SDN", points[points["country"] == "SDN"], "2.1.0")
        legend = [t.get_text() for t in chart.axes.get_legend().get_texts()]
        labels = [t.get_text() for t in chart.labels]
        assert legend == ["destroyed (houses)", "displaced (people)"]
        assert "375,000" in labels and "~19,000" in labels
        assert chart.title.get_text() == "Sudan (SDN)"
        assert "Dataset 2.1.0" in chart.footnote.get_text() and "IOM" in chart.footnote.get_text()
        assert chart.axes.get_yscale() == "linear"
        assert all(":" not in label for label in _tick_labels(chart))
        assert any("2023" in label for label in _tick_labels(chart))


def test_date_axis_of_two_adjacent_days_names_days_not_hours(series_dir):
    points = load(series_dir).points
    with matplotlib.rc_context(STYLE):
        chart = CountryChart()
        chart.draw("COD", points[points["country"] == "COD"], "2.1.0")
        ticks = _tick_labels(chart)
        assert ticks and all(":" not in label for label in ticks)
        assert any("May" in label for label in ticks)
        assert "2,000\u20133,000" not in [t.get_text() for t in chart.labels]
        assert "2,500\u20133,000" in [t.get_text() for t in chart.labels]


def test_values_far_apart_are_drawn_on_a_log_scale(tmp_path):
    folder = build_series(tmp_path / "d", [
        _point("SYR", "displaced", "people", date(2020, 1, 1), 6_000_000),
        _point("SYR", "displaced", "people", date(2023, 1, 1), 7_000_000),
        _point("SYR", "destroyed", "houses", date(2021, 6, 1), 300),
        _point("SYR", "destroyed", "houses", date(2022, 6, 1), 450)])
    points = load(folder).points
    with matplotlib.rc_context(STYLE):
        chart = CountryChart()
        chart.draw("SYR", points, "1.0.0")
        assert chart.axes.get_yscale() == "log"
        chart.draw("SYR", points[points["term"] == "displaced"], "1.0.0")
        assert chart.axes.get_yscale() == "linear" and len(chart.axes.lines) == 1


def test_overview_without_headline_figures_is_still_drawn(tmp_path):
    folder = build_series(tmp_path / "d", [])
    assert [p.name for p in draw_charts(folder, tmp_path / "charts")] == ["overview.png"]


def test_value_labels():
    assert value_label(359000, "more_than") == ">359,000"
    assert value_label(1200000, "approximately") == "~1,200,000"
    assert value_label(10000, "range", 15000) == "10,000\u201315,000"
    assert value_label(42, "exact") == "42"
