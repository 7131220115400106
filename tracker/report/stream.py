"""A write-only worksheet that takes rows already serialised as XML.

openpyxl builds an object and an XML element for every cell, about four
microseconds a cell, and a report of 50,000 figures has millions of cells.
Here a sheet's rows are serialised column by column from plain values, with
one style per column kind, and written straight into openpyxl's sheet stream;
tables, charts, images, links, styles and the rest still go through openpyxl.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.relationship import Relationship
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import REL_NS, SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from tracker.report.cells import FORMULA_STARTS, MAX_LINKS_PER_SHEET, clean_text

if LXML:
    from lxml.etree import fromstring
else:
    from xml.etree.ElementTree import fromstring


@dataclass(frozen=True)
class Link:
    """A cell's text and where it leads: a web or file address, or a place in the workbook."""

    label: object
    target: str | None = None
    location: str | None = None


class _RowWriter(WorksheetWriter):
    _handle = None

    def get_stream(self):
        """openpyxl's stream, over a file handle of our own so that encoded rows can bypass lxml."""
        with open(self.out, "wb") as handle, xmlfile(handle) as xf:
            self._handle = handle
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        element = yield
                        if element is True:
                            yield xf
                        elif element is not None:
                            xf.write(element)
                except GeneratorExit:
                    pass

    def write_row(self, xf, row, row_idx):
        if not isinstance(row, EncodedRow):
            super().write_row(xf, row, row_idx)
        elif LXML:
            xf.flush()
            self._handle.write(row[0].encode("utf-8"))
        else:
            for element in fromstring(f"<rows>{row[0]}</rows>"):
                xf.write(element)

    def write_hyperlinks(self):
        """All links of the sheet, one relationship per distinct address rather than per link."""
        links = [(link.ref, link.target, link.location) for link in self.ws._hyperlinks]
        links += getattr(self.ws, "encoded_links", [])
        if not links:
            return
        ids = {}
        parts = [f'<hyperlinks xmlns:r="{REL_NS}">']
        for ref, target, location in links:
            attributes = f'ref="{ref}"'
            if target:
                if target not in ids:
                    relationship = Relationship(type="hyperlink", TargetMode="External", Target=target)
                    self._rels.append(relationship)
                    ids[target] = relationship.Id
                attributes += f' r:id="{ids[target]}"'
            if location:
                attributes += f" location={quoteattr(location)}"
            parts.append(f"<hyperlink {attributes}/>")
        parts.append("</hyperlinks>")
        self.xf.send(fromstring("".join(parts)))


class EncodedRow(tuple):
    """(xml,): rows already serialised, for `StreamedSheet.append`."""


class StreamedSheet(WriteOnlyWorksheet):
    """A write-only worksheet that also accepts `EncodedRow`s."""

    def __init__(self, parent, title):
        super().__init__(parent, title)
        self.encoded_links: list[tuple[str, str | None, str | None]] = []
        """(cell reference, address, place in the workbook) of the links in encoded rows."""

    def _get_writer(self):
        if self._writer is None:
            self._writer = _RowWriter(self)
            self._writer.write_top()

    def _values_to_row(self, values, row_idx):
        if isinstance(values, EncodedRow):
            return values
        return super()._values_to_row(values, row_idx)


def add_streamed_sheet(workbook, title: str) -> StreamedSheet:
    sheet = StreamedSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


ROWS_PER_CHUNK = 1000
LINE_HEIGHT = 15
"""Points per line of 11 point text."""
MAX_ROW_LINES = 8


def wrapped_lines(value, width: int) -> int:
    """About how many lines a text takes in a column `width` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    return sum(max(1, -(-len(line) // width)) for line in value.split("\n"))


_EXCEL_DAY_ZERO = date(1899, 12, 30).toordinal()


@dataclass
class Encoded:
    """Rows of a sheet as XML, the widest shown text of each column, and the rows' hyperlinks."""

    rows: list[EncodedRow]
    widths: list[int]
    links: list[tuple[str, str | None, str | None]]


