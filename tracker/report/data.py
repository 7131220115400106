"""The datasets folder as the charts and the workbook see it.

The store writes the CSVs while other processes may read them, so every file
and every column is optional here: a missing file is an empty table and a
missing column is empty text. Column names come from `tracker.schema`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from tracker.schema import ARTICLE_COLUMNS, FIGURE_COLUMNS, HEADLINE_COLUMNS, SERIES_COLUMNS

MEASURE_KEY = ["country", "term", "unit"]
LOW_CONFIDENCE = 0.7
"""Figures the extractor is less sure of than this go to the Review sheet."""
DISAGREEMENT = 0.10
"""Reports of one measure on one date disagree when they differ by more than this share."""
JUMP_FACTOR = 3.0
"""A point at least this many times larger (or smaller) than the one before is a jump."""

TERM_COLOURS = {"displaced": "#0072B2", "fled": "#D55E00", "sheltered": "#009E73", "refugees": "#CC79A7",
                "evacuated": "#B8860B", "homeless": "#56B4E9", "destroyed": "#333333", "damaged": "#888888",
                "returned": "#882255"}
"""Colours of the terms, the same in the PNG charts and the workbook's own charts."""
OTHER_COLOUR = "#6A3D9A"
_ID_SEPARATOR = re.compile(r"[\s;,|]+")
_SHORT_NAMES = {"COD": "DR Congo", "PSE": "Palestine", "FSM": "Micronesia", "VGB": "British Virgin Islands",
                "VIR": "US Virgin Islands", "XKX": "Kosovo"}
"""Names as humanitarian reports write them, where the ISO name is inverted or missing."""


@dataclass
class Datasets:
    """Current figures, series, headline and articles of one dataset version, typed."""

    figures: pd.DataFrame
    series: pd.DataFrame
    headline: pd.DataFrame
    articles: pd.DataFrame
    version: str

    @cached_property
    def points(self) -> pd.DataFrame:
        """One point per country, measure and date (see `measure_points`)."""
        return measure_points(self.series)


