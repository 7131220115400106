"""The columns of every CSV under `datasets/`, written down once.

The store writes these files, the series, charts and report stages read them,
and `datapackage.json` describes them from here: each column's type,
description and constraints, each file's primary key. A change to any of it
changes `schema_fingerprint()`, which makes the next dataset version a MAJOR one.
"""
from __future__ import annotations

import hashlib
import json

from tracker.model import CAUSES, FIGURE_FIELDS, QUALIFIERS, SOURCES, TERMS, UNITS

ARTICLE_COLUMNS = ("article_id", "name", "url", "title", "date", "outlet", "country_hint",
                   "format", "encoding", "size", "sha256", "origin_sha256", "first_version",
                   "duplicate_of")

FIGURE_COLUMNS = ("figure_id", "article_id", "status", "valid_from", "valid_to",
                  *(f for f in FIGURE_FIELDS if f != "quote"), "quote")

SERIES_COLUMNS = ("country", "cause", "term", "unit", "source", "date", "value", "qualifier",
                  "value_high", "reports", "article_ids", "figure_ids")

HEADLINE_COLUMNS = ("country", "term", "unit", "date", "value", "qualifier", "value_high",
                    "source", "cause", "reports", "article_ids", "figure_ids", "location")

HXL_COLUMNS = {
    "country_code": "#country+code",
    "country_name": "#country+name",
    "location": "#adm1+name",
    "date": "#date+reported",
    "term": "#indicator+term",
    "unit": "#indicator+unit",
    "qualifier": "#indicator+qualifier",
    "idps": "#affected+idps",
    "refugees": "#affected+refugees",
    "returnees": "#affected+returnees",
    "houses": "#affected+houses",
    "value_high": "#affected+max",
    "cause": "#cause",
    "source": "#meta+source",
    "reports": "#meta+reports",
    "url": "#meta+url",
}
"""series-hxl.csv: the headline series, its value in the column of its term group."""

HXL_VALUE_COLUMN = {"displacement": "idps", "refugees": "refugees", "returned": "returnees",
                    "housing": "houses"}

CORRECTION_COLUMNS = ("figure_id", "action", "field", "value", "note", "author", "time")

REJECTED_COLUMNS = ("path", "reason", "first_version")

STATUSES = ("auto", "corrected", "rejected")
CORRECTION_ACTIONS = ("reject", "set")
CORRECTABLE_FIELDS = ("value", "value_high", "qualifier", "unit", "term", "country",
                      "destination", "location", "source", "date", "cause")

DATA_FILES = {
    "articles": "articles.csv",
    "figures": "figures.csv",
    "series": "series.csv",
    "headline": "headline.csv",
    "series-hxl": "series-hxl.csv",
    "corrections": "corrections.csv",
    "rejected": "rejected.csv",
    "datapackage": "datapackage.json",
}
"""Every file a version writes before `versions.csv`, in writing order."""

SHA_COLUMNS = {name: f"sha256_{name.replace('-', '_')}" for name in DATA_FILES}
"""The versions.csv column holding the checksum of each data file."""

VERSION_COLUMNS = ("version", "semver", "time", "tracker_version", "schema", "articles_added",
                   "figures_added", "figures_changed", "figures_closed", "figures_corrected",
                   *SHA_COLUMNS.values())

COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "series": SERIES_COLUMNS,
    "headline": HEADLINE_COLUMNS,
    "series-hxl": tuple(HXL_COLUMNS),
    "corrections": CORRECTION_COLUMNS,
    "rejected": REJECTED_COLUMNS,
    "versions": VERSION_COLUMNS,
}

_ISO3 = {"pattern": "^[A-Z]{3}$"}
_IDS = "Space-separated"


def _field(name, type_="string", description="", required=False, enum=None, **constraints):
    spec = {"name": name, "type": type_, "description": description}
    if required:
        constraints["required"] = True
    if enum is not None:
        constraints["enum"] = list(enum)
    if constraints:
        spec["constraints"] = constraints
    return spec


_FIGURE_FIELDS = {
    "value": _field("value", "integer", "The count as stated; for a range its lower end.", True, minimum=0),
    "value_high": _field("value_high", "integer", "The upper end of a range, else empty.", minimum=0),
    "qualifier": _field("qualifier", "string", "How the count is qualified (annotation guide).", True,
                        QUALIFIERS),
    "unit": _field("unit", "string", "What is counted.", True, UNITS),
    "term": _field("term", "string", "What happened to them (annotation guide, in precedence order).",
                   True, TERMS),
    "country": _field("country", "string", "ISO 3166-1 alpha-3 code of the country of the displacement "
                      "(for refugees their country of origin).", **_ISO3),
    "destination": _field("destination", "string", "For refugees: the ISO alpha-3 code of the country "
                          "they went to, when stated.", **_ISO3),
    "location": _field("location", "string", "The most specific place named for the figure."),
    "source": _field("source", "string", "Who the figure is attributed to, normalised.", enum=SOURCES),
    "date": _field("date", "date", "The date the figure refers to."),
    "cause": _field("cause", "string", "The cause of the displacement.", True, CAUSES),
    "quote": _field("quote", "string", "The sentence that states the figure."),
    "start": _field("start", "integer", "Offset of the number phrase in the archived article text.",
                    True, minimum=0),
    "end": _field("end", "integer", "End offset of the number phrase.", True, minimum=0),
    "confidence": _field("confidence", "number", "The extractor's own confidence.", minimum=0, maximum=1),
}

