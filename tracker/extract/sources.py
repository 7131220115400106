"""Source attribution: who a figure is attributed to, normalised to the guide's codes.

``find_sources`` returns every organisation, official or named person in a
text, coded IOM, UNHCR, OCHA, UNICEF, WFP, WHO, IFRC, ICRC, NRC, IDMC, MSF,
UNRWA, UN, GOV or OTHER, plus references that stand for the organisation
named just before ("the agency", "the organisation", "it said") with code
``REF``; ``resolve_references`` replaces each REF by the code of the last
organisation named before it.

Decisions the guide leaves open:
- a specific UN agency wins over "UN" ("UN refugee agency" is UNHCR, "the
  UN's International Organization for Migration" is one IOM mention);
- "Red Cross" or "Red Crescent" without "International Committee" is IFRC
  (national societies and the Federation); "the refugee agency" is UNHCR;
- government: ministries, disaster agencies, army, military, police, border
  and coast guards, governors, mayors, ministers, officials, authorities,
  "the government", "the city", "the state", and a country named as the
  subject of a speech verb ("Burkina Faso says ..."). A nationality or
  possessive before the head ("Egyptian officials", "Poland's Border Guard")
  is part of the mention. State media ("state media", "state news agency")
  is GOV: it relays official figures; so is the Taliban, the de facto
  government of Afghanistan. A named armed group that is not a country's
  ("Arakan Army", "Rapid Support Forces") is OTHER, and so are unnamed
  officials of other bodies ("aid officials" is no mention at all);
- "UN officials", "a Red Cross spokesperson": the role word joins the
  organisation mention, it is not a second, GOV mention;
- ``said`` on a mention tells whether it stands in an attribution frame (a
  speech verb follows it before the next mention, or "according to", "said"
  precedes it). "Houses burned after the army retook the town" names the
  army without attributing anything to it.

Matching is anchored: a word set of the text selects the few anchor words
present, and each pattern is tried only where its first word occurs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tracker.extract import lexicon as lx
from tracker.extract.places import country_of, find_places, is_admin_area
from tracker.extract.text import name_from_capitals
from tracker.model import SOURCES


@dataclass(frozen=True)
class SourceMention:
    """One attribution candidate; ``code`` is a guide code or "REF"."""

    code: str
    start: int
    end: int
    surface: str
    said: bool = field(default=False, compare=False)


_UN = r"(?:UN|U\.N\.|United\s+Nations)(?:'s|’s|')?"
_UN_PREFIX = rf"(?:{_UN}\s+)"
_AGENCY_WORD = r"(?:agency|body|office|organi[sz]ation|arm|wing|chief|head|unit)"

_NAMED: list[tuple[str, str]] = [
    ("ICRC", r"International\s+Committee\s+of\s+the\s+Red\s+Cross"),
    ("ICRC", r"ICRC"),
    ("IFRC", r"International\s+Federation\s+of\s+(?:the\s+)?Red\s+Cross\s+and\s+Red\s+Crescent"
             r"\s+Societies"),
    ("IFRC", r"IFRC"),
    ("IFRC", r"(?:KRCS|URCS|ERCS|BDRCS|SARC|IRCS|PRCS|NRCS|SRCS|TRCS|ZRCS|MRCS|JRCS|BRCS|LRCS|SLRCS|GRCS|LNRCS|SSRCS|ARCS|"
             r"SARCS|YRCS|CVM|PMI)"),
    ("IFRC", r"Magen\s+David\s+Adom"),
    ("IFRC", r"Red\s+(?:Cross|Crescent)(?:\s+and\s+Red\s+Crescent)?"
             r"(?:\s+Society|\s+Societies|\s+Movement)?"),
    ("IOM", rf"{_UN_PREFIX}?International\s+Organi[sz]ation\s+for\s+Migration"),
    ("IOM", rf"{_UN_PREFIX}?IOM"),
    ("IOM", rf"{_UN_PREFIX}(?i:migration\s+{_AGENCY_WORD})"),
    ("IOM", r"Displacement\s+Tracking\s+Matrix"),
    ("IOM", r"DTM"),
    ("UNHCR", rf"{_UN_PREFIX}?UNHCR"),
    ("UNHCR", rf"(?:Office\s+of\s+(?:the\s+)?)?{_UN}\s+High\s+Commissioner\s+for\s+Refugees"),
    ("UNHCR", rf"{_UN_PREFIX}(?i:refugee\s+(?:{_AGENCY_WORD}|commissioner))"),
    ("UNHCR", r"(?<=[Tt]he\s)(?:refugee\s+agency|Refugee\s+Agency)"),
    ("UNHCR", r"Protection\s+and\s+Return\s+Monitoring\s+Network(?:\s+\(PRMN\))?"),
    ("UNHCR", r"PRMN"),
    ("OCHA", rf"{_UN_PREFIX}?OCHA"),
    ("OCHA", rf"{_UN_PREFIX}?Office\s+for\s+the\s+Coordination\s+of\s+Humanitarian\s+Affairs"),
    ("OCHA", rf"{_UN_PREFIX}(?i:(?:humanitarian|aid|emergency\s+relief)\s+"
             rf"(?:(?:affairs|coordination|relief)\s+)?{_AGENCY_WORD})"),
    ("OCHA", rf"{_UN_PREFIX}(?i:humanitarian\s+(?:affairs\s+)?(?:coordination\s+)?office)"),
    ("UNICEF", rf"{_UN_PREFIX}?(?:UNICEF|Unicef)"),
    ("UNICEF", rf"{_UN_PREFIX}(?i:children(?:'s|’s)\s+(?:{_AGENCY_WORD}|fund))"),
    ("UNICEF", r"United\s+Nations\s+Children(?:'s|’s)\s+Fund"),
    ("WFP", rf"{_UN_PREFIX}?World\s+Food\s+Program(?:me)?"),
    ("WFP", rf"{_UN_PREFIX}?WFP"),
    ("WFP", rf"{_UN_PREFIX}(?i:food\s+(?:aid\s+)?{_AGENCY_WORD})"),
    ("WHO", rf"{_UN_PREFIX}?World\s+Health\s+Organi[sz]ation"),
    ("WHO", rf"{_UN_PREFIX}?WHO"),
    ("WHO", rf"{_UN_PREFIX}(?i:health\s+{_AGENCY_WORD})"),
    ("NRC", r"Norwegian\s+Refugee\s+Council"),
    ("NRC", r"NRC(?!\s+(?:list|exercise|process|update|draft))"),
    ("IDMC", r"Internal\s+Displacement\s+Monitoring\s+Cent(?:re|er)"),
    ("IDMC", r"IDMC"),
    ("MSF", r"Doctors\s+Without\s+Borders"),
    ("MSF", r"Médecins\s+Sans\s+Fronti[èe]res"),
    ("MSF", r"Medecins\s+Sans\s+Fronti[èe]res"),
    ("MSF", r"MSF"),
    ("UNRWA", rf"{_UN_PREFIX}?UNRWA"),
    ("UNRWA", rf"{_UN_PREFIX}?Relief\s+and\s+Works\s+Agency(?:\s+for\s+Palestine\s+Refugees"
              rf"(?:\s+in\s+the\s+Near\s+East)?)?"),
    ("UNRWA", rf"{_UN_PREFIX}(?i:(?:agency|body)\s+for\s+Palestin(?:e|ian)\s+refugees)"),
    ("UNRWA", rf"{_UN_PREFIX}(?i:Palestinian\s+refugee\s+{_AGENCY_WORD})"),
    ("UN", rf"{_UN_PREFIX}?(?:Development\s+Programme|Population\s+Fund|Human\s+Rights\s+Office|"
           r"Human\s+Rights\s+Council|Security\s+Council|Secretary[-\s]General(?!\s+of\s+(?!the\s+(?:UN|United\s+Nations)\b)))"),
    ("UN", rf"{_UN}(?:[-\s](?:Habitat|Women))?"),
    ("UN", r"(?:UNDP|UNFPA|UNESCO|UNEP|UNOPS|UNMISS|MONUSCO|MINUSMA|MINUSCA|UNAMA|UNAMI|"
           r"UNSMIL|UNOSAT|OHCHR|FAO|ILO|UNITAR|UNISDR|UNDRR)"),
    ("UN", r"Food\s+and\s+Agriculture\s+Organi[sz]ation"),
    ("UN", r"(?:Camp\s+Coordination\s+and\s+Camp\s+Management|CCCM)(?:\s+\(CCCM\))?\s+[Cc]luster"),
    ("UN", r"(?:Shelter|Protection|Health|WASH|Food\s+Security|Nutrition|Education|Logistics)(?:[/-]NFI|\s+and\s+NFI)?\s+Cluster"),
    ("UN", r"Global\s+(?:Shelter|Protection|Health|WASH|Food\s+Security|Nutrition|Education|Logistics)\s+Cluster"),
    ("UN", r"Ant[oó]nio\s+Guterres"),
    ("UN", r"R4V"),
    ("UN", r"Inter-?[Aa]gency\s+Coordination\s+Platform\s+for\s+Refugees\s+and\s+Migrants(?:\s+from\s+Venezuela)?(?:\s+\(R4V\))?"),
]
"""Named organisations. Each pattern starts with a literal word or the UN
prefix; at one position the first pattern that matches wins, so specific UN
agencies come before "UN"."""

_NEWS_AGENCIES = ("Reuters|Agence France-Presse|AFP|Associated Press|Xinhua|Anadolu Agency|Anadolu|Kyodo News|Kyodo|Yonhap|"
                  "Bernama|Antara|Interfax|Deutsche Presse-Agentur|EFE|Press Trust of India")
NEWS_AGENCY = re.compile(rf"(?:the\s+)?(?:{_NEWS_AGENCIES})")
"""Wire agencies: a source when they report a figure, only the story's filer in a dateline (`KABUL, June 23 (Reuters) -`)."""
DIVISION_WORDS = r"county|province|prefecture|state|district|municipality|city|governorate|region|oblast"
"""Words that make a place name its government when it acts: `Taitung county ordered`, `Fujian province had evacuated`."""
DIVISION_DEEDS = ("ordered", "orders", "evacuated", "evacuates", "relocated", "relocates", "moved", "transferred", "issued", "issues")
"""What a place does as its government: `Zhejiang province moved 70,000 people`, `Hitoyoshi issued an order`."""

_OTHER_NAMES = (
    "Save the Children|Human Rights Watch|Amnesty International|Amnesty|Oxfam|CARE|CARE International|BRAC|"
    "International Rescue Committee|IRC|HRW|Mercy Corps|World Vision|Caritas|Cáritas|Islamic Relief|ACTED|ADRA|"
    "Adventist Development and Relief Agency|"
    "Danish Refugee Council|Plan International|ActionAid|Action Against Hunger|"
    "Concern Worldwide|Christian Aid|International Crisis Group|ACLED|"
    "Armed Conflict Location & Event Data Project|Armed Conflict Location and Event Data Project|"
    "REACH Initiative|Refugees International|Médecins du Monde|Medecins du Monde|"
    "Handicap International|Humanity & Inclusion|Humanity and Inclusion|HIAS|"
    "Samaritan's Purse|Samaritan’s Purse|Direct Relief|Welthungerhilfe|White Helmets|"
    "Syrian Observatory for Human Rights|Insecurity Insight|Airwars|World Bank|European Union|"
    "European Commission|ECHO|African Union|Jesuit Refugee Service|Lutheran World Federation|"
    "Catholic Relief Services|Solidarités International|Solidarites International|"
    "International Medical Corps|Norwegian Church Aid|Global Protection Cluster|Shelter Cluster|"
    "Rapid Support Forces|Hamas|Hezbollah|Houthis|al-Shabaab|Al-Shabaab|M23|" + _NEWS_AGENCIES +
    "|Al Jazeera|BBC|CNN|Radio Okapi|Radio Dabanga"
)
"""Non-governmental organisations, armed groups, news agencies and other bodies often cited in news."""

_OTHER_SUFFIX = r"(?:\s+(?:Kenya|International|Australia|America|[A-Z][a-z]+land))?"

_GOV_ACRONYMS = (
    "NDMA PDMA NDRRMC BNPB BPBD AFAD DSWD DROMIC FEMA NEMA SEMA INGC INGD DoDMA CONRED COPECO SINAPRED "
    "CONASUR CENAPRED SINAPROC INDECI SENAPRED ONEMI UNGRD NADMO NDOC DDMA SDMA OSDMA "
    "NCFRMI ARRA RRS CNARR ONPRA MIDIMAR CONARE COMAR DGPC SNGRE BNGRC RFS CFA SES DMC NDMO NADMA DMMU RRC KDF ENDF FARDC EMERCOM NDRF SDRF Taliban LGA ISPR "
    "DPC LAFD FDNY SoDMA SODMA MINEMA OCD NDRRMA GBDMA ASDMA NDRMC HAC COEN SNGR SINAGERD INETER ANPC ANEPC LASEMA NEMO PDRRMO MDRRMO CDRRMO RDRRMC PDRRMC MDRRMC CSWDO MSWDO PSWDO KDMA UPDMA BSDMA "
    "ODPEM DDM DDPM VDDMA IDF"
).split()
"""Acronyms of national disaster, civil protection, refugee and armed forces bodies."""

_GOV_BODY_NOUNS = frozenset(
    "Ministry Authority Agency Council Commission Directorate Department Administration Division Command "
    "Service Institute Board Guard Guards Police Army Force Forces Office Bureau "
    "Secretariat Unit Units Secretariats Offices Departments Authorities Committees Councils Commissions Bureaus "
    "Agencies Services Directorates Ministries Committee Center Centre Headquarters System Corps Rifles Presidency Commissionerate "
    "Ministerio Ministério Ministère Secretaría Secretaria Instituto Institut Dirección Direção Direction Servicio Serviço "
    "Coordinadora Coordenação Comisión Comissão Agencia Agência Agence Defensoría Procuraduría Unidad Unidade".split())
_GOV_TITLES = ("Chief\\s+[Mm]inister|Menteri\\s+Besar|Governor|Gov\\.|Mayor|Barangay\\s+[Cc]aptain|Barangay\\s+[Cc]hair(?:man|woman|person)?|Regent|Minister|President|Prime\\s+Minister|Premier|Colonel|"
               "Lieutenant|Commissioner|Senator|Deputy|Secretary(?![-\\s][Gg]eneral\\s+of\\b)|Undersecretary|Under-Secretary|Under\\s+Secretary|Secretary\\s+of\\s+State|Sgt\\.|Sergeant|Constable|Superintendent|"
               "District\\s+Collector|Collector|County\\s+Judge|Brigadier|Brig\\.(?:\\s+Gen\\.)?|Gen\\.|Col\\.|Lt\\.(?:\\s+Col\\.)?|Maj\\.|Capt\\.|Cmdr\\.")
_GOV_FIXED = ("Protection\\s+[Cc]ivile|Civil\\s+(?:Protection|Defen[cs]e)(?:\\s+(?:Higher|Supreme|General|National)\\s+(?:Council|Committee|Directorate))?|"
              "Humanitarian\\s+Aid\\s+Commission|Housing\\s+Foundation(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)?)?|Protecci[oó]n\\s+Civil|Defesa\\s+Civil|General\\s+Security|"
              "Border\\s+(?:Guards?|Force|Patrol|Protection)|Customs(?:\\s+and\\s+Border\\s+Protection)?|Coast\\s+Guard|Carabineros|(?:Parks|Public\\s+Safety|Indigenous\\s+Services|Environment|Statistics|Transport|Health|Immigration,\\s+Refugees\\s+and\\s+Citizenship)\\s+Canada|Fire\\s+and\\s+Emergency\\s+New\\s+Zealand|(?:Unified|Independent|Consolidated)\\s+School\\s+District|Migraci[oó]n(?:es)?(?=\\s+(?:[A-Z]|said|says|reported|estimated|counted|registered|figures|data))|Inter[-\\s]Services\\s+Public\\s+Relations|"
              "Emergency\\s+Management\\s+Services|Emergency\\s+Management\\s+(?:Victoria|Tasmania|Queensland|Australia|Ontario|Alberta|Manitoba|Saskatchewan|B\\.C\\.|BC|British\\s+Columbia|Nova\\s+Scotia|New\\s+Brunswick)|"
              "Defensor[ií]a(?:\\s+del\\s+Pueblo)?|Gobernaci[oó]n(?:\\s+(?:de|del)\\s+[A-Z][\\w\u00c0-\u024f-]*(?:\\s+[A-Z][\\w\u00c0-\u024f-]*)?)?|Alcald[ií]a(?:\\s+(?:de|del)\\s+[A-Z][\\w\u00c0-\u024f-]*(?:\\s+[A-Z][\\w\u00c0-\u024f-]*)?)?|Prefeitura(?:\\s+(?:de|do|da)\\s+[A-Z][\\w\u00c0-\u024f-]*(?:\\s+[A-Z][\\w\u00c0-\u024f-]*)?)?|Ombuds(?:man|person|woman)(?:'s\\s+[Oo]ffice)?|Generalitat(?:\\s+(?:de|of)\\s+[A-Z][\\w\u00c0-\u024f-]*)?|Xunta(?:\\s+de\\s+Galicia)?")
_NON_STATE_WORDS = frozenset(
    "Democratic Liberation Free Popular Revolutionary Resistance Islamic Patriotic Rapid "
    "Front Movement Alliance Rebel Militia Brigade Brigades Mobilization "
    "Mobilisation Christian Church Churches Catholic Anglican Methodist Lutheran Presbyterian Adventist Baptist Evangelical "
    "Muslim Buddhist Hindu Diocese Archdiocese Interfaith Rights Nationalities Independence".split())
"""Words in the names of armed groups, churches and rights groups that are not a state's ("Syrian
Democratic Forces", "Free Syrian Army", "Vanuatu Christian Council", "Guatemala Human Rights Commission")."""
_GOV_MARKERS = frozenset(
    "Cabinet National State Federal Provincial Regional District County Municipal City Disaster "
    "Nacional Nationale Estatal Departamental Ministerio Ministério Ministère Gestión Riesgos Desastres "
    "Defensa Defesa Protección Proteção Protection Humanitaire Humanitarian Solidarité Solidarity "
    "Emergency Civil Defence Defense Interior Home Border Frontier Police Military Government "
    "Ministry Presidential Executive Meteorological Immigration Migration Migración Migraciones Asylum Shire Borough Prefectural Armed Navy Coast Guard Guards "
    "Public Social Welfare Rescue Protection Ombudsman Ombudsman's Ombudsman’s Fire Sheriff Sheriff's Planning Construction "
    "Sheriff’s Victims Civil Registry Statistics Statistical Census Interim Transitional Autonomous Self-Defense "
    "Self-Defence Contingency Contingencies Rehabilitation Resettlement Repatriation Reconstruction "
    "Governor Mayor Governorate Departmental Municipality Wildfire Forestry Steering".split())
