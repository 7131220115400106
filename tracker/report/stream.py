"""A write-only worksheet that serialises whole rows at once.

openpyxl builds an object and an XML element for every cell, which costs
about 4 microseconds a cell; a report of 50,000 figures has millions of
cells. Here a row of plain values is turned into one XML string by column
rules fixed in advance, parsed once and streamed through openpyxl's own
writer, so tables, charts, images, links and styles still go through openpyxl.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
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
            encoder, values = row
            xf.write(fromstring(encoder.encode(values, row_idx)))
        else:
            super().write_row(xf, row, row_idx)


class EncodedRow(tuple):
    """(encoder, values): a row that `StreamedSheet` serialises with `RowEncoder.encode`."""


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

    def add_link(self, link: Hyperlink) -> bool:
        """Keep a hyperlink unless the sheet already holds as many as Excel can."""
        if len(self._hyperlinks) >= MAX_LINKS_PER_SHEET:
            return False
        self._hyperlinks.append(link)
        return True


def add_streamed_sheet(workbook, title: str) -> StreamedSheet:
    sheet = StreamedSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


class RowEncoder:
    """Serialises rows of one sheet; `kinds` gives each column's kind, `styles` the cell style per kind."""

    def __init__(self, ws: StreamedSheet, kinds: list[str], styles: dict[str, dict]):
        self.ws = ws
        self.kinds = kinds
        self.letters = [get_column_letter(i) for i in range(1, len(kinds) + 1)]
        self.epoch = ws.parent.epoch
        self._style_ids: dict[tuple, str] = {}
        self._styles = styles

    def style_id(self, kind: str, literal: bool = False) -> str:
        key = (kind, literal)
        if key not in self._style_ids:
            cell = WriteOnlyCell(self.ws)
            for name, value in self._styles.get(kind, {}).items():
                setattr(cell, name, value)
            if literal:
                cell.quotePrefix = True
            self._style_ids[key] = str(cell.style_id) if (cell.has_style or literal) else ""
        return self._style_ids[key]

    def row(self, values: list) -> EncodedRow:
        return EncodedRow((self, values))

    def encode(self, values: list, row_idx: int) -> str:
        parts = [f'<row r="{row_idx}">']
        for letter, kind, value in zip(self.letters, self.kinds, values):
            ref = f"{letter}{row_idx}"
            if isinstance(value, Link):
                label = value.label
                if value.target or value.location:
                    linked = self.ws.add_link(Hyperlink(ref=ref, target=value.target, location=value.location))
                    kind = "link" if linked else "text"
                value = label
            cell = self._cell(ref, kind, value)
            if cell:
                parts.append(cell)
        parts.append("</row>")
        return "".join(parts)

    def _cell(self, ref: str, kind: str, value) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return ""
        if isinstance(value, (datetime, date)):
            style = self.style_id(kind)
            return f'<c r="{ref}" s="{style}"><v>{to_excel(value, self.epoch)}</v></c>'
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, (int, float)):
            style = self.style_id(kind)
            number = repr(int(value)) if float(value).is_integer() else repr(float(value))
            styled = f' s="{style}"' if style else ""
            return f'<c r="{ref}"{styled}><v>{number}</v></c>'
        text = clean_text(value)
        if not text:
            return ""
        style = self.style_id(kind, literal=text.startswith(FORMULA_STARTS))
        styled = f' s="{style}"' if style else ""
        space = ' xml:space="preserve"' if text != text.strip() else ""
        body = escape(text).replace("\r", "&#13;")
        return f'<c r="{ref}"{styled} t="inlineStr"><is><t{space}>{body}</t></is></c>'
