"""Where a figure happened: countries that act are not places, and movements into a country."""
from __future__ import annotations

import pytest

from tracker.extract.geography import is_actor, is_landmark, is_place_mention, refugee_moves
from tracker.extract.places import find_places


def place_named(text: str, name: str):
    return next(p for p in find_places(text) if p.name == name)


@pytest.mark.parametrize("text, name, acting", [
    ("US forces evacuated 5,000 people from Kabul.", "US", True),
    ("Germany's defence ministry said 3,000 people were flown out.", "Germany", True),
    ("Russia pushes into Kharkiv region as 8,000 are evacuated.", "Russia", True),
    ("Egyptian officials said 10,000 Sudanese had crossed.", "Egyptian", True),
    ("About 5,000 people were evacuated in Ukraine.", "Ukraine", False),
    ("Floods displaced 40,000 people in Kenya's west.", "Kenya", False),
])
def test_a_country_that_acts_is_no_place(text, name, acting):
    assert is_actor(text, place_named(text, name)) is acting


@pytest.mark.parametrize("text, name, landmark", [
    ("Bajaur, which borders Afghanistan, has about 1.3 million people.", "Afghanistan", True),
    ("The province shares a long border with Iran.", "Iran", True),
    ("Villages near Ukraine were emptied.", "Ukraine", True),
    ("Floods displaced 40,000 people in Afghanistan.", "Afghanistan", False),
])
def test_a_country_named_to_say_where_is_a_landmark(text, name, landmark):
    assert is_landmark(text, place_named(text, name)) is landmark


@pytest.mark.parametrize("text, crosses", [
    ("More than 20,000 people have crossed into Chad.", ["Chad"]),
    ("Some 5,000 people fled into the Democratic Republic of Congo.", ["Democratic Republic of Congo"]),
    ("Thousands have sought refuge in Ethiopia.", ["Ethiopia"]),
    ("Some 1.2 million people have fled the war in Sudan.", []),
    ("About 25,000 people fled from Cabo Delgado to Nampula province.", []),
])
def test_movements_into_another_country(text, crosses):
    places = find_places(text)
    spots = refugee_moves(text, places)
    moved_into = [p.name for p in places if p.kind == "country" and max(0, p.start - 1) in spots]
    assert moved_into == crosses


def test_a_border_named_after_a_country_is_no_place_in_it():
    text = "Some 3,000 people fled to the town of Menaka, near the Niger border."
    niger = place_named(text, "Niger")
    assert niger.kind == "country" and not is_place_mention(text, niger)
