"""The columns of every CSV under `datasets/`, written down once.

The store writes these files, the series, charts and report stages read them,
and `datapackage.json` describes them from here.
"""
from __future__ import annotations

from tracker.model import FIGURE_FIELDS

ARTICLE_COLUMNS = ("article_id", "name", "url", "title", "date", "outlet", "country_hint",
                   "format", "size", "sha256", "first_version", "duplicate_of")

FIGURE_COLUMNS = ("figure_id", "article_id", "status", "valid_from", "valid_to",
                  *(f for f in FIGURE_FIELDS if f != "quote"), "quote")

SERIES_COLUMNS = ("country", "cause", "term", "unit", "source", "date", "value", "qualifier",
                  "value_high", "reports", "article_ids", "figure_ids")

HEADLINE_COLUMNS = ("country", "term", "unit", "date", "value", "qualifier", "value_high",
                    "source", "cause", "reports", "article_ids", "figure_ids")

CORRECTION_COLUMNS = ("figure_id", "action", "field", "value", "note", "author", "time")

REJECTED_COLUMNS = ("path", "reason", "time")
