"""Figures as rows of figures.csv: corrections, the state at a version, differences, and their text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tracker import schema
from tracker.model import FIGURE_FIELDS, Figure
from tracker.store.files import encode_csv, format_cell

FIGURE_CONTENT = tuple(c for c in schema.FIGURE_COLUMNS if c not in ("valid_from", "valid_to"))


@dataclass
class Change:
    """One figure that differs between two versions."""

    kind: str
    figure_id: str
    before: dict | None
    after: dict | None

    @property
    def fields(self) -> list[str]:
        if self.before is None or self.after is None:
            return []
        return [c for c in FIGURE_CONTENT if self.before[c] != self.after[c]]



def figure_row(figure: Figure, article_id: str) -> dict:
    """The content of a figure as written to figures.csv, before any correction."""
    row = {name: format_cell(getattr(figure, name)) for name in FIGURE_FIELDS}
    row.update(figure_id=figure.figure_id(article_id), article_id=article_id, status="auto")
    return {c: row[c] for c in FIGURE_CONTENT}


def normalise_correction(field_name: str, value: str) -> str:
    """The canonical text of a corrected value; ValueError names what is wrong."""
    if field_name not in schema.CORRECTABLE_FIELDS:
        raise ValueError(f"unknown field {field_name!r}; one of: {', '.join(schema.CORRECTABLE_FIELDS)}")
    spec = schema.FIELDS["figures"][field_name]
    constraints = spec.get("constraints", {})
    value = value.strip()
    if not value:
        if constraints.get("required"):
            raise ValueError(f"{field_name} cannot be empty")
        return ""
    if spec["type"] == "integer":
        digits = value.replace(",", "").replace("_", "")
        if not digits.isdigit():
            raise ValueError(f"{field_name} must be a whole number, not {value!r}")
        return str(int(digits))
    if spec["type"] == "date":
        try:
            return datetime.strptime(value, "%Y-%m-%d").date().isoformat()
        except ValueError:
            raise ValueError(f"{field_name} must be a date YYYY-MM-DD, not {value!r}") from None
    if "enum" in constraints:
        match = {v.lower(): v for v in constraints["enum"]}.get(value.lower())
        if match is None:
            raise ValueError(f"{field_name} must be one of: {', '.join(constraints['enum'])}")
        return match
    if "pattern" in constraints:
        import pycountry

        code = value.upper()
        if not re.fullmatch(constraints["pattern"], code) or pycountry.countries.get(alpha_3=code) is None:
            raise ValueError(f"{field_name} must be an ISO 3166-1 alpha-3 code, not {value!r}")
        return code
    return value


def apply_corrections(row: dict, corrections: list[dict]) -> dict:
    """A figure with its corrections applied in order; applying them twice changes nothing."""
    row = dict(row)
    for correction in corrections:
        if correction["action"] == "reject":
            row["status"] = "rejected"
        else:
            row[correction["field"]] = correction["value"]
            if row["status"] != "rejected":
                row["status"] = "corrected"
    return row


def figures_at(rows: list[dict], seq: int) -> dict[str, dict]:
    """The figures of version `seq`, by id, from the append-only rows of figures.csv."""
    state = {}
    for row in rows:
        if int(row["valid_from"]) <= seq and not (row["valid_to"] and int(row["valid_to"]) <= seq):
            state[row["figure_id"]] = row
    return state


def diff_figures(rows: list[dict], seq_a: int, seq_b: int) -> list[Change]:
    before, after = figures_at(rows, seq_a), figures_at(rows, seq_b)
    changes = []
    for figure_id in sorted(before.keys() | after.keys()):
        old, new = before.get(figure_id), after.get(figure_id)
        if old is None:
            changes.append(Change("added", figure_id, None, new))
        elif new is None:
            changes.append(Change("closed", figure_id, old, None))
        elif any(old[c] != new[c] for c in FIGURE_CONTENT):
            changes.append(Change("changed", figure_id, old, new))
    order = {"added": 0, "changed": 1, "closed": 2}
    changes.sort(key=lambda c: (order[c.kind], (c.after or c.before)["article_id"],
                                int((c.after or c.before)["start"]), c.figure_id))
    return changes


def next_semver(previous: str | None, schema_changed: bool, new_data: bool) -> str:
    """Frictionless Data Package Version: schema change MAJOR, new data MINOR, else PATCH."""
    if previous is None:
        return "1.0.0"
    major, minor, patch = (int(p) for p in previous.split("."))
    if schema_changed:
        return f"{major + 1}.0.0"
    if new_data:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"



def history_line(row: dict) -> str:
    return (f"{row['version']:>4}  {row['semver']:<9} {row['time']}  "
            f"articles +{row['articles_added']}  figures +{row['figures_added']} "
            f"~{row['figures_changed']} -{row['figures_closed']}  corrected {row['figures_corrected']}")


def _figure_summary(row: dict) -> str:
    value = f"{int(row['value']):,}" + (f"-{int(row['value_high']):,}" if row["value_high"] else "")
    parts = [row["country"] or "?", row["term"], value, row["unit"], f"({row['qualifier']})",
             row["source"] or "unattributed", row["date"] or "undated", row["status"]]
    return " ".join(parts)


def diff_lines(row_a: dict, row_b: dict, changes: list[Change]) -> list[str]:
    """`tracker diff` for people: a header, then one line per figure (+ added, - closed, ~ changed)."""
    counts = {kind: sum(c.kind == kind for c in changes) for kind in ("added", "changed", "closed")}
    lines = [f"figures {row_a['semver']} ({row_a['version']}) -> {row_b['semver']} ({row_b['version']}): "
             + ", ".join(f"{n} {kind}" for kind, n in counts.items())]
    for change in changes:
        if change.kind == "added":
            lines.append(f"+ {change.figure_id}  {_figure_summary(change.after)}")
        elif change.kind == "closed":
            lines.append(f"- {change.figure_id}  {_figure_summary(change.before)}")
        else:
            fields = "; ".join(f"{f} {change.before[f] or '-'} -> {change.after[f] or '-'}"
                               for f in change.fields)
            lines.append(f"~ {change.figure_id}  {_figure_summary(change.after)}  [{fields}]")
    return lines


DIFF_COLUMNS = ("change", "figure_id", "article_id", "field", "before", "after")


def diff_csv(changes: list[Change]) -> bytes:
    """`tracker diff --format csv`: one row per field that differs (every field of an added or
    closed figure)."""
    rows = []
    for change in changes:
        base = change.after or change.before
        fields = change.fields or [c for c in FIGURE_CONTENT if c not in ("figure_id", "article_id")]
        for name in fields:
            rows.append({"change": change.kind, "figure_id": change.figure_id,
                         "article_id": base["article_id"], "field": name,
                         "before": change.before[name] if change.before else "",
                         "after": change.after[name] if change.after else ""})
    return encode_csv(DIFF_COLUMNS, rows)
