"""Who a figure is attributed to, sentence by sentence."""
from __future__ import annotations

import pytest

from tracker.extract.engine import extract_figures
from tracker.model import Article


def sources_of(body: str) -> list[str | None]:
    text = f"date 2024-05-10 Update\n\n{body}\n"
    return [f.source for f in extract_figures(Article(text=text, name="a.txt", date="2024-05-10"))]


@pytest.mark.parametrize("body, expected", [
    ("About 5,000 people were displaced in Sudan, the IOM said, although local officials gave a lower figure.", ["IOM"]),
    ("IOM: Up to 400,000 people flee Zamzam camp in Sudan.", ["IOM"]),
    ("Haiti displacement passes 700,000 - IOM", ["IOM"]),
    ("UNRWA, the largest UN agency in Gaza, said 800,000 displaced people were staying in its schools.", ["UNRWA"]),
    ("Sudanese authorities have relocated about 9,000 Ethiopian refugees to a new camp.", ["GOV"]),
    ("Senapred said about 2,000 people had evacuated from Talcahuano, Chile.", ["GOV"]),
    ("In Maroua, Cameroon, the sub-prefect said about 900 displaced people had registered.", ["GOV"]),
    ("Frontier Corps personnel evacuated 120 people from villages in Khyber, Pakistan.", ["GOV"]),
    ("The army took control of the town, while some 20,000 residents fled into the hills.", [None]),
    ("In India, West Bengal authorities evacuated 500,000 people and Odisha about 150,000.", ["GOV", "GOV"]),
    ("The National Disaster Management Office (NDMO) opened shelters. "
     "Initial assessments by the NDMO indicate 1,250 houses were destroyed in Vanuatu.", ["GOV"]),
    ("UNHCR said 50,000 people had fled to Uganda. Of those, 25,000 had arrived in Kampala, a spokesman said.",
     ["UNHCR", "UNHCR"]),
    ("The State Committee for Emergency Situations (SCES) opened shelters in Kyrgyzstan. "
     "In Osh region, 420 families have had to leave their homes, SCES spokeswoman Aida Bekova told reporters.",
     ["GOV"]),
    ("The National Emergency Operations Command (NEOC) met on Sunday in Mauritius. "
     "Figures from the NEOC showed 86 houses destroyed in Port Louis.", ["GOV"]),
    ("The General Inspectorate for Emergency Situations (IGSU) said rivers were rising in Romania. "
     "According to IGSU, 930 people were evacuated in Bacau county.", ["GOV"]),
    ("District relief officer Rafiqul Islam said 300 houses were destroyed in Kurigram, Bangladesh.", ["GOV"]),
    ("Landslides damaged 30 houses in Barangay Lipata, Philippines, the municipal engineer said.", ["GOV"]),
    ("In the Western Division of Fiji, the Commissioner Western, Jone Vakalalabure, said 510 people were in "
     "evacuation centres.", ["GOV"]),
    ("The National Disaster Management Office advises that 2,100 people remain in evacuation centres in Tonga.", ["GOV"]),
    ("Carabineros estimate that 12,000 people evacuated their homes in Valparaiso, Chile.", ["GOV"]),
    ("The army and the Assam Rifles said they had evacuated 9,000 civilians in Manipur, India.", ["GOV"]),
    ("Regional president Stefano Bonaccini said about 2,000 people had returned to Cesena, Italy.", ["GOV"]),
    ("At least 12 homes were destroyed near Gimli, Canada, the reeve of the rural municipality said.", ["GOV"]),
    ("The Ahrweiler district said about 1,500 residents had been evacuated in Germany.", ["GOV"]),
    ("About 800 residents were evacuated in Hue, Vietnam, the city People's Committee said.", ["GOV"]),
    ("Rights group says evictions in Phnom Penh, Cambodia have uprooted 2,000 families", ["OTHER"]),
    ("In Dhemaji, Assam, 620 families have lost their homes to erosion, the circle officer said.", ["GOV"]),
    ("In Lalitpur, Nepal, the metropolitan city's disaster management section said some 1,100 people were staying in "
     "14 temporary shelters.", ["GOV"]),
    ("The upazila nirbahi officer said 2,500 houses had been washed away in Sunamganj, Bangladesh.", ["GOV"]),
    ("LICADHO, a rights group, published a report on Cambodia. About 180 houses were demolished by authorities in "
     "Siem Reap, the group said. The group said 1,400 families were living in tents.", ["OTHER", "OTHER"]),
    ("Israeli forces opened a corridor. About 15,000 people fled northern Gaza through a corridor opened by the "
     "military, the UN humanitarian office OCHA said.", ["OCHA"]),
    ("More than 12,000 people spent the weekend in shelters in Cortes, Honduras, the Permanent Contingency Commission "
     "(COPECO) reported.", ["GOV"]),
    ("The Office of Civil Defense (OCD) raised the alert in Negros, Philippines. OCD-6 director Raul Fernandez said "
     "19,842 persons were staying in 24 evacuation centres.", ["GOV"]),
    ("The director of the Emergency Operations Centre (EOC) spoke in Santo Domingo. "
     "The head of the EOC, Juan Perez, said 640 people were evacuated in the Dominican Republic.", ["GOV"]),
    ("According to the Secretariat of State for Civil Protection, 1,553 people were staying in 14 evacuation centres "
     "in Dili, Timor-Leste.", ["GOV"]),
    ("On Sunday, 212 households along a drain in Quetta, Pakistan, were evacuated by PDMA teams.", ["GOV"]),
    ("In Dibrugarh, India, nearly 5,000 residents were evacuated by the National Disaster Response Force.", ["GOV"]),
    ("In Kuma, Japan, about 200 residents who had been airlifted out by army helicopters returned home on Sunday.", [None]),
    ("About 2,000 people were displaced by the army offensive in Mali.", [None]),
])
def test_attribution(body, expected):
    assert sources_of(body) == expected


