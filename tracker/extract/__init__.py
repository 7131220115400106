"""Find displacement figures in article text (see the annotation guide).

The engine is imported on first use, so that its building blocks (numbers,
places, sources, dates) load on their own.
"""
from __future__ import annotations

__all__ = ["extract_figures"]


def __getattr__(name):
    if name == "extract_figures":
        from tracker.extract.engine import extract_figures

        return extract_figures
    raise AttributeError(name)
