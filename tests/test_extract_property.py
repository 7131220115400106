"""Properties of the extractor over generated text."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract.engine import extract_figures
from tracker.model import Article

FAST = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])

TEMPLATES = (
    ("More than {n} people have been displaced by fighting in Sudan.", "displaced"),
    ("Floods have displaced {n} people in Kenya, officials said.", "displaced"),
    ("About {n} families fled the clashes in eastern Congo.", "fled"),
    ("The storm destroyed {n} houses in Mozambique.", "destroyed"),
    ("Authorities evacuated {n} residents ahead of the cyclone in Bangladesh.", "evacuated"),
    ("Some {n} people are staying in evacuation centres in the Philippines.", "sheltered"),
    ("At least {n} refugees from South Sudan have arrived in Uganda.", "refugees"),
    ("The earthquake left {n} people homeless in Nepal.", "homeless"),
    ("Nearly {n} people have returned home to Ukraine.", "returned"),
    ("In Haiti, gang violence has forced {n} people from their homes.", "displaced"),
)


def with_commas(n: int) -> str:
    return f"{n:,}"


def with_spaces(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def with_thin_spaces(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


@settings(FAST)
@given(st.text())
def test_never_raises_on_arbitrary_text(text):
    """Any text yields a list of figures without raising."""
    assert isinstance(extract_figures(Article(text=text, name="x.txt")), list)


@settings(FAST)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-:%$\nabcdefled displaced people houses ")),
               max_size=200))
def test_never_raises_on_number_heavy_text(text):
    """Text dense in digits and separators yields a list without raising."""
    body = f"date 2024-03-08 Update\n\n{text}"
    assert isinstance(extract_figures(Article(text=body, name="x.txt", date="2024-03-08")), list)


@settings(FAST)
@given(st.sampled_from(TEMPLATES), st.integers(1, 10**8), st.sampled_from([with_commas, with_spaces]))
def test_templated_figure_has_the_stated_value(template, n, formatted):
    """A displacement sentence with a separated integer yields that integer as the figure's value."""
    template, term = template
    sentence = template.format(n=formatted(n))
    text = f"date 2024-03-08 Update\n\n{sentence}\n"
    figures = extract_figures(Article(text=text, name="x.txt", date="2024-03-08"))
    assert [(f.value, f.term) for f in figures] == [(n, term)], sentence
    assert type(figures[0].value) is int
    assert formatted(n) in text[figures[0].start:figures[0].end]


@settings(FAST)
@given(st.sampled_from(TEMPLATES), st.integers(1, 10**8))
def test_templated_figure_with_thin_spaces(template, n):
    """Narrow no-break spaces separate thousands like commas do."""
    sentence = template[0].format(n=with_thin_spaces(n))
    text = f"date 2024-03-08 Update\n\n{sentence}\n"
    figures = extract_figures(Article(text=text, name="x.txt", date="2024-03-08"))
    assert [f.value for f in figures] == [n], sentence
