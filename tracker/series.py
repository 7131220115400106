"""Time series derived from the current figures: `series.csv`, `headline.csv`, `series-hxl.csv`.

Everything here works on rows as written to the CSVs (dicts of strings), so
the derived files depend only on `figures.csv` and `articles.csv` and are
byte-identical for the same inputs.

series: one point per (country, cause, term, unit, source, date). Figures that
are vague, rejected, or lack a country or a date are left out. The same value
reported by several articles is one point counting every article (copies of one
story, linked by `duplicate_of`, count once). When the figures of one key
disagree, the point is the value stated without a location (a national figure)
before a located one, then the value most articles report, then the highest.

headline: one point per (country, term, unit, date), chosen among the series
points of that key by source authority (`SOURCE_AUTHORITY`), then the most
reports, then the highest value.
"""
from __future__ import annotations

from collections import defaultdict

from tracker.model import CAUSES, TERM_GROUP
from tracker.schema import HEADLINE_COLUMNS, HXL_COLUMNS, HXL_VALUE_COLUMN

SOURCE_AUTHORITY = ("IOM", "UNHCR", "IDMC", "OCHA", "UNRWA", "UNICEF", "WFP", "WHO", "IFRC",
                    "ICRC", "NRC", "MSF", "UN", "GOV", "OTHER", "")
"""Displacement monitors first (IOM's DTM for internal displacement, UNHCR for refugees), then
other UN agencies, the Red Cross and NGOs, then governments, others, and unattributed figures."""

HEADLINE_RULE = ("headline.csv keeps one figure per country, term, unit and date: the series point from the most "
                 "authoritative source (IOM, UNHCR, IDMC, OCHA, UNRWA, UNICEF, WFP, WHO, IFRC, ICRC, NRC, MSF, UN, "
                 "GOV, OTHER, then unattributed), then the one reported by the most articles, then the highest value.")

SERIES_KEY = ("country", "cause", "term", "unit", "source", "date")
HEADLINE_KEY = ("country", "term", "unit", "date")


def _number(text: str) -> int:
    return int(text) if text else -1


def series_rows(current_figures: list[dict], duplicate_of: dict[str, str] | None = None) -> list[dict]:
    """One row per series key, from the current rows of figures.csv.

    `duplicate_of` maps an article to the earlier one it repeats: copies of one
    story count as a single report.
    """
    original = _originals(duplicate_of or {})
    by_key: dict[tuple, dict[tuple, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for figure in current_figures:
        if figure["status"] == "rejected" or figure["qualifier"] == "vague":
            continue
        if not figure["country"] or not figure["date"]:
            continue
        key = tuple(figure[k] for k in SERIES_KEY)
        by_key[key][(figure["value"], figure["qualifier"], figure["value_high"])].append(figure)
    rows = []
    for key, candidates in by_key.items():
        def rank(item):
            (value, _, _), figures = item
            national = any(not f["location"] for f in figures)
            return (national, len({original(f["article_id"]) for f in figures}), _number(value))

        (value, qualifier, value_high), figures = max(sorted(candidates.items()), key=rank)
        located = sorted({f["location"] for f in figures})
        row = dict(zip(SERIES_KEY, key))
        row.update(value=value, qualifier=qualifier, value_high=value_high,
                   location="" if "" in located else located[0], **_reports(figures, original))
        rows.append(row)
    rows.sort(key=lambda r: tuple(r[k] for k in SERIES_KEY))
    return rows


def _originals(duplicate_of: dict[str, str]):
    def original(article_id: str) -> str:
        seen = {article_id}
        while article_id in duplicate_of and duplicate_of[article_id] not in seen:
            article_id = duplicate_of[article_id]
            seen.add(article_id)
        return article_id

    return original


def _reports(figures: list[dict], original) -> dict:
    article_ids = sorted({f["article_id"] for f in figures})
    reports = len({original(a) for a in article_ids})
    return {"reports": str(reports), "article_ids": " ".join(article_ids),
            "figure_ids": " ".join(sorted(f["figure_id"] for f in figures))}


def headline_rows(series: list[dict]) -> list[dict]:
    """One row per (country, term, unit, date): the series point with the best source."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in series:
        by_key[tuple(row[k] for k in HEADLINE_KEY)].append(row)
    chosen = [min(rows, key=_headline_rank) for rows in by_key.values()]
    chosen.sort(key=lambda r: tuple(r[k] for k in HEADLINE_KEY))
    return [{c: row[c] for c in HEADLINE_COLUMNS} for row in chosen]


def _headline_rank(row: dict) -> tuple:
    authority = SOURCE_AUTHORITY.index(row["source"]) if row["source"] in SOURCE_AUTHORITY else len(
        SOURCE_AUTHORITY)
    return (authority, -int(row["reports"]), -_number(row["value"]), CAUSES.index(row["cause"]))


def hxl_rows(headline: list[dict], articles: dict[str, dict]) -> list[dict]:
    """The headline series in HXL columns; the hashtag row is added by the writer."""
    rows = []
    for point in headline:
        row = dict.fromkeys(HXL_COLUMNS, "")
        row.update(country_code=point["country"], country_name=country_name(point["country"]),
                   location=point["location"], date=point["date"], term=point["term"],
                   unit=point["unit"], qualifier=point["qualifier"], value_high=point["value_high"],
                   cause=point["cause"], source=point["source"], reports=point["reports"])
        row[HXL_VALUE_COLUMN[TERM_GROUP[point["term"]]]] = point["value"]
        row["url"] = " ".join(_address(articles.get(a, {})) or a for a in point["article_ids"].split())
        rows.append(row)
    return rows


def _address(article: dict) -> str:
    return article.get("url") or article.get("name") or ""


def country_name(code: str) -> str:
    if not code:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or country.name if country else ""