"""Words that make a capitalised body a government one ("National Disaster
Management Authority"); without them it is another organisation."""

_GOV_HEAD = re.compile(
    r"(?i:refugee\s+(?:board|commission|department|directorate|secretariat|agency|office)|"
    r"emergency\s+situations?\s+(?:inspectorate|ministry|department|service|committee)|"
    r"inter-?ministerial\s+(?:commission|committee|council|task\s+force|cell)|"
    r"(?:village|township|commune|sub-district|subdistrict)\s+chief(?!\s+of\s+staff)|camp[- ]in[- ]charge(?:\s+office)?|cabildo|"
    r"chief\s+of\s+(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?\s+(?:district|province|sub-district|county|village|town|commune|township)|"
    r"suco\s+chief|(?:county|city|council|district)\s+chief\s+executive|"
    r"member\s+of\s+the\s+(?:local\s+)?(?:union\s+parishad|gram\s+panchayat|panchayat|municipal\s+council|village\s+council|ward\s+committee)|"
    r"assembly\s*(?:man|woman|men|women|members?)(?:\s+for\s+the\s+(?:area|constituency))?|"
    r"(?:municipal\s+|local\s+|ward\s+)?corporators?|"
    r"(?-i:Conseil|Comit[ée]|Agence|Direction|Commission|Office|Secr[ée]tariat|Institut)\s+(?-i:national|nationale|r[ée]gional|r[ée]gionale|"
    r"g[ée]n[ée]ral|g[ée]n[ée]rale|d[ée]partemental|d[ée]partementale|provincial|provinciale|interminist[ée]riel)\b|"
    r"(?-i:Minist[èe]re)\s+(?:de|du|des|d')|(?-i:Haut[- ]Commissariat)\b|"
    r"cabinet\s+office|crisis\s+cell|mukhtars?|(?:county\s+)?judge[- ]executive(?:'s\s+office|\u2019s\s+office)?|"
    r"social\s+(?:assistance|welfare|development|affairs|action|protection)\s+(?:secretariat|commission|ministry|department|office|"
    r"directorate|agency|bureau)|humanitarian\s+(?:aid|affairs)\s+(?:commission|ministry|department|directorate)(?!\s+of\s+the\s+U)|"
    r"(?:district|municipal|metropolitan)\s+assembly|(?-i:Senate|Parliament|Congress)\s+spokes(?:man|woman|person)|"
    r"(?:lawmakers?|legislators?|parliamentarians?|members?\s+of\s+parliament)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){0,3}(?=,?\s+(?:[\w'-]+\s+){0,4}?(?:said|says|told|estimated|put)\b)|"
    r"officials|official(?!\s+(?:(?:evacuation|relief|displacement|idp)\s+)?(?:camps?|sites?|shelters?|centres?|centers?|settlements?|"
    r"residences?|visits?|languages?|ceremon(?:y|ies)|border|crossings?|channels?|holidays?)\b)|authorit(?:y|ies)|administrations?|government(?!\s+(?:(?:primary|secondary|high|public|girls'?|boys'?|model|run)\s+)?(?:schools?|buildings?|land|hospitals?|property|quarters|premises|facilities|compounds?|camps?|sites?|shelters?))|ministry|ministries|minister(?!\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:church|parish|congregation|chapel|cathedral))|council(?:l)?ors?|"
    r"(?:local|government)\s+administrators?|prefecture\s+of\s+(?-i:[A-Z][\w'-]*)|regional\s+district(?:\s+of\s+(?-i:[A-Z][\w'-]*(?:[\s-][A-Z][\w'-]*){0,2}))?|"
    r"(?:municipal|city|county|civic|council)\s+(?:workers|staff|employees|crews|teams)|governor(?:[- ]general)?(?:'s\s+office|’s\s+office)?|voivode(?:'s\s+office|’s\s+office)?|voivodeship\s+(?:office|authorities|government)|gouverneur|pr[ée]fet(?:'s\s+office|’s\s+office)?|wali|wilaya|mayor(?:'s\s+office|’s\s+office)?|"
    r"(?:army|military)(?!\s+(?:operations?|offensives?|campaigns?|action|raids?|strikes?|rule|bases?|hospitals?|"
    r"checkpoints?|positions?|posts?|build-?up|pressure|presence)\b)|"
    r"police|border\s+(?:guards?|police|service)|coast\s*guards?|armed\s+forces|security\s+forces|"
    r"defen[cs]e\s+(?:force|ministry)|civil\s+(?:protection|defen[cs]e)(?!\s+(?:group|"
    r"volunteers|workers))|disaster\s+(?:management\s+|risk\s+management\s+|mitigation\s+|"
    r"response\s+)?(?:agency|agencies|authority|authorities|institute|council|unit|units|department|departments|office|offices|committee|secretariat|secretary|headquarters|"
    r"committees|commission|ministry|centre|center)|emergency\s+(?:management\s+)?(?:agency|service|"
    r"services|ministry|department|committee|office|authority)|emergency\s+management\s+group|crisis\s+management\s+(?:organi[sz]ation|headquarters|director|department|office|centre|center|agency|committee|cell|chief|head)|(?:interagency\s+|inter-agency\s+|(?:complex\s+|type\s+[1-3]\s+))?incident\s+management\s+teams?|emergency\s+operations?\s+(?:centre|center)|(?:council|city|county|county's|municipal|government)\s+(?:building\s+)?inspectors?|building\s+inspectors?|(?:(?:rural\s+)?municipality|district|county|sub-county|municipal|village|parish|ward|town|city|upazila|union|taluka|tehsil|block|LC\s?[1-5]|LGA)\s+chair(?:person|man|woman)?|ward\s+(?:office|chair(?:person|man|woman)?|councillor|councilor|officer|administrator)|(?:district|divisional)\s+secretar(?:y|iat)|(?:town|city|county|municipal|district)\s+clerk|(?:im)?migration\s+(?:directorate|department|service|authority|office)|(?<![Tt]he\s)(?:im)?migration\s+agency|"
    r"commissioner|district\s+collectors?|collectors?|spokes(?:man|woman|person)\s+for\s+the\s+(?:municipality|city|town|county|district|province|prefecture|government|ministry|council|region|state)|barangay\s+(?:captain|chair(?:man|woman|person)?|officials?|council|kagawad)|(?:chair(?:man|woman|person)?|captain|president|head)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?(?:commune|municipality|barangay|ward|union\s+parishad|local\s+government(?:\s+area)?|village\s+council|council)\b|"
    r"state\s+media|state\s+news\s+agency|state\s+television|state\s+TV|state\s+broadcaster|state\s+radio|council\s+chair(?:man|woman|person)|(?:vice[-\s])?president(?!\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:civil\s+society|association|union|federation|network|committee|cooperative|chamber|club|collective|platform))|"
    r"prime\s+minister|premier|ombudsman(?:'s\s+office|’s\s+office)?|personero|navy|air\s+force|"
    r"fire\s+(?:(?:and\s+)?rescue\s+)?(?:department|service|services|brigade|chief|authority|officials?)|fire\s+(?:and\s+)?rescue|land\s+regist(?:ry|er)|cadastre|sheriff(?:'s\s+office|’s\s+office)?|"
    r"national\s+guard|(?:chief\s+)?(?:district|upazila|county|municipal|provincial)(?:'s|’s)?\s+(?:[a-z]+\s+){0,2}?(?:officer|commissioner|administrator)|(?:municipal|city|provincial|district|county|town)\s+(?:engineers?|health\s+officer|social\s+welfare\s+officer|planning\s+officer|disaster\s+officer)|akim(?:at|s)?|(?:provincial\s+|district\s+|national\s+)?disaster\s+coordinator|"
    r"emergency\s+management\s+(?:director|coordinator|chief|manager)|(?:(?<=county )|(?<=county\'s )|(?<=city )|(?<=city\'s )|(?<=state )|(?<=parish )|(?<=borough )|(?<=town )|(?<=local )|(?<=district )|(?<=provincial )|(?<=municipal )|(?<=government\'s ))emergency\s+(?:director|coordinator|chief|manager|officer)s?|commandant|union\s+of\s+municipalities|soldiers|troops|(?<![Tt]he )(?<![Nn]\. )(?<!UN )(?<=[nihe] )peacekeepers(?=\s+(?:said|say|says|reported|told|estimated|counted)|,[^,;]{1,80},\s+(?:said|say|says|reported|told|estimated|counted))|officers|consular\s+(?:data|officials|figures|records)|embass(?:y|ies)|(?<!goodwill\s)(?<!Goodwill\s)ambassadors?|consulates?|gendarmerie|gendarmes|(?:sub-)?prefect|regent|(?:fire\s*fighters|firemen)(?!\s+(?:union|association|federation))|fire\s+crews|(?:local|city|municipal|county|district|village|town|provincial|state|parish|regional|island|shire)\s+councils?|"
    r"(?:council|municipal|city|county)\s+(?:figures|data|records|tallies)|safety\s+regions?|(?:national|federal|government|regional|provincial)\s+crisis\s+cent(?:re|er)|"
    r"city\s+halls?|town\s+halls?|provincial\s+hall|(?:disaster\s+)?risk\s+reduction\s+(?:and\s+management\s+)?(?:office|council|unit|department|committee)|(?:city|municipal|municipality|metropolitan|district|county|town|provincial)\s+(?:office|offices|corporation)|task\s+force|risk\s+management\s+(?:secretariat|office|agency|unit|department|directorate|teams?)|intendan(?:t|te|cy|cia)|(?:central|national|regional|provincial|state)\s+emergency\s+(?:operations?\s+)?(?:centre|center)|(?:city|county|town|borough)\s+manager|regional\s+(?:head|chief|leader)|(?:regional\s+)?presidential\s+(?:delegat(?:e|ion)|envoy|representative)|area\s+chief|(?:county|city|municipal|provincial|district|state|government|ministry|prefectural|army|military|police|navy|defen[cs]e)\s+spokes(?:man|woman|person)|(?:district|municipal|metropolitan)\s+chief\s+executive|administrators?|reeve|junta|(?<=the )regime(?!\s+change)|municipal\s+union|circle\s+officer|tehsildar|sub-?divisional\s+(?:officer|magistrate)|"
    r"block\s+development\s+officer|upazila\s+nirbahi\s+officer|chief\s+administrative\s+officer|t[ae]h?sildar|"
    r"(?:kebele|woreda|union\s+parishad|gram\s+panchayat|panchayat|zila\s+parishad|upazila\s+parishad)\s+(?:chair(?:man|woman|person)?|administrators?|officials?|pradhans?|heads?|secretar(?:y|ies)|presidents?)|"
    r"(?:district|sub-?divisional|deputy)\s+magistrates?|"
    r"(?:revenue|relief\s+and\s+rehabilitation|rehabilitation)\s+(?:department|ministry|minister|secretary|officials?|office)|"
    r"(?:housing|social\s+welfare)\s+department|security\s+advis[eo]r|chief\s+and\s+council|band\s+(?:office|council)|disaster\s+management\s+(?:cell|section|unit|wing|division|department)|"
    r"prosecutors?(?:\s+general)?(?:'s\s+office|\u2019s\s+office)?|"
    r"attorney\s+general|(?:housing|interior|health|home|foreign|defen[cs]e|cabinet|education|press|state)\s+secretary|"
    r"(?:prefectural|provincial|municipal|district|county|federal|city|town|borough|state)\s+(?:data|figures|statistics|records|tallies|tally|estimates|counts)|"
    r"(?:county|city|municipal|state|government)\s+(?:damage\s+)?(?:assessment|inspection)\s+teams?|"
    r"(?:island|city|town|county|district|municipality|province|governorate|prefecture|regency|region)(?:'s|\u2019s)\s+council|"
    r"(?:city|town|municipality|county|district|dzongkhag|gewog|province|governorate|prefecture|regency|state|government)(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:coordinator|director|chief|head|manager|officer|spokes(?:man|woman|person)|secretary|committee|commission|office|department|agency|authority|"
    r"focal\s+(?:person|point)|count|tally|figures|data|records|survey|estimates?|(?:inspection|assessment)\s+teams?|inspectors)|(?:dzongkhag|gewog)\s+(?:administration|officials?|office|authorities)|gups?(?=\s*,\s*[A-Z]|\s+(?:of|said|says|told)\b)|"
    r"(?:municipal|city|county|provincial|district)\s+(?:[a-z-]+\s+){0,2}?coordinator|"
    r"(?<!UN\s)(?<!U\.N\.\s)peacekeeping\s+(?:command|contingent)|"
    r"head\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'-]*\s+){1,3}(?:regency|district|province|county|municipality|prefecture|sub-?district|region)|"
    r"(?:regency|district|sub-?district|county|provincial|village)\s+head(?:m[ae]n)?|delegation\s+of\s+the\s+(?-i:[A-Z][\w'\u2019-]*\s+){1,3}(?:department|province|region|prefecture)|"
    r"(?:departmental|provincial|regional)\s+delegation|(?-i:S\.?S\.?P|D\.?S\.?P)(?=\s+(?:of\s+[A-Z]|[A-Z][a-z]|said|says|told))"
    r")(?![\w-])")
_GOV_HEAD_WORDS = frozenset(
    "delegation departmental headman headmen lawmaker lawmakers corporator corporators assemblyman assemblywoman assemblymen assemblywomen assembly legislator legislators parliamentarian parliamentarians refugee Conseil Comité Comite Agence Direction Commission Office Secrétariat Secretariat Institut Ministère Ministere Haut suco member mukhtar mukhtars judge judge-executive administrations officials official authority authorities administration government ministry councillor councillors councilor incident "
    "councilors regional prefecture governorate collectors spokesman spokeswoman spokesperson LC3 LC5 LC1 "
    "ministries minister governor voivode voivodeship mayor army military police border coast armed defence defense "
    "civil disaster emergency commissioner district collector state president prime premier "
    "ombudsman personero navy air fire sheriff national gendarmerie local city municipal county village coastguard security "
    "interministerial inter-ministerial township commune sub-district subdistrict camp cabildo Cabildo humanitarian Senate Parliament Congress "
    "town provincial hall administrator prosecutor attorney housing interior health home foreign "
    "safety cabinet education press federal halls reduction administrators intendant intendancy crisis dzongkhag gewog gup gups chairman chairwoman chairperson captain secretary prefectural regency head ssp dsp peacekeeping land cadastre building inspectors ward akimat akim akims band wali wilaya gouverneur préfet prefet prosecutors presidential chief tahsildar social tehsildar kebele woreda gram zila panchayat revenue rehabilitation gendarmes prefect firefighters firemen commandant union soldiers troops officers consular embassy embassies ambassador ambassadors consulate consulates peacekeepers reeve council junta regime sub regent parish regional island shire circle tehsildar block upazila migration immigration vice vice-president task manager risk central divisional barangay metropolitan municipality area".split())
_NOT_GOV_BEFORE = re.compile(
    r"(?i:\b(?:aid|NGO|charity|relief|humanitarian|agency|rights|medical|hospital|"
    r"rebel|militia|opposition|party|company|industry|union|church|diocesan|diocese|archdiocesan|archdiocese|mosque|temple|"
    r"monastery|school|college|university|UN|U\.N\.|cross|crescent)(?:'s|’s)?\s+$)")
"""Officials of a body that is not the government ("aid officials", "rebel authorities")."""
_RELIEF_BEFORE = re.compile(r"(?i:relief)\s+$")
"""`relief commissioner Harshad Patel`: a state's relief commissioner is its official, where "relief officials" are
an aid body's."""
_GOV_HEAD_ANY_CASE = _GOV_HEAD_WORDS | {w.capitalize() for w in _GOV_HEAD_WORDS} | {
    w.upper() for w in _GOV_HEAD_WORDS}
_ARMED_HEADS = frozenset("army military armed forces".split())

_GOV_MODIFIERS = frozenset(
    "local provincial regional district state federal national central city municipal county "
    "regency prefectural cantonal oblast raion governorate departmental communal zonal zone woreda "
    "territorial village camp border government interior immigration migration security "
    "military army defence defense police rescue emergency disaster health "
    "refugee civil senior top two three several other foreign infrastructure "
    "urbanisation urbanization agriculture social welfare education home internal affairs "
    "management risk response mitigation displacement reconstruction public works energy "
    "transport finance justice labour labor family women children youth information "
    "communications environment water rural development planning housing cabinet "
    "presidential executive".split())
"""Lower-case words that may stand before a government head ("provincial rescue officials")."""
_DETERMINERS = frozenset("The A An This That These Those Its Their Some Many Most Other "
                         "Several Two Three Four Senior Top".split())