_SERIES_FIELDS = {
    "country": _FIGURE_FIELDS["country"],
    "cause": _FIGURE_FIELDS["cause"],
    "term": _FIGURE_FIELDS["term"],
    "unit": _FIGURE_FIELDS["unit"],
    "source": _FIGURE_FIELDS["source"],
    "date": _field("date", "date", "The date the figure refers to.", True),
    "value": _FIGURE_FIELDS["value"],
    "qualifier": _FIGURE_FIELDS["qualifier"],
    "value_high": _FIGURE_FIELDS["value_high"],
    "reports": _field("reports", "integer", "How many articles report this value.", True, minimum=1),
    "article_ids": _field("article_ids", "string", f"{_IDS} ids of the articles reporting it.", True),
    "figure_ids": _field("figure_ids", "string", f"{_IDS} ids of the figures behind it.", True),
    "location": _FIGURE_FIELDS["location"],
}

_VERSION_REF = "Sequence number of a dataset version (versions.csv)."

FIELDS = {
    "articles": {
        "article_id": _field("article_id", "string", "Hash of the article text with white space "
                             "normalised; the text is archived as archive/<article_id>.txt.", True),
        "name": _field("name", "string", "The file the article was read from, relative to the workspace.",
                       True),
        "url": _field("url", "string", "The article's address, when known."),
        "title": _field("title", "string", "The article's title."),
        "date": _field("date", "date", "Publication date."),
        "outlet": _field("outlet", "string", "The outlet or source that published it, when known."),
        "country_hint": _field("country_hint", "string", "The main country given by the source, if any."),
        "format": _field("format", "string", "The input format it was read from.", True),
        "encoding": _field("encoding", "string", "The character set the text was decoded from."),
        "size": _field("size", "integer", "Size of the input in bytes.", True, minimum=0),
        "sha256": _field("sha256", "string", "SHA-256 of the input bytes.", pattern="^[0-9a-f]{64}$"),
        "origin_sha256": _field("origin_sha256", "string", "SHA-256 of what held the article when that "
                                "is not the input itself (a JSON or feed file).", pattern="^[0-9a-f]{64}$"),
        "first_version": _field("first_version", "integer", "The version that first included it.", True),
        "duplicate_of": _field("duplicate_of", "string", "The article_id of an earlier article telling the "
                              "same story: its figures count as one report."),
    },
    "figures": {
        "figure_id": _field("figure_id", "string", "Stable id: the same number phrase of the same article "
                            "keeps it across re-extraction.", True),
        "article_id": _field("article_id", "string", "The article stating the figure.", True),
        "status": _field("status", "string", "auto as extracted; corrected or rejected by an analyst "
                         "(corrections.csv).", True, STATUSES),
        "valid_from": _field("valid_from", "integer", f"First version holding this row. {_VERSION_REF}",
                             True, minimum=1),
        "valid_to": _field("valid_to", "integer", "The version that replaced or removed this row; "
                           "empty while the row is current.", minimum=1),
        **{name: _FIGURE_FIELDS[name] for name in FIGURE_COLUMNS[5:]},
    },
    "series": {name: _SERIES_FIELDS[name] for name in SERIES_COLUMNS},
    "headline": {name: _SERIES_FIELDS[name] for name in HEADLINE_COLUMNS},
    "series-hxl": {
        "country_code": {**_FIGURE_FIELDS["country"], "name": "country_code"},
        "country_name": _field("country_name", "string", "The country's name."),
        "location": _FIGURE_FIELDS["location"],
        "date": _SERIES_FIELDS["date"],
        "term": _FIGURE_FIELDS["term"],
        "unit": _FIGURE_FIELDS["unit"],
        "qualifier": _FIGURE_FIELDS["qualifier"],
        "idps": _field("idps", "integer", "Internally displaced (displaced, fled, evacuated, sheltered, "
                       "homeless), in the row's unit."),
        "refugees": _field("refugees", "integer", "Refugees, in the row's unit."),
        "returnees": _field("returnees", "integer", "Returnees, in the row's unit."),
        "houses": _field("houses", "integer", "Houses destroyed or damaged."),
        "value_high": _FIGURE_FIELDS["value_high"],
        "cause": _FIGURE_FIELDS["cause"],
        "source": _FIGURE_FIELDS["source"],
        "reports": _SERIES_FIELDS["reports"],
        "url": _field("url", "string", f"{_IDS} addresses (or file names) of the articles reporting it."),
    },
    "corrections": {
        "figure_id": _field("figure_id", "string", "The corrected figure.", True),
        "action": _field("action", "string", "reject the figure, or set one field.", True,
                         CORRECTION_ACTIONS),
        "field": _field("field", "string", "The field set.", enum=CORRECTABLE_FIELDS),
        "value": _field("value", "string", "The value set; empty sets it to null."),
        "note": _field("note", "string", "Why.", True),
        "author": _field("author", "string", "Who made the correction."),
        "time": _field("time", "datetime", "When it was recorded (UTC).", True),
    },
    "rejected": {
        "path": _field("path", "string", "The input that could not be read.", True),
        "reason": _field("reason", "string", "Why.", True),
        "first_version": _field("first_version", "integer", "The version that first recorded it.", True),
    },
    "versions": {
        "version": _field("version", "integer", "Sequence number, from 1.", True, minimum=1),
        "semver": _field("semver", "string", "Semantic version (Frictionless Data Package Version).",
                          True, pattern=r"^\d+\.\d+\.\d+$"),
        "time": _field("time", "datetime", "When the version was written (UTC).", True),
        "tracker_version": _field("tracker_version", "string", "The tracker that wrote it.", True),
        "schema": _field("schema", "string", "Fingerprint of the table schemas.", True),
        "articles_added": _field("articles_added", "integer", "New articles.", True, minimum=0),
        "figures_added": _field("figures_added", "integer", "Figures that appeared.", True, minimum=0),
        "figures_changed": _field("figures_changed", "integer", "Figures re-extracted differently.", True,
                                  minimum=0),
        "figures_closed": _field("figures_closed", "integer", "Figures no longer extracted.", True,
                                 minimum=0),
        "figures_corrected": _field("figures_corrected", "integer", "Figures changed by corrections.",
                                    True, minimum=0),
        **{column: _field(column, "string", f"SHA-256 of {DATA_FILES[name]} as this version wrote it.",
                          pattern="^[0-9a-f]{64}$")
           for name, column in SHA_COLUMNS.items()},
    },
}

