"""Number phrases of a sentence: values, ranges, qualifiers, vague counts and non-counts."""
from __future__ import annotations

import pytest

from tracker.extract.numbers import clause_comma, find_quantities, last_clause_comma, parse_number


def case(*values, id, xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(*values, id=id, marks=marks)


def counts(sentence):
    return [q for q in find_quantities(sentence) if q.is_count]


PARSE = [
    case("359,000", 359_000, id="parse-comma"),
    case("359 000", 359_000, id="parse-space"),
    case("1,234,567", 1_234_567, id="parse-millions-commas"),
    case("1.2 million", 1_200_000, id="parse-1.2-million"),
    case("3.5m", 3_500_000, id="parse-3.5m"),
    case("2.75 million", 2_750_000, id="parse-2.75-million"),
    case("0.3 million", 300_000, id="parse-0.3-million"),
    case("1.1 million", 1_100_000, id="parse-1.1-million-exact"),
    case("4.6 million", 4_600_000, id="parse-4.6-million-exact"),
    case("12k", 12_000, id="parse-12k"),
    case("two million", 2_000_000, id="parse-two-million"),
    case("twenty-five thousand", 25_000, id="parse-twenty-five-thousand"),
    case("a million", 1_000_000, id="parse-a-million"),
    case("half a million", 500_000, id="parse-half-a-million"),
    case("a quarter of a million", 250_000, id="parse-quarter-million"),
    case("a dozen", 12, id="parse-a-dozen"),
    case("2.5 lakh", 250_000, id="parse-lakh"),
    case("1.2 crore", 12_000_000, id="parse-crore"),
    case("three hundred", 300, id="parse-three-hundred"),
    case("one hundred and fifty", 150, id="parse-hundred-and-fifty"),
    case("forty thousand", 40_000, id="parse-forty-thousand"),
    case("one and a half million", 1_500_000, id="parse-one-and-a-half-million"),
    case("displaced", None, id="parse-not-a-number"),
]


@pytest.mark.parametrize("text, expected", PARSE)
def test_parse_number(text, expected):
    """Number phrases parse to exact integers."""
    value = parse_number(text)
    assert value == expected
    if expected is not None:
        assert type(value) is int


COUNTS = [
    case("About 9.3 mn people are internally displaced across the country.", 9_300_000, None, "approximately",
         id="a-short-million-set-apart"),
    case("The agency has recorded 6.9 mln refugees abroad.", 6_900_000, None, "exact", id="a-short-mln-set-apart"),
    case("Houses damaged: 9,92,871, out of which 2,89,123 were fully damaged.", 992_871, None, "exact",
         id="lakh-grouped-before-a-comma"),
    case("By Friday, 1.482.300 residents had registered as displaced.", 1_482_300, None, "exact",
         id="dot-grouped-millions"),
    case("As the water receded, 13.000 residents have returned to their homes.", 13_000, None, "exact",
         id="dot-grouped-round-thousands"),
    case("Since floods began on July 2, 312 houses have been destroyed.", 312, None, "exact", id="a-count-after-a-date-and-comma"),
    case("Some 359,000 people fled.", 359_000, None, "approximately", id="comma-separated"),
    case("In all 359 000 people fled.", 359_000, None, "exact", id="space-separated"),
    case("Some 359 000 people fled.", 359_000, None, "approximately", id="space-separated-after-qualifier"),
    case("A hundred and fifty families were evacuated.", 150, None, "exact", id="a-hundred-and-fifty"),
    case("A hundred and twenty-five thousand people fled.", 125_000, None, "exact", id="a-hundred-and-twenty-five-thousand"),
    case("The count had passed 8,000 by Wednesday.", 8_000, None, "more_than", id="passed"),
    case("People evacuated ahead of landfall: 100,000+", 100_000, None, "more_than", id="a-plus-after"),
    case("Houses damaged in Sittwe township: 4,200 (approx.)", 4_200, None, "approximately", id="approx-in-brackets"),
    case("A total of 1,250,000 people were displaced.", 1_250_000, None, "exact", id="two-separators"),
    case("The floods displaced 1.2 million people.", 1_200_000, None, "exact", id="decimal-million"),
    case("Fighting displaced 3.5m people.", 3_500_000, None, "exact", id="decimal-m"),
    case("The storm displaced 2.3 million people.", 2_300_000, None, "exact", id="decimal-2.3-million"),
    case("Two million people have fled.", 2_000_000, None, "exact", id="words-two-million"),
    case("Twenty-five thousand people were evacuated.", 25_000, None, "exact", id="words-hyphenated"),
    case("A million people have fled the city.", 1_000_000, None, "exact", id="words-a-million"),
    case("Half a million people have fled.", 500_000, None, "exact", id="words-half-million"),
    case("A quarter of a million people were uprooted.", 250_000, None, "exact", id="words-quarter-million"),
    case("A dozen families lost their homes.", 12, None, "exact", id="words-dozen"),
    case("Seven hundred families fled.", 700, None, "exact", id="words-seven-hundred"),
    case("Between 10,000 and 15,000 people fled.", 10_000, 15_000, "range", id="range-between"),
    case("Officials said 10,000 to 15,000 people fled.", 10_000, 15_000, "range", id="range-to"),
    case("Officials said 10,000-15,000 people fled.", 10_000, 15_000, "range", id="range-hyphen"),
    case("Officials said 10,000\u201315,000 people fled.", 10_000, 15_000, "range", id="range-en-dash"),
    case("Between 1 and 2 million people fled.", 1_000_000, 2_000_000, "range", id="range-shared-scale"),
    case("About 300 people were displaced.", 300, None, "approximately", id="q-about"),
    case("Around 300 people were displaced.", 300, None, "approximately", id="q-around"),
    case("Some 300 people were displaced.", 300, None, "approximately", id="q-some"),
    case("Roughly 300 people were displaced.", 300, None, "approximately", id="q-roughly"),
    case("An estimated 300 people were displaced.", 300, None, "approximately", id="q-an-estimated"),
    case("Approximately 300 people were displaced.", 300, None, "approximately", id="q-approximately"),
    case("Officials estimated 300 people were displaced.", 300, None, "approximately", id="q-estimated"),
    case("More than 300 people were displaced.", 300, None, "more_than", id="q-more-than"),
    case("Over 300 people were displaced.", 300, None, "more_than", id="q-over"),
    case("Upwards of 300 people were displaced.", 300, None, "more_than", id="q-upwards-of"),
    case("In excess of 300 people were displaced.", 300, None, "more_than", id="q-in-excess-of"),
    case("At least 300 people were displaced.", 300, None, "at_least", id="q-at-least"),
    case("No fewer than 300 people were displaced.", 300, None, "at_least", id="q-no-fewer-than"),
    case("A minimum of 300 people were displaced.", 300, None, "at_least", id="q-a-minimum-of"),
    case("Nearly 300 people were displaced.", 300, None, "less_than", id="q-nearly"),
    case("Almost 300 people were displaced.", 300, None, "less_than", id="q-almost"),
    case("Close to 300 people were displaced.", 300, None, "less_than", id="q-close-to"),
    case("Just under 300 people were displaced.", 300, None, "less_than", id="q-just-under"),
    case("Fewer than 300 people were displaced.", 300, None, "less_than", id="q-fewer-than"),
    case("Less than 300 people were displaced.", 300, None, "less_than", id="q-less-than"),
    case("Under 300 people were displaced.", 300, None, "less_than", id="q-under"),
    case("Up to 300 people were displaced.", 300, None, "up_to", id="q-up-to"),
    case("As many as 300 people were displaced.", 300, None, "up_to", id="q-as-many-as"),
    case("Officials said three hundred thousand people fled.", 300_000, None, "exact", id="words-hundred-thousand"),
    case("Officials said 300 thousand people fled.", 300_000, None, "exact", id="digits-thousand-word"),
    case("Officials said 12\u00a0000 people fled.", 12_000, None, "exact", id="no-break-space-separator"),
    case("Officials said more than half a million people fled.", 500_000, None, "more_than",
         id="qualified-half-million"),
    case("Officials said nearly two million people fled.", 2_000_000, None, "less_than", id="qualified-words"),
    case("Officials said some 40,000 people fled.", 40_000, None, "approximately", id="some-mid-sentence"),
    case("Between 1.5 and 2 million people fled.", 1_500_000, 2_000_000, "range", id="range-decimal-shared-scale"),
    case("Officials said 2-3 million people fled.", 2_000_000, 3_000_000, "range", id="range-hyphen-shared-scale"),
    case("Between 2 and 3 lakh people fled.", 200_000, 300_000, "range", id="range-shared-lakh"),
    case("North Kivu now counts some 2,6 million displaced persons.", 2_600_000, None, "approximately", id="decimal-comma"),
    case("The number of displaced persons now exceeds 120 000.", 120_000, None, "more_than", id="space-thousands-at-sentence-end"),
    case("The municipality has the most displaced, with 9 800, after landslides.", 9_800, None, "exact",
         id="space-thousands-before-a-comma"),
    case("Between 2 and 3 hundred thousand people fled.", 200_000, 300_000, "range", id="range-shared-two-word-scale"),
    case("Officials said at least a dozen families fled.", 12, None, "at_least", id="qualified-dozen"),
    case("Officials said over 1,000 families fled.", 1_000, None, "more_than", id="over-mid-sentence"),
    case("Thousands of people fled.", 2_000, None, "vague", id="vague-thousands"),
    case("Tens of thousands of people fled.", 20_000, None, "vague", id="vague-tens-of-thousands"),
    case("Hundreds of thousands of people fled.", 200_000, None, "vague", id="vague-hundreds-of-thousands"),
    case("Hundreds of families fled.", 200, None, "vague", id="vague-hundreds-of-families"),
    case("Dozens of families fled.", 24, None, "vague", id="vague-dozens"),
    case("Millions of people have been displaced.", 2_000_000, None, "vague", id="vague-millions"),
    case("A further 20,000 or so evacuated voluntarily.", 20_000, None, "approximately", id="or-so-after"),
    case("Some 300-odd families fled.", 300, None, "approximately", id="odd-after"),
    case("OCHA estimates ~270,000 ppl have been displaced.", 270_000, None, "approximately", id="tilde-before"),
    case("The agency said north of 15,000 Yazidis had crossed into Syria.", 15_000, None, "more_than", id="north-of"),
    case("The fire has destroyed 7,600-plus homes.", 7_600, None, "more_than", id="plus-word-after"),
    case("Officials said just shy of 1.2 million people had crossed.", 1_200_000, None, "less_than", id="just-shy-of"),
    case("Arrivals near 40,000, the agency says.", 40_000, None, "less_than", id="near-before"),
    case("The refugee count passes two million.", 2_000_000, None, "more_than", id="passes-before"),
]


@pytest.mark.parametrize("sentence, value, high, qualifier", COUNTS)
def test_first_count(sentence, value, high, qualifier):
    """The first count of a sentence has the stated value, upper end and qualifier."""
    found = counts(sentence)
    assert found, find_quantities(sentence)
    first = found[0]
    assert (first.value, first.value_high, first.qualifier) == (value, high, qualifier)
    assert type(first.value) is int
    assert first.value_high is None or type(first.value_high) is int


def test_from_to_is_two_counts_not_a_range():
    """`from 10,000 to 15,000` is a change between two counts, not a range."""
    found = find_quantities("The number of displaced rose from 10,000 to 15,000 in a week.")
    assert [(q.value, q.value_high) for q in found] == [(10_000, None), (15_000, None)]
    assert found[-1].is_count and found[-1].qualifier != "range"


def test_offsets_cover_the_number():
    """start and end of a quantity delimit its phrase in the sentence."""
    sentence = "Officials said more than 42,500 people had fled."
    (quantity,) = counts(sentence)
    assert "42,500" in sentence[quantity.start:quantity.end]


NON_COUNTS = [
    case("The fighting began in 2023 and displaced families.", id="year"),
    case("Crop losses are estimated at PHP 1.2 billion as families fled.", id="currency-code-before"),
    case("Families fled between 10 and 13 May.", id="span-of-days"),
    case("Families fled on April 15 after the attack.", id="date-month-day"),
    case("Families fled on 15 April after the attack.", id="date-day-month"),
    case("Families fled between March 18 and 23 after the attack.", id="date-second-day-of-a-span"),
    case("Families fled on Aug. 3 after the attack.", id="date-abbreviated-month"),
    case("The civil defence reported the figures on Friday (10) as families fled.", id="date-day-in-brackets-after-weekday"),
    case("The shelling started at 5:30 and residents fled.", id="time-colon"),
    case("The shelling started at 4 p.m. and residents fled.", id="time-pm"),
    case("Residents fled at 11am as the water rose.", id="time-am"),
    case("About 60% of the displaced are children.", id="percent-sign"),
    case("About 60 percent of the displaced are children.", id="percent-word"),
    case("About 60 per cent of the displaced are children.", id="per-cent-words"),
    case("Donors pledged $3 million for displaced families.", id="money-dollar-million"),
    case("Donors pledged 2.4bn for displaced families.", id="money-bn"),
    case("Donors pledged \u20ac500,000 for displaced families.", id="money-euro"),
    case("The appeal raised 5,000 dollars for displaced families.", id="money-word"),
    case("Damage to roads passed RM300 million as families fled.", id="money-ringgit-sign"),
    case("The state set aside Rs 2,000 crore for displaced families.", id="money-rupee-sign"),
    case("Each displaced family will receive \u20a650,000.", id="money-naira-sign"),
    case("The fund pays N5,000 to each displaced family.", id="money-naira-letter"),
    case("The general presented K 500 million to displaced families in the camps.", id="money-kyat-letter-spaced"),
    case("Displaced families can call +254 20 123 4567 for help.", id="phone-international"),
    case("Displaced families can call 0800-123-456 for help.", id="phone-dashed"),
    case("The M23 rebels forced residents to flee.", id="identifier-m23"),
    case("Residents fled along Highway 3 toward the coast.", id="identifier-highway"),
    case("Families shelter in Camp No. 3 near the border.", id="identifier-no"),
    case("It was the 3rd time residents fled this year.", id="ordinal"),
    case("The agency updated its data on Thursday (14/3) as families fled.", id="date-day-slash-month-in-brackets"),
    case("Hotlines for displaced families run 24/7.", id="ratio-with-a-slash"),
    case("In the 2023/24 season families fled the floods.", id="season-of-two-years"),
    case("The agency reported as of Friday at 16.00 WIB that families fled.", id="time-with-a-dot-and-zone"),
    case("The shelling began at 21.30 and families fled.", id="time-with-a-dot-after-at"),
    case("Displaced families are camped along national road 6 near the town.", id="a-numbered-road"),
    case("Of the families who fled, 58,6% are women.", id="decimal-comma-percent-sign"),
]


@pytest.mark.parametrize("sentence", NON_COUNTS)
def test_no_count(sentence):
    """Years, dates, times, percentages, money, phones and identifiers are not counts."""
    assert counts(sentence) == []


KINDS = [
    case("The floods of 2022 displaced families.", "year", id="kind-year"),
    case("Families fled on 15 April.", "date", id="kind-date"),
    case("About 60% of the displaced are children.", "percent", id="kind-percent"),
    case("Donors pledged $3 million.", "money", id="kind-money"),
    case("Crop damage was put at P412 million.", "money", id="kind-money-peso-letter"),
    case("The county pledged KSh2 billion.", "money", id="kind-money-shilling"),
    case("Rp 50 billion was set aside.", "money", id="kind-money-rupiah"),
    case("The province released 500 million Congolese francs.", "money", id="kind-money-with-a-nationality"),
    case("Rebels of the (3R) group attacked the town.", "identifier", id="kind-number-joined-to-letters"),
    case("Families were counted as of 6 in the morning.", "time", id="kind-time-in-the-morning"),
    case("The economy shrank between 2014 and 2021.", "year", id="kind-a-span-of-years"),
    case("Night temperatures drop to 5°C in the camp.", "temperature", id="kind-temperature"),
]


def test_aligned_columns_are_no_phone_number():
    """`427       201            4,952`: numbers in columns aligned by spaces stay three numbers."""
    assert [q.value for q in find_quantities("Khyber Pakhtunkhwa      427       201            4,952")] == [427, 201, 4_952]


def test_a_count_after_the_place_it_happened_in():
    """`while in Dhubri 48 houses were washed away`: a place, then a count of houses, is no numbered name."""
    sentence = "Officials said 300 houses were damaged, while in Goalpara 52 houses were washed away."
    assert [(q.value, q.kind) for q in find_quantities(sentence)] == [(300, "count"), (52, "count")]
    assert [q.kind for q in find_quantities("In Camp 15 families share tents.")] == ["identifier"]


@pytest.mark.parametrize("sentence, kind", [
    ("About 2000 Somali refugees have returned.", "count"),
    ("More than 2000 families fled the floods.", "count"),
    ("In about 2015 people began to leave.", "year"),
    ("Since 2015 refugees have fled.", "year"),
])
def test_a_round_number_a_qualifier_counts_is_no_year(sentence, kind):
    """`about 2000 Somali refugees`: a qualifier and the people counted make a year-like number a count."""
    assert find_quantities(sentence)[0].kind == kind


def test_a_list_of_named_units_is_names():
    """`Camps 10 and 11`: each number of the list names a camp."""
    assert [q.kind for q in find_quantities("Storms damaged 420 shelters in Camps 10 and 11.")] == \
        ["count", "identifier", "identifier"]


@pytest.mark.parametrize("sentence, kind", KINDS)
def test_non_count_kind(sentence, kind):
    """A non-count says why it is not a count."""
    assert [q.kind for q in find_quantities(sentence)] == [kind]


def test_a_list_of_places_with_counts_holds_no_identifiers():
    assert [q.value for q in counts("Homes destroyed: 6,028 (Quilpue 896; Villa Alemana 182)")] == [6_028, 896, 182]
    assert [q.kind for q in find_quantities("the road to Camp 4 (Highway 3)")] == ["identifier", "identifier"]


@pytest.mark.parametrize("text, first, last", [
    ("which drew 30,000 visitors last year, was cancelled", 36, 36),
    ("home to 1,200,000 people", -1, -1),
    ("In 2019,20 people, then more", 17, 17),
    ("no comma at all", -1, -1),
    ("a, b, c", 1, 4),
])
def test_clause_comma_skips_digit_groups(text, first, last):
    assert clause_comma(text) == first
    assert last_clause_comma(text) == last