_GENERIC_GOV_REF = re.compile(
    r"(?:(?<=[Tt]he\s)(?:(?:district|local|city|provincial|regional|county|state|municipal|town)\s+)?(?:city|town|state|province|county|municipality|municipalities|ministry|governorate|prefecture|regency|region|district|commune|township(?:\s+office)?|(?<=municipal )assembly|(?<=district )assembly)|(?<=[Tt]he\s)sub-(?:prefecture|county|district))"
    r"(?=\s+(?:said|says|reported|reports|estimated|estimates|added|counted|counts|recorded|records|registered(?!\s+as\b)|registers(?!\s+as\b)|(?:has|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:confirmed|counted|recorded|reported|registered|classified|listed)|confirmed|(?:also\s+)?revised|(?:has\s+|had\s+)?(?:evacuated|relocated|ordered)|to\s+(?:order|evacuate|relocate)\b))"
    r"|(?<=[Aa]ccording to the\s)(?:city|town|state|province|county|municipality|ministry|governorate|prefecture|regency|region|district|commune)\b"
    r"|(?<=\bby the\s)(?:city|town|county|municipality|province|district|prefecture|region|commune|council|village)\b(?=\s*[,.;]|\s+(?:on|this|last|in)\b)"
    r"|(?<=[Tt]he\s)(?:city|town|municipality|province|state|county|district|prefecture|region|City|Town|Municipality|County|Shire|Borough|"
    r"Regional Municipality|District Municipality) of [A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"(?=(?:\s+in\s+[A-Z][\w'-]+)?(?:,[^,]{0,60},)?\s+(?:had|has|have|said|says|reported|estimated|evacuated|relocated|registered(?!\s+as\b)|counted|recorded)\b)")
_SPEAKS_AFTER = re.compile(r"(?:\s+in\s+[A-Z][\w'-]+)?(?:,[^,]{0,60},)?\s+(?:said|says|reported|reports|estimated|estimates|counted|counts|"
                           r"recorded|records|evacuated|relocated|registered|ordered|moved)\b")
"""`The town of Anamizu says` speaks; `The town of Sake has 30,000 displaced people` only tells of the town."""
_COUNTED_BY_BEFORE = re.compile(r"\b(?:surveys?|counts?|tally|assessments?|reports?|estimates?|figures|data|inspections?|records?|registers?)"
                                r"\s+(?:[\w-]+\s+){0,2}?by\s+the\s+$")
"""`according to a preliminary count released by the municipality`: the body that counted speaks."""
_NAMED_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w-])(?:[Tt]he\s+)?((?:[A-Z]|[a-z][A-Z])[\w\u00c0-\u024f'-]+\s+(?i:(?:county\s+|district\s+|regional\s+|provincial\s+)?(?:prefecture|governorate)|"
    r"(?:(?:rural|urban|sub-metropolitan|metropolitan)\s+)?municipality|"
    r"metropolitan city|county|prefecture|governorate|city council|town council|commune|district|region|province))"
    rf"(?=\s+(?:{lx.SPEECH_VERBS})\b|\s+(?:(?:has|had|have)\s+)?(?:{'|'.join(DIVISION_DEEDS)})\b)")
"""`The Grindavik municipality said`, `Annapurna rural municipality has ordered`: a town's government named after it."""
_NAME_RUN_BEFORE = re.compile(r"(?:(?:[A-Z][\w\u00c0-\u024f-]*(?:'s|\u2019s|s'|s\u2019)?|the)\s+)+$")
"""`Residents in Dera Ghazi Khan district said`, `families in West Darfur's Geneina district said`: the rest of a
longer place name, or its owner, before the district; what stands before all of it tells whether the district speaks."""
_GENERIC_GOV_WORDS = frozenset("city state province county municipality ministry governorate prefecture regency region district commune town village township "
                               "local provincial regional sub "
                               "City Municipality County Town Shire Borough Regional District municipal".split())

_ORG_HEAD = re.compile(
    r"(?:Confederation|League|Archdiocese|Diocese|University|(?:School|College|Order)(?=\s+of\s+[A-Z])|Institute|Foundation|Observatory|Coalition|Alliance|Society|Network|"
    r"Federation|Association|Trust|Initiatives?|Watch|Lab|Laboratory|Centre|Center|Group|Project|Forum|Union|"
    r"Organization|Organisation|Charity|Mission|Movement|Council|Committee|Relief|Aid|Inspectorate|Command|Chamber|Radio|Program|Programme|Branch|"
    r"Tehreek|Samiti|Sangathan|Coordinators|Collective|Platform|Defenders)"
    r"(?![\w-])((?:'s|’s|\s+(?:for|of|on)(?:\s+the)?)?(?:\s+[A-Z][\w'’-]*){1,4})?")
_ORG_HEAD_WORDS = frozenset(
    "Confederation League Archdiocese Diocese University School College Order Institute Foundation Observatory Coalition Alliance Society Network Federation "
    "Association Trust Initiative Initiatives Watch Lab Laboratory Centre Center Group Project Forum Union Organization "
    "Organisation Charity Mission Movement Council Committee Relief Aid Inspectorate Command Chamber Radio Program Programme Branch "
    "Tehreek Samiti Sangathan Coordinators Collective Platform Defenders".split())
"""The head word of an organisation name that the tables lack; the capitalised
words before it complete the name ("Yale University's Humanitarian Research Lab")."""

_REF_NOUNS = frozenset(
    "agency organisation organization body group charity NGO office watchdog monitor centre "
    "center committee federation society institute programme program fund mission network bulletin report statement DG survey assessment "
    "coalition alliance collective delegation note organisations organizations groups agencies headquarters cluster "
    "council department authority commission bureau directorate unit secretariat service dashboard snapshot update database "
    "communique communiqué release trust foundation association company firm movement division brigade battalion regiment "
    "branch platform".split())
_REF_NOUNS_ANY_CASE = _REF_NOUNS | {w.capitalize() for w in _REF_NOUNS}
_REF_BEFORE = re.compile(
    r"(?<![\w-])((?:[Tt]he|[Ii]ts)\s+(?:same\s+)?(?:(?:two|three|four|both)\s+)?(?:[A-Z][\w'-]*-based\s+)?(?:(?:UN|U\.N\.|aid|relief|humanitarian|international|global|"
    r"medical|monitoring|rights|migration|refugee|press)\s+)?)$")
_NAME_NEXT = re.compile(r"\s+[A-Z][\w\u00c0-\u024f'-]+")
"""`The collective Le Revers de la Medaille said`: a noun followed by a name is that body, not a reference."""
_SAME_SOURCE = re.compile(r"\b(?:[Aa]ccording to (?:the same (?:source|balance|report|update|bulletin|count|tally|data|figures)|him|her|them)"
                          r"|the same source)\b")
"""`According to the same source`, `according to him`: the one who spoke before."""
_IT_SAID = re.compile(
    r"(?:[Ii]t|[Ii]ts\s+(?:teams?|staff|figures|data|report|estimates?|survey)|Its\s+(?P<role>(?:(?:country|regional|executive|deputy)\s+)?"
    r"(?:spokes(?:man|woman|person)|secretary[- ]general|director(?:[- ]general)?|head|chief(?:\s+executive)?|president|"
    r"chair(?:man|woman|person)?|coordinator|representative|commissioner)(?:\s+(?:for|in)\s+[A-Z][\w'-]+)?)"
    r"(?:,\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3},)?)\s+(?:said|says|tweeted|tweets|"
    r"added|estimated|estimates|reported|reports|noted|warned|counted|counts|recorded|records|registered|"
    r"found|put|told|tells)(?![\w-])")

_TRAIL = re.compile(
    r"(?:'s|’s)?\s+(?:(?:senior|top|local|country|regional|field|chief|deputy)\s+)?"
    r"(?:officials?|spokes(?:man|woman|person|people)|staff|chief|head|representative|"
    r"commander|commissioner|minister|president|secretary[-\s]general|chair(?:man|woman)?|"
    r"executive\s+director|founder|"
    r"workers?|teams?|figures|data|envoy|coordinator|director|"
    r"officer|personnel|monitors?|experts?|researchers?|team\s+leader|country\s+director)\b")

_SPEECH = (rf"(?:{lx.SPEECH_VERBS}|put\s+the\s+(?:number|figure|toll)|show|shows|showed|indicated|indicate|indicates|documented|"
           r"(?:updated|released|published|issued|revised)\s+(?:its|their)\s+(?:latest\s+|new\s+|daily\s+)?(?:tally|figures|count|"
           r"data|report|numbers|estimates?|update|bulletin))")
_SAID_AFTER = re.compile(
    rf"(?:\s*\([^)]{{1,40}}\))?(?:[^.;!?\d]{{0,80}}?\s)?(?<!\ban\s)(?<!\bthe\s)(?<!\bsome\s){_SPEECH}\b|(?:'s|’s)?\s+"
    r"(?:(?:latest|last|own|new|preliminary|published|official|most\s+recent)\s+){0,2}(?:figures|data|estimates?|report|"
    r"assessment|count|tally|numbers|survey)")
_SAID_BEFORE = re.compile(
    rf"(?:according\s+to|citing|cited\s+by|data\s+from|figures?\s+from|(?:numbers|tally|count)\s+from|estimates?\s+(?:from|by)|"
    rf"(?:assessments?|surveys?|counts?|tall(?:y|ies))\s+by|"
    rf"estimated\s+by|reported\s+by|{_SPEECH})\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:researchers|analysts|experts|scientists)\s+(?:at|from|with)\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}$"
    r"|according\s+to\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:tally|count|estimate|analysis|study|survey|report|data|"
    r"figures|assessment|monitoring|registration|records)\s+(?:by|from|of)\s+(?:[\w'’-]+\s+){0,3}$")

_LIST_GAP = re.compile(r"\s*(?:\(|\)|,|and|or|&|the|as\s+well\s+as|\s)*\s*")
"""What may separate mentions that share one speech verb: "X, the Y, said",
"X and Y said", "X (Y) said"."""

_UPPER, _LOWER = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
_NAME = (rf"(?:[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?|[A-Z]\.)(?:\s+(?:al-|el-|bin\s+|van\s+|de\s+|da\s+)?"
         rf"[{_UPPER}][{_LOWER}'’-]+){{1,3}}(?:\s+(?:II|III|IV|Jr\.?|Sr\.?))?")
"""A person's name, accented letters included (`Jean-Claude Ngaïkoto`, `Zoé Émond`)."""
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME})$")
_NAME_AFTER = re.compile(rf"\s+(?:(?:[Pp]astor|[Ff]ather|[Ii]mam|[Ss]heikh|[Bb]ishop|[Rr]everend)\s+|(?:[a-z-]+\s+){{0,2}}?(?:elder|resident|farmer|teacher|"
                         rf"vendor|nurse|doctor|volunteer|coordinator|spokes(?:man|woman|person)|worker|director|manager|organi[sz]er|"
                         rf"representative|activist|researcher|leader)\s+)?"
                         rf"({_NAME})(?=\s*[,.]|\s+of\b|\s+from\b)")
_APPOSITION = re.compile(r",\s+(?:(?:a|an|the|who)\s+((?:(?:\d{1,3}-year-old|[a-z-]+)\s+){0,2}[a-z]+)|((?:president|head|chair(?:man|woman|person)?|"
                         r"director|leader|founder|co-?founder|coordinator|spokes(?:man|woman|person)|secretary|member|owner|"
                         r"manager|pastor|imam|priest|principal|chief)\s+of)\s)")
_TRAILING_PREPOSITION = re.compile(r"\s+(?:in|of|from|at|for|on|near)$")
_PERSON_ROLES = frozenset("leader leaders elder chief activist worker official organiser organizer volunteer representative "
                          "member priest pastor imam teacher nurse doctor resident spokesman spokeswoman spokesperson".split())
"""`Emmanuel Nfor, a community leader in Bambui`: an apposition naming a place word is a place (`a town in`, `the
first region hit`) unless it ends in what a person is."""
_PLACE_NOUNS = frozenset(
    "town village city district province region area camp settlement neighbourhood "
    "neighborhood community township county state country port island hub capital "
    "municipality site valley river lake suburb border crossing district commune locality "
    "stronghold enclave".split())
_SUBJECT = r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)"
_SUBJECT_BEFORE = re.compile(_SUBJECT + r"\s+(?:(?:has|had|have)\s+)?(?:(?:still|now|also|already|officially|just)\s+)?$")
_WHICH_SUBJECT_BEFORE = re.compile(r"(?<![\w-])" + _SUBJECT + r",\s+which\s+(?:(?:has|had|have)\s+)?$")
"""`Most refugees came back from Türkiye, which said 580,000 Syrians had returned`: a state that speaks in a which-clause."""
_SUBJECT_ASIDE_BEFORE = re.compile(r"(?<![\w-])" + _SUBJECT + r"(?:\s+(?:province|state|county|district|prefecture|governorate))?"
                                   r",\s+(?:which|who|where)\b[^,;]{1,80},\s+$")
"""`Pakistan, which resumed deportations in April, said ...`: a which-clause between a state and its verb."""
def _opening_subject(text: str, pos: int) -> re.Match | None:
    """The subject opening a sentence when a which-clause stands between it and the verb at `pos`."""
    m = _SUBJECT_ASIDE_BEFORE.search(text, max(0, pos - 120), pos)
    return m if m is not None and not text[:m.start(1)].strip(" \"\u201c") else None


_SPEECH_VERBS = frozenset("says said reports reported estimates estimated orders ordered".split())
_STATE_DEEDS = frozenset("evacuated relocated airlifted repatriated counts counted revised".split())
"""`Australia has evacuated 600 of its citizens`, `Azerbaijan still counts 650,000 people as displaced`: a country that
does what only a state does is its government."""
_COUNTED_AS = re.compile(r"[^.;:]{1,80}?\s+as\s")
"""`counts 650,000 people as displaced` is a state's count; `the country counts 489,000 displaced people` only says how
many it has."""
_PERSON_VERBS = frozenset("said says told tells".split())
def _place_named_after_a_preposition(text: str, start: int) -> bool:
    run = _NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
    begin = run.start() if run else start
    return bool(_PLACE_OF_BEFORE.search(text, max(0, begin - 14), begin))


_PREPOSITIONS = r"in|from|of|(?<![Aa]ccording )to|for|by|with|at|on|into|across|throughout|around|along|near|inside|outside"
_PLACE_OF_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})\s+(?:[Tt]he\s+)?$")
"""`Residents of the town of Anamizu said`: a place named after a preposition is where the speakers are, not who speaks."""
_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS.replace('(?<![Aa]ccording )', '')})\s+$")
_NOT_PERSON_FIRST = frozenset("Cyclone Hurricane Typhoon Storm Tropical Tropical Lake Mount River Operation Camp "
                               "Tropical Depression Super Tsunami Earthquake".split())
"""Capitalised pairs that name a storm, a lake or an operation, not a person ("Cyclone Batsirai")."""
_SENTENCE_WORDS = frozenset(
    "The A An This That These Those It Its Their They He She We But And Or So Then In On At "
    "For By From Of As If When While After Before Since Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April May June July August September "
    "October November December Officials Authorities Police Residents Many Some Most Others "
    "Aid Relief Around Near Across Outside Inside Along Throughout During Despite Meanwhile "
    "Elsewhere Nearby Further North South East West Later Earlier Today Yesterday Overnight "
    "Last Next Every Each Both All Several Few Much Such What Which Where Who Whose However "
    "Although Though Because Until Unless Without Within Between Among Amid Under Over Above "
    "Below Beyond Behind Beside Besides Toward Towards Upon Via Here There Now Still Also Even "
    "Only Just Already Again Instead Rather Thus Hence Local Regional Provincial Federal "
    "National International Government Army Military Families Children Women Men People "
    "Villagers Survivors Witnesses Refugees Migrants State District".split())
"""Capitalised words that open sentences or name groups, not people."""

_ROLE_END = re.compile(r"(?i:spokes(?:man|woman|person)|chief|captain|t[ae]h?sildar|commander|commissioner|officer|collector|council(?:l)?or|inspector|chair(?:man|woman|person)?|administrator|secretary(?:[- ]general)?|president|reeve|regent|prefect|"
                       r"official|head|head(?:m[ae]n)|director|representative|coordinator|minister|governor|gouverneur|pr[ée]fet|personero|"
                       r"mayor|envoy|ombuds(?:man|woman|person))$")
_ROLE_PLACE = re.compile(r"(?:\s+(?:in|for|of)\s+(?:the\s+)?[A-Za-z][\w'-]*(?:,?\s+(?:[A-Za-z][\w'-]*|and|&)){0,7}?"
                         r"(?:\s+(?:region|province|state|district|county|department|prefecture))?)?(?:\s*\([A-Z]{2,6}\))?\s*,?\s*(?:(?:Hon|Dr|Mr|Ms|Mrs|Prof|Engr|Atty|Arch)\.?\s+)?")
"""`the humanitarian coordinator in the CAR, Mohamed Ag Ayoya`: a role, where it is held, then the person."""
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+[^,.;]{0,40}?")

_WORD_RE = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"([\w'’&-]+)\s+$")


_UN_WORDS = ("UN", "U", "United")


def _first_words(pattern: str) -> tuple[str, ...]:
    """The words a match of ``pattern`` can start with."""
    if pattern.startswith(_UN_PREFIX + "?"):
        return _UN_WORDS + _first_words(pattern[len(_UN_PREFIX) + 1:])
    if pattern.startswith((_UN_PREFIX, _UN)):
        return _UN_WORDS
    if pattern.startswith("(?<="):
        pattern = pattern[pattern.index(")") + 1:]
    if pattern.startswith("(?:Office\\s+of"):
        return ("Office",) + _UN_WORDS
    if pattern.startswith("(?:"):
        depth, alternatives, current = 0, [], ""
        for ch in pattern[3:]:
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            if ch == "|" and depth == 0:
                alternatives.append(current)
                current = ""
            else:
                current += ch
        alternatives.append(current)
        return tuple(w for alt in alternatives for w in _first_words(alt))
    m = re.match(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]*", pattern)
    return (m.group(),) if m else ()


@lru_cache(maxsize=1)
def _tables():
    """Anchor word -> compiled pattern trying, in precedence order, every
    pattern that may start with that word."""
    by_word: dict[str, list[tuple[str, str]]] = {}
    for code, pattern in _NAMED:
        for word in _first_words(pattern):
            by_word.setdefault(word, []).append((code, pattern))
    for name in _OTHER_NAMES.split("|"):
        pattern = re.escape(name).replace(r"\ ", r"\s+") + _OTHER_SUFFIX
        by_word.setdefault(re.match(r"\w+", name).group(), []).append(("OTHER", pattern))
    for acronym in _GOV_ACRONYMS:
        by_word.setdefault(acronym, []).append(("GOV", re.escape(acronym)))
        if len(acronym) >= 5 and acronym.isupper():
            by_word.setdefault(acronym.capitalize(), []).append(("GOV", re.escape(acronym.capitalize())))
    titles = rf"(?:{_GOV_TITLES})(?:\s+[A-Z][\w'’.-]*){{1,3}}"
    for word in ("Civil", "Protection", "Protección", "Proteccion", "Defesa", "Border", "Customs", "Coast", "General", "Carabineros", "Inter", "Parks", "Public", "Indigenous", "Environment", "Statistics", "Transport", "Health", "Immigration", "Fire", "Unified", "Independent", "Consolidated", "Migración", "Migracion", "Migraciones", "Emergency", "Defensoría", "Defensoria",
                 "Ombudsman", "Ombudsperson", "Ombudswoman", "Humanitarian", "Housing", "Prefeitura", "Gobernación", "Gobernacion",
                 "Alcaldía", "Alcaldia", "Generalitat", "Xunta"):
        by_word.setdefault(word, []).append(("GOV", _GOV_FIXED))
    for word in {re.match(r"[A-Za-z]+", title).group() for title in _GOV_TITLES.split("|")}:
        by_word.setdefault(word, []).append(("GOV", titles))
    compiled: dict[str, tuple[re.Pattern, tuple[str, ...]]] = {}
    for word, items in by_word.items():
        groups = "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(items))
        compiled[word] = (re.compile(rf"(?:{groups})(?![\w-]|\.\w)"),
                          tuple(code for code, _ in items))
    return compiled


def _in_text_order(text: str, words, lower: bool = False) -> list[tuple[int, str]]:
    """Every occurrence of any of `words`, in text order: mentions found earlier claim their span first, whatever
    order a set of words happens to iterate in."""
    return sorted((pos, word) for word in words for pos in _positions(text, word, lower))


