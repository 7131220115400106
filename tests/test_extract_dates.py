"""The date a figure refers to, from its sentence and the publication date."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from tracker.extract.dates import earlier_count_date, resolve_date

FRIDAY = "2024-03-08"


def case(*values, id, xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(*values, id=id, marks=marks)


def test_publication_day_is_a_friday():
    """The weekday cases below assume this."""
    assert dt.date.fromisoformat(FRIDAY).strftime("%A") == "Friday"


CASES = [
    case("The 2023 year-end total included 31.6 million refugees.", FRIDAY, "2023-12-31", id="a-year-s-year-end-total"),
    case("At year-end 2023, some 68.3 million people were internally displaced.", FRIDAY, "2023-12-31", id="at-year-end-of-a-year"),
    case("About 3,000 people were displaced.", FRIDAY, FRIDAY, id="undated-keeps-publication"),
    case("As of Monday, 3,000 people were displaced.", FRIDAY, "2024-03-04", id="as-of-monday"),
    case("3,000 people were displaced, officials said on Monday.", FRIDAY, "2024-03-04",
         id="said-on-monday"),
    case("3,000 people fled on Friday.", FRIDAY, FRIDAY, id="on-friday-same-day"),
    case("3,000 people fled on Saturday.", FRIDAY, "2024-03-02", id="on-saturday-last-week"),
    case("3,000 people fled on Wednesday night.", FRIDAY, "2024-03-06", id="wednesday-night"),
    case("3,000 people have fled since Friday.", FRIDAY, FRIDAY, id="since-friday-keeps-publication"),
    case("3,000 people have fled since Monday.", FRIDAY, FRIDAY, id="since-monday-keeps-publication"),
    case("3,000 people have fled since April 15.", "2024-05-02", "2024-05-02",
         id="since-april-15-keeps-publication"),
    case("3,000 people were displaced on 5 March.", FRIDAY, "2024-03-05", id="on-5-march"),
    case("As of March 5, 3,000 people were displaced.", FRIDAY, "2024-03-05", id="as-of-march-5"),
    case("The agency said on August 5 that 3,000 people fled.", "2023-08-10", "2023-08-05",
         id="on-august-5"),
    case("As of 5th August, 3,000 people were displaced.", "2023-08-10", "2023-08-05",
         id="ordinal-day"),
    case("By the end of July, 3,000 people had fled.", "2023-08-10", "2023-07-31", id="end-of-july"),
    case("By the end of February, 3,000 people had fled.", FRIDAY, "2024-02-29", id="end-of-february-leap"),
    case("3,000 people were displaced at the end of March 2023, the last published count.", FRIDAY, "2023-03-31",
         id="end-of-month-with-year"),
    case("About 7,000 people were displaced between 10 and 13 May.", "2024-05-16", "2024-05-13", id="span-of-days-ends"),
    case("Some 125,000 people remained displaced at the end of last year.", "2024-07-10", "2023-12-31", id="end-of-last-year"),
    case("More than 500 people sought refuge in Guatemala last July.", "2025-01-31", "2024-07-31", id="last-month-name"),
    case("Floods displaced 5,000 people in Kenya last May.", "2025-06-10", "2025-05-31", id="last-month-name-this-year"),
    case("About 659,000 people were displaced at the end of 2022.", "2023-10-02", "2022-12-31", id="end-of-a-year"),
    case("About 15,000 people sought asylum in the first half of the year.", "2024-10-25", "2024-06-30",
         id="first-half-of-the-year"),
    case("On Sunday evening the administration had put the number of evacuees at 4,073, and by Monday it had reached 5,700.",
         "2024-05-14", "2024-05-12", id="a-date-opening-the-next-clause-dates-its-count"),
    case("About 15,000 people fled in the first half of the year.", "2024-05-01", "2024-05-01",
         id="half-year-not-over-keeps-publication"),
    case("Evictions forced 90,000 people out of settlements in the first four months of the year.", "2023-05-25",
         "2023-04-30", id="first-months-of-the-year"),
    case("In the first quarter of 2023, some 5,000 families fled.", "2023-06-02", "2023-03-31", id="first-quarter"),
    case("About 7,400 people fled Kenscoff commune between 27 January and 3 February.", "2025-03-19", "2025-02-03",
         id="between-two-dates-of-different-months"),
    case("In Zambezia, 4,210 people had returned to their homes by the afternoon of 11 March.", "2025-03-19", "2025-03-11",
         id="by-the-afternoon-of"),
    case("The IOM said about 11,200 people had fled Zamzam between Friday and Monday.", "2025-03-12", "2025-03-10",
         id="between-two-weekdays"),
    case("About 800 families fled in the last quarter of last year.", "2024-02-10", "2023-12-31", id="last-quarter-of-last-year"),
    case("Status of displaced population (as of 6:00 AM, 18 November):", "2024-11-20", "2024-11-18", id="as-of-a-time-and-day"),
    case("The agency said in October that 6.9 million people were displaced.", "2023-12-28", "2023-10-31", id="in-a-month"),
    case("In the whole of 2023, about 650,000 people returned.", "2025-07-24", "2023-12-31", id="in-a-year"),
    case("In May 2022 more than 7 million people had fled.", "2025-02-20", "2022-05-31", id="in-a-month-and-year"),
    case("Last year the province took in some 30,000 refugees.", "2024-03-29", "2023-12-31", id="last-year"),
    case("In November, 3,000 people fled.", "2024-11-15", "2024-11-15", id="month-not-over-keeps-publication"),

    case("In the four weeks to 9 August, 3,000 people fled.", "2023-08-20", "2023-08-09",
         id="weeks-to-date"),
    case("By Friday, 3,000 people had fled.", "2024-03-10", FRIDAY, id="by-friday"),
    case("Yesterday 3,000 people fled the town.", FRIDAY, "2024-03-07", id="yesterday"),
    case("3,000 people fled today.", FRIDAY, FRIDAY, id="today"),
    case("As of December 28, 3,000 people were displaced.", "2024-01-05", "2023-12-28",
         id="year-rollover-december"),
    case("3,000 people fled on 30 December.", "2024-01-03", "2023-12-30", id="year-rollover-day-month"),
    case("As of 5 March 2023, 3,000 people were displaced.", FRIDAY, "2023-03-05", id="explicit-year"),
    case("3,000 people were displaced; a conference opens on 20 March.", FRIDAY, FRIDAY,
         id="future-day-ignored"),
    case("3,000 people were displaced; aid is due on 5 April 2024.", FRIDAY, FRIDAY,
         id="future-explicit-year-ignored"),
    case("3,000 people were displaced; shelters will close by the end of April.", FRIDAY, FRIDAY,
         id="future-month-end-ignored"),
]


@pytest.mark.parametrize("sentence, published, expected", CASES)
def test_resolve_date(sentence, published, expected):
    """Dated words in the sentence date the figure; periods and future dates do not."""
    assert resolve_date(sentence, published) == expected


def test_the_date_nearest_the_number_phrase_dates_it():
    sentence = "The number fell from 185,000 on Tuesday to 60,000 by Thursday."
    start = sentence.index("60,000")
    assert resolve_date(sentence, "2024-11-28", start, start + len("60,000")) == "2024-11-28"
    start = sentence.index("185,000")
    assert resolve_date(sentence, "2024-11-28", start, start + len("185,000")) == "2024-11-26"


def test_a_period_in_a_clause_about_the_people_does_not_date_the_count():
    sentence = "Camps house 120,000 people who were displaced in 2012."
    start = sentence.index("120,000")
    assert resolve_date(sentence, "2023-05-16", start, start + 7) == "2023-05-16"


def test_no_publication_date_gives_none():
    """Without a publication date relative words cannot be resolved."""
    assert resolve_date("As of Monday, 3,000 people were displaced.", None) is None


def test_nearest_expression_wins():
    """With two dates in a sentence, the one nearest the number is used."""
    sentence = "On Monday 3,000 people fled, and on Wednesday 5,000 more were displaced."
    near = sentence.index("5,000")
    assert resolve_date(sentence, FRIDAY, near=near) == "2024-03-06"
    assert resolve_date(sentence, FRIDAY, near=sentence.index("3,000")) == "2024-03-04"


AROUND_THE_NUMBER = [
    case("The volcano erupted repeatedly in April, and authorities evacuated about 12,000 people.", "2024-12-30",
         "2024-04-30", id="an-event-clause-dates-a-past-figure"),
    case("In Sialkot, 250 houses were damaged when flash floods hit the city on Monday night.", "2025-08-27",
         "2025-08-25", id="a-when-clause-dates-a-past-figure"),
    case("The offensive launched in December has forced 900,000 people to flee.", "2020-02-18", "2020-02-18",
         id="an-event-date-does-not-date-a-count-still-true"),
    case("More than 160,000 houses were destroyed by the earthquake that struck on April 25, the ministry said.",
         "2015-05-05", "2015-05-05", id="a-relative-clause-about-the-event-dates-nothing"),
    case("The country is still rebuilding after the 2022 floods, which displaced about 8 million people.", "2024-11-15",
         "2022-12-31", id="a-past-years-event"),
    case("About 77,000 people displaced by last year's floods had returned by the end of February.", "2024-05-10",
         "2024-02-29", id="last-years-event-is-no-date"),
    case("The IOM recorded fewer than 40,000 newly displaced people this year, far below the 160,000 it counted in 2021.",
         "2023-12-28", "2023-12-28", id="this-year"),
    case("A total of 635,000 people had been displaced in Afghanistan this year as of Monday, the IOM said.", "2021-09-21",
         "2021-09-20", id="an-as-of-date-beats-this-year"),
    case("About 400 residents who were evacuated on Monday were allowed to return home on Wednesday.", "2024-03-08",
         "2024-03-06", id="a-date-in-a-clause-about-the-people"),
    case("Some 2,000 people who fled on Sunday are sheltering in schools.", "2024-03-08", "2024-03-03",
         id="the-only-date-is-the-clause-date"),
    case("About 9,000 people have been forced from their homes by wildfires, the province said Saturday.", "2024-03-08",
         "2024-03-02", id="said-saturday"),
    case("The ministry said 12,300 refugees had returned between December 9 and February 27.", "2024-03-08",
         "2024-02-27", id="a-span-gives-its-end"),
    case("About 1,400 people had been displaced by Tuesday's landslide, the IOM said.", "2024-03-08", "2024-03-08",
         id="a-weekday-naming-an-event"),
    case("In Canada, wildfires forced about 25,000 residents to evacuate the town of Jasper in July, IDMC said.", "2025-05-13",
         "2024-07-31", id="a-month-of-last-year"),
    case("Some 185,000 people now live in 108 sites, compared with 73 sites in June.", "2025-01-14", "2025-01-14",
         id="a-month-in-a-comparison"),
    case("Floods displaced more than 200 families in Garissa county in April, officials said.", "2024-05-10", "2024-04-30",
         id="more-than-is-no-comparison"),
    case("Almost a million people have crossed since the war began, the border guard said on Tuesday, with about 40,000 "
         "arriving on Sunday alone.", "2024-03-08", "2024-03-03", id="a-day-in-the-figures-clause-beats-the-speakers-day"),
    case("The agency said on Thursday, about 40,000 people had been evacuated.", "2024-03-08", "2024-03-07",
         id="the-speakers-day-when-the-clause-has-none"),
    case("The army said on Monday that about 5,000 people had fled since Friday.", "2024-03-08", "2024-03-04",
         id="a-starting-day-does-not-beat-the-speakers-day"),
    case("A network of charities said police had evicted more than 12,000 people between April 2023 and May 2024.",
         "2024-07-25", "2024-05-31", id="a-span-of-months-of-two-years-gives-its-end"),
    case("About 1 million people were displaced by the offensive on Idlib between December 2019 and March 2020.",
         "2021-03-15", "2020-03-31", id="a-span-of-months-across-a-new-year"),
]


@pytest.mark.parametrize("sentence, published, expected", AROUND_THE_NUMBER)
def test_resolve_date_around_the_number(sentence, published, expected):
    """Event clauses and past years' events date a figure told in the past tense, by where its number stands."""
    number = re.search(r"(?<!the )(?:about |more than |fewer than )?\b\d[\d,]*(?: million)?", sentence)
    assert resolve_date(sentence, published, number.start(), number.end()) == expected


@pytest.mark.parametrize("sentence, date, expected", [
    ("346,209 displaced as of 30 September, up from 211,319 a week earlier.", "2024-09-30", "2024-09-23"),
    ("23,500 in shelters on Tuesday, up from 14,000 a day earlier.", "2016-04-19", "2016-04-18"),
    ("8,000 in camps, up from 5,000 two weeks before.", "2024-03-08", "2024-02-23"),
    ("8,000 in camps on Monday, and 5,000 more since.", "2024-03-04", "2024-03-04"),
])
def test_a_count_of_a_week_earlier_is_dated_a_week_before(sentence, date, expected):
    number = sentence.index("5,000" if "5,000" in sentence else ("211,319" if "211,319" in sentence else "14,000"))
    end = sentence.index(" ", number)
    assert earlier_count_date(sentence, end, date) == expected
