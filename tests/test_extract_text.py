"""Splitting an article into title and sentences, with offsets into the text as read."""
from __future__ import annotations

import pytest

from tracker.extract.text import colon_dateline, is_table_row, sentences, split_cells, strip_dateline


def case(*values, id, xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(*values, id=id, marks=marks)


def bodies(text):
    return [s.text for s in sentences(text) if not s.is_title]


def test_header_gives_the_title_sentence():
    """The header's title is the first sentence, flagged as title, at its own offset."""
    text = "date 2024-03-08 Floods displace 5,000 in Kenya\n\nRivers burst their banks. Roads were cut."
    units = sentences(text)
    assert units[0].is_title and units[0].text == "Floods displace 5,000 in Kenya"
    assert text[units[0].start:units[0].end] == units[0].text
    assert [s.text for s in units[1:]] == ["Rivers burst their banks.", "Roads were cut."]


def test_header_with_leading_blank_lines_and_spaces():
    """The header may follow blank lines and be indented."""
    text = "\n\n   date 2023-11-02 Storm hits coast\n\nHomes were damaged."
    units = sentences(text)
    assert units[0].is_title and units[0].text == "Storm hits coast"
    assert bodies(text) == ["Homes were damaged."]


def test_no_header_means_no_title():
    """Text without a header is all body."""
    units = sentences("Rivers burst their banks. Roads were cut.")
    assert not any(s.is_title for s in units)
    assert [s.text for s in units] == ["Rivers burst their banks.", "Roads were cut."]


def test_invalid_header_date_is_body():
    """A header whose date does not exist is not a header."""
    assert not any(s.is_title for s in sentences("date 2024-02-30 Not a day\n\nText here."))


SPLITS = [
    case("(1) People evacuated from the island: 105\n(2) Of whom residents: 94",
         ["(1) People evacuated from the island: 105", "(2) Of whom residents: 94"], id="rows-numbered-in-brackets"),
    case("\n".join(f"{h:02d}:{m:02d}  COUNTRY — Agency says {h * 1000 + m:,} people sheltering in {m} centres, officials say"
                   for h in range(6, 12) for m in (5, 25, 45)),
         [f"{h:02d}:{m:02d}  COUNTRY — Agency says {h * 1000 + m:,} people sheltering in {m} centres, officials say"
          for h in range(6, 12) for m in (5, 25, 45)], id="a-long-ticker-keeps-each-line-whole"),
    case("09:22  MOZAMBIQUE — INGD says 42,000 people sheltering in 66 centres\n09:40  MALAWI — 3,100 families displaced",
         ["09:22  MOZAMBIQUE — INGD says 42,000 people sheltering in 66 centres", "09:40  MALAWI — 3,100 families displaced"],
         id="ticker-lines-by-their-time"),
    case("4/7 Army boats have moved 1,150 ppl to safety\n5/7 Another 300 families reached the camp",
         ["4/7 Army boats have moved 1,150 ppl to safety", "5/7 Another 300 families reached the camp"], id="a-thread-numbered-by-post"),
    case("The Chairman, Hon. Danladi Gyang, said 1,350 people fled. Rain fell.",
         ["The Chairman, Hon. Danladi Gyang, said 1,350 people fled.", "Rain fell."], id="abbrev-Hon."),
    case("18:05 | Hama blocks emptied\nThe governor's office says 1,200 people were evacuated this afternoon from three blocks.",
         ["18:05 | Hama blocks emptied", "The governor's office says 1,200 people were evacuated this afternoon from three blocks."],
         id="a-live-blog-heading-over-its-entry"),
    case("Shelters\nThe ministry said 5,400 people were staying in 31 schools across the province on Monday night.",
         ["Shelters", "The ministry said 5,400 people were staying in 31 schools across the province on Monday night."],
         id="a-short-heading-over-prose"),
    case("The U.N. said 3,000 people fled. Aid arrived later.",
         ["The U.N. said 3,000 people fled.", "Aid arrived later."], id="abbrev-U.N."),
    case("Gov. Maria Santos said 800 homes were damaged. Schools closed.",
         ["Gov. Maria Santos said 800 homes were damaged.", "Schools closed."], id="abbrev-Gov."),
    case("Families moved to camp No. 3 near the town. More arrived.",
         ["Families moved to camp No. 3 near the town.", "More arrived."], id="abbrev-No."),
    case("Dr. Amina Yusuf treated the displaced. She was tired.",
         ["Dr. Amina Yusuf treated the displaced.", "She was tired."], id="abbrev-Dr."),
    case("The floods displaced 1.2 million people. Rain continues.",
         ["The floods displaced 1.2 million people.", "Rain continues."], id="decimal-kept"),
    case("Officials in the U.S. said 40 people were evacuated. Roads closed.",
         ["Officials in the U.S. said 40 people were evacuated.", "Roads closed."], id="abbrev-U.S.",
         ),
    case("Did they flee? Yes! About 500 did.",
         ["Did they flee?", "Yes!", "About 500 did."], id="question-exclamation"),
    case("\u201cWe fled at night.\u201d Her neighbours stayed.",
         ["\u201cWe fled at night.\u201d", "Her neighbours stayed."], id="closing-quote"),
    case("Key figures:\n- 3,000 people displaced\n- 200 houses destroyed",
         ["Key figures:", "- 3,000 people displaced", "- 200 houses destroyed"], id="bullets-dash"),
    case("Key figures:\n\u2022 3,000 people displaced\n\u2022 200 houses destroyed",
         ["Key figures:", "\u2022 3,000 people displaced", "\u2022 200 houses destroyed"], id="bullets-dot"),
    case("Rivers rose.\n\nRoads were cut.", ["Rivers rose.", "Roads were cut."], id="paragraphs"),
    case("62 people evacuated from Mango island\n56 houses destroyed on Tongatapu\nSource: NEMO",
         ["62 people evacuated from Mango island", "56 houses destroyed on Tongatapu", "Source: NEMO"], id="key-figures-box"),
    case("The floods forced more than\n2,000 people from their homes and\n300 families into schools. Rain continues.",
         ["The floods forced more than\n2,000 people from their homes and\n300 families into schools.", "Rain continues."],
         id="prose-wrapped-by-hand"),
]


@pytest.mark.parametrize("body, expected", SPLITS)
def test_sentence_split(body, expected):
    """Sentences end at . ! ? but not after abbreviations or inside decimals."""
    text = "date 2024-03-08 Update\n\n" + body
    units = [s for s in sentences(text) if not s.is_title]
    assert [s.text for s in units] == expected
    for unit in units:
        assert text[unit.start:unit.end] == unit.text


def test_paragraph_numbers_increase():
    """Each blank-line-separated block has its own paragraph number."""
    text = "date 2024-03-08 Update\n\nOne. Two.\n\nThree."
    paragraphs = [s.paragraph for s in sentences(text) if not s.is_title]
    assert paragraphs[0] == paragraphs[1] < paragraphs[2]


DATELINES = [
    case("KABUL, Aug 13 (Reuters) - More than 1,000 families fled.", "More than", id="reuters"),
    case("NAIROBI, Kenya, March 5 \u2014 Floods displaced 5,000 people.", "Floods", id="city-country-em-dash"),
    case("GOMA, 12 May (AFP) - Residents fled.", "Residents", id="day-month"),
    case("More than 1,000 families fled the fighting.", None, id="none"),
    case("UN agencies said 1,000 families fled.", None, id="acronym-is-not-dateline"),
    case("SYLHET, Bangladesh (AP) - Rivers rose again.", "Rivers", id="city-country-agency"),
    case("OUAGADOUGOU (AFP) - Attacks spread.", "Attacks", id="city-agency"),
    case("BEIRUT -- Families slept in cars.", "Families", id="city-double-dash"),
    case("ATHENS - Residents began returning.", "Residents", id="city-single-dash"),
    case("UNHCR - the agency said more had fled.", "UNHCR", id="an-acronym-and-a-dash-is-no-dateline"),
    case("Geneva, 12 May 2024 (UNHCR) - The agency said.", "The agency", id="release-dateline"),
    case("UNHCR - the agency warned of shortfalls.", None, id="acronym-and-dash-is-not-dateline"),
    case("US - Mexico border crossings rose.", None, id="country-pair-is-not-dateline"),
    case("08:30 GMT \u2013 The ministry said 2,400 were evacuated.", "The ministry", id="live-blog-timestamp"),
    case("10.15am: Rivers rose again.", "Rivers", id="live-blog-time-colon"),
    case("PRESENTER: In Vanuatu, residents were evacuated.", "In Vanuatu", id="speaker-label"),
    case("10,000 people fled.", None, id="a-number-is-no-timestamp"),
]


@pytest.mark.parametrize("sentence, rest", DATELINES)
def test_strip_dateline(sentence, rest):
    """A leading dateline is measured so that its date and place are not read as content."""
    length = strip_dateline(sentence)
    if rest is None:
        assert length == 0
    else:
        assert sentence[length:].startswith(rest)


def test_run_on_text_is_cut_into_bounded_sentences():
    """A table pasted as prose has no full stop; it is cut at commas so each piece stays short."""
    from tracker.extract.text import MAX_SENTENCE

    body = ", ".join(f"district {i} reported {i * 100} displaced people" for i in range(1, 200))
    text = f"date 2024-01-01 Run-on\n\n{body}."
    pieces = [s for s in sentences(text) if not s.is_title]
    assert len(pieces) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in pieces)
    assert all(text[s.start:s.end] == s.text for s in pieces)
    assert "".join(s.text for s in pieces).replace(" ", "") == body.replace(" ", "") + "."


