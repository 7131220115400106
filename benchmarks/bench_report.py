"""Time and peak memory of the charts and the workbook for a large synthetic dataset.

    .venv/bin/python benchmarks/bench_report.py [--countries 200] [--measures 5] [--dates 50] [--keep DIR]

The target: 200 countries x 5 measures x 50 dates in under 20 s and under 1 GB on one core.
"""
from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pycountry

from tracker.schema import ARTICLE_COLUMNS, FIGURE_COLUMNS, HEADLINE_COLUMNS, SERIES_COLUMNS

MEASURES = (("displaced", "people"), ("fled", "people"), ("sheltered", "households"),
            ("destroyed", "houses"), ("refugees", "people"), ("evacuated", "people"), ("damaged", "houses"))
SOURCES = ("IOM", "UNHCR", "OCHA", "GOV", "IFRC")


def _write(path: Path, columns, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def build_datasets(folder: Path, countries: int, measures: int, dates: int, seed: int = 7) -> Path:
    """A datasets folder with one article and one figure per country, measure and date."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    codes = sorted(c.alpha_3 for c in pycountry.countries)[:countries]
    start = date(2022, 1, 1)
    days = sorted(rng.sample(range(900), dates))
    articles, figures, series, headline = [], [], [], []
    for code in codes:
        for day in days:
            published = (start + timedelta(days=day)).isoformat()
            article_id = f"{code}{day:04d}".lower().ljust(16, "0")
            articles.append({"article_id": article_id, "name": f"{code}-{published}.txt",
                             "url": f"https://news.example.org/{code.lower()}/{published}",
                             "title": f"Fighting in {code} forces thousands from their homes", "date": published,
                             "outlet": "Example News", "country_hint": code, "format": "text", "size": "2048",
                             "sha256": "0" * 64, "first_version": "1", "duplicate_of": ""})
        for term, unit in MEASURES[:measures]:
            value = rng.randint(1_000, 500_000)
            for day in days:
                value = max(10, int(value * rng.uniform(0.8, 1.3)))
                published = (start + timedelta(days=day)).isoformat()
                article_id = f"{code}{day:04d}".lower().ljust(16, "0")
                figure_id = f"{code}{term[:3]}{day:04d}".lower()
                source = rng.choice(SOURCES)
                figures.append({"figure_id": figure_id, "article_id": article_id, "status": "auto",
                                "valid_from": "1", "valid_to": "", "value": value, "value_high": "",
                                "qualifier": "approximately", "unit": unit, "term": term, "country": code,
                                "destination": "", "location": "", "source": source, "date": published,
                                "cause": "conflict", "confidence": f"{rng.uniform(0.3, 0.99):.2f}",
                                "start": 10, "end": 20,
                                "quote": f"About {value:,} {unit} were {term} in {code}, {source} said."})
                series.append({"country": code, "cause": "conflict", "term": term, "unit": unit,
                               "source": source, "date": published, "value": value,
                               "qualifier": "approximately", "value_high": "", "reports": 1,
                               "article_ids": article_id, "figure_ids": figure_id})
        last = series[-measures * dates]
        headline.append({**{k: last[k] for k in HEADLINE_COLUMNS if k in last}})
    _write(folder / "articles.csv", ARTICLE_COLUMNS, articles)
    _write(folder / "figures.csv", FIGURE_COLUMNS, figures)
    _write(folder / "series.csv", SERIES_COLUMNS, series)
    _write(folder / "headline.csv", HEADLINE_COLUMNS, headline)
    _write(folder / "versions.csv", ("version", "semver"), [{"version": 3, "semver": "1.2.0"}])
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--measures", type=int, default=5)
    parser.add_argument("--dates", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="Write into this folder and keep it.")
    args = parser.parse_args(argv)

    from tracker.charts import draw_charts
    from tracker.report import write_report

    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        datasets = build_datasets(root / "datasets", args.countries, args.measures, args.dates)
        started, started_cpu = time.perf_counter(), time.process_time()
        charts = draw_charts(datasets, root / "reports" / "charts")
        charted, charted_cpu = time.perf_counter(), time.process_time()
        report = write_report(datasets, root / "reports" / "displacement-report.xlsx", charts=charts)
        finished, finished_cpu = time.perf_counter(), time.process_time()
        size = report.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds = finished - started
    print(f"{args.countries} countries x {args.measures} measures x {args.dates} dates")
    print(f"charts   {charted - started:5.1f} s wall {charted_cpu - started_cpu:5.1f} s cpu  ({len(charts)} files)")
    print(f"workbook {finished - charted:5.1f} s wall {finished_cpu - charted_cpu:5.1f} s cpu  ({size / 1e6:.1f} MB)")
    print(f"total    {seconds:5.1f} s wall {finished_cpu - started_cpu:5.1f} s cpu, peak memory {peak:.0f} MB")
    return 0 if seconds < 20 and peak < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