RELEASE = ("GENEVA - The Norwegian Refugee Council (NRC) today warned that violence is spreading across the Sahel.\n\n"
           "More than 3 million people are now internally displaced across Burkina Faso, Mali and Niger. "
           "In Burkina Faso's Centre-Nord region, about 12,000 people fled in March, local authorities said.\n\n")


@pytest.mark.parametrize("ending, expected", [
    ("For more information, please contact the NRC media team.", ["NRC", "GOV"]),
    ("Notes to editors: NRC has worked in Mali since 2009.", ["NRC", "GOV"]),
    ("The council will publish a report next month.", [None, "GOV"]),
])
def test_a_release_speaks_for_its_issuer(ending, expected):
    """A press release's unattributed figures are its issuer's; a news story's stay unattributed."""
    assert sources_of(RELEASE + ending) == expected


def test_a_hyphenated_acronym_defined_on_a_letterhead_signs_its_table():
    """`... FOR DISASTER REDUCTION (SE-CONRED)` in capitals defines SE-CONRED, so `Source: SE-CONRED` gives the rows."""
    body = ("EXECUTIVE SECRETARIAT OF THE NATIONAL COORDINATOR FOR DISASTER REDUCTION (SE-CONRED)\n"
            "Guatemala City\n\nSHELTERS OPEN\n\nShelter                    Municipality      People\n"
            "Salon Comunal Siquinala    Siquinala            318\nPolideportivo Alotenango   Alotenango           287\n"
            "Source: SE-CONRED")
    assert sources_of(body) == ["GOV", "GOV"]


def test_a_source_line_naming_a_bodys_system():
    """`Source: DSWD-DROMIC`: the department's information system is the department's."""
    body = ("Evacuees in evacuation centres, by province\n- Albay: 30,660 families\n- Sorsogon: 6,210 families\n"
            "Source: DSWD-DROMIC, as of 6am, 18 November 2024")
    assert sources_of(body) == ["GOV", "GOV"]


def test_a_release_titled_with_a_bodys_full_name_is_that_bodys():
    """`Ministry of ... press release No. 4`: a government body's own release speaks for its unattributed figures."""
    text = ("date 2024-05-27 Cyclone Remal: Ministry of Disaster Management and Relief press release No. 4\n\n"
            "Dhaka, 27 May 2024\n\nA total of 807,023 people were moved to cyclone shelters in Bangladesh before landfall.\n")
    figures = extract_figures(Article(text=text, name="a.txt", date="2024-05-27"))
    assert [f.source for f in figures] == ["GOV"]
    story = text.replace("press release No. 4", "meets as the storm nears")
    assert [f.source for f in extract_figures(Article(text=story, name="a.txt", date="2024-05-27"))] == [None]


