"""Figures of short articles: the country, destination and location of each figure."""
from __future__ import annotations

import pytest

from figure_cases import fig, several_figures, single_figure

SINGLE = [
    fig("Beirut, Lebanon - Canada's foreign ministry said it had evacuated about 12,000 Canadians on chartered ships to Cyprus "
        "and Turkey.", id="nationals-carried-to-two-countries", title="Lebanon: foreigners flee by sea", value=12_000, country="LBN"),
    fig("In Ottawa, Foreign Affairs said more than 4,000 Canadian citizens had been evacuated from Haiti since the quake.",
        id="nationals-evacuated-from-a-country", title="Montreal's Haitians wait for news", value=4_000, country="HTI", source="GOV"),
    fig("Sabah police said about 1,200 Filipinos fleeing the violence in Sulu had crossed into Sabah by boat.",
        id="a-name-also-a-person-s-crossed-into", title="Fighting in Sulu", value=1_200, term="refugees", country="PHL",
        destination="MYS"),
    fig("In Cameroon's Far North, some 1,300 residents of a village in Mayo-Sava department fled to Mora on Sunday.",
        id="a-flight-inside-the-country-the-sentence-is-set-in", title="Chad: Boko Haram attacks on the lake", value=1_300,
        term="fled", country="CMR"),
    fig("Hurricane Katia made landfall in the Gulf state of Veracruz, where officials said 4,000 people had been evacuated.",
        id="a-gulf-state-of-mexico", value=4_000, country="MEX"),
    fig("The Ministry of Tourism reported that 1,400 foreign tourists were relocated from hotels in Cayo Largo del Sur, Cuba.",
        id="a-name-that-goes-on-with-del", value=1_400, country="CUB"),
    fig("The district administration said 4,260 families had been registered as displaced from Loi Mamund in Bajaur.",
        id="a-district-of-pakistan-s-north-west", value=4_260, country="PAK"),
    fig("In a suburb of Garoua hit by the rising Benue, 230 houses were destroyed.", id="the-rising-benue-is-a-river",
        value=230, country="CMR"),
    fig("Across the border in Afghanistan's Khost province, about 2,400 Pakistani families from North Waziristan were "
        "still living in a camp, UNHCR said.", id="nationals-from-a-district-of-their-country-living-abroad",
        value=2_400, term="refugees", country="PAK", destination="AFG"),
    fig("More than 10,000 people had been displaced inside Karen State by the fighting, a local group said.",
        id="karen-state", value=10_000, country="MMR"),
    fig("The mayor said around 150 households had lost their homes in his commune of 2,200 people in the Roya valley, France.",
        id="a-commune-of-some-people-is-its-population", value=150, country="FRA"),
    fig("The agency said 43,000 people had been evacuated around Mount Agung in Indonesia, although as many as 100,000 "
        "people live inside the 12-kilometre exclusion zone.", id="people-living-inside-an-exclusion-zone", value=43_000),
    fig("The Alau dam collapse on September 10, 2024 displaced about 414,000 people in Borno, Nigeria.",
        id="the-year-of-a-day-is-no-count", value=414_000, country="NGA"),
    fig("Hurricane Matthew moved up the coast from Florida to South Carolina.\n\nGeorgia's governor extended a mandatory "
        "evacuation order to all six coastal counties, covering about 520,000 residents.\n\nIn Haiti, hundreds died.",
        title="Hurricane Matthew", id="a-state-s-governor-is-no-country-s", value=520_000, country="USA"),
    fig("Bushfires in Australia have destroyed more than 3,000 homes since September and burned an area larger than Syria.",
        title="Fires", id="a-country-a-size-is-measured-by", value=3_000, country="AUS"),
    fig("Ukraine's war has driven millions out.\n\nThe Bosnian war drove more than 2 million people from their homes "
        "between 1992 and 1995.", title="Refugees in Europe", id="a-war-named-after-its-country", value=2_000_000, country="BIH"),
    fig("In Yecheon County, North Gyeongsang Province, South Korea, officials said 37 houses had been destroyed by landslides.",
        title="Landslides", id="a-county-told-with-its-province", value=37, location="Yecheon"),
    fig("Between March and June 1999, some 850,000 people fled or were expelled from Kosovo, UNHCR said.",
        title="Kosovo, 1999", id="kosovo-is-a-province-of-serbia-in-iso-3166", value=850_000, country="SRB",
        location="Kosovo"),
    fig("Floods hit Nigeria's Kebbi state.\n\nIn Kabasa, the village head said 600 families had fled to higher ground.",
        title="Kebbi floods", id="a-sentence-opening-on-an-unknown-place", value=600, location="Kabasa"),
    fig("Floods hit Nigeria's Kebbi state.\n\nIn November, about 600 families fled to higher ground, officials said.",
        title="Kebbi floods", id="an-opening-month-is-no-place", value=600, location=None),
    fig("Fighting spread in Cameroon's Far North.\n\nIn Mora, Koza and Kolofata, some 2,300 families are living in "
        "public buildings, officials said.", title="Far North", id="an-opening-list-of-unknown-places", value=2_300,
        location=None),
    fig("Officials said about 35,000 people had fled their homes in Surin and Buriram provinces since Thursday.",
        title="Border clashes", id="provinces-listed-together-give-no-location", value=35_000, country="THA", location=None),
    fig("Air strikes on southern Lebanon went on through Thursday.\n\nForeign Minister Ana Ruiz said 31 Chileans had been "
        "evacuated on flights organised by Spain and Italy.",
        title="Evacuation flights", id="nationals-evacuated-on-flights-of-other-states", value=31, term="evacuated",
        country="LBN"),
    fig("Floods spread across South Sudan, which also hosts refugees from Sudan.\n\nIn Panyijiar county, Unity state, the county "
        "Relief and Rehabilitation Commission said 4,100 households had been displaced since the White Nile began rising in "
        "August.", title="South Sudan floods", id="a-river-named-like-a-state",
        value=4_100, country="SSD"),
    fig("A fire swept through a Rohingya camp in Teknaf on Sunday evening, the camp administration said.\n\nFirefighters "
        "took two hours to bring it under control. No one was killed, but about 3,500 Rohingya were left homeless.",
        title="Fire sweeps through refugee settlement", id="hosted-people-name-no-place-of-the-story",
        value=3_500, term="homeless", country="BGD"),
    fig("Strong winds tore through the Sudanese refugee settlements around Adré overnight, the local prefect said. Sudanese "
        "refugees there live in shelters of plastic sheeting.\n\nAbout 2,300 shelters were destroyed, officials said.",
        title="Storm hits camps", id="camps-of-a-hosted-people", value=2_300, term="destroyed", country="TCD"),
    fig("Israeli strikes pounded Gaza again. Some 120,000 Israelis remain displaced from homes near the Gaza Strip, the "
        "government said.", title="War in Gaza", id="nationals-displaced-near-a-landmark", value=120_000, country="ISR"),
    fig("Israeli jets struck southern Lebanon again. About 40,000 Israelis remain evacuated from their homes, officials "
        "said.", title="Lebanon border clashes", id="nationals-evacuated-from-their-homes", value=40_000, country="ISR"),
    fig("Heavy floods struck Iran.\n\nThe Red Crescent said it had sheltered more than 9,000 people in tents. Its chief said US "
        "sanctions had blocked donations.", title="Floods in Iran", id="another-country-s-sanctions", value=9_000, country="IRN"),
    fig("(Translated from the French)\n\nMore than 4,500 families have fled the clashes in Kalehe territory, local officials said.",
        id="translated-from-a-language", value=4_500, country=None),
    fig("Lebanon's health ministry said 900,000 people had been displaced since Israel sharply escalated its air campaign.",
        id="a-country-escalating-its-air-campaign", value=900_000, country="LBN"),
    fig("Hurricane Matthew hit Haiti before moving up the coast of Florida and South Carolina. In Georgia, officials said "
        "shelters across the state were housing about 3,400 people.", id="georgia-told-of-as-a-state",
        value=3_400, country="USA", location="Georgia"),
    fig("Gunmen attacked six villages in Nigeria's northeastern Adamawa state, forcing about 7,000 people to flee, officials said.",
        id="a-state-told-by-its-side-of-the-country", value=7_000, country="NGA", location="Adamawa"),
    fig("Bandits displace 4,000 in Mariga - Niger SEMA", id="a-nigerian-state-named-by-its-emergency-agency",
        value=4_000, term="displaced", country="NGA"),
    fig("In Ethiopia, the regional government said some 30,000 ethnic Somalis driven from Oromia were staying in camps.",
        id="an-ethnicity-is-no-country-of-origin", value=30_000, term="sheltered", country="ETH", destination=None),
    fig("Tajikistan says 31,000 evacuated after border clash with Kyrgyzstan.",
        id="the-other-party-to-a-clash", value=31_000, term="evacuated", country="TJK"),
    fig("N. Korea says about 5,000 people were evacuated from flooded Sinuiju.", id="n-korea-abbreviated", value=5_000,
        country="PRK"),
    fig("Pakistani officials said most of the nearly 3,000 families evacuated from villages in Azad Kashmir had gone back.",
        id="azad-kashmir", value=3_000, country="PAK"),
    fig("Shelling forced about 2,000 people from villages in Indian-administered Kashmir, police said.",
        id="indian-administered-kashmir", value=2_000, country="IND"),
    fig("TRIPOLI - Of the people displaced by the fighting in Libya, 2,300 are migrant workers, mostly from Egypt, Sudan and "
        "Chad, IOM said.", id="where-workers-came-from", value=2_300, country="LBY"),
    fig("NIAMEY - In Niger's western Tillaberi and Tahoua regions, bordering Mali and Burkina Faso, violence has uprooted "
        "about 78,000 people.", id="countries-listed-after-bordering", value=78_000, country="NER"),
    fig("The Red Cross released 350,000 Swiss francs for Chad.\n\nLocal officials in Kousseri, Cameroon, said about 1,500 "
        "people from flooded Chadian villages had crossed the river into Cameroon.", id="swiss-francs-name-no-place",
        value=1_500, country="TCD"),
    fig("About 1,200 families fled the Abu Salim and Salah al-Din neighbourhoods of Tripoli, Libya, during the fighting.",
        id="neighbourhoods-named-like-a-province", value=1_200, country="LBY"),
    fig("At least 47 families fled their homes in the Las Margaritas neighbourhood of Soyapango, El Salvador, this year.",
        id="a-neighbourhood-is-in-its-towns-country", value=47, country="SLV"),
    fig("DARBHANGA, July 29 - Floods have entered 14 blocks of Darbhanga district, the administration said.\n\nThe Bagmati "
        "was flowing above the danger level, and more rain is forecast in the catchment in Nepal.\n\nAbout 6,300 people were "
        "shifted to higher ground on Tuesday.", title="Darbhanga floods", id="a-river-named-like-a-province",
        value=6_300, country="IND"),
    fig("In Turks and Caicos, the government evacuated 25 residents of Salt Cay by boat.", title="Hurricane Fiona",
        id="turks-and-caicos-is-no-nation-of-turks", value=25, country="TCA"),
    fig("Lay Kay Kaw, a town in Myanmar built with Japanese funding, had become a refuge for opponents of the coup.\n\n"
        "Since fighting broke out in the town, about 9,000 people have crossed the river into Thailand.",
        title="Shelling of a border town", id="a-nation-that-funded-is-no-origin", value=9_000, country="MMR", destination="THA"),
    fig("West Azerbaijan's crisis management director said 1,700 homes had been destroyed in Khoy county.",
        title="Earthquake in Iran", id="west-azerbaijan-is-irans", value=1_700, country="IRN", source="GOV"),
    fig("MAE SARIANG, Thailand, March 5 - Myanmar army jets bombed villages in Karen state.\n\nAbout 3,000 villagers crossed "
        "into Thailand's Mae Hong Son province on Sunday, Thai officials said.", title="Karen villagers flee air strikes",
        id="crossed-into-a-province-of-another-country",
        value=3_000, term="refugees", destination="THA"),
    fig("Three Chinese engineers were among the missing.\n\nMore than 60 families in Helambu lost their homes when the river "
        "burst its banks, said Nima Lama, a local schoolteacher.", title="Floods in Nepal",
        id="a-town-in-a-persons-name-is-no-place", value=60, country="NPL"),
    fig("In neighbouring India, the state's disaster management department said more than 100,000 people were in relief camps "
        "after the rivers, which flow down from Nepal, swept across 13 districts.", title="Floods in Nepal",
        id="a-country-in-an-aside-is-not-where", value=100_000, country="IND"),
    fig("Among the displaced are at least 1,100 Venezuelan migrants who had settled in the region to work on coca farms.",
        title="Catatumbo crisis in Colombia", id="nationals-displaced-where-they-had-settled", value=1_100, country="COL"),
    fig("More than 124,000 people have been displaced again since Israel resumed its bombardment of Gaza on Tuesday.",
        title="Gaza: displaced again", id="a-country-that-resumed-its-bombardment", value=124_000, country="PSE"),
    fig("The flood tore through Derna in eastern Libya.\n\nIn Susa, a coastal town west of Derna, the mayor said nearly "
        "200 families who had fled last week had returned home.", id="a-province-abroad-called-a-town",
        value=200, country="LBY"),
    fig("Cars streamed through Russian checkpoints on Thursday.\n\nAcross Ukraine, more than 3 million people have "
        "fled to neighbouring countries, the UN refugee agency said.", id="a-nation-named-for-its-checkpoints",
        value=3_000_000, term="refugees", country="UKR"),
    fig("Heavy fighting continued on Tuesday, and aid workers in Chad said the border camps were full.\n\n"
        "About 5,000 people have fled their homes in the past week, aid groups said.", title="Sudan: thousands more reach Chad",
        id="a-country-labelling-the-title", value=5_000, country="SDN"),
    fig("The Israeli government declared it safe for residents of communities along the Lebanese border to go home, three months "
        "after the ceasefire with Hezbollah.\n\nMetula is almost surrounded by Lebanon on three sides.\n\nIn Kiryat Shmona, "
        "the municipality says roughly 9,000 residents have returned.", id="a-border-named-by-its-neighbour",
        value=9_000, country="ISR"),
    fig("About 9,600 Syrians had crossed into Lebanon's northern Akkar district since Thursday, Lebanese authorities said.",
        id="refugees-into-a-district-the-tables-lack", value=9_600, country="SYR", destination="LBN", location="Akkar"),
    fig("More than 580 people from the Mexican municipality of Amatenango de la Frontera have crossed into Guatemala's "
        "Huehuetenango department, officials said.", id="the-place-refugees-came-from-is-not-their-location",
        value=580, destination="GTM", location="Huehuetenango"),
    fig("Heavy rains have battered Guatemala for a week.\n\nIn neighbouring El Salvador, the civil protection director "
        "said 2,150 people had been evacuated from coastal communities in La Libertad department.",
        id="a-department-of-the-country-the-story-names", value=2_150, country="SLV", location="La Libertad"),
    fig("KIM HOLLAND (PRESENTER): Fire crews are still at the warehouse in Sydney's west.\n\nHOLLAND: And the people who "
        "live nearby?\n\nJESS TRAN (REPORTER): Police evacuated about 450 people from homes in Smithfield, NSW.",
        id="a-presenters-surname-is-no-country", value=450, country="AUS"),
    fig("The Philippine Red Cross (PRC) sent volunteers to Valenzuela City.\n\nAccording to a rapid assessment by PRC "
        "volunteers, 412 families lost their homes in the blaze.", id="an-acronym-defined-for-a-body-is-no-country",
        value=412, country="PHL"),
    fig("Floodwater has swamped communities across Far North Queensland.\n\nIn Cairns, about 1,400 people were sheltering at "
        "evacuation centres, the council said.", id="a-direction-before-a-state",
        value=1_400, country="AUS"),
    fig("Floods hit Armenia's north at the weekend. The Armenian Red Cross says at least 220 homes have been damaged across "
        "Lori and Tavush.", id="armenian-provinces", value=220, country="ARM"),
    fig("Fighting is continuing in Lebanon's south.\n\nOn the other side of the border, about 30,000 residents evacuated from "
        "northern Israeli communities remain in hotels.", id="a-nations-communities", value=30_000, country="ISR"),
    fig("About 300 residents of Lebanon, Tennessee, were evacuated on Sunday after the creek overflowed, the county "
        "sheriff said.", id="a-town-named-with-its-state", value=300, country="USA", location="Lebanon"),
    fig("Drought has driven people from their villages in Somalia's Gedo region all year.\n\nUp to 100,000 people have "
        "crossed into the Doolo zone of Ethiopia's Somali region, UNHCR said.", id="into-a-zone-of-a-country",
        value=100_000, term="refugees", country="SOM", destination="ETH"),
    fig("HOST (DANA WHITFORD): Wildfires are burning across Manitoba, Canada.\n\nREPORTER (JORDAN BEAULIEU): About 5,000 "
        "people were ordered out of Flin Flon on Wednesday night.", id="a-name-in-a-speaker-label-is-no-place",
        value=5_000, country="CAN"),
    fig("Airstrikes hit Gaza City overnight.\n\nIsraeli authorities say they have evacuated about three thousand residents "
        "of communities closest to the Gaza fence to hotels further north.", id="a-fence-named-after-a-place",
        value=3_000, country="ISR"),
    fig("A typhoon struck South Korea's southern coast on Sunday, and Busan and Ulsan were hit hardest. It then crossed to "
        "southwestern Japan.\n\nIn Nagasaki, at least 12 houses were damaged by high winds.",
        id="a-city-of-a-country-named-as-a-region", value=12, country="JPN", title="Typhoon"),
    fig("VALPARAISO - A fire on Christmas Eve swept through the hills of Valparaiso.\n\nIt destroyed 245 homes on the "
        "Rocuant and San Roque hills, the national emergency office said.", id="a-city-named-often-outweighs-a-namesake",
        value=245, country="CHL", title="Valparaiso fire"),
    fig("HARARE - About 1,200 people have been left homeless after council workers tore down houses. Residents say they paid "
        "between US$400 and US$1,500 for their stands.", title="Demolitions", id="a-currency-names-no-country",
        value=1_200, country="ZWE"),
    fig("Niger also hosts about 60,000 refugees who fled violence in northern and central Mali, the UN refugee agency said.",
        id="refugees-who-fled-violence-in-a-country", value=60_000, country="MLI", destination="NER"),
    fig("By 1 March 2000, the floods had forced an estimated 490,000 people from their homes along the Limpopo and Save "
        "rivers.", title="Mozambique floods, 25 years on", id="two-rivers-named-together", value=490_000, country="MOZ",
        location=None),
    fig("More than 600,000 people have returned to their villages since the ceasefire between Israel and Hezbollah.",
        title="Lebanon: families head south", id="the-parties-to-a-ceasefire-are-no-place", value=600_000, term="returned", country="LBN"),
    fig("Namibia's Ministry of Home Affairs said about 400 of the Angolans had gone back home after receiving food parcels.",
        title="Drought", id="a-part-of-a-nation-going-home", value=400, term="returned", country="AGO"),
    fig("Hurricane crews in Atlanta and Tampa were stretched thin. In Georgia, about 3,000 people were staying in shelters "
        "on Saturday, state officials said.", title="Storm lashes the Southeast", id="a-us-state-named-like-a-country",
        value=3_000, country="USA", location="Georgia"),
    fig("Authorities in Georgia evacuated some 5,400 coastal residents, while South Carolina opened shelters.",
        title="Storm heads north", id="a-state-beside-another-state-in-its-sentence", value=5_400, country="USA"),
    fig("Fighting near South Ossetia displaced about 20,000 people in Georgia, the U.S. State Department said.",
        title="Caucasus clashes", id="the-country-with-its-own-region-named", value=20_000, country="GEO"),
    fig("Floods in Kogi and Benue pushed 3,000 people to flee to Niger, officials said.", title="Floods in Nigeria",
        id="a-country-people-fled-to-stays-a-country", value=3_000, country="NGA", destination="NER"),
    fig("Clashes in Borno and Yobe were reported. In Niger, the interior ministry said 7,000 people had been displaced, "
        "while Chad counted fewer.", title="Lake Chad region", id="a-country-among-other-countries-stays-a-country",
        value=7_000, country="NER"),
    fig("Demolitions in the Jordan Valley in the occupied West Bank displaced 80 Palestinians, OCHA said.",
        id="a-valley-named-after-a-country", value=80, country="PSE"),
    fig("Fire Chief Scott Dumont said about 60 families had been forced from their homes.", id="a-surname-after-a-title",
        value=60, location=None),
    fig("Shelling damaged 31 houses in the Borova district overnight, the regional administration said.",
        title="Ukraine: front-line villages shelled", id="a-district-the-gazetteer-lacks-locates-the-figure",
        value=31, country="UKR", location="Borova"),
    fig("Evictions displaced about 9,000 people in Nairobi's Mukuru district last month, the rights group said.",
        id="a-district-told-as-part-of-a-city", value=9_000, location="Mukuru"),
    fig("Israel's military said 90,000 people had moved out of Rafah in two days.", title="Fighting in Gaza",
        id="a-city-of-the-main-country-outweighs-the-speaker", value=90_000, country="PSE", location="Rafah"),
    fig("More than 900 residents of a waterfront settlement in Lagos were evicted by police on Sunday.",
        id="a-city-of-millions-over-a-small-namesake", value=900, country="NGA"),
    fig("Gunmen storm Djibo, forcing 12,000 residents to flee, local officials said.", title="Sahel violence",
        id="storm-as-a-verb-names-no-storm", value=12_000, country="BFA"),
    fig("Bangladesh is bracing for new arrivals.\n\nFighting in Northern Rakhine has forced 45,000 people from their homes, "
        "the UN said.", title="Bangladesh braces for new influx", id="a-compass-word-before-a-province-abroad",
        value=45_000, country="MMR"),
    fig("Somalia intensified operations against al-Shabaab, displacing 20,000 people, OCHA said.",
        title="Kenya braces for arrivals", id="a-country-fighting-at-home", value=20_000, country="SOM"),
    fig("Clashes broke out in Tripoli, Libya, on Monday.\n\nThe Libyan Red Crescent said it had evacuated 126 families from "
        "the Salah al-Din neighbourhood on Wednesday.", id="a-province-abroad-said-to-be-a-neighbourhood", value=126, country="LBY"),
    fig("Lebanon says up to 1 million displaced as Israel begins ground raids", id="a-country-beginning-raids-acts",
        value=1_000_000, country="LBN"),
    fig("Israeli bombardment continued on Monday.\n\nLebanese General Security said more than 235,000 people had crossed "
        "into Syria in a week.", title="Lebanon exodus", id="the-side-bombarding-is-no-origin",
        value=235_000, term="refugees", country="LBN", destination="SYR"),
    fig("Cyclone Gamane displaced more than 20,000 people in the Sava region of Madagascar, the disaster office said.",
        id="a-division-of-a-named-country", value=20_000, country="MDG", location="Sava"),
    fig("Floods forced 6,500 people from their homes in Nord province of Cameroon, officials said.",
        id="a-province-of-a-named-country", value=6_500, country="CMR"),
    fig("Cyclone Gamane made landfall on Tuesday.\n\nThe storm displaced about 20,000 people, officials said.",
        id="a-storm-is-no-place", value=20_000, country=None),
    fig("Cyclone Freddy struck Malawi in March.\n\nFreddy also destroyed 4,000 houses, officials said.",
        id="a-storm-named-alone-is-no-place", value=4_000, country="MWI", location=None),
    fig("Iran's expulsions push Afghan returns past 1.2 million this year, the UN migration agency said.",
        id="returns-named-by-nationality", value=1_200_000, term="returned", country="AFG"),
    fig("Lebanon's General Security directorate counted some 450,000 returns of Syrians through official crossings.",
        id="returns-of-nationals-counted-by-a-host", value=450_000, term="returned", country="SYR", source="GOV"),
    fig("Hurricane Dorian devastated the Abaco Islands in the Bahamas.\n\nThe US Coast Guard said it had evacuated 290 "
        "people by helicopter since Monday.", id="a-coast-guard-abroad", value=290, country="BHS"),
    fig("Storm Fiona flooded the Dominican Republic on Monday.\n\nIn Puerto Rico, floods cut roads.\n\nPuerto Rico's "
        "government said 1,032 people were staying in 64 shelters on Monday.", id="a-two-word-country-speaks",
        value=1_032, country="PRI", source="GOV"),
    fig("Fighting in Myanmar's Rakhine state has eased.\n\nUnder a deal brokered by China, about 2,000 displaced people "
        "returned to their villages last month.", id="a-country-brokering-a-deal", value=2_000, country="MMR"),
    fig("Russian peacekeepers, deployed in the region under a 2020 ceasefire, said they had sheltered about 5,000 people in "
        "Stepanakert, Azerbaijan.", id="peacekeepers-act-abroad", value=5_000, country="AZE"),
    fig("India sent its army to help Sri Lanka after Cyclone Ditwah.\n\nIndian army officials said they had evacuated 400 "
        "people in the central hills.", title="Indian army in Sri Lanka", id="an-army-abroad", value=400, country="LKA"),
    fig("Kenya leads a multinational force in Haiti. Kenya has deployed 400 police officers.\n\nKenyan troops said 1,500 "
        "people were staying in shelters near the airport.", title="Kenyan police in Haiti", id="a-force-a-country-leads-abroad",
        value=1_500, country="HTI"),
    fig("Louisville, Kentucky, braced for more flooding on Sunday.\n\nThe Ohio River rose to 17 metres, forcing 2,000 "
        "residents to evacuate, city officials said.", id="a-river-named-like-a-state-is-no-location", value=2_000,
        country="USA", location=None),
    fig("The war in Sudan continues.\n\nSOUTH SUDAN\n\nAbout 20,000 people crossed into Renk this week.\n\nDarfur\n\n"
        "Some 30,000 people fled fighting on Monday.", title="Sudan crisis: regional update",
        id="a-subheading-abroad-ends-a-country-section", value=30_000, country="SDN"),
    fig("More than 480,000 people have been evacuated in Punjab, Pakistan, the PDMA said on Thursday.",
        id="a-province-named-with-its-country", value=480_000, country="PAK", location="Punjab"),
    fig("From Sudan alone, 12,000 refugees arrived in Chad last week, the agency said, with food aid flown in from France.",
        id="aid-from-a-country-is-no-origin", value=12_000, country="SDN"),
    fig("Clashes erupted on Monday in villages close to Ethiopia's border with Kenya. Some 8,000 people have fled their "
        "homes, local officials said.", title="Border clashes", id="a-countrys-own-border-is-no-landmark",
        value=8_000, country="ETH"),
    fig("Floods hit India and Bangladesh this week.\n\nIndian army officials said they had evacuated 5,000 people in the "
        "north-east.", title="Floods in Bangladesh and India", id="an-army-at-home", value=5_000, country="IND"),
    fig("Bandits attacked seven villages in Zamfara State, Nigeria.\n\nThe agency said about 4,500 people from the "
        "affected communities had fled across the border to Niger Republic.", id="from-the-affected-communities",
        value=4_500, term="refugees", country="NGA", destination="NER"),
    fig("Hurricane Beryl struck the Texas coast on Monday.\n\nAbout 500 evacuated residents of Jamaica Beach had "
        "returned by Wednesday, city officials said.", id="a-country-name-inside-a-town-name", value=500, country="USA"),
    fig("The crisis in the east has drawn attention away from southern Chad, where some 6,000 refugees from the Central "
        "African Republic arrived this year.", id="away-from-is-no-origin", value=6_000, country="CAF", destination="TCD"),
    fig("Israeli strikes on southern Lebanon continued last year.\n\nAbout 180,000 people remain internally displaced, "
        "IOM said, most of them from villages close to the border with Israel.", id="close-to-the-border-with",
        value=180_000, country="LBN"),
    fig("More than 10,000 people, mostly women and children who fled attacks on their villages, have arrived in Bunia, "
        "Congo.", id="a-who-clause-inside-an-apposition", value=10_000, term="fled", country="COD"),
    fig("The worst affected district is Sylhet: 12,000 have been displaced.", id="a-clause-naming-a-place-before-a-colon",
        value=12_000, term="displaced", country="BGD"),
    fig("Hurricane Helene forced 3,000 people from their homes in northern Georgia, officials said.",
        title="Helene leaves trail of destruction across the US Southeast", id="northern-georgia-in-the-us",
        value=3_000, country="USA"),
    fig("West Bengal: 216,000 evacuated from coastal districts - state govt", id="a-labelled-line-read-as-prose",
        value=216_000, term="evacuated", country="IND"),
    fig("WEST BENGAL: 2.16 LAKH EVACUATED FROM COASTAL DISTRICTS - STATE GOVT", id="a-line-in-capitals",
        value=216_000, term="evacuated", country="IND", location="West Bengal"),
    fig("MORE THAN 5,900 FLEE GANG ATTACKS IN PORT-AU-PRINCE, HAITI", id="a-place-in-capitals-is-written-as-a-name",
        value=5_900, term="fled", location="Port-au-Prince"),
    fig("On the Russian side, the regional governor says about 9,000 residents of Belgorod have been temporarily moved "
        "to other regions since the start of the year.", id="moved-to-other-regions", value=9_000, term="evacuated",
        country="RUS"),
    fig("In Narino department, clashes along the Patia river forced 3,200 people from their homes, Colombian officials "
        "said.", id="a-river-is-no-location", value=3_200, country="COL", location="Narino"),
    fig("Attacks on villages continue across Burkina Faso.\n\nIn the East region, OCHA estimates that about 17,000 people "
        "fled to Fada N'Gourma in the four weeks to 2 February.", id="a-compass-region-of-another-country",
        value=17_000, country="BFA"),
    fig("Floods cut off northern Armenia as the Yerevan-Tbilisi railway is swept away.\n\nRescuers evacuated 214 people "
        "from flooded areas, the Ministry of Emergency Situations said.\n\nThe main highway to Georgia remained closed.",
        title="Floods cut off northern Armenia", id="a-direction-and-a-country-name-that-is-also-a-town",
        value=214, country="ARM"),
    fig("Flooding hit southern Haiti overnight.\n\nIn Petit-Goave, where the La Digue river overflowed, about 1,300 "
        "people were staying in five schools used as shelters.", id="a-river-named-like-a-place-is-no-place",
        value=1_300, country="HTI"),
    fig("Hurricane Melissa hit Jamaica on Tuesday as a category 5 storm.\n\nCuban authorities said 735,000 citizens had "
        "been evacuated ahead of the storm's arrival in the east of the island.", id="citizens-evacuated-by-their-own-government",
        value=735_000, term="evacuated", country="CUB"),
    fig("The Taliban took Kabul, Afghanistan, two weeks ago.\n\nBritish officials said on Saturday that their operation "
        "had evacuated more than 15,000 people, including British nationals and Afghans who had worked with UK forces.",
        id="a-government-bringing-its-nationals-home", value=15_000, term="evacuated", country="AFG"),
    fig("Across Sindh, 300,000 people were displaced by the floods.", id="a-thousands-comma-is-no-age",
        value=300_000, country="PAK", location="Sindh"),
    fig("The fighting in Idlib, Syria, went on. Turkish officials said 10,000 people had fled the fighting in the past week.",
        id="a-neighbours-officials-on-flight", value=10_000, term="fled", country="SYR"),
    fig("The latest bulletin of Madagascar's national disaster office lists 91,066 déplacés, or displaced people, "
        "across eight regions.", id="deplaces-are-displaced", value=91_066, term="displaced", country="MDG"),
    fig("Floods in Brazil's Rio Grande do Sul state in April and May caused more than 580,000 displacements.",
        id="the-month-of-may-is-no-maybe", value=580_000, term="displaced", country="BRA"),
    fig("Belgorod region governor Vyacheslav Gladkov said 1,000 children from districts near Ukraine had been evacuated to other Russian regions.",
        id="a-country-named-as-a-landmark-is-not-where", value=1_000, term="evacuated", country="RUS"),
    fig("In Canada, wildfires forced residents out of Jasper in July. Cuban authorities said they evacuated more than "
        "280,000 people ahead of Hurricane Rafael.", id="a-government-named-by-nationality-speaks-for-its-country",
        value=280_000, term="evacuated", country="CUB"),
    fig("Some 300,000 Venezuelans have fled to Colombia this year.",
        id="refugees-of-no-stated-cause-have-an-unknown-cause", value=300_000, term="refugees", country="VEN", cause="unknown"),
    fig("In Paiporta, where 45 residents died, some 600 families have lost their homes, the council said.",
        id="homeless-after-a-death-clause", value=600, unit="households", term="homeless", country="ESP"),
    fig("The landslide buried and destroyed more than 150 houses in Enga province, Papua New Guinea.",
        id="buried-and-destroyed", value=150, term="destroyed", unit="houses", country="PNG"),
    fig("More than 12,000 people have been displaced by fighting in Darfur, Sudan.", id="more-than-displaced",
        value=12_000, qualifier="more_than", unit="people", term="displaced", country="SDN", cause="conflict"),
    fig("About 3,500 families were displaced by floods in Sindh province, Pakistan.", id="families-households",
        value=3_500, qualifier="approximately", unit="households", term="displaced", country="PAK",
        cause="disaster", location="Sindh"),
    fig("Some 1.2 million people have fled the war in Sudan.", id="decimal-million-fled",
        value=1_200_000, qualifier="approximately", term="fled", country="SDN", cause="conflict"),
    fig("Two million Somalis have been displaced by drought.", id="words-demonym",
        value=2_000_000, qualifier="exact", unit="people", term="displaced", country="SOM", cause="disaster"),
    fig("Some 359 000 people were displaced by violence in central Mali.", id="space-separator",
        value=359_000, qualifier="approximately", term="displaced", country="MLI"),
    fig("Fighting has displaced 3.5m people in Myanmar.", id="short-scale-m",
        value=3_500_000, term="displaced", country="MMR", cause="conflict"),
    fig("Half a million people have fled their homes in Rakhine state, Myanmar.", id="half-a-million",
        value=500_000, term="fled", country="MMR", location="Rakhine"),
    fig("A quarter of a million people were displaced by floods in Nigeria.", id="quarter-of-a-million",
        value=250_000, term="displaced", country="NGA", cause="disaster"),
    fig("Twenty-five thousand people were evacuated from coastal areas of Vietnam ahead of the typhoon.",
        id="hyphenated-words", value=25_000, term="evacuated", country="VNM", cause="disaster"),
    fig("A dozen families were displaced by a landslide in Nepal.", id="a-dozen-families",
        value=12, unit="households", term="displaced", country="NPL", cause="disaster"),
    fig("Between 10,000 and 15,000 residents fled the volcanic eruption in the Philippines.", id="range-between",
        value=10_000, value_high=15_000, qualifier="range", unit="people", term="fled", country="PHL",
        cause="disaster"),
    fig("Officials said 10,000-15,000 people were displaced by clashes in Chad.", id="range-hyphen",
        value=10_000, value_high=15_000, qualifier="range", term="displaced", country="TCD"),
    fig("Up to 40,000 people have fled the clashes in Tigray, Ethiopia.", id="up-to",
        value=40_000, qualifier="up_to", term="fled", country="ETH", cause="conflict"),
    fig("As many as 9,000 households were displaced by the cyclone in Madagascar.", id="as-many-as",
        value=9_000, qualifier="up_to", unit="households", term="displaced", country="MDG", cause="disaster"),
    fig("At least 1,200 houses were damaged by the earthquake in Herat, Afghanistan.", id="at-least-damaged",
        value=1_200, qualifier="at_least", unit="houses", term="damaged", country="AFG", location="Herat",
        cause="disaster"),
    fig("Nearly 7,000 people were displaced by fighting in Haiti's capital.", id="nearly",
        value=7_000, qualifier="less_than", term="displaced", country="HTI"),
    fig("In Sudan, an estimated 80,000 people fled the fighting in El Fasher.", id="an-estimated",
        value=80_000, qualifier="approximately", term="fled", country="SDN", location="El Fasher"),
    fig("In Somalia, no fewer than 5,000 people were displaced by floods.", id="no-fewer-than",
        value=5_000, qualifier="at_least", term="displaced", country="SOM"),
    fig("In Yemen, upwards of 2,000 families fled the fighting.", id="upwards-of",
        value=2_000, qualifier="more_than", unit="households", term="fled", country="YEM"),
    fig("Tens of thousands of people fled their homes in eastern Congo as rebels advanced.", id="vague-tens",
        value=20_000, qualifier="vague", term="fled", country="COD", cause="conflict"),
    fig("Hundreds of families are sheltering in schools in Kabul, Afghanistan.", id="vague-hundreds-families",
        value=200, qualifier="vague", unit="households", term="sheltered", country="AFG", location="Kabul"),
    fig("Thousands of residents were evacuated as wildfires spread in Greece.", id="vague-thousands",
        value=2_000, qualifier="vague", term="evacuated", country="GRC", cause="disaster"),
    fig("About 5,000 Afghans were displaced by the fighting.", id="unit-demonym-people",
        value=5_000, unit="people", term="displaced", country="AFG"),
    fig("The storm destroyed 2,300 dwellings in Mozambique.", id="unit-dwellings",
        value=2_300, unit="houses", term="destroyed", country="MOZ", cause="disaster"),
    fig("In Libya, the floods destroyed 900 residential buildings.", id="unit-residential-buildings",
        value=900, unit="houses", term="destroyed", country="LBY"),
    fig("About 12,000 returnees arrived in Kandahar, Afghanistan, last month.", id="returnees",
        value=12_000, term="returned", country="AFG"),
    fig("Some 30,000 people have gone back to their villages in Lebanon since the war ended.", id="went-back",
        value=30_000, term="returned", country="LBN", cause="conflict"),
    fig("More than 600,000 South Sudanese refugees are living in Uganda.", id="refugees-origin-destination",
        value=600_000, term="refugees", country="SSD", destination="UGA"),
    fig("Around 20,000 people fled to neighbouring Chad from Sudan's Darfur region last week.",
        id="fled-to-chad", value=20_000, term="refugees", country="SDN", destination="TCD"),
    fig("About 3,000 people from Myanmar crossed into Thailand after fighting near the border.",
        id="crossed-into", value=3_000, term="refugees", country="MMR", destination="THA", cause="conflict"),
    fig("At least 5,000 Venezuelan asylum seekers arrived in Peru in January.", id="asylum-seekers",
        value=5_000, qualifier="at_least", term="refugees", country="VEN", destination="PER"),
    fig("About 30,000 Sudanese refugees are staying in camps in eastern Chad.", id="refugees-beat-sheltered",
        value=30_000, term="refugees", country="SDN", destination="TCD"),
    fig("Some 2,000 Syrians sought refuge in Turkey after the attacks.", id="sought-refuge",
        value=2_000, term="refugees", country="SYR", destination="TUR"),
    fig("Violence in the coastal provinces has driven about 21,000 Syrians into Lebanon's Akkar province, the government said.",
        id="driven-into-another-country", value=21_000, term="refugees", country="SYR", destination="LBN"),
    fig("The war, which began in April 2023, has also driven more than 3.8 million people across the country's borders, "
        "UNHCR said.", title="Sudan's war", id="driven-across-the-countrys-borders", value=3_800_000, term="refugees",
        country="SDN"),
    fig("South Africa's government said it had helped evacuate 43 of its nationals who had been working in the town.",
        title="Insurgents attack Palma in Mozambique", id="a-state-evacuating-its-nationals-speaks-of-abroad",
        value=43, country="MOZ"),
    fig("In neighbouring Mali and Niger, more than 19,000 Burkinabè have sought refuge, according to UNHCR.",
        title="Burkina Faso crisis", id="nationals-who-sought-refuge-abroad", value=19_000, term="refugees", country="BFA"),
    fig("About 9,000 people spent the night in tents at the Karez Qala reception centre, the Taliban's refugee ministry said.",
        title="Afghans pour home from Iran", id="a-town-inside-a-longer-unknown-name", value=9_000, location=None),
    fig("Hundreds of families have been left homeless in the state, said Father Jhonny Guerrero, the parish priest.",
        title="Floods in Venezuela", id="a-state-inside-a-persons-name", value=200, country="VEN"),
    fig("More than 9,000 people, most of them Iraqis, had entered Germany via Belarus and Poland since August, police said.",
        id="nationality-told-in-an-aside", value=9_000, term="refugees", country="IRQ", destination="DEU"),
    fig("About 2,000 asylum seekers, mainly young Eritreans, crossed into Israel through the Sinai last year.",
        id="nationality-after-mainly", value=2_000, term="refugees", country="ERI", destination="ISR"),
    fig("Some 4,800 asylum seekers, most of whom are Afghans, were staying at the Mavrovouni camp in Greece on Thursday.",
        id="nationality-after-most-of-whom", value=4_800, term="refugees", country="AFG", destination="GRC"),
    fig("UNHCR said more than 30,000 people, most of them Syrians, had crossed from Lebanon into Syria in three days.",
        id="nationality-of-the-country-they-went-to", value=30_000, term="refugees", country="LBN", destination="SYR"),
    fig("Authorities evacuated 150,000 people ahead of Cyclone Mocha in Bangladesh.", id="evacuated",
        value=150_000, term="evacuated", country="BGD", cause="disaster"),
    fig("More than 20,000 residents were ordered to evacuate as wildfires spread in Canada.",
        id="evacuation-order", value=20_000, qualifier="more_than", term="evacuated", country="CAN",
        cause="disaster"),
    fig("The French government evacuated 500 people from Khartoum.", id="foreign-evacuation-country",
        value=500, term="evacuated", country="SDN"),
    fig("About 4,500 people are staying in evacuation centres in Cebu, Philippines, after the typhoon.",
        id="sheltered-centres", value=4_500, term="sheltered", country="PHL", location="Cebu", cause="disaster"),
    fig("Some 9,000 displaced people are staying in schools in Beirut, Lebanon.", id="displaced-in-schools",
        value=9_000, term="sheltered", country="LBN", location="Beirut"),
    fig("In Pakistan, 6,000 families are living in relief camps after the floods.", id="relief-camps",
        value=6_000, unit="households", term="sheltered", country="PAK", cause="disaster"),
    fig("The earthquake left 5,000 people homeless in western Nepal.", id="homeless",
        value=5_000, term="homeless", country="NPL", cause="disaster"),
    fig("About 800 families lost their homes to flash floods in Kenya.", id="lost-their-homes",
        value=800, unit="households", term="homeless", country="KEN", cause="disaster"),
    fig("The storm destroyed 2,300 houses in Mozambique.", id="destroyed",
        value=2_300, unit="houses", term="destroyed", country="MOZ"),
    fig("Around 400 homes were burned down in attacks on villages in Plateau state, Nigeria.", id="burned-down",
        value=400, unit="houses", term="destroyed", country="NGA", location="Plateau", cause="conflict"),
    fig("Floodwaters washed away 1,100 houses in Assam, India.", id="washed-away",
        value=1_100, unit="houses", term="destroyed", country="IND", location="Assam"),
    fig("About 350 houses were totally damaged by the typhoon in the Philippines.", id="totally-damaged",
        value=350, unit="houses", term="destroyed", country="PHL"),
    fig("Some 700 homes were partially destroyed by the floods in Malawi.", id="partially-destroyed",
        value=700, unit="houses", term="damaged", country="MWI"),
    fig("The quake damaged 2,400 houses in Morocco.", id="damaged",
        value=2_400, unit="houses", term="damaged", country="MAR", cause="disaster"),
    fig("About 25,000 people fled from Cabo Delgado to Nampula province in Mozambique.",
        id="fled-to-another-province", value=25_000, term="fled", country="MOZ"),
    fig("Nearly 10,000 people escaped the fighting in Sudan's Gezira state.", id="escaped",
        value=10_000, term="fled", country="SDN"),
    fig("Ten million people have fled their homes since the war in Sudan began.", id="mixed-total-fled",
        value=10_000_000, term="fled", country="SDN", cause="conflict"),
    fig("The war has displaced 7 million Ukrainians, inside and outside the country.", id="mixed-total-displaced",
        value=7_000_000, term="displaced", country="UKR"),
    fig("Some 90,000 people are internally displaced in Haiti.", id="internally-displaced",
        value=90_000, term="displaced", country="HTI"),
    fig("The number of IDPs in Burkina Faso has reached 2 million.", id="idps",
        value=2_000_000, term="displaced", country="BFA"),
    fig("Gang violence has uprooted 15,000 people in Port-au-Prince, Haiti.", id="uprooted",
        value=15_000, term="displaced", country="HTI", location="Port-au-Prince", cause="conflict"),
    fig("About 60,000 people have been forced from their homes by floods in Somalia.", id="forced-from-homes",
        value=60_000, term="displaced", country="SOM", cause="disaster"),
    fig("More than 8,000 people were driven from their homes by attacks in Cabo Delgado, Mozambique.",
        id="driven-from-homes", value=8_000, term="displaced", country="MOZ", cause="conflict"),
    fig("About 3,000 families were left homeless after forced evictions in Lagos, Nigeria.", id="cause-evictions",
        value=3_000, unit="households", term="homeless", cause="other", country="NGA", location="Lagos"),
    fig("Since the ceasefire in the war, some 30,000 people have returned home to southern Lebanon.",
        id="ceasefire-is-not-fire", value=30_000, term="returned", country="LBN", cause="conflict"),
    fig("About 5,000 people were displaced by the floods, officials said.", id="country-article-main",
        title="Floods sweep Kenya", value=5_000, country="KEN"),
    fig("Floods hit Somalia and Somalia's south is under water.\n\nIn Kenya, rivers also burst their banks. "
        "About 5,000 people were displaced, officials said.", id="country-paragraph",
        title="Somalia floods worsen", value=5_000, country="KEN"),
    fig("Floods hit Somalia this week. About 5,000 people were displaced in Kenya.", id="country-sentence",
        title="Somalia floods worsen", value=5_000, country="KEN"),
    fig("About 30,000 Sudanese refugees are staying in Adre, Chad.", id="refugees-location-destination-side",
        value=30_000, term="refugees", country="SDN", destination="TCD", location="Adre"),
    fig("Fighting in Sudan shows no sign of easing. More than 10,000 refugees arrived in Chad this week.",
        id="refugees-origin-from-context", value=10_000, term="refugees", country="SDN", destination="TCD"),
    fig("Floods hit Kenya after days of rain. About 5,000 people were displaced.", id="cause-from-paragraph",
        value=5_000, term="displaced", country="KEN", cause="disaster"),
    fig("More than 1,000 houses were razed in Rakhine, Myanmar.", id="razed",
        value=1_000, unit="houses", term="destroyed", country="MMR"),
    fig("About 4,000 people moved to safety ahead of the storm in Jamaica.", id="moved-to-safety",
        value=4_000, term="evacuated", country="JAM", cause="disaster"),
    fig("Some 11,000 people are living in displacement sites in Ituri, Congo.", id="displacement-sites",
        value=11_000, term="sheltered", country="COD"),
    fig("Fighting has forced 40,000 people to flee in South Kivu, Congo.", id="forced-to-flee",
        value=40_000, term="fled", country="COD", cause="conflict"),
    fig("About 6,500 people fled across the border into Uganda from Congo.", id="across-border-into",
        value=6_500, term="refugees", country="COD", destination="UGA"),
    fig("Officials said 40,000 people were displaced by floods in Brazil's Rio Grande do Sul state.",
        id="location-admin1-state", value=40_000, term="displaced", country="BRA", location="Rio Grande do Sul"),
    fig("About 6,000 people fled the fighting in Khartoum state, Sudan.", id="location-generic-word-dropped",
        value=6_000, term="fled", country="SDN", location="Khartoum"),
    fig("About 20,000 people were displaced by air strikes in northwest Syria.", id="location-region-is-null",
        value=20_000, term="displaced", country="SYR", location=None),
    fig("Some 500,000 people have fled Sudan to neighbouring countries.", id="refugees-neighbouring-no-destination",
        value=500_000, term="refugees", country="SDN", destination=None),
    fig("Nearly 10 million have fled their homes since the war began in Sudan.", id="mixed-total-no-noun",
        value=10_000_000, qualifier="less_than", unit="people", term="fled", country="SDN"),
    fig("The fire destroyed 1,200 shelters in the Rohingya camps in Cox's Bazar, Bangladesh.", id="unit-shelters",
        value=1_200, unit="houses", term="destroyed", country="BGD"),
    fig("Some 3,000 households were evacuated in Fiji ahead of the cyclone.", id="unit-households",
        value=3_000, unit="households", term="evacuated", country="FJI"),
    fig("More than 60,000 Burundians have arrived in Tanzania since April, the UNHCR said.",
        id="nationals-arrived-abroad", value=60_000, term="refugees", country="BDI", destination="TZA"),
    fig("Aid agencies counted 2,700 new arrivals from South Sudan in northern Uganda last week.",
        id="arrivals-from-a-country-into-a-region", value=2_700, term="refugees", country="SSD", destination="UGA"),
    fig("Some 12,000 Malians have fled into neighbouring Niger, Burkina Faso and Mauritania, the UNHCR said.",
        id="several-destinations-are-none", value=12_000, term="refugees", country="MLI", destination=None),
    fig("Relatives took in many survivors in Beira; about 2,000 people are staying in schools in Mozambique.",
        id="location-stays-in-its-clause", value=2_000, term="sheltered", location=None),
    fig("Kyrgyzstan says more than 13,600 people were evacuated as border fighting with Tajikistan raged.",
        id="the-other-side-of-a-fight", value=13_600, country="KGZ"),
    fig("In India's Mizoram state, officials said nearly 3,200 people from Myanmar had taken shelter since 2021.",
        id="people-from-a-country-sheltering-abroad", value=3_200, term="refugees", country="MMR", destination="IND"),
    fig("In Talisay, Batangas, eight (8) families are temporarily staying in the barangay hall.",
        id="number-words-with-digits", value=8, unit="households", term="sheltered", country="PHL"),
    fig("More than 6,500 flee Sudan for Chad", id="flee-a-country-for-another", title="Border crossings",
        value=6_500, term="refugees", country="SDN", destination="TCD"),
    fig("Some 2.5 million South Sudanese have fled their homes since the war began.",
        id="nationals-fleeing-their-homes", value=2_500_000, term="fled", country="SSD"),
    fig("More than 70,000 Karabakh Armenians have fled to Armenia, the government says.",
        id="a-place-before-a-nationality-is-its-homeland", value=70_000, term="refugees", country="AZE", destination="ARM"),
    fig("Some 9,000 ethnic Uzbeks have fled southern Kyrgyzstan into Uzbekistan, officials said.",
        id="ethnic-group-is-no-nationality", value=9_000, term="refugees", country="KGZ", destination="UZB"),
    fig("About 3,000 people flee Cabo Delgado for Tanzania.",
        id="flee-a-province-for-a-country", value=3_000, term="refugees", country="MOZ", destination="TZA"),
    fig("Drought has emptied villages across Ethiopia's Somali region. UNHCR said about 4,000 Somali refugees had "
        "arrived in Dollo Ado since January.", id="nationality-before-refugees-is-no-province", value=4_000,
        term="refugees", country="SOM", destination="ETH"),
    fig("About 3,000 people were evacuated in Malaga province, Spain, on Tuesday, and most of them have now gone home.",
        id="a-part-going-home-leaves-the-whole-evacuated", value=3_000, term="evacuated", country="ESP"),
    fig("Muna Garage camp in Borno, Nigeria, shelters about 11,000 people displaced by the insurgency.",
        id="a-camp-shelters-people", value=11_000, term="sheltered", country="NGA"),
    fig("War broke out in Sudan in April. The International Rescue Committee, which runs clinics in Chad's Metche camp, "
        "said about 45,000 refugees had arrived there.", id="the-country-refugees-are-in-is-not-their-origin",
        value=45_000, term="refugees", country="SDN", destination="TCD"),
    fig("Colombia also hosts about 2.8 million Venezuelans, according to the government.",
        id="also-hosts", value=2_800_000, term="refugees", country="VEN", destination="COL"),
    fig("Chile, which has received about 450,000 Venezuelans since 2017, tightened its border rules.",
        id="host-in-a-relative-clause", value=450_000, term="refugees", country="VEN", destination="CHL"),
    fig("Kenya, which says it hosts some 300,000 Somalis, wants the camps closed.",
        id="host-says-in-a-relative-clause", value=300_000, term="refugees", country="SOM", destination="KEN"),
    fig("The Sinaloa state government said 1,300 people have fled their homes in Concordia municipality, Mexico.",
        id="a-municipality-of-the-articles-country", value=1_300, term="fled", country="MEX"),
    fig("In Colombia, the migration authority said 3,400 Venezuelans had crossed back into Venezuela.",
        id="crossed-back-into", value=3_400, term="returned", country="VEN"),
    fig("Panama's migration service said about 9,800 returning Venezuelans had taken boats to Colombia.",
        id="returning-nationals", value=9_800, term="returned", country="VEN"),
    fig("There are now 7.9 million Venezuelan refugees around the world who have left since the country's economy collapsed.",
        id="an-economic-collapse-is-another-cause", value=7_900_000, term="refugees", country="VEN", cause="other"),
    fig("In the department of Gracias a Dios, on the border with Nicaragua, navy boats evacuated 2,300 people, "
        "Honduran officials said.", id="the-country-across-a-border", value=2_300, term="evacuated", country="HND"),
    fig("In the Sumy region, across the border from Russia's Kursk region, officials said about 20,000 people had "
        "been evacuated.", id="across-the-border-from", value=20_000, term="evacuated", country="UKR"),
    fig("Some 300 Kyrgyz families have sought refuge with relatives in Osh, Kyrgyzstan.", id="refuge-with-relatives",
        value=300, unit="households", term="fled", country="KGZ"),
    fig("Uganda said 2,100 Congolese had crossed at the Bunagana border post on Monday.", id="crossed-at-a-border-post",
        value=2_100, term="refugees", country="COD"),
    fig("All of Grindavik's roughly 3,700 residents were evacuated overnight, the police chief in Iceland said.",
        id="a-towns-residents-evacuated", value=3_700, term="evacuated", country="ISL"),
    fig("Austria, home to about 95,000 Syrian refugees, has suspended family reunification and is preparing returns.",
        id="home-to-opens-an-aside", value=95_000, term="refugees", country="SYR"),
    fig("Fighting continues in Darfur, Sudan. UNHCR has relocated about 30,000 refugees from the border to new camps "
        "further inside Chad.", id="the-country-refugees-are-moved-inside", value=30_000, term="refugees", country="SDN",
        destination="TCD"),
    fig("War broke out in Sudan in April. At Farchana camp in eastern Chad, more than 22,000 refugees now live in tents.",
        id="a-region-of-the-host-country", value=22_000, term="refugees", country="SDN", destination="TCD"),
    fig("Angola's government said more than 31,000 Congolese refugees had registered in Lunda Norte since April.",
        id="a-hyphenated-province-written-with-a-space", value=31_000, term="refugees", country="COD", destination="AGO",
        location="Lunda Norte"),
    fig("Libyan authorities estimate that about 60,000 Sudanese have crossed into the country since the war began.",
        id="host-authorities-named-by-nationality", value=60_000, term="refugees", country="SDN", destination="LBY"),
    fig("Turkish officials said they had evacuated about 2,000 civilians from villages near Afrin, Syria.",
        id="a-nationality-speaking-is-not-where-it-happened", value=2_000, term="evacuated", country="SYR"),
    fig("UNHCR said 110,000 Syrian refugees had left Lebanon for Syria since December.", id="nationals-going-home-return",
        value=110_000, term="returned", country="SYR", destination=None),
    fig("The war in Sudan has also driven more than 3.8 million people across borders, UNHCR said.",
        id="driven-across-borders", value=3_800_000, term="refugees", country="SDN"),
    fig("Fire swept through Balukhali camp in Cox's Bazar, Bangladesh. The blaze gutted over 1,800 Rohingya shelters.",
        id="a-camp-fire", value=1_800, term="destroyed", country="BGD", cause="disaster"),
    fig("Heavy rains hit Piura, Peru. In the Castilla district, the municipality set up a temporary shelter at the Miguel Grau school, "
        "where 340 families are spending the nights.", id="a-shelter-where-families-spend-the-night", value=340,
        unit="households", term="sheltered", country="PER"),
    fig("Some 1,200 Burundian refugees who had been living in South Kivu also came home, the ministry said.",
        id="came-home", value=1_200, term="returned", country="BDI"),
    fig("The regional governor of Eastern Macedonia and Thrace said about 2,300 people had been evacuated in Greece.",
        id="a-greek-region", value=2_300, term="evacuated", country="GRC"),
    fig("In Mogadishu, Somalia, evictions forced some 100,000 people out of informal settlements.",
        id="forced-out-of-settlements", value=100_000, term="displaced", country="SOM", cause="other"),
    fig("In neighbouring Comoros, where the cyclone passed before reaching Mozambique, the government said about 9,000 "
        "people were displaced.", id="a-country-in-an-aside", value=9_000, term="displaced", country="COM"),
    fig("ATHENS - Residents returned to the suburbs of Athens. Italy, France, Czechia and Turkey sent help. More than "
        "3,000 people were evacuated from Varnavas and Marathon, the civil protection ministry said.",
        id="countries-listed-before-one-that-acts", value=3_000, term="evacuated", country="GRC"),
    fig("DAKAR, Senegal - Mali's government said on Friday that 300 Burkinabe nationals had crossed into the commune of "
        "Koro in Mopti region.", id="nationals-crossing-into-a-town", value=300, term="refugees", country="BFA"),
    fig("HUEHUETENANGO, Guatemala - The government said 410 Mexican nationals had crossed into the border municipality "
        "of La Libertad after fleeing fighting in Chiapas.", id="crossed-into-a-border-municipality",
        value=410, term="refugees", country="MEX"),
    fig("Rwanda said 1,300 Congolese had crossed at Gisenyi on Monday.", id="nationals-who-crossed",
        value=1_300, term="refugees", country="COD", destination="RWA"),
    fig("Ethiopian authorities in Gambella said about 6,000 South Sudanese had arrived since March 1.",
        id="nationals-who-arrived", value=6_000, term="refugees", country="SSD"),
    fig("Floods hit Japan on Monday. Hebei officials said 1,400 houses had been destroyed across the province.",
        id="a-province-whose-officials-speak", value=1_400, country="CHN"),
    fig("Over 2,000 people from the red zone are now housed in public shelters across St Vincent, NEMO said, as La "
        "Soufriere continued to erupt.", id="st-vincent-and-la-soufriere", value=2_000, country="VCT"),
    fig("The IOM said about 7,000 people crossed back at Torkham into Afghanistan on Wednesday.",
        id="crossed-back-at-a-border-post", value=7_000, term="returned", country="AFG"),
    fig("N'DJAMENA, Oct. 15 (Xinhua) -- Floods have forced more than 12,000 residents of N'Djamena's southern districts "
        "from their homes, the mayor said.", id="an-agency-in-the-dateline-and-a-long-forced-from",
        value=12_000, term="displaced", country="TCD"),
    fig("Fighting has emptied villages across central Mali. About 1,100 refugees have returned to Lere from Niger since "
        "January, the NRC said.",
        id="returned-from-a-host-country", value=1_100, term="returned", country="MLI"),
]


