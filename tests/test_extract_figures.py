"""Figures of short articles, field by field, as the annotation guide defines them."""
from __future__ import annotations

import pytest

from tracker.extract.engine import extract_figures
from tracker.model import Article

PUBLISHED = "2024-03-08"
TITLE = "Humanitarian update"


def article(body, title=TITLE, date=PUBLISHED):
    text = f"date {date} {title}\n\n{body}\n"
    return Article(text=text, name="article.txt", date=date)


def fig(body, *, id, title=TITLE, xfail=None, **expected):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(title, body, expected, id=id, marks=marks)


def fields(figure, names):
    return {name: getattr(figure, name) for name in names}


SINGLE = [
    fig("More than 165,000 Afghans have returned from Pakistan since October, the IOM said.",
        id="returned-from-another-country", value=165_000, term="returned", country="AFG", source="IOM"),
    fig("In Paiporta, where 45 residents died, some 600 families have lost their homes, the council said.",
        id="homeless-after-a-death-clause", value=600, unit="households", term="homeless", country="ESP"),
    fig("The landslide buried and destroyed more than 150 houses in Enga province, Papua New Guinea.",
        id="buried-and-destroyed", value=150, term="destroyed", unit="houses", country="PNG"),
    # values, qualifiers and units
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
    # terms
    fig("Some 45,000 refugees have returned home to Burundi from Tanzania this year.", id="returned-beats-refugees",
        value=45_000, term="returned", unit="people"),
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
    # sources
    fig("More than 359,000 people have been displaced by fighting in Afghanistan, according to the "
        "International Organization for Migration.", id="source-iom", value=359_000, source="IOM"),
    fig("About 50,000 people have fled to Chad, according to UNHCR figures.", id="source-according-to-unhcr",
        value=50_000, source="UNHCR"),
    fig("Floods have displaced 40,000 people in Somalia, the UN Office for the Coordination of Humanitarian "
        "Affairs said.", id="source-ocha", value=40_000, source="OCHA"),
    fig("Some 20,000 children have been displaced in Haiti, UNICEF said.", id="source-unicef",
        value=20_000, source="UNICEF"),
    fig("The cyclone left 3,000 families homeless, the Bangladesh Red Crescent Society said.", id="source-ifrc",
        value=3_000, source="IFRC"),
    fig("Fighting displaced 12,000 people in Ukraine's east, the International Committee of the Red Cross said.",
        id="source-icrc", value=12_000, source="ICRC"),
    fig("About 70,000 people fled the fighting in Burkina Faso, the Norwegian Refugee Council said.",
        id="source-nrc", value=70_000, source="NRC"),
    fig("Some 1.9 million people are displaced in Gaza, UNRWA said.", id="source-unrwa",
        value=1_900_000, source="UNRWA"),
    fig("Floods destroyed 5,000 houses in Libya, UNDP said.", id="source-undp-is-un",
        value=5_000, source="UN"),
    fig("The floods displaced 30,000 people in Kenya, the National Disaster Management Authority said.",
        id="source-agency-gov", value=30_000, source="GOV"),
    fig("About 2,000 people were evacuated from the coast of Mexico, the governor said.", id="source-governor",
        value=2_000, source="GOV"),
    fig("Some 4,000 people fled the violence in Nigeria, Save the Children said.", id="source-ngo-other",
        value=4_000, source="OTHER"),
    fig("Initial reports showed 2,000 houses were destroyed by the earthquake in Turkey.", id="source-none",
        value=2_000, source=None),
    fig("Floods hit Somalia this week. About 40,000 people were displaced.", id="source-unattributed",
        value=40_000, source=None),
    fig("UNHCR has stepped up its response in Chad. More than 50,000 Sudanese refugees have arrived in the "
        "past week, the agency said.", id="source-the-agency-refers-back",
        value=50_000, source="UNHCR",
        term="refugees", country="SDN", destination="TCD"),
    # dates
    fig("About 3,000 people were displaced by clashes in Mali, officials said on Monday.", id="date-on-monday",
        value=3_000, date="2024-03-04", source="GOV"),
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
    # causes
    fig("Violence by armed gangs displaced 5,000 people in Haiti.", id="cause-gangs",
        value=5_000, cause="conflict"),
    fig("Bombardment forced 20,000 people to flee in northern Syria.", id="cause-bombardment",
        value=20_000, cause="conflict", term="fled"),
    fig("A drought has displaced 100,000 people in Ethiopia.", id="cause-drought",
        value=100_000, cause="disaster"),
    fig("About 3,000 families were left homeless after forced evictions in Lagos, Nigeria.", id="cause-evictions",
        value=3_000, unit="households", term="homeless", cause="other", country="NGA", location="Lagos"),
    fig("A dam project has displaced 12,000 people in Ethiopia.", id="cause-development",
        value=12_000, cause="other"),
    fig("About 2,000 people are displaced in Chad, officials said.", id="cause-unknown",
        value=2_000, cause="unknown"),
    fig("Since the ceasefire in the war, some 30,000 people have returned home to southern Lebanon.",
        id="ceasefire-is-not-fire", value=30_000, term="returned", country="LBN", cause="conflict"),
    fig("Extreme heat forced 1,500 people from their homes in Pakistan.", id="cause-heat",
        value=1_500, cause="disaster"),
    # country precedence
    fig("About 5,000 people were displaced by the floods, officials said.", id="country-article-main",
        title="Floods sweep Kenya", value=5_000, country="KEN"),
    fig("Floods hit Somalia and Somalia's south is under water.\n\nIn Kenya, rivers also burst their banks. "
        "About 5,000 people were displaced, officials said.", id="country-paragraph",
        title="Somalia floods worsen", value=5_000, country="KEN"),
    fig("Floods hit Somalia this week. About 5,000 people were displaced in Kenya.", id="country-sentence",
        title="Somalia floods worsen", value=5_000, country="KEN"),
    fig("About 30,000 Sudanese refugees are staying in Adre, Chad.", id="refugees-location-destination-side",
        value=30_000, term="refugees", country="SDN", destination="TCD", location="Adre"),
    fig("Kenyan officials said 5,000 people were displaced by floods in Somalia.", id="country-not-the-speaker",
        value=5_000, country="SOM", source="GOV"),
    fig("Germany's foreign ministry said it had evacuated 300 people from Sudan.", id="country-foreign-evacuation",
        value=300, term="evacuated", country="SDN", source="GOV"),
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
    # further conventions
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
    fig("A UN spokesperson said 14,000 people had fled the violence in Haiti.", id="source-un-official",
        value=14_000, source="UN"),
    fig("Police said 700 people were evacuated after the landslide in Colombia.", id="source-police",
        value=700, source="GOV"),
    fig("About 9,000 people fled the clashes in Ituri, Congo, the army said.", id="source-army",
        value=9_000, source="GOV"),
    fig("“About 300 families fled our village,” said Amina Yusuf, a teacher in Niger.", id="source-named-person",
        value=300, unit="households", source="OTHER"),
    fig("The WFP said 1.5 million people were displaced by the drought in Somalia.", id="source-wfp",
        value=1_500_000, source="WFP"),
    fig("Some 25,000 people have fled the fighting in Sudan's Darfur, Medecins Sans Frontieres said.",
        id="source-msf", value=25_000, source="MSF"),
    fig("The IOM opened an office in Juba. It said 35,000 people had been displaced by floods in South Sudan.",
        id="source-it-said-refers-back", value=35_000, source="IOM"),
    fig("In the four weeks to 3 March, 12,000 people fled the fighting in Myanmar.", id="date-weeks-to",
        value=12_000, date="2024-03-03"),
    fig("By Wednesday, 8,000 people had been evacuated in Vanuatu.", id="date-by-weekday",
        value=8_000, date="2024-03-06", term="evacuated"),
    fig("Economic collapse has displaced 20,000 people in Lebanon.", id="cause-economic-collapse",
        value=20_000, cause="other"),
    fig("About 7,000 people were evacuated as the volcano erupted in Indonesia.", id="cause-volcano",
        value=7_000, term="evacuated", cause="disaster"),
    fig("Persecution has forced 40,000 people to flee their homes in Myanmar.", id="cause-persecution",
        value=40_000, term="fled", cause="conflict"),
    fig("About 2,600 evacuees were sleeping in school gymnasiums in Kumamoto, Japan.", id="evacuees-staying-are-sheltered",
        value=2_600, term="sheltered"),
    fig("A reception centre in Kelowna has registered 1,900 evacuees, Canadian officials said.",
        id="registered-evacuees-stay-evacuated", value=1_900, term="evacuated"),
    fig("Some 900 evacuees were bused to shelters in Leyte, the Philippine government said.",
        id="evacuees-moved-to-shelters-are-evacuated", value=900, term="evacuated"),
    fig("More than 14,000 people are staying in relief camps in Assam, India, as authorities ordered "
        "fresh evacuations downstream.", id="as-clause-ends-the-scope", value=14_000, term="sheltered"),
    fig("Church buildings in Bentiu house about 6,000 people displaced by floods in South Sudan.",
        id="buildings-that-house-people", value=6_000, term="sheltered"),
    fig("Rescuers helped move about 1,100 people to safety in Sylhet, Bangladesh.", id="helped-move-to-safety",
        value=1_100, term="evacuated"),
    fig("Nearly 4,000 civilians sought protection inside a UN base in Malakal, South Sudan.",
        id="sought-protection-in-a-base", value=4_000, term="sheltered"),
    fig("Some 800 people were left homeless by the mudslides that tore through the town on Sunday in Peru.",
        id="date-of-the-event-clause", value=800, date="2024-03-08"),
    fig("The Nepali Red Cross opened shelters. In Sindhupalchok, where the World Health Organization runs a clinic, "
        "some 2,200 people are camping in tents, the agency said.", id="the-agency-named-in-the-sentence",
        value=2_200, source="WHO"),
    fig("About 3,300 houses were damaged in Kerala, India, the charity group Goonj said.", id="named-charity-group",
        value=3_300, source="OTHER"),
    fig("Some 650 people are sheltering in churches in Beni, Congo, the Catholic diocese said.", id="diocese-speaks",
        value=650, source="OTHER"),
    fig("About 5,400 people were evacuated in Dhofar, the National Committee for Emergency Management said in Oman.",
        id="national-emergency-committee", value=5_400, source="GOV"),
    fig("Around 1,700 people fled in Ituri, Congo, the aid group CARE said.", id="aid-group-named-after",
        value=1_700, source="OTHER"),
    fig("About 450 families are sheltering in a school, the parish priest, Jean Mbala, said in Congo.",
        id="person-in-apposition", value=450, source="OTHER"),
    fig("The rains pushed about 42,000 people into 130 relief camps in Kerala, India.", id="number-before-relief-camps",
        value=42_000, term="sheltered"),
    fig("More than 60,000 Burundians have arrived in Tanzania since April, the UNHCR said.",
        id="nationals-arrived-abroad", value=60_000, term="refugees", country="BDI", destination="TZA"),
    fig("Aid agencies counted 2,700 new arrivals from South Sudan in northern Uganda last week.",
        id="arrivals-from-a-country-into-a-region", value=2_700, term="refugees", country="SSD", destination="UGA"),
    fig("Officials said 18 people were killed and some 5,000 driven from their homes in Plateau state, Nigeria.",
        id="killed-belongs-to-the-earlier-number", value=5_000, term="displaced"),
    fig("Five people died and 640 homes were damaged when the tornado struck Rolling Fork, Mississippi.",
        id="died-and-homes-damaged", value=640, term="damaged", cause="disaster"),
    fig("The fire has destroyed 430 homes, Cal Fire said on Friday in California.", id="cal-fire-any-case",
        value=430, source="GOV"),
    fig("A third of the 18,000 people displaced by the eruption have since returned home in Tonga.",
        id="whole-of-a-share-keeps-its-own-term", value=18_000, term="displaced"),
    fig("Most of the 7,500 people who fled the clashes are sleeping in churches in Bunia, Congo.",
        id="whole-who-fled", value=7_500, term="fled"),
    fig("Some 12,000 Malians have fled into neighbouring Niger, Burkina Faso and Mauritania, the UNHCR said.",
        id="several-destinations-are-none", value=12_000, term="refugees", country="MLI", destination=None),
    fig("Relatives took in many survivors in Beira; about 2,000 people are staying in schools in Mozambique.",
        id="location-stays-in-its-clause", value=2_000, term="sheltered", location=None),
    fig("Soldiers moved about 1,400 residents from villages below the dam in Kenya on Tuesday.", id="moved-people-from",
        value=1_400, term="evacuated"),
    fig("Ferries took some 900 people off the island of Evia, Greece, the coastguard said.", id="took-people-off",
        value=900, term="evacuated", source="GOV"),
    fig("Military boats rescued about 350 people stranded by floodwaters in Kogi, Nigeria.", id="rescued-by-boat",
        value=350, term="evacuated"),
    fig("About 5,000 residents of Halifax, Canada, had been flown out by Sunday, the province said.", id="flown-out",
        value=5_000, term="evacuated", source="GOV"),
    fig("Police said 1,600 residents had left under the evacuation order in Maui, Hawaii.", id="left-under-the-order",
        value=1_600, term="evacuated"),
    fig("The storm swept through the town, destroying about 240 homes in Mississippi.", id="destroying",
        value=240, term="destroyed"),
    fig("A landslide buried about 60 homes in the village of Yasis, Papua New Guinea.", id="buried-homes",
        value=60, term="destroyed"),
    fig("Bulldozers demolished about 450 houses in Lagos, Nigeria, to make way for a road.", id="demolished-houses",
        value=450, term="destroyed", cause="other"),
    fig("About 2,300 families were evicted from the Mukuru settlement in Nairobi, Kenya.", id="evicted",
        value=2_300, term="displaced"),
    fig("Some 41,000 people are staying with host families in Tillaberi, Niger, OCHA said.", id="with-host-families",
        value=41_000, term="displaced"),
    fig("The Red Cross registered 6,200 evacuees in Yellowknife, Canada, where many slept in hotels.",
        id="registered-evacuees-with-a-where-clause", value=6_200, term="evacuated"),
    fig("Some 2,600 families were displaced from the Nur Shams refugee camp in the West Bank.",
        id="refugee-camp-left-behind", value=2_600, term="displaced"),
    fig("The army's offensive in Rakhine has displaced about 45,000 people in Myanmar.",
        id="an-actor-causing-is-no-source", value=45_000, source=None),
    fig("The floods forced 12,000 people from their homes, according to the Hope & Homes Network.",
        id="name-with-ampersand", value=12_000, source="OTHER"),
    fig("More than 4,500 people are sheltering in schools, the district municipality said in Peru.",
        id="district-municipality", value=4_500, source="GOV"),
    fig("About 5,400 households are in shelters, General Security said on Friday in Lebanon.", id="general-security",
        value=5_400, source="GOV"),
    fig("The number of IDPs in Ituri, Congo, has doubled to 1.4 million in six months.", id="in-six-months-is-no-ratio",
        value=1_400_000, term="displaced"),
    fig("Heavy rains displaced 3,400 HHs in Jowhar district, Somalia.", id="hhs-are-households",
        value=3_400, unit="households"),
    fig("Some 2.5 lakh people were shifted to cyclone shelters in Odisha, India.", id="lakh-shifted-to-shelters",
        value=250_000, term="evacuated"),
    fig("About 70 families took refuge in a church in Bangui, Central African Republic.", id="refuge-in-a-church",
        value=70, term="sheltered"),
    fig("Rescue teams have rescued 6,400 people from flooded districts of Porto Alegre, Brazil.", id="rescued-in-a-flood",
        value=6_400, term="evacuated"),
    fig("In Sindh, Pakistan, 18,200 people were shifted from the riverbank, the PDMA said.", id="were-shifted",
        value=18_200, term="evacuated", source="GOV"),
    fig("Jiribam district in Manipur, India, has the most relief camp inmates at 4,120.", id="relief-camp-inmates",
        value=4_120, term="sheltered"),
    fig("The number of flood victims at temporary relief centres in Kedah, Malaysia, rose to 5,310.",
        id="victims-at-relief-centres", value=5_310, term="sheltered"),
    fig("The army ordered about 40,000 people in eastern Khan Younis to leave, Gaza officials said.",
        id="ordered-to-leave", value=40_000, term="evacuated"),
    fig("The city of Zhuozhou in China had evacuated 34,000 residents by Tuesday.", id="the-city-of-acts",
        value=34_000, source="GOV"),
    fig("In Libya, more than 4,300 people were displaced when two dams burst above the city of Derna, the IOM said.",
        id="the-city-of-as-a-place", value=4_300, source="IOM"),
    fig("Some 4,300 people crossed back through Islam Qala, Afghanistan, the agency said.", id="a-place-after-through-is-no-speaker",
        value=4_300, source=None),
    fig("In Ukraine, about 3.7 million people remained displaced in the IOM's latest survey.", id="in-a-bodys-own-survey",
        value=3_700_000, source="IOM"),
    fig("Security forces moved more than 4,000 people to safety in Kathmandu, Nepal.", id="security-forces",
        value=4_000, source="GOV"),
    fig("About 11,000 homes were destroyed by the fires, the county assessor estimates in California.",
        id="county-assessor", value=11_000, source="GOV"),
    fig("Pakistan's delegation noted that the floods displaced about 8 million people.", id="a-countrys-delegation",
        value=8_000_000, source="GOV"),
    fig("About 11,000 homes were destroyed by the Palisades and Eaton fires in California.", id="named-fires-are-a-disaster",
        value=11_000, cause="disaster"),
    fig("The city of Zhuozhou, which borders Beijing, had evacuated and relocated 13,400 residents in China.",
        id="a-body-acting-across-an-aside", value=13_400, source="GOV"),
    fig("Kyrgyzstan says more than 13,600 people were evacuated as border fighting with Tajikistan raged.",
        id="the-other-side-of-a-fight", value=13_600, country="KGZ"),
    fig("In May 2016, floods in Sri Lanka killed more than 200 people and forced over 30,000 from their homes.",
        id="a-period-opening-the-sentence", value=30_000, date="2016-05-31"),
    fig("Some 90,000 Rohingya refugees remain in camps in Cox's Bazar, Bangladesh, most of whom fled in 2017.",
        id="a-period-after-whom", value=90_000, date="2024-03-08"),
    fig("In India's Mizoram state, officials said nearly 3,200 people from Myanmar had taken shelter since 2021.",
        id="people-from-a-country-sheltering-abroad", value=3_200, term="refugees", country="MMR", destination="IND"),
    fig("Security forces have evacuated more than 4,000 people by helicopter as floods hit Nepal.",
        id="security-forces-are-no-cause", value=4_000, cause="disaster"),
    fig("He said about 300 people were sleeping in and around the parish hall in Metuge, Mozambique.",
        id="sleeping-in-a-parish-hall", value=300, term="sheltered"),
    fig("Aid teams counted some 21,000 displaced people in 24 informal sites in Menaka, Mali.",
        id="displaced-in-informal-sites", value=21_000, term="sheltered"),
    fig("In Talisay, Batangas, eight (8) families are temporarily staying in the barangay hall.",
        id="number-words-with-digits", value=8, unit="households", term="sheltered", country="PHL"),
    fig("According to the municipality of Escuintla, Guatemala, between 200 and 300 homes were buried under ash.",
        id="according-to-the-municipality", value=200, source="GOV"),
    fig("About 2,300 people are sheltering in schools in Nepal, according to the Kathmandu Metropolitan City.",
        id="a-city-named-as-a-body", value=2_300, source="GOV"),
    fig("Rights groups say at least 6,000 families in Nairobi, Kenya, have been evicted.", id="rights-groups",
        value=6_000, source="OTHER"),
    fig("More than 6,500 flee Sudan for Chad", id="flee-a-country-for-another", title="Border crossings",
        value=6_500, term="refugees", country="SDN", destination="TCD"),
    fig("Self-Defense Forces troops evacuated about 450 residents of Wajima, Japan, by helicopter.",
        id="self-defense-forces", value=450, source="GOV"),
    fig("Local councils in Afrin, Syria, said about 2,500 people had fled there.", id="local-councils",
        value=2_500, source="GOV"),
    fig("Border officials said about 3,500 returnee families had come back through Spin Boldak, Afghanistan.",
        id="returnee-families", value=3_500, unit="households", term="returned"),
    fig("Some 2.5 million South Sudanese have fled their homes since the war began.",
        id="nationals-fleeing-their-homes", value=2_500_000, term="fled", country="SSD"),
    fig("Data collected by the research group Data for Myanmar shows at least 7,800 houses were burned in Sagaing.",
        id="data-collected-by", value=7_800, source="OTHER"),
    fig("About 700 displaced families in El Obeid, Sudan, have moved into public buildings.",
        id="moved-into-public-buildings", value=700, term="sheltered"),
    fig("The Red Cross helped to move 1,150 families out of flooded neighbourhoods of N'Djamena, Chad.",
        id="move-families-out-of", value=1_150, term="evacuated"),
    fig("Fighting in Porgera, Papua New Guinea, displaced an estimated 1,500 people, and many have still not returned.",
        id="not-returned-is-no-return", value=1_500, term="displaced"),
    fig("Flooding forced 2,300 people into shelters in Assam, India, the provincial flood control headquarters said.",
        id="lowercase-headquarters", value=2_300, source="GOV"),
    fig("About 4,100 Venezuelans have crossed into Colombia's Arauca department this week, officials said.",
        id="a-named-department-is-a-place", value=4_100, term="refugees", country="VEN", destination="COL",
        location="Arauca", source="GOV"),
    fig("Nearly 900 families were displaced in Guatemala's Izabal department by the floods.",
        id="department-place-not-source", value=900, term="displaced", country="GTM", location="Izabal", source=None),
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
    fig("Sixteen homes have burned down in Belin-Beliet, France, the prefect said.", id="teen-number-words",
        value=16, unit="houses", term="destroyed", country="FRA", source="GOV"),
    fig("At least three houses were destroyed by the lava in Grindavik, Iceland.", id="a-few-houses-are-a-count",
        value=3, qualifier="at_least", unit="houses", term="destroyed"),
    fig("Officials in Texas said about 400 residents of nursing homes and assisted living facilities had been evacuated.",
        id="assisted-living-is-no-aid", value=400, term="evacuated"),
    fig("About 500 people spent Thursday night at the relief centre in Horsham, Australia.",
        id="the-relief-centre-is-a-place-not-a-speaker", value=500, term="sheltered"),
    fig("About 40 people stayed at an emergency rest centre in Tewkesbury, England, on Thursday night.",
        id="rest-centre", value=40, term="sheltered"),
    fig("On Tuesday, between 300 and 400 residents of a senior apartment complex in Galveston, Texas, were moved to a shelter.",
        id="moved-to-a-shelter", value=300, value_high=400, term="evacuated"),
    fig("Army helicopters had airlifted upwards of 1,000 people from isolated communities in Ishikawa, Japan.",
        id="airlifted-upwards-of", value=1_000, qualifier="more_than", term="evacuated"),
    fig("Gendarmes evacuated no fewer than 1,500 holidaymakers from campsites around Hostens, France.",
        id="holidaymakers-are-people", value=1_500, unit="people", term="evacuated", source="GOV"),
    fig("Cal Fire said the fire had destroyed 281 structures in California, including 134 homes.",
        id="structures-are-not-houses", value=134, unit="houses", term="destroyed"),
    fig("About 300 residents near the derailment site in East Palestine, Ohio, were ordered to evacuate.",
        id="a-derailment-is-another-cause", value=300, term="evacuated", cause="other"),
    fig("Muna Garage camp in Borno, Nigeria, shelters about 11,000 people displaced by the insurgency.",
        id="a-camp-shelters-people", value=11_000, term="sheltered", country="NGA"),
    fig("Some 300 families in Maiduguri, Nigeria, have been moved to classrooms at a nearby primary school.",
        id="moved-to-classrooms", value=300, unit="households", term="evacuated"),
    fig("The province said 63 families had been moved to a temporary relocation area in Johannesburg, South Africa.",
        id="moved-to-a-relocation-area", value=63, unit="households", term="sheltered", source="GOV"),
    fig("In Jordan, the interior ministry said about 40,000 Syrian refugees had gone back through the Jaber crossing.",
        id="nationals-going-back-return-to-their-country", value=40_000, term="returned", country="SYR", source="GOV"),
    fig("War broke out in Sudan in April. The International Rescue Committee, which runs clinics in Chad's Metche camp, "
        "said about 45,000 refugees had arrived there.", id="the-country-refugees-are-in-is-not-their-origin",
        value=45_000, term="refugees", country="SDN", destination="TCD"),
    fig("In Bahri, Sudan, the locality's executive director said about 3,000 houses had been destroyed.",
        id="a-localitys-director", value=3_000, term="destroyed", source="GOV"),
    fig("Ghana's National Disaster Management Organisation said 3,800 Burkinabe asylum seekers were staying in Bawku.",
        id="disaster-management-organisation", value=3_800, term="refugees", country="BFA", source="GOV"),
    fig("Nearly 7.9 million Venezuelans have left their country since 2014, according to UNHCR.",
        id="left-their-country", value=7_900_000, term="refugees", country="VEN", source="UNHCR"),
    fig("Colombia also hosts about 2.8 million Venezuelans, according to the government.",
        id="also-hosts", value=2_800_000, term="refugees", country="VEN", destination="COL"),
    fig("The military said it had evacuated 42 teachers and health workers from Hitadipa, Indonesia, by helicopter.",
        id="teachers-are-people", value=42, unit="people", term="evacuated", source="GOV"),
    fig("In Ecuador, the Risk Management Secretariat said 1,930 people were staying in 27 temporary shelters.",
        id="risk-management-secretariat", value=1_930, term="sheltered", source="GOV"),
    fig("In Uruguay, the National Emergency System said 1,250 people had been displaced.",
        id="national-emergency-system", value=1_250, term="displaced", source="GOV"),
    fig("In Canoas, Brazil, the mayor said about 80,000 of the city's 350,000 residents had been driven from their homes.",
        id="a-share-takes-the-verb-after-its-whole", value=80_000, term="displaced", source="GOV"),
    fig("Officials in Pakistan said about 1,200 of the displaced families were staying in government schools.",
        id="of-the-displaced-families", value=1_200, unit="households", term="sheltered"),
    fig("A shelter run by the Diocese of Culiacan, Mexico, was housing 150 displaced people last week.",
        id="a-shelter-housing-displaced-people", value=150, term="sheltered"),
    fig("The Sinaloa state government said 1,300 people have fled their homes in Concordia municipality, Mexico.",
        id="a-municipality-of-the-articles-country", value=1_300, term="fled", country="MEX"),
    fig("In Colombia, the migration authority said 3,400 Venezuelans had crossed back into Venezuela.",
        id="crossed-back-into", value=3_400, term="returned", country="VEN"),
    fig("Panama's migration service said about 9,800 returning Venezuelans had taken boats to Colombia.",
        id="returning-nationals", value=9_800, term="returned", country="VEN"),
    fig("There are now 7.9 million Venezuelan refugees around the world who have left since the country's economy collapsed.",
        id="an-economic-collapse-is-another-cause", value=7_900_000, term="refugees", country="VEN", cause="other"),
    fig("For Turkey, which still hosts about 2.8 million Syrian refugees after the war, the returns are an economic headache.",
        id="an-economic-headache-is-no-cause", value=2_800_000, term="refugees", cause="conflict"),
    fig("In the department of Gracias a Dios, on the border with Nicaragua, navy boats evacuated 2,300 people, "
        "Honduran officials said.", id="the-country-across-a-border", value=2_300, term="evacuated", country="HND"),
    fig("The Assam State Disaster Management Authority said 39,338 people had taken shelter in relief camps in Assam, "
        "India, while another 1.8 lakh people are being provided relief.", id="provided-relief-is-no-figure",
        value=39_338, term="sheltered"),
    fig("Iran and Pakistan together already host some two million registered Afghan refugees, along with large numbers "
        "of undocumented Afghans who fled the war.", id="undocumented-people-are-no-cause", value=2_000_000,
        term="refugees", cause="conflict"),
    fig("In Mogadishu, Somalia, evictions forced some 100,000 people out of informal settlements.",
        id="forced-out-of-settlements", value=100_000, term="displaced", country="SOM", cause="other"),
]


