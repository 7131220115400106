"""Figures of short articles: the date each figure refers to."""
from __future__ import annotations

import pytest

from figure_cases import PUBLISHED, fig, several_figures, single_figure

SINGLE = [
    fig("The festival, which drew 30,000 visitors last year, was cancelled after floods forced 2,500 residents from their homes.",
        id="a-year-told-of-another-count-in-a-which-clause", value=2_500, date="2024-03-08"),
    fig("The stadium, which hosted 40,000 fans on Sunday, now shelters 2,500 people displaced by the floods.",
        id="a-day-told-of-another-count-in-a-which-clause", value=2_500, date="2024-03-08"),
    fig("Some 24,000 Somali refugees arrived in Kenya in the past five weeks alone, more than in the whole of 2021, she said.",
        id="a-year-in-a-comparison-dates-nothing", value=24_000, date="2024-03-08"),
    fig("Three days ago, 4,200 people were evacuated from the coast ahead of the cyclone.", id="days-ago",
        value=4_200, date="2024-03-05"),
    fig("The ministry said late Tuesday that 3,100 people had been displaced by the floods.", id="said-late-tuesday",
        value=3_100, date="2024-03-05"),
    fig("Officials said in a statement Monday that 12,000 people were in shelters.", id="said-in-a-statement-monday",
        value=12_000, date="2024-03-04"),
    fig("Officials told reporters Wednesday that 600 people had been evacuated.", id="told-reporters-wednesday",
        value=600, date="2024-03-06"),
    fig("As of midday Monday, 6,300 people were in evacuation centres, the government said.", id="as-of-midday-monday",
        value=6_300, date="2024-03-04"),
    fig("Last Tuesday, 2,400 people were evacuated from the riverside suburbs.", id="last-weekday-opening",
        value=2_400, date="2024-03-05"),
    fig("About 900 people were evacuated from the island last Friday, officials said.", id="last-weekday-on-the-same-weekday",
        value=900, date="2024-03-01"),
    fig("Earlier this week, about 3,000 people took shelter in schools, officials said on Wednesday.",
        id="a-weekday-beats-this-week", value=3_000, date="2024-03-06"),
    fig("About 12,000 people, most of them women and children, were displaced in February 2024, the IOM said.",
        id="a-period-after-a-closed-aside", value=12_000, date="2024-02-29"),
    fig("One hundred and ninety-seven families displaced from Palaly in 1990 returned to their lands on Thursday, officials "
        "said.", id="a-period-told-of-the-people-before-their-verb", value=197, term="returned", date="2024-03-07"),
    fig("Some 960,000 Rohingya refugees live in the camps in Cox's Bazar, most of them having fled a crackdown in 2017.",
        id="a-period-in-an-aside-about-some-of-them", value=960_000, date=PUBLISHED),
    fig("Fighting displaced 2,410 households in December\u2013February 2024, the agency said.",
        id="a-month-range-with-its-year", value=2_410, date="2024-02-29"),
    fig("More than 40,000 people had been displaced in Ituri by March 2023, according to the IOM.", id="by-a-month-and-year",
        value=40_000, date="2023-03-31"),
    fig("More than 10,000 families displaced by January floods are still waiting for aid in Malawi.",
        id="by-a-months-floods-is-a-cause", value=10_000, date=PUBLISHED),
    fig("In the 2022 floods, 8 million people were displaced in Pakistan, and many still live in tents.",
        id="a-past-event-and-a-later-clause-about-others", value=8_000_000, date="2022-12-31"),
    fig("By the end of September last year, the IOM had counted more than 43,000 people displaced in Derna.",
        id="the-end-of-a-month-last-year", value=43_000, date="2023-09-30"),
    fig("When the dam collapsed on Sunday night, 2,000 people were swept away and 30,000 more are now homeless in Derna.",
        id="a-when-clause-and-a-present-count", value=30_000, date=PUBLISHED),
    fig("By March 2023, about 4,000 families had fled the fighting in Ituri.", id="by-a-month-and-year-opening-the-sentence",
        value=4_000, date="2023-03-31"),
    fig("When Typhoon Haiyan struck in November 2013, it displaced about 4 million people in the Philippines.",
        id="a-when-clause-opening-the-sentence", value=4_000_000, date="2013-11-30"),
    fig("In the 2014 war, about 500,000 people were displaced in Gaza at the peak.", id="a-past-years-war-opening-the-sentence",
        value=500_000, date="2014-12-31"),
    fig("Since the 2010 earthquake, some 1.5 million Haitians have lived in tent camps.", id="since-a-past-years-event",
        value=1_500_000, date=PUBLISHED),
    fig("By December, the number of displaced people in North Kivu had risen to about 2.6 million, the UN estimated.",
        id="by-a-month-before-the-present-one", value=2_600_000, date="2023-12-31"),
    fig("By November 19, the government had counted more than 1 million people displaced in Somalia.",
        id="by-a-month-and-day", value=1_000_000, date="2023-11-19"),
    fig("The government says the camp will close in June this year, but 12,000 displaced people still live there, IOM said.",
        id="a-later-month-this-year", value=12_000, date="2024-03-08"),
    fig("Fighting around Bara, Sudan, forced some 12,000 people to flee their villages in the first 10 days of January.",
        id="the-first-days-of-a-month", value=12_000, date="2024-01-10"),
    fig("New attacks in Macomia, Mozambique, displaced 8,000 people in the first two weeks of February.",
        id="the-first-weeks-of-a-month", value=8_000, date="2024-02-14"),
    fig("Under the resettlement scheme, Britain resettled more than 20,000 Syrian refugees between 2015 and February this "
        "year.", id="between-a-year-and-a-month", value=20_000, date="2024-02-29"),
    fig("Our teams at the border recorded about 78,000 returns from Uganda to South Sudan between January and September.",
        id="between-two-months", value=78_000, date="2023-09-30"),
    fig("On July 16 last year, authorities in Erftstadt, Germany, evacuated some 700 residents of Blessem.",
        id="a-day-of-last-year", value=700, date="2023-07-16"),
    fig("The number of evacuees in Albay, Philippines, rose to 12,000 from 35 barangays on Sunday, the disaster agency "
        "said.", id="from-places-on-a-day", value=12_000, date="2024-03-03"),
    fig("At least 800 homes in Kenya, though some reports put the number higher, were destroyed on Saturday.",
        id="a-concession-inside-the-clause", value=800, date="2024-03-02"),
    fig("The 12,000 people displaced by last August's floods in Kenya are still living in tents.",
        id="last-augusts-floods", value=12_000, date=PUBLISHED),
    fig("Since January, about 45,000 IDPs have returned to villages in Irumu territory, Congo, according to IOM, although "
        "new attacks by ADF rebels in February have slowed the movement.", id="a-date-in-a-concession",
        value=45_000, date="2024-03-08"),
    fig("Authorities evacuated 3,000 from 15 coastal villages on Tuesday in Odisha, India.",
        id="from-places-is-no-earlier-count", value=3_000, term="evacuated", date="2024-03-05"),
    fig("As many as two million people were displaced in Sudan in February, the UN said.", id="as-many-as-a-number-word",
        value=2_000_000, date="2024-02-29"),
    fig("Nationwide, more than 1 million people are now internally displaced in Haiti, three times as many as a year "
        "ago, according to the IOM.", id="as-many-as-a-year-ago-compares", value=1_000_000, date="2024-03-08"),
    fig("More than 10,000 people fled the offensive against Rafah, Gaza, on 7 March, UNRWA said.",
        id="against-is-no-comparison-for-a-date", value=10_000, date="2024-03-07"),
    fig("In Yatsushiro, Japan, some of the roughly 2,000 residents who evacuated on Saturday went home on Monday.",
        id="the-whole-a-share-is-taken-from-counts-by-its-own-clause", value=2_000, term="evacuated", date="2024-03-02"),
    fig("In Lyons, Oregon, the 300 residents who were evacuated on Tuesday were allowed to return on Thursday.",
        id="a-figure-is-dated-by-the-clause-of-its-term", value=300, term="returned", date="2024-03-07"),
    fig("As of 5 March, 40,000 people had fled the fighting in Sudan.", id="date-as-of",
        value=40_000, date="2024-03-05"),
    fig("Some 40,000 people have fled Khartoum since Friday, Sudan's authorities said.",
        id="date-since-keeps-publication", value=40_000, date=PUBLISHED),
    fig("By the end of February, 40,000 people had been displaced in Mozambique.", id="date-end-of-month",
        value=40_000, date="2024-02-29"),
    fig("Floods forced 6,000 people from their homes in Brazil yesterday.", id="date-yesterday",
        value=6_000, term="displaced", date="2024-03-07"),
    fig("About 3,000 people were displaced by floods in Kenya.", id="date-publication",
        value=3_000, date=PUBLISHED),
    fig("In the four weeks to 3 March, 12,000 people fled the fighting in Myanmar.", id="date-weeks-to",
        value=12_000, date="2024-03-03"),
    fig("By Wednesday, 8,000 people had been evacuated in Vanuatu.", id="date-by-weekday",
        value=8_000, date="2024-03-06", term="evacuated"),
    fig("Some 800 people were left homeless by the mudslides that tore through the town on Sunday in Peru.",
        id="date-of-the-event-clause", value=800, date="2024-03-08"),
    fig("In May 2016, floods in Sri Lanka killed more than 200 people and forced over 30,000 from their homes.",
        id="a-period-opening-the-sentence", value=30_000, date="2016-05-31"),
    fig("Some 90,000 Rohingya refugees remain in camps in Cox's Bazar, Bangladesh, most of whom fled in 2017.",
        id="a-period-after-whom", value=90_000, date="2024-03-08"),
    fig("Fighting in Mali forced 38,000 people from their homes in January and February.", title="Mali",
        id="in-two-months", value=38_000, date="2024-02-29"),
    fig("Mbera camp in Mauritania, set up in 2012 for people fleeing a rebellion, now hosts about 115,000 refugees from Mali.",
        id="the-year-a-camp-was-set-up", value=115_000, term="refugees", date="2024-03-08"),
    fig("More rain is expected to fall and on Monday 5,000 people were evacuated in Kenya.",
        id="a-forecast-in-another-clause", value=5_000, term="evacuated", date="2024-03-04"),
]


