"""Placeholder engine, replaced by the rule-based extractor."""
from __future__ import annotations

from tracker.model import Article, Figure


def extract_figures(article: Article) -> list[Figure]:
    return []