def _positions(text: str, word: str, lower: bool = False):
    """Offsets where ``word`` starts a word of ``text``."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) and (
                i + n >= len(text) or not text[i + n].isalnum() or lower):
            yield i
        i = text.find(word, i + n)


def _free(found, start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e, _ in found)


_REGIONAL_OFFICE = re.compile(r"-(?:\d{1,2}[A-Z]?|[IVX]{1,4}[AB]?)\b")
"""`OCD-6 director Raul Fernandez`: a body's numbered regional office speaks for it."""


_CHURCH_VOICE = re.compile(r"(?:[Tt]he\s+)?minister\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:church|parish|congregation|chapel|cathedral)\b"
                           r"|\b(?:(?:[Ll]ocal|[Cc]atholic|[Pp]rotestant|[Mm]uslim|[Bb]uddhist|[Hh]indu|[Ss]ikh)\s+)?(?:[Cc]hurch|[Pp]arish|[Mm]osque|[Tt]emple|[Pp]agoda|[Dd]iocesan|[Aa]rchdiocesan|[Mm]onastery|[Gg]urdwara)\s+(?:workers|officials?|leaders|volunteers|staff|elders)"
                           r"(?=(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})?\s+(?:said|say|says|told|reported|estimated|estimate|estimates)\b)"
                           r"|(?:[Tt]he\s+)?(?:parish|local|village)\s+(?:priest|pastor|imam|vicar|cleric)(?=\s+(?:said|says|told)\b)"
                           r"|(?<=said )(?:the|its|their|a)\s+(?:school(?:'s)?\s+)?(?:head\s*teacher|headmaster|headmistress|principal|imam|abbot|"
                           r"abbess|prior|priest|pastor|rabbi|vicar|chaplain)\b(?:,\s+(?:Father|Sister|Brother|Imam|Pastor|Rev\.|Sayadaw|Lama)?\s*"
                           r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})?"
                           r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:school(?:'s)?\s+)?(?:head\s*teacher|headmaster|headmistress|principal|imam|abbot|abbess|"
                           r"prior)(?=\s+(?:said|says|told)\b)")
"""`the minister of the local Methodist church`, `church workers said`: clerics and a church's people, not a government."""
_CHURCH_WORDS = frozenset("church Church parish Parish mosque Mosque temple Temple pagoda Pagoda priest pastor imam vicar cleric diocesan "
                          "principal headmaster headmistress headteacher abbot abbess rabbi chaplain "
                          "Diocesan archdiocesan Archdiocesan monastery Monastery gurdwara Gurdwara".split())


_ROLE_WORD = re.compile(r"(?:Chief|Principal|Senior|Deputy)?\s*(?:Spokes(?:man|woman|person)|Secretary|Director|Commissioner|Officer|"
                        r"Minister|Administrator|Coordinator)\b")


def _joined_names(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two mentions one space apart that name one body: `Caritas Papua New Guinea`, `Save the Children Philippines` (a
    national chapter, named by the country it works in, which does not speak), and `Government Chief Spokesperson
    Mobhare Matinyi` (a title a body gives its official, with the name after it: that body's voice)."""
    merged: list[tuple[int, int, str]] = []
    for item in kept:
        last = merged[-1] if merged else None
        code = None
        if last is not None and text[last[1]:item[0]] == " ":
            if item[2] == "GOV" and last[2] not in ("GOV", "REF") and country_of(text[item[0]:item[1]], countries_only=True):
                code = last[2]
            elif last[2] == "GOV" and item[2] == "OTHER" and _ROLE_WORD.match(text, item[0]):
                code = "GOV"
        if code is not None:
            merged[-1] = (last[0], item[1], code)
        else:
            merged.append(item)
    return merged


def find_sources(text: str, aliases: dict[str, str] | None = None) -> list[SourceMention]:
    """Organisation, official and person mentions (and REF references) in text order; `aliases`
    are the acronyms an article defines for bodies (`defined_acronyms`)."""
    vocab = set(_WORD_RE.findall(text))
    found: list[tuple[int, int, str]] = []
    _named_mentions(text, vocab, found)
    if aliases:
        for acronym in [a for a in aliases if a in vocab or "-" in a and a in text]:
            for pos in _positions(text, acronym):
                end = pos + len(acronym)
                office = _REGIONAL_OFFICE.match(text, end)
                end = office.end() if office else end
                if _free(found, pos, end):
                    found.append((pos, end, aliases[acronym]))
    _extra_mentions(text, found)
    if "department" in vocab or "ministry" in vocab or "directorate" in vocab:
        for m in _PLACE_DEPARTMENT.finditer(text):
            if country_of(m.group(1)) and _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "GOV"))
        for m in _FUNCTION_DEPARTMENT.finditer(text):
            if _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "GOV"))
    _government_mentions(text, vocab, found)
    _other_mentions(text, vocab, found)
    if "minister" in vocab or not vocab.isdisjoint(_CHURCH_WORDS):
        for m in _CHURCH_VOICE.finditer(text):
            if _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "OTHER"))
    if ", a" in text:
        for m in _ACRONYM_DESCRIBED.finditer(text):
            if _CIVIL_APPOSITIVE.match(text, m.end()) and _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "OTHER"))
    _according_names(text, found)
    if "@" in text:
        for m in _HANDLE.finditer(text):
            if _free(found, m.start(), m.end()) and not text[:m.start()].rstrip().endswith("("):
                found.append((m.start(), m.end(), _handle_code(m.group()[1:])))
    if ", which " in text or ", who " in text or ", one of " in text or ", a" in text or ", the " in text:
        _named_before_a_clause(text, found)
    _places_speaking(text, vocab, found)
    people = _people_mentions(text, vocab, found)
    _reference_mentions(text, vocab, found)
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    kept = _bodies_of_government(text, kept)
    kept = _offices_of_known_bodies(text, kept)
    kept = _officials_of_agencies(text, kept)
    kept = _joined_bodies(text, kept)
    kept = _joined_names(text, kept)
    kept = _attach_people(text, kept, people)
    kept = [(start, end, "GOV" if code == "OTHER" and _names_a_state_body(text[start:end]) else code)
            for start, end, code in kept]
    kept = [_of_a_church(text, start, end, code) for start, end, code in kept]
    kept = [_titled_official(text, start, end, code) for start, end, code in kept]
    kept = [_led_by(text, start, end, code) for start, end, code in kept]
    kept = [(start, end, "OTHER" if code == "GOV" and i and kept[i - 1][2] == "OTHER"
             and _REST_OF_OWNER.fullmatch(text, kept[i - 1][1], start) else code) for i, (start, end, code) in enumerate(kept)]
    kept = _national_chapters(text, kept)
    kept = [(start, end, "GOV" if code == "OTHER" and _STATE_APPOSITIVE.match(text, end) else code) for start, end, code in kept]
    kept = [(start, end, kept[i + 1][2] if code == "OTHER" and i + 1 < len(kept) and kept[i + 1][2] not in ("OTHER", "REF")
             and (led := _LED_BY_AFTER.match(text, end)) and led.end() == kept[i + 1][0] else code)
            for i, (start, end, code) in enumerate(kept)]
    kept = [(start, end, "OTHER" if code == "GOV" and (_CIVIL_APPOSITIVE.match(text, end) and not _TITLED.match(text, start, end)
                                                       or _CIVIL_BODY.search(text, start, end))
             else code) for start, end, code in kept]
    kept = [(start, _remit_end(text, end, kept[i + 1][0] if i + 1 < len(kept) else len(text)), code)
            for i, (start, end, code) in enumerate(kept)]
    said = _attribution_frames(text, kept)
    return [SourceMention(code, start, end, text[start:end], said[i])
            for i, (start, end, code) in enumerate(kept)]


_BODY_NOUN_END = re.compile(r"(?i:unit|agency|office|department|ministry|committee|commission|authority|directorate|council|bureau|"
                            r"secretariat)$")
_REMIT = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?"
                    r"(?:[\w-]+\s+){0,3}(?:camps|displacement|displaced|refugees|idps|IDPs|migrants|returnees|shelters?|evacuation|"
                    r"evacuees|affairs|relief|resettlement)\b")
"""`the executive unit for displacement camps says`: what a body is for is part of its name, not a place people stay."""


def _remit_end(text: str, end: int, limit: int) -> int:
    if not _BODY_NOUN_END.search(text, max(0, end - 12), end):
        return end
    m = _REMIT.match(text, end)
    return m.end() if m and m.end() <= limit else end


_BODY_JOIN = re.compile(r"\s+(?:and|&|for|of)\s+(?:the\s+)?")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'-]*\s+)*$")


def _joined_bodies(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`the Administration for Civil Protection and Disaster Relief`, `the Refugee Relief and Repatriation Commissioner`:
    capitalised halves of one long official name joined by "for", "of", "and" or "&" are one body, the government's when
    any half is."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in kept:
        join = _BODY_JOIN.fullmatch(text, out[-1][1], start) if out else None
        if join and code in ("GOV", "OTHER") and out[-1][2] in ("GOV", "OTHER") and text[start:start + 1].isupper() \
                and text[out[-1][0]:out[-1][0] + 1].isupper() and not text[out[-1][0]:out[-1][1]].isupper() \
                and not text[start:end].isupper() and ("and" not in join.group() or "GOV" in (code, out[-1][2])):
            merged = "GOV" if "GOV" in (code, out[-1][2]) else "OTHER"
            out[-1] = (out[-1][0], end, merged)
        else:
            out.append((start, end, code))
    return out


_AGENCY_CODES = frozenset(SOURCES) - {"GOV", "OTHER"}


def _officials_of_agencies(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`UN High Commissioner for Refugees Filippo Grandi`, `IOM Director General Amy Pope`: a person named right after
    an agency's name speaks for it."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in kept:
        if out and code == "OTHER" and out[-1][2] in _AGENCY_CODES and text[out[-1][1]:start] == " " \
                and text[start:start + 1].isupper() and not (len(out) > 1 and not text[out[-2][1]:out[-1][0]].strip()):
            out[-1] = (out[-1][0], end, out[-1][2])
        else:
            out.append((start, end, code))
    return out


def _offices_of_known_bodies(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`the DSWD Field Offices`: a capitalised unit named right after a government body's acronym is that body."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in kept:
        if out and code == "OTHER" and out[-1][2] == "GOV" and text[out[-1][0]:out[-1][1]] in _GOV_ACRONYMS \
                and not text[out[-1][1]:start].strip() and text[start:start + 1].isupper():
            out[-1] = (out[-1][0], end, "GOV")
        else:
            out.append((start, end, code))
    return out


_CIVIL_BODY = re.compile(r"\b(?:civil society|non-governmental|residents['\u2019]|traders['\u2019]|farmers['\u2019]|students['\u2019]|"
                         r"volunteers['\u2019])\s(?!(?:affairs\s+)?(?:ministry|minister|department)\b)", re.I)
"""`the town's civil society coordination office`, `the residents' committee`: a civic body, not the government."""
_DESCRIBED_NAME = r"(?:[A-Z][\w'\u2019-]*\s+(?:(?:for|of|and|on|&)\s+(?:the\s+)?)?){0,5}[A-Z][\w'\u2019-]*"
_ACRONYM_DESCRIBED = re.compile(rf"\b[A-Z][A-Z&]{{2,}}\b(?=,\s+(?:an?|another)\s)|(?<=[Tt]he\s){_DESCRIBED_NAME}(?=,\s+(?:an?|another)\s)"
                                rf"|^{_DESCRIBED_NAME}(?=,\s+(?:an?|another)\s)")
"""`CODHES, a Bogotá-based human rights research group, estimated`, `the Pastoral Social, a Catholic church charity,`,
`The General Coordination for Displaced Persons and Refugees, a local group,`: a name the article describes as a civil
body."""
_CIVIL_APPOSITIVE = re.compile(r"\)?(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s+(?:a|an|another)\s+(?:(?!government|state|provincial|federal|national|public|municipal|ministry|official|former)"
                               r"[\w-]+\s+){0,4}?(?:organi[sz]ation|group|NGO|charity|association|network|movement|"
                               r"collective|coalition|non-?profit|cooperative|foundation)\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:government|state|ministry))")
_TITLED = re.compile(rf"(?:the\s+)?(?:{_GOV_TITLES})\b", re.I)
"""`the Mathare Social Justice Centre, a community organisation`: a body the text calls a civil group is one."""


_DEFINED_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9}[A-Z]|[A-Z]{1,4}-[A-Z][A-Za-z]{1,9}[A-Z]|[A-Z][a-z]{3,9})\)")
_NAME_REST = re.compile(r"(?:,?\s+(?:[A-Z][\w'\u2019-]*|and|of|for|the|on|&))*\s*")
"""`National System for Disaster Prevention, Mitigation and Response (SINAPRED)`: the name's words after
the part a mention covers."""


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article defines for a body it names (`the General Inspectorate for Emergency Situations
    (IGSU)`), with the body's code: later `IGSU spokesman ...` or `figures from IGSU` speak for it."""
    aliases: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        acronym = match.group(1)
        if acronym in aliases:
            continue
        opening = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
        name = text[opening:match.start()]
        if name.isupper():
            name = name_from_capitals(name)
        mentions = [m for m in find_sources(name) if m.code != "REF"]
        if mentions and _NAME_REST.fullmatch(name, mentions[-1].end):
            aliases[acronym] = mentions[-1].code
        elif ((unlisted := _UNLISTED_BODY_NAME.search(name, mentions[-1].end if mentions else 0))
              and (not mentions or _APART_FROM_MENTION.fullmatch(name, mentions[-1].end, unlisted.start()))
              and _SPEAKS_LATER.search(text, match.end())):
            body = unlisted.group()
            if not _is_a_place_name(body) and body.split()[0] not in _SENTENCE_WORDS:
                aliases[acronym] = unlisted_body_code(body)
    return aliases


_APART_FROM_MENTION = re.compile(r"(?![\'\u2019]s\b).*\b[a-z]{2,}\b.*")
"""`since the Karen National Union (KNU)` after `Thai authorities`: a body of its own, not the other's `IOM DTM's Rapid
Displacement Tracking (RDT)`."""
_UNLISTED_BODY_NAME = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|for|of|and|on|the|&)){1,7}?\s+[A-Z][\w'\u2019-]+\s*$")
_SPEAKS_LATER = re.compile(r"(?:,[^,.;]{0,60},)?\s+(?:said|says|estimates|estimated|reported|reports|found|counted|recorded|told|"
                           r"documented)\b")


def _named_mentions(text: str, vocab: set[str], found: list) -> None:
    """Table names, tried at each occurrence of their first word."""
    tables = _tables()
    anchors = sorted((pos, word) for word in vocab.intersection(tables)
                     for pos in _positions(text, word))
    last_end = -1
    for pos, word in anchors:
        if pos < last_end:
            continue
        regex, codes = tables[word]
        m = regex.match(text, pos)
        if not m:
            continue
        code = codes[int(m.lastgroup[1:])]
        start, end = m.span()
        if _A_PLACE_OF_IT.match(text, end) and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 30), start):
            continue
        if code == "IFRC" and word == "Red":
            start = _extend_capitalised(text, start, found)
        elif code == "GOV" and word not in _GOV_ACRONYMS:
            start = _extend_left(text, start, found)
        elif code == "UN" and _national_name(text, start):
            start, code = _NATIONAL_BEFORE.search(text, 0, start).start(1), "OTHER"
        trail = _TRAIL.match(text, end)
        if trail:
            end = trail.end()
        found.append((start, end, code))
        last_end = end


_A_PLACE_OF_IT = re.compile(r"(?:'s|\u2019s)?\s+(?:peacekeeping\s+|logistics\s+|protection\s+)?(?:base|bases|compound|compounds|premises|headquarters|protection\s+sites?)\b")
_PLACE_PREPOSITIONS = "through|via|near|into|across|outside|inside|around|from|in|at|to|behind|within|beside"
_PLACE_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_PLACE_PREPOSITIONS})\s+(?:the\s+)?$", re.I)
"""`staying at a site next to the UN base, local authorities said`: a body named for its grounds does not speak."""
_NATIONAL_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def _national_name(text: str, start: int) -> bool:
    """`the Ethiopian Human Rights Council` is a national body, not the UN's council of the same name."""
    before = _NATIONAL_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and bool(country_of(before.group(1)))


_DEPARTMENT_SPEAKS = re.compile(r"(?<![\w-])[Tt]he\s+((?!(?:sales|marketing|news|press|communications|legal)\b)(?:[a-z-]+\s+){1,3}"
                                r"(?:department|bureau|directorate|ministry|administration))(?=\s+(?:said|says|reported|reports|told|estimated|"
                                r"counted|confirmed|announced|recorded)\b)")
"""`the civil affairs department said`, `the emergency management bureau reported`: a department, bureau or ministry
named by what it does speaks for the government."""
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b(?!\.\w)")
"""`a post by the account @CaliTruthNow said`: an account named by its handle is a named voice."""
_HANDLE_CODES = ("UNHCR", "UNICEF", "UNRWA", "OCHA", "IOM", "WFP", "WHO", "IFRC", "ICRC", "NRC", "IDMC", "MSF")
_STATE_HANDLE = re.compile(r"municipal|ministry|gov|police|army|council|city|county|prefecture|civil_?defen[cs]e|civil_?protection|"
                           r"disaster|emergency", re.I)


def _handle_code(name: str) -> str:
    """`@UNHCRLebanon` speaks for UNHCR, `@BeirutMunicipality` for the state; any other handle is some other voice."""
    upper = name.upper()
    code = next((c for c in _HANDLE_CODES if upper.startswith(c)), None)
    return code or ("GOV" if _STATE_HANDLE.search(name) else "OTHER")


_INSIDE_A_NAME_BEFORE = re.compile(r"[A-Z][\w'-]*\s+(?:para|pour|por|de|del|da|do|dos|das|du|des|für)\s+$")
"""`The charity Un Techo para Chile said`: a country at the end of a body's name does not speak for its state."""
_NATIONAL_FORCES = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+forces(?=(?:,[^,;]{1,60},)?\s+(?:said|says|told|reported|announced)\b)")
"""`French forces said they had evacuated 170 foreign nationals`: a country's forces are its state."""
_ACCORDING_TO_NAMED_UNIT = re.compile(r"\b[Aa]ccording to the\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:governorate|province|prefecture|"
                                      r"municipality|district|county)\b)(?!\s+(?:of|for)\b)")
"""`according to the Nineveh governorate`: a province named as the speaker is its government."""


