"""Figures of short articles, cause by cause: conflict, disaster, other or unknown, from the clause outwards."""
from __future__ import annotations

import pytest

from figure_cases import fig, several_figures, single_figure

SINGLE = [
    fig("Explosions at a chemical plant in Tianjin, China, forced the evacuation of 6,000 residents.",
        id="explosions-at-a-chemical-plant", value=6_000, cause="other"),
    fig("Authorities in Jiangsu, China, evacuated about 3,000 people from villages around a petrochemical complex on Sunday.",
        id="around-a-petrochemical-complex", value=3_000, cause="other"),
    fig("In Okuma, Japan, where meltdowns forced whole towns to empty, about 11,000 residents remain displaced.",
        id="meltdowns", value=11_000, cause="other"),
    fig("Toxic red sludge from the alumina plant's reservoir forced 400 residents of Kolontar, Hungary, from their homes.",
        id="toxic-sludge", value=400, cause="other"),
    fig("A landslide buried 14 houses in Sao Paulo, Brazil, leaving a slope of red mud.", id="red-mud-of-a-landslide",
        value=14, cause="disaster"),
    fig("A blast at a market in Maiduguri, Nigeria, sent 2,000 people fleeing.", id="a-blast-at-a-market-is-no-accident",
        value=2_000, cause="unknown"),
    fig("The 11 provinces of Turkey hit by the earthquakes are also home to about 1.7 million Syrian refugees, according to "
        "UNHCR.", id="refugees-hosted-where-an-earthquake-struck", value=1_700_000, term="refugees", cause="conflict"),
    fig("In Cox's Bazar, Bangladesh, about 1,800 Rohingya refugees living on steep slopes were relocated to learning centres "
        "as the cyclone approached.", id="hosted-refugees-moved-for-a-storm", value=1_800, cause="disaster"),
    fig("In Laos, the government has long held up the Nam Theun 2 dam, which resettled about 6,300 people in Nakai district.",
        id="a-dam-which-resettled-people", value=6_300, cause="other", term="displaced"),
    fig("In China, the Three Gorges Dam, downstream, required the relocation of about 1.3 million people.",
        id="a-dam-that-required-relocation", value=1_300_000, cause="other", term="displaced"),
    fig("The blast, which scientists said was hundreds of times more powerful than the Hiroshima bomb, sent tsunami waves across "
        "the Pacific. In Japan, authorities issued evacuation orders to some 230,000 residents of coastal areas.", title="Tonga",
        id="a-blast-measured-in-hiroshima-bombs", value=230_000, cause="disaster"),
    fig("A snowstorm flattened tents across north-west Syria, where families who fled years of war live in camps.\n\n"
        "According to OCHA, some 2.9 million of the area's 4.5 million residents are internally displaced.", title="Snowstorm",
        id="a-standing-population-in-a-storm-story", value=2_900_000, cause="conflict"),
    fig("Floods swept through Maiduguri in Nigeria last month.\n\nAbout 35,000 people remain displaced, the state "
        "emergency agency said.", title="Floods", id="still-displaced-after-floods", value=35_000, cause="disaster"),
    fig("In Laos, the company said it had moved 2,100 villagers from riverside hamlets that will be flooded by the reservoir "
        "to new houses on higher land.", id="flooded-by-a-reservoir-is-a-project", value=2_100, cause="other"),
    fig("In Rio de Janeiro, Brazil, city hall said 3,700 families had been resettled because of Olympic works.",
        id="olympic-works", value=3_700, cause="other", term="displaced"),
    fig("Floods have forced 48,000 people from their homes in Somalia as fighting grinds on in the north.",
        id="floods-drive-them-out-as-a-war-goes-on", value=48_000, cause="disaster"),
    fig("Fighting has displaced 12,000 people in South Sudan while floods swamp the south.",
        id="fighting-drives-them-out-while-floods-swamp-another-place", value=12_000, cause="conflict"),
    fig("Rescuers evacuated 3,000 people in Pakistan as the river burst its banks.",
        id="an-as-clause-that-is-the-cause", value=3_000, cause="disaster"),
    fig("Land subsidence has left the hill town sinking, and the demolition of two tilting hotels began on Monday. Engineers "
        "said the demolition of the damaged hotels would take a week.\n\nAbout 240 families are living in relief centres, "
        "officials said.", title="Sinking town", id="demolishing-damaged-hotels-is-no-eviction", value=240, cause="disaster"),
    fig("A fire tore through a three-storey apartment building in the city's east end early on Sunday.\n\nThe fire "
        "displaced 42 residents, the fire department said.", title="Apartment fire", id="a-fire-in-an-apartment-building",
        value=42, cause="other"),
    fig("Blaze guts Riverside tenement\n\nFirefighters said 16 people had been displaced and the building would have to be "
        "demolished.", title="Blaze guts Riverside tenement", id="a-tenement-blaze-in-a-headline", value=16, cause="other"),
    fig("Residents were given a week's notice, in breach of a court order.\n\nAbout 800 families were forced from their "
        "homes when bulldozers moved in.", title="Waterfront demolitions", id="a-breach-of-an-order-is-no-levee",
        value=800, cause="other"),
    fig("The city issued vacate orders for two rooming houses after inspectors found structural cracks.\n\nA city "
        "spokesperson said 37 residents had been displaced.", title="Buildings ordered empty", id="vacate-orders",
        value=37, cause="other"),
    fig("A tailings dam at an iron-ore mine gave out on Tuesday, and mud buried part of the valley below.\n\nThe mining dam "
        "collapse has left about 900 people homeless, the municipality said.", title="Mining dam burst",
        id="a-mining-dam-collapse-is-no-natural-hazard", value=900, term="homeless", cause="other"),
    fig("Engineers said last year that the subsidence was caused by decades of coal extraction under the town.\n\n"
        "About 1,200 families have been moved out of cracked homes since 2022, "
        "officials said.", title="Sinking town", id="subsidence-caused-by-mining",
        value=1_200, cause="other"),
    fig("In Syria, local councils said about 6,000 homes had been destroyed, most of them during the offensives of 2019 and 2020.",
        id="offensives-in-the-plural", value=6_000, cause="conflict"),
    fig("By Amina Yusuf\n\nWars in Sudan and Myanmar and fighting in Haiti have uprooted more children than ever.\n\nIn Haiti, more "
        "than 680,000 children are internally displaced, UNICEF said.\n\nDisasters add to the toll: floods and heavy rain "
        "hit Bangladesh.", title="Where the world's displaced children are", id="the-opening-after-a-byline-weighs-double",
        value=680_000, cause="conflict"),
    fig("The wars in Sudan and Myanmar have shaped the year.\n\nDisasters add to the toll: floods hit "
        "Bangladesh, heavy rain lashed Kenya and a cyclone struck Mozambique.\n\nMore than 30,000 refugees from Myanmar "
        "arrived in Thailand last month.", title="Where the world's displaced children are",
        id="a-war-named-of-a-list-of-countries", value=30_000, cause="conflict"),
    fig("The Riverside Fire had burned about 130,000 acres by Thursday and was 0% contained. Some 37,000 people in "
        "Clackamas County, Oregon, were under evacuation orders, the sheriff said.", id="a-named-fire-by-its-acres",
        value=37_000, cause="disaster"),
    fig("The river authority began spilling water from the Akosombo dam in September. More than 31,000 people have been "
        "displaced downstream in Ghana, NADMO said.", id="a-dam-spillage", value=31_000, cause="disaster"),
    fig("An oil spill from a tanker off Lagos, Nigeria, forced about 300 fishing families from their homes.",
        id="an-oil-spill-is-no-dam-spillage", value=300, cause="other"),
    fig("A fire that raced through Korail, one of Dhaka's largest slums, burned down about 1,200 shanties in Bangladesh, fire "
        "service officials said.", id="a-slum-fire", value=1_200, cause="other"),
    fig("The fires burned about 26,000 hectares of forest in Chile. Many of the worst-hit neighbourhoods were informal "
        "settlements, hard for fire engines to reach. About 6,000 houses were destroyed in Viña del Mar.",
        id="a-forest-fire-that-reached-settlements", value=6_000, cause="disaster"),
    fig("The war in Afghanistan ended in 2021. In the week to 21 March, 50,111 undocumented Afghans returned from Iran, IOM said.",
        id="undocumented-returnees", value=50_111, cause="other"),
    fig("Pakistani mortar fire destroyed at least 30 houses in Spin Boldak, Afghanistan, the department said.",
        id="mortar-fire-is-no-blaze", value=30, cause="conflict"),
    fig("Fighting between the army and resistance forces in Sagaing, Myanmar, has displaced more than 20,000 people since the "
        "quake, a research group said.", id="a-hazard-that-only-dates-the-count", value=20_000, cause="conflict"),
    fig("More than 20,000 people in Myanmar have been displaced since the quake struck, officials said.",
        id="since-the-quake-alone", value=20_000, cause="disaster"),
    fig("After the Myanmar military launched clearance operations, the Rohingya fled.\n\nThe largest camp in Bangladesh, "
        "Kutupalong, holds more than 600,000 Rohingya refugees. Its hillsides turn to mud in the monsoon.",
        id="refugees-of-a-war-in-a-camp-hit-by-rain", value=600_000, cause="conflict"),
    fig("During the rioting on Thursday, police in Honiara, Solomon Islands, evacuated about 120 residents from buildings "
        "in Chinatown.", id="rioting-is-violence", value=120, cause="conflict"),
    fig("Riot police in Lagos, Nigeria, evicted about 300 families from the waterfront settlement.",
        id="riot-police-are-no-riot", value=300, cause="other"),
    fig("More than 3.5 million people had been displaced across the country before the earthquake, most of them by years "
        "of fighting.", id="before-the-disaster-only-dates-the-count",
        value=3_500_000, cause="conflict"),
    fig("The group said about 15,000 people who had earlier fled the fighting had been displaced again by floods.",
        id="displaced-again-by-floods", value=15_000, cause="disaster"),
    fig("Zamzam, the country's largest camp, sheltered an estimated 500,000 displaced people before the attack.",
        id="before-an-attack-is-still-the-war", value=500_000, cause="conflict"),
    fig("Israeli troops pressed on with the offensive on Sunday, after air strikes and clashes with gunmen.\n\nIn the camp, "
        "250 families lost their homes when the army demolished buildings to widen roads.",
        id="an-army-demolishing-in-a-war", value=250, cause="conflict"),
    fig("Army bulldozers razed 200 refugee shelters in the town under a government demolition order, the army said.",
        id="an-army-enforcing-a-demolition-order", value=200, cause="other"),
    fig("\"We cooked on a fire in the yard and melted snow for water,\" she said.\n\nMore than 6,400 people were "
        "evacuated from the besieged city on Wednesday.", id="a-cooking-fire-and-melted-snow-in-a-siege", value=6_400,
        cause="conflict"),
    fig("More than 1,600 families who had fled the war lost their homes for a second time when floods swept through "
        "the settlements.", id="an-earlier-flight-describes-the-people", value=1_600, term="homeless", cause="disaster"),
    fig("The camps house about 930,000 Rohingya refugees who fled violence in Myanmar, and the storm brought heavy rain.",
        id="refugees-keep-the-cause-of-their-flight", value=930_000, cause="conflict"),
    fig("More than 600 people were sleeping in tents on Sunday as aftershocks kept rattling the town.",
        id="aftershocks", value=600, cause="disaster"),
    fig("The district administration said 678 houses had been damaged by the subsidence.", id="land-subsidence",
        value=678, cause="disaster"),
    fig("About 2,000 people were evacuated as gale-force winds battered the coast.", id="gale-force-winds",
        value=2_000, cause="disaster"),
    fig("A fire sparked by lightning destroyed 45 homes near the park, the county said.", id="a-fire-sparked-by-lightning",
        value=45, cause="disaster"),
    fig("More than 100,000 people fled the enclave after a lightning offensive by government troops.",
        id="a-lightning-offensive-is-no-storm", value=100_000, cause="conflict"),
    fig("Heavy ashfall forced about 3,100 residents of the slopes into evacuation centres.", id="ashfall",
        value=3_100, cause="disaster"),
    fig("About 12,000 people fled after the town was shelled overnight, officials said.", id="a-town-shelled",
        value=12_000, cause="conflict"),
    fig("Some 4,500 residents fled their villages after rocket fire on Sunday.", id="rocket-fire", value=4_500,
        cause="conflict"),
    fig("Nearly 900 families left the area after a wave of kidnappings by armed men.", id="kidnappings-by-armed-men",
        value=900, cause="conflict"),
    fig("More than 20,000 people fled their homes after al-Shabab fighters took the district.", id="al-shabab-spelled-short",
        value=20_000, cause="conflict"),
    fig("At least 3,000 people fled El Geneina after the Rapid Support Forces entered the town.",
        id="an-armed-group-named-in-full", value=3_000, cause="conflict"),
    fig("About 2,900 houses were destroyed, the district chief said. \"The town looks as if it has been shelled,\" "
        "he said.", id="shelled-in-a-simile", value=2_900, cause="unknown"),
    fig("The scene downtown was like a war zone.\n\nAbout 1,500 people were evacuated, the mayor said.",
        id="like-a-war-zone-is-no-war", value=1_500, cause="unknown"),
    fig("Bulldozers began clearing the burned-out streets on Tuesday, pushing aside the cars residents abandoned as they "
        "ran from the flames.\n\nThe housing ministry said its teams had so far recorded 6,206 homes destroyed.",
        id="bulldozers-clearing-streets-after-a-fire", value=6_206, cause="disaster"),
    fig("Fighting in Rakhine has gone on for months.\n\nVolunteers are supporting some 1,100 people who "
        "are staying in four schools and a cyclone shelter in Naikhongchhari.", id="a-cyclone-shelter-is-no-cyclone",
        value=1_100, cause="conflict"),
    fig("More than 700,000 Rohingya fled into Bangladesh to escape the army's so-called clearance operations.",
        id="clearance-operations-are-no-eviction", value=700_000, cause="unknown"),
    fig("Addis Ababa's riverside \"corridor development\" project has displaced an estimated 10,000 households.",
        id="a-development-project-in-quotes", value=10_000, cause="other"),
    fig("The villages now lie under water.\n\nThe developer said 3,412 people from 11 villages had been displaced by the "
        "reservoir.", id="displaced-by-a-reservoir", value=3_412, cause="other"),
    fig("Heavy rain swelled the river.\n\nAbout 2,000 people were displaced by the flooding after the dam burst.",
        id="a-dam-burst-is-a-flood", value=2_000, cause="disaster"),
    fig("A coolant leak forced an emergency shutdown at the nuclear plant on Saturday.\n\nThe prefectural disaster "
        "headquarters said 4,860 residents of the zone had been evacuated.", id="a-nuclear-plant-alert", value=4_860,
        cause="other"),
    fig("About 8,000 villagers were evacuated after a natural gas well blowout spewed toxic gas into the air.",
        id="a-gas-well-blowout", value=8_000, cause="other"),
    fig("A fire broke out at a chemical facility on the edge of the town on Tuesday.\n\nAs a precaution, 2,750 residents "
        "of two neighbourhoods were evacuated by the fire.", id="a-fire-at-a-chemical-facility", value=2_750, cause="other"),
    fig("A demolition drive by the development authority on the river floodplain razed around 340 homes on Thursday.",
        id="a-demolition-drive-on-a-floodplain", value=340, cause="other"),
    fig("An eviction operation in the settlement left about 2,000 people homeless, residents said.",
        id="an-eviction-operation", value=2_000, cause="other"),
    fig("About 5,000 people were evacuated from the floodplain as the river burst its banks.",
        id="a-floodplain-under-a-flood", value=5_000, cause="disaster"),
    fig("Before the raid, the camp was home to an estimated 90,000 displaced people, and drought was declared there in "
        "January.", id="a-cause-in-a-clause-about-something-else", value=90_000, cause="conflict"),
    fig("Borno state already had some 2 million internally displaced people before the flood, most of them uprooted by the "
        "insurgency.", id="an-event-that-only-dates-the-count", value=2_000_000, cause="conflict"),
    fig("Downstream, the new dam has already forced about 3,000 people from their villages, an advocacy group said.",
        id="a-dam-that-forced-people-out", value=3_000, cause="other"),
    fig("The city's riverside corridor development project has displaced an estimated 10,000 households.",
        id="a-development-project", value=10_000, cause="other"),
    fig("Police and soldiers forced about 150 families from their homes on land claimed by a palm oil company.",
        id="land-claimed-by-a-company", value=150, cause="other"),
    fig("Large parts of the city are still under water after the dam gave way following weeks of heavy rain. The region was "
        "already home to people displaced by a long insurgency.\n\nThe state emergency agency says about 414,000 people "
        "have been displaced in the city.", id="a-city-under-water-after-a-dam-gave-way", value=414_000, cause="disaster"),
    fig("A wildfire tore through the hills.\n\nOn Tuesday, firefighters evacuated around 3,000 residents. Some refused to go "
        "and tried to fight the flames with buckets.", id="fighting-the-flames-is-no-conflict", value=3_000, cause="disaster"),
    fig("About 30,000 residents were forced from their homes when the Jacuí overflowed.", id="a-river-overflowed",
        value=30_000, cause="disaster"),
    fig("About 9,600 refugees were staying at the transit centre, which is overflowing, UNHCR said.",
        id="an-overflowing-centre-is-no-flood", value=9_600, cause="unknown"),
    fig("Since 2016 trucks have been pouring sand into the lake to create land for housing estates. At least 700 families on "
        "its edge have lost their homes since the filling began, a rights group said.", title="Lake filled in",
        id="land-created-for-housing-estates", value=700, cause="other"),
    fig("About 100 families have been forced from their homes near the river to make way for the new capital.",
        id="to-make-way-for", value=100, cause="other"),
    fig("Where a dike breached on Saturday night, more than 64,000 people had been moved to safe places by Sunday. Over 3,400 "
        "soldiers and militia members have been deployed to reinforce embankments.", title="Floods", id="a-dike-breached",
        value=64_000, cause="disaster"),
    fig("In the camp, 350 shelters were damaged by a windstorm on Friday, the camp manager said.", title="Borno camps",
        id="a-windstorm", value=350, cause="disaster"),
    fig("About 186,000 people remain under mandatory evacuation orders as the wildfire spreads, the sheriff's office said.",
        title="Kincade Fire: evacuations, power shutoffs and a fight in Sacramento", id="a-political-fight-in-the-title",
        value=186_000, cause="disaster"),
    fig("About 350 residents had been moved to safety after a mudflow hit the district, the ministry said.",
        id="a-mudflow", value=350, cause="disaster"),
    fig("The municipality evacuated about 90 residents on Sunday as a rockfall threatened the village.",
        id="a-rockfall", value=90, cause="disaster"),
    fig("A pipeline carrying ammonia ruptured at a fertiliser plant. Officials said 6,400 residents had been evacuated since "
        "the leak was detected.", id="an-ammonia-leak", value=6_400, cause="other"),
    fig("A tailings dam at an iron ore mine gave way on Thursday. In all, 620 people have been forced from their homes, the "
        "state government said.", id="a-tailings-dam-collapse", value=620, cause="other"),
    fig("A boiler exploded at a chemical factory on Tuesday evening. Authorities evacuated about 4,500 people from nearby "
        "streets.", id="a-boiler-explosion", value=4_500, cause="other"),
    fig("A mountain of rubbish at the city's landfill collapsed on Tuesday. The disaster agency said 96 families were "
        "staying in a school.", id="a-landfill-collapse", value=96, cause="other"),
    fig("Floods have displaced 4,000 people in Tete, the Red Cross said, and volunteers are distributing chlorine to "
        "prevent cholera.", id="chlorine-handed-out-after-floods", value=4_000, cause="disaster"),
    fig("The disaster agency estimates that 250,000 people have been displaced by the Gu rains in Somalia.",
        id="displaced-by-the-named-rains", value=250_000, cause="disaster"),
    fig("More than 40,000 people left their homes after the seasonal rains in northern Nigeria.",
        id="left-after-the-seasonal-rains", value=40_000, cause="disaster"),
    fig("More than 7.7 million Venezuelans live abroad. Most left because of the collapse of its economy and of basic services.",
        title="Venezuela", id="the-collapse-of-an-economy", value=7_700_000, cause="other"),
    fig("The ministry said 390 Senegalese nationals had been returned home on two flights to Dakar. Most had left for lack of "
        "work.", title="Returns", id="lack-of-work", value=390, cause="other"),
    fig("The Three Gorges Dam on the Yangtze alone displaced more than 1.3 million people.", id="a-dam-that-displaced-people",
        value=1_300_000, cause="other"),
    fig("The dam collapse displaced more than 13,000 people along the river.", id="a-dam-that-failed-is-a-disaster",
        value=13_000, cause="disaster"),
    fig("In Kadelaboa, 37 houses have been destroyed by the dunes since 2020, the village chief said.",
        id="houses-buried-by-dunes", value=37, cause="disaster"),
    fig("Eighteen families have already been forced from their homes by the sand, according to the commune.",
        id="families-driven-out-by-the-sand", value=18, cause="disaster"),
    fig("Tens of thousands of people are living in tents on the sand dunes of al-Mawasi after fleeing the bombardment.",
        id="dunes-as-a-place-cause-nothing", value=20_000, cause="conflict"),
    fig("Bulldozers have razed about 520 houses in the old town since August, the water authority said.",
        id="bulldozers-are-a-demolition", value=520, cause="other"),
    fig("About 300 homes along the riverbank were torn down this year to clear land for a promenade.",
        id="cleared-for-land", value=300, cause="other"),
    fig("Leaders warned of a flood of migrants after 7,000 asylum seekers reached the island in two days.",
        id="a-flood-of-migrants-is-no-flood", value=7_000, cause="unknown"),
    fig("Banditry has displaced 1,200 households in the state, the emergency agency said.", id="banditry-is-conflict",
        value=1_200, cause="conflict"),
    fig("The oil pipeline project has displaced more than 13,000 people, the rights group said.",
        id="a-pipeline-project-is-other", value=13_000, cause="other"),
    fig("Since the government announced that undocumented foreigners must leave the country, more than 90,000 Afghans have "
        "returned, the IOM said.", id="undocumented-people-who-must-leave", value=90_000, cause="other"),
    fig("A wildfire destroyed the town on Tuesday.\n\nThe Red Cross said 1,418 people spent Thursday night in shelters. At the "
        "War Memorial Gymnasium, volunteers handed out cots.", id="a-war-memorial-is-no-war", value=1_418, cause="disaster"),
    fig("Floods swept through Colombia's Meta department on Monday.\n\nIn Meta, a former guerrilla stronghold, 2,000 people "
        "were evacuated from riverside villages.", id="a-former-guerrilla-stronghold", value=2_000, cause="disaster"),
    fig("The earthquake damaged 4,000 homes in Hatay, Turkey, officials said, and many are slated for demolition.",
        id="slated-for-demolition-after-an-earthquake", value=4_000, cause="disaster"),
    fig("Floods have hit Colombia's Antioquia department.\n\nParamilitaries displaced 1,200 people in the town of Ituango.",
        id="paramilitaries-in-the-figure-s-sentence", value=1_200, cause="conflict"),
    fig("Floods displaced 20,000 people in areas of Colombia's Choco department where guerrillas operate, the government said.",
        id="guerrillas-in-the-background", value=20_000, cause="disaster"),
    fig("Some 2,000 families were forced out of homes slated for demolition in Addis Ababa's Piassa district, Ethiopia.",
        id="slated-for-demolition", value=2_000, cause="other"),
    fig("Fighting in Shan state, Myanmar, continued on Wednesday.\n\nIn Taiwan, Gaemi forced 10,000 people to evacuate.",
        title="Typhoon Gaemi slams Taiwan as fighting goes on in Myanmar", id="a-typhoon-named-in-the-headline",
        value=10_000, cause="disaster"),
    fig("Torrential rain in the Three Gorges reservoir area of China forced 30,000 people to evacuate.",
        id="a-reservoir-area-in-a-flood", value=30_000, cause="disaster"),
    fig("Armed confrontations between the ELN guerrilla and the Gulf Clan have provoked a new mass displacement: 1,386 "
        "people have arrived in Istmina, Colombia, since Friday.", id="guerrillas-and-armed-confrontations", value=1_386,
        cause="conflict"),
    fig("An earthquake struck southern Turkey in February.\n\nAbout 230,000 homes were later found to be heavily damaged "
        "and marked for demolition.", id="marked-for-demolition", value=230_000, cause="disaster"),
    fig("Since the peace agreement was signed in September, some 211,000 South Sudanese refugees have returned home.",
        id="a-peace-agreement", value=211_000, cause="conflict"),
    fig("The dam collapsed on Monday, flooding six villages in Attapeu, Laos.\n\nThe project had already displaced about 2,000 "
        "villagers from their land when its reservoirs were created.", id="displaced-by-the-project", value=2_000, cause="other"),
    fig("Bandits on Sunday attacked Kaura Namoda in Zamfara State, killing 12 people.\n\nMore than 3,000 residents have "
        "fled to Gusau, Zamfara, officials said.", title="Bandits Storm Zamfara Community, Kill 12",
        id="storm-as-a-verb-in-a-headline", value=3_000, cause="conflict"),
    fig("The storm Tuesday knocked out power across Florida.\n\nSeparately, in Haiti, gang attacks forced 5,000 people "
        "from their homes on Tuesday, the IOM said.", id="a-weekday-after-storm-is-no-name", value=5_000, cause="conflict"),
    fig("Cyclone Chido tore through northern Mozambique, where people had already fled an Islamist insurgency.\n\n"
        "Chido also destroyed some 4,300 shelters in displacement sites in Metuge district, the IOM said.",
        title="Cyclone Chido strikes a Cabo Delgado already uprooted by conflict", id="a-storm-named-alone",
        value=4_300, cause="disaster"),
    fig("In Tillaberi, Niger, where jihadist attacks have forced more than 400,000 people from their homes, floodwater "
        "swept through sites already housing families who had fled the violence.",
        id="a-figure-inside-a-where-clause-keeps-its-clauses-term-and-cause", value=400_000, term="displaced",
        cause="conflict"),
    fig("Authorities in Manila announced plans to evict informal settlers from the riverbank next year.\n\n"
        "A fire swept through a district of Tondo, Manila, on Sunday, destroying 1,000 homes.",
        id="an-eviction-in-another-sentence-is-not-the-fires", value=1_000, term="destroyed", cause="disaster"),
    fig("Lagos state bulldozed the waterfront settlement of Otodo-Gbame, Nigeria. Bulldozers and fires razed about "
        "4,700 homes, Amnesty International said.", id="fires-set-in-an-eviction", value=4_700, term="destroyed", cause="other"),
    fig("Fighting between the army and rebels goes on in Sagaing, Myanmar.\n\nThe earthquake struck on Friday, and the "
        "quake was felt in Thailand.\n\nThe UN said about 17,000 houses had been destroyed.", id="a-tie-of-causes-goes-to-the-title",
        title="Myanmar quake survivors sleep in the streets", value=17_000, term="destroyed", cause="disaster"),
    fig("Since the collapse of the peace talks in Jeddah, fighting has forced 50,000 people from their homes in Sudan.",
        id="a-collapse-of-talks-is-no-building", value=50_000, cause="conflict"),
    fig("The battle to retake Marawi, the Philippines, has displaced 200,000 people.", id="a-battle-to-retake",
        value=200_000, cause="conflict"),
    fig("A fire in the forest near the Hotel Miramar in Spain forced 3,000 people to evacuate on Monday.",
        id="a-forest-fire-near-a-hotel", value=3_000, cause="disaster"),
    fig("Over 1.5m shifted to safety in Pakistan as Punjab battles historic floods, the PDMA said.",
        id="battling-floods-is-no-battle", value=1_500_000, term="evacuated", cause="disaster"),
    fig("On Friday the Vanuatu Mobile Force, the country's paramilitary unit, ferried 640 people out of Lolowai "
        "as the volcano erupted.", id="a-paramilitary-unit-is-no-conflict", value=640, term="evacuated", cause="disaster"),
    fig("Officials in Lyons, Oregon, said about 360 residents were staying in shelters.",
        id="others-of-no-stated-cause-stay-unknown", value=360, term="sheltered", cause="unknown"),
    fig("A fire broke out at a furniture factory in Binh Duong, Vietnam. Police evacuated about 450 people from the "
        "boarding houses next to the plant as the blaze spread.", id="a-factory-fire-is-another-cause",
        value=450, term="evacuated", cause="other"),
    fig("The wildfire reached the edge of Lyons, Oregon. The blaze forced about 450 people from their homes.",
        id="a-blaze-in-a-wildfire-story-is-a-disaster", value=450, term="displaced", cause="disaster"),
    fig("Part of a residential building collapsed in Naples, Italy on Thursday, the fire brigade said. The municipality "
        "said 38 residents had been evacuated from the building and two adjacent blocks.",
        id="a-building-collapse-is-another-cause", value=38, term="evacuated", cause="other"),
    fig("The earthquake flattened villages across Al Haouz, Morocco, and aftershocks shook the region again on Sunday. "
        "In Amizmiz, where a school building collapsed, some 450 people were staying in tents.",
        id="a-building-collapse-in-an-earthquake-is-the-earthquake", value=450, term="sheltered", cause="disaster"),
    fig("Nearly a decade after Venezuela's economy began to unravel, some 7.7 million Venezuelans have left their "
        "country, according to UNHCR.",
        id="an-economy-unravelling-is-another-cause", value=7_700_000, term="refugees", cause="other"),
    fig("Violence by armed gangs displaced 5,000 people in Haiti.", id="cause-gangs",
        value=5_000, cause="conflict"),
    fig("Bombardment forced 20,000 people to flee in northern Syria.", id="cause-bombardment",
        value=20_000, cause="conflict", term="fled"),
    fig("A drought has displaced 100,000 people in Ethiopia.", id="cause-drought",
        value=100_000, cause="disaster"),
    fig("A dam project has displaced 12,000 people in Ethiopia.", id="cause-development",
        value=12_000, cause="other"),
    fig("About 2,000 people are displaced in Chad, officials said.", id="cause-unknown",
        value=2_000, cause="unknown"),
    fig("Extreme heat forced 1,500 people from their homes in Pakistan.", id="cause-heat",
        value=1_500, cause="disaster"),
    fig("Economic collapse has displaced 20,000 people in Lebanon.", id="cause-economic-collapse",
        value=20_000, cause="other"),
    fig("About 7,000 people were evacuated as the volcano erupted in Indonesia.", id="cause-volcano",
        value=7_000, term="evacuated", cause="disaster"),
    fig("Persecution has forced 40,000 people to flee their homes in Myanmar.", id="cause-persecution",
        value=40_000, term="fled", cause="conflict"),
    fig("Five people died and 640 homes were damaged when the tornado struck Rolling Fork, Mississippi.",
        id="died-and-homes-damaged", value=640, term="damaged", cause="disaster"),
    fig("Bulldozers demolished about 450 houses in Lagos, Nigeria, to make way for a road.", id="demolished-houses",
        value=450, term="destroyed", cause="other"),
    fig("About 11,000 homes were destroyed by the Palisades and Eaton fires in California.", id="named-fires-are-a-disaster",
        value=11_000, cause="disaster"),
    fig("Security forces have evacuated more than 4,000 people by helicopter as floods hit Nepal.",
        id="security-forces-are-no-cause", value=4_000, cause="disaster"),
    fig("About 300 residents near the derailment site in East Palestine, Ohio, were ordered to evacuate.",
        id="a-derailment-is-another-cause", value=300, term="evacuated", cause="other"),
    fig("For Turkey, which still hosts about 2.8 million Syrian refugees after the war, the returns are an economic headache.",
        id="an-economic-headache-is-no-cause", value=2_800_000, term="refugees", cause="conflict"),
    fig("Iran and Pakistan together already host some two million registered Afghan refugees, along with large numbers "
        "of undocumented Afghans who fled the war.", id="undocumented-people-are-no-cause", value=2_000_000,
        term="refugees", cause="conflict"),
    fig("Torrential rains have destroyed some 3 000 shelters in refugee camps in Ouaddai, Chad.",
        id="torrential-rains", value=3_000, term="destroyed", cause="disaster"),
    fig("UNHCR reported that about 1,900 shelters at refugee sites along the Komadougou Yobe river in Niger had been washed away.",
        id="washed-away-is-a-disaster", value=1_900, term="destroyed", cause="disaster"),
    fig("In Dhubri district, India, around 200 families were left homeless when the administration carried out an "
        "eviction drive.", id="carried-out-is-no-evacuation", value=200, term="homeless", cause="other"),
    fig("Engineers in Petropolis, Brazil found 180 homes so badly damaged they will have to be demolished after the "
        "landslides.", id="to-be-demolished-is-damage", value=180, term="damaged", cause="disaster"),
    fig("PESHAWAR: More than 90,000 Afghans have returned to their country since Pakistan announced its repatriation "
        "drive, officials said.", id="a-repatriation-drive", value=90_000, term="returned", cause="other"),
    fig("Beirut port explosion leaves up to 200,000 homeless in Lebanon, governor says", id="a-port-explosion",
        value=200_000, term="homeless", cause="other"),
    fig("In Lahore, Pakistan, about 300 families were forced from their homes along a storm drain by the city's clearance drive.",
        id="a-storm-drain-is-no-storm", value=300, term="displaced", cause="other"),
    fig("In Kazakhstan, the emergencies ministry said 75 yurts had collapsed under heavy snow in Zhambyl region.",
        id="yurts-are-homes", value=75, term="destroyed", unit="houses", cause="disaster"),
    fig("Heavy snowfall and extreme cold forced 1,100 herder families from their homes in Mongolia.",
        id="snow-and-cold-are-disasters", value=1_100, term="displaced", cause="disaster"),
]