def test_a_report_that_names_who_reports_what_follows():
    """`The council reports the following`: the report's unattributed figures are the council's, attributed ones keep
    their own source; a body merely mentioned in the opening does not issue the report."""
    report = ("The National Disaster Risk Reduction and Management Council (NDRRMC) reports the following as of 6:00 AM.\n\n"
              "A total of 17,800 families were pre-emptively evacuated in Albay, Philippines. "
              "About 2,000 people are staying in evacuation centres in Sorsogon, the IFRC said.\n\n")
    assert sources_of(report) == ["GOV", "IFRC"]
    mention = report.replace("reports the following as of 6:00 AM", "met on Monday")
    assert sources_of(mention) == [None, "IFRC"]
    released = report.replace("reports the following", "on Thursday released the following highlights")
    assert sources_of(released) == ["GOV", "IFRC"]


INTERVIEW = ("We spoke to Amal Hassan, the deputy minister for displaced people, about returns in Sudan.\n\n"
             "Q: How many people are displaced today?\n\n"
             "A: Our register has 2.1 million internally displaced people. About 400,000 have returned, the IOM says.\n\n")


def test_an_interview_answer_is_the_interviewees():
    """In a question-and-answer interview an unattributed answer is the interviewee's; an attributed one keeps its source."""
    assert sources_of(INTERVIEW) == ["GOV", "IOM"]
    assert sources_of(INTERVIEW.replace("Q: ", "").replace("A: ", "")) == [None, "IOM"]


def test_an_interviewee_who_spoke_to_us_is_the_subject():
    """`X, UNHCR's representative, spoke to us`: the one who spoke answers, not the newspaper spoken to."""
    text = ("Karim Haddad, UNHCR's deputy regional director, spoke to us in Amman.\n\n"
            "Q: How many refugees is Jordan hosting?\n\nA: About 630,000 Syrian refugees are registered in Jordan.\n\n")
    assert sources_of(text) == ["UNHCR"]
    gave = ("Rhineland-Palatinate's interior minister, Klaus Reimers, gave a radio interview on Saturday.\n\n"
            "Minister, how many people have had to leave their homes?\n\n"
            "About 10,000 people have been evacuated in Germany since Wednesday.\n\n"
            "Where are they staying?\n\nAbout 1,800 people are staying in emergency shelters in Sinzig, Germany.\n\n")
    assert sources_of(gave) == ["GOV", "GOV"]
    place = ("Our correspondent has reached Khalanga, the district headquarters.\n\nWhere are people staying?\n\n"
             "About 250 families are staying in a school in Khalanga, Nepal.\n\nAnd the roads?\n\n"
             "About 400 people were evacuated from Barekot, Nepal.\n\n")
    assert sources_of(place) == [None, None]


def test_a_transcript_speaker_speaks_for_the_body_named_with_them():
    """`VILLAREAL:` after `a briefing with NDRRMC spokesperson Ma. Teresa Villareal`: the labelled speaker's answers are
    the body's, whether the body comes before the name or the lead describes them by role only."""
    text = ("Below is a transcript of the briefing with NDRRMC spokesperson Ma. Teresa Villareal.\n\n"
            "Q: How many are displaced?\n\nVILLAREAL: We have 528,000 displaced persons in the Philippines.\n\n")
    assert sources_of(text) == ["GOV"]
    lead = ("The head of the International Organization for Migration's mission in Haiti told journalists on Tuesday that "
            "gangs had taken more districts.\n\nPablo Serrano-Vidal spoke by video link from Port-au-Prince.\n\n"
            "SERRANO-VIDAL: Across the country we have 362,551 internally displaced people in Haiti.\n\n"
            "Q: Are the sites safe?\n\nSERRANO-VIDAL: No. About 2,000 displaced people had to flee again in Solino, Haiti.\n\n")
    assert sources_of(lead) == ["IOM", "IOM"]
    welcome = ("The guest is Rania Haddad, deputy representative of the UN refugee agency UNHCR in Jordan.\n\n"
               "HOST: Rania Haddad, welcome. Eight months after the change of government, how many have left?\n\n"
               "HADDAD: About 135,000 Syrian refugees have returned from Jordan since December.\n\n")
    assert sources_of(welcome) == ["UNHCR"]