def _government_mentions(text: str, vocab: set[str], found: list) -> None:
    """Named bodies ("National Disaster Management Authority"), heads with their
    modifiers ("Egyptian officials") and "the city said"."""
    for pos, noun in _in_text_order(text, vocab.intersection(_GOV_BODY_NOUNS)):
        span = _named_body(text, pos)
        if span and _free(found, *span) and not _SHELTER_NAME.search(text, span[0], min(len(text), span[1] + 30)):
            surface = text[span[0]:span[1]]
            if surface.endswith("Division"):
                continue
            if country_of(surface) is None:
                local = _LOCAL_BODY_OF_BEFORE.search(text, max(0, span[0] - 20), span[0])
                found.append((span[0], span[1], "GOV" if local else _named_body_code(surface)))
    head_words = {w.lower() for w in vocab.intersection(_GOV_HEAD_ANY_CASE)}
    lower = text.lower() if head_words else text
    for pos, word in _in_text_order(lower, head_words, lower=True):
        m = _GOV_HEAD.match(text, pos)
        if not m or not _free(found, pos, m.end()):
            continue
        if _NOT_GOV_BEFORE.search(text, max(0, pos - 25), pos) and not m.group().lower().startswith(("ministr", "minister", "ombudsman")) \
                and not (m.group().lower().startswith("commissioner") and _RELIEF_BEFORE.search(text, max(0, pos - 10), pos)):
            continue
        start = _extend_left(text, pos, found)
        code = "GOV"
        if m.group().lower() in _ARMED_HEADS and start < pos and _named_group(text[start:pos]):
            code = "OTHER"
        trail = _TRAIL.match(text, m.end())
        found.append((start, trail.end() if trail else m.end(), code))
    for m in _DEPARTMENT_SPEAKS.finditer(text):
        if _free(found, m.start(1), m.end(1)):
            found.append((m.start(1), m.end(1), "GOV"))
    if "forces" in vocab:
        for m in _NATIONAL_FORCES.finditer(text):
            if _free(found, m.start(), m.end()) and country_of(m.group(1), countries_only=True):
                found.append((m.start(), m.end(), "GOV"))
    if "ccording to the " in text:
        for m in _ACCORDING_TO_NAMED_UNIT.finditer(text):
            if _free(found, m.start(1), m.end(1)):
                found.append((m.start(1), m.end(1), "GOV"))
    for pos, word in _in_text_order(text, vocab.intersection(_GENERIC_GOV_WORDS)):
        m = _GENERIC_GOV_REF.match(text, pos)
        counted_by = m is not None and _COUNTED_BY_BEFORE.search(text, max(0, pos - 60), pos) is not None
        if m and word in ("town", "village") and not _SPEAKS_AFTER.match(text, m.end()) and not counted_by \
                and not text[max(0, pos - 17):pos].lower().endswith("according to the "):
            continue
        if m and _free(found, pos, m.end()) and (counted_by or not _PLACE_OF_BEFORE.search(text, max(0, pos - 14), pos)):
            found.append((m.start(), m.end(), "GOV"))
    if not vocab.isdisjoint(_GENERIC_GOV_WORDS):
        for m in _NAMED_LOCAL_GOVERNMENT.finditer(text):
            if _free(found, m.start(1), m.end(1)) and not _PLACE_OF_BEFORE.search(text, max(0, m.start(1) - 14), m.start(1)) \
                    and not _place_named_after_a_preposition(text, m.start(1)):
                found.append((m.start(1), m.end(1), "GOV"))
    for pos, word in _in_text_order(text, vocab.intersection(_SPEECH_VERBS | _STATE_DEEDS)):
        if word in ("counts", "counted") and not _COUNTED_AS.match(text, pos + len(word)):
            continue
        m = _SUBJECT_BEFORE.search(text, max(0, pos - 40), pos) or _opening_subject(text, pos)
        which = None if m else _WHICH_SUBJECT_BEFORE.search(text, max(0, pos - 50), pos)
        m = m or which
        if (m and _speaks_for_a_state(m.group(1), countries_only=word in _STATE_DEEDS)
                and not _INSIDE_A_NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
                and (which or not _PLACE_OF_BEFORE.search(text, max(0, m.start(1) - 14), m.start(1)))
                and _free(found, m.start(1), m.end(1))):
            found.append((m.start(1), m.end(1), "GOV"))


_CIVIL_COMMITTEE = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa])\s+(?:camp(?:'s|\u2019s)\s+|site(?:'s|\u2019s)\s+|local\s+)?(?:refugee|camp|displaced|IDP|idp|elders'?|residents['\u2019]?)\s+"
    r"(?:committee|representatives?)(?=(?:,[^,;]{0,60},)?,?\s+(?:said|says|reported|told|estimated|counted|documented|recorded))"
    r"|(?<=according to )(?:the\s+)?(?:camp(?:'s|\u2019s)\s+|site(?:'s|\u2019s)\s+)?(?:refugee|camp|displaced|IDP|idp|elders'?|residents['\u2019]?)\s+committee"
    r"|(?<![\w-])[Tt]he\s+[A-Z][\w\u00c0-\u024f'-]*(?:\s+(?:de|del|la|las|los|do|da|[A-Z][\w\u00c0-\u024f'-]*)){0,5}\s+(?:human\s+rights|"
    r"legal\s+aid|advocacy)\s+(?:centre|center|group|organi[sz]ation|network|collective)(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
    r"(?=(?:,[^,;]{0,60},)?,?\s+(?:said|says|reported|told|estimated|counted|documented|recorded))")
"""`the camp's refugee committee`, `the camp's residents' committee`, `the Fray Bartolomé de las Casas human rights centre (Frayba) said`: civil voices
named by what they are."""
_RIGHTS_GROUP = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:local\s+|national\s+|international\s+|small\s+|independent\s+|[Ii]ndigenous\s+|(?-i:[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+)?(?:human\s+rights|rights|aid|relief|humanitarian|"
    r"civil\s+society|advocacy|monitoring|development|non-?profit|volunteer|faith-based|charity|charitable|religious|church|research|independent\s+research|"
    r"[Ii]ndigenous|(?-i:[A-Z][a-z]+\s+)?community|peasant|farmers'?|women'?s|youth|residents'?|tenants'?|traders'?|neighbourhood|neighborhood|"
    r"self-defen[cs]e|recovery|"
    r"(?:public\s+school\s+|school\s+)?teachers'?|workers'?|doctors'?|nurses'?|journalists'?|students'?)\s+(?:group|organi[sz]ation|NGO|charity|"
    r"network|monitor|association|federation|committee|union|league)"
    r"(?:,?\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})?"
    r"|(?<![\w-])(?<!,\s)[Aa]\s+local\s+(?:charity|NGO|group|association|organi[sz]ation|collective)"
    r"(?=,?\s+(?:[A-Z][\w&'-]+\s+){0,3}?(?:said|says|reported|told|estimated|counted)\b|,\s+[A-Z])"
    r"|(?<![\w-])(?:[Tt]he\s+)?(?:[A-Z][\w'-]*\s+){1,3}Church(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?(?:\s+\([A-Z]{2,6}\))?"
    r"(?=\s+(?:said|says|reported|told|estimated|counted))"
    r"|(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][a-z]+\s+)?(?:archdiocese|diocese|church|parish|mosque)"
    r"(?:\s+of\s+[A-Z][\w\u00c0-\u024f'-]*(?:\s+(?:de|del|la|las|los|do|da|[A-Z][\w\u00c0-\u024f'-]*)){0,4})?(?=\s+(?:said|says|reported|told|estimated|counted))"
    r"|(?<![\w-])(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Church|Diocese|Archdiocese)(?:\s+(?:in|of)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)?"
    r"(?=\s+(?:said|says|reported|told|estimated|counted))"
    r"|(?<![\w-])(?:[Tt]he|[Aa])\s+(?:Catholic\s+|Anglican\s+|Methodist\s+|Lutheran\s+)?(?:[Aa]rch)?[Bb]ishop\s+of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|(?<![\w-])(?:[Tt]he|[Aa])\s+(?:Catholic\s+|Anglican\s+|Methodist\s+|Lutheran\s+|local\s+)?parish\s+of\s+[A-Z][\w'\u00c0-\u024f-]*(?:\s+[A-Z][\w'\u00c0-\u024f-]*){0,3}"
    r"|(?<![\w-])(?:[Tt]he|[Ii]ts)\s+(?:church|diocese)(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,2}(?:arm|wing|office|commission|agency)(?=\s+(?:said|says|reported))"
    r"|(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'-]*-based\s+)?(?:[a-z-]+'?\s+){0,3}?(?:charity|group|NGO|foundation|movement|campaign|network|association|union)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}"
    r"|(?<![\w-])[Tt]he\s+(?:[A-Z][\w'-]*\s+){1,4}(?:network|association|collective|coalition|alliance|charity|NGO|foundation)(?=\s+(?:said|says|told|reported|estimated|counted))"
    r"|(?<![\w-])(?:(?:[Hh]uman\s+)?[Rr]ights|[Rr]elief|[Aa]id|[Hh]umanitarian|[Cc]harity)\s+(?:group|organi[sz]ation|watchdog|charity|NGO)\s+(?-i:[A-Z][\w&'-]+)(?:\s+(?:of\s+the\s+|of\s+|for\s+)?(?-i:[A-Z][\w&'-]+)){0,3}"
    r"|(?<![\w-])(?:(?:[Ii]ts|[Tt]he|[Aa])\s+)?(?:site\s+|local\s+)?camp\s+(?:management\s+)?(?:committee|leaders?|chair(?:man|woman|person)?)\b"
    r"|(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:(?:local|neighbourhood|neighborhood|[A-Z][\w'-]+)\s+){0,2}Emergency\s+Response\s+Rooms?(?:\s+\(ERRs?\))?(?![\w-])"
    r"|(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts)\s+)?(?:(?:local|[A-Z][\w'-]+)\s+)?ERRs?(?![\w-])"
    r"|(?<![\w-])(?:[Hh]uman\s+)?[Rr]ights\s+groups\b|(?<![\w-])(?:[Hh]uman\s+)?[Rr]ights\s+group(?=\s+(?:says|said|warns|reports))"
    r"|(?<![\w-])(?:(?:[Aa]|[Tt]he)\s+(?:coalition|network|platform|group)\s+of\s+)?[Cc]ivil[\s-]+society\s+(?:groups?|organi[sz]ations?|leaders?|"
    r"coalition|platforms?|networks?|representatives?|activists?)\b(?=\s+(?:in\s+[A-Z][\w'-]*(?:\s+[a-z]+)?\s+)?"
    r"(?:say|says|said|told|tell|reported|report|estimated|estimate|counted|warned))"
    r"|(?<![\w-])(?:[Tt]he\s+)?(?:[A-Z][\w'-]+\s+|(?:town|territory|city|village|local|district)(?:'s|\u2019s)?\s+){0,2}[Cc]ivil[\s-]+society\s+"
    r"(?:coordination|office|bureau|president|spokes(?:man|woman|person))\b"
    r"|(?<=according to )(?:[Tt]he\s+)?(?:local\s+)?[Cc]ivil[\s-]+society\b(?:\s+in\s+[A-Z][\w'-]+)?"
    r"|(?<![\w-])(?:[Ll]ocal\s+)?[Cc]ivil[\s-]+society(?=\s+in\s+[A-Z][\w'-]+\s+(?:said|says|reported)\b|\s+(?:said|says|reported)\b)")
"""`the Kalehe civil society coordination`, `according to civil society in Beni`: the civic platform that speaks for a
town or territory, as reports from Congo and the Sahel name it."""
_LOWER_GOV_BODY = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|its|their)\s+)?(?:[A-Z][\w-]+\s+)?(?:national|regional|provincial|state|State|district|divisional|sub-divisional|village|municipal|federal|local|"
    r"town|city|county|departmental|prefectoral|government|locality|municipality|province|prefecture)(?:'s|\u2019s)?\s+(?:[a-z-]+(?:'s\s+|\u2019s\s+|s'\s+|s\u2019\s+|\s+)|[A-Z][a-z-]+\s+(?=[A-Za-z-]+\s+)){0,6}?(?:secretariat|directorates?|offices?|departments?|agency|system|delegation|commissions|"
    r"authority|service|council|commission|unit|institute|committee|administration|ministry|government|administrator|governor|bureau|"
    r"commissioner|director|secretary|chief|head|officer|officials?|headquarters|inspectorates?|leadership|assessor|coroner|sheriff|registers?|registry|records|"
    r"municipality|(?:emergency\s+)?operations\s+cent(?:re|er)|crisis\s+cent(?:re|er))(?![\w-])"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?!said\b|says\b)[a-z-]+(?:\s+(?:and\s+)?(?!said\b|says\b|reported\b|told\b|estimated\b)[a-z-]+){0,3})?")
_ACCORDING_NAME = re.compile(
    r"(?<=[Aa]ccording to )(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'’-]*){0,5})")
_PRONOUN_SAID = re.compile(r"(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Hh]is|[Hh]er)\s+office|(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)|"
                           r"(?:[Aa]gency|[Mm]inistry|[Cc]ouncil|[Dd]epartment|[Oo]ffice|[Oo]rgani[sz]ation)\s+spokes(?:man|woman|person)"
                           r"(?:\s+[A-Z][\w'-]+){0,4})\s+(?:said|says|told|added|estimated|noted|wrote|writes|tweeted)(?![\w-])")
_POSSESSIVE_BODY = re.compile(
    r"(?<![\w-])((?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|government|[Tt]he\s+government)(?:'s|’s)\s+"
    r"(?:[A-Za-z-]+\s+){0,4}?(?:[Cc]ommissioner|[Cc]ommission|[Oo]ffice|[Uu]nit|[Dd]epartment|[Mm]inistry|[Aa]gency|[Aa]uthority|"
    r"[Ii]nstitute|[Cc]ouncil|[Ss]ervice|[Bb]oard|[Dd]irectorate|[Cc]ommittee|[Bb]ureau|[Ss]ecretariat|[Dd]elegation|[Aa]dvis[eo]r|"
    r"[Ee]nvoy|[Aa]mbassador|[Mm]ission)(?![\w-])"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:,?\s+(?:and\s+|&\s+|of\s+|for\s+|the\s+)?[A-Z][\w'\u2019-]*){0,6})?")
"""`Ukraine's Ministry for Communities and Territories Development`: the body's name goes on after its head."""
_STATE_MEDIA = re.compile(r"(?<![\w-])(?:[Ss]tate|[Gg]overnment)[- ](?:run\s+|owned\s+|controlled\s+)?(?:broadcaster|television|TV|radio|"
                          r"news\s+agency)(?:\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})?")
"""`State broadcaster MRTV reported`: media a government runs speak for it."""
_MEDIA = re.compile(
    r"(?<![\w-])(?:(?:public|private|national|local|regional|independent|Japanese|British|French|German)\s+)?"
    r"(?:broadcaster|newspaper|news\s+agency|daily|television\s+channel|TV\s+channel|radio\s+station|(?<=local\s)station|news\s+outlet|"
    r"media\s+outlet|news\s+website)\s+(?:[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
    r"|(?<![\w-])(?:[Tt]he|[Aa])\s+(?:[a-z]+(?:'s|\u2019s)\s+)?(?:pastor|priest|parish\s+priest|imam|abbot|bishop|vicar)"
    r"(?=,?\s+(?:[A-Z][\w'-]+\s+){0,3}?(?:said|says|told|reported|estimated|counted)\b)")
_CAL_FIRE = re.compile(r"(?<![\w-])(?:CAL\s*FIRE|Cal\s*Fire|Pentagon|White\s+House|Kremlin|Downing\s+Street|State\s+Department|"
                       r"Home\s+Office|Foreign\s+Office|Elys[ée]e(?:\s+Palace)?|Quai\s+d'Orsay|Guardia\s+Civil|Carabinieri|Protezione\s+Civile|Protecci[oó]n\s+Civil|Defensa\s+Civil|Defesa\s+Civil|Eurostat|EUAA|Frontex|European\s+Commission|"
                       r"EU\s+(?:statistics\s+office|Commission|asylum\s+agency)|European\s+Union\s+Agency\s+for\s+Asylum|Rescue\s+1122|"
                       r"(?:Home|Foreign|Global)\s+Affairs(?=\s+(?:said|says|told|reported|estimated|confirmed|figures|data|statistics)\b))(?![\w-])")
"""Seats of government that speak for it in the news."""


_LOCAL_GOVERNMENT_STAFF = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[Cc]ounty|[Cc]ity|[Ss]tate|[Mm]unicipal|[Tt]own|[Pp]rovincial|[Pp]arish|[Bb]orough)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:staff|teams?|crews|assessments|surveys?|workers)(?=\s+(?:have\s+|has\s+|had\s+)?(?:said|say|says|told|tell|reported|report|confirmed|"
    r"identified|counted|estimated|found|recorded|listed|tallied|show|shows|showed)\b)")
"""`County damage assessment teams have confirmed`, `State damage assessments have identified`, `city staff told council`:
the people and counts of a local government speak for it."""
_UN_COORDINATOR = re.compile(r"(?<![\w-])(?:(?:the|a)\s+)?(?:UN\s+|U\.N\.\s+)?(?:[Dd]eputy\s+)?(?:[Rr]esident\s+and\s+)?(?:[Hh]umanitarian|[Rr]esident)\s+[Cc]oordinator(?![\w-])")
"""`the humanitarian coordinator in the CAR`: the UN's senior official in a country."""


_CIVIL_ROOMS = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Ii]ts|[Aa])\s+)?(?:(?:camp|site|town|city|neighbou?rhood|district)(?:'s|\u2019s)\s+)?"
                          r"(?:[Ll]ocal\s+)?(?:[A-Z][\w'-]+\s+){0,2}(?:[Ee]mergency\s+(?:[Rr]esponse\s+)?[Rr]ooms?|[Rr]esistance\s+[Cc]ommittees?)\b")
"""`the emergency response room in Karari said`, `according to the local resistance committee`: Sudan's volunteer
bodies, not its state."""


_NAMED_BODY_BEFORE = re.compile(r"(?:(?<=^)|(?<=[^.!?]\s))(?!(?:The|A|An|One|Another|Its|Their|His|Her|But|And)\s)"
                                r"(?:[A-Z][\w'\u2019-]+|home|interior|health|foreign|defen[cs]e|finance|education|agriculture)\s+$")
"""`Home ministry spokesperson Rishi Ram Tiwari said`: a ministry named by its portfolio is a body, not "the ministry"
taken up again."""


_EXTRA_PATTERNS = (
    (re.compile(r"(?i:emergency\s+(?:response\s+)?rooms?|resistance\s+committee)"), _CIVIL_ROOMS, "OTHER"),
    (re.compile(r"[Cc]oordinator"), _UN_COORDINATOR, "UN"),
    (re.compile(r"'s|\u2019s"), _POSSESSIVE_BODY, "GOV"),
    (re.compile(r"CAL|Cal|Pentagon|White|Kremlin|Downing|State|Home|Foreign|Global|Elys|Quai|Eurostat|EUAA|Frontex|European|EU|Guardia|Carabinieri|Protez|Protecc|Defensa|Defesa|Rescue 1122"), _CAL_FIRE, "GOV"),
    (re.compile(r"staff|teams?\b|crews|assessments|surveys?|workers"), _LOCAL_GOVERNMENT_STAFF, "GOV"),
    (re.compile(r"(?i:national|regional|provincial|state|district|divisional|village|municipal|federal|local|town|city|county|"
                r"departmental|prefectoral|government|locality|municipality|province|prefecture)"), _LOWER_GOV_BODY, "GOV"),
    (re.compile(r"human\s+rights|legal\s+aid|advocacy|committee|representative"), _CIVIL_COMMITTEE, "OTHER"),
    (re.compile(r"group|organi|NGO|charity|foundation|camp|network|league|movement|campaign|union|Emergency\s+Response\s+Room|ERR|monitor|association|collective|coalition|alliance|[Dd]iocese|[Cc]hurch|parish|mosque|society|[Bb]ishop"), _RIGHTS_GROUP, "OTHER"),
    (re.compile(r"[Ss]tate|[Gg]overnment"), _STATE_MEDIA, "GOV"),
    (re.compile(r"broadcaster|newspaper|news|daily|channel|station|outlet|website|pastor|priest|imam|abbot|bishop|vicar"), _MEDIA, "OTHER"),
    (re.compile(r"said|says|told|added|estimated|noted|wrote|writes|tweeted"), _PRONOUN_SAID, "REF"),
)
"""Each pattern of `_extra_mentions` behind a cheap test for the words it needs."""


def _extra_mentions(text: str, found: list) -> None:
    """Bodies the tables cannot list: a country's or government's named unit ("Indonesia's child
    protection commission"), lower-case government bodies, news media, rights groups, and "he said"
    standing for the person named before."""
    for needed, pattern, code in _EXTRA_PATTERNS:
        if not needed.search(text):
            continue
        for m in pattern.finditer(text):
            if pattern is _POSSESSIVE_BODY:
                owner = m.group(1).replace("The ", "").replace("the ", "")
                if not (owner.lower() == "government" or country_of(owner)) or lx.NAMED_DEPARTMENT.match(text, m.end(1)):
                    continue
            if pattern is _PRONOUN_SAID and _NAMED_BODY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "REF" if pattern is _RIGHTS_GROUP and CIVIL_REFERENCE.fullmatch(m.group()) else code))