@pytest.mark.parametrize("title, body, expected", SINGLE)
def test_single_figure(title, body, expected):
    single_figure(title, body, expected)


MULTIPLE = [
    fig("The economic collapse behind the exodus has few modern parallels outside wartime.\n\n"
        "About 3 million Venezuelans have fled to neighbouring countries, UNHCR said.", id="a-collapse-like-no-other-outside-wartime",
        title="Venezuela's exodus", figures=[dict(value=3_000_000, cause="other")]),
    fig("Typhoon Haiyan has displaced 582,303 people in the Philippines, the disaster council said.\n\n"
        "LEBANON\nLebanon hosts more than 1.1 million registered Syrian refugees, according to UNHCR.",
        id="refugees-hosted-far-from-the-disaster", title="Morning brief",
        figures=[dict(value=582_303, cause="disaster"), dict(value=1_100_000, cause="conflict")]),
    fig("The drought in Somalia has displaced 800,000 people this year, the UN said.\n\n"
        "In Kenya, about 18,000 Somali refugees are living in makeshift shelters outside Dagahaley.",
        id="refugees-of-the-disaster-s-country", title="Drought in Somalia",
        figures=[dict(value=800_000, cause="disaster"), dict(value=18_000, cause="disaster")]),
    fig("Floods in Nepal destroyed 7,000 houses, the home ministry said.\n\n"
        "BURUNDI\nMore than 25,000 Burundians have fled to Rwanda this month amid intimidation by the ruling party's youth wing.",
        id="flight-amid-intimidation", title="Wire brief",
        figures=[dict(value=7_000, cause="disaster"), dict(value=25_000, cause="conflict")]),
    fig("ISLAM QALA, Afghanistan - Buses packed with families roll into the border crossing every few minutes.\n\n"
        "Tehran has stepped up a campaign to expel undocumented migrants.\n\n"
        "About 51,000 returnees passed through Islam Qala on Friday alone, the refugee ministry said.\n\n"
        "Many of the returnees' parents fled decades of war.",
        title="Returns from Iran surge", id="returns-after-a-campaign-to-expel",
        figures=[dict(value=51_000, term="returned", cause="other")]),
    fig("PRISTINA - Twenty years ago, peacekeepers rolled into Kosovo after 78 days of air strikes.\n\n"
        "Of the 850,000 people who had been expelled from the province, more than 500,000 had come back by the end of June 1999.\n\n"
        "On 16 June 1999, about 30,000 refugees crossed back into Kosovo in a single day.",
        title="Twenty years after the exodus", id="returns-after-expulsions-in-a-war",
        figures=[dict(value=500_000, term="returned"), dict(value=30_000, term="returned", cause="conflict")]),
    fig("Landslides and floods swept through Cox's Bazar district in Bangladesh on Monday, destroying 2,000 shelters.\n\n"
        "Bangladesh hosts about 900,000 Rohingya refugees in the camps, according to UNHCR.", title="Landslides hit Rohingya camps",
        id="refugees-hosted-where-the-disaster-struck", figures=[dict(value=2_000, cause="disaster"), dict(value=900_000, cause="conflict")]),
    fig("Wars elsewhere and funding cuts overshadow the region's crises, where fighting between armed groups goes on.\n\n"
        "Displacement at a glance:\n\n"
        "1. Central African Republic: about 465,000 internally displaced people\n"
        "2. Cameroon: more than one million internally displaced people\n"
        "3. Chad: more than 1.2 million refugees from Sudan\n"
        "4. Burundi: about 90,000 internally displaced people, most of them uprooted by floods\n"
        "5. Republic of Congo: some 38,000 refugees from the Central African Republic",
        title="Central Africa's forgotten crises", id="one-row-of-a-country-list-names-its-own-cause",
        figures=[dict(value=465_000, cause="conflict"), dict(value=1_000_000, cause="conflict"),
                 dict(value=1_200_000, cause="conflict"), dict(value=90_000, cause="disaster"),
                 dict(value=38_000, cause="conflict")]),
    fig("Iran has stepped up the expulsion of Afghans since the war with Israel, which many fled to escape.\n\n"
        "The agency said 19,560 Afghans had returned through Islam Qala in the week to April 19.",
        title="Afghans forced out of Iran", id="returns-in-a-story-of-expulsions",
        figures=[dict(value=19_560, cause="other")]),
    fig("Afghan labourers are leaving Iran as the collapse of its currency wipes out their wages, in a year of drought "
        "at home.\n\nMore than 250,000 Afghans have returned from Iran since January, the IOM said.",
        title="Afghans head home", id="returns-in-a-story-of-economic-collapse",
        figures=[dict(value=250_000, cause="other")]),
    fig("For a decade the camps of Maiduguri, Nigeria were a refuge from the Boko Haram insurgency.\n\n"
        "The state government says 140,000 people have returned to their home communities as the camps close.",
        title="Camp closures: resettlement or forced return?", id="returns-from-closing-camps-keep-the-war",
        figures=[dict(value=140_000, cause="conflict")]),
    fig("Some 580 Mexicans fled gang violence in Chiapas and crossed into Guatemala last week.\n\nCONRED, the national "
        "disaster coordination agency, said about 300 of them were sleeping in a school in the village.",
        id="a-disaster-agency-described-names-no-disaster",
        figures=[dict(value=580, cause="conflict"), dict(value=300, cause="conflict")]),
    fig("The military launched an offensive against militant positions on Friday.\n\nThe provincial disaster office said it "
        "evacuated 620 residents from villages near the marsh on Tuesday as troops prepared to move in.",
        id="a-disaster-office-names-no-disaster", figures=[dict(value=620, cause="conflict")]),
    fig("Floods have displaced 45,000 people in Jonglei state, OCHA said. The floods also destroyed 300 homes.\n\n"
        "The camps host 24,300 Sudanese refugees, UNHCR said.\n\n"
        "Flooded roads have cut supply routes, and trade through Renk remains disrupted by the war in Sudan.",
        title="Market monitor",
        id="refugees-from-a-country-whose-war-the-article-names",
        figures=[dict(value=45_000, cause="disaster"), dict(value=300, cause="disaster"),
                 dict(value=24_300, term="refugees", cause="conflict")]),
]


@pytest.mark.parametrize("title, body, expected", MULTIPLE)
def test_several_figures(title, body, expected):
    several_figures(title, body, expected)
