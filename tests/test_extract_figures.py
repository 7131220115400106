"""Figures of short articles: duplicates, offsets, value types and confidence."""
from __future__ import annotations

import pytest

from figure_cases import TITLE, article, fig
from tracker.extract.engine import extract_figures


def test_title_and_body_are_one_figure_quoted_from_the_title():
    """The same count in title and body is one figure; its quote is the title without the header prefix."""
    a = article("Floods have displaced 5,000 people in Kenya, officials said.",
                title="Floods displace 5,000 people in Kenya")
    figures = extract_figures(a)
    assert len(figures) == 1
    assert figures[0].value == 5_000
    assert figures[0].quote == "Floods displace 5,000 people in Kenya"
    assert a.text[figures[0].start:figures[0].end].find("5,000") >= 0
    assert figures[0].start < a.text.index("\n")


def test_repeated_body_figure_is_one_figure():
    """A count repeated in the body is one figure quoted at its first mention."""
    body = ("About 8,000 people were displaced by floods in Malawi.\n\n"
            "Aid workers said the 8,000 displaced people need shelter.")
    figures = extract_figures(article(body))
    assert [f.value for f in figures] == [8_000]
    assert figures[0].quote == "About 8,000 people were displaced by floods in Malawi."


OFFSETS = [
    fig("More than 12,000 people have been displaced by fighting in Sudan.", id="digits", number="12,000"),
    fig("Fighting has displaced 3.5 million people in Myanmar.", id="scale-word", number="3.5 million"),
    fig("Two million Somalis have been displaced by drought.", id="words", number="Two million"),
    fig("KHARTOUM, March 7 (Reuters) - About 9,000 people fled the fighting in Sudan.", id="after-dateline",
        number="9,000"),
    fig("The storm hit.\n\nIt destroyed 640 houses in Fiji.", id="second-paragraph", number="640"),
]


@pytest.mark.parametrize("title, body, expected", OFFSETS)
def test_offsets_point_at_the_number(title, body, expected):
    """start and end are offsets into the article text that cover the number phrase."""
    a = article(body, title=title)
    (figure,) = extract_figures(a)
    assert expected["number"] in a.text[figure.start:figure.end]
    assert a.text[figure.start:figure.end] in figure.quote
    assert figure.quote in a.text


def test_values_are_ints_and_fields_in_vocabulary():
    """Every figure uses the guide's vocabularies and exact integers."""
    from tracker.model import CAUSES, QUALIFIERS, SOURCES, TERMS, UNITS

    import test_figures_causes, test_figures_dates, test_figures_places, test_figures_sources, test_figures_terms

    rows = [row for module in (test_figures_terms, test_figures_places, test_figures_sources, test_figures_dates,
                               test_figures_causes) for row in module.SINGLE]
    body = " ".join(p.values[1] for p in rows)
    for figure in extract_figures(article(body)):
        assert type(figure.value) is int
        assert figure.value_high is None or type(figure.value_high) is int
        assert figure.term in TERMS and figure.unit in UNITS and figure.qualifier in QUALIFIERS
        assert figure.cause in CAUSES and (figure.source is None or figure.source in SOURCES)
        assert 0 <= figure.confidence <= 1


def test_confidence_falls_with_weaker_evidence():
    """A figure read from its own words, with a named source and place, outranks one that borrows them."""
    sure = extract_figures(article("The IOM said 12,000 people were displaced in Sudan."))[0]
    borrowed = extract_figures(article("In India, authorities evacuated 500,000 people in Assam and about 150,000 "
                                       "in the neighbouring state."))[1]
    vague = extract_figures(article("Thousands of people fled the fighting in Sudan."))[0]
    assert sure.confidence > borrowed.confidence > vague.confidence
    assert sure.confidence >= 0.95 and vague.confidence < 0.7


def test_a_hedged_count_asks_for_a_look():
    """`may have been displaced` is a figure, but less sure than the same count stated plainly."""
    plain = extract_figures(article("The IOM said 12,000 people were displaced in Sudan."))[0]
    hedged = extract_figures(article("The IOM said 12,000 people may have been displaced in Sudan."))[0]
    assert hedged.value == plain.value == 12_000
    assert hedged.confidence <= plain.confidence - 0.2


def test_a_quotation_is_attributed_where_it_closes():
    body = ("BNPB's data centre head Abdul Muhari said the evacuees were in 23 posts in Flores, Indonesia.\n\n"
            "\"The assessment recorded 1,117 houses damaged. A church was also hit,\" Muhari said.")
    figures = extract_figures(article(body))
    assert [(f.value, f.term, f.source) for f in figures] == [(1_117, "damaged", "GOV")]


def test_a_country_named_only_in_the_dateline_is_the_articles_country():
    body = ("BENI, Congo, March 8 (Reuters) - About 6,000 people fled Oicha on Thursday after an attack, "
            "local officials said.\n\nThe violence has displaced some 15,000 people this month.")
    figures = extract_figures(article(body))
    assert [(f.value, f.country) for f in figures] == [(6_000, "COD"), (15_000, "COD")]