@pytest.mark.parametrize("title, body, expected", SINGLE)
def test_single_figure(title, body, expected):
    single_figure(title, body, expected)


MULTIPLE = [
    fig("Collective shelters still host 27 432 persons, against 190 000 on 10 October, the unit said.",
        id="an-earlier-count-against-a-date", figures=[dict(value=27_432, date="2024-03-08"), dict(value=190_000, date="2023-10-10")]),
    fig("About 90,000 people remain in camps, down from a peak of 140,000 in 2022, the ministry said.",
        id="an-earlier-count-keeps-its-own-year", figures=[dict(value=90_000, date="2024-03-08"), dict(value=140_000, date="2022-12-31")]),
    fig("The number of displaced people has reached 2.1 million, up from 1.4 million a year ago, the agency said.",
        id="an-earlier-count-a-year-ago", figures=[dict(value=2_100_000, date="2024-03-08"), dict(value=1_400_000, date="2023-03-08")]),
    fig("People in relief camps by district:\n\n1. Dhubri - 11,250\n2. Darrang - 6,870\n\nSource: ASDMA daily report, 3 March.",
        id="a-table-dated-by-its-source-line", figures=[dict(value=11_250, term="sheltered", date="2024-03-03"),
                                                         dict(value=6_870, term="sheltered", date="2024-03-03")]),
    fig("Households displaced by governorate, January-February 2024:\n\n1. Marib - 812\n2. Taiz - 547",
        id="a-list-heading-with-a-month-range", figures=[dict(value=812, unit="households", date="2024-02-29"),
                                                          dict(value=547, unit="households", date="2024-02-29")]),
    fig("During a visit to the camps in 2019, the minister said 30,000 people lived there, but the camps in Somalia now hold "
        "60,000 displaced people, the UN said.", id="a-present-count-after-an-opening-period",
        figures=[dict(value=30_000, date="2019-12-31"), dict(value=60_000, date=PUBLISHED)]),
    fig("Some 26,000 people were still in evacuation centres across Ishikawa, the prefecture said, down from more than 34,000 "
        "on 2 January.", id="down-from-after-the-speaker",
        figures=[dict(value=26_000, term="sheltered", date=PUBLISHED), dict(value=34_000, term="sheltered", date="2024-01-02")]),
    fig("Evacuations after Cyclone Freddy (landfall on 11 March):\n- Zambezia: 30,000 people evacuated\n- Sofala: 12,000",
        id="a-heading-aside-dating-an-event", figures=[dict(value=30_000, date=PUBLISHED), dict(value=12_000, date=PUBLISHED)]),
    fig("2. CUMULATIVE LOSSES AND DAMAGES (26 February - 5 March 2024)\n\nProvince             Deaths   Injured   Houses damaged\n"
        "Punjab                  164       582            1,517\nSindh                    46        67              499",
        id="a-table-heading-dates-its-rows-by-the-end-of-its-period",
        figures=[dict(value=1_517, term="damaged", date="2024-03-05"), dict(value=499, term="damaged", date="2024-03-05")]),
    fig("More than 480,000 people have been evacuated from villages in Pakistan's Punjab province, the PDMA said on "
        "Thursday.\n\nThe figure stood at 210,000 on Monday, the authority said.", id="the-figure-stood-at",
        figures=[dict(value=480_000, date="2024-03-07"), dict(value=210_000, term="evacuated", date="2024-03-04")]),
    fig("Refugee returns to Syria by month\n- December 2023: 46,700\n- January 2024: 79,300\nSource: UNHCR",
        id="rows-labelled-by-month", figures=[dict(value=46_700, term="returned", date="2023-12-31"),
                                              dict(value=79_300, term="returned", date="2024-01-31")]),
    fig("The number of displaced people in Sudan has risen to 36,000 from 18,000 on Tuesday, the IOM said.",
        id="risen-to-from-an-earlier-day", figures=[dict(value=36_000, date="2024-03-08"), dict(value=18_000, date="2024-03-05")]),
    fig("About 10 million people are still displaced inside Sudan, the IOM said, down from a peak of about 11.6 million "
        "at the end of January.", id="a-peak-four-words-before-the-earlier-count",
        figures=[dict(value=10_000_000, date="2024-03-08"), dict(value=11_600_000, date="2024-01-31")]),
    fig("In Khyber Pakhtunkhwa, Pakistan, officials said more than 3,500 houses had been damaged, compared with 2,700 "
        "damaged in their 20 February report.", id="a-report-named-by-its-day",
        figures=[dict(value=3_500, date="2024-03-08"), dict(value=2_700, date="2024-02-20")]),
    fig("Lebanon's disaster risk management unit said the number of people staying in collective shelters had fallen "
        "to about 36,000, from 181,000 on Tuesday.", id="fallen-to-from-an-earlier-day",
        figures=[dict(value=36_000, date="2024-03-08"), dict(value=181_000, date="2024-03-05")]),
    fig("OCHA said about 6,700 houses had been destroyed in Kunar, Afghanistan, up from 5,400 on Tuesday.",
        id="the-day-of-the-earlier-count-is-not-the-figures",
        figures=[dict(value=6_700, term="destroyed", date="2024-03-08"), dict(value=5_400, term="destroyed", date="2024-03-05")]),
    fig("The council said more than 53,000 people in the Philippines were staying in 244 evacuation centres, up from "
        "about 30,000 on Monday.", id="an-earlier-count-of-the-like-size",
        figures=[dict(value=53_000, term="sheltered", date="2024-03-08"), dict(value=30_000, term="sheltered", date="2024-03-04")]),
    fig("CONASUR put the number of internally displaced people in Burkina Faso at 2,062,534 as of 31 March 2023. "
        "That was up from about 560,000 at the end of 2019, and from fewer than 50,000 at the end of 2018.",
        id="that-was-up-from-earlier-counts",
        figures=[dict(value=2_062_534, term="displaced", date="2023-03-31"), dict(value=560_000, term="displaced", date="2019-12-31"),
                 dict(value=50_000, term="displaced", date="2018-12-31")]),
    fig("About 3.7 million people are internally displaced inside Ukraine, the IOM estimated in its latest survey, "
        "down from more than 8 million at the end of May 2022.", id="a-comparison-dates-only-the-earlier-count",
        figures=[dict(value=3_700_000, term="displaced", date="2024-03-08"), dict(value=8_000_000, term="displaced", date="2022-05-31")]),
    fig("Flood victims at relief centres in Kelantan, Malaysia, rose to 9,718 people from 2,621 families, compared with "
        "8,100 people last night.", id="from-families-and-compared-with",
        figures=[dict(value=9_718, term="sheltered", unit="people"), dict(value=2_621, term="sheltered", unit="households"),
                 dict(value=8_100, term="sheltered", unit="people", date="2024-03-07")]),
    fig("The number of internally displaced people in Ukraine fell as people went home, to 3.7 million from 5.4 million "
        "in January.", id="the-number-of-names-what-is-counted",
        figures=[dict(value=3_700_000, term="displaced", date="2024-03-08"),
                 dict(value=5_400_000, term="displaced", date="2024-01-31")]),
    fig("Floods displaced 410,000 people in Somalia, OCHA said. A year ago, the figure was about 250,000.",
        id="the-figure-continues-the-last-one", figures=[dict(value=410_000, term="displaced"),
                                                        dict(value=250_000, term="displaced", date="2023-03-08")]),
    fig("Eruption in Indonesia.\n\nEVACUATION POSTS (as of 5 March 2024)\n\nPost            People\n"
        "Konga            4,110\nLewolaga         3,226", id="an-aligned-table-under-a-heading", title="Eruption in Indonesia",
        figures=[dict(value=4_110, unit="people", term="sheltered", date="2024-03-05"),
                 dict(value=3_226, unit="people", term="sheltered", date="2024-03-05")]),
]


@pytest.mark.parametrize("title, body, expected", MULTIPLE)
def test_several_figures(title, body, expected):
    several_figures(title, body, expected)
