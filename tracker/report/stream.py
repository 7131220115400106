"""A write-only worksheet that serialises whole rows at once.

openpyxl builds an object and an XML element for every cell, which costs
about 4 microseconds a cell; a report of 50,000 figures has millions of
cells. Here a row of plain values is turned into one XML string by column
rules fixed in advance, parsed once and streamed through openpyxl's own
writer, so tables, charts, images, links and styles still go through openpyxl.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.hyperlink import Hyperlink

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
    def write_row(self, xf, row, row_idx):
        if isinstance(row, EncodedRow):
            xf.write(fromstring(row[0]))
        else:
            super().write_row(xf, row, row_idx)


class EncodedRow(tuple):
    """(xml,): a row already serialised, for `StreamedSheet.append`."""


class StreamedSheet(WriteOnlyWorksheet):
    """A write-only worksheet that also accepts `EncodedRow`s."""

    def _get_writer(self):
        if self._writer is None:
            self._writer = _RowWriter(self)
            self._writer.write_top()

    def _values_to_row(self, values, row_idx):
        if isinstance(values, EncodedRow):
            return values
        return super()._values_to_row(values, row_idx)

    def add_links(self, links: list[Hyperlink]) -> None:
        """Hyperlinks of encoded rows; call after the first row is appended."""
        self._hyperlinks.extend(links)


def add_streamed_sheet(workbook, title: str) -> StreamedSheet:
    sheet = StreamedSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


_EXCEL_DAY_ZERO = date(1899, 12, 30).toordinal()


@dataclass
class Encoded:
    """Rows of a sheet as XML, the widest shown text of each column, and the rows' hyperlinks."""

    rows: list[EncodedRow]
    widths: list[int]
    links: list[Hyperlink]


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

    def encode(self, kinds: list[str], columns: list[list], first_row: int) -> Encoded:
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
        encoded = [EncodedRow((f'<row r="{r}">{"".join(parts)}</row>',))
                   for r, parts in zip(rows, zip(*fragments))]
        return Encoded(encoded, widths, links)

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
        plain, literal = self.style(kind), self.style(kind, literal=True)
        link_style = self.style("link")
        link_literal = self.style("link", literal=True)
        cells, widest = [], 0
        for r, value in zip(rows, values):
            style, quoted = plain, literal
            if isinstance(value, Link):
                if (value.target or value.location) and len(links) < MAX_LINKS_PER_SHEET:
                    links.append(Hyperlink(ref=f"{letter}{r}", target=value.target, location=value.location))
                    style, quoted = link_style, link_literal
                value = value.label
            if value is None or value != value:
                cells.append("")
                continue
            text = clean_text(value)
            if not text:
                cells.append("")
                continue
            if text.startswith(FORMULA_STARTS):
                style = quoted
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            body = escape(text).replace("\r", "&#13;")
            cells.append(f'<c r="{letter}{r}"{style} t="inlineStr"><is><t{space}>{body}</t></is></c>')
            width = len(text) if "\n" not in text else max(map(len, text.split("\n")))
            if width > widest:
                widest = width
        return cells, widest
