"""Cells that are safe to hand on: literal text, valid sheet names, links only where expected."""
from __future__ import annotations

import math
import re

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Text starting with one of these could be read as a formula by a spreadsheet program."""
MAX_CELL_TEXT = 32_767
MAX_SHEET_TITLE = 31
MAX_LINKS_PER_SHEET = 65_000
"""Excel keeps at most 65,530 hyperlinks in one worksheet."""
MAX_URL = 2_000
RESERVED_TITLES = {"history"}

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_WEB_URL = re.compile(r"^https?://[^\s\x00-\x1f\"<>]+$", re.IGNORECASE)
FONT_NAME = "Calibri"
"""openpyxl's default font; fonts without a name show as a serif face in LibreOffice."""
LINK_FONT = Font(name=FONT_NAME, color="0563C1", underline="single")


def clean_text(value) -> str:
    """Text without the characters XML cannot hold, cut to what a cell can hold."""
    text = _ILLEGAL.sub("", str(value))
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 3] + "..."


def text_cell(ws, value, alignment=None):
    """A value for `append`: plain text, or a literal-text cell when it could pass for a formula."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = clean_text(value)
    if not text:
        return None
    literal = text.startswith(FORMULA_STARTS)
    if not literal and alignment is None:
        return text
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"
    if literal:
        cell.quotePrefix = True
    if alignment is not None:
        cell.alignment = alignment
    return cell


def styled(ws, value, number_format: str | None = None, font: Font | None = None, alignment=None):
    cell = WriteOnlyCell(ws, value)
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def web_url(value) -> str | None:
    """An http(s) address fit to be a link target, else None."""
    url = str(value or "").strip()
    return url if len(url) <= MAX_URL and _WEB_URL.match(url) else None


def sheet_location(title: str, cell: str = "A1") -> str:
    return "'" + title.replace("'", "''") + "'!" + cell


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid sheet name for any text, unique (ignoring case) among `taken`, which it joins."""
    base = " ".join(_SHEET_FORBIDDEN.sub(" ", _ILLEGAL.sub("", name)).split())
    base = base[:MAX_SHEET_TITLE].strip().strip("'").strip() or "Sheet"
    candidate, number = base, 2
    while candidate.casefold() in taken or candidate.casefold() in RESERVED_TITLES:
        suffix = f" ({number})"
        candidate = base[: MAX_SHEET_TITLE - len(suffix)].rstrip().rstrip("'") + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate
