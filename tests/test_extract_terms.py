"""What a number counts and what happened to them, read from one sentence."""
from __future__ import annotations

import pytest

from tracker.extract.numbers import find_quantities
from tracker.extract.terms import assign_terms, link_partitives, read_quantity


def read(sentence: str):
    lower = sentence.lower()
    candidates = [read_quantity(sentence, q, None) for q in find_quantities(sentence)]
    live = [c for c in candidates if c.rejected is None]
    link_partitives(sentence, live)
    assign_terms(sentence, lower, live, None, [])
    return [(c.quantity.value, c.unit, c.term) for c in live if c.rejected is None and c.term]


@pytest.mark.parametrize("sentence, expected", [
    # (value, unit read from the sentence or None when it is left to the article, term)
    ("Some 2,500 people were staying in schools opened to the displaced.", [(2500, "people", "sheltered")]),
    ("About 30,000 displaced people were staying in 12 camps.", [(30000, "people", "sheltered")]),
    ("More than 287,000 houses had been destroyed and 662,446 damaged.",
     [(287000, "houses", "destroyed"), (662446, None, "damaged")]),
    ("Rebels destroyed 1,850 houses and damaged another 3,200.",
     [(1850, "houses", "destroyed"), (3200, None, "damaged")]),
    ("The army evacuated some 30,000 people from villages along the river.", [(30000, "people", "evacuated")]),
    ("Authorities moved 2.4 million people to cyclone shelters.", [(2400000, "people", "evacuated")]),
    ("About 19,000 of Yellowknife's 20,000 residents had evacuated by Friday.", [(19000, None, "evacuated")]),
    ("About 8,000 of the evacuees were staying in tent camps.", [(8000, "people", "sheltered")]),
    ("Some 1,294 families had lost their homes.", [(1294, "households", "homeless")]),
    ("The floods killed 40 people and displaced 9,000 others.", [(9000, None, "displaced")]),
    ("The storm destroyed 300 homes and damaged 1,200 others.", [(300, "houses", "destroyed"), (1200, None, "damaged")]),
    ("About 60 households were ordered out on Saturday.", [(60, "households", "evacuated")]),
    ("Nine families had been forced from their state houses by floodwater.", [(9, "households", "displaced")]),
    ("The prefecture said 38 families, about 110 people, had been evacuated from two buildings.",
     [(38, "households", "evacuated"), (110, "people", "evacuated")]),
    ("The army said 300 soldiers, about 20 officers, had been deployed.", []),
    ("About 1,900 displaced households were sleeping in the open without any shelter.", [(1900, "households", "displaced")]),
    ("About 2,870 shelters were destroyed and 4,150 damaged in 27 displacement sites.",
     [(2870, "houses", "destroyed"), (4150, None, "damaged")]),
    ("Floods destroyed 1,120 shelters and damaged 2,560 others in displacement sites.",
     [(1120, "houses", "destroyed"), (2560, None, "damaged")]),
    ("Around 7.4 million are internally displaced, many living in tents and unfinished buildings.",
     [(7400000, None, "displaced")]),
    ("Agencies have set up a main evacuation post hosting about 4,100 displaced residents.", [(4100, "people", "sheltered")]),
    ("Officials said roughly 68,000 residents evacuated from the border remain in hotels, and that they would not "
     "be asked to return before June.", [(68000, "people", "evacuated")]),
    ("Minawao camp shelters about 70,000 Nigerian refugees,                  and the agency has warned against "
     "pressure on them to return.", [(70000, "people", "refugees")]),
])
def test_terms(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize("sentence, reason", [
    ("A tent city built for 10,000 people was full.", "capacity"),
    ("In Ngoshe, 34 returnees were abducted by gunmen while farming.", "negative cue"),
    ("On Union Island, whose population is about 3,000, the storm was fierce.", "population"),
    ("Up to 4,000 people a day are crossing the border.", "rate"),
    ("The UN flew 22 flights of aid to the displaced.", "count of flights"),
    ("Yellowknife's 20,000 residents were told to leave.", "population"),
    ("Amina, 34, fled with her family.", "age"),
    ("One of the largest displaced populations lives here.", "one of the"),
])
def test_no_figure(sentence, reason):
    assert read(sentence) == [], reason