@pytest.mark.parametrize("title, body, expected", SINGLE)
def test_single_figure(title, body, expected):
    single_figure(title, body, expected)


MULTIPLE = [
    fig("Cattle raids have surged in Turkana, Kenya.\n\nRaiders burned 80 homes in Kibish near the border with South Sudan and "
        "Ethiopia.", title="Raids in northern Kenya", id="both-countries-of-a-border-are-landmarks",
        figures=[dict(value=80, country="KEN")]),
    fig("DIFFA, Niger, June 9 - Families who fled an attack on the town of Bosso camped along the highway.\n\n"
        "Many had been uprooted once, when fighters crossed from Nigeria in 2015. About 15,000 people are now staying at a "
        "makeshift site, local authorities said.", title="Raid sends families fleeing in Niger",
        id="where-attackers-crossed-from-is-not-the-paragraph-s-country", figures=[dict(value=15_000, country="NER")]),
    fig("PORT SUDAN, April 27 - Governments pressed on with the evacuation of foreigners from Sudan during a truce.\n\n"
        "Britain said it had flown 897 people out of the country on eight flights. Germany ended its flights after bringing "
        "out 700 people.\n\nEgypt's foreign ministry said 1,539 Egyptians had been evacuated by land.\n\n"
        "Uganda's army said it had evacuated 5,000 Ugandan traders by road, and Kenya flew 300 people to neighbouring Uganda.",
        title="Foreign governments race to get citizens out of Sudan", id="foreign-states-evacuating-their-people",
        figures=[dict(value=897, country="SDN"), dict(value=700, country="SDN"), dict(value=1_539, country="SDN"),
                 dict(value=5_000, country="SDN"), dict(value=300, country="SDN")]),
    fig("KINGSTON - Hurricane Beryl tore across Jamaica on Wednesday.\n\nGrenada's disaster agency said it had evacuated "
        "about 700 residents of Carriacou to the main island by ferry.", title="Beryl batters Jamaica",
        id="a-state-ferrying-its-own-residents", figures=[dict(value=700, country="GRD")]),
    fig("NICE, 5 October - Helicopters ferried residents out of the Roya valley on Monday.\n\n"
        "The prefecture said 1,450 people had been evacuated since Saturday.\n\n"
        "Across the border, Italy's Civil Protection department said 2,300 people had been evacuated in Piedmont and Liguria.",
        title="Storm Alex: deaths in France and Italy", id="a-dateline-city-named-like-a-word",
        figures=[dict(value=1_450, country="FRA"), dict(value=2_300, country="ITA")]),
    fig("Malawi's disaster agency said 9,300 Mozambicans had crossed into Malawi since December, and that 8,100 of them had "
        "returned.", title="Mozambicans", id="refugees-of-whom-some-returned",
        figures=[dict(value=9_300, term="refugees", country="MOZ", destination="MWI"),
                 dict(value=8_100, term="returned", country="MOZ")]),
    fig("Ukraine's war has driven millions out.\n\nIn 2003 and 2004, the first Darfur war drove some 2 million people from "
        "their homes and sent about 200,000 refugees into Chad.", title="Refugees", id="a-war-that-sent-refugees-into-a-country",
        figures=[dict(value=2_000_000, country="SDN"), dict(value=200_000, term="refugees", country="SDN", destination="TCD")]),
    fig("More than 900,000 Afghans have returned since January, UNHCR said. At a transit camp in Torkham, about 8,000 "
        "people were waiting for transport to their home provinces.", title="Returns from Pakistan pass 900,000 as border post buckles",
        id="the-country-people-came-back-from-is-not-the-story-s",
        figures=[dict(value=900_000, country="AFG"), dict(value=8_000, country="AFG")]),
    fig("More than 1.5 million Syrians have fled the war, UNHCR said. Turkey hosts more than 900,000 of them, followed by "
        "Lebanon, with 400,000, and Jordan, with about 200,000.", id="hosts-listed-with-a-comma-and-with",
        figures=[dict(value=1_500_000, country="SYR"), dict(value=900_000, country="SYR", destination="TUR"),
                 dict(value=400_000, country="SYR", destination="LBN"), dict(value=200_000, country="SYR", destination="JOR")]),
    fig("In Tajikistan, about 2,000 people were evacuated from villages in Sughd region.\n\nAcross the border, Kyrgyz "
        "authorities said 900 people had been evacuated from villages in Leilek district of Batken region.\n\nAbout 300 of "
        "them were staying in schools, the regional governor said.", title="Tajik floods force evacuation of 2,000",
        id="a-share-of-them-is-where-they-are", figures=[dict(value=2_000, country="TJK"), dict(value=900, country="KGZ"),
                                                          dict(value=300, term="sheltered", country="KGZ")]),
    fig("More than 165,000 Afghans have returned from Pakistan since mid-September, the Taliban government said. The IOM "
        "said about 9,000 people crossed back at Torkham on Wednesday, the day Pakistan's deadline for undocumented "
        "foreigners expired.", title="Afghans pour across Torkham", id="a-country-whose-deadline-is-told",
        figures=[dict(value=165_000, term="returned", country="AFG"), dict(value=9_000, term="returned", country="AFG")]),
    fig("More than 660,000 people have fled Ukraine, UNHCR said. Of those, some 281,000 have crossed into Poland. Hungary "
        "has received more than 84,500 people.", title="Ukraine refugees", id="a-country-that-received-people-after-refugees",
        figures=[dict(value=660_000, term="refugees", country="UKR"), dict(value=281_000, term="refugees", destination="POL"),
                 dict(value=84_500, term="refugees", country="UKR", destination="HUN")]),
    fig("UNHCR said about 9,000 Syrians had crossed into Lebanon this week.\n\nSome 7,500 of them are staying in mosques "
        "and schools, UNHCR said.", title="Lebanon", id="a-part-of-the-refugees-sheltering-are-refugees",
        figures=[dict(value=9_000, term="refugees", country="SYR", destination="LBN"),
                 dict(value=7_500, term="refugees", country="SYR", destination="LBN")]),
    fig("That year, famine drove about 250,000 people across the border into Kenya. In 2017, another drought displaced "
        "about 926,000 people.", title="Drought returns to Somalia", id="flight-at-home-after-refugees-abroad",
        figures=[dict(value=250_000, term="refugees", country="SOM", destination="KEN"),
                 dict(value=926_000, term="displaced", country="SOM")]),
    fig("More than 600,000 Sudanese refugees have crossed into Chad since April 2023, UNHCR said.\n\nSince October, some "
        "25,000 refugees have been moved from Adré to the new Ourang camp. Chad's refugee commission registered 4,800 refugee "
        "households in Ourang.", id="refugees-moved-within-their-host",
        figures=[dict(value=600_000, country="SDN", destination="TCD"), dict(value=25_000, country="SDN", destination="TCD"),
                 dict(value=4_800, country="SDN", destination="TCD")]),
    fig("About 13,800 refugees from Sudan have arrived in the Central African Republic, UNHCR said.\n\nThe fighting in "
        "Sudan has forced more than a million from their homes. In neighbouring Chad, more than 60,000 refugees have "
        "arrived since April 15, according to UNHCR.", id="the-country-a-sentence-opens-in-is-where-refugees-arrived",
        figures=[dict(value=13_800, country="SDN", destination="CAF"), dict(value=1_000_000, country="SDN"),
                 dict(value=60_000, country="SDN", destination="TCD")]),
    fig("More than 165,000 Afghans have returned home from Pakistan since October, officials said.\n\nOn Thursday alone, "
        "about 24,000 people crossed back through the crossing, and more than 500 trucks were waiting on the Pakistani side.",
        title="Afghans stream home as deadline passes", id="returnees-leave-the-far-side-behind",
        figures=[dict(value=165_000, country="AFG"), dict(value=24_000, country="AFG")]),
    fig("Russia's Orenburg region said 12,000 residents had returned home on Sunday.\n\nKazakhstan's emergencies ministry "
        "said on Monday that 64,000 people had been evacuated since the start of the flood season, and that about 21,000 had "
        "returned home.", id="evacuees-home-in-the-counting-country",
        figures=[dict(value=12_000, country="RUS"), dict(value=64_000, country="KAZ"), dict(value=21_000, country="KAZ")]),
    fig("CONGO - Goma braces for more fighting\nAbout 20,000 people fled Goma on Monday, the UN said.\n\n"
        "GREECE - Santorini empties as quakes continue\nMore than 11,000 people have fled the island by ferry and plane since "
        "late January, the government said.", title="In brief", id="digest-items-headed-by-their-country",
        figures=[dict(value=20_000, country="COD"), dict(value=11_000, country="GRC")]),
    fig("The quake shook western Turkey on Friday.\n\nOn Samos, Greek civil protection officials said some 150 houses had "
        "been damaged.", title="Aegean quake", id="a-nation-speaking-of-a-place-the-tables-lack",
        figures=[dict(value=150, country="GRC")]),
    fig("UNHCR says about 6 million Syrian refugees remain abroad, most of them in Turkey, Lebanon and Jordan, while more than "
        "7 million people are still internally displaced inside the country.", title="Syria",
        id="inside-the-country-after-a-list-of-hosts", figures=[dict(value=6_000_000, country="SYR"),
                                                                dict(value=7_000_000, country="SYR")]),
    fig("Elsewhere in Cameroon, the armed conflict continues to uproot people. OCHA says the conflict has displaced 573,900 "
        "people inside the country, while about 79,000 Cameroonian refugees are registered in Nigeria.", title="Cameroon",
        id="inside-the-country-is-the-paragraphs-country", figures=[dict(value=573_900, country="CMR"),
                                                                    dict(value=79_000, country="CMR", destination="NGA")]),
    fig("Some 70,000 Rohingya from Myanmar have crossed into Bangladesh, the commissioner said.\n\n"
        "A storm on Saturday damaged about 140 shelters in the Kutupalong camps, the camp office said.", title="Camps",
        id="a-storm-in-a-refugee-storys-named-camps", figures=[dict(value=70_000, country="MMR", destination="BGD"),
                                                               dict(value=140, unit="houses", country="BGD")]),
    fig("Some 70,000 Syrians have fled to Türkiye, officials said.\n\n"
        "Tens of thousands of people are still living in tents in camps in the northwest.", title="Camps",
        id="camps-in-a-region-at-home", figures=[dict(value=70_000, country="SYR", destination="TUR"),
                                                  dict(value=20_000, country="SYR")]),
    fig("About 910,000 Rohingya refugees from Myanmar now live in 34 camps in Bangladesh, UNHCR says.\n\n"
        "Life in the camps remains precarious for the refugees. Monsoon landslides have damaged more than 5,000 shelters since "
        "April, the IOM said.", title="Two years on", id="shelters-in-a-refugee-storys-camps-stand-in-the-host",
        figures=[dict(value=910_000, country="MMR", destination="BGD"), dict(value=5_000, unit="houses", country="BGD")]),
    fig("Floods have displaced more than 100,000 people in Burundi, the government said. On the Congolese side, about 5,000 "
        "families fled their homes, local officials said.", title="Lake floods", id="a-nations-side-of-the-border",
        figures=[dict(value=100_000, country="BDI"), dict(value=5_000, country="COD")]),
    fig("Largest host countries of refugees and migrants from Venezuela:\n\n1. Colombia – 2.86 million\n2. Peru – 1.54 million",
        title="Venezuelans abroad", id="a-ranked-list-of-host-countries",
        figures=[dict(value=2_860_000, term="refugees", country="VEN", destination="COL"),
                 dict(value=1_540_000, term="refugees", country="VEN", destination="PER")]),
    fig("More than 6 million Syrian refugees live abroad, most of them in Turkey, Lebanon and Jordan. Inside the country, some "
        "7.2 million people remain internally displaced, according to OCHA.", title="Explainer",
        id="inside-the-country-after-refugees-and-their-hosts",
        figures=[dict(value=6_000_000, country="SYR"), dict(value=7_200_000, country="SYR")]),
    fig("The next-largest totals of people displaced by conflict were in Syria (7.4 million), Colombia (6.9 million) and the "
        "Democratic Republic of the Congo (6.2 million), the report found.", title="Global report",
        id="countries-with-their-counts-in-brackets",
        figures=[dict(value=7_400_000, country="SYR"), dict(value=6_900_000, country="COL"),
                 dict(value=6_200_000, country="COD")]),
    fig("In the four months to April 30, 29,400 people were displaced across Colombia. That compares with 21,700 between "
        "January and April 2023, the office said.", title="Colombia", id="an-earlier-count-between-two-months",
        figures=[dict(value=29_400), dict(value=21_700, term="displaced", date="2023-04-30")]),
    fig("Niger's Diffa region hosts more than 120,000 refugees from Nigeria and about 100,000 internally displaced people who "
        "fled attacks by armed groups, according to UNHCR.", title="Diffa", id="the-displaced-beside-refugees-from-abroad",
        figures=[dict(value=120_000, term="refugees", country="NGA", destination="NER"),
                 dict(value=100_000, term="displaced", country="NER")]),
    fig("About 6.9 million people are internally displaced in the country, OCHA said. Of these, North Kivu accounts for 2.6 "
        "million, Ituri for 1.7 million and Tanganyika for 330,000.", title="DR Congo snapshot",
        id="a-breakdown-by-province-after-of-these",
        figures=[dict(value=6_900_000, location=None), dict(value=2_600_000, term="displaced", location="North Kivu"),
                 dict(value=1_700_000, term="displaced", location="Ituri"),
                 dict(value=330_000, term="displaced", location="Tanganyika")]),
    fig("Floods displaced 13,200 households in Garissa, followed by Mandera (8,650) and Wajir (5,430), the ministry said.",
        title="Kenya floods", id="places-with-their-counts-in-brackets",
        figures=[dict(value=13_200, location="Garissa"), dict(value=8_650, location="Mandera"),
                 dict(value=5_430, location="Wajir")]),
    fig("Families displaced since November, by governorate:\n\n- Idlib: 30,000\n- Aleppo: 12,000\n- Other governorates - 3 "
        "(Hama, Latakia, Raqqa)", id="a-row-counting-the-places-it-names",
        figures=[dict(value=30_000, term="displaced"), dict(value=12_000, term="displaced")]),
    fig("More than 7.7 million Venezuelans have left their country.\n\nColombia hosts the largest number, some 2.9 million, "
        "followed by Peru with 1.5 million and Chile with 444,000, the agency said.", title="Venezuelans abroad",
        id="a-ranking-of-hosts", figures=[dict(value=7_700_000, term="refugees"),
                                          dict(value=2_900_000, term="refugees", country="VEN", destination="COL"),
                                          dict(value=1_500_000, term="refugees", country="VEN", destination="PER"),
                                          dict(value=444_000, term="refugees", country="VEN", destination="CHL")]),
    fig("Gang violence has displaced 360,000 people in Haiti. Kenya has pledged 1,000 police officers to a security mission. "
        "Inside the country, 100,000 people are living in makeshift sites.", id="inside-the-country-past-a-donor",
        figures=[dict(value=360_000, country="HTI"), dict(value=100_000, country="HTI")]),
    fig("SOMALIA\n\nFloods displaced 20,000 people along the Shabelle, OCHA said.\n\nReturnees from Kenya\n\nSome 5,000 "
        "refugees have returned home this year, UNHCR said.", title="Horn of Africa update",
        id="a-subheading-naming-where-returnees-came-from", figures=[dict(value=20_000, country="SOM"),
                                                                    dict(value=5_000, country="SOM")]),
    fig("Eritreans seeking asylum in Europe:\n- Germany: 60,000\n- Switzerland: 35,000\nSource: UNHCR",
        id="rows-under-nationals-seeking-asylum", figures=[dict(value=60_000, country="ERI", destination="DEU"),
                                                           dict(value=35_000, country="ERI", destination="CHE")]),
    fig("Poland has registered 950,000 Ukrainian refugees, Polish officials said.\n\nThe war has devastated Ukraine. Inside the "
        "country, some 3.7 million people remain displaced, the IOM said.", title="Poland marks two years of welcoming Ukrainians",
        id="inside-the-country-named-last", figures=[dict(value=950_000), dict(value=3_700_000, country="UKR")]),
    fig("SOMALIA\n\nFloods along the Juba and Shabelle rivers have displaced 250,000 people, the government said.\n\nFloods in "
        "Kenya\n\nSome 20,000 households have been displaced by the rains, the Red Cross said.", title="East Africa floods roundup",
        id="a-subheading-with-a-place-abroad", figures=[dict(value=250_000, country="SOM"), dict(value=20_000, country="KEN")]),
    fig("Refugees registered by the Kenyan Department of Refugee Services, by country of origin:\n\n- Somalia: 280,000\n"
        "- South Sudan: 170,000", title="Refugees in Kenya", id="rows-under-a-host-body",
        figures=[dict(value=280_000, country="SOM"), dict(value=170_000, country="SSD")]),
    fig("Lebanon hosts about 1.5 million Syrian refugees. Inside the country, Israeli strikes have displaced more than "
        "90,000 people.", title="Lebanon", id="inside-the-host-country",
        figures=[dict(value=1_500_000, country="SYR"), dict(value=90_000, country="LBN")]),
    fig("Sudanese who have crossed into neighbouring countries:\nChad: 600,000\nSouth Sudan: 400,000",
        id="host-rows-under-a-nationality-with-a-clause", figures=[dict(value=600_000, country="SDN", destination="TCD"),
                                                                   dict(value=400_000, country="SDN", destination="SSD")]),
    fig("The war in Sudan displaced 3 million people in Sudan, IOM said.\n\nCHAD\n\nUS envoy visits\n\nAbout 40,000 people "
        "were displaced by floods.", id="a-subheading-naming-a-visitor", figures=[dict(value=3_000_000),
                                                                                  dict(value=40_000, country="TCD")]),
    fig("SOKOTO - More than 1,500 residents of Sabon Birni in Sokoto State have crossed into Niger Republic's Maradi region, the state "
        "emergency agency said.\n\nThe state governor said that over 20,000 people had been displaced since April.",
        title="Residents flee to Niger Republic as bandits attack", id="a-country-fled-to-is-not-the-article-s",
        figures=[dict(value=1_500, country="NGA", destination="NER"), dict(value=20_000, country="NGA")]),
    fig("Some 2.2 million South Sudanese are still refugees in neighbouring countries. Uganda alone hosts more than "
        "860,000 of them. Inside the country, 1.47 million people remain internally displaced.", title="South Sudan: refugees and displaced", id="inside-the-country",
        figures=[dict(value=2_200_000, country="SSD"), dict(value=860_000, country="SSD", destination="UGA"),
                 dict(value=1_470_000, country="SSD")]),
    fig("Lebanon, which hosts 1.5 million Syrian refugees, said 400,000 people had crossed into Syria since September.",
        id="a-speaking-host-is-no-destination-of-a-crossing-elsewhere",
        figures=[dict(value=1_500_000, term="refugees"), dict(value=400_000, destination=None)]),
    fig("Uganda hosts 1.7 million refugees, UNHCR said.\n\nNew arrivals in Ugandan settlements in March:\n"
        "- From South Sudan: 12,000 refugees\n- From Congo: 9,000 refugees\nSource: UNHCR",
        id="rows-under-a-host-named-by-nationality", figures=[dict(value=1_700_000), dict(value=12_000, country="SSD"),
                                                              dict(value=9_000, country="COD")]),
    fig("More than 3.9 million people have crossed from Sudan into neighbouring countries.\n\nSudanese refugees by country "
        "of asylum\n- Egypt: 1.5 million\n- Chad: 794,000\nSource: UNHCR Operational Data Portal",
        id="rows-of-host-countries", figures=[dict(value=3_900_000, country="SDN"),
                                              dict(value=1_500_000, country="SDN", destination="EGY"),
                                              dict(value=794_000, country="SDN", destination="TCD")]),
    fig("Hurricane Beryl struck Cuba on Thursday. In Cuba, authorities evacuated 50,000 people from Granma province.\n\n"
        "JAMAICA\n\nShelter and displacement\n\nAbout 1,200 people are staying in evacuation centres, the government "
        "said.\n\nCUBA\n\nSome 3,000 homes were damaged.", title="Hurricane Beryl: regional situation report",
        id="a-subheading-inside-a-country-section-in-capitals",
        figures=[dict(value=50_000, country="CUB"), dict(value=1_200, country="JAM"), dict(value=3_000, country="CUB")]),
    fig("Gangs have displaced 580,000 people in Haiti, the IOM said.\n\nDominican Republic\n\nThe Dominican Republic "
        "deported 20,000 Haitians in April, officials said.\n\nWhat happens next\n\nSome 5,000 people fled the Solino "
        "neighbourhood last week.", id="a-section-ends-at-the-next-heading",
        figures=[dict(value=580_000, country="HTI"), dict(value=20_000, term="returned", country="HTI"),
                 dict(value=5_000, country="HTI")]),
    fig("Highlights\n\n- UNHCR reports that more than 40,000 Congolese have crossed into Burundi since mid-January.\n"
        "- According to IOM, some 70,000 people have returned to their villages in Nyiragongo territory.",
        title="DR Congo: North Kivu situation report", id="returns-after-arrivals-abroad-go-home",
        figures=[dict(value=40_000, country="COD", destination="BDI"), dict(value=70_000, term="returned", country="COD")]),
    fig("Nearly 7.8 million Venezuelans now live outside their country.\n\nColombia hosts about 2.8 million Venezuelan "
        "refugees and migrants, followed by Peru with 1.5 million. Chile hosts 532,000 and Ecuador 444,000, UNHCR said.",
        id="hosts-listed-with-their-own-counts",
        figures=[dict(value=2_800_000, country="VEN", destination="COL"),
                 dict(value=1_500_000, country="VEN", destination="PER"), dict(value=532_000, country="VEN", destination="CHL"),
                 dict(value=444_000, country="VEN", destination="ECU")]),
    fig("Hurricane Melissa crossed eastern Cuba after striking Jamaica, and rain caused floods in southern Haiti.\n\n"
        "JAMAICA\n\n- Houses destroyed: about 9,500\n\nCUBA\n\n- People evacuated before landfall: 735,000\n\n"
        "HAITI\n\n- People displaced by flooding: 11,300\n\nTHE BAHAMAS\n\nAbout 1,400 residents of the southern "
        "islands had been evacuated by air.\n\nHUMANITARIAN RESPONSE\n\nPartners said 2,000 people in Cuba had "
        "returned home.", id="a-heading-that-names-a-country-places-its-section",
        figures=[dict(value=9_500, country="JAM"), dict(value=735_000, country="CUB"), dict(value=11_300, country="HTI"),
                 dict(value=1_400, country="BHS"), dict(value=2_000, country="CUB")]),
    fig("LAHORE: The Provincial Disaster Management Authority Punjab said 1.5 million people had been shifted to safer "
        "places. In Kasur and Narowal, district administrations said about 25,000 residents had been evacuated.\n\n"
        "Flood water also reached Kartarpur in India.", id="a-colon-dateline-names-the-country",
        figures=[dict(value=1_500_000, country="PAK"), dict(value=25_000, country="PAK")]),
    fig("Fighting erupted in Juba, South Sudan in July. Since then, more than 390,000 people have crossed into Uganda, "
        "the UN refugee agency said, and Ethiopia, Sudan and Kenya have also seen new arrivals.",
        id="countries-receiving-arrivals-are-no-origin", figures=[dict(value=390_000, country="SSD", destination="UGA")]),
    fig("Mexico's government said 400 Guatemalans, including 150 children, had crossed into Chiapas, fleeing clashes.",
        id="a-subset-counted-as-its-whole",
        figures=[dict(value=400, term="refugees", country="GTM"), dict(value=150, term="refugees", country="GTM")]),
    fig("OCHA says more than 50,000 people have been displaced in South Sudan, and around 8,000 of them have crossed "
        "into Ethiopia's Gambella region.", id="part-of-the-displaced-crossed",
        figures=[dict(value=50_000, term="displaced", country="SSD"),
                 dict(value=8_000, term="refugees", country="SSD", destination="ETH")]),
    fig("Some 2,000 people fled Chiapas for Guatemala last month. There are now 7.9 million Venezuelan refugees around "
        "the world, 6.7 million of them in Latin America.", id="of-them-is-the-figure-just-before",
        figures=[dict(value=2_000), dict(value=7_900_000, term="refugees", country="VEN"),
                 dict(value=6_700_000, term="refugees", country="VEN")]),
    fig("Before the cyclone, Bangladesh's disaster ministry moved about 80,000 people to cyclone shelters, and India's West "
        "Bengal evacuated more than 10,000.", id="a-countrys-body-speaks-for-its-clause",
        figures=[dict(value=80_000, term="evacuated", country="BGD"), dict(value=10_000, term="evacuated", country="IND")]),
    fig("For Jordan, which still hosts about 650,000 Syrian refugees, the returns are a relief.",
        id="a-figure-inside-a-which-clause", figures=[dict(value=650_000, term="refugees", country="SYR", destination="JOR")]),
    fig("Lebanon hosts about 35,000 refugees from the Central African Republic.", id="refugees-from-the-country",
        figures=[dict(value=35_000, term="refugees", country="CAF", destination="LBN")]),
    fig("In northern Gaza, at least 10,000 people have fled Jabalia since Saturday, when the army ordered residents of the "
        "refugee camp to move west, UNRWA said.", id="a-when-clause-ends-the-scope",
        figures=[dict(value=10_000, term="fled", country="PSE")]),
    fig("In Spain, about 18,000 Ukrainians have been granted temporary protection, the government said.",
        id="granted-temporary-protection", figures=[dict(value=18_000, term="refugees", country="UKR", destination="ESP")]),
    fig("Floods displaced 500,000 people in Assam and about 150,000 in Odisha.", id="shortened-clause-location",
        figures=[dict(value=500_000, term="displaced", location="Assam", country="IND"),
                 dict(value=150_000, qualifier="approximately", term="displaced", unit="people", location="Odisha",
                      country="IND")]),
    fig("The fighting killed 40 people and displaced 9,000 others in South Sudan.", id="killed-and-displaced",
        figures=[dict(value=9_000, term="displaced", country="SSD")]),
    fig("Some 10 million people have fled their homes in Sudan, including 2 million who crossed into "
        "neighbouring countries.", id="total-and-refugee-part",
        figures=[dict(value=10_000_000, term="fled", country="SDN"),
                 dict(value=2_000_000, term="refugees", country="SDN", destination=None)]),
    fig("More than 600,000 people have crossed from Sudan into Chad. Of those, 400,000 are children.",
        id="of-those-destination",
        figures=[dict(value=600_000, term="refugees", country="SDN", destination="TCD"),
                 dict(value=400_000, term="refugees", country="SDN", destination="TCD")]),
    fig("More than 20,000 Congolese refugees have arrived in Uganda this year, UNHCR said. "
        "Another 3,000 refugees are living in a transit centre near the border.", id="refugee-origin-from-article",
        figures=[dict(value=20_000, term="refugees", country="COD", destination="UGA"),
                 dict(value=3_000, term="refugees", country="COD")]),
    fig("Another 5,000 Sudanese have crossed into Chad, Libya and South Sudan, UNHCR said.",
        id="listed-destinations-are-no-origin", figures=[dict(value=5_000, term="refugees", country="SDN")]),
    fig("More than 133,000 Syrians have returned home from Turkey, the minister said. Of them, 48,210 crossed "
        "through the Cilvegozu gate in Hatay, 31,905 through Oncupinar in Kilis and 22,340 through Yayladagi.",
        id="parts-of-a-return-listed-after-of-them",
        figures=[dict(value=133_000, term="returned", country="SYR"), dict(value=48_210, term="returned", country="SYR"),
                 dict(value=31_905, term="returned", country="SYR"), dict(value=22_340, term="returned", country="SYR")]),
    fig("Sudan's war has driven about 10 million people from their homes, more than 2 million of them abroad.",
        id="a-countrys-war-is-where-it-is-fought",
        figures=[dict(value=10_000_000, term="displaced", country="SDN"), dict(value=2_000_000, term="refugees", country="SDN")]),
    fig("More than 100,000 Afghans have returned from Pakistan since October, the IOM said.\n\n"
        "On Thursday alone, as many as 24,000 returnees crossed through Torkham, Taliban officials said.",
        id="returns-told-without-a-place-continue-the-flow",
        figures=[dict(value=100_000, term="returned", country="AFG"), dict(value=24_000, term="returned", country="AFG")]),
    fig("Some 30,000 Armenians fled Karabakh this week. In Goris, the first Armenian town across the border, about 3,500 "
        "refugees were staying in hotels.", id="a-nationality-naming-a-town",
        figures=[dict(value=30_000, term="refugees", country="AZE"), dict(value=3_500, term="refugees", country="AZE")]),
    fig("Floods in Pakistan.\n\nProvince             Deaths   Injured   Houses damaged\n"
        "Khyber Pakhtunkhwa      427       201            4,952\nPunjab                  164       582            1,517",
        id="a-table-in-aligned-columns", title="Floods in Pakistan",
        figures=[dict(value=4_952, unit="houses", term="damaged", location="Khyber Pakhtunkhwa"),
                 dict(value=1_517, unit="houses", term="damaged", location="Punjab")]),
    fig("War continues in eastern DR Congo. UNHCR reported that about 10,300 people had crossed into Burundi and some "
        "1,200 into Rwanda.", id="an-elided-crossing", figures=[dict(value=10_300, term="refugees", destination="BDI"),
                                                                dict(value=1_200, term="refugees", destination="RWA")]),
    fig("Some 110,000 Syrian refugees have left Lebanon for Syria since December, UNHCR said. Another 20,000 people "
        "returned last month.", id="a-return-flow-recorded-after-its-reading",
        figures=[dict(value=110_000, term="returned", country="SYR"), dict(value=20_000, term="returned", country="SYR")]),
    fig("Floods in Sri Lanka.\n\nFamilies in safety centres by district:\nRatnapura - 712\nKalutara - 508",
        id="rows-labelled-with-a-dash-count-what-the-heading-counts", title="Floods in Sri Lanka",
        figures=[dict(value=712, term="sheltered", unit="households", location="Ratnapura"),
                 dict(value=508, term="sheltered", unit="households", location="Kalutara")]),
    fig("Uganda hosts 1.5 million South Sudanese refugees, Sudan about 800,000 and Ethiopia some 400,000.",
        id="elided-hosts-are-destinations",
        figures=[dict(value=1_500_000, country="SSD", destination="UGA"),
                 dict(value=800_000, term="refugees", country="SSD", destination="SDN"),
                 dict(value=400_000, term="refugees", country="SSD", destination="ETH")]),
]


@pytest.mark.parametrize("title, body, expected", MULTIPLE)
def test_several_figures(title, body, expected):
    several_figures(title, body, expected)
