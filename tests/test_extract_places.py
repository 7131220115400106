"""Gazetteer: countries, demonyms, admin areas, cities and the ambiguity rules."""
import pytest

from tracker.extract.places import Place, country_name, country_of, find_places


def _found(text, **kwargs):
    return [(p.name, p.iso3, p.kind) for p in find_places(text, **kwargs)]


CASES = [
    # a generic head (lake, mount, saint) is a place only when the name stops there
    ("The shells landed in the Lac Vert and Mugunga sites.", []),
    ("Boko Haram attacked villages in Chad's Lac province.", [("Chad", "TCD", "country"), ("Lac", "TCD", "admin1")]),
    ("Floods In Chad's Lac Province", [("Chad", "TCD", "country"), ("Lac", "TCD", "admin1")]),
    # a hyphenated compound is one name unless its parts are places
    ("The fire reached Belin-Beliet overnight.", []),
    ("Talks on the Ethiopia-Eritrea border resumed.", [("Ethiopia", "ETH", "country"), ("Eritrea", "ERI", "country")]),
    ("Trucks on the Kharkiv-Kyiv highway.", [("Kharkiv", "UKR", "city"), ("Kyiv", "UKR", "city")]),
    # a town's name as news transliterates it, when the tables spell it otherwise
    ("About 17,000 residents were evacuated from Kiryat Shmona.", [("Kiryat Shmona", "ISR", "city")]),
    ("Families fled Saraqeb as the front moved north.", [("Saraqeb", "SYR", "city")]),
    # countries and their news variants
    ("Aid convoys reached Sudan on Tuesday.", [("Sudan", "SDN", "country")]),
    ("Thousands crossed from South Sudan into Uganda.",
     [("South Sudan", "SSD", "country"), ("Uganda", "UGA", "country")]),
    ("Floods hit Niger while Nigeria braced for rain.",
     [("Niger", "NER", "country"), ("Nigeria", "NGA", "country")]),
    ("Fighting spread across the Democratic Republic of Congo.",
     [("Democratic Republic of Congo", "COD", "country")]),
    ("Refugees from DR Congo and the DRC arrived.",
     [("DR Congo", "COD", "country"), ("DRC", "COD", "country")]),
    ("The Republic of Congo received them.", [("Republic of Congo", "COG", "country")]),
    ("Clashes in Congo displaced villagers.", [("Congo", "COD", "country")]),
    ("Ivory Coast and Côte d'Ivoire are one country.",
     [("Ivory Coast", "CIV", "country"), ("Côte d'Ivoire", "CIV", "country")]),
    ("Burma, now Myanmar, held elections.",
     [("Burma", "MMR", "country"), ("Myanmar", "MMR", "country")]),
    ("Talks between Russia and Iran over Syria stalled.",
     [("Russia", "RUS", "country"), ("Iran", "IRN", "country"), ("Syria", "SYR", "country")]),
    ("Strikes on Gaza and raids in the West Bank continued.",
     [("Gaza", "PSE", "admin1"), ("West Bank", "PSE", "admin1")]),
    ("The Palestinian territories face shortages.",
     [("Palestinian territories", "PSE", "country")]),
    ("Earthquake survivors in Turkey, or Türkiye, slept in tents.",
     [("Turkey", "TUR", "country"), ("Türkiye", "TUR", "country")]),
    ("A typhoon struck the Philippines.", [("Philippines", "PHL", "country")]),
    ("The U.S. and the UK pledged funds, as did the United States.",
     [("U.S.", "USA", "country"), ("UK", "GBR", "country"), ("United States", "USA", "country")]),
    ("Britain and the Czech Republic sent teams to Kosovo.",
     [("Britain", "GBR", "country"), ("Czech Republic", "CZE", "country"),
      ("Kosovo", "SRB", "admin1")]),
    ("Georgia and Jordan hosted the meeting.",
     [("Georgia", "GEO", "country"), ("Jordan", "JOR", "country")]),
    ("Chad has received 600,000 refugees.", [("Chad", "TCD", "country")]),
    ("Guinea-Bissau and Equatorial Guinea are not Guinea.",
     [("Guinea-Bissau", "GNB", "country"), ("Equatorial Guinea", "GNQ", "country"),
      ("Guinea", "GIN", "country")]),
    # demonyms
    ("Sudanese families waited at the border.", [("Sudanese", "SDN", "demonym")]),
    ("Afghans and an Afghan official spoke.",
     [("Afghans", "AFG", "demonym"), ("Afghan", "AFG", "demonym")]),
    ("Rohingya refugees boarded boats.", [("Rohingya", "MMR", "demonym")]),
    ("Ethiopian forces advanced on Ukrainian positions.",
     [("Ethiopian", "ETH", "demonym"), ("Ukrainian", "UKR", "demonym")]),
    ("South Sudanese returnees and Sri Lankan workers.",
     [("South Sudanese", "SSD", "demonym"), ("Sri Lankan", "LKA", "demonym")]),
    # admin areas, generic words stripped
    ("Floods swamped Sindh and Balochistan provinces.",
     [("Sindh", "PAK", "admin1"), ("Balochistan", "PAK", "admin1")]),
    ("Families fled Khartoum state for Gezira state.",
     [("Khartoum", "SDN", "admin1"), ("Gezira", "SDN", "admin1")]),
    ("Insurgents attacked towns in Cabo Delgado province.", [("Cabo Delgado", "MOZ", "admin1")]),
    ("Aid reached the Tigray region.", [("Tigray", "ETH", "admin1")]),
    ("Violence flared in North Kivu and South Kivu.",
     [("North Kivu", "COD", "admin1"), ("South Kivu", "COD", "admin1")]),
    ("Camps in West Darfur and Darfur filled up.",
     [("West Darfur", "SDN", "admin1"), ("Darfur", "SDN", "admin1")]),
    ("Rains hit Niger state in the north.", [("Niger", "NGA", "admin1")]),
    ("Drought emptied villages in the Bay region.", [("Bay", "SOM", "admin1")]),
    ("Floodwater covered Unity state.", [("Unity", "SSD", "admin1")]),
    ("Shelling hit the Kharkiv region.", [("Kharkiv", "UKR", "admin1")]),
    # cities
    ("Residents left Kabul and Herat.", [("Kabul", "AFG", "city"), ("Herat", "AFG", "city")]),
    ("Camps near Goma and Beira overflowed.", [("Goma", "COD", "city"), ("Beira", "MOZ", "city")]),
    ("Buses ran from Port-au-Prince to Cap-Haitien.",
     [("Port-au-Prince", "HTI", "city"), ("Cap-Haitien", "HTI", "city")]),
    ("Storms battered Gaza City overnight.", [("Gaza City", "PSE", "city")]),
    ("Tents went up in Cox's Bazar.", [("Cox's Bazar", "BGD", "city")]),
    ("Families fled Oddar Meanchey and Banteay Meanchey.", [("Oddar Meanchey", "KHM", "admin1"), ("Banteay Meanchey", "KHM", "admin1")]),
    ("Families sheltered in Cox’s Bazar.", [("Cox’s Bazar", "BGD", "city")]),
    ("KABUL, Aug 11 - Fighting intensified.", [("KABUL", "AFG", "city")]),
    # regions that are not specific
    ("Shelling continued in northwest Syria.", [("northwest Syria", "SYR", "region")]),
    ("Clashes in eastern DR Congo worsened.", [("eastern DR Congo", "COD", "region")]),
    ("Northern Ethiopia remains cut off.", [("Northern Ethiopia", "ETH", "region")]),
    # ambiguity: words and given names are not places
    ("Victoria said the mobile clinic would split its team.", []),
    ("Nice work along the delta, said Hope.", []),
    ("In March the Union and the Police met with Mercy.", []),
    ("Of the displaced, many were children.", []),
    ("Sudan is not sudan and chad is not Chad.", [("Sudan", "SDN", "country"), ("Chad", "TCD", "country")]),
    ("Lake Chad is shrinking.", []),
    ("The turkey was eaten in georgia.", []),
    ("Patients were moved from the hospital in Alexandroupolis.", [("Alexandroupolis", "GRC", "city")]),
    ("Trucks left Anderamboukane at dawn.", [("Anderamboukane", "MLI", "city")]),
    ("Floods hit Hebei and Xinjiang.", [("Hebei", "CHN", "admin1"), ("Xinjiang", "CHN", "admin1")]),
    ("Rain fell on West Java and North Sulawesi.", [("West Java", "IDN", "admin1"), ("North Sulawesi", "IDN", "admin1")]),
    ("Fires burned in Attica and Sicily.", [("Attica", "GRC", "admin1"), ("Sicily", "ITA", "admin1")]),
    ("Floods reached Lac du Bonnet.", []),
    ("The quake hit Jajarkot and Rukum West districts.", []),
    ("Karen Whitby, 61, waded out of her house in NSW.", [("NSW", "AUS", "admin1")]),
    ("Volunteers reached Whitby on Monday.", [("Whitby", "CAN", "city")]),
    # a town named with its state after a comma
    ("Residents of Lebanon, Tennessee, were told to leave.",
     [("Lebanon", "USA", "city"), ("Tennessee", "USA", "admin1")]),
    ("Shelters opened in Athens, Georgia, on Friday.", [("Athens", "USA", "city"), ("Georgia", "USA", "admin1")]),
    ("Refugees live in Turkey, Lebanon, Georgia and Armenia.",
     [("Turkey", "TUR", "country"), ("Lebanon", "LBN", "country"), ("Georgia", "GEO", "country"),
      ("Armenia", "ARM", "country")]),
    ("Crowds gathered in Tbilisi, Georgia.", [("Tbilisi", "GEO", "city"), ("Georgia", "GEO", "country")]),
    # a name that runs on past an apostrophe is another word
    ("Families fled Dhat Al Ra'a for Marib.", [("Marib", "YEM", "admin1")]),
    ("TANZANIA'S FLOODS", [("TANZANIA", "TZA", "country")]),
    # a town with its state abbreviated as the wires do
    ("HARLOW, Okla. (AP) - Storms hit.", [("HARLOW", "USA", "city")]),
    ("Fort McMurray, Alta. - Fires burn.", [("Fort McMurray", "CAN", "city")]),
    # the town named again alone is the same town
    ("HARLOW, Okla. (AP) - Storms hit. Shelters opened in Harlow.",
     [("HARLOW", "USA", "city"), ("Harlow", "USA", "city")]),
    ("Floods hit Athens, Georgia, on Friday. In Athens, 40 homes were damaged.",
     [("Athens", "USA", "city"), ("Georgia", "USA", "admin1"), ("Athens", "USA", "city")]),
    ("Harlow, in Essex, was spared.", [("Harlow", "GBR", "city"), ("Essex", "GBR", "admin1")]),
    # a name joined on by an ezafe is another place
    ("In Qala-i-Naw, the provincial capital, camps grew.", [("Qala-i-Naw", "AFG", "city")]),
    ("Families reached Kala-i-Mor on foot.", []),
    ("Evacuees drove south to the Lac-Saint-Jean region.", []),
    ("An avalanche hit Longyearbyen on Svalbard.", [("Longyearbyen", "SJM", "city"), ("Svalbard", "SJM", "country")]),
    ("Wildfires spread across Alberta and Yakutia.", [("Alberta", "CAN", "admin1"), ("Yakutia", "RUS", "admin1")]),
    ("The Sakhalin governor spoke.", [("Sakhalin", "RUS", "admin1")]),
    ("Clashes in Sweida province displaced thousands.", [("Sweida", "SYR", "admin1")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_find_places(text, expected):
    assert _found(text) == expected


def test_a_second_reading_holds_only_in_a_story_of_its_country():
    text = "Landslides hit the Cordillera and Ilocos regions."
    assert [(p.name, p.iso3) for p in find_places(text, prefer={"PHL"})][0] == ("Cordillera", "PHL")
    assert [(p.name, p.iso3) for p in find_places("Floods hit Cordillera department.")] == [("Cordillera", "PRY")]


def test_offsets_point_at_the_name_and_span_the_generic_word():
    text = "Families fled Khartoum state for Gezira."
    first, second = find_places(text)
    assert text[first.start:first.end] == "Khartoum state"
    assert first.name == "Khartoum"
    assert text[second.start:second.end] == "Gezira"


def test_places_are_non_overlapping_and_ordered():
    places = find_places("Refugees from South Sudan, Sudan and the Central African Republic.")
    assert [p.name for p in places] == ["South Sudan", "Sudan", "Central African Republic"]
    assert all(a.end <= b.start for a, b in zip(places, places[1:]))


def test_prefer_picks_the_article_country_for_a_shared_city_name():
    default = find_places("Shelling hit Tripoli.")[0]
    assert default.iso3 == "LBY"
    assert set(default.candidates) >= {"LBY", "LBN"}
    assert find_places("Shelling hit Tripoli.", prefer={"LBN"})[0].iso3 == "LBN"


def test_prefer_does_not_turn_a_country_into_a_city():
    assert find_places("Floods in Georgia.", prefer={"USA"})[0].iso3 == "GEO"


def test_unresolved_admin_areas_are_opt_in():
    text = "Water rose in Tharparkar district."
    assert find_places(text) == []
    (place,) = find_places(text, include_unresolved=True)
    assert (place.name, place.iso3, place.kind) == ("Tharparkar", "", "admin1")


@pytest.mark.parametrize("text, names", [
    ("Shelters opened in Lee County on Tuesday.", ["Lee"]),
    ("Tornadoes hit St. Lucie County.", ["St. Lucie"]),
    ("Homes flooded in Lafourche Parish and St Elizabeth parish.", ["Lafourche", "St Elizabeth"]),
    ("Families sheltered in a Catholic parish hall.", []),
    ("Deputy County Commissioner Mary Chepkemoi spoke.", []),
])
def test_unresolved_admin_areas_named_with_a_capitalised_kind(text, names):
    assert [p.name for p in find_places(text, include_unresolved=True) if not p.iso3] == names


def test_plural_generic_word_makes_each_listed_city_an_admin_area():
    kinds = [(p.name, p.kind) for p in find_places("Rains hit Kano and Kaduna states.")]
    assert kinds == [("Kano", "admin1"), ("Kaduna", "admin1")]


@pytest.mark.parametrize("name,iso3", [
    ("Sudan", "SDN"), ("Sudanese", "SDN"), ("the Philippines", "PHL"), ("DRC", "COD"),
    ("Ivory Coast", "CIV"), ("Khartoum", "SDN"), ("Kosovo", "SRB"), ("Türkiye", "TUR"),
    ("Rohingya", "MMR"), ("Nowhereville", None),
])
def test_country_of(name, iso3):
    assert country_of(name) == iso3


def test_a_country_with_a_direction_is_that_country_only():
    """`northern Armenia` is Armenia, not the Colombian city of Armenia."""
    [place] = find_places("Floods cut off northern Armenia.")
    assert (place.name, place.iso3, place.kind, place.candidates) == ("northern Armenia", "ARM", "region", ("ARM",))


@pytest.mark.parametrize("name", ["The Bahamas", "the Bahamas", "Bahamas"])
def test_country_of_a_name_with_its_article(name):
    assert country_of(name, countries_only=True) == "BHS"


def test_country_name():
    assert country_name("COD") == "DR Congo"
    assert country_name("SDN") == "Sudan"
    assert country_name("ZZZ") == "ZZZ"


def test_place_is_a_frozen_value():
    place = Place("Sudan", "SDN", "country", 0, 5)
    with pytest.raises(AttributeError):
        place.name = "Chad"


@pytest.mark.parametrize("text,expected", [
    ("Turkish state media reported the quake.", [("Turkish", "TUR", "demonym")]),
    ("Pilgrims reached the Saudi city of Jeddah.",
     [("Saudi", "SAU", "demonym"), ("Jeddah", "SAU", "city")]),
    ("Shelters opened in the state of Borno.", [("Borno", "NGA", "admin1")]),
    ("Camps in the Somali region of Ethiopia filled.",
     [("Somali", "ETH", "admin1"), ("Ethiopia", "ETH", "country")]),
    ("Rural Kenya is dry.", [("Kenya", "KEN", "country")]),
    ("Rains hit Devbhumi Dwarka district.", [("Devbhumi Dwarka", "IND", "admin1")]),
])
def test_generic_words_and_frames(text, expected):
    assert _found(text) == expected


def test_unknown_settlements_in_a_naming_frame_are_opt_in():
    found = _found("Homes burned in the town of Kitshanga and the village of Naib Rafi.",
                   include_unresolved=True)
    assert found == [("Kitshanga", "", "city"), ("Naib Rafi", "", "city")]


@pytest.mark.parametrize("text,expected", [
    ("She told the New York Times that Kabul was calm.", [("Kabul", "AFG", "city")]),
    ("The Geneva Conventions protect civilians in Syria.", [("Syria", "SYR", "country")]),
    ("Latin American and South American leaders met.", []),
    ("Cyclones form over the Indian Ocean.", []),
])
def test_names_of_other_things(text, expected):
    assert _found(text) == expected


def test_a_country_name_listed_with_another_countrys_states_is_a_state():
    assert _found("Storms hit Florida and Georgia.") == [
        ("Florida", "USA", "admin1"), ("Georgia", "USA", "admin1")]
    assert _found("Floods reached Kebbi, Niger and Kwara.") == [
        ("Kebbi", "NGA", "admin1"), ("Niger", "NGA", "admin1"), ("Kwara", "NGA", "admin1")]
    assert _found("Refugees reached Georgia and Armenia.") == [
        ("Georgia", "GEO", "country"), ("Armenia", "ARM", "country")]


@pytest.mark.parametrize("name, candidates", [("Lagos", ("NGA",)), ("Casablanca", ("MAR",))])
def test_a_city_of_millions_hides_its_small_namesakes(name, candidates):
    assert find_places(f"Families in {name} were evicted.")[0].candidates == candidates


@pytest.mark.parametrize("name, country", [("Tripoli", "LBN"), ("Hyderabad", "PAK")])
def test_a_namesake_that_is_a_city_itself_stays_a_candidate(name, country):
    assert country in find_places(f"Families in {name} were evicted.")[0].candidates


def test_car_among_philippine_regions_is_no_country():
    """`Regions I, III, IV-A, CAR and NCR`: the Cordillera Administrative Region, not the Central African Republic."""
    text = "Families were affected in 3,211 barangays in Regions I, III, IV-A, CAR and NCR."
    assert "CAF" not in {p.iso3 for p in find_places(text)}
    assert [p.iso3 for p in find_places("Fighting in CAR has displaced thousands.")] == ["CAF"]


def test_a_citys_nickname_is_no_place():
    """`Wawa` is what Varsovians call Warsaw, not a name the news gives it; `Hama` is how it writes Ḩamāh."""
    assert [p.iso3 for p in find_places("In Wawa Bar, a fishing village, 400 families lost their homes.")] == []
    assert [p.iso3 for p in find_places("Families returned to villages near Hama.")] == ["SYR"]


def test_a_department_of_something_is_a_body_not_a_division():
    """`the Puerto Rico Department of Health` names a body; `Chocó Department` a division."""
    assert [(p.name, p.iso3) for p in find_places("the Puerto Rico Department of Health said")] == [("Puerto Rico", "PRI")]
    assert [(p.iso3, p.kind) for p in find_places("Rains hit Chocó Department.")] == [("COL", "admin1")]


def test_two_places_of_different_countries_joined_by_a_hyphen_are_one_name():
    """`Nyanza-Lac` in Burundi is neither Rwanda's Nyanza nor Chad's Lac; `Beirut-Damascus` joins two capitals."""
    assert find_places("In Nyanza-Lac commune, 1,500 households fled.") == []
    assert [p.iso3 for p in find_places("the Beirut-Damascus crossing")] == ["LBN", "SYR"]
    assert [p.iso3 for p in find_places("the Kharkiv-Kyiv highway")] == ["UKR", "UKR"]


def test_a_name_that_goes_on_with_an_accented_word_is_another_place():
    """`Serra de Água` is a Madeira parish, not the Brazilian city of Serra."""
    assert find_places("Homes in Serra de Água were damaged.") == []