CIVIL_REFERENCE = re.compile(r"[Tt]he\s+(?:(?:[Hh]uman\s+)?rights|aid|relief|humanitarian|medical|charity)\s+(?:group|organi[sz]ation|charity|NGO)")
"""`..., the Norwegian Refugee Council said. The aid group said`: a civil body taken up by what it is, not a new one."""


_LOCAL_GOVERNMENT_NAME = re.compile(r"\b(?:City|Municipality|Municipal Council|County|Province|Prefecture|Governorate|District Council|City Council|Town Council|"
                                    r"Municipal Assembly|District Assembly|Metropolitan Assembly|"
                                    r"City Corporation|Municipal Corporation|Metropolitan Corporation)$")
"""`according to the Kathmandu Metropolitan City`: a city or district named as a body is its government."""


_ACCORDING_TO_A_PERSON = re.compile(
    r"(?<=[Aa]ccording to )(?:(?:a|an|the|one)\s+)?(?:[a-z-]+\s+){0,2}?(?:leader|elder|resident|priest|pastor|imam|teacher|farmer|"
    r"volunteer|worker|activist|survivor|witness|nurse|doctor|trader|fisherman|fisher)(?:,\s+|\s+)(?:(?:Father|Pastor|Imam|Sheikh|"
    r"Bishop|Reverend|Rev\.|Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})")
"""`according to a community leader, Musiliu Adebayo`, `according to parish priest Father Michael Yalya`: a person named
after what they are."""


_ACCORDING_TO_ITS_OPERATOR = re.compile(
    r"\b[Aa]ccording to (?:the|a|an|its|their)\s+(?:[a-z][\w'\u2019-]*\s+){0,2}?(?:operators?|owners?|developers?|contractors?|"
    r"builders?|managers?|landlords?|organi[sz]ers?|company|firm|employer)(?:\s+of\s+(?:the\s+)?[a-z][\w'\u2019-]*)?,\s+"
    r"([A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w'\u2019-]*){0,5})(?=,)")
"""`According to the dam's operator, Sekong Power Company, ...`: the company named after the role it plays tells the
figure."""


def named_after_a_role(text: str, mention: SourceMention) -> bool:
    """Whether a person is named after the role that tells a figure (`according to the parish priest, Father Juan
    Carlos Flores`): the figure is theirs."""
    return any(m.start(1) == mention.start for m in _ACCORDING_TO_A_PERSON.finditer(text, max(0, mention.start - 80), mention.end))


def _according_names(text: str, found: list) -> None:
    """"according to Action Sahel Solidarité field teams": a name the tables lack is some other body; an acronym is
    left to what the article defines it as, and a province's name (`according to Amhara's regional administration`)
    to the body named after it."""
    for m in _ACCORDING_TO_A_PERSON.finditer(text):
        if _free(found, m.start(1), m.end(1)):
            found.append((m.start(1), m.end(1), "OTHER"))
    for m in _ACCORDING_TO_ITS_OPERATOR.finditer(text):
        if _free(found, m.start(1), m.end(1)) and not country_of(m.group(1)):
            found.append((m.start(1), m.end(1), "GOV" if _LOCAL_GOVERNMENT_NAME.search(m.group(1)) else "OTHER"))
    for m in _ACCORDING_NAME.finditer(text):
        name = m.group(1)
        if not _free(found, m.start(1), m.end(1)) or country_of(name) or name.isupper():
            continue
        if name.endswith(("'s", "\u2019s")) and _speaks_for_a_state(name[:-2]) and _GOV_HEAD_AFTER.match(text, m.end(1)):
            continue
        if _ADJECTIVE_OF_GOVERNMENT.match(text, m.end(1)) and not name.endswith(("'s", "\u2019s")):
            continue
        trail = _TRAIL.match(text, m.end(1))
        code = "GOV" if _LOCAL_GOVERNMENT_NAME.search(name) else "OTHER"
        found.append((m.start(1), trail.end() if trail else m.end(1), code))


_GOV_HEAD_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:administration|government|authorit(?:y|ies)|officials?|ministry|"
                             r"bureau|office|commission|council|governor|president|cabinet)\b")
"""`according to Tigray's interim administration`: a province's name before its government is that government."""
_ADJECTIVE_OF_GOVERNMENT = re.compile(r"\s+(?:regional\s+|state\s+|provincial\s+|local\s+|federal\s+|national\s+)?(?:government|authorities|"
                                      r"administration|ministry|police|army)\b")
"""`according to the Valencian government's housing department`: a word of a place before a government is its adjective."""


def _speaks_for_a_state(name: str, countries_only: bool = False) -> bool:
    """`Kenya says ...`, `Odisha says ...`, `The United States said ...`: a country or a province speaks through its
    government."""
    if name.startswith(("The ", "the ")):
        name = name[4:]
    found = find_places(name)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name) \
        and found[0].kind in (("country",) if countries_only else ("country", "admin1"))


def _named_group(lead: str) -> bool:
    """Whether the words before "army" or "forces" name a group rather than a
    country ("Arakan Army" but not "Sudan's army")."""
    words = lead.replace("'s", "").replace("’s", "").split()
    return bool(words) and words[0][:1].isupper() and not any(
        country_of(w, countries_only=True) for w in words) and not country_of(" ".join(words), countries_only=True)


_ROLE_TITLE = re.compile(r"(?:Chief|Head|Director|Deputy|Secretary|Coordinator)\s+of\s+")
"""`IOM Chief of Mission`: a role, not an organisation called "Mission"."""


def _other_mentions(text: str, vocab: set[str], found: list) -> None:
    for pos, word in _in_text_order(text, vocab.intersection(_ORG_HEAD_WORDS)):
        span = _unlisted_organisation(text, pos, found)
        if span and _ROLE_TITLE.match(text, span[0]):
            continue
        if span:
            public = _PUBLIC_SERVICE_NAME.search(text, span[0], span[1]) or text.endswith(" Headquarters", span[0], span[1])
            found.append((span[0], span[1], "GOV" if public else "OTHER"))
    if "(" in text:
        for m in _NAMED_WITH_ACRONYM.finditer(text):
            start, end = m.span("name")
            words = m.group("name").split()
            if words[0] in _SENTENCE_WORDS or not _free(found, start, m.end()) or _is_a_place_name(m.group("name")):
                continue
            found.append((start, m.end(), unlisted_body_code(m.group("name"))))


_LOCAL_BODY_OF_BEFORE = re.compile(r"\b(?:[Mm]unicipality|[Gg]overnorate|[Pp]refecture|[Mm]unicipal\s+council)\s+of\s+$")
"""`The municipality of Tripoli Centre said`: a municipality named after a centre is still the municipality."""
_NAMED_WITH_ACRONYM = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|for|of|and|on|the|&)){1,7}?\s+[A-Z][\w'\u2019-]+)"
                                 r"\s+\([A-Z][A-Za-z]{1,7}\)(?=(?:,[^,.;]{0,60},)?\s+(?:said|says|estimates|estimated|reported|"
                                 r"reports|found|counted|recorded|told|documented))")
"""`Zimbabwe Lawyers for Human Rights (ZLHR) said`, `Sahmakum Teang Tnaut (STT), an urban research group, estimates`:
a body named with its acronym that speaks."""


def unlisted_body_code(name: str) -> str:
    """A body named only with its acronym is the state's when its name says it is a public body, else a civil one
    (`Zimbabwe Lawyers for Human Rights` is not Zimbabwe's)."""
    words = set(name.split())
    return "GOV" if words & (_GOV_BODY_NOUNS | {"Board", "Boards"}) or _PUBLIC_SERVICE_NAME.search(name) else "OTHER"


def _is_a_place_name(name: str) -> bool:
    found = find_places(name)
    return bool(found) and found[0].start == 0 and found[0].end >= len(name) - 1


_PLACE_SPEAKS = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\bbut\s)|(?<=\band\s))(?P<near>(?:[Nn]eighbou?ring|[Nn]earby|[Aa]djacent)\s+"
                           r"|(?:[Tt]he\s+)?(?:city|town|municipality|county|province|state|prefecture)\s+of\s+)?"
                           rf"(?P<name>(?:[A-Z][\w\u00c0-\u024f'-]+\s+){{0,2}}[A-Z][\w\u00c0-\u024f'-]+)(?P<division>\s+(?:{DIVISION_WORDS}))?\s+(?:(?:late\s+|early\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"
                           rf"(?:(?:has|had|have)\s+)?(?:said|says|reported|reports|told"
                           rf"|{'|'.join(DIVISION_DEEDS)})\b")
_ORDER_ISSUED = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:evacuation\s+)?orders?\b|[^.;]{0,40}\bits\s+(?:own\s+)?residents\b")
_COUNT_OBJECT = re.compile(r"\s+(?:(?:more than|about|some|over|nearly|almost|around|at least|an estimated|roughly)\s+)?\d")
"""`Hitoyoshi issued a mandatory evacuation order`, `Sancheong ordered all 35,000 of its residents to evacuate`,
`Puducherry had evacuated more than 250,000 people`: a town that orders or moves its people out is its government."""
_OWNER_PREFIX = re.compile(r"[A-Z][\w'-]*(?:'s|\u2019s)\s+")


_BY_A_COUNTY = re.compile(r"\b(?:released|published|issued|compiled|conducted|carried\s+out|ordered|reported)\s+by\s+(?:the\s+)?"
                         r"((?:[A-Z][\w'-]+\s+){1,2}(?:County|Parish|Borough|Municipality|Province|Prefecture|Governorate))\b")
"""`damage assessments released by Sarasota County`: a local government named as the author of a count."""


def _places_speaking(text: str, vocab: set[str], found: list) -> None:
    """`Queensland said`, `Neighbouring Tianjin said it had evacuated ...`: a province, or a city named as a neighbour,
    speaking is its government; a bare city name may be a person's (`Lapa said`). A division named as one that
    orders or carries out an evacuation (`Taitung county ordered the evacuation of ...`) is its government too."""
    if " by " in text:
        for m in _BY_A_COUNTY.finditer(text):
            if _free(found, m.start(1), m.end(1)):
                found.append((m.start(1), m.end(1), "GOV"))
    if vocab.isdisjoint(("said", "says", "reported", "reports", "told") + DIVISION_DEEDS):
        return
    for m in _PLACE_SPEAKS.finditer(text):
        acts = m.group().endswith(DIVISION_DEEDS)
        ordering = acts and (_ORDER_ISSUED.match(text, m.end()) or _COUNT_OBJECT.match(text, m.end()))
        divided = bool(m.group("division")) or len(m.group("name").split()) > 1 \
            and re.fullmatch(DIVISION_WORDS, m.group("name").split()[-1].lower()) is not None
        if not divided and acts and not ordering and not m.group().endswith(("relocates", "evacuates")):
            continue
        start, end = m.span("name")
        owner = _OWNER_PREFIX.match(text, start, end)
        if owner and find_places(text[start:owner.end()].rstrip()[:-2]):
            start = owner.end()
        named = find_places(text[start:end])
        unit_end = m.end("division") if m.group("division") else end
        if not named and divided and (acts or m.group("division")) and _free(found, start, unit_end):
            found.append((start, unit_end, "GOV"))
            continue
        if len(named) == 1 and named[0].start == 0 and named[0].end == end - start \
                and (named[0].kind == "admin1" or named[0].kind in ("city", "country") and (m.group("near") or m.group("division") or ordering)) \
                and _free(found, start, end):
            found.append((start, end, "GOV"))


def _people_mentions(text: str, vocab: set[str], found: list) -> set[int]:
    people = set()
    for start, end in _people(text, vocab):
        if _free(found, start, end):
            if _PUBLIC_SERVICE_NAME.search(text, start, end) or _LOCAL_GOVERNMENT_NAME.search(text[start:end]):
                found.append((start, end, "GOV"))
                continue
            honoured = _HONOURABLE_BEFORE.search(text, max(0, start - 16), start) if "Hon" in text else None
            if honoured or _HONOURABLE_NAME.match(text, start):
                found.append((honoured.start() if honoured else start, end, "GOV"))
                continue
            found.append((start, end, "OTHER"))
            people.add(start)
    if "Hon" in text:
        for m in _HONOURABLE_NAME.finditer(text):
            if _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "GOV"))
    return people


_HONOURABLE_NAME = re.compile(r"(?<![\w.])(?:Hon\.?|Honourable|Honorable|Rt\.? Hon\.?)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}")
"""`Hon. Kulang said`: a name given the title of a legislator or minister is an official's."""
_HONOURABLE_BEFORE = re.compile(r"(?<![\w.])(?:Rt\.? Hon\.?|Hon\.?|Honourable|Honorable)\s+$")
_PUBLIC_SERVICE_NAME = re.compile(r"\b(?:[A-Z][a-z]+\s+Rifles$|(?:Infantry|Artillery|Armou?red|Marine|Mechani[sz]ed|Airborne)\s+(?:Regiment|Battalion|Division|Brigade)$|(?:Commissioner|Minister|Governor|Mayor)$|(?:Emergency|Disaster|Hazard)\s+(?:Management|Risk|Response|Preparedness|Services|System)|Emergency\s+(?:Situations|Operations)|Crisis\s+(?:Management|Coordination)|People['\u2019]s\s+(?:Committee|Council|Government)|Development\s+Authority|Risk\s+Management|Civil\s+(?:Protection|Defen[cs]e)|(?:Bushfire|Flood|Disaster|Earthquake)\s+Recovery)\b")
"""`Emergency Management Victoria`, `National Disaster Management Organisation`, a city's `People's Committee`, a
`Development Authority`, the `Assam Rifles`, the `Special Relief Commissioner`: a public service, force or office, not
a person or a private body."""


_SPEECH_NEXT = re.compile(rf"\s+(?:{lx.SPEECH_VERBS})\b")
"""`the relief centre in Ararat` is a place; only `the centre said` speaks."""


def _reference_mentions(text: str, vocab: set[str], found: list) -> None:
    for pos, word in _in_text_order(text, vocab.intersection(_REF_NOUNS_ANY_CASE)):
        m = _REF_BEFORE.search(text, max(0, pos - 30), pos)
        if m and text.startswith(" of ", pos + len(word)):
            continue
        if m and word.lower() in ("centre", "center", "division", "brigade", "battalion", "regiment", "branch") \
                and not _SPEECH_NEXT.match(text, pos + len(word)):
            continue
        if m and any(f[0] == pos + len(word) + 1 and f[2] != "REF" for f in found):
            continue
        if m and _NAME_NEXT.match(text, pos + len(word)):
            continue
        if m and _free(found, m.start(1), pos + len(word)):
            found.append((m.start(1), pos + len(word), "REF"))
    if "same" in vocab or "According" in vocab or "according" in vocab:
        for m in _SAME_SOURCE.finditer(text):
            if _free(found, m.start(), m.end()):
                found.append((m.start(), m.end(), "REF"))
    for word in ("it", "It", "its", "Its"):
        if word in vocab:
            for pos in _positions(text, word):
                m = _IT_SAID.match(text, pos)
                if m and m.group("role"):
                    found[:] = [f for f in found if not (pos <= f[0] and f[1] <= m.end() and f[2] == "OTHER")]
                if m and _free(found, pos, m.end()):
                    found.append((pos, m.end(), "REF"))


def _attribution_frames(text: str, kept: list[tuple[int, int, str]]) -> list[bool]:
    """For each mention, whether a speech verb is attributed to it; mentions
    listed before a shared verb share it ("UNICEF and WFP said")."""
    said = [False] * len(kept)
    for i in range(len(kept) - 1, -1, -1):
        start, end, _ = kept[i]
        limit = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        said[i] = _is_said(text, start, end, limit) or (
            i + 1 < len(kept) and said[i + 1] and limit - end < 40 and kept[i + 1][2] != "REF"
            and bool(_LIST_GAP.fullmatch(text[end:limit])) and not _AGENT_BEFORE.search(text, max(0, start - 12), start))
    for i in range(1, len(kept)):
        if said[i] and not said[i - 1] and _WHO_CLAUSE.search(text, kept[i - 1][1], kept[i][0]) \
                and _CLOSED_BEFORE_SAID.match(text, kept[i][1]):
            said[i - 1], said[i] = True, False
    return said


