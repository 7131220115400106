"""Source attribution: organisations, officials and people, normalised to the guide's codes."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.extract.sources import (SourceMention, defined_acronyms, find_references, find_sources, is_person,
                                     resolve_references, source_code)


def _codes(text):
    return [(m.code, m.surface) for m in find_sources(text)]


CASES = [
    ("The camp's emergency room said 60 shelters had burned.", [("OTHER", "The camp's emergency room")]),
    ("Local resistance committees said 3,000 people fled.", [("OTHER", "Local resistance committees")]),
    ("Heavy rains destroyed about 1,100 shelters in Mbera, according to the camp's refugee committee.",
     [("OTHER", "the camp's refugee committee")]),
    ("About 300 families arrived this week, the displaced committee said.", [("OTHER", "the displaced committee")]),
    ("The public school teachers' league said about 7,000 of its members had been forced from their homes.",
     [("OTHER", "The public school teachers' league")]),
    ("The Tlachinollan human rights centre, based in Tlapa, said at least 2,000 people had fled.",
     [("OTHER", "The Tlachinollan human rights centre")]),
    ("About 1,600 families returned, officials of the Commissionerate for Afghan Refugees said.",
     [("GOV", "officials"), ("GOV", "Commissionerate for Afghan Refugees")]),
    ("About 4,000 people were in evacuation centres, according to Resilience Queensland.", [("GOV", "Resilience Queensland")]),
    ("About 7,300 families have returned, according to the Coordination Headquarters.", [("GOV", "Coordination Headquarters")]),
    ("About 300 families fled to the hills, the township chief said.", [("GOV", "township chief")]),
    ("By midday, the regional prefecture said, about 800 people had been taken to shelters.", [("GOV", "regional prefecture")]),
    ("According to the camp-in-charge office, the fire left around 2,000 people homeless.",
     [("GOV", "camp-in-charge office")]),
    ("The humanitarian aid commission said 2,400 families were staying in schools.", [("GOV", "humanitarian aid commission")]),
    ("The social assistance secretariat said 150 families were in shelters.", [("GOV", "social assistance secretariat")]),
    ("The Keta municipal assembly said 600 houses had been destroyed.", [("GOV", "Keta municipal assembly")]),
    ("About 1,000 residents returned home, the Cabildo said.", [("GOV", "Cabildo")]),
    ("Nearly 1,800 households fled after the killing of several village chiefs, the ICRC said.", [("ICRC", "ICRC")]),
    ("Church leaders in Intan Jaya regency said more than 1,000 villagers had fled their homes.",
     [("OTHER", "Church leaders")]),
    ("A shelter run by the diocese is housing 60 families from drought-hit villages, the parish priest said.",
     [("OTHER", "the parish priest")]),
    ("The dam overflowed on Saturday, prompting the county to order the evacuation of about 6,400 residents.",
     [("GOV", "county")]),
    ("Bailiffs evicted some 2,300 households in the year to March, according to city data.",
     [("GOV", "city data")]),
    ("Some 8,000 people were in shelters at the peak of the storm, state figures show.",
     [("GOV", "state figures")]),
    ("The town's own tally puts the number of people sleeping rough at about 1,900.",
     [("GOV", "town's own tally")]),
    ("The Lusaka Water and Sewerage Resettlement Board said 640 families had been moved.",
     [("GOV", "Lusaka Water and Sewerage Resettlement Board")]),
    ("The Kenya Human Rights Commission said 3,000 people were evicted.",
     [("OTHER", "Kenya Human Rights Commission")]),
    ("About 90 people slept in two shelters overnight, Hazard Management Anguilla said.",
     [("GOV", "Hazard Management Anguilla")]),
    ("Some 2,000 families remain in the camps, according to the Provincial Crisis Coordination Centre.",
     [("GOV", "Provincial Crisis Coordination Centre")]),
    ("By midday Sunday, the Marikina City disaster risk reduction office said 5,960 families had been evacuated.",
     [("GOV", "Marikina City disaster risk reduction office")]),
    ("About 2,300 families had moved back into their repaired homes, the three town halls say.", [("GOV", "three town halls")]),
    ("The National Disaster Risk Reduction & Management Council said 300 families had fled.",
     [("GOV", "National Disaster Risk Reduction & Management Council")]),
    ("Mennonite Central Committee said 300 families had fled the district.", [("OTHER", "Mennonite Central Committee")]),
    ("Source: District Disaster Management Branch, Darbhanga", [("GOV", "Disaster Management Branch")]),
    ("The Central Water Commission has warned that 300 villages could be flooded.", [("GOV", "Central Water Commission")]),
    ("Municipal risk management teams evacuated about 350 people from the area on Monday.",
     [("GOV", "Municipal risk management teams")]),
    ("About 1,100 people were staying in 14 shelters across the region, the regional intendant said.",
     [("GOV", "regional intendant")]),
    ("The Ogiek Peoples' Development Program (OPDP) said more than 700 Ogiek had been evicted.",
     [("OTHER", "Ogiek Peoples' Development Program")]),
    ("Kenyan administrators in Narok County said about 2,000 Maasai had crossed into Narok.",
     [("GOV", "Kenyan administrators")]),
    ("Joseph Kirui, a 60-year-old elder from Nkoben, said more than 400 houses had been burned.",
     [("OTHER", "Joseph Kirui")]),
    ("Government Chief Spokesperson Mobhare Matinyi said 116 people had been injured.",
     [("GOV", "Government Chief Spokesperson Mobhare Matinyi")]),
    ("Bulldozers tore down about 280 dwellings, the delegation said.", [("REF", "the delegation")]),
    ("About 180 evicted families were sleeping in classrooms, according to a community leader, Musiliu Adebayo.",
     [("OTHER", "Musiliu Adebayo")]),
    ("About 1,200 people are sheltering at a school in Porgera, according to parish priest Father Michael Yalya.",
     [("OTHER", "Michael Yalya")]),
    ("The Mexican Commission for the Defense and Promotion of Human Rights (CMDPDH) counted 390,000 people displaced.",
     [("OTHER", "Mexican Commission for the Defense and Promotion of Human Rights")]),
    ("The Secretariat of Human Rights said 300 people had fled the municipality.", [("GOV", "Secretariat of Human Rights")]),
    ("The Manitoba Interfaith Immigration Council said 90 families had settled in Winnipeg.",
     [("OTHER", "Manitoba Interfaith Immigration Council")]),
    ("SK Engineering & Construction, the South Korean firm building the dam, said its workers had evacuated 300 villagers.",
     [("OTHER", "SK Engineering & Construction")]),
    ("Nghe An province, where the storm made landfall on Monday, reported 1,240 houses damaged.", [("GOV", "Nghe An")]),
    ("The provincial hall said another 1,200 families in the commune had fled their homes.", [("GOV", "provincial hall")]),
    ("The Vanuatu Christian Council said 640 evacuees returned home on chartered boats.",
     [("OTHER", "Vanuatu Christian Council")]),
    ("About 600 people had arrived at the compound since Sunday, church workers said.", [("OTHER", "church workers")]),
    ("Caritas Papua New Guinea said another 90 families had fled their homes along the edge of the debris.",
     [("OTHER", "Caritas Papua New Guinea")]),
    ("ADRA said at least 120 families on Erromango had lost their homes.", [("OTHER", "ADRA")]),
    ("In Rakiraki, the minister of the local Methodist church said his church hall was sheltering 350 people.",
     [("OTHER", "the minister of the local Methodist church")]),
    ("New Britain Palm Oil, one of the province's biggest employers, said about 1,500 workers had been moved out.",
     [("OTHER", "New Britain Palm Oil")]),
    ("Annapurna rural municipality has ordered 35 families living on the cracked slope to leave their homes.",
     [("GOV", "Annapurna rural municipality")]),
    ("About 250 people living along the river were also evacuated, the dzongkhag's disaster focal person said.",
     [("GOV", "dzongkhag's disaster focal person")]),
    ("Twenty-two families were evacuated on Saturday night as the river rose, said the Tading gup, Nar Bahadur Rai.",
     [("GOV", "Tading gup")]),
    ("Some 1,200 people began returning home on Monday, according to the Mongla Port Authority.",
     [("GOV", "Mongla Port Authority")]),
    ("An Air Force of Zimbabwe helicopter airlifted 86 people from an island of dry land.",
     [("GOV", "Air Force of Zimbabwe")]),
    ("The army's 7th Infantry Regiment said 1,450 of them had returned by Thursday.",
     [("GOV", "army"), ("GOV", "Infantry Regiment")]),
    ("\"We have 143 families sleeping in this gym,\" said Rolando Tabuzo, captain of Barangay San Isidro.",
     [("OTHER", "Rolando Tabuzo"), ("GOV", "captain of Barangay")]),
    ("About 300 families are staying in the school, said Pham Van Thanh, chairman of a coastal commune.",
     [("OTHER", "Pham Van Thanh"), ("GOV", "chairman of a coastal commune")]),
    ("The chairman of the football club said 300 fans had been evacuated from the stadium.", []),
    ("About 1,000 flood victims sleep at the gym each night, said volunteer coordinator Juliana Ferreira.",
     [("OTHER", "Juliana Ferreira")]),
    ("About 300 families have fled the hills since Friday, said community leader Musa Ibrahim.",
     [("OTHER", "Musa Ibrahim")]),
    ("About 1,000 people were evacuated overnight, said police spokesman John Mwangi.",
     [("GOV", "police spokesman John Mwangi")]),
    ("In total, the Central African Republic counts 489,000 internally displaced people, according to UNHCR figures.",
     [("UNHCR", "UNHCR figures")]),
    ("Hon. Kulang said the number of returnees at the transit centre had exceeded 20,000.",
     [("GOV", "Hon. Kulang")]),
    ("Honourable Mary Akol said 300 families had returned to Bor.",
     [("GOV", "Honourable Mary Akol")]),
    ("Mary Akol said 300 families had returned to Bor.",
     [("OTHER", "Mary Akol")]),
    ("Azerbaijan still counts more than 650,000 people as internally displaced.",
     [("GOV", "Azerbaijan")]),
    ("Armenia has just revised its tally: 70,500 people have now crossed into the country.",
     [("GOV", "Armenia")]),
    ("According to the Palestinian ambassador in Cairo, about 110,000 Gazans have crossed into Egypt.",
     [("GOV", "Palestinian ambassador")]),
    ("More than 232,000 people were forced to evacuate at some point, according to federal figures.",
     [("GOV", "federal figures")]),
    ("About 5,000 returnees were waiting at the transit centre on Sunday, camp officials said.",
     [("GOV", "camp officials")]),
    ("Camp authorities moved 2,000 residents of shelters on steep slopes to safer blocks.",
     [("GOV", "Camp authorities")]),
    ("The site now shelters about 900 households, camp leaders said.",
     [("OTHER", "camp leaders")]),
    ("On Wednesday, the regency ordered the evacuation of about 11,000 people living near the crater.",
     [("GOV", "regency")]),
    ("About 3,000 people have fled the villages, according to the regency.",
     [("GOV", "regency")]),
    ("Some 4,200 displaced families are staying in schools, the governorate's relief committee said.",
     [("GOV", "governorate's relief committee")]),
    ("The city's housing department said 300 families had been evicted.",
     [("GOV", "The city's housing department")]),
    ("The agency's Executive Secretary, Alhaji Muhammed Yakubu, said 52 camps had been opened.",
     [("REF", "The agency's Executive Secretary, Alhaji Muhammed Yakubu")]),
    ("The Commissioner for Reconstruction, Rehabilitation and Resettlement, Mr Ali Kachalla, said 1,260 returned.",
     [("GOV", "Commissioner for Reconstruction, Rehabilitation and Resettlement, Mr Ali Kachalla")]),
    ("The number of people in relief camps rose to 7.24 lakh, the Chief Minister's Office said.",
     [("GOV", "Chief Minister's Office")]),
    ("Disaster management secretary Ranjit Kumar Sinha said 296 families had been shifted.",
     [("GOV", "Disaster management secretary Ranjit Kumar Sinha")]),
    ("About 1,600 people were staying in nine camps, the panchayat secretary said.", [("GOV", "panchayat secretary")]),
    ("As many as 1,200 residents were evacuated, the district magistrate said.", [("GOV", "district magistrate")]),
    ("Its bulletin on Friday said 2,011 people were staying in 22 relief camps.", [("REF", "Its bulletin")]),
    ("The container city now houses 2,312 families, said Hasan Yildiz, the AFAD official who runs the site.",
     [("GOV", "Hasan Yildiz, the AFAD official")]),
    ("About 7 lakh people were in cyclone shelters on Saturday, the Special Relief Commissioner's office said.",
     [("GOV", "Special Relief Commissioner")]),
    ("Some 16,500 houses had been damaged, relief commissioner Harshad Patel said.",
     [("GOV", "commissioner Harshad Patel")]),
    ("Emmanuel Nfor, a community leader in Bambui, said about 3,000 people had fled.", [("OTHER", "Emmanuel Nfor")]),
    ("Father Jean-Claude Ngaïkoto, a priest in Bangassou, said 1,500 residents had taken refuge.",
     [("OTHER", "Jean-Claude Ngaïkoto")]),
    ("Boats evacuated about 700 people from Gatumba on Tuesday, Radio Isanganiro reported.", [("OTHER", "Radio Isanganiro")]),
    ("About 90 families found refuge in the town, said Alvaro Rosero, the town's personero.",
     [("GOV", "Alvaro Rosero, the town's personero")]),
    ("The gouverneur of Kankan region, General Mamadi Condé, said 3,150 people were homeless.",
     [("GOV", "gouverneur of Kankan region, General Mamadi Condé")]),
    ("The Camp Coordination and Camp Management (CCCM) cluster said 6,240 shelters had been destroyed.",
     [("UN", "Camp Coordination and Camp Management (CCCM) cluster")]),
    ("The Shelter Cluster said 300 homes were damaged.", [("UN", "Shelter Cluster")]),
    ("Some 1,400 houses had collapsed across the province, the civil affairs department said.",
     [("GOV", "civil affairs department")]),
    ("About 40 homes burned, the emergency management bureau reported.", [("GOV", "emergency management bureau")]),
    ("The Kalehe civil society coordination, a local umbrella group, said 30 houses were burnt.",
     [("OTHER", "The Kalehe civil society coordination")]),
    ("At least 10 houses were burned down, according to the town's civil society coordination.",
     [("OTHER", "the town's civil society coordination")]),
    ("Tens of thousands have fled, according to civil society in Beni.", [("OTHER", "civil society in Beni")]),
    ("He has worked with civil society for years.", []),
    ("The General Coordination for Displaced Persons and Refugees, a local group, said on Sunday that 300 shelters burned.",
     [("OTHER", "The General Coordination for Displaced Persons and Refugees")]),
    ("More than 48,000 people have returned, the Russian peacekeeping command said.",
     [("GOV", "Russian peacekeeping command")]),
    ("The shelter was holding 4,300 people, the city's shelter coordinator said.", [("GOV", "city's shelter coordinator")]),
    ("Source: Norte de Santander Governor's Office", [("GOV", "Norte de Santander Governor's Office")]),
    ("Inside Mali, the UN humanitarian office OCHA said attacks and military operations had forced 15,000 people to flee.",
     [("OCHA", "UN humanitarian office"), ("OCHA", "OCHA")]),
    ("The Relief and Rehabilitation Commission said 3,000 people had crossed.",
     [("GOV", "Relief and Rehabilitation Commission")]),
    ("ARRA said 9,200 South Sudanese had crossed into Ethiopia at the Pagak entry point.", [("GOV", "ARRA")]),
    ("Some 5,200 people had been moved to hotels in Kanazawa, according to prefectural data.",
     [("GOV", "prefectural data")]),
    ("Ash damaged more than 300 houses on Tagulandang, the head of Sitaro regency said.",
     [("GOV", "head of Sitaro regency")]),
    ("Fifty-two houses were damaged in overnight shelling in the district, the SSP told reporters.", [("GOV", "SSP")]),
    ("The head of the household said 12 people had fled.", []),
    ("The International Organization for Migration counted 12,000 displaced.",
     [("IOM", "International Organization for Migration")]),
    ("About 5,000 fled, according to the UN's International Organisation for Migration.",
     [("IOM", "UN's International Organisation for Migration")]),
    ("The UN migration agency said 4,000 were displaced.", [("IOM", "UN migration agency")]),
    ("IOM's Displacement Tracking Matrix recorded 9,000 people.",
     [("IOM", "IOM"), ("IOM", "Displacement Tracking Matrix")]),
    ("The UN refugee agency said 8,000 crossed.", [("UNHCR", "UN refugee agency")]),
    ("UNHCR registered 3,000 new arrivals.", [("UNHCR", "UNHCR")]),
    ("The refugee agency said the camp was full.", [("UNHCR", "refugee agency")]),
    ("OCHA, the UN's humanitarian coordination office, said 20,000 were displaced.",
     [("OCHA", "OCHA"), ("OCHA", "UN's humanitarian coordination office")]),
    ("The UN humanitarian office reported 7,000 in shelters.",
     [("OCHA", "UN humanitarian office")]),
    ("The UN children's agency said 2,000 children fled.", [("UNICEF", "UN children's agency")]),
    ("The World Food Programme fed 30,000 people.", [("WFP", "World Food Programme")]),
    ("The World Health Organization warned of cholera.", [("WHO", "World Health Organization")]),
    ("The International Committee of the Red Cross visited the camp.",
     [("ICRC", "International Committee of the Red Cross")]),
    ("The Bangladesh Red Crescent moved 1,000 people.", [("IFRC", "Bangladesh Red Crescent")]),
    ("The Philippine Red Cross said 500 families were evacuated.",
     [("IFRC", "Philippine Red Cross")]),
    ("Red Crescent volunteers helped 300 families.", [("IFRC", "Red Crescent")]),
    ("The Norwegian Refugee Council said 10,000 returned.", [("NRC", "Norwegian Refugee Council")]),
    ("The Internal Displacement Monitoring Centre recorded 1 million displacements.",
     [("IDMC", "Internal Displacement Monitoring Centre")]),
    ("Doctors Without Borders treated the wounded.", [("MSF", "Doctors Without Borders")]),
    ("Médecins Sans Frontières ran the clinic.", [("MSF", "Médecins Sans Frontières")]),
    ("UNRWA said 1.4 million were sheltering in its schools.", [("UNRWA", "UNRWA")]),
    ("The United Nations estimates 2 million are displaced.", [("UN", "United Nations")]),
    ("UNDP and UN-Habitat said 900 homes were destroyed.", [("UN", "UNDP"), ("UN", "UN-Habitat")]),
    ("U.N. officials said 4,000 fled.", [("UN", "U.N. officials")]),
    ("The National Disaster Management Authority said 40,000 houses collapsed.",
     [("GOV", "National Disaster Management Authority")]),
    ("The NDRRMC said 120,000 were in evacuation centres.", [("GOV", "NDRRMC")]),
    ("The Shire of Broome said 230 people had been moved to Derby.", [("GOV", "Shire of Broome")]),
    ("Alberta Wildfire says 20 homes burned down in Fox Lake.", [("GOV", "Alberta Wildfire")]),
    ("About 130,000 people live in camps, the Joint Crisis Coordination Centre, a body of the Kurdistan Regional Government, "
     "said.", [("GOV", "Joint Crisis Coordination Centre"), ("GOV", "Kurdistan Regional Government")]),
    ("Revenue department figures show that about 430 houses were destroyed.", [("GOV", "Revenue department")]),
    ("The site hosts 38,400 people, according to the provincial delegation for social action.",
     [("GOV", "the provincial delegation for social action")]),
    ("About 32,160 houses were destroyed, according to the regional directorates of civil protection.",
     [("GOV", "the regional directorates of civil protection")]),
    ("The Health Department said 300 people were evacuated.", [("GOV", "Health Department")]),
    ("DROMIC lists 3,920 houses as totally damaged.", [("GOV", "DROMIC")]),
    ("Bushfire Recovery Victoria says 61 households remain displaced.", [("GOV", "Bushfire Recovery Victoria")]),
    ("About 8,000 people are still in Mizoram, according to the Mizoram home department.",
     [("GOV", "the Mizoram home department")]),
    ("The Khyber Pakhtunkhwa relief department says 6,540 families were registered as displaced.",
     [("GOV", "The Khyber Pakhtunkhwa relief department")]),
    ("In the village of Firuraq, at least 60 families lost their homes, the village head said.", [("GOV", "the village head")]),
    ("The Catholic parish of San Pedro Apóstol said 38 people were staying in its hall.",
     [("OTHER", "The Catholic parish of San Pedro Apóstol")]),
    ("In the north, the Pastoral Social, a Catholic church charity, said it was housing 45 displaced people.",
     [("OTHER", "Pastoral Social")]),
    ("Caritas Brasileira's regional office said it had registered 2,300 families.",
     [("OTHER", "Caritas"), ("OTHER", "regional office")]),
    ("Since the rains began, Cáritas teams have registered 1,035 families.", [("OTHER", "Cáritas teams")]),
    ("The Kharkiv-based charity Svitlo Nadii said 2,350 evacuees had passed through.",
     [("OTHER", "The Kharkiv-based charity Svitlo Nadii")]),
    ("The national disaster prevention system said 62,000 people were in shelters.",
     [("GOV", "The national disaster prevention system")]),
    ("About 1,200 people are sheltering in a monastery, the Sagaing Youth Volunteers network told us.",
     [("OTHER", "the Sagaing Youth Volunteers network")]),
    ("About 400 families have lost their homes, the indigenous women's association AMICC said.",
     [("OTHER", "the indigenous women's association AMICC")]),
    ("The trust estimates that 4,000 families have lost their homes.", [("REF", "The trust")]),
    ("Figures from the NSW Department of Communities and Justice show 1,900 people in centres.",
     [("GOV", "NSW Department of Communities and Justice")]),
    ("Emergency Management B.C. said nearly 17,000 people had been displaced.", [("GOV", "Emergency Management B.C.")]),
    ("The Ombudsperson said around 31,000 people had returned.", [("GOV", "Ombudsperson")]),
    ("According to the Defensoría, some 58,000 remain displaced.", [("GOV", "Defensoría")]),
    ("In Ndop, the divisional officer said fighters had burned 48 houses.", [("GOV", "the divisional officer")]),
    ("About 160 families remain in the shelter, according to the municipal victims' office.",
     [("GOV", "the municipal victims' office")]),
    ("The Catholic bishop of Pemba said 1,000 homes had been burned.", [("OTHER", "The Catholic bishop of Pemba")]),
    ("The Presbyterian Church in Cameroon says it hosts 2,600 displaced people.",
     [("OTHER", "The Presbyterian Church in Cameroon")]),
    ("The Diocese of Quibdó's social pastoral office reported that 300 families had fled.",
     [("OTHER", "The Diocese of Quibdó's social pastoral office")]),
    ("The Mexican Commission for the Defence and Promotion of Human Rights (CMDPDH), a non-governmental group, counted "
     "9,700 people displaced.", [("OTHER", "Mexican Commission for the Defence and Promotion of Human Rights")]),
    ("In Sogakope, 150 families have lost their homes, the municipal assembly said.", [("GOV", "municipal assembly")]),
    ("The Keta Municipal Assembly said 300 people had moved to a school.", [("GOV", "Keta Municipal Assembly")]),
    ("The Borough of Bergen said 90 homes were flooded.", [("GOV", "Borough of Bergen")]),
    ("Pakistani authorities evacuated 6,000 people.", [("GOV", "Pakistani authorities")]),
    ("Jordan's interior ministry said 2,000 had arrived.",
     [("GOV", "Jordan's interior ministry")]),
    ("Provincial rescue officials moved 800 people.", [("GOV", "Provincial rescue officials")]),
    ("The governor said 300 houses burned, the army added.",
     [("GOV", "governor"), ("GOV", "army")]),
    ("Border guards counted 10,000 arrivals, police said.",
     [("GOV", "Border guards"), ("GOV", "police")]),
    ("The government said 50,000 remained in camps.", [("GOV", "government")]),
    ("Save the Children said 3,000 children were displaced.", [("OTHER", "Save the Children")]),
    ("Human Rights Watch documented 200 burned homes.", [("OTHER", "Human Rights Watch")]),
    ("Oxfam and CARE distributed tents.", [("OTHER", "Oxfam"), ("OTHER", "CARE")]),
    ("The Karamoja Peace Network said 600 families fled.", [("OTHER", "Karamoja Peace Network")]),
    ("Maria Lopez, a spokesperson for the Tegucigalpa Relief Group, said 90 homes collapsed.",
     [("OTHER", "Tegucigalpa Relief Group")]),
    ("Grace Mutua, a mother of four, said 90 homes collapsed.", [("OTHER", "Grace Mutua")]),
    ("Police spokesman Musa Bello said 800 fled.", [("GOV", "Police spokesman Musa Bello")]),
    ("UNHCR spokesperson Olga Sarrado said 4,000 crossed.",
     [("UNHCR", "UNHCR spokesperson Olga Sarrado")]),
    ("The Syrian Democratic Forces said 8,000 fled.", [("OTHER", "Syrian Democratic Forces")]),
    ("The agency said 4,000 more had arrived.", [("REF", "The agency")]),
    ("It said 1,200 people were sheltering.", [("REF", "It said")]),
    ("Initial reports showed 200 houses damaged.", []),
    ("Heavy rain fell for three days.", []),
    ("Colombia's disaster management department said 700 fled.", [("GOV", "Colombia's disaster management department")]),
    ("They crossed into Colombia's Norte de Santander department.", []),
    ("A tally by the Ethiopian Human Rights Council put it at 3,200.", [("OTHER", "Ethiopian Human Rights Council")]),
    ("The UN Human Rights Council said 3,200 fled.", [("UN", "UN Human Rights Council")]),
    ("Sixteen homes burned down, the prefect said.", [("GOV", "prefect")]),
    ("Gendarmes evacuated 1,500 campers.", [("GOV", "Gendarmes")]),
    ("Firefighters said they had evacuated 350 people.", [("GOV", "Firefighters")]),
    ("The firefighters union said 350 homes burned.", []),
    ("Emergency Management Victoria said 46 homes had been destroyed.", [("GOV", "Emergency Management Victoria")]),
    ("Germany hosted 1.3 million of them, the EU statistics office said.", [("GOV", "EU statistics office")]),
    ("About 4.3 million held temporary protection, according to Eurostat.", [("GOV", "Eurostat")]),
    ("Ukrainian consular data suggest 20,000 have gone back.", [("GOV", "Ukrainian consular data")]),
    ("Some 5.1 million people remain displaced, the survey found.", [("REF", "the survey")]),
    ("Aid groups say more than 1,200 of the arrivals are children.", []),
    ("The humanitarian coordinator in the CAR, Mohamed Ag Ayoya, said 489,000 were displaced.",
     [("UN", "humanitarian coordinator in the CAR, Mohamed Ag Ayoya")]),
    ("According to the same source, 1,264 houses were washed away.", [("REF", "According to the same source")]),
    ("About 12,000 people have been moved, the province's disaster control committee said.",
     [("GOV", "the province's disaster control committee")]),
    ("About 1,300 households went back, the city's people's committee said.", [("GOV", "the city's people's committee")]),
    ("The City of Johannesburg said about 180 shacks had been demolished.", [("GOV", "City of Johannesburg")]),
    ("The Sylhet City Corporation said 2,500 people returned home.", [("GOV", "Sylhet City Corporation")]),
    ("Hillsborough Fire Rescue said 300 people were moved.", [("GOV", "Hillsborough Fire Rescue")]),
    ("Lava destroyed 1,345 homes, according to the land registry.", [("GOV", "land registry")]),
    ("The Hellenic Chamber of Hotels estimated that 10,000 of those evacuated were tourists.",
     [("OTHER", "Hellenic Chamber of Hotels")]),
    ("The Regent of Cianjur, Herman Suherman, said 13,000 people had fled.", [("GOV", "Regent of Cianjur, Herman Suherman")]),
    ("Soldiers evacuated 18,000 people, the Inter Services Public Relations (ISPR) said.",
     [("GOV", "Soldiers"), ("GOV", "Inter Services Public Relations"), ("GOV", "ISPR")]),
    ("In Mizoram, the State Home department said 11,832 people had fled to the State.", [("GOV", "the State Home department")]),
    ("The Chickasaw Nation said it housed 60 people.", [("GOV", "Chickasaw Nation")]),
    ("In her ruling, Judge Nolwazi Mbatha said 130 people had been left homeless.", [("GOV", "Judge Nolwazi Mbatha")]),
    ("The High Court said 130 people had been left homeless.", [("GOV", "High Court")]),
    ("Rescue 1122 said it evacuated 6,250 people by boat.", [("GOV", "Rescue 1122")]),
    ("Richmond Valley Council says about 150 people are staying at the evacuation centre.",
     [("GOV", "Richmond Valley Council")]),
    ("According to the General Inspectorate for Immigration, 4,100 Ukrainians have applied for asylum.",
     [("GOV", "General Inspectorate for Immigration")]),
    ("The Danish Refugee Council said 300 people fled.", [("OTHER", "Danish Refugee Council")]),
    ("The Dhaka North City Corporation said 300 families were evicted.", [("GOV", "Dhaka North City Corporation")]),
    ("The Shell Petroleum Development Corporation said 300 staff left.", [("OTHER", "Shell Petroleum Development Corporation")]),
    ("The United States said its forces had evacuated more than 110,000 people.", [("GOV", "The United States")]),
    ("Denmark is home to about 35,000 Syrian refugees, according to Statistics Denmark.", [("GOV", "Statistics Denmark")]),
    ("Utopia 56, which distributes tents in the area, said about 300 people were left homeless.", [("OTHER", "Utopia 56")]),
    ("PARIS, May 2 - Le Revers de la Medaille, a coalition of charities, said police had evicted about 300 people.",
     [("OTHER", "Le Revers de la Medaille"), ("GOV", "police")]),
    ("A lawmaker from the province told reporters that about 12,000 people had been displaced by drought.",
     [("GOV", "lawmaker")]),
    ("About 3,000 families were displaced, Kenyan legislator John Mbadi said.", [("GOV", "Kenyan legislator John Mbadi")]),
    ("Lawmakers debated a bill to help the 3,000 displaced families.", []),
    ("The Coalición Pro Defensa del Migrante, a network of shelters, estimates that 1,800 Haitians are stranded.",
     [("OTHER", "Coalición Pro Defensa del Migrante")]),
    ("The Pacific Conference of Churches, which has supported relocating communities, estimates that 1,200 people moved.",
     [("OTHER", "Pacific Conference of Churches")]),
    ("Ukraine's Ministry for Communities and Territories Development says 210,000 homes were damaged.",
     [("GOV", "Ukraine's Ministry for Communities and Territories Development")]),
    ("Justice Empowerment Initiatives said 800 houses were burned.", [("OTHER", "Justice Empowerment Initiatives")]),
    ("The Daily Nation reported that 300 families had fled.", []),
    ("Kenya's Daily Nation said 300 families had fled.", [("OTHER", "Kenya's Daily Nation")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_find_sources(text, expected):
    assert _codes(text) == expected


def test_mentions_are_in_text_order_with_offsets():
    text = "UNICEF and the World Food Programme said 300 families fled, officials said."
    mentions = find_sources(text)
    assert [m.code for m in mentions] == ["UNICEF", "WFP", "GOV"]
    for m in mentions:
        assert text[m.start:m.end] == m.surface
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))


@pytest.mark.parametrize("text,code", [
    ("UN refugee agency", "UNHCR"),
    ("International Committee of the Red Cross", "ICRC"),
    ("Red Cross", "IFRC"),
    ("Kenya Red Cross Society", "IFRC"),
    ("UN children's agency", "UNICEF"),
    ("UN Development Programme", "UN"),
    ("World Vision", "OTHER"),
    ("Egyptian officials", "GOV"),
    ("the weather", None),
])
def test_precedence_of_nested_names(text, code):
    assert source_code(text) == code


def test_role_words_join_the_organisation_mention():
    assert _codes("A Red Cross spokesperson said 70 homes burned.") == [
        ("IFRC", "Red Cross spokesperson")]
    assert _codes("Senior UN officials said 9,000 fled.") == [("UN", "UN officials")]


def test_said_marks_attribution_frames():
    said = {m.surface: m.said for m in find_sources(
        "Houses burned after the army retook the town, the governor said.")}
    assert said == {"army": False, "governor": True}
    (mention,) = find_sources("About 900 fled, according to the Norwegian Refugee Council.")
    assert mention.said


def test_a_country_speaking_is_its_government():
    assert _codes("Kenya says 5,000 have crossed.") == [("GOV", "Kenya")]


def test_find_references_returns_only_references():
    refs = find_references("The IOM said 3,000 fled. The organisation said more would follow.")
    assert [(r.code, r.surface) for r in refs] == [("REF", "The organisation")]


def test_civil_defence_group_is_not_government():
    assert _codes("The White Helmets, a civil defence group, said 40 homes collapsed.") == [
        ("OTHER", "White Helmets")]


def test_source_mention_is_a_frozen_value():
    mention = SourceMention("IOM", 0, 3, "IOM")
    with pytest.raises(AttributeError):
        mention.code = "UN"


def test_mentions_sharing_one_speech_verb_are_all_attributions():
    said = [m.said for m in find_sources(
        "The World Food Programme, UNICEF and the Norwegian Refugee Council said 5,000 fled.")]
    assert said == [True, True, True]


def test_a_named_armed_group_is_not_the_government():
    assert _codes("The Arakan Army said it had taken the town.")[0] == ("OTHER", "Arakan Army")
    assert _codes("Sudan's army said it had retaken the bridge.")[0] == ("GOV", "Sudan's army")


def test_a_place_in_apposition_is_not_a_person():
    assert _codes("Crowds reached Bunagana, a border town, on Monday.") == []


def test_a_country_after_a_preposition_does_not_speak():
    assert [c for c, _ in _codes("The health ministry in Chad says 800 died.")] == ["GOV"]


def test_resolve_references_uses_the_last_named_organisation():
    mentions = find_sources(
        "The National Disaster Management Authority said 900 houses fell. The agency said more.")
    assert [m.code for m in resolve_references(mentions)] == ["GOV", "GOV"]
    assert [m.code for m in resolve_references(find_sources("It said 40 fled."), "UNHCR")] == [
        "UNHCR"]
    assert [m.code for m in resolve_references(find_sources("It said 40 fled."))] == ["REF"]


@pytest.mark.parametrize("text,expected", [
    ("The UN Refugee Agency said 700 arrived.", [("UNHCR", "UN Refugee Agency")]),
    ("Aid officials said 300 families fled.", []),
    ("Taliban officials said 1,000 houses collapsed.", [("GOV", "Taliban officials")]),
    ("The Ministry of Disaster Management and Relief said 20,000 were moved.",
     [("GOV", "Ministry of Disaster Management and Relief")]),
    ("State media said 12,000 people were evacuated.", [("GOV", "State media")]),
])
def test_more_attributions(text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jean Mbala said the camp was full.", True),
    ("Amnesty International said the camp was full.", False),
    ("Civil Defence said the camp was full.", False),
    ("The Relief Network said the camp was full.", False),
])
def test_is_person_tells_names_from_bodies(text, expected):
    assert is_person(find_sources(text)[0]) is expected


@pytest.mark.parametrize("text, expected", [
    ("The National System for Disaster Prevention, Mitigation and Response (SINAPRED) met.", {"SINAPRED": "GOV"}),
    ("The Kenya Red Cross Society (KRCS) and the Sahel Relief Network (SRN) sent teams.", {"KRCS": "IFRC", "SRN": "OTHER"}),
    ("Fighting spread in the Democratic Republic of Congo (DRC) and the Central African Republic (CAR).", {}),
    ("The International Organization for Migration (IOM) said so.", {"IOM": "IOM"}),
    ("The Office of Civil Defense (OCD) in Western Visayas said so.", {"OCD": "GOV"}),
    ("Police said 900 people had fled since the Arakan Liberation Front (ALF) attacked. The ALF said 2,000 fled.",
     {"ALF": "OTHER"}),
    ("Since then, IOM DTM's Rapid Displacement Tracking (RDT) tool has recorded 300 households, it said.",
     {}),
])
def test_defined_acronyms_speak_for_the_body_they_stand_for(text, expected):
    assert defined_acronyms(text) == expected


def test_a_defined_acronym_is_a_mention_of_its_body():
    aliases = {"IGSU": "GOV"}
    assert [(m.code, m.surface) for m in find_sources("According to IGSU, 930 people were evacuated.", aliases)] == [
        ("GOV", "IGSU")]
    assert find_sources("According to IGSU, 930 people were evacuated.") == []


def test_a_person_described_by_a_role_in_a_body_speaks_for_it():
    text = '"Return has to be voluntary," said Marie Dubois, IOM Chief of Mission in Chad.'
    assert [(m.code, m.surface) for m in find_sources(text)] == [("IOM", "Marie Dubois, IOM")]


def test_a_title_is_read_whole_whatever_order_a_set_iterates_in():
    """`prime minister` is one mention, not `minister` alone, in every interpreter run: the order in which head words
    are tried must not depend on string hashing."""
    code = ("from tracker.extract.sources import find_sources; "
            "print([(m.code, m.surface) for m in find_sources(\"Tanzania's prime minister told parliament that the floods "
            "had destroyed 1,560 houses.\")])")
    root = Path(__file__).resolve().parent.parent
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 11, 27)}
    assert seen == {"[('GOV', \"Tanzania's prime minister\")]\n"}
