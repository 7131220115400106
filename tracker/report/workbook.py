"""The Excel workbook an analyst hands on: summary, series, evidence, review, sources, one sheet per country.

Sheets are streamed (openpyxl write-only mode) so a large dataset stays fast
and small in memory. Every text taken from the data is written as literal
text, never as a formula.
"""
from __future__ import annotations

import math
import os
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from tracker.model import CAUSES, QUALIFIERS, TERM_GROUP, TERMS, UNITS
from tracker.report import data
from tracker.report.cells import FONT_NAME, LINK_FONT, sheet_location, sheet_title, styled, text_cell, web_url
from tracker.report.stream import (LINE_HEIGHT, ColumnEncoder, Link, StreamedSheet, add_streamed_sheet,
                                   wrapped_lines)

NUMBER = "#,##0"
SIGNED = "+#,##0;-#,##0;0"
SHARE = "+0.0%;-0.0%;0.0%"
DATE = "yyyy-mm-dd"
CONFIDENCE = "0.00"
MIN_WIDTH, MAX_WIDTH, WIDE_TEXT = 6, 60, 80
ABOUT_WIDTH = 110
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD = Font(name=FONT_NAME, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
NUMBER_ALIGNMENT = Alignment(horizontal="right", vertical="top", indent=1)
TABLE_STYLE = "TableStyleMedium2"
INCREASE = {"font": Font(color="9C0006"), "fill": PatternFill(bgColor="FFC7CE")}
DECREASE = {"font": Font(color="006100"), "fill": PatternFill(bgColor="C6EFCE")}
ARCHIVE_DIR = "archive"
"""Where, inside the datasets folder, archived article files are looked for (named by article id or sha256)."""
OVERVIEW_NAME = "overview.png"
A4_PAPER = 9
UNIT_SYMBOLS = {"people": "circle", "households": "square", "houses": "triangle"}

TERM_MEANINGS = {
    "returned": "people who returned home: returnees, went back",
    "refugees": "people who crossed into another country: refugees, asylum seekers (counted for the country they left)",
    "evacuated": "people evacuated or moved to safety ahead of or during a hazard, including under a mandatory order",
    "sheltered": "people staying in evacuation centres, shelters, relief camps, displacement sites",
    "homeless": "people left homeless, who lost their homes",
    "destroyed": "houses or homes destroyed, razed, flattened, burned down, washed away",
    "damaged": "houses or homes damaged or partially destroyed",
    "fled": "people who fled, inside the country or to an unstated place",
    "displaced": "people displaced, internally displaced (IDPs), uprooted, forced from their homes",
}
UNIT_MEANINGS = {"people": "people, persons, individuals, residents, children ...",
                 "households": "households or families",
                 "houses": "houses, homes, dwellings, shelters, residential buildings"}
QUALIFIER_MEANINGS = {
    "exact": "stated without a qualifier",
    "approximately": "about, around, some, roughly, an estimated",
    "more_than": "more than, over, upwards of, in excess of",
    "at_least": "at least, no fewer than, a minimum of",
    "less_than": "nearly, almost, close to, just under, fewer than",
    "up_to": "up to, as many as",
    "range": "a range: the value is the lower end, the upper value the higher end",
    "vague": "no number (\"thousands\"): the smallest count implied; never in series or charts",
}
NEUTRAL_HEADLINE_RULE = ("The headline figure of a country is the figure the dataset marks as its headline "
                         "displacement figure; see headline.csv in the dataset for the rows it is drawn from.")
CAVEATS = (
    "Figures are as reported in news articles, extracted automatically; they are not verified counts.",
    "Different terms and units measure different things and must not be added up.",
    "When several series rows share a country, measure and date (other sources or causes), the summary, "
    "country sheets and charts show the one backed by most reports, then the largest.",
    f"Review lists figures with confidence below {data.LOW_CONFIDENCE}, reports of one measure on one date "
    f"differing by more than {data.DISAGREEMENT:.0%}, and points at least {data.JUMP_FACTOR:g} times larger or "
    "smaller than the previous one. Corrected figures were checked already and are not listed.",
    "Rejected figures and superseded versions of figures are left out.",
)


@dataclass
class Column:
    header: str
    kind: str = "text"
    """text, wide (wrapped text), number, signed, share, confidence, date or link."""


STYLES = {
    "number": {"number_format": NUMBER, "alignment": NUMBER_ALIGNMENT},
    "signed": {"number_format": SIGNED, "alignment": NUMBER_ALIGNMENT},
    "share": {"number_format": SHARE, "alignment": NUMBER_ALIGNMENT},
    "confidence": {"number_format": CONFIDENCE, "alignment": NUMBER_ALIGNMENT},
    "date": {"number_format": DATE, "alignment": NUMBER_ALIGNMENT},
    "wide": {"alignment": WRAP},
    "text": {"alignment": TOP},
    "link": {"font": LINK_FONT, "alignment": TOP},
}


def write_report(datasets_dir: Path, xlsx_path: Path, charts: list[Path] | None = None,
                 archive_dir: Path | None = None) -> Path:
    """Write the workbook for the datasets in `datasets_dir`, embedding the given PNG charts.

    Articles without a web address link to their text in `archive_dir` (by
    default the `archive` folder of the datasets) when it is there.
    """
    datasets = data.load(Path(datasets_dir))
    xlsx_path = Path(xlsx_path)
    xlsx_path.parent.mkdir(parents=True, exist_ok=True)
    images = {Path(p).stem: Path(p) for p in charts or () if Path(p).is_file()}
    builder = _Builder(datasets, xlsx_path, images, Path(archive_dir or Path(datasets_dir) / ARCHIVE_DIR))
    builder.build()
    partial = xlsx_path.with_name(f".{xlsx_path.name}.{os.getpid()}.partial")
    try:
        builder.workbook.save(partial)
        os.replace(partial, xlsx_path)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return xlsx_path


def generation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc)