_WHO_CLAUSE = re.compile(r",\s+(?:who|which)\b")
_CLOSED_BEFORE_SAID = re.compile(r"\s*,\s*(?:said|says|told|added)\b")
"""`The Executive Chairman of SEMA, Dr Barkindo Muhammad, who spoke ... from the North East Development Commission, said`:
the one a who-clause describes says it, not a body named inside the clause."""


_AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
"""`180 houses were demolished by authorities, the group said`: the agent of a deed is not listed with who tells of it."""


_ROLE_BETWEEN = re.compile(r"(?:'s|\u2019s)?(?:\s+\([A-Z]{2,8}\))?\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|chief|chair(?:man|woman|person)?|head|director(?:[- ]general)?|"
                           r"commissioner|commander|representative|coordinator|minister|governor|mayor|secretary|administrator|"
                           r"Chair(?:man|woman|person)?|Director(?:[- ]General)?|Commissioner|Spokes(?:man|woman|person)|Head|Chief|Secretary)\s*,?\s*")


_ROLE_OF_BEFORE = re.compile(r"\b(?:spokes(?:man|woman|person)|chief|head|director(?:[- ]general)?|commissioner|commander|"
                             r"chair(?:man|woman|person)?|coordinator|secretary|administrator|representative)\s+of\s+(?:the\s+)?"
                             r"(?-i:(?:[A-Z][\w'-]*\s+){0,3})$", re.I)
_APPOSED_NAME = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s*,\s*(?:(?:Major|Brigadier|Lieutenant)\s+)?(?:General|Colonel|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?|Chief)?\s*")
"""`The head of the EOC, Juan Perez, said`: a person named after the body whose role the sentence gave."""


_SAID_AFTER_APPOSITION = re.compile(r"\s*,\s*(?:said|says|told|added|confirmed)\b")
"""`the Commissioner Northern, Apete Naiveli, said`: an official named in apposition to a government title."""


_ROLE_AFTER_BODY = re.compile(r"\s+(?:[Cc]hief|[Hh]ead|[Dd]irector|[Ss]pokes(?:man|woman|person)|[Rr]epresentative|[Cc]oordinator|"
                              r"[Cc]ommissioner|[Ss]ecretary|[Oo]fficer|[Oo]fficial|[Cc]ountry\s+[Dd]irector)\b")
"""`Laurent de Boeck, IOM Chief of Mission in Nigeria`: a person described by a role in a body speaks for it."""


_ROLE_OF_AFTER = re.compile(r",\s*(?:the\s+)?(?:[a-z]+\s+)?(?:head|chief|director|spokes(?:man|woman|person)|representative|coordinator|"
                            r"country\s+director|[Ss]ecretary[- ][Gg]eneral)\s+(?:of|for|at)\s+(?:the\s+)?")
"""`Serhan Aktoprak, head of IOM's mission`: a person whose role in a body is given after the name."""


_BARE_TITLE = re.compile(r"(?:[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]ommissioner[- ][Gg]eneral|[Hh]igh [Cc]ommissioner)")
"""`Kenya Red Cross Secretary-General`: a title read as a body of its own belongs to the body before it."""
_ROLE_AND_PLACE_BETWEEN = re.compile(r"(?:'s|\u2019s)?\s+(?:[\w-]+\s+){0,4}?(?:[Rr]epresentative|[Ee]xecutive\s+[Dd]irector|[Cc]ountry\s+[Dd]irector|"
                                     r"[Cc]hair(?:man|woman|person)?|[Cc]oordinator|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Hh]ead|[Cc]hief|[Cc]ommissioner[- ][Gg]eneral)"
                                     r"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?\s*,?\s*(?:(?:Hon|Dr|Mr|Ms|Mrs|Prof|Engr|Atty|Arch)\.?\s+)?")
"""`The UNHCR Representative in Uganda, Mr Matthew Crentsil`, `NEMA's northeast zonal coordinator, Ishaku Abubakar`."""
_NAME_ENDS_APPOSED = re.compile(r"(?:\s+[A-Z][\w-]*){1,2}\s*,\s*")
"""`The Chairman of Guma Local Government Area, Mr Caleb Aba`: the body's name runs on past the words the tables know."""


_OFFICIAL_TITLE_NAME = re.compile(r"(?:Officer|Collector|Commissioner|Administrator|Council(?:l)?or|Inspector|Coordinator|Chairman|"
                                  r"Chairperson|Chairwoman|Secretary|Director)\s+(?:(?:Mr|Mrs|Ms|Dr|Hon|Engr|Atty|Arch)\.?\s+)?[A-Z]")
_TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}$")
_LOCAL_OFFICE_WORDS = frozenset("Upazila Divisional Sub-Divisional Block Tehsil Zonal Woreda Barangay Relief Revenue Rehabilitation "
                                "Deputy".split())
"""Words of a local office's title that `_GOV_MARKERS` (District, County, State ...) does not hold."""


_LED_BY = re.compile(r"([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2})-(?:led|run|managed|coordinated)\s+")


def _led_by(text: str, start: int, end: int, code: str) -> tuple[int, int, str]:
    """`The UNHCR-led Protection and Return Monitoring Network`: a network a known body leads reports for that body."""
    if code == "OTHER":
        led = _LED_BY.match(text, start, end)
        leader = [m for m in find_sources(led.group(1)) if m.code not in ("OTHER", "REF")] if led else []
        if leader:
            return start, end, leader[0].code
    return start, end, code


def _titled_official(text: str, start: int, end: int, code: str) -> tuple[int, int, str]:
    """`District Relief and Rehabilitation Officer Abdul Hye Sarkar`: a person titled as an officer of a district or a
    state office speaks for the state."""
    if code == "OTHER" and _OFFICIAL_TITLE_NAME.match(text, start):
        before = _TITLE_WORDS_BEFORE.search(text, max(0, start - 80), start)
        if before and any(w in _LOCAL_OFFICE_WORDS or w in _GOV_MARKERS for w in before.group().split()):
            return before.start(), end, "GOV"
    return start, end, code


_ITS_ROLE_BETWEEN = re.compile(r"(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}?(?:[A-Z][\w-]*|spokes(?:man|woman|person)|director(?:[- ]general)?|head|chief|"
                               r"representative|coordinator|commissioner|secretary),?\s+(?:(?:Alhaji|Hajiya|Hon|Dr|Mr|Mrs|Ms|Prof|Engr)\.?\s+)?")
"""`The agency's Executive Secretary, Alhaji Muhammed Yakubu,`: the head of a body referred to speaks for it."""
_SAID_BEFORE_NAME = re.compile(r"\b(?:said|says|told|added)\s+$")
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;:)\"\u201d]|$)|\s+(?:who|which|that|in|of|for|at|on)\b|\s+(?i:member|official|officer|spokes(?:man|woman|person)|"
                             r"head|chief|director|leader|coordinator|representative|worker|manager)s?\b")
"""`the AFAD official who runs the site`: the body closes the apposition; `the mayor's opponent` is no mayor."""


def _attach_people(text: str, kept, people: set[int]):
    """A named person speaking for an organisation is that organisation:
    "police spokesman Mohammed Shehu" is one GOV mention, and "Olga Sarrado,
    a spokesperson for UNHCR," leaves only the UNHCR mention; after "said", that mention begins at the name, so that
    it is the one who speaks ("said Hasan Yildiz, the AFAD official")."""
    out: list[tuple[int, int, str]] = []
    said_by = None
    for i, (start, end, code) in enumerate(kept):
        if said_by is not None:
            start, said_by = said_by, None
        if out and text[out[-1][1]:start] == " (" and text[end:end + 1] == ")" and text[start:end].isupper() \
                and i + 1 < len(kept) and kept[i + 1][0] in people:
            continue
        if out and out[-1][2] != "REF" and _BARE_TITLE.fullmatch(text, start, end) and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end, out[-1][2])
            continue
        if start in people:
            if out and out[-1][2] == "REF" and _ITS_ROLE_BETWEEN.fullmatch(text, out[-1][1], start):
                out[-1] = (out[-1][0], end, out[-1][2])
                continue
            if out and out[-1][2] != "REF" and (_ROLE_END.search(text, out[-1][0], out[-1][1])
                                                and _ROLE_PLACE.fullmatch(text, out[-1][1], start)
                                                or _ROLE_BETWEEN.fullmatch(text, out[-1][1], start)
                                                or _ROLE_AND_PLACE_BETWEEN.fullmatch(text, out[-1][1], start)
                                                or _ROLE_OF_BEFORE.search(text, max(0, out[-1][0] - 40), out[-1][0])
                                                and (_APPOSED_NAME.fullmatch(text, out[-1][1], start)
                                                     or _NAME_ENDS_APPOSED.fullmatch(text, out[-1][1], start))
                                                or out[-1][2] == "GOV" and _APPOSED_NAME.fullmatch(text, out[-1][1], start)
                                                and _SAID_AFTER_APPOSITION.match(text, end)):
                out[-1] = (out[-1][0], end, out[-1][2])
                continue
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if nxt and nxt[0] not in people and (_APPOSED.fullmatch(text[end:nxt[0]]) or _ROLE_OF_AFTER.fullmatch(text[end:nxt[0]])
                                                 or re.fullmatch(r",\s*", text[end:nxt[0]]) and _ROLE_AFTER_BODY.match(text, nxt[1])):
                if _SAID_BEFORE_NAME.search(text, max(0, start - 12), start) and _APPOSITION_ENDS.match(text, nxt[1]):
                    said_by = start
                continue
        elif code == "OTHER" and i + 1 < len(kept) and kept[i + 1][2] not in ("REF", "OTHER") \
                and _ROLE_OF_AFTER.fullmatch(text[end:kept[i + 1][0]]):
            continue
        out.append((start, end, code))
    return out


_OWNED_BY = re.compile(r"(?:'s|\u2019s)\s+(?:[A-Z][\w-]*,?\s+){0,4}|\s+(?:for|of)\s+(?:the\s+)?")


def _bodies_of_government(text: str, kept):
    """`BNPB's Disaster Data, Information and Communication Center Abdul Muhari`: a body that belongs to
    a government one, and a person named right after it, speak for the government; `UNHCR's Protection and Return
    Monitoring Network` speaks for UNHCR."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in kept:
        if code == "OTHER" and out and out[-1][2] not in ("OTHER", "REF") and _OWNED_BY.fullmatch(text, out[-1][1], start) \
                and (out[-1][2] == "GOV" or text.startswith(("'s", "\u2019s"), out[-1][1])):
            code = out[-1][2]
        out.append((start, end, code))
    return out


_NAMED_OTHERS = frozenset(_OTHER_NAMES.split("|"))


def is_person(mention: SourceMention) -> bool:
    """A mention that is a bare personal name ("Jean Mbala"), not a body ("Amnesty International")."""
    if mention.code != "OTHER" or not re.fullmatch(_NAME, mention.surface) or mention.surface in _NAMED_OTHERS:
        return False
    words = mention.surface.split()
    return not any(w in _ORG_HEAD_WORDS or w in _GOV_MARKERS or w in _GOV_BODY_NOUNS or w in _COMPANY_WORDS for w in words)


_COMPANY_WORDS = frozenset("Company Companies Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited Holdings Power Energy Mining Mines "
                           "Resources Petroleum Oil Gas Bank Industries Railways Airlines Motors Cement Steel SA S.A. PLC plc".split())
"""`Phao River Power Company` is a business, not a person."""


def find_references(text: str) -> list[SourceMention]:
    """Only the REF mentions: "the agency", "the organisation", "it said"."""
    return [m for m in find_sources(text) if m.code == "REF"]


def resolve_references(mentions: list[SourceMention],
                       earlier: str | None = None) -> list[SourceMention]:
    """Give each REF the code of the organisation named last before it.

    ``earlier`` is a code to use for a REF that opens ``mentions`` (the last
    organisation of the preceding text); a REF with nothing before it stays REF."""
    last = earlier
    out = []
    for m in mentions:
        if m.code == "REF":
            out.append(replace(m, code=last) if last else m)
        else:
            last = m.code
            out.append(m)
    return out


def source_code(name: str) -> str | None:
    """The code of one organisation name ("UN refugee agency" -> "UNHCR"), or None."""
    mentions = find_sources(name.strip())
    return mentions[0].code if mentions else None


def _named_body(text: str, pos: int) -> tuple[int, int] | None:
    """The capitalised name around a body noun: "National Disaster Management
    Authority", "Ministry of Health", "Department of Disaster Management Affairs"."""
    word_end = pos + len(_WORD_RE.match(text, pos).group())
    end = word_end
    more = _MORE_NOUNS.match(text, end)
    if more:
        end = more.end()
    tail = _BODY_TAIL.match(text, end)
    if tail:
        end = tail.end()
    start = pos
    while True:
        w = _CAP_OR_LINK_BEFORE.search(text, max(0, start - 40), start)
        if not w:
            break
        word = w.group(1)
        if word in _DETERMINERS or word in _SENTENCE_WORDS and word not in _GOV_MARKERS \
                and not (word[:1].isupper() and _JOINED_TO_A_NAME.match(text, w.end(1))):
            break
        start = w.start(1)
    while start < pos and text[start:].split(" ", 1)[0] in ("and", "of", "for", "the", "&", "de", "del", "da", "do", "dos", "das"):
        start += len(text[start:].split(" ", 1)[0]) + 1
    if start == pos and end == word_end:
        return None
    return start, end


_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
             r"September|October|November|December)\b")
_BODY_TAIL = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:for|of|(?:(?<=Commission )|(?<=Committee )|(?<=Council )|(?<=Board )|(?<=Panel ))on(?!\s+(?:the\s+)?" + _CALENDAR + r")|de|del|da|do|dos|das|des|du|para|pour)\s+(?:the\s+|la\s+|las\s+|los\s+|le\s+|"
                        r"les\s+|l['’]|a\s+|o\s+)?[A-Z][\w'’-]*(?:(?:\s+(?:and|of|for|the|&|de|del|da|do|dos|das|des|du|y|e|et|para|la|"
                        r"las|los|le|les|(?<=Aid )to|(?<=Assistance )to|(?<=Support )to))?\s+[A-Z][\w'’-]*){0,5}")
"""`Commission on Population Movements`, `Service for Aid and Assistance to Refugees and Stateless Persons`."""
_MORE_NOUNS = re.compile(r"(?:\s+(?:" + "|".join(sorted(_GOV_BODY_NOUNS)) + r"))+(?![\w-])")
_CAP_OR_LINK_BEFORE = re.compile(r"([A-Z][\w'’-]*|and|of|for|the|&|de|del|da|do|dos|das)\s+$")
_JOINED_TO_A_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z]")
"""`the Relief and Rehabilitation Commission`: a word that could open a sentence is part of the name it is joined to."""


def _named_body_code(surface: str) -> str:
    if re.search(r"\b(?:University|College|Academy)\b", surface):
        return "OTHER"
    return _named_body_code_of_government(surface)


_PUBLIC_BODY_NOUNS = frozenset("Council Authority Department Office Ministry Agency Commission Corporation Service Services "
                               "Directorate Administration".split())


_PUBLIC_FUNCTION_WORDS = frozenset("City County Shire Valley Regional District Municipal Town Metropolitan Tourism Water Housing "
                                   "Port Transport Transit Health Emergency Development Planning Police Fire State Provincial".split())


def _named_after_a_place(name: str) -> bool:
    """`Richmond Valley Council`, `Hawaii Tourism Authority`: a public body named after a place it governs."""
    found = find_places(name)
    if not found or found[0].start or found[0].kind not in ("admin1", "city", "region"):
        return False
    return all(word in _PUBLIC_FUNCTION_WORDS for word in name[found[0].end:].split())


_BODY_OF_A_COUNTRY = re.compile(r"\b(?:Authority|Agency|Directorate|Bureau|Board|Corporation|Administration)\s+(?:of|for)\s+(?:the\s+)?"
                                r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})$")
"""`the Petroleum Authority of Uganda`: an authority of a country is its state's."""


_STATE_SERVICE_WORDS = frozenset("Wildfire Bushfire Department Ministry Service Services Agency Authority Directorate Office Police".split())


_LED_BY_AFTER = re.compile(r",\s+(?:which\s+is\s+)?(?:led|chaired|headed|run|coordinated)\s+by\s+(?:the\s+)?")
"""`the Commission on Population Movements, led by the Ministry of Humanitarian Action,`: a body a known one leads
speaks as that one."""
_STATE_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:body|agency|unit|department|arm|office|wing|branch)\s+of\s+"
                               r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,4}(?:[Gg]overnment|[Mm]inistry|[Ss]tate|[Pp]residency)\b"
                               r"|(?:\s*\([A-Z]{2,10}\))?,\s+(?:a|an|the)\s+(?:state|government|governmental|public|state-run|government-run)\s+"
                               r"(?:body|agency|institution|authority|organi[sz]ation)(?:\s+(?:in\s+charge\s+of|responsible\s+for|[a-z]+ing)\s+[^,;.]{1,60})?\s*(?:[,;]|\.(?!\d)|$)")