@pytest.mark.parametrize("title, body, expected", SINGLE)
def test_single_figure(title, body, expected):
    """A sentence stating one figure yields exactly that figure."""
    a = article(body, title=title)
    figures = extract_figures(a)
    assert len(figures) == 1, figures
    assert fields(figures[0], expected) == expected
    assert figures[0].quote in body
    assert a.text[figures[0].start:figures[0].end] in figures[0].quote


MULTIPLE = [
    fig("By Sunday, 1.2 lakh people had been moved to 604 shelters in Khulna, while 58,000 people were evacuated in "
        "Satkhira and 1.5 lakh in Patuakhali, Bangladesh.", id="a-shortened-clause-after-a-count-of-shelters",
        figures=[dict(value=120_000, term="evacuated"), dict(value=58_000, term="evacuated"),
                 dict(value=150_000, term="evacuated")]),
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
    fig("Flood victims at relief centres in Kelantan, Malaysia, rose to 9,718 people from 2,621 families, compared with "
        "8,100 people last night.", id="from-families-and-compared-with",
        figures=[dict(value=9_718, term="sheltered", unit="people"), dict(value=2_621, term="sheltered", unit="households"),
                 dict(value=8_100, term="sheltered", unit="people", date="2024-03-07")]),
    fig("In northern Gaza, at least 10,000 people have fled Jabalia since Saturday, when the army ordered residents of the "
        "refugee camp to move west, UNRWA said.", id="a-when-clause-ends-the-scope",
        figures=[dict(value=10_000, term="fled", country="PSE")]),
    fig("The number of internally displaced people in Ukraine fell as people went home, to 3.7 million from 5.4 million "
        "in January.", id="the-number-of-names-what-is-counted",
        figures=[dict(value=3_700_000, term="displaced", date="2024-03-08"),
                 dict(value=5_400_000, term="displaced", date="2024-01-31")]),
    fig("More than 50,000 of the displaced live in 350 relief camps in Manipur, India, and the commission set up polling "
        "stations so they could vote without returning home.", id="a-new-clause-with-its-own-subject",
        figures=[dict(value=50_000, term="sheltered")]),
    fig("Floods displaced 410,000 people in Somalia, OCHA said. A year ago, the figure was about 250,000.",
        id="the-figure-continues-the-last-one", figures=[dict(value=410_000, term="displaced"),
                                                        dict(value=250_000, term="displaced", date="2023-03-08")]),
    fig('"Around 8,000 of our residents have had to leave their homes," the mayor of Canoas, Brazil, said.',
        id="had-to-leave-homes", figures=[dict(value=8_000, term="displaced", source="GOV")]),
    fig("In Hunan, China, authorities relocated more than 24,000 people after a dike burst.", id="relocated-people",
        figures=[dict(value=24_000, term="evacuated")]),
    fig("In Spain, about 18,000 Ukrainians have been granted temporary protection, the government said.",
        id="granted-temporary-protection", figures=[dict(value=18_000, term="refugees", country="UKR", destination="ESP")]),
    fig("A total of 12,417 families or 50,906 persons remain in evacuation centers in Albay, Philippines.",
        id="families-or-persons", figures=[dict(value=12_417, unit="households", term="sheltered"),
                                           dict(value=50_906, unit="people", term="sheltered")]),
    fig("The floods damaged 5,560 houses and caused 1,021 others to collapse in Hebei, China.", id="others-take-the-unit",
        figures=[dict(value=5_560, unit="houses", term="damaged"), dict(value=1_021, unit="houses", term="destroyed")]),
    fig("The governor said about 6,000 of the 56,000 people displaced in Cauca, Colombia, have returned.",
        id="part-and-whole", figures=[dict(value=6_000, term="returned"), dict(value=56_000, term="displaced")]),
    fig('"The survey recorded 1,117 houses damaged, 53 of which were burned down," the agency said in Flores, Indonesia.',
        id="postposed-participle-before-a-share",
        figures=[dict(value=1_117, term="damaged"), dict(value=53, term="destroyed")]),
    fig("Some 4,100 displaced families (about 24,000 people) have returned to Sinjar, Iraq.", id="parenthesised-equivalent",
        figures=[dict(value=4_100, unit="households", term="returned"), dict(value=24_000, unit="people", term="returned")]),
    fig("Of the 90,000 people displaced by the storm in Fiji, 15,000 have now gone home.", id="gone-home-is-returned",
        figures=[dict(value=90_000, term="displaced"), dict(value=15_000, term="returned")]),
    fig("The IOM said the number of displaced in Marib had risen from 9,000 on 1 March to 14,500 on Monday.",
        id="day-before-to-is-no-range", figures=[dict(value=9_000, term="displaced"), dict(value=14_500, term="displaced")]),
    fig("In Sumy region, 2,300 people including 400 children were evacuated on Sunday.", id="including-no-comma",
        figures=[dict(value=2_300, term="evacuated"), dict(value=400, term="evacuated")]),
    fig("About 9,000 people, among them 3,100 children, have fled the fighting in Darfur.", id="among-them-aside",
        figures=[dict(value=9_000, term="fled"), dict(value=3_100, term="fled")]),
    fig("The floods destroyed 1,500 houses and damaged 4,000 more in Kenya.", id="destroyed-and-damaged",
        figures=[dict(value=1_500, term="destroyed", unit="houses"), dict(value=4_000, term="damaged", unit="houses")]),
    fig("In Malawi, 900 houses were destroyed and 2,100 damaged.", id="shortened-clause-damaged",
        figures=[dict(value=900, term="destroyed", unit="houses"), dict(value=2_100, term="damaged", unit="houses")]),
    fig("Floods displaced 500,000 people in Assam and about 150,000 in Odisha.", id="shortened-clause-location",
        figures=[dict(value=500_000, term="displaced", location="Assam", country="IND"),
                 dict(value=150_000, qualifier="approximately", term="displaced", unit="people", location="Odisha",
                      country="IND")]),
    fig("About 50,000 people were displaced in Mozambique, including at least 3,000 children.", id="subset",
        figures=[dict(value=50_000, term="displaced"), dict(value=3_000, qualifier="at_least", term="displaced")]),
    fig("The fighting killed 40 people and displaced 9,000 others in South Sudan.", id="killed-and-displaced",
        figures=[dict(value=9_000, term="displaced", country="SSD")]),
    fig("Rebels burned 300 homes and forced 6,000 people to flee in Ituri, Congo.", id="destroyed-and-fled",
        figures=[dict(value=300, term="destroyed", unit="houses"), dict(value=6_000, term="fled", unit="people")]),
    fig("About 12,000 people were evacuated and 3,000 are staying in shelters in Cuba.", id="evacuated-and-sheltered",
        figures=[dict(value=12_000, term="evacuated"), dict(value=3_000, term="sheltered")]),
    fig("Some 10 million people have fled their homes in Sudan, including 2 million who crossed into "
        "neighbouring countries.", id="total-and-refugee-part",
        figures=[dict(value=10_000_000, term="fled", country="SDN"),
                 dict(value=2_000_000, term="refugees", country="SDN", destination=None)]),
    fig("The floods displaced 5,000 people in Kenya and destroyed 5,000 houses.", id="same-value-different-things",
        figures=[dict(value=5_000, term="displaced", unit="people"), dict(value=5_000, term="destroyed", unit="houses")]),
    fig("Of the 40,000 people displaced in Mali, about 15,000 are staying in camps near Mopti.",
        id="total-and-sheltered-part",
        figures=[dict(value=40_000, term="displaced"), dict(value=15_000, qualifier="approximately", term="sheltered")]),
    fig("More than 600,000 people have crossed from Sudan into Chad. Of those, 400,000 are children.",
        id="of-those-destination",
        figures=[dict(value=600_000, term="refugees", country="SDN", destination="TCD"),
                 dict(value=400_000, term="refugees", country="SDN", destination="TCD")]),
    fig("Displacement by state in Sudan. Source: IOM\n- Kassala: 12,000 people displaced\n"
        "- Gedaref: 8,000 people displaced", id="list-source-line",
        figures=[dict(value=12_000, term="displaced", source="IOM"), dict(value=8_000, term="displaced", source="IOM")]),
    fig("Floods in Bolivia: situation at 18:00.\n\nAffected families: 12,400\nEvacuated persons: 3,150\n"
        "Persons in temporary shelters: 1,980\nHouses destroyed: 214\nHouses partially damaged: 1,035\n"
        "Deaths: 9 | Missing: 4\nSource: Vice-Ministry of Civil Defence", id="bulletin-label-rows",
        figures=[dict(value=3_150, term="evacuated", unit="people", source="GOV"),
                 dict(value=1_980, term="sheltered", unit="people", source="GOV"),
                 dict(value=214, term="destroyed", unit="houses", source="GOV"),
                 dict(value=1_035, term="damaged", unit="houses", source="GOV")]),
    fig("Typhoon update.\n\nDISPLACED PEOPLE (as of 8 March):\n\nProvince | Inside evacuation centres (persons) | "
        "Outside evacuation centres (persons)\nAlbay | 12,400 | 3,100\nSorsogon | 5,200 | 900\n"
        "Source: DSWD", id="inside-and-outside-shelters-table-dated-by-heading", title="Philippines typhoon",
        figures=[dict(value=12_400, term="sheltered", date="2024-03-08"), dict(value=3_100, term="displaced"),
                 dict(value=5_200, term="sheltered"), dict(value=900, term="displaced", source="GOV")]),
    fig("KEY FIGURES (as of 6 March)\n\n- 4,100 houses damaged\n- 2,300 people in temporary shelters\n\n"
        "Source: Ministry of Interior", id="capital-heading-with-an-aside-dates-its-list", title="Quake in Morocco",
        figures=[dict(value=4_100, term="damaged", date="2024-03-06", source="GOV"),
                 dict(value=2_300, term="sheltered", date="2024-03-06", source="GOV")]),
    fig("Floods in Bolivia, by department.\n\nDepartment | Families in shelters | Houses destroyed\n"
        "Beni | 640 | 120\nPando | 210 | 45\nSource: Vice-Ministry of Civil Defence", id="bulletin-pipe-table",
        figures=[dict(value=640, term="sheltered", unit="households"), dict(value=120, term="destroyed", unit="houses"),
                 dict(value=210, term="sheltered", unit="households"), dict(value=45, term="destroyed", unit="houses")]),
    fig("About 9,000 people were evacuated in Fiji. About 2,000 of the evacuees were staying in schools.",
        id="part-of-the-evacuees-sheltered",
        figures=[dict(value=9_000, term="evacuated"), dict(value=2_000, term="sheltered", unit="people")]),
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
    fig("Of those in Rio Grande do Sul, Brazil, 163,720 were staying with relatives or friends, while 67,542 were in "
        "public shelters.", id="a-while-clause-keeps-its-own-term",
        figures=[dict(value=163_720, term="displaced"), dict(value=67_542, term="sheltered")]),
    fig("Peru's Civil Defense Institute said 12,480 people had been left homeless in Piura, Peru.\n\n"
        "The agency said 2,115 homes had been destroyed.\n\nIn Ecuador, 1,930 people were in shelters.",
        id="the-agency-continues-the-paragraph-before", title="Floods in Peru and Ecuador",
        figures=[dict(value=12_480, country="PER"), dict(value=2_115, country="PER", source="GOV"),
                 dict(value=1_930, country="ECU")]),
    fig("More than 100,000 Afghans have returned from Pakistan since October, the IOM said.\n\n"
        "On Thursday alone, as many as 24,000 returnees crossed through Torkham, Taliban officials said.",
        id="returns-told-without-a-place-continue-the-flow",
        figures=[dict(value=100_000, term="returned", country="AFG"), dict(value=24_000, term="returned", country="AFG")]),
    fig("Some 30,000 Armenians fled Karabakh this week. In Goris, the first Armenian town across the border, about 3,500 "
        "refugees were staying in hotels.", id="a-nationality-naming-a-town",
        figures=[dict(value=30_000, term="refugees", country="AZE"), dict(value=3_500, term="refugees", country="AZE")]),
    fig("Uganda hosts 1.5 million South Sudanese refugees, Sudan about 800,000 and Ethiopia some 400,000.",
        id="elided-hosts-are-destinations",
        figures=[dict(value=1_500_000, country="SSD", destination="UGA"),
                 dict(value=800_000, term="refugees", country="SSD", destination="SDN"),
                 dict(value=400_000, term="refugees", country="SSD", destination="ETH")]),
]