def _date(value):
    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, datetime) else value


def _number(value):
    if value is None or pd.isna(value) or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() else float(value)


CONVERT = {"number": _number, "signed": _number, "share": _number, "confidence": _number, "date": _date}


class _Builder:
    """Lays out every sheet of one workbook from one datasets folder."""

    def __init__(self, datasets: data.Datasets, xlsx_path: Path, images: dict[str, Path], archive_dir: Path):
        self.datasets = datasets
        self.xlsx_path = xlsx_path
        self.images = images
        self.workbook = Workbook(write_only=True)
        self.generated = generation_time().strftime("%Y-%m-%d %H:%M UTC")
        self.titles: set[str] = set()
        self.articles = self._article_details(archive_dir)

    def build(self) -> None:
        points = self.datasets.points
        countries = data.charted_countries(points)
        names = sorted(countries, key=lambda c: (data.country_name(c).casefold(), c))
        fixed = ["Summary", "Series", "Evidence", "Review", "Sources", "About"]
        sheets = {name: self._sheet(name) for name in fixed}
        country_sheets = {c: self._sheet(data.country_name(c)) for c in names}
        self.country_titles = {c: ws.title for c, ws in country_sheets.items()}
        self.summary(sheets["Summary"])
        self.series(sheets["Series"])
        self.evidence(sheets["Evidence"])
        self.review(sheets["Review"])
        self.sources(sheets["Sources"])
        self.about(sheets["About"])
        grouped = dict(tuple(points[points["country"].isin(countries)].groupby("country")))
        for number, country in enumerate(names, 1):
            self.country(country_sheets[country], country, grouped[country], number)

    def _sheet(self, name: str) -> StreamedSheet:
        return add_streamed_sheet(self.workbook, sheet_title(name, self.titles))

    def _article_details(self, archive_dir: Path) -> dict[str, tuple]:
        """Title, publication date, outlet and link of every article, by article id."""
        archived = {}
        if archive_dir.is_dir():
            archived = {path.stem: path for path in sorted(archive_dir.rglob("*")) if path.is_file()}
        details = {}
        for row in self.datasets.articles.itertuples():
            url = web_url(row.url)
            if url:
                link = Link(url, target=url)
            elif (path := archived.get(row.article_id) or archived.get(row.sha256)) is not None:
                relative = os.path.relpath(path, self.xlsx_path.parent).replace(os.sep, "/")
                link = Link(relative, target=relative)
            else:
                link = row.url or None
            details.setdefault(row.article_id, (row.title or row.name or None, row.date_value, row.outlet, link))
        return details

    def article(self, article_id: str) -> tuple:
        return self.articles.get(article_id, (None, None, None, None))

    def _write(self, ws, columns: list[Column], records: list[list], name: str, preamble: list[list] = (),
               fit_width: bool = True) -> None:
        """Optional lines above, a header, the rows, and an Excel table over them with filters,
        banding and a frozen header; printed landscape, one page wide unless the sheet is too wide."""
        first_row = len(preamble) + 1
        values = [list(column) for column in zip(*records)] or [[] for _ in columns]
        for index, column in enumerate(columns):
            convert = CONVERT.get(column.kind)
            if convert is not None:
                values[index] = [convert(v) for v in values[index]]
        encoded = ColumnEncoder(ws, STYLES).encode([c.kind for c in columns], values, first_row + 1,
                                                   wrap_width=WIDE_TEXT - 4)
        for index, (column, width) in enumerate(zip(columns, encoded.widths), 1):
            limit = WIDE_TEXT if column.kind == "wide" else MAX_WIDTH
            shown = max(width, len(column.header) + 3) + 2
            ws.column_dimensions[get_column_letter(index)].width = max(MIN_WIDTH, min(shown, limit))
        ws.freeze_panes = f"A{first_row + 1}"
        _print_setup(ws, f"{first_row}:{first_row}", fit_width)
        for line in preamble:
            ws.append(line)
        ws.append([styled(ws, c.header, font=BOLD) for c in columns])
        ws.encoded_links.extend(encoded.links)
        for row in encoded.rows:
            ws.append(row)
        if not records:
            ws.append([None] * len(columns))
        ref = f"A{first_row}:{get_column_letter(len(columns))}{first_row + max(len(records), 1)}"
        table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref),
                      tableStyleInfo=TableStyleInfo(name=TABLE_STYLE, showRowStripes=True))
        table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, 1)]
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
            ws.add_table(table)

    def country_link(self, country: str):
        title = self.country_titles.get(country)
        label = data.country_name(country)
        return label if title is None else Link(label, location=sheet_location(title))

    def summary(self, ws) -> None:
        table = data.summary(self.datasets)
        columns = [Column("Country", "link"), Column("ISO3"), Column("Term"), Column("Unit"),
                   Column("Latest value", "number"), Column("Qualifier"), Column("Upper value", "number"),
                   Column("Latest date", "date"), Column("Source"), Column("Previous value", "number"),
                   Column("Previous date", "date"), Column("Change", "signed"), Column("Change %", "share"),
                   Column("Reports", "number")]
        title = (f"Displacement figures by country and measure - dataset {self.datasets.version} - "
                 f"generated {self.generated}")
        records = [[self.country_link(r.country), r.country, r.term, r.unit, r.value, r.qualifier,
                    r.value_high, r.date_value, r.source, r.previous_value, r.previous_date, r.change,
                    r.change_share, r.reports] for r in table.itertuples()]
        self._write(ws, columns, records, "SummaryTable", preamble=[[styled(ws, title, font=TITLE_FONT)]])
        last = 2 + max(len(records), 1)
        for letter in ("L", "M"):
            cells = f"{letter}3:{letter}{last}"
            ws.conditional_formatting.add(cells, CellIsRule(operator="greaterThan", formula=["0"], **INCREASE))
            ws.conditional_formatting.add(cells, CellIsRule(operator="lessThan", formula=["0"], **DECREASE))
        ws.print_area = f"A1:{get_column_letter(len(columns))}{last}"
        overview = self.images.get(Path(OVERVIEW_NAME).stem)
        if overview is not None:
            ws.add_image(_image(overview, 760), f"{get_column_letter(len(columns) + 2)}2")

    def series(self, ws) -> None:
        series = self.datasets.series.assign(country_name=self.datasets.series["country"].map(data.country_name))
        series = series.sort_values(["country_name", "term", "unit", "date_value", "cause", "source"], kind="stable")
        columns = [Column("Country"), Column("ISO3"), Column("Term"), Column("Unit"), Column("Cause"),
                   Column("Source"), Column("Date", "date"), Column("Value", "number"), Column("Qualifier"),
                   Column("Upper value", "number"), Column("Reports", "number"), Column("Figure IDs")]
        records = [[r.country_name, r.country, r.term, r.unit, r.cause, r.source, r.date_value, r.value,
                    r.qualifier, r.value_high, r.reports, r.figure_ids] for r in series.itertuples()]
        self._write(ws, columns, records, "SeriesTable", fit_width=False)

    def _figure_records(self, figures: pd.DataFrame, with_reason: bool) -> list[list]:
        records = []
        for r in figures.itertuples():
            title, published, outlet, link = self.article(r.article_id)
            record = [data.country_name(r.country) if r.country else None, r.country, r.date_value, r.term,
                      r.unit, r.value, r.value_high, r.qualifier, r.cause, r.source, r.location, r.confidence,
                      r.status, r.quote, title, published, outlet, link, r.figure_id, r.article_id]
            records.append([r.reason, *record] if with_reason else record)
        return records

    FIGURE_COLUMNS = [Column("Country"), Column("ISO3"), Column("Date", "date"), Column("Term"), Column("Unit"),
                      Column("Value", "number"), Column("Upper value", "number"), Column("Qualifier"),
                      Column("Cause"), Column("Source"), Column("Location"), Column("Confidence", "confidence"),
                      Column("Status"), Column("Quote", "wide"), Column("Article title"),
                      Column("Published", "date"), Column("Outlet"), Column("Link", "link"), Column("Figure ID"),
                      Column("Article ID")]

    def evidence(self, ws) -> None:
        figures = self.datasets.figures.assign(
            country_name=self.datasets.figures["country"].map(data.country_name))
        figures = figures.sort_values(["country_name", "date_value", "term", "unit", "figure_id"], kind="stable")
        self._write(ws, self.FIGURE_COLUMNS, self._figure_records(figures, False), "EvidenceTable",
                    fit_width=False)

    def review(self, ws) -> None:
        flagged = data.review(self.datasets)
        columns = [Column("Reason", "wide"), *self.FIGURE_COLUMNS]
        self._write(ws, columns, self._figure_records(flagged, True), "ReviewTable", fit_width=False)

    def sources(self, ws) -> None:
        articles = self.datasets.articles.sort_values(["date_value", "outlet", "title"], kind="stable")
        counts = self.datasets.figures["article_id"].value_counts()
        columns = [Column("Published", "date"), Column("Title", "wide"), Column("Outlet"), Column("Link", "link"),
                   Column("Figures", "number"), Column("Country hint"), Column("Format"),
                   Column("First version"), Column("Duplicate of"), Column("Article ID")]
        records = [[r.date_value, r.title or r.name, r.outlet, self.article(r.article_id)[3],
                    counts.get(r.article_id, 0), r.country_hint, r.format, r.first_version, r.duplicate_of,
                    r.article_id] for r in articles.itertuples()]
        self._write(ws, columns, records, "SourcesTable")

    def about(self, ws) -> None:
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = ABOUT_WIDTH
        _print_setup(ws)
        datasets = self.datasets
        rows = [0]

        def append(cells):
            ws.append(cells)
            rows[0] += 1

        def heading(text):
            append([])
            append([styled(ws, text, font=BOLD)])

        def entry(name, meaning):
            lines = wrapped_lines(meaning, ABOUT_WIDTH)
            if lines > 1:
                ws.row_dimensions[rows[0] + 1].height = LINE_HEIGHT * lines
            append([text_cell(ws, name, alignment=TOP), text_cell(ws, meaning, alignment=WRAP)])

        append([styled(ws, "About this workbook", font=TITLE_FONT)])
        entry("Dataset version", datasets.version)
        entry("Generated", self.generated)
        entry("Current figures", f"{len(datasets.figures):,}")
        entry("Articles", f"{len(datasets.articles):,}")
        entry("Countries with series", f"{datasets.points['country'].nunique():,}")
        heading("Sheets")
        for name, meaning in (
                ("Summary", "latest and previous value of every country and measure (term and unit), the change "
                            "(red: increase, green: decrease) and the number of reports"),
                ("Series", "the full time series: one row per country, cause, term, unit, source and date"),
                ("Evidence", "every current figure with the sentence it was read from and a link to the article"),
                ("Review", "figures that need a human look, with the reason"),
                ("Sources", "the articles read, with outlet, date and link"),
                ("Country sheets", "countries with figures on two or more dates: series table and charts")):
            entry(name, meaning)
        heading("Terms (what happened to the people or houses counted)")
        for term in TERMS:
            entry(term, f"{TERM_MEANINGS[term]} [group: {TERM_GROUP[term]}]")
        heading("Units")
        for unit in UNITS:
            entry(unit, UNIT_MEANINGS[unit])
        heading("Qualifiers (how the article states the number)")
        for qualifier in QUALIFIERS:
            entry(qualifier, QUALIFIER_MEANINGS[qualifier])
        heading("Causes")
        entry("cause", ", ".join(CAUSES))
        heading("Headline figure")
        entry("rule", headline_rule())
        heading("Caveats")
        for number, caveat in enumerate(CAVEATS, 1):
            entry(str(number), caveat)

    def country(self, ws, country: str, points: pd.DataFrame, number: int) -> None:
        columns = [Column("Date", "date"), Column("Measure"), Column("Term"), Column("Unit"),
                   Column("Value", "number"), Column("Qualifier"), Column("Upper value", "number"),
                   Column("Source"), Column("Reports", "number")]
        points = points.sort_values(["measure", "date_value"], kind="stable")
        records = [[r.date_value, r.measure, r.term, r.unit, r.value, r.qualifier, r.value_high, r.source,
                    r.reports] for r in points.itertuples()]
        self._write(ws, columns, records, f"Country{number}")
        ws.add_chart(self._native_chart(ws, country, points), "K2")
        image = self.images.get(data.file_stem(country))
        if image is not None:
            ws.add_image(_image(image, 760), "K22")

    def _native_chart(self, ws, country: str, points: pd.DataFrame) -> ScatterChart:
        chart = ScatterChart(scatterStyle="lineMarker")
        chart.title = f"{data.country_name(country)} - reported figures"
        chart.style = 2
        chart.width, chart.height = 20, 9.5
        chart.x_axis.title = "Date"
        chart.y_axis.title = "Reported count"
        chart.x_axis.number_format = DATE
        chart.y_axis.number_format = NUMBER
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.x_axis.majorGridlines = None
        first = points["date_value"].min()
        last = points["date_value"].max()
        pad = max((last - first).days * 0.05, 1)
        chart.x_axis.scaling.min = int(to_excel(first.to_pydatetime()) - pad)
        chart.x_axis.scaling.max = int(to_excel(last.to_pydatetime()) + pad) + 1
        chart.y_axis.scaling.min = 0
        chart.legend.position = "b"
        row = 2
        for measure, rows in points.groupby("measure", sort=False):
            end = row + len(rows) - 1
            series = Series(Reference(ws, min_col=5, min_row=row, max_row=end),
                            Reference(ws, min_col=1, min_row=row, max_row=end), title=measure)
            colour = data.TERM_COLOURS.get(rows["term"].iat[0], data.OTHER_COLOUR).lstrip("#")
            series.smooth = False
            series.marker.symbol = UNIT_SYMBOLS.get(rows["unit"].iat[0], "diamond")
            series.marker.size = 6
            series.marker.graphicalProperties.solidFill = colour
            series.marker.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
            series.graphicalProperties.line.width = 22_000
            chart.series.append(series)
            row = end + 1
        return chart


def _print_setup(ws, title_rows: str | None = None, fit_width: bool = True) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = A4_PAPER
    if fit_width:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows


def _image(path: Path, width: int) -> Image:
    image = Image(str(path))
    image.height = round(image.height * width / image.width)
    image.width = width
    return image


def headline_rule() -> str:
    try:
        from tracker.series import HEADLINE_RULE
    except ImportError:
        return NEUTRAL_HEADLINE_RULE
    return str(HEADLINE_RULE)