@pytest.mark.parametrize("line, expected", [
    ("Galle | 489 | 1,204", True),
    ("Persons in shelters: 6,402", True),
    ("Konga            4,110", True),
    ("Post            People", False),
    ("About 4,110 people  were counted.", False),
    ("Floods displaced 5,000 people in Kenya", False),
])
def test_table_rows(line, expected):
    """Table rows: labels with a colon, `|` cells, or numbers in columns aligned with three spaces or more."""
    assert is_table_row(line) is expected


def test_split_cells():
    assert split_cells("Province             Deaths   Injured   Houses damaged") == ["Province", "Deaths", "Injured", "Houses damaged"]
    assert split_cells("| Ngala | 1,730 | 7,427 |") == ["", "Ngala", "1,730", "7,427", ""]


@pytest.mark.parametrize("sentence, length", [
    ("LAHORE: The authority said 1.5 million people had moved.", len("LAHORE: ")),
    ("NEW DELHI: Officials said.", len("NEW DELHI: ")),
    ("Key figures: 5,000 displaced.", 0),
    ("LAHORE: 5,000 displaced.", 0),
])
def test_colon_dateline(sentence, length):
    """`LAHORE: `, as South Asian papers date their stories; a label before a number is none."""
    assert colon_dateline(sentence) == length