@pytest.mark.parametrize("title, body, expected", MULTIPLE)
def test_several_figures(title, body, expected):
    """Each distinct count in a sentence is its own figure, in text order."""
    figures = extract_figures(article(body, title=title))
    wanted = expected["figures"]
    assert len(figures) == len(wanted), figures
    for figure, fields_ in zip(figures, wanted):
        assert fields(figure, fields_) == fields_


REJECTED = [
    fig("Nearly half of the 30,000 residents of the town have fled.", id="population-a-share-is-taken-from"),
    fig("At the peak, daily arrivals exceeded 12,000 at the border crossing into Poland.", id="daily-rate"),
    fig("\"We fled at night,\" said a woman who was staying with her four children in a school.", id="family-anecdote"),
    fig("It is one of the largest displacement crises in the world, the agency said.", id="one-of-the"),
    fig("The attack killed 120 people and forced many families to flee.", id="killed"),
    fig("At least 45 people were injured as residents fled the shelling.", id="injured"),
    fig("Some 60 people are missing after floods displaced villagers in Nepal.", id="missing"),
    fig("The floods have affected 2 million people in Pakistan, displacing many.", id="affected"),
    fig("About 3,000 people remain trapped as floodwaters block evacuation routes.", id="trapped"),
    fig("Some 4 million people are in need of aid in areas hosting displaced families.", id="in-need"),
    fig("The UN appealed for $3 million to help displaced families in Malawi.", id="money-dollars"),
    fig("Donors pledged 2.4bn to support refugees in the region.", id="money-bn"),
    fig("About 60% of the displaced are women and children.", id="percentage"),
    fig("Families fled 200 kilometres to reach the capital.", id="distance"),
    fig("Residents have been displaced for 18 months.", id="duration"),
    fig("\u201cWe fled at night,\u201d said Amina, 34, who now lives in a camp.", id="age"),
    fig("Many families displaced in 2019 have yet to return.", id="year"),
    fig("The displaced are living in 12 camps around the city.", id="camps"),
    fig("Some 30 trucks carrying aid reached displaced families.", id="trucks"),
    fig("Fighters burned 15 villages, forcing residents to flee.", id="villages"),
    fig("Residents fled Goma, a city of 2 million, as rebels advanced.", id="city-population"),
    fig("The camp, built for 20,000, now shelters far more displaced people.", id="capacity"),
    fig("Aid agencies are preparing for up to 100,000 arrivals of refugees from Sudan.", id="projection-arrivals"),
    fig("The UN warned that 500,000 people could be displaced by the end of the year.", id="projection-could"),
    fig("Refugees are crossing the border at a rate of 4,000 a day.", id="rate-a-day"),
    fig("Displaced families can call the hotline on 0800 123 456 for help.", id="phone"),
    fig("The displaced have spent 40 days in the shelter.", id="days"),
    fig("Some 8,000 residents were told to be ready to evacuate.", id="ready-to-leave"),
    fig("About 200 residents ignored the evacuation order and stayed.", id="ignored-order"),
    fig("Floods displaced families across 14 districts of Bangladesh.", id="districts"),
    fig("The M23 rebels forced residents to flee toward Goma.", id="identifier"),
    fig("Some 300,000 children in the camps were vaccinated against measles.", id="vaccinated"),
    fig("The UN said 600,000 people in the province needed food aid after the floods.", id="needed-food-aid"),
    fig("Authorities said they were preparing to move up to 300,000 people away from the coast of Mozambique.",
        id="preparing-to-move"),
    fig("About 30 percent of the 1.8 million people in the valley have been displaced.", id="whole-of-a-percentage"),
    fig("The floods displaced nearly 1 in 4 residents of the district.", id="one-in-four"),
    fig("The death toll rose to 1,234 and more bodies are believed to be buried under the rubble.", id="buried-bodies"),
    fig("Damage to crops is estimated at PHP 1.2 billion, the council said.", id="currency-code"),
    fig("Aid convoys moved 300 trucks between 10 and 13 May.", id="between-days-is-a-date"),
    fig("The 2024 Chad Refugee Response Plan is only 8 per cent funded.", id="year-before-a-name"),
    fig("The town has camp beds for 1,000 people.", id="beds-for"),
    fig("Kufra hosts many Sudanese refugees; its own population is estimated at about 60,000.", id="population-estimated-at"),
    fig("The government aims to return 300,000 people to their villages by June.", id="aims-to-return"),
    fig("The floods damaged 152 schools and 52 health units.", id="units-are-no-houses"),
    fig("The blast killed nine people and injured 63 others, 31 of them seriously, in Flores, Indonesia.",
        id="share-of-the-injured"),
    fig("The prison service said 281 inmates escaped from the city's jail after the flood.", id="inmates-escaping-jail"),
    fig("Officials ordered everyone within 10 km of the crater to leave, an area home to about 80,000 people.",
        id="an-area-home-to-people"),
    fig("About 30,000 children are born in the camps every year.", id="born-in-camps"),
    fig("Flooding on 4-6 August damaged or destroyed shelters at several sites.", id="day-range-before-a-month"),
    fig("The town, whose population has swollen to around 300,000 with displaced people, is short of water.",
        id="a-swollen-population"),
    fig("UNHCR said it was preparing to support up to 120,000 refugees in Armenia.", id="preparing-to-support"),
    fig("In the park, 159 wild animals died in the floods and 96 have been rescued.", id="more-of-the-same-animals"),
    fig("In the park, 159 wild animals, including six rhinos, have died in the floods and 96 have been rescued.",
        id="more-of-the-same-across-an-aside"),
    fig("The prison service said 281 inmates escaped after the flood and that 7 had been recaptured.",
        id="and-that-more-of-the-same"),
    fig("The displaced were being accommodated in sixteen (16) camps across the city.", id="camps-in-words-and-digits"),
    fig("Officials have drawn up contingency plans for up to 1 million displaced people.", id="contingency-plans"),
    fig("About 25 flights carried evacuees out of the country.", id="flights"),
    fig("Residents fled on April 15 when fighting reached the town.", id="date"),
    fig("Rebels seized two more towns, forcing residents to flee.", id="towns"),
    fig("Families walked 200 kilometers (125 miles) to escape the fighting.", id="kilometers-miles"),
    fig("Residents fled after a 20-year conflict in the region.", id="twenty-year"),
    fig("Many of those displaced fled on September 11 after the attack.", id="month-day"),
    fig("The army captured six provincial capitals as families fled.", id="capitals"),
    fig("Chilean authorities raised the death toll from the wildfires around Vina del Mar, Chile, to 122 as "
        "rescuers combed through burned-out neighbourhoods.", id="a-death-toll"),
    fig("The Department of Agriculture placed crop damage at P412 million, affecting 9,200 hectares of rice.",
        id="pesos-written-with-a-p"),
    fig("The prison service said 281 inmates escaped from the city's custodial centre after its perimeter wall "
        "collapsed, and that 7 had been recaptured.", id="more-of-the-same-after-a-long-clause"),
]


@pytest.mark.parametrize("title, body, expected", REJECTED)
def test_no_figure(title, body, expected):
    """Numbers that are not displacement counts yield no figure."""
    assert extract_figures(article(body, title=title)) == []


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

    body = " ".join(p.values[1] for p in SINGLE)
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
