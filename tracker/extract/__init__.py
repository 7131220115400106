"""Find displacement figures in article text (see the annotation guide)."""
from tracker.extract.engine import extract_figures

__all__ = ["extract_figures"]