def test_a_surname_after_a_quotation_speaks_for_the_body_named_with_it():
    """`"...," Dhakal said` after `The Home Ministry's spokesperson, Laxman Prasad Dhakal,` or after `ministry spokesperson
    Laxman Prasad Dhakal` in a story of the Home Ministry."""
    apposed = ("The Home Ministry's spokesperson, Laxman Prasad Dhakal, spoke to reporters.\n\n"
               '"Around 530,000 houses are damaged in Nepal," Dhakal said.')
    assert sources_of(apposed) == ["GOV"]
    referred = ("The Home Ministry said the count was rising.\n\nThe toll reached 4,349, ministry spokesperson Laxman Prasad Dhakal "
                'told a news conference.\n\n"Around 530,000 houses are damaged in Nepal," Dhakal said.')
    assert sources_of(referred) == ["GOV"]


def test_the_next_sentence_names_who_gave_the_counts():
    """`The figures come from ...`, `That is according to ...`, `So says ...`, `X gave the figure ...` right after a
    sentence that names no source: the counts are that body's; a sentence after that is about something else is not."""
    for follow, code in [("The estimate comes from the Higher Relief Council, the government body coordinating the response.", "GOV"),
                         ("That is according to the UN humanitarian office, OCHA, which warned of cholera.", "OCHA"),
                         ("So says the International Organization for Migration, whose teams visited 110 sites.", "IOM"),
                         ("The IOM, which has a team in the east, gave the figure in its latest update.", "IOM"),
                         ("The Higher Relief Council met on Monday to plan the response.", None)]:
        body = "Up to 800,000 people have been displaced in Lebanon since the fighting began. " + follow
        assert sources_of(body) == [code], follow


def test_a_surname_in_its_own_clause_speaks_for_the_title_given_with_it():
    """`Farouq, who spoke at a briefing in Abuja, said` after `The Minister of Humanitarian Affairs, Disaster Management
    and Social Development, Sadiya Umar Farouq, said`: the minister speaks again, for the state."""
    body = ("The Minister of Humanitarian Affairs, Disaster Management and Social Development, Sadiya Umar Farouq, said the "
            "floods had killed 603 people in Nigeria. Farouq, who spoke at a briefing in Abuja, said 82,053 houses had been "
            "destroyed in Nigeria.")
    assert sources_of(body) == ["GOV"]


def test_a_press_release_mentioned_in_passing_is_no_release():
    """Only a release's opening or closing says what it is; a story quoting one keeps its own unattributed figures."""
    story = ("UNICEF warned of cholera in camps in Kenya.\n\nAbout 12,000 people were displaced by floods in Garissa, Kenya.\n\n"
             "Schools were closed.\n\nRoads were cut.\n\nMarkets were shut.\n\nClinics ran short of medicine.\n\n"
             "In a press release, the Kenya Red Cross said its teams were in the field.\n\nRains are forecast.\n\n"
             "Officials met on Monday.\n\nTalks continue.")
    assert sources_of(story) == [None]


def test_a_surname_speaks_in_the_role_first_given():
    """`Mr Kaiyo said`: the district administrator named earlier, not some other person."""
    body = ("Fighting in Enga, Papua New Guinea, has displaced 1,500 people, district administrator John Kaiyo said. "
            "Mr Kaiyo said at least 130 houses had been burnt down.")
    assert sources_of(body) == ["GOV", "GOV"]


def test_an_acronym_defined_later_in_the_article():
    """`..., DMC says` in a lead speaks for the body the article defines further down."""
    body = ("About 38,214 persons are in safety centres in Sri Lanka, DMC says.\n\n"
            "Heavy rains continued, the Disaster Management Centre (DMC) said.")
    assert sources_of(body) == ["GOV"]