"""`the Joint Crisis Coordination Centre, a body of the Kurdistan Regional Government,`, `The Council for the South, a state
body,`: a body its apposition places in a government is the government's."""
def _national_chapters(text: str, kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Caritas Mozambique estimated`, `Oxfam India said`: a civil body's national chapter is the body, not the country's
    government speaking."""
    out: list[tuple[int, int, str]] = []
    for start, end, code in kept:
        if out and out[-1][2] == "IFRC" and _OF_THE.fullmatch(text, out[-1][1], start) and code in ("OTHER", "GOV"):
            out[-1] = (out[-1][0], end, "IFRC")
            continue
        if out and code == "GOV" and out[-1][2] == "OTHER" and text[out[-1][1]:start] == " " \
                and country_of(text[start:end], countries_only=True):
            out[-1] = (out[-1][0], end, "OTHER")
            continue
        if code == "OTHER":
            chapter = _CHAPTER_NAME.match(text, end)
            if chapter and country_of(chapter.group(1), countries_only=True):
                end = chapter.end()
        out.append((start, end, code))
    return out


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
"""`The Red Cross of the Federation of Bosnia and Herzegovina`: a society named after its land."""
_CHAPTER_NAME = re.compile(r" ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b(?!['\u2019])")


_REST_OF_OWNER = re.compile(r"(?:\s+[A-Z][\w\u00c0-\u024f-]*)*(?:'s|\u2019s)\s+")
"""`Caritas Brasileira's regional office`: an office of a civil body is that body's."""
_STATE_FUNCTIONS = (r"home|relief|revenue|health|education|housing|police|rehabilitation|social welfare|public works|irrigation|"
                    r"interior|forest|forestry|disaster management|relief and rehabilitation|water resources|flood control|"
                    r"public health engineering|roads and buildings|land revenue|agriculture|fisheries")
"""What a state's departments are named by."""
_FUNCTION_DEPARTMENT = re.compile(rf"(?<![\w-])(?:[Tt]he\s+)?(?=[A-Z])(?i:{_STATE_FUNCTIONS})\s+(?:[Dd]epartment|[Mm]inistry|[Dd]irectorate)\b")
"""`Revenue department figures show`: a department named by what it does is the state's."""
_PLACE_DEPARTMENT = re.compile(rf"(?:[Tt]he\s+)?([A-Z][\w\u00c0-\u024f-]+(?:\s+[A-Z][\w\u00c0-\u024f-]+)?)\s+(?:{_STATE_FUNCTIONS})\s+"
                               r"(?:department|ministry|directorate)\b")
"""`the Mizoram home department`, `The Khyber Pakhtunkhwa relief department`: a department of a named state or province."""
_CHURCH_OF_BEFORE = re.compile(r"(?:[Tt]he\s+)?(?:(?:[Aa]rch)?[Dd]iocese|[Cc]hurch|[Pp]arish|[Vv]icariate)\s+(?:of|in)\s+$")


def _of_a_church(text: str, start: int, end: int, code: str) -> tuple[int, int, str]:
    """`the Diocese of Quibdó's social pastoral office`: an office of a church is no government's, whatever town it is named
    after."""
    if code != "GOV":
        return start, end, code
    church = _CHURCH_OF_BEFORE.search(text, max(0, start - 30), start)
    return (church.start(), end, "OTHER") if church else (start, end, code)


def _state_service(words: list[str]) -> bool:
    """`Alberta Wildfire`, `NSW Department of Communities and Justice`, `Manitoba Wildfire Service`: a service named after
    the state or province that runs it."""
    for size in (1, 2):
        if len(words) > size and words[size] in _STATE_SERVICE_WORDS:
            if is_admin_area(" ".join(words[:size])):
                return True
    return False


_NAME_BEFORE_CLAUSE_SAID = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\s[-\u2013\u2014]\s))(?:[Tt]he\s+)?((?:[A-Z][\w'\u2019&-]*)(?:\s+(?:[A-Z][\w'\u2019&-]*|\d+|of|for|and|&|de|du|des|la|el|del|do|da|dos|das|di|della|pela|pelo)){0,5}),"
    r"\s+(?:(?:which|who)\b[^,;]{1,100}|(?:one\s+of|an?|the)\s+[^,;]{0,60}?\b(?:company|companies|employers?|firms?|group|charity|"
    r"organi[sz]ation|network|association|operator|NGO|agency|body|coalition|alliance|movement|collective|foundation|cooperative|"
    r"developer|business)\b[^,;]{0,60}),\s+(?:said|says|estimated|estimates|reported|reports|counted|told)\b")
"""`Utopia 56, which distributes tents and blankets in the area, said`: a body the tables lack, told of in a
which-clause before it speaks, also after a dateline (`PARIS, July 25 - Utopia 56, a charity, said`)."""


def _named_before_a_clause(text: str, found: list) -> None:
    for m in _NAME_BEFORE_CLAUSE_SAID.finditer(text):
        name = m.group(1)
        if name.split()[0] in _SENTENCE_WORDS or re.fullmatch(_NAME, name) and _COMPANY_WORDS.isdisjoint(name.split()) \
                or not _free(found, m.start(1), m.end(1)):
            continue
        places = find_places(name)
        if places and places[0].start == 0 and places[0].end == len(name):
            continue
        found.append((m.start(1), m.end(1), _named_body_code_of_government(name)))


_NATIONAL_SERVICE = re.compile(r"^(?:Statistics|Fire and Emergency|Fire and Rescue|Emergency Management|Civil Defence|Police|Resilience|"
                               r"Immigration|Customs|Border Force|Housing|Health)\s+(.+)$")


def _names_a_state_body(name: str) -> bool:
    """Whether a name the rules first read as a civil body's is the state's: a service named after its state or
    province, a department named by its function, an Indigenous nation, a court, a country's national service, a task
    force or local council, or an office a place owns."""
    return (_state_service(name.split()) or _FUNCTION_DEPARTMENT.fullmatch(name) is not None
            or _NATION_GOVERNMENT.search(name) is not None or _COURT.match(name) is not None or _national_service(name)
            or _STATE_BODY_NAME.search(name) is not None or _owned_by_a_place(name) or _placed_public_body(name.split()))


_PUBLIC_BODY_HEADS = frozenset("Board Authority Commission Corporation Agency Directorate Department Ministry Bureau Inspectorate".split())


def _placed_public_body(words: list[str]) -> bool:
    """`Delhi Urban Shelter Improvement Board`, `Uganda Wildlife Authority`: a board, authority or agency named after the
    city or country it serves is that place's public body."""
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if len(words) < 3 or words[-1] not in _PUBLIC_BODY_HEADS or not _NON_STATE_WORDS.isdisjoint(words):
        return False
    return any(country_of(" ".join(words[:size])) is not None for size in (1, 2))


def _national_service(name: str) -> bool:
    """`Statistics Denmark`, `Fire and Emergency New Zealand`: a country's statistics office or national service."""
    m = _NATIONAL_SERVICE.match(name)
    return m is not None and (country_of(m.group(1), countries_only=True) is not None or is_admin_area(m.group(1)))


_PLACE_OWNER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w\u00c0-\u024f'-]*(?:\s+[A-Z][\w\u00c0-\u024f'-]*){0,2})(?:'s|\u2019s)\s+"
                          r"(?=(?:[A-Z][\w-]*\s+){0,5}(?:Centre|Center|Department|Ministry|Office|Authority|Agency|Commission|"
                          r"Directorate|Secretariat|Senate|Bureau|Service|Board|Administration|Government)\b)")
_NOT_THE_STATES = re.compile(r"\b(?:Church|Churches|Bishops|Islamic|Red|Crescent|Rights|Human|University|Bar)\b")


def _owned_by_a_place(name: str) -> bool:
    """`the Kurdistan Region's Joint Crisis Coordination Centre`: a public office a region or city owns is its
    government's."""
    m = _PLACE_OWNER.match(name)
    if m is None or _NOT_THE_STATES.search(name):
        return False
    found = find_places(m.group(1))
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(m.group(1)) \
        and found[0].kind in ("country", "admin1", "city")


_STATE_BODY_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:Task\s+Force\b|General\s+(?:Inspectorate|Directorate|Authority)\b)"
                              r"|\b(?:City|Shire|District|Regional|Borough|County|Town|Municipal|Valley|Island|Islands)\s+Council$"
                              r"|^(?:[Tt]he\s+)?Central\s+(?:[A-Z][\w-]*\s+){0,2}(?:Commission|Board|Authority|Bureau)$"
                              r"|^(?:[Tt]he\s+)?Greater\s+[A-Z][\w-]+\s+Corporation$|\b(?:Municipal|City|Metropolitan)\s+Corporation$"
                              r"|\b(?:Minister|Governor|Mayor|President|Premier|Commissioner|Collector)(?:'s|\u2019s)\s+(?:Office|Secretariat)$")
"""`Task Force Bangon Marawi`, `the General Inspectorate for Immigration`, `Richmond Valley Council`, `the Central Water
Commission`, `the Greater Chennai Corporation`, `the Chief Minister's Office`: a task force, a general inspectorate, a
local council, a central commission, a city corporation or an official's office is the state's."""


_COURT = re.compile(r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'\u2019-]+\s+){0,2}(?:High|Supreme|Constitutional|District|Federal|Appeals?|Administrative|"
                    r"Magistrates?['\u2019]?|Land|Environment\s+and\s+Land)\s+Court|(?:Chief\s+)?(?:Judge|Magistrate)\s+[A-Z])")
"""`Judge Nolwazi Mbatha`, `the Lagos High Court`: the courts are the state's."""
_NATION_GOVERNMENT = re.compile(r"\b(?!(?:The|Daily|United|Islamic|Rainbow|Sunday|Start-?up)\s)[A-Z][\w'\u2019-]+\s+Nation"
                                r"(?:\s+(?:Chief|Council|Government))?$|\bNation\s+Chief\b")
"""`The Chickasaw Nation said`, `Peguis First Nation Chief Glenn Hudson`: an Indigenous nation's own government, not
a newspaper (`the Daily Nation`)."""


_BUSINESS_WORDS = frozenset("Inc Inc. Ltd Ltd. Limited Holdings PLC plc Oil Gas Mining Mines Petroleum Airlines Motors Cement Steel "
                            "& Co Co.".split())
"""`New Britain Palm Oil`, `SK Engineering & Construction`: a business, whatever place or trade it is named after."""
_STATE_ONLY_HEADS = frozenset("Authority Regiment Battalion Headquarters".split())
"""`the Mongla Port Authority`, `the 7th Infantry Regiment`, `the Air Force of Zimbabwe`, `the Coordination Headquarters`:
public authorities and the units of a state's forces (a rebel army's name says so: `Kachin Independence Army` is none);
a commissionerate is the state's wherever its name puts the word (`the Commissionerate for Afghan Refugees`)."""


def _named_body_code_of_government(surface: str) -> str:
    words = [w.strip("'\u2019") for w in surface.replace("'s", " ").replace("\u2019s", " ").split()]
    if words[0] in ("La", "El", "Le", "Les", "Los", "Las", "A", "O", "The") and len(words) > 1:
        words = words[1:]
    if words[0] in ("Ministry", "Department", "Directorate", "Office", "Bureau", "Secretariat", "Prefecture", "Prefettura", "Préfecture",
                    "Ministerio", "Ministério", "Ministère",
                    "Secretaría", "Secretaria", "Dirección", "Direção", "Direction", "Coordinadora", "Coordenação", "Unidad",
                    "Unidade", "Defensoría", "Procuraduría", "Minister", "Ministers", "Governor", "Prefect", "Mayor",
                    "Commissioner") or words[0] == "Commission" and len(words) > 2 and words[1] in ("on", "for"):
        return "GOV"
    if not _NON_STATE_WORDS.isdisjoint(words):
        return "OTHER"
    if words[-1] in _STATE_ONLY_HEADS or "Air Force" in surface or "Commissionerate" in words:
        return "GOV"
    if _state_service(words):
        return "GOV"
    of_country = _BODY_OF_A_COUNTRY.search(surface)
    if of_country and country_of(of_country.group(1), countries_only=True):
        return "GOV"
    if not _BUSINESS_WORDS.isdisjoint(words) and _PUBLIC_BODY_NOUNS.isdisjoint(words):
        return "OTHER"
    if any(w in _GOV_MARKERS for w in words) or _PUBLIC_SERVICE_NAME.search(surface) \
            or words[-1] in _PUBLIC_BODY_NOUNS and len(words) > 1 and _named_after_a_place(" ".join(words[:-1])) or any(
            country_of(w, countries_only=True) for w in words[:2]) or country_of(" ".join(words[:2]), countries_only=True) \
            or country_of(" ".join(words[:3]), countries_only=True):
        return "GOV"
    return "OTHER"


def _unlisted_organisation(text: str, pos: int, found) -> tuple[int, int] | None:
    m = _ORG_HEAD.match(text, pos)
    if not m or not _free(found, pos, m.end()):
        return None
    left = _extend_capitalised(text, pos, found)
    if left == pos and not m.group(1):
        return None
    if not _free(found, left, m.end()):
        return None
    if _SHELTER_NAME.search(text, left, min(len(text), m.end() + 30)):
        return None
    return left, m.end()


_SHELTER_NAME = re.compile(r"\b(?:Transit|Reception|Evacuation|Relief|Collective|Accommodation|Registration|Way\s+Station|"
                          r"Convention|Conference|Expo|Exhibition|Events?|Community|Civic|Sports?|Recreation|Leisure|Aquatics?|"
                          r"Fitness|Shopping|Trade)\s+(?:Centre|Center)\b"
                          r"|\b(?:University|College)\s+(?:residences|dormitories|dorms|halls\s+of\s+residence)\b"
                          r"|\b(?:Centre|Center)\s+(?:housed|hosted|sheltered|held|took\s+in|(?:is|was|has\s+been|had\s+been)\s+"
                          r"(?:housing|hosting|sheltering|holding))\b")
"""`Renk Transit Centre`, `the RBC Convention Centre`, `Brandon's Keystone Centre housed 350 people` are where people
stay, not bodies that speak."""


def _extend_capitalised(text: str, pos: int, found) -> int:
    """Take in the capitalised words before a name ("Bangladesh" Red Crescent)."""
    floor = max((e for _, e, _ in found if e <= pos), default=0)
    left = pos
    for _ in range(5):
        w = _WORD_BEFORE.search(text, max(floor, left - 40), left)
        if not w:
            break
        word = w.group(1)
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare in ("&", "and", "of", "for"):
            joined = _WORD_BEFORE.search(text, max(floor, w.start(1) - 40), w.start(1))
            if joined and joined.group(1)[:1].isupper() and joined.group(1) not in _DETERMINERS \
                    and joined.group(1) not in _SENTENCE_WORDS:
                left = joined.start(1)
                continue
            break
        if not bare[:1].isupper() or bare in _DETERMINERS or bare in _SENTENCE_WORDS:
            break
        left = w.start(1)
    return left


def _extend_left(text: str, start: int, found: list[tuple[int, int, str]]) -> int:
    """Take in the modifiers of a government head: "provincial rescue officials",
    "Egyptian officials", "Sindh's provincial government", "West Bengal authorities"."""
    floor = max((e for _, e, _ in found if e <= start), default=0)
    pos = start
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(floor, pos - 30), pos)
        if not m:
            break
        word = m.group(1)
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare.lower() in _GOV_MODIFIERS or bare.endswith("-level"):
            pos = m.start(1)
            continue
        if bare[:1].isupper() and bare not in _DETERMINERS and (
                country_of(bare) or _is_capitalised_name_before(text, m.start(1))
                or country_of(re.sub(r"['\u2019]s\b", "", text[m.start(1):start]).strip())):
            pos = m.start(1)
            continue
        break
    return pos


def _is_capitalised_name_before(text: str, pos: int) -> bool:
    """A capitalised word not at a sentence start ("West Bengal authorities")."""
    before = text[max(0, pos - 3):pos]
    return bool(before.strip()) and not re.search(r"(?:^|[.!?\"“]\s*)$", before)


_PLACE_PREPOSITION = re.compile(rf"\b(?:{_PLACE_PREPOSITIONS})\s+$")
"""`crossed back through Islam Qala, the agency said`: a name after a preposition of place is no speaker."""


_TITLE_OF_BEFORE = re.compile(r"\b(?:Minister|Ministry|Secretary|Director|Commissioner|Department)\s+of\s+[^.;]{0,80}$")
"""`The Minister of Social Action, National Solidarity and Humanitarian Affairs said`: the tail of a title, not a person."""


def _people(text: str, vocab: set[str]) -> list[tuple[int, int]]:
    """Named people: "Maria Lopez, a nurse, said", "Ali Hassan said", "said Fatima Ali."."""
    spans = []
    candidates = []
    for pos, word in _in_text_order(text, vocab.intersection(_PERSON_VERBS)):
        m = _NAME_BEFORE.search(text, max(0, pos - 50), max(0, pos - 1))
        if m and text[m.end(1):pos].strip() == "":
            candidates.append(m.span(1))
        else:
            m = _NAME_BEFORE.search(text, max(0, pos - 50), max(0, pos - 2))
            if m and text[m.end(1):pos] == ", " and (text[max(0, m.start(1) - 2):m.start(1)] == ", "
                                                      or _CLERGY_TITLE_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1))):
                candidates.append(m.span(1))
            clause = _ROLE_CLAUSE_BEFORE.search(text, max(0, pos - 100), pos)
            m = clause and _NAME_BEFORE.search(text, max(0, clause.start() - 50), clause.start())
            if m:
                candidates.append(m.span(1))
        after = _NAME_AFTER.match(text, pos + len(word))
        if after:
            candidates.append(after.span(1))
    if ", " in text:
        for m in _APPOSITION.finditer(text):
            described = _TRAILING_PREPOSITION.sub("", m.group(1) or m.group(2)).split()
            if not _PLACE_NOUNS.isdisjoint(described) and not (described and described[-1] in _PERSON_ROLES):
                continue
            before = _NAME_BEFORE.search(text, max(0, m.start() - 50), m.start())
            if before:
                candidates.append(before.span(1))
    for start, end in candidates:
        if _PLACE_PREPOSITION.search(text, max(0, start - 10), start):
            continue
        name = text[start:end]
        words = name.split()
        while words and words[0] in _SENTENCE_WORDS:
            start += len(words.pop(0)) + 1
        if words and words[0] in _NOT_PERSON_FIRST or _TITLE_OF_BEFORE.search(text, max(0, start - 80), start):
            continue
        if len(words) < 2 or any(p.end - p.start == end - start
                                  for p in find_places(text[start:end])):
            continue
        spans.append((start, end))
    if ", " in text:
        for m in _AGED_NAME_SAID.finditer(text):
            if m.group(1) not in _SENTENCE_WORDS and m.group(1) not in _NOT_PERSON_FIRST and not find_places(m.group(1)):
                spans.append(m.span(1))
    return spans


_CLERGY_TITLE_BEFORE = re.compile(r",\s+(?:the\s+)?(?:Rev\.|Revd\.?|Reverend|Father|Fr\.|Sister|Pastor|Imam|Sheikh|Rabbi)\s+$")
"""`..., the church's vicar, the Rev. Bode Akinola, said`: a cleric named after his title."""
_ROLE_CLAUSE_BEFORE = re.compile(r",\s+(?:appearing|speaking|writing|acting|representing|who\s+(?:represents|represented|heads|leads|"
                                 r"runs|chairs))\b[^,.;]{0,70},\s+$")
"""`Naheed Akhtar, appearing for the residents, told the court`: a clause telling in what role a person speaks."""
_AGED_NAME_SAID = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z'\u2019-]+),\s+\d{1,3},\s+(?:said|says|told|added)\b")
"""`Mbuyi, 27, said`: a single name given an age is a person."""


def _is_said(text: str, start: int, end: int, limit: int) -> bool:
    if _SAID_AFTER.match(text[end:min(end + 90, limit)]):
        return True
    return bool(_SAID_BEFORE.search(text[max(0, start - 40):start])) and not _REPORTED_CLAUSE_VERB.match(text, end)


_REPORTED_CLAUSE_VERB = re.compile(r"\s+(?:had|have|has|were|was|are|is|would|will|\w+ed)\b")
"""`Human Rights Watch said soldiers had burned ...`: the subject of what was said does not say it."""
