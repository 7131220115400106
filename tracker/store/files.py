"""Bytes on disk: fixed CSV formatting, checksums, atomic writes."""
from __future__ import annotations

import csv
import hashlib
import io
import os
from pathlib import Path


def format_cell(value) -> str:
    """Fixed formatting: empty for null, integers without decimals, numbers to 3 decimals, and line
    breaks as `\\n` (a bare carriage return inside a field would end the row for some readers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def encode_csv(columns, rows, tag_row: dict | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    if tag_row is not None:
        writer.writerow([tag_row[c] for c in columns])
    for row in rows:
        writer.writerow([_one_line_break(row.get(c, "")) for c in columns])
    return buffer.getvalue().encode("utf-8")


def _one_line_break(value):
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


def read_rows(path: Path, columns) -> list[dict]:
    """The rows of a CSV as strings, under the current columns (missing ones empty)."""
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as handle:
        return [{c: row.get(c) or "" for c in columns} for row in csv.DictReader(handle)]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomic(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never a part: temporary file, fsync, rename."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_dir(path.parent)
