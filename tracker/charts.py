"""PNG charts of the datasets: one per country with a time series, and an overview.

Figures are drawn with the Agg canvas directly (no pyplot state) and saved
without metadata, so the same datasets give the same bytes.
"""
from __future__ import annotations

import re
import textwrap
from datetime import timedelta
from pathlib import Path

import matplotlib
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.transforms import offset_copy
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter

from tracker.model import UNITS
from tracker.report.data import (OTHER_COLOUR, TERM_COLOURS, Datasets, charted_countries, country_name, file_stem,
                                 latest_headline, load)

OVERVIEW_NAME = "overview.png"
COUNTRY_FILE = re.compile(r"[A-Z0-9]+\.png")
OVERVIEW_TOP = 15
DPI = 100
COUNTRY_SIZE = (10, 5.6)
ALL_LABELS_UP_TO = 8
"""Lines with at most this many points have every point labelled; longer ones only the first, last and peak."""
LOG_SCALE_RATIO = 100
"""Values spanning more than this ratio are drawn on a log scale so small measures stay visible."""

MARKERS = ("o", "s", "^", "D", "v", "P", "X", "h", "<")
MARKER_SIZE = 6
LABEL_SIZE = 8
LABEL_LIFT = 7
"""Points between a marker and its value label."""
LABEL_HALO = [patheffects.withStroke(linewidth=3, foreground="white")]
QUALIFIER_SIGNS = {"approximately": "~", "more_than": ">", "at_least": "\u2265", "less_than": "<",
                   "up_to": "\u2264"}
SIGNS_NOTE = "~ about, > more than, \u2265 at least, < less than, \u2264 up to"
DATE_FORMATS = ["%Y", "%b %Y", "%d %b", "%H:%M", "%H:%M", "%S"]
"""Tick labels by tick spacing (years, months, days ...): every month tick names its year."""
DATE_OFFSETS = ["", "", "%Y", "%d %b %Y", "%d %b %Y", "%d %b %Y"]
STYLE = {"font.size": 10, "axes.titlesize": 13, "axes.titleweight": "bold", "axes.spines.top": False,
         "axes.spines.right": False, "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6,
         "axes.axisbelow": True, "axes.titley": 1.0, "legend.frameon": False, "text.parse_math": False}
"""`axes.titley` fixed saves placing the title around tick labels; names from data are never math."""


def draw_charts(datasets_dir: Path, charts_dir: Path) -> list[Path]:
    """Write `<ISO3>.png` for every country with two or more dated points, and `overview.png`.

    Country charts left from an earlier run for countries without a chart now are removed.
    """
    datasets = load(Path(datasets_dir))
    charts_dir = Path(charts_dir)
    charts_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    with matplotlib.rc_context(STYLE):
        chart = CountryChart()
        points = datasets.points
        for country, rows in points[points["country"].isin(charted_countries(points))].groupby("country"):
            chart.draw(country, rows, datasets.version)
            paths.append(_save(chart.figure, charts_dir / f"{file_stem(country)}.png"))
        paths.append(draw_overview(datasets, charts_dir / OVERVIEW_NAME))
    for stale in set(charts_dir.glob("*.png")) - set(paths):
        if COUNTRY_FILE.fullmatch(stale.name):
            stale.unlink()
    return paths


def _save(figure: Figure, path: Path) -> Path:
    figure.savefig(path, format="png", dpi=DPI, metadata={"Software": None}, pil_kwargs={"compress_level": 3})
    return path


def measure_style(term: str, unit: str) -> dict:
    """The same colour for a term and the same marker for a unit in every chart."""
    unit_index = UNITS.index(unit) if unit in UNITS else len(UNITS)
    return {"color": TERM_COLOURS.get(term, OTHER_COLOUR), "marker": MARKERS[unit_index % len(MARKERS)]}


def value_label(value: float, qualifier: str = "", value_high: float | None = None) -> str:
    """A value as printed on a chart: `~359,000`, `10,000-15,000`."""
    if qualifier == "range" and value_high == value_high and value_high is not None:
        return f"{value:,.0f}\u2013{value_high:,.0f}"
    return f"{QUALIFIER_SIGNS.get(qualifier, '')}{value:,.0f}"


