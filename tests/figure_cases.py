"""Table rows for the figure tests: a short article, the fields its figures must have, and the checks on them."""
from __future__ import annotations

import pytest

from tracker.extract.engine import extract_figures
from tracker.model import Article

PUBLISHED = "2024-03-08"
TITLE = "Humanitarian update"


def article(body, title=TITLE, date=PUBLISHED):
    text = f"date {date} {title}\n\n{body}\n"
    return Article(text=text, name="article.txt", date=date)


def fig(body, *, id, title=TITLE, xfail=None, **expected):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(title, body, expected, id=id, marks=marks)


def fields(figure, names):
    return {name: getattr(figure, name) for name in names}


def single_figure(title, body, expected):
    """A sentence stating one figure yields exactly that figure, quoted and located in the text."""
    a = article(body, title=title)
    figures = extract_figures(a)
    assert len(figures) == 1, figures
    assert fields(figures[0], expected) == expected
    assert figures[0].quote in body
    assert a.text[figures[0].start:figures[0].end] in figures[0].quote


def several_figures(title, body, expected):
    """Each distinct count is its own figure, in text order."""
    figures = extract_figures(article(body, title=title))
    wanted = expected["figures"]
    assert len(figures) == len(wanted), figures
    for figure, fields_ in zip(figures, wanted):
        assert fields(figure, fields_) == fields_


def no_figure(title, body):
    """Numbers that are not displacement counts yield no figure."""
    assert extract_figures(article(body, title=title)) == []