def read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """A CSV as text columns, with every expected column present; empty when absent or unreadable."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False,
                            quoting=csv.QUOTE_MINIMAL, encoding="utf-8")
    except (FileNotFoundError, pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError):
        frame = pd.DataFrame(columns=list(columns), dtype=str)
    for column in columns:
        if column not in frame.columns:
            frame[column] = ""
    return frame


def _numbers(frame: pd.DataFrame, *columns: str) -> None:
    for column in columns:
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")


def _dates(frame: pd.DataFrame, column: str = "date") -> None:
    frame[f"{column}_value"] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")


def load(datasets_dir: Path) -> Datasets:
    """Read figures.csv, series.csv, headline.csv, articles.csv and versions.csv of a folder."""
    datasets_dir = Path(datasets_dir)
    figures = read_table(datasets_dir / "figures.csv", FIGURE_COLUMNS)
    figures = figures[(figures["valid_to"].str.strip() == "")
                      & (figures["status"].str.strip().str.lower() != "rejected")].copy()
    _numbers(figures, "value", "value_high", "confidence")
    _dates(figures)

    series = read_table(datasets_dir / "series.csv", SERIES_COLUMNS)
    _numbers(series, "value", "value_high", "reports")
    _dates(series)
    series = series[(series["qualifier"] != "vague") & series["value"].notna()
                    & series["date_value"].notna() & (series["country"] != "")].copy()
    series["reports"] = series["reports"].fillna(1)

    headline = read_table(datasets_dir / "headline.csv", HEADLINE_COLUMNS)
    _numbers(headline, "value", "value_high", "reports")
    _dates(headline)
    headline = headline[headline["value"].notna() & (headline["country"] != "")].copy()

    articles = read_table(datasets_dir / "articles.csv", ARTICLE_COLUMNS)
    _dates(articles)
    return Datasets(figures=figures.reset_index(drop=True), series=series.reset_index(drop=True),
                    headline=headline.reset_index(drop=True), articles=articles.reset_index(drop=True),
                    version=dataset_version(datasets_dir / "versions.csv"))


def dataset_version(path: Path) -> str:
    """The label of the newest version in versions.csv: its semver, else its sequence number."""
    versions = read_table(path, ("version", "semver"))
    if versions.empty:
        return "unversioned"
    sequence = pd.to_numeric(versions["version"], errors="coerce")
    newest = versions.loc[sequence.idxmax()] if sequence.notna().any() else versions.iloc[-1]
    if newest["semver"].strip():
        return newest["semver"].strip()
    return f"version {newest['version'].strip()}" if newest["version"].strip() else "unversioned"


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """The short English name of an ISO 3166-1 alpha-3 code, or the code itself."""
    code = (code or "").strip().upper()
    if not code:
        return "Unknown country"
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def file_stem(country: str) -> str:
    """The chart file name of a country code: its letters and digits."""
    return "".join(c for c in country.upper() if c.isalnum()) or "UNKNOWN"


def measure_label(term: str, unit: str) -> str:
    """How a measure reads in a legend: `displaced (people)`."""
    return f"{term} ({unit})"


def split_ids(text: str) -> list[str]:
    return [part for part in _ID_SEPARATOR.split(text or "") if part]


def measure_points(series: pd.DataFrame) -> pd.DataFrame:
    """One row per country, measure and date.

    Several series rows may share these (other sources or causes); the one
    backed by most reports is kept, then the largest value.
    """
    if series.empty:
        return series.assign(measure=pd.Series(dtype=str))
    ordered = series.sort_values(["reports", "value"], ascending=[False, False], kind="stable")
    points = ordered.drop_duplicates([*MEASURE_KEY, "date"], keep="first")
    points = points.sort_values([*MEASURE_KEY, "date_value"], kind="stable").reset_index(drop=True)
    points["measure"] = [measure_label(t, u) for t, u in zip(points["term"], points["unit"])]
    return points


def charted_countries(points: pd.DataFrame) -> list[str]:
    """Countries with at least two distinct dates, the ones that get a chart and a sheet."""
    if points.empty:
        return []
    dates = points.groupby("country")["date_value"].nunique()
    return sorted(dates[dates >= 2].index)


def summary(datasets: Datasets) -> pd.DataFrame:
    """Latest and previous point of every country and measure, with the change and report count."""
    points = datasets.points
    columns = ["country", "term", "unit", "value", "qualifier", "value_high", "date_value", "source",
               "previous_value", "previous_date", "change", "change_share", "reports"]
    if points.empty:
        return pd.DataFrame(columns=columns)
    grouped = points.groupby(MEASURE_KEY, sort=False)
    latest = grouped.tail(1).set_index(MEASURE_KEY)
    previous = grouped.nth(-2).set_index(MEASURE_KEY)
    table = latest.copy()
    table["previous_value"] = previous["value"].reindex(table.index)
    table["previous_date"] = previous["date_value"].reindex(table.index)
    table["change"] = table["value"] - table["previous_value"]
    base = table["previous_value"].where(table["previous_value"] != 0)
    table["change_share"] = table["change"] / base
    table["reports"] = datasets.series.groupby(MEASURE_KEY)["reports"].sum().reindex(table.index)
    table = table.reset_index()
    table["country_name"] = table["country"].map(country_name)
    table = table.sort_values(["country_name", "term", "unit"], kind="stable").reset_index(drop=True)
    return table[[*columns, "country_name"]]


MEASURE_PREFERENCE = ("displaced", "fled", "sheltered", "homeless", "evacuated", "refugees", "returned",
                      "destroyed", "damaged")
UNIT_PREFERENCE = ("people", "households", "houses")


def latest_headline(headline: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Each country's newest figure of its main measure, largest first.

    The main measure is the first the country has in `MEASURE_PREFERENCE` (internally
    displaced people before refugees, people before households), so that the bars compare
    like with like rather than whatever was reported last.
    """
    if headline.empty:
        return headline
    rank = headline["term"].map({t: i for i, t in enumerate(MEASURE_PREFERENCE)}).fillna(len(MEASURE_PREFERENCE))
    unit_rank = headline["unit"].map({u: i for i, u in enumerate(UNIT_PREFERENCE)}).fillna(len(UNIT_PREFERENCE))
    ranked = headline.assign(_rank=rank * 10 + unit_rank)
    best = ranked.groupby("country")["_rank"].transform("min")
    main = ranked[ranked["_rank"] == best]
    newest = (main.sort_values(["date_value", "value"], ascending=[True, True], na_position="first", kind="stable")
              .drop_duplicates("country", keep="last")
              .sort_values(["value", "country"], ascending=[False, True], kind="stable")
              .drop(columns="_rank"))
    return newest.head(top) if top else newest