def _thousands(value, _position=None) -> str:
    return f"{value:,.0f}"


def _label_order(count: int, values) -> list[int]:
    """Which points of a line get a label, most wanted first: the last, the first, the peak, the rest."""
    wanted = [count - 1, 0, int(values.argmax())]
    if count <= ALL_LABELS_UP_TO:
        wanted += list(range(count - 2, 0, -1))
    return list(dict.fromkeys(wanted))


class CountryChart:
    """One figure reused for every country: only the artists that depend on the data are replaced,
    which is faster than a new figure per chart."""

    def __init__(self):
        self.figure = Figure(figsize=COUNTRY_SIZE, dpi=DPI)
        FigureCanvasAgg(self.figure)
        self.axes = self.figure.add_axes((0.1, 0.13, 0.635, 0.72))
        self.title = self.axes.set_title("", loc="left", pad=24)
        self.axes.text(0, 1.03, "Reported counts, by term and unit",
                       transform=self.axes.transAxes, fontsize=9, color="#555555")
        self.scale_note = self.axes.text(1, 1.03, "", transform=self.axes.transAxes, fontsize=9,
                                         color="#555555", ha="right")
        self.footnote = self.figure.text(0.01, 0.015, "", fontsize=7.5, color="#555555", va="bottom")
        self.locator = AutoDateLocator(minticks=3, maxticks=7)
        self.axes.xaxis.set_major_locator(self.locator)
        self.axes.xaxis.set_major_formatter(ConciseDateFormatter(
            self.locator, formats=DATE_FORMATS, zero_formats=DATE_FORMATS, offset_formats=DATE_OFFSETS))
        self.labels = []

    def draw(self, country: str, rows, version: str) -> None:
        """One line per measure (term and unit) over time, points marked and labelled."""
        axes = self.axes
        for artist in [*axes.lines, *self.labels]:
            artist.remove()
        if axes.get_legend() is not None:
            axes.get_legend().remove()
        dates = [t.to_pydatetime() for t in rows["date_value"]]
        values = rows["value"].to_numpy(dtype=float)
        positive = values[values > 0]
        lines = []
        for (measure, term, unit), measure_rows in rows.groupby(["measure", "term", "unit"], sort=True):
            x = [t.to_pydatetime() for t in measure_rows["date_value"]]
            y = measure_rows["value"].to_numpy(dtype=float)
            style = measure_style(term, unit)
            axes.plot(x, y, linewidth=2, markersize=MARKER_SIZE, label=measure, **style)
            lines.append((x, y, measure_rows, style["color"]))
        _date_axis(axes, min(dates), max(dates))
        if len(positive) and positive.max() / positive.min() > LOG_SCALE_RATIO:
            axes.set_yscale("log")
            axes.set_ylim(positive.min() / 2, positive.max() * 3)
            axes.yaxis.set_minor_formatter(NullFormatter())
            self.scale_note.set_text("log scale")
        else:
            axes.set_yscale("linear")
            axes.set_ylim(0, max(values.max(), 1) * 1.18)
            axes.yaxis.set_major_locator(MaxNLocator(6, steps=[1, 2, 2.5, 5, 10]))
            self.scale_note.set_text("")
        axes.yaxis.set_major_formatter(FuncFormatter(_thousands))
        self.labels = _label_points(self.figure, axes, lines)
        self.title.set_text(f"{country_name(country)} ({country})")
        axes.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=9, alignment="left")
        sources = sorted({s.strip() or "unattributed" for s in rows["source"]})
        self.footnote.set_text(_footnote_text(f"Dataset {version}. Sources: {', '.join(sources)}. {SIGNS_NOTE}."))