PRIMARY_KEYS = {
    "articles": ["article_id"],
    "figures": ["figure_id", "valid_from"],
    "series": ["country", "cause", "term", "unit", "source", "date"],
    "headline": ["country", "term", "unit", "date"],
    "rejected": ["path", "reason"],
    "versions": ["version"],
}

FOREIGN_KEYS = {
    "figures": [{"fields": "article_id", "reference": {"resource": "articles", "fields": "article_id"}}],
}

DESCRIPTIONS = {
    "articles": "One row per article ever ingested.",
    "figures": "Every extracted figure, append-only: a changed figure is a closed row plus a new row.",
    "series": "One point per (country, cause, term, unit, source, date) from the current figures, "
              "vague and rejected ones excluded.",
    "headline": "One figure per (country, term, unit, date): the most authoritative source, then the "
                "most reports, then the highest value.",
    "series-hxl": "The headline series with HXL hashtags in its second row.",
    "corrections": "Analysts' corrections, applied at every update.",
    "rejected": "Inputs that could not be read.",
    "versions": "One row per dataset version, with the SHA-256 of every file it wrote.",
}

for _name, _columns in COLUMNS.items():
    assert [spec["name"] for spec in FIELDS[_name].values()] == list(_columns), _name


def file_name(resource: str) -> str:
    return DATA_FILES.get(resource) or f"{resource}.csv"


def table_schema(resource: str) -> dict:
    schema = {"fields": [FIELDS[resource][c] for c in COLUMNS[resource]], "missingValues": [""]}
    if resource in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[resource]
    if resource in FOREIGN_KEYS:
        schema["foreignKeys"] = FOREIGN_KEYS[resource]
    return schema


def schema_fingerprint() -> str:
    """Changes whenever a column, type, constraint or key changes (not a description): such a
    version is a MAJOR one."""
    tables = {name: table_schema(name) for name in COLUMNS}
    for table in tables.values():
        table["fields"] = [{k: v for k, v in spec.items() if k != "description"} for spec in table["fields"]]
    text = json.dumps([tables, HXL_COLUMNS], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def data_package(version: str, hashes: dict[str, str], sizes: dict[str, int]) -> dict:
    """The Frictionless descriptor of a version; `hashes` and `sizes` let a validator check each file."""
    resources = []
    for name in COLUMNS:
        resource = {"name": name, "path": file_name(name), "profile": "tabular-data-resource",
                    "description": DESCRIPTIONS[name], "format": "csv", "mediatype": "text/csv",
                    "encoding": "utf-8"}
        if name == "series-hxl":
            resource["dialect"] = {"commentRows": [2]}
        if name in hashes:
            resource["hash"] = f"sha256:{hashes[name]}"
            resource["bytes"] = sizes[name]
        resource["schema"] = table_schema(name)
        resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": "tracker-displacement-figures",
        "title": "Forced-displacement figures reported in news articles",
        "version": version,
        "resources": resources,
    }