class ColumnEncoder:
    """Serialises a sheet's rows column by column; `styles` gives the cell style of each column kind."""

    NUMBER_KINDS = ("number", "signed", "share", "confidence")

    def __init__(self, ws: StreamedSheet, styles: dict[str, dict]):
        self.ws = ws
        self.styles = styles
        self._style_ids: dict[tuple, str] = {}

    def style(self, kind: str, literal: bool = False) -> str:
        """The ` s="N"` attribute of a cell of this kind, registering the style once."""
        key = (kind, literal)
        if key not in self._style_ids:
            cell = WriteOnlyCell(self.ws)
            for name, value in self.styles.get(kind, {}).items():
                setattr(cell, name, value)
            if literal:
                cell.quotePrefix = True
            self._style_ids[key] = f' s="{cell.style_id}"' if (cell.has_style or literal) else ""
        return self._style_ids[key]

    def encode(self, kinds: list[str], columns: list[list], first_row: int, wrap_width: int = 0) -> Encoded:
        """Rows from `first_row` on; rows whose "wide" texts wrap at `wrap_width` characters are made taller."""
        count = len(columns[0]) if columns else 0
        rows = range(first_row, first_row + count)
        fragments, widths, links = [], [], []
        for index, (kind, values) in enumerate(zip(kinds, columns), 1):
            letter = get_column_letter(index)
            if kind == "date":
                cells, width = self._dates(letter, rows, values), 10
            elif kind in self.NUMBER_KINDS:
                cells, width = self._numbers(letter, rows, values, kind)
            else:
                cells, width = self._texts(letter, rows, values, kind, links)
            fragments.append(cells)
            widths.append(width)
        heights = [""] * count
        if wrap_width:
            for kind, values, width in zip(kinds, columns, widths):
                if kind == "wide" and width > wrap_width:
                    for i, value in enumerate(values):
                        lines = min(wrapped_lines(value, wrap_width), MAX_ROW_LINES)
                        if lines > 1:
                            heights[i] = f' ht="{LINE_HEIGHT * lines}" customHeight="1"'
        rows_xml = [f'<row r="{r}"{height}>{"".join(parts)}</row>'
                    for r, height, parts in zip(rows, heights, zip(*fragments))]
        chunks = [EncodedRow(("".join(rows_xml[i:i + ROWS_PER_CHUNK]),))
                  for i in range(0, len(rows_xml), ROWS_PER_CHUNK)]
        return Encoded(chunks, widths, links)

    def _dates(self, letter, rows, values) -> list[str]:
        style = self.style("date")
        return [f'<c r="{letter}{r}"{style}><v>{v.toordinal() - _EXCEL_DAY_ZERO}</v></c>' if v is not None else ""
                for r, v in zip(rows, values)]

    def _numbers(self, letter, rows, values, kind) -> tuple[list[str], int]:
        style = self.style(kind)
        cells, widest = [], 0.0
        for r, v in zip(rows, values):
            if v is None:
                cells.append("")
                continue
            cells.append(f'<c r="{letter}{r}"{style}><v>{v!r}</v></c>')
            if abs(v) > widest:
                widest = abs(v)
        return cells, len(f"{widest:,.0f}") + 2

    def _texts(self, letter, rows, values, kind, links) -> tuple[list[str], int]:
        cells, widest, cache = [], 0, {}
        for r, value in zip(rows, values):
            linked = False
            if isinstance(value, Link):
                if (value.target or value.location) and len(links) < MAX_LINKS_PER_SHEET:
                    links.append((f"{letter}{r}", value.target, value.location))
                    linked = True
                value = value.label
            key = (value, linked)
            if key not in cache:
                cache[key] = self._text(value, "link" if linked else "text" if kind == "link" else kind)
            tail, width = cache[key]
            cells.append(f'<c r="{letter}{r}"{tail}' if tail else "")
            if width > widest:
                widest = width
        return cells, widest

    def _text(self, value, kind) -> tuple[str, int]:
        """A text cell after its reference, and its shown width; ("", 0) for no text."""
        if value is None or value != value:
            return "", 0
        text = clean_text(value)
        if not text:
            return "", 0
        style = self.style(kind, literal=text.startswith(FORMULA_STARTS))
        space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
        body = escape(text).replace("\r", "&#13;")
        width = max(map(len, text.split("\n")))
        return f'{style} t="inlineStr"><is><t{space}>{body}</t></is></c>', width