def _label_points(figure: Figure, axes, lines) -> list:
    """Value labels above points, or below when above is taken; a label that would cover another
    label or a marker is left out.

    Label boxes are estimated from the text length rather than measured, which
    keeps labelling cheap enough for hundreds of charts.
    """
    to_pixels = axes.transData.transform
    scale = figure.dpi / 72
    height = LABEL_SIZE * 1.3 * scale
    lift = LABEL_LIFT * scale
    marker = MARKER_SIZE * scale / 2
    wanted = []
    for x, y, rows, colour in lines:
        for rank, i in enumerate(_label_order(len(y), y)):
            text = value_label(y[i], rows["qualifier"].iat[i], rows["value_high"].iat[i])
            wanted.append((rank, x[i], y[i], text, colour))
    wanted.sort(key=lambda item: item[0])
    every_point = [(date2num(x), y) for xs, ys, _rows, _colour in lines for x, y in zip(xs, ys)]
    taken = [(px - marker, py - marker, px + marker, py + marker) for px, py in to_pixels(every_point)]
    anchors = to_pixels([(date2num(x), y) for _rank, x, y, _text, _colour in wanted]) if wanted else []
    above = offset_copy(axes.transData, figure, x=0, y=LABEL_LIFT, units="points")
    below = offset_copy(axes.transData, figure, x=0, y=-LABEL_LIFT, units="points")
    labels = []
    for (_rank, x, y, text, colour), (px, py) in zip(wanted, anchors):
        half = len(text) * LABEL_SIZE * 0.32 * scale
        for box, transform, alignment in (((px - half, py + lift, px + half, py + lift + height), above, "bottom"),
                                          ((px - half, py - lift - height, px + half, py - lift), below, "top")):
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
                taken.append(box)
                labels.append(axes.text(x, y, text, transform=transform, ha="center", va=alignment,
                                        fontsize=LABEL_SIZE, color=colour, path_effects=LABEL_HALO))
                break
    return labels


def _date_axis(axes, first, last) -> None:
    pad = max((last - first) * 0.06, timedelta(days=1))
    axes.set_xlim(date2num(first - pad), date2num(last + pad))


def _footnote_text(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 150, max_lines=2, placeholder=" ..."))


def draw_overview(datasets: Datasets, path: Path) -> Path:
    """The latest headline figure of the countries with the largest ones, as horizontal bars."""
    top = latest_headline(datasets.headline, OVERVIEW_TOP)
    height = 1.6 + 0.38 * max(len(top), 3)
    figure = Figure(figsize=(10, height), dpi=DPI)
    FigureCanvasAgg(figure)
    bottom_margin = 0.75 / height
    axes = figure.add_axes((0.25, bottom_margin, 0.43, 1 - bottom_margin - 0.9 / height))
    axes.set_title("Latest headline displacement figure, largest countries", loc="left", pad=20)
    if top.empty:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "No headline figures in this dataset version.", ha="center", va="center",
                  transform=axes.transAxes, color="#555555")
    else:
        rows = top.iloc[::-1]
        labels = [f"{country_name(c)} ({c})" for c in rows["country"]]
        positions = range(len(rows))
        axes.barh(positions, rows["value"], color=TERM_COLOURS["displaced"], height=0.65)
        axes.set_yticks(list(positions), labels=[textwrap.shorten(x, 34, placeholder="...") for x in labels])
        axes.tick_params(axis="y", length=0)
        axes.grid(axis="y", visible=False)
        axes.xaxis.set_major_locator(MaxNLocator(4, steps=[1, 2, 2.5, 5, 10]))
        axes.xaxis.set_major_formatter(FuncFormatter(_thousands))
        axes.set_xlim(0, rows["value"].max() * 1.03)
        for position, row in zip(positions, rows.itertuples()):
            detail = ", ".join(part for part in (f"{row.term} ({row.unit})", row.date, row.source) if part)
            axes.annotate(f"{value_label(row.value, row.qualifier, row.value_high)}  {detail}",
                          (row.value, position), xytext=(4, 0), textcoords="offset points",
                          va="center", fontsize=8, annotation_clip=False)
        axes.text(0, 1.02, "Newest figure of each country's main measure (internally displaced people first)", transform=axes.transAxes,
                  fontsize=9, color="#555555")
    sources = sorted({s.strip() or "unattributed" for s in top.get("source", [])})
    figure.text(0.01, 0.015, _footnote_text(f"Dataset {datasets.version}. Sources: {', '.join(sources) or 'none'}. "
                                            f"{SIGNS_NOTE}."), fontsize=7.5, color="#555555", va="bottom")
    return _save(figure, path)
