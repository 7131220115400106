"""The series derived from current figures: which figures count, one point per key, the headline rule."""
from __future__ import annotations

from tracker.schema import FIGURE_COLUMNS
from tracker.series import headline_rows, hxl_rows, series_rows

_counter = iter(range(1, 10_000))


def row(article_id="a1", **fields) -> dict:
    """A current figures.csv row, as the store writes it."""
    values = dict.fromkeys(FIGURE_COLUMNS, "")
    values.update(figure_id=f"f{next(_counter):03d}", article_id=article_id, status="auto",
                  valid_from="1", value="70000", qualifier="approximately", unit="people",
                  term="displaced", country="SDN", source="IOM", date="2023-04-24", cause="conflict",
                  start="0", end="5")
    values.update(fields)
    return values


def test_vague_rejected_undated_and_countryless_figures_are_left_out():
    kept = row(value="100")
    figures = [kept, row(qualifier="vague", value="2000"), row(status="rejected", value="5"),
               row(date="", value="6"), row(country="", value="7"), row(status="corrected", value="8",
                                                                         term="fled")]
    assert sorted(r["value"] for r in series_rows(figures)) == ["100", "8"]


def test_the_same_figure_in_several_articles_is_one_point():
    figures = [row("a1"), row("a2"), row("a3", date="2023-04-25")]
    points = series_rows(figures)
    assert [(p["date"], p["reports"], p["article_ids"]) for p in points] == [
        ("2023-04-24", "2", "a1 a2"), ("2023-04-25", "1", "a3")]
    assert len(points[0]["figure_ids"].split()) == 2


def test_copies_of_one_story_count_as_one_report():
    figures = [row("a1"), row("copy"), row("copy-of-copy"), row("other")]
    (point,) = series_rows(figures, {"copy": "a1", "copy-of-copy": "copy"})
    assert (point["reports"], point["article_ids"]) == ("2", "a1 copy copy-of-copy other")


def test_disagreeing_figures_prefer_national_then_most_reports_then_highest():
    located = [row("a1", value="90000", location="Khartoum"), row("a2", value="90000", location="Khartoum")]
    assert series_rows([*located, row("a3", value="60000")])[0]["value"] == "60000"
    assert series_rows([row("a1", value="50000"), row("a2", value="50000"),
                        row("a3", value="60000")])[0]["value"] == "50000"
    assert series_rows([row("a1", value="50000"), row("a2", value="60000")])[0]["value"] == "60000"


def test_headline_prefers_source_authority_then_reports_then_value():
    figures = [row("a1", source="GOV", value="80000"), row("a2", source="GOV", value="80000"),
               row("a3", source="IOM", value="70000"), row("a4", source="OCHA", value="75000")]
    (point,) = headline_rows(series_rows(figures))
    assert (point["source"], point["value"], point["reports"]) == ("IOM", "70000", "1")
    figures = [row("a1", source="", value="10"), row("a2", source="", value="10", cause="disaster"),
               row("a3", source="", value="12", cause="other")]
    (point,) = headline_rows(series_rows(figures))
    assert (point["value"], point["cause"]) == ("12", "other")


def test_headline_has_one_point_per_country_term_unit_and_date():
    figures = [row(term="displaced"), row(term="refugees", destination="TCD", source="UNHCR"),
               row(unit="households"), row(country="SSD"), row(date="2023-04-30")]
    points = headline_rows(series_rows(figures))
    assert len(points) == 5
    assert len({(p["country"], p["term"], p["unit"], p["date"]) for p in points}) == 5


def test_hxl_rows_put_the_value_in_the_column_of_its_term_group():
    figures = [row("a1", term="refugees", value="5000"), row("a2", term="destroyed", unit="houses",
                                                             value="300", location="Omdurman")]
    articles = {"a1": {"url": "https://example.org/a1", "name": "articles/a1.txt"},
                "a2": {"url": "", "name": "articles/a2.txt"}}
    rows = hxl_rows(headline_rows(series_rows(figures)), articles)
    by_term = {r["term"]: r for r in rows}
    assert (by_term["refugees"]["refugees"], by_term["refugees"]["idps"]) == ("5000", "")
    assert by_term["refugees"]["url"] == "https://example.org/a1"
    assert (by_term["destroyed"]["houses"], by_term["destroyed"]["location"]) == ("300", "Omdurman")
    assert by_term["destroyed"]["url"] == "articles/a2.txt"
    assert by_term["destroyed"]["country_name"] == "Sudan"