def review(datasets: Datasets) -> pd.DataFrame:
    """Figures a person should check, with the reasons; corrected figures were checked already."""
    figures = datasets.figures
    reasons: dict[int, list[str]] = {}

    def flag(index, reason):
        reasons.setdefault(index, []).append(reason)

    pending = figures["status"].str.strip().str.lower() != "corrected"
    low = figures.index[pending & (figures["confidence"] < LOW_CONFIDENCE)]
    for index in low:
        flag(index, f"low confidence ({figures.at[index, 'confidence']:.2f})")

    countable = figures[(figures["qualifier"] != "vague") & figures["value"].notna()]
    for index in countable.index[pending.loc[countable.index] & (countable["country"].str.strip() == "")]:
        flag(index, "no country")
    for index in countable.index[pending.loc[countable.index] & countable["date_value"].isna()]:
        flag(index, "no date")

    dated = countable[countable["date_value"].notna() & (countable["country"] != "")]
    if not dated.empty:
        spread = dated.groupby([*MEASURE_KEY, "date"])["value"].agg(["min", "max", "count"])
        spread = spread[(spread["count"] > 1) & (spread["max"] - spread["min"] > DISAGREEMENT * spread["max"])]
        if not spread.empty:
            keyed = dated.join(spread, on=[*MEASURE_KEY, "date"], how="inner")
            for index, row in keyed.iterrows():
                if pending.at[index]:
                    flag(index, f"other reports of this measure on {row['date']} say "
                                f"{row['min']:,.0f} to {row['max']:,.0f} ({row['count']} reports)")

    by_id = pd.Series(figures.index, index=figures["figure_id"])
    by_id = by_id[~by_id.index.duplicated()]
    for row in jumps(datasets.points).itertuples():
        for figure_id in split_ids(row.figure_ids):
            index = by_id.get(figure_id)
            if index is not None and pending.at[index]:
                flag(index, row.reason)

    if not reasons:
        return figures.iloc[0:0].assign(reason=pd.Series(dtype=str))
    flagged = figures.loc[sorted(reasons)].copy()
    flagged["reason"] = ["; ".join(reasons[i]) for i in flagged.index]
    flagged["country_name"] = flagged["country"].map(country_name)
    return flagged.sort_values(["country_name", "date", "term"], kind="stable")


def jumps(points: pd.DataFrame) -> pd.DataFrame:
    """Points at least JUMP_FACTOR times larger or smaller than the previous point of their measure."""
    if points.empty:
        return pd.DataFrame(columns=["figure_ids", "reason"])
    previous_value = points.groupby(MEASURE_KEY)["value"].shift()
    previous_date = points.groupby(MEASURE_KEY)["date"].shift()
    ratio = points["value"] / previous_value
    jump = (ratio >= JUMP_FACTOR) | (ratio <= 1 / JUMP_FACTOR)
    jumped = points[jump.fillna(False)]
    reasons = [f"jump from {p:,.0f} on {d} to {v:,.0f} on {date} (x{r:.1f})"
               for p, d, v, date, r in zip(previous_value[jumped.index], previous_date[jumped.index],
                                           jumped["value"], jumped["date"], ratio[jumped.index])]
    return pd.DataFrame({"figure_ids": jumped["figure_ids"].tolist(), "reason": reasons})
