"""The words that tie a number to displacement: units, terms, non-figures and causes.

Patterns run on lower-cased text. Each term's cues are the wordings of the
annotation guide's term table, written as general English, not as sentences
of any one article.
"""
from __future__ import annotations

import re

def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    out, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        if ch == "[":
            end = pattern.index("]", i + 2 if pattern[i + 1] == "]" else i + 1)
            current += pattern[i:end + 1]
            i = end + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
        i += 1
    return out + [current]


_GUARDED_WORD = re.compile(r"((?:\(\?<[!=][^)]*\))+)\\b([a-z]+)(?![?*+{])")
"""`(?<!partially )\\bdestroy...`: a branch guarded by what stands before its first word."""


def _guard_after_word(branch: str) -> str:
    """`(?<!partially )\\bdestroy` as `\\bdestroy(?<!partially destroy)`: the same matches, but the guards are only
    tried where the word is, and the branch keeps the literal start the regex engine looks for first."""
    m = _GUARDED_WORD.match(branch)
    if m is None:
        return branch
    guards, word = m.group(1), m.group(2)
    moved = re.sub(r"\(\?<([!=])([^)]*)\)", lambda g: f"(?<{g.group(1)}{g.group(2)}{word})", guards)
    return rf"\b{word}{moved}" + branch[m.end():]


_SIMILE_GUARDS = "".join(f"(?<!as {w} {who} {aux} been )" for w in ("if", "though") for who in ("it", "they") for aux in ("has", "had", "have"))
"""`The town looks as if it has been shelled`: a war word in a simile tells of no war."""


_LANDING_GUARDS = "(?<!eye )(?<!storm )(?<!it )(?<!which )(?<!that )(?<!shells )(?<!shell )(?<!bombs )(?<!missiles )(?<!rockets )(?<!plane )(?<!flight )(?<!aircraft )(?<!displaced people )(?<!displaced persons )(?<!idps )"
"""`180 Rohingya came ashore`, but not a storm, a shell or a plane that landed, nor displaced people who stay so."""


def at_word_start(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a long alternation whose every branch starts at a word boundary with that boundary
    tested once, before any branch: the same matches, found about twice as fast."""
    branches = _alternatives(pattern)
    for branch in branches:
        assert re.match(r"(?:\(\?<[!=][^)]*\))*\\b", branch), branch
    return re.compile(rf"\b(?:{'|'.join(_guard_after_word(b) for b in branches)})", flags)


PEOPLE_NOUNS = frozenset("""
people ppl persons person individuals individual residents resident civilians civilian children child
kids women men villagers tourists visitors guests evacuees evacuee evictees evictee refugees refugee returnees returnee idps idp
displaced migrants migrant survivors workers students pupils farmers fishermen fishers fisherfolk miners citizens nationals holders servants
foreigners passengers patients pilgrims herders pastoralists others households household families holidaymakers holiday-makers vacationers campers hikers travellers travelers beachgoers teachers nurses doctors monks nuns traders vendors labourers laborers employees sinistrés sinistres sinistrados damnificados desabrigados desalojados deslocados ind inds indiv pax staff
family asylum-seekers seekers dwellers occupants locals newcomers arrivals new-arrivals inhabitants
islanders participants attendees scouts schoolchildren schoolgirls schoolboys learners tenants parishioners squatters pensioners minors orphans elderly girls boys adults infants babies teenagers youths detainees victims displacements inmates déplacés deplaces desplazados
""".split())
HOUSEHOLD_NOUNS = frozenset("households household families family fams hhs hh ménages menages".split())
HOUSE_NOUNS = frozenset("""
houses house homes home dwellings dwelling shelters residential housing
homesteads huts hut tukuls tukul apartments apartment flats residences residence shacks gers ger yurts yurt shanties shanty
""".split())
POPULATION_NOUNS = frozenset("inhabitants population residents".split())

NONFIGURE_NOUNS = frozenset("""
havens ecs outbuildings garages barns sheds stalls kiosks granaries silos stables
stations substations booths polling towers pylons poles transformers generators pumps boreholes bunkers trenches
personnel ports airports harbours harbors dams warehouses reservoirs km kilometres kilometers kilometre kilometer miles mile metres meters metre meter hectares hectare
acres acre square sq tonnes tons tonne ton kg kilograms litres liters mm cm degrees mph km/h kph
dollars euros pounds rupees francs shillings birr pesos yuan naira afghanis riyals dinars
percent per cent % years year months month weeks week days day hours hour minutes minute seconds
times decades decade centuries
cities city towns town villages village provinces province districts district states state regions
region counties county municipalities municipality governorates governorate communes localities
settlements hamlets hromadas communities barangays barangay upazilas upazila unions wards ward woredas woreda kebeles
cantons arrondissements sectors subdistricts sub-districts tehsils mandals neighbourhoods neighborhoods localities islands
camps camp sites site centres centers centre center schools school hospitals hospital clinics
facilities facility mosques churches tents tent kits blankets meals doses beds wells latrines
trucks truck lorries vehicles vehicle buses bus boats boat flights flight planes plane aircraft
helicopters helicopter convoys trains ships ferries vessels vessel canoes gates crossings checkpoints
livestock cattle animals goats sheep camels head poultry chickens cows
bridges bridge roads road schools classrooms markets shops businesses crops farmland
points cases deaths death bodies soldiers troops fighters militants rebels police officers staff
volunteers rescuers firefighters members votes seats calls fires earthquakes aftershocks storms
incidents attacks strikes airstrikes rockets missiles shells projectiles rounds shots
magnitude countries nations agencies organisations organizations partners donors projects
applications requests appeals tweets articles reports pages lives
""".split())

STOP_WORDS = frozenset("""
now still also have has had were was are is be been being will would could may might must who which that whom
whose in at on of from to by for with into across and or but as than after before since during under the a an
between among amid amidst along against around near throughout until till despite
this these those their its his her our per each every so while when where live lives remain remains stay stays
fled left went arrived crossed returned sought took flee need needs face faces say said says die sleep lost
had remain got get make made came come went go gone there here abroad home back away elsewhere overseas
driven taken thrown blown swept sent brought kept held caught shot struck hit cut put told given chosen forced
through via over toward towards onto upon inside outside within beyond
""".split())

MODIFIERS = frozenset("""
more other additional further new newly internally recently already mostly mainly extra registered
displaced affected vulnerable local foreign estimated total all some such young old elderly poor
rural urban returning fleeing stranded homeless destitute uprooted evacuated sheltered hungry
undocumented unaccompanied separated mud wooden concrete brick makeshift temporary permanent thatch thatched straw bamboo kutcha pucca
residential private public traditional informal ethnic indigenous non-muslim muslim christian
""".split())

TERM_CUES: dict[str, str] = {
    "returned": r"(?<!enforced )(?<!forced )(?<!unwilling to )(?<!reluctant to )(?<!afraid to )(?<!refused to )(?<!refusing to )(?<!unable to )(?<!rain )(?<!rains )(?<!fighting )(?<!calm )(?<!power )(?<!electricity )(?<!signed up to )(?<!registered to )(?<!applied to )(?<!cannot )(?<!can't )(?<!could not )(?<!never make their )(?<!to make their )(?<!can make their )(?<!cannot make their )(?<!facilitate their )(?<!support their )(?<!prepare their )(?<!plan their )(?<!await their )(?<!awaiting their )(?<!for their )(?<!not to )(?<!never to )(?<!them to )(?<!people to )(?<!residents to )\breturn(?:ed|ing|s)?\b(?! to power)(?! an? (?:[\w-]+ )?(?:priority|goal|aim|objective|condition|precondition|issue)\b)(?! (?:them|it|the boats?) to)(?! to (?:class|classes|school|work|normal|the classroom))(?! of (?:[\w,-]+ ){1,4}?(?:pupils|students|children|schoolchildren|learners) to (?:class|classes|school|schools|the classroom|lessons)\b)(?! from (?:a |the |their |his |her )?(?:market|work|school|fields?|farms?|church|mosque|wedding|funeral|prayers?|hospital|trip|holiday|vacation|pilgrimage|shopping|grazing|errands?)\b)|\breturnees?\b|\b(?:crossed|crossing|came|coming|travelled|traveled|headed|heading|streamed|streaming)\b(?:\s+[\w'-]+){0,3}?\s+back\s+(?:in)?to\b|\bwent back\b|\bgone back\b|\bgoing back\b|\b(?:allowed|permitted|let|cleared to go) (?:back|home)\b(?! (?:briefly|temporarily|for a few hours|to (?:collect|retrieve|check|inspect)))"
                r"|\b(?:forced|sent|pushed|deported|expelled|driven) back\b(?! (?:the|a|an|its|their|by)\b)"
                r"|\b(?:carried|carrying|brought|bringing|took|taking|bused|bussed|busing|trucked|ferried|flew|flown|drove|driven|transported)\b"
                r"(?:\s+[\w,.'-]+){1,5}?\s+back\s+(?:to|home|into)\b"
                r"|(?<!never )(?<!not )(?<!never yet )\b(?:gone|went|going|headed|heading|came|coming) home\b|\bgo home\b(?<!cannot go home)(?<!can't go home)(?<!could not go home)(?<!unable to go home)(?<!signed up to go home)(?<!registered to go home)(?<!never go home)(?<!not go home)|\bcome home\b(?<!cannot come home)(?<!can't come home)(?<!could not come home)(?<!unable to come home)(?<!signed up to come home)(?<!registered to come home)(?<!never come home)(?<!not come home)|\brepatriat(?:ed|ion of)\b|\bcame back\b|\bcome back\b|\b(?:fled|flee|fleeing|escaped|rushed|streamed|headed) back\b(?= (?:to|into|home|across)\b)|(?<!will )(?<!would )(?<!unable to )(?<!declined to )(?<!refused to )(?<!cannot )(?<!could not )(?<!not )(?<!plan to )(?<!plans to )(?<!planning to )(?<!want to )(?<!wanted to )(?<!hope to )(?<!hoping to )(?<!able to )\btravel(?:l?ed|l?ing|s)? back\b(?= (?:to|home|into)\b)|\b(?:allowed|able|permitted|began|begun|started|starting|beginning) to go back\b|\b(?:escorted|allowed|brought|taken) back (?:in)?to\b|\b(?:has|have|had) (?:brought|bused|bussed) back\b|\bcrossed back\b|\bmoved back\b|\bback (?:to|into) their (?:homes|villages|areas)|\b(?:carried|brought|took|taken|transported|bused|bussed|flown|ferried|drove|driven)\b(?= (?:[\w,-]+ ){0,5}?(?<!from )(?<!the )(?<!a )(?<!care )(?<!nursing )(?<!retirement )(?<!children\'s )home\b(?: to\b|[,.]|$))",
    "refugees": r"\brefugees?\b(?! (?:agency|agencies|board|council|commission|office|department|affairs|chief|body|unit|ministry|committee|law|status determination|response|plan))"
                r"|\basylum[- ]?seekers?\b|\bsought (?:refuge|asylum|safety) (?:across|abroad)|\b(?:sought|seeking|taken|took|found) (?:refuge|safety|asylum) in (?:the |this |that )?(?:(?:neighbou?ring|other|nearby|coastal|several|two|three|four|five|bordering) )?(?:countries|country|nations)\b(?!'|\u2019)|\bsought asylum in\b|\bseeking asylum in\b|\bseeking (?:refuge|asylum) across"
                r"|\bsought asylum\b|\bclaimed asylum\b|\bapplied for asylum\b|\basylum (?:requests|applications|claims) (?:from|by)\b|\b(?:requested|request(?:ing)?|lodged|filed) (?:for )?asylum\b|\bseek (?:asylum|refuge) (?:in|abroad)\b|\b(?:driven|forced|pushed|sent)\b(?:[^.;]|\.(?=\d)){0,60}?\bacross (?:the |international )?borders\b"
                r"|\bfled (?:the country|abroad|across the border|over the border|across (?:international )?borders)|\bleft the country\b"
                r"|\b(?:left|fled|leave|leaving|flee|fleeing) (?:their|his|her) (?:home )?country\b"
                r"|\b(?:fled|flee|fleeing|flees|crossed|escaped|gone|went|moved)(?: \w+){0,2} (?:to|into) (?:neighbou?ring|other|nearby) countries"
                r"|\b(?:arrived|crossed) at (?:the )?(?:[\w'-]+ ){0,3}border (?:crossing|post|point|town)s?\b|\bcrossed (?:the border|the frontier)\b|\bcrossed (?:from (?:[\w',-]+ ){1,4})?into (?:the |a )?(?:[a-z]+ )?border (?:town|towns|municipality|village|villages|district|area|province|region|city)\b|(?<!rockets )(?<!missiles )(?<!shells )(?<!drones )(?<!fire )(?<!fired )(?<!firing )(?<!shots )(?<!strikes )(?<!attacks )(?<!shelling )(?<!artillery )(?<!raids )\bacross the border\b(?! in\b)|(?<!country and )(?<!country or )(?<!home and )(?<!inside and )(?<!internally and )(?<!internally or )\babroad\b|\binto neighbou?ring countries\b|(?<=fled )\bacross (?:the |its |their |[a-z]+(?:'s|’s) )borders\b|(?<=fleeing )\bacross (?:the |its |their |[a-z]+(?:'s|’s) )borders\b|(?<=\d )\bto (?:neighbou?ring|other|nearby) countries\b|(?<=million )\bto (?:neighbou?ring|other|nearby) countries\b|(?<=thousand )\bto (?:neighbou?ring|other|nearby) countries\b|\bunder temporary protection\b|\bgranted (?:temporary protection|asylum|refugee status)\b"
                r"|\b(?:crossed|fled|come|came) (?:into|to) (?:the|this|that) country\b"
                r"|\bcrossed (?:the (?:border|frontier) )?(?:at|through|via) (?:the\s+)?(?:[\w-]+\s+){0,4}(?:border|crossing|frontier|post|checkpoint|gate|point)s?\b",
    "evacuated": r"\bemergency[- ]transfer(?:red|s|ring)?\b|\btransferred and resettled\b|\btransfer and resettlement\b"
                 r"|\bhelped\b(?=(?:\s+[\w,-]+){0,5}?\s+out\s+of\s+(?:their\s+|the\s+)?(?:homes?|houses?|buildings?|flooded|burning|area|"
                 r"villages?|towns?))"
                 r"|\brelocat(?:es|ed)\s+(?:(?:about|some|around|nearly|more than|over|at least|an estimated)\s+)?(?:[a-z-]+\s+){0,3}"
                 r"(?:hundred|thousand|million)\s+(?:thousand\s+)?(?:people|residents|families|households|villagers)\b"
                 r"|\b(?:mandatory |compulsory )?evacuation orders? (?:for|covering|affecting)\b(?= (?:(?:about|some|nearly|more than|over|at least|another|a further|almost|around|an estimated) )?\d)|\b(?:brought|bringing|got|getting) out\b(?= (?:(?:about|some|nearly|more than|over|at least|another|a further|almost) )?\d)|\bevacuat\w*\b(?! (?:centres?|centers?|sites?|camps?|shelters?|facilities|posts?|points?|halls?|warnings?|advisor(?:y|ies)|alerts?|plans?|routes?|drills?))|\bevacuees?\b|\bmoved to safety\b|\bmoved to higher ground\b|\b(?:were|was|been|being) (?:\w+ly )?(?:moved|relocated|shifted|transferred|taken)\b(?=[^.;]{0,60}?\b(?:because of|due to|for fear of|amid|given) (?:the |a )?(?:(?:high|growing|continued|continuing) )?(?:risk|threat|danger|fear)s?\b)|\b(?:moved|relocated|shifted|went|left)\b[^.;]{0,50}?\bas a precaution(?:ary measure)?\b|\b(?:moved|taken|shifted|relocated|transferred)(?: [\w-]+){0,3}? to (?:[\w-]+ (?:and|or) )?(?:higher ground|safer (?:ground|places|areas|locations))\b|\bemergency relocat\w+|\b(?:evacuation )?orders? to (?:move|leave|evacuate|relocate)\b[^.;]{0,40}?\b(?:covers?|covered|covering|affects?|affected|affecting|applies to|applied to)\b|\b(?:urgently|temporarily|preventively|pre-?emptively|hastily) relocat(?:ed|ing)\b|\b(?:ferried|airlifted|taken|evacuated) off\b|\b(?:moved|transferred|relocated|taken|shifted|evacuated) to safe(?:r)? (?:places|areas|locations|zones|sites|ground)\b|\brelocat(?:es|ed)\s+(?:(?:about|some|around|nearly|more than|over|at least|up to|an estimated|another|a further)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+[a-z-]+\b|\b(?:moved|shifted|relocated|took|taken)\b(?=(?:[^.;]){0,60}?\bout of (?:their|its|his|her) (?:homes?|houses?)\b(?=[^.;]{0,60}\b(?:precaution|ahead of|before|as (?:the )?(?:river|water|fire|storm|cyclone))))|\b(?:moved|shifted)\b(?=(?:[^.;]){0,60}?\bfrom (?:the )?(?:low-lying|coastal|vulnerable|danger|flood-prone|riverside|risk|exposed|at-risk)\b)|\bmoved out of harm"
                 r"|\bairlift(?:ed|ing)\b(?=\s+(?:(?:about|some|around|more than|over|at least|nearly|another|a further)\s+)?\d)|\b(?:flown|flew|airlifted|ferried|bused|bussed|trucked)\b(?=(?:[^.;]|\.(?=\d)){0,60}?\bout of\b)|\brelocated\b(?= (?:(?:about|some|nearly|almost|more than|over|around|at least|an estimated) )?(?:\d[\d,.]*(?: (?:million|thousand))?|half a million|a million|thousands|hundreds|tens of thousands) (?:[\w-]+ ){0,3}?from\b)|\b(?:moved(?! into\b)|(?<=were )moved|(?<=was )moved|(?<=been )moved|(?<=being )moved|move|moving|relocated|relocate|relocating|shifted|taken|brought|transferred|ferried|airlifted|bused|bussed|removed|flown|flew|winched)\b(?:[^.;]|\.(?=\d)){0,100}?\b(?:to|into) (?!(?:\S+ ){0,3}?(?:displacement|idp|refugee|protection) (?:camps?|sites?|settlements?)\b)(?:safety|safer|higher ground|(?:\S+ ){0,3}(?:cyclone |evacuation |temporary |emergency |storm )?(?:shelters?|centres?|centers?|sites|camps?|tent (?:villages?|cities|camps?)|schools?|classrooms|churches|gyms|gymnasiums?|(?<!apartment )(?<!office )(?<!public )(?<!government )buildings?|halls?|mosques?|temples?|monaster(?:y|ies)|pagodas?|stadiums?|coliseums?|auditoriums?|arenas?|barracks))"
                 r"|\bhelp(?:ed|ing|s)?\b(?=(?:[^.;]|\.(?=\d)){0,60}?\b(?:move|get) (?:out|to safety)\b)"
                 r"|\b(?:were|was|been|being) (?:\w+ly )?(?:moved|relocated|transferred|shifted) to (?:other|nearby|neighbou?ring) (?:regions|areas|districts|provinces|parts of)\b|\b(?:moved|relocated|shifted) (?:(?:about|some|around|nearly|almost|roughly|more than|over|at least|an estimated) )?\d[\d,.]*(?: (?:million|thousand))? (?:[\w-]+ ){0,4}?to (?:other|nearby|neighbou?ring) (?:regions|areas|districts|provinces|parts of)\b|\b(?:were|was|been|being) (?:moved|relocated|transferred) (?:by (?:land|sea|air|road|boat|bus|helicopter)(?: and (?:land|sea|air|road|boat|bus|helicopter))? )?(?:from|out of|away|out)\b|\b(?:moved|taken|relocated) out\b|\bpre-?emptive(?:ly)? (?:moved|relocated)\b|\b(?:left|leave|leaving|moved out of)\s+(?:their|his|her)\s+homes?\s+(?:\w+\s+)?as a precaution(?:ary measure)?\b"
                 r"|\b(?:been|being|were|was) relocated\b(?=[^.;]{0,80}\b(?:because of|due to|ahead of|amid|in the path of|as (?:the )?(?:floods?|storm|fire|river|water|typhoon|cyclone|hurricane)))|\b(?:forced|forcing|ordered|prompted|required|necessitated) the relocation of\b|\b(?:flown|airlifted|bused|bussed|ferried|shipped|trucked|lifted) (?:out|to safety)\b|\bcarried to safety\b|\bunder (?:the |an? )?(?:mandatory |compulsory )?(?:evacuation )?orders?\b|\bordered out of\b(?! (?:the |their |his |her )?country)|\b(?:were|was|been|being) ordered out\b|\bordered out\s+(?=(?:about |some |around |more than |nearly )?\d[\d,.]*(?: million| thousand)? (?:people|residents|families|households|villagers|inhabitants)\b)"
                 r"|\bcovered by (?:the |this |that |these |those |an? )?(?:(?:first|second|third|new|latest|earlier) )?(?:mandatory |compulsory )?(?:evacuation )?orders?\b"
                 r"|\b(?:evacuation )?order(?<!lockdown order)(?<!stay-at-home order)(?<!stay-home order)(?<!shelter-in-place order)"
                 r"(?<!curfew order)(?<!court order)s?,? "
                 r"(?:cover|covers|covered|covering\b(?= (?:(?:about|some|roughly|nearly|more than|over|at least|an estimated|upwards of) )?\d)|"
                 r"remains? in (?:place|force|effect) for)\b|\b(?:evacuation|second|third|fourth|further) orders?,? [^.;]{0,80}?\bappl(?:y|ies|ied) to\b"
                 r"(?= (?:(?:about|some|roughly|nearly|more than|over|at least|an estimated|upwards of) )?\d)"
                 r"|\b(?:were|was|been|being) (?:moved|taken|transferred|relocated|ferried) (?:by (?:bus|boat|helicopter|truck|road|air)|overnight)\b"
                 r"|\b(?:moved|move|moving|relocated|took|ferried|airlifted|bused|bussed|escorted|picked up|carried|flew|shifted|transferred)\s+(?:(?:about|some|around|nearly|almost|roughly|approximately|more than|over|upwards of|close to|no fewer than|as many as|at least|up to|an estimated|another|a further)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:(?:[\w-]+\s+){0,3}?(?:\w+,[^,.;]{1,40},\s+|,\s*)?(?:from|off|out of)\b|(?:[\w-]+\s+){0,4}?to\s+(?:(?:the|nearby|army|military|temporary|safer|relief|government)\s+)*(?:garrisons?|barracks|relief camps?|evacuation cent(?:re|er)s|cyclone shelters|safer (?:places|areas|locations|ground)|safety|higher ground)\b)"
                 r"|\brelocated\s+(?:(?:about|some|around|nearly|more than|over|at least|up to|an estimated|another|a further)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:people|residents|families|households|villagers|persons|inhabitants|refugees|idps|evacuees|asylum-seekers)\b"
                 r"|\brescued\b(?![^.;]{0,60}\b(?:rubble|debris|collapsed|alive|wreckage|capsized|sea|mediterranean|aegean|cayucos?|pateras?|mine|cave|shipwreck|trapped in (?:their )?(?:cars?|vehicles?|lifts?|elevators?)|(?:from|off) (?:an? |the )?(?:\w+ )?(?:boats?|dinghy|dinghies|vessels?))\b)"
                 r"|\b(?:were|was|been|being|are|is) shifted\b|\b(?:were|was|had been|have been|has been|are|is|being) told to (?:evacuate|leave|flee)\b(?=[^.;]{0,80}\b(?:as|after|because|due to|ahead of|amid|when|in the path of|immediately|by the (?:army|military|police|authorities|government))\b)(?![^.;]{0,80}\b(?:if|in case|unless|should|or be|or face|chose|refused|ignored|but|make way|deport\w*|expel\w*|visas?|permits?|holidays?|hostels?|evict\w*|demoli\w*|the country)\b)|\bordered\b(?:\s+(?:\d[\d,.]*\d|[\w,'’-]+)){0,12}?\s+to (?:leave|evacuate|move)\b|\bordered\s+(?:about\s+|some\s+|more than\s+|nearly\s+|around\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w,'’]+\s+){0,8}?out of\b",
    "sheltered": r"\bshelter(?:ed|ing)\b|\bshelters?(?= (?:about|some|around|nearly|almost|more|over|at least|up to|as many|an estimated|close to|roughly|approximately|just|fewer|less|\d))|\b(?:schools?|shelters?|camps?|sites?|centres?(?! department| region| province)|centers?(?! department| region| province)|mosques?|churches|church|buildings?|facilities|stadiums?|(?:evacuation|refugee|displacement) posts?|dormitor(?:y|ies)(?! (?:towns?|suburbs?|cit(?:y|ies)|communit(?:y|ies))\b)|hostels?|hotels?|sanatori(?:um|ums|a)|gym(?:nasium)?s?|barracks|halls?|(?:container|tent) (?:cit(?:y|ies)|towns?|camps?))\b(?:(?!\bbut\b)[^.;]|\.(?=\d)){0,100}?\b(?P<verb>host|hosts|hosting|hosted|house|houses|housing|housed|accommodat\w+|held|hold|holds|holding|home to|took in|taken in|takes in|taking in)\b(?! (?:families|family|communit))|\b(?:took|taken|taking|sought|seeking|find|found|finding) shelter\b(?! with (?:relatives|friends|family|families|host families|neighbou?rs|(?:their |his |her )?(?:relatives|friends|families|family members))\b)(?!(?: \w+){0,2} with (?:relatives|friends|host families)\b)|\bprovid(?:ing|ed|es) (?:emergency |temporary )?(?:shelter|accommodation|housing|lodging) (?:to|for)\b|\b(?:shelters?|shelter cent(?:re|er)s|evacuation cent(?:re|er)s|relief cent(?:re|er)s|relief camps)\b[^.;]{0,60}?,\s+where\s+(?:[\w,-]+\s+){0,5}?(?:had\s+|have\s+|has\s+)?(?:taken|took|sought|found)\s+refuge\b|\b(?:taken|took|sought|found|taking|seeking)\s+refuge\s+(?:in|at|inside)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,4}?(?:shelters|shelter cent(?:re|er)s|evacuation cent(?:re|er)s|relief cent(?:re|er)s|schools?|churches|church|cathedral|mosques?|parish(?:es)?|temples?|monaster(?:y|ies)|pagodas?|stadiums?|gym(?:nasium)?s?|(?:church|community|civic|parish|town) (?:halls?|cent(?:re|er)s)|(?:displacement|idp) (?:sites?|camps?))\b|\b(?:have|has|had)\s+(?:since\s+|already\s+|now\s+)?moved\s+into\b(?=[^.;]{0,50}?\b(?:camps?|sites?|schools?|shelters?|tents?|centres?|centers?|mosques?|churches|gymnasiums?|gyms?|compounds?|halls?|buildings?)\b)|\bshelter (?:population|occupancy|headcount)\b(?! of (?:stray |abandoned |rescued )?(?:dogs|cats|animals|pets|livestock))"
                 r"|\bplaced in (?:emergency |temporary )?(?:accommodation|shelters?|evacuation cent(?:re|er)s|relief camps)\b|\bhost(?:s|ing|ed)\s+(?:[\w,.]+\s+){0,4}?(?:displaced|evacuees|idps)\b(?:\s+\w+){0,2}\s+(?:in|at)\s+(?:\w+\s+){0,2}?(?:schools?|shelters?|camps?|tents|centres|centers|churches|mosques|buildings|sites?|complex|complexes|stadiums?|halls?)\b|\b(?:staying|stayed|stay|stays|sleeping|slept|sleep|sleeps|living|lived|live|lives|arrived|arriving|spent (?:the |\w+ )?nights?|spending (?:the |\w+ )?nights?|camped|camping|housed|hosted|accommodated|crammed|packed|crowded|remain|remaining(?! (?:shelters?|camps?|sites?|centres?|centers?|schools?|tents?)\b)|remained|lodged|put up|huddled|sheltering|registered|settled|taken refuge|took refuge|taking refuge|sought refuge|seeking refuge|sought protection|seeking protection|taken protection|took protection|found protection)\b(?:(?!\band (?:another|a further|an additional|some|about|that)\b|\band \d|\bwhile\b|\bwithout\b|\bin the open\b|\boutside\b|\bnear\b|\bclose to\b|\bnext to\b|,\s*(?:said|says|told|according)\b)[^.;]|\.(?=\d)){0,60}?"
                 r"\b(?:shelters?|albergues?|camps?|tents?|tent cities|tent camps|(?:metro|subway|underground) stations?|bomb shelters?|(?:evacuation|relief|transit|reception|collective|accommodation|displacement|temporary|emergency|safety|welfare|protection|rest|care|respite) (?:centres?|centers?|sites?|camps?|shelters?|posts?|points?)"
                 r"|schools?|classrooms|classroom floors|mosques?|churches|church|monaster(?:y|ies)(?! grounds)|temples?(?! grounds)|pagodas?|stadiums?|coliseums?|auditori(?:ums?|a)|modular (?:towns?|homes|housing|camps?)|container (?:cities|city|towns?|homes|camps?)|prefabricated (?:homes|houses|housing|units)|sports (?:halls?|venues?|pavilions?|stadiums?|complex|centres?|centers?|grounds?)|public buildings|government buildings|dormitories|facilities|premises|compounds|gymnasiums?|gyms?|community (?:halls?|centres?|centers?)|(?:soccer|football|recreation|rec|leisure|aquatic|youth|seniors?|curling|events?|multiplex) (?:centres?|centers?)|(?:hockey |curling |ice )?arenas?|(?:parish|church|town|village|school|city|wedding|exhibition|municipal|barangay|covered) (?:halls?|courts?|gyms?|pavilions?)|(?:reception|waiting|assembly|evacuation) areas?|containers|civic (?:centres?|centers?)|convention (?:centres?|centers?)|centres|centers|hangars?|warehouses|sites?|(?<!informal )(?<!squatter )settlements?(?! (?:that|which) (?:have|has|had) been (?:marked|earmarked|slated|scheduled))|hotels|(?:an? |the )hotel|(?:emergency|temporary) accommodation|(?:group|emergency|temporary) lodging|mass[- ]care (?:centres?|centers?|shelters?|sites?|facilities)|theatres?|theaters?|bases?|barracks)\b"
                 r"|\b(?:in|at|to|into|inside) (?:the |\d[\d,]* )?(?:[a-z]+ )?(?:evacuation|relief|displacement|idp|temporary|collective|accommodation|safety|welfare|protection|transit|reception|care) (?:centres?|centers?|camps?|sites?|shelters?|posts?)\b"
                 r"|\b(?:relief|evacuation|displacement|idp) camps? (?:inmates|residents|population)\b|\b(?:in|at) (?:\d[\d,]* )?(?:formal|informal|makeshift|spontaneous|temporary|displacement|idp|collective|resettlement|relocation) (?:sites|settlements|camps|shelters|centres|centers)\b|\b(?:idps|individuals|households|families|persons|people) in (?:formal |idp |displacement |managed |collective )?(?:camps|sites|settlements)\b|\bdisplaced (?:individuals|households|families|persons|people) in (?:(?:more than|over|about|some|nearly|around|at least) )?\d[\d,]* (?:camps|sites|settlements)\b|\b(?:individuals|households|families|persons|people) in (?:(?:schools|mosques|churches|tents|public buildings) (?:and|or) (?:other )?)?(?:(?:our|its|their|these|the|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|municipal|public|official|government|state-run|designated|communal|collective) ){0,3}(?:tents|albergues|(?:temporary |emergency )?shelters|evacuation cent(?:re|er)s)\b|\b(?:individuals|households|families|persons|people|residents|evacuees) in (?:emergency|temporary) (?:accommodation|housing|lodging)\b|\b(?:have|had|has) moved into (?:\w+ )?(?:public|government|school|community|empty|unfinished) buildings\b|\b(?:moved|relocated|transferred|taken) (?:\w+ ){0,2}?(?:to|into) (?:\w+ ){0,2}?(?:temporary )?relocation (?:areas?|sites?|camps?)\b|\b(?:camps?|shelters?|centres?|centers?|sites?|schools?)\b[^.;]{0,60}?\b(?P<where>where)\b(?=(?:[^.;]|\.(?=\d)){0,60}\b(?:staying|living|sheltering|housed|accommodated|registered|spending|sleeping)\b|[^.;\d]{0,30}\d(?:[^.;]|\.(?=\d)){0,40}\b(?:live|lives|lived|stay|stays|stayed)\b)|\b(?:were|are|was|is|now|currently) (?P<housing>housing|sheltering|accommodating)\b"
                 r"|\b(?:in|at) (?:an?|one(?: such)?) (?:\w+ )?(?:shelter|evacuation cent(?:re|er)|relief camp|displacement site|collective cent(?:re|er)|(?:makeshift|informal|temporary|tent|displacement|idp) (?:site|camp|settlement))\b|\bin one (?:such )?camp\b|\b(?:in|at) (?:this|our) (?:\w+ )?(?:camp|shelter|gym|gymnasium|school|hall|church|mosque|stadium|site|evacuation cent(?:re|er))\b"
                 r"|\b(?:in|at) (?:the )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|dozen|\d[\d,]*) )?(?:(?:official|designated|public|government|municipal|emergency|temporary|collective|communal|state) )?(?:shelters|albergues|evacuation centres|evacuation centers|shelter centres|shelter centers|cyclone shelters|flood shelters|relief centres|relief centers)\b|\b(?:inside|in) (?:the )?(?:\d[\d,]* )?ecs?\b"
                 r"|\b(?:displacement|idp|relief|evacuation) (?:sites|camps|centres|centers) (?:[^.;]|\.(?=\d)){0,50}?\b(?P<verb2>host|hosting|hosted|house|housing|housed|shelter|sheltering|sheltered|accommodate|accommodating|hold|holding)\b"
                 r"|\b(?:in|at|into) (?:the )?(?:shelters|relief camps|tent cities|tent camps|temporary shelters|collective shelters)\b|\bthose (?:staying |sheltering |living )?(?:in|at) the (?:centres|centers)\b|\b(?:shelters|camps|(?:evacuation |relief )?cent(?:re|er)s|schools|sites)\b[^.;]{0,80}?\b(?:staying|stayed|sleeping|slept|sheltering|living|housed)\s+there\b|\bchecked (?:into|in at) (?:the )?(?:[\w'\u2019-]+ ){0,4}?(?:shelters?|evacuation cent(?:re|er)s?)\b|\bset up (?:makeshift |temporary |informal )?(?:camps?|shelters|tents)\b|\bresettled (?:in|into) (?:temporary )?(?:tents|tent camps|prefabricated|container|modular)\b|\bmoved into (?:\S+ )?(?:camps|shelters)\b"
                 r"|\b(?:were|are|was|is|remain|remained|remaining|still)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:shelters?|evacuation cent(?:re|er)s?|shelter cent(?:re|er)s|relief cent(?:re|er)s|relief camps|camps|collective cent(?:re|er)s|tent cities|displacement sites|sites|safe havens)\b|\b(?:staying|sleeping|living|sheltering|housed|lodged)\b[^.;\d]{0,110}?\b(?:turned|converted|transformed) into (?:an? )?(?:temporary |makeshift |emergency )?(?:shelters?|evacuation cent(?:re|er)s?|relief camps?|dormitor(?:y|ies))\b"
                 r"|\b(?:staying|stayed|sleeping|slept|sheltering|spent (?:the|that|last|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday) night|spending (?:the|that|last|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday) night|taking refuge|taken refuge|"
                 r"took refuge|sheltered)\s+(?:there|in them|at them|inside)\b|\b(?:living|lived)\s+(?:in them|inside)\b"
                 r"|\b(?:share|shared|sharing|crowd into|crowded into|packed into)\s+(?:(?:the|a|an|\d[\d,]*|[a-z]+)\s+){0,2}?(?:classrooms|"
                 r"schools?|tents?|shelters?|halls?)\b"
                 r"|(?<=\d )\bof (?:them|those|whom) (?:now |still |currently |living |staying )?(?P<inside>in|at) (?:\w+ )?(?:camps|shelters|evacuation cent(?:re|er)s|"
                 r"collective cent(?:re|er)s|displacement sites)\b"
                 r"|(?<![\s\S])\b(?:at|in|inside) (?:the |one )?(?:[\w'\u2019-]+ ){0,4}?(?:camp|shelter|evacuation cent(?:re|er)|relief camp|site|stadium|gymnasium|school)"
                 r"(?: alone)?,[^.;]{0,80}?\b(?P<staying>staying|stayed|sleeping|slept|living|sheltering|housed|registered|taking refuge|took refuge|accommodated)\b"
                 r"|\b(?:yet|still) to (?:move out of|leave|get out of)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:shelters?|camps?|tents?|evacuation cent(?:re|er)s|sites?|containers?|collective cent(?:re|er)s)\b",
    "homeless": r"\bhomeless\b|\blost (?:their|his|her|its) (?:homes?|houses?|dwellings|gers|yurts|huts|shacks|apartments|flats|tukuls|shelters)\b|\bwithout (?:a )?(?:homes?|houses?|a roof)\b|\b(?:left|leaving|leave|leaves) (?:(?:about|some|around|nearly|more than|over|at least|an estimated)\s+)?[\d,.]+(?: million| thousand)? (?:people|families|households|residents|villagers|persons) without (?:any )?shelter\b|\b(?:were|are|was|is|been|remain|remained) (?:left )?without (?:any )?shelter\b"
                r"|\bleft without (?:homes?|shelter)\b|\bhouseless\b|\broofless\b"
                r"|\b(?:(?<=people )|(?<=persons )|(?<=families )|(?<=households )|(?<=residents )|(?<=villagers )|(?<=others ))"
                r"whose (?:homes?|houses?|dwellings|shelters) (?:were|was|had been|have been) (?:\w+ )?(?:destroyed|washed away|swept away|"
                r"flattened|razed|burned|burnt|burned down|levelled|leveled)\b"
                r"|\b(?:had|have|has) (?:their|his|her) (?:homes?|houses?) (?:washed away|swept away|destroyed|flattened|razed|burn(?:ed|t) down|demolished)\b",
    "destroyed": r"(?<!partially )(?<!partly )(?<!half )(?<!half-)\bdestroy(?:ed|s|ing)?\b|\b(?:lost|losing)\b(?= (?:(?:about|some|around|nearly|more than|over|at least|an estimated|almost) )?\d[\d,]* (?:homes|houses|dwellings)\b)|\bburied\b(?=(?:\s+[\w,]+){0,4}?\s+(?:houses|homes|dwellings|buildings|huts)\b)|\b(?:swallowed|devoured|consumed)\b(?=(?:\s+[\w,]+){0,4}?\s+(?:houses|homes|dwellings|huts)\b)|\b(?:houses|homes|dwellings|buildings|huts)\b[^.;]{0,40}?\bburied\b|\bdestruction of\b|(?<!partial )\bcollapse of\b(?=\s+(?:about\s+|some\s+|more than\s+|over\s+|at least\s+)?\d)|\brazed\b|\bflattened\b|\bburn(?:ed|t) (?:down|to the ground)\b|\bset (?:ablaze|on fire|alight)\b|\bset fire to\b"
                 r"|\b(?:washed|washing|swept|sweeping) away\b|\b(?:carried|carrying) away by\b|\bcollapsed\b(?! (?:roofs?|ceilings?|walls?|fences?)\b)|\b(?:total|complete) collapse\b|\bto collapse\b|\bcaused\b(?=(?:\s+[\w,]+){1,4}\s+to collapse\b)|\bdemolished\b(?<!be demolished)|\bbulldozed\b|\bpulled down\b|\b(?:torn|tore|knocked) down\b|\breduced to ash(?:es)?\b|\bgutted\b|\blevell?ed\b|\breduced to rubble\b|\b(?:swallowed|devoured|engulfed|eaten away|consumed) by (?:the )?(?:\w+ )?(?:river|sea|waves|erosion)\b|\b(?:totally|completely|fully) damaged\b|\bwiped out\b|\btorched\b|\b(?:blown|blew|blowing) up\b|(?<!partially )(?<!partly )\bburn(?:ed|t)\b(?! out)|\bburning (?:down )?(?:at least |about |some |more than |over |nearly )?\d",
    "damaged": r"(?<!totally )(?<!completely )(?<!fully )\bdamag(?:ed|es|ing|e)?\b|\bpartial (?:collapse|destruction) of\b(?=\s+(?:about\s+|some\s+|more than\s+|over\s+|at least\s+)?\d)|\bpartially destroyed\b|\bpartly destroyed\b|\b(?:partially|partly) (?:burned|burnt)\b|\bhalf[- ]destroyed\b|\bunroofed\b|\bcracked\b"
                 r"|\b(?:has|have|had|with|showing|show|developed)\s+(?:(?:visible|deep|severe|large|major|serious|structural)\s+)?cracks\b"
               r"|\blost (?:their |its )?(?:roofs?|walls?)\b",
    "fled": r"\b(?:sought|seeking|taken|took|taking|found) refuge\b|\bfled\b|\bflee(?:ing|s)?\b|\bescap(?:ed|ing|e)\b|\bforced to leave\b(?! (?:(?:their|his|her|the) )?(?:[a-z-]+ )?(?:homes?|houses|villages)\b)|\b(?:left|deserted) (?:their|the) (?:homes|houses|villages?|towns?|areas?|districts?|neighbou?rhoods?|settlements?|localit(?:y|ies)|communit(?:y|ies))\b(?! (?:under|submerged|flooded|cut off|isolated|without|devastated|destroyed|damaged|in ruins|in darkness|unchanged|behind)\b)(?! (?:of|at) )|\babandon(?:ed|ing) (?:their|the) (?:homes|houses|villages?|towns?|city|camps?)\b"
            r"|\b(?:ran|run|running) (?:from|away)\b|\bon the run\b|\bexodus\b|" + "".join(f"{_LANDING_GUARDS}\\b{verb}\\b(?= (?:on|in|at|near)\\b)|" for verb in ("came ashore", "landed")) + r"\b(?:sought|seeking|taken|took|found) refuge with\b|\bcrossed (?:the )?(?:[\w-]+ ){0,3}?(?:river|lake|border|frontier) into (?:the )?(?:[\w'\u2019-]+ ){1,3}(?:district|state|province|region|county)\b|\bcrossed (?:from (?:[\w'\u2019-]+ ){1,3})?into (?:the )?(?:[\w'\u2019-]+ ){1,3}(?:district|state|province|region|county|territory|department|prefecture|governorate|oblast)\b",
    "displaced": r"\bdisplac\w*|\bidps?\b|\b(?:still\s+)?unable to return to (?:their|its) (?:homes?|houses?|villages?)\b|\buproot(?:ed|ing|s)?\b|\bevicted\b|\bevictions? of\b|\b(?:were|was|been|being) (?:driven|forced|chased|pushed) out\b|\b(?:forced|had|have had|has had) to leave (?:(?:their|his|her|the) )?(?:[a-z-]+ )?(?:homes?|houses|villages)\b"
                 r"|\b(?:forced|forcing|forces|compelled|compelling)\b(?:[^.;]|\.(?=\d)){0,60}?\bto (?:leave|abandon) (?:their|his|her) (?:homes?|houses|villages)\b|\b(?:forced|forcing|forces|compelled|compelling)\b(?:[^.;]|\.(?=\d)){0,60}?\bto relocate\b"
                 r"|\b(?:living|staying|sheltering|housed|hosted|lodging|lodged|(?:taking|took|taken|found|finding|sought|seeking) (?:temporary )?shelter) (?:with|by|among) (?:host (?:families|communities)|relatives|friends|family members|extended family)\b"
                 r"|\b(?:forced|driven|drove|drive|chased|pushed|expelled|evicted|forcing|driving|force|forces|drives|(?<=were )removed|(?<=been )removed)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:from|out of|off) (?:their |the |rented |own |family )?(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|hundreds of) )?(?:informal |makeshift |displacement |temporary |state |council |public |ancestral |old |original |native |home |coastal |riverside |island |rented |rural |grazing |farming |fishing |high |upland |(?<!the )[a-z]+ed |(?<!the )[a-z]+ing (?=(?:homes?|houses|villages?|neighbou?rhoods?|towns?|settlements?|communities)\b)|[a-z]+-(?:hit|stricken|affected|prone|torn|ravaged) )?(?:homes?|houses|villages?|land|lands|pastures|farms|farmland|hamlets?|neighbou?rhoods?|towns?|settlements?|communities|camps?|sites|apartments|flats|dwellings|forests?)",
}
TERM_CUE_PATTERNS = {term: at_word_start(pattern) for term, pattern in TERM_CUES.items()}

NEGATIVE_CUES = at_word_start(
    r"\blost (?:contact|touch) with\b|\b(?:are|is|were|was|being|remain|remained|still) held in (?:detention|custody|prisons?|jails?)\b|\b(?:called|calls|calling) for (?:them|those|the [\w-]+) to be\b|\bkill(?:ed|ing|s)?\b|\bdead\b|\bgunned down\b|\bmassacred\b|\bbeheaded\b|\bdied\b|\bdie\b|\bdeaths?\b|\bdeath toll\b|\binjur(?:ed|ies|ing)\b|\bwounded\b|\bhurt\b"
    r"|\b(?:inside|in|within) the danger zone\b|\bmissing\b|\bunaccounted for\b|\b(?:remain|remains|remained|still) standing\b(?! in\b)|\bbodies\b(?= (?:of|were|have been|had been|found|recovered|retrieved|washed))|\bintercepted\b|\bpulled back\b|(?<!from the )(?<!of the )\baffected\b(?! and (?:displaced|evacuated|homeless|made homeless|left homeless)\b)(?! (?:communities|areas|villages|districts|regions|provinces|towns|states|zones|municipalities|counties|localities|parts|governorates|sites|camps|neighbou?rhoods)\b)|\bwill (?:receive|be (?:given|provided|supported|assisted))\b"
    r"|\bexpects?\b|\bexpected\b(?! (?:to )?(?:have|had))|\banticipat(?:es|ed|ing)\b|\bprepare (?:for|to)\b|\b(?:would|will|could|can|may|might|should)\s+(?:be\s+(?:able|allowed)\s+to\s+)?(?:return|go\s+home|go\s+back)\b|\b(?:would|could|might) have (?:been )?(?:evicted|displaced|evacuated|uprooted|lost their homes|left homeless|made homeless|forced)\b|\bstarting with\b|\bin need\b|\bneed(?:ed|ing|s)? (?:of )?(?:humanitarian |urgent |emergency |food )?(?:aid|assistance|help|support)\b"
    r"|\b(?:promised|pledged|vowed|promises|pledges|vows) to (?:allocate|give|provide|build|rebuild|resettle|relocate|compensate|house|"
    r"deliver|distribute|find|grant|hand over)\b"
    r"|\bscreened\b(?=[^.;]{0,60}?\bfor\s+(?:fever|malnutrition|cholera|measles|covid|diseases?|symptoms|ebola|mpox|infections?|tuberculosis|weapons)\b)"
    r"|\btrapped\b|\bcut off\b|\bconfined\b|\bvaccinated\b|\b(?:infected|sickened)\b|\bfell ill\b|\bvaccination (?:campaigns?|drives?) (?:reached|covered|targeted|targets|aims)\b|\bvaccination (?:of|for)\b(?=\s+(?:about |some |around |nearly |more than |over |an estimated )?\d)|\bfood[- ]insecure\b|\bfood insecurity\b|\bhunger\b|\bstarv\w+|\bwithout (?:electricity|power|water|food)\b"
    r"|\barrested\b|\brecaptured\b|\bre-?arrested\b|\bdetained\b|\babducted\b|\bkidnapped\b|\bescaped from (?:the )?(?:[\w-]+ ){0,4}(?:prison|jail|custod\w+|detention|correctional)\b|\bdrowned\b|\bfeared\b|\bbesieged\b|(?<!villages )(?<!areas )(?<!zones )(?<!places )(?<!homes )(?<!houses )(?<!districts )(?<!communities )(?<!locations )(?<!slopes )\bat (?:high )?risk\b|\bneeds? to be (?:evacuated|relocated|moved)\b|(?<!who )(?<!that )\bneeded to be (?:evacuated|relocated|moved)\b|(?<!who were )(?<!who had been )(?<!who have been )(?<!that were )(?<!that had been )\bwaiting to be (?:rescued|evacuated|relocated|moved|airlifted)\b|\bplanning (?:figures?|scenarios?|assumptions?|numbers?)\b(?!\s+(?:after|when|as|before|because|since|once|while)\b)|\bthreatened with\b|\bunder threat\b|\b(?:rebuilt|repaired|reconstructed)\b(?=\s+(?:(?:about|some|more than|over|nearly|around|at least|almost)\s+)?\d)|\bout of (?:school|schools|class|classes|classrooms|education|work|jobs)\b"
    r"|\b(?:ready|prepared|preparing|asked|urged|warned) to (?:evacuate|leave|flee)\b|\btold to (?:flee|leave|evacuate)\b(?=[^.;]{0,40}\b(?:if|in case|unless|or be)\b)|\b(?:registered|signed up|applied|queued|queuing) to (?:leave|return|go (?:home|back)|be (?:repatriated|relocated|resettled))\b|\b(?:ready|prepared|preparing|planning) (?:(?!and\b|but\b)\w+ ){1,3}?to (?:evacuate|relocate|move)\b|\b(?:advised|urged|asked|called on)\b[^.;]{0,80}?\bto (?:move|evacuate|leave|flee|relocate)\b|\b(?:ready|prepared|preparing|planning) to (?:move|relocate|support|receive|host|assist|welcome|accommodate|shelter|help|register)\b|\bignored\b|\brefused to (?:leave|evacuate|go)\b"
    r"|\btreated\b|\bable to assist only\b|\breceiv(?:ed|ing) (?:(?:an? |the |their )?(?:one-off |one-time |monthly |multipurpose |multi-purpose |emergency |unconditional )?(?:cash transfers?|cash grants?|payments?|compensation|vouchers?)|aid|food|assistance|cash|medical care|treatment|care)\b|\b(?:being |been )?provided (?:with )?(?:relief|aid|food|assistance|cash)\b|\breached with\b|\breach(?:ed|es|ing)\b(?=\s+(?:(?:about|some|more than|over|nearly|around|almost|at least)\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:people|persons|families|households|individuals|children|residents|beneficiaries)\s+with\b)|\b(?:death |casualty |quake |flood |storm )?toll\b|\bassisted\b(?! living)|\bbenefit\w*|\bhelped\b(?!(?: [\w,-]+){0,9}? (?:to )?(?:move|evacuate|relocate|ferry|transport|bring|take|carry|flee|escape|reach safety|out of)\b)(?![^.;]{0,70}\b(?:return|go home|go back|travel back|come back|get back|move back)\b)|\bfed\b|\bcasualties\b"
    r"|\bstayed behind\b|\bremained behind\b|\brefus(?:ed|ing|e|als?)\s+to\s+(?:be\s+)?(?:evacuated|evacuate|leave|move|relocate|relocated)\b|\b(?:leaving|left)\s+(?:(?:only|just|fewer than|less than|about|some|around|nearly|barely)\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?behind\b|\bdespite\b|\bevacuation warnings?\b|\bevacuation alerts?\b|\bwarned to\b|\badvised to\b|\bshould be ready\b"
    r"|\bvoters?\b|\b(?:rely|relies|relied|depend|depends|depended) on\b|\b(?:sent|taken|rushed|admitted|brought|airlifted|flown)\b[^.;]{0,30}?\bto (?:a |the )?(?:local |nearby |district )?hospitals?\b|\bhospitali[sz]ed\b|\b(?:(?:survey|poll|sample) of|interviews? with|surveyed|polled|sampled|interviewed|serves|served|serving|serve|supplies|supplied|supplying)\s+(?=(?:about |some |more than |over |nearly |around |almost |roughly )?\d)|\bin hospital\b(?!\s+(?:grounds|compounds?|premises|courtyards?))|\bmalnourished\b|\bmalnutrition\b|\badmitted\b(?! (?:to|into|in) (?:the |a )?(?:camps?|sites?|shelters?|centres?|centers?|settlements?))|\b(?:stay|remain|staying|remaining|stayed|remained) (?:indoors|at home)\b|\bshelter(?:ing|ed)? in place\b|\bvoted\s+(?=\d|by\s+\d)|\bcould\b(?! not (?:reach|access|contact|verify|confirm|assist|help)\b)|(?<!\d )\bmay\b(?!\s*[\d,.;:)])(?!\s+have\s+been\s+(?:displaced|uprooted|forced|driven|evacuated|destroyed|damaged)\b)(?!\s+have\s+(?:fled|left)\b)|\bmight\b|\bwould\b|\bexpected to\b|\bprojected\b|\bforecast\b|\bplanning for\b|\bpreparing for\b|\b(?:have|has|had)\s+been\s+(?:completed|built|constructed|erected|installed)\b|\b(?:pulled|pulling|dug|digging)\b(?:\s+[\w,]+){0,4}?\s+(?:alive|out\s+of\s+(?:the\s+)?(?:rubble|debris)|from\s+(?:the\s+)?(?:rubble|debris|collapsed))\b|\bplans?\s+(?:\w+ly\s+)?to\b|\bprojects\s+that\b|\b(?:will|would)\s+(?:\w+ly\s+)?need\b|\b(?:pilot|scheme|proposal|bid|attempt)s?\s+to\s+(?:repatriate|return|relocate|resettle|move)\b|\bplanned to\b|\bplanning to\b|\bcontingency\b(?! (?:commission|committee|council|agency|office|secretariat))|\bplans? for\b|\bborn\b|\bnew-?borns?\b|\b(?:will|would|could|may|might)\s+(?:[\w,]+\s+){0,6}?and\s+(?:\w+ly\s+)?(?:displace|uproot|force)\b|\b(?:received|receive|receiving|given|got)\s+(?:at least\s+)?(?:one|a|two|their|a first|a second|the first|the second)?\s*(?:first\s+|second\s+|booster\s+)?doses?\b|\b(?:people|persons|bodies|victims|residents)\s+(?:\w+\s+){0,2}?buried\b|\b(?:distributions?|aid|assistance|deliveries|food|rations|kits|cash|supplies|vouchers|transfers)\s+(?:\w+\s+){0,2}(?:reached|reaching|reaches|covered|benefit(?:t)?ed)\b|\b(?:ready|prepared|on standby|on alert)\s+for\s+(?:an?\s+)?(?:possible\s+|potential\s+|eventual\s+)?evacuations?\b|\b(?:not|never|yet to)\s+(?:yet\s+|been\s+able\s+to\s+|be\s+(?:allowed|able|permitted)\s+to\s+)?return(?:ed)?\b|\bnot\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:able|allowed|permitted)\s+to\s+go\s+(?:home|back)\b|\bnowhere\s+(?:to|they\s+can)\s+(?:return|go\s+back)\b|\b(?:not|never)\s+(?:yet\s+)?crossed\b|\b(?:registered|signed\s+up|applied)\s+(?:for|to\s+be)\s+(?:evacuation|evacuated|relocation|relocated)\b|\b(?:registered|applied|applying|registering)\s+(?:with\s+fema\s+)?for\s+(?:federal\s+|fema\s+)?(?:disaster|individual|federal)\s+(?:assistance|aid|help|benefits|grants)\b|\b(?:had|have|has)\s+(?:already\s+)?applied\b|\b(?:not|never)\s+(?:yet\s+)?(?:be\s+|been\s+)?(?:allowed|permitted|let)\s+back\b|(?<!still )\bunable to return\b|\bassum(?:e|es|ed|ing)\b(?! (?:responsibility|control|office|command|power|the (?:role|post|presidency|leadership)))|\b(?:pledged|promised|offered|agreed) to (?:take in|accept|receive|resettle|relocate|host|admit)(?= (?:up to |about |some |around |nearly |more than |another |a further |an additional |as many as |no fewer than |at least |a total of )?(?:\d|thousands|hundreds|dozens|tens of))|\b(?:was|were|is|are) supposed to\b|\bnone (?:of them )?(?:had|have|has|were|was)(?: been)? (?:collapsed|destroyed|damaged)\b|\bwill (?:eventually |likely |probably |soon |ultimately )?(?:be|have to be) (?:displaced|evacuated|relocated|uprooted|resettled|moved)\b|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:evicted|displaced|evacuated|relocated|uprooted)\b|\byet to be (?:evicted|displaced|evacuated|relocated)\b|\bcannot return\b|\bwithout (?:returning|going back|having to return)\b|\baim(?:s|ed)? to\b|\baiming to\b|\bhop(?:es?|ed) to\b|\btarget(?:s|ing|ed)? to\b|\bintend(?:ed|s)? to\b|\bwant(?:ed|s)? to\b|\bwish(?:ed|es)? to\b|\bwilling to\b|\b(?:are|were|is|was|remain|remained|placed|put)\s+under\s+(?:a\s+)?voluntary (?:evacuation )?(?:orders?|advisor(?:y|ies)|notices?|warnings?)\b|\b(?:is|are|was|were) (?:set|likely|expected|projected|poised|on course|on track) to (?:exceed|reach|top|surpass|rise|climb|pass|hit|double)\b|\bforesees?\b|\bsimulat(?:e|es|ed|ing|ion|ions)\b|(?<!not an )(?<!not a )(?<!no )\b(?:evacuation |fire |emergency |disaster )?drills?\b|\bmock (?:evacuations?|drills?)\b|\bwill (?:eventually |likely |probably |soon |also |ultimately )?(?:displace|uproot|evict|relocate|resettle)\b"
)

NEGATIVE_STEMS = re.compile(
    r"nowhere|registered for|signed up|lost contact|lost touch|held in|called for|calls for|calling for|kill|dead|die|death|bodies|danger zone|intercept|asked|urged|called on|pulled back|will receive|will be|expect|anticipat|prepare|starting with|injur|wound|hurt|missing|voluntary|set to|likely|poised|on course|on track|told|unaccounted|standing|affected|need|trapped|cut off|confined|vaccinat|screened|insecure|insecurity|hunger|starv|plan|"
    r"without|arrested|recaptured|detained|abducted|kidnapped|waiting|drowned|buried|feared|besieged|stranded|risk|threatened|to evacuate|to leave|to flee|ignored|"
    r"refused|refusal|treated|escaped from|receiv|survey|poll|sample|interview|serv|suppl|toll|provided|reach|covered|assist|benefit|helped|rely|relie|depend|hospital|indoors|at home|in place|malnourish|malnutrition|admitted|fed|casualties|victims|behind|despite|warning|warned|advised|"
    r"should be|voter|voted|infected|sickened|fell ill|could|may|might|would|expected|projected|forecast|planning|preparing|aim|hope|target|intend|want|wish|willing|contingency|plans for|plan for|born|not|never|unable|cannot|yet to|signed up|applied to|registered to|queu|"
    r"ready|rebuil|repair|reconstruct|out of|none|will|supposed|assum|pledge|promise|vow|offered|agreed|foresee|simulat|drill|mock|"
    r"pilot|scheme|proposal|bid|attempt|projects|completed|built|constructed|erected|installed|pulled|pulling|dug|digging")
"""A cheap test: the negative cues only run on a sentence holding one of these stems."""

CAPACITY_BEFORE = re.compile(
    r"\b(?:built|designed|meant|intended|planned|prepared|preparing|ready|equipped|laid out|set up)(?: (?:in|on|by) [\w ]{1,20}?)?(?: (?:enough )?(?:housing|homes|houses|shelters?|accommodation|space|room|places|beds|tents))? (?:for|to (?:hold|house|host|shelter|accommodate|receive))\s*(?:(?:not|no) more than |up to |a maximum of |at most )?$"
    r"|\b(?:sites?|camps?|centres?|centers?|space|facilit(?:y|ies)|capacity|room|enough|designed|built|planned|prepared|preparing|expand(?:ed)?|"
    r"blocks?|flats|apartments|housing|building|buildings|settlements?|estates?)\b"
    r"[^.;]{0,50}?\bto (?:hold|house|host|shelter|accommodate|receive) (?:up to |about |some |another |an additional |no more than |not more than |a maximum of |at most )?$|\b(?:for|per) every\s*$|\bcapacity (?:of|for|to (?:hold|house|host|accommodate))\s*$|\b(?:can|could|able to) (?:hold|house|host|shelter|accommodate|receive|take)\s*$|\b(?:can|could) (?:carry|transport)\s*$|\beach (?:able to|capable of) (?:carry|carrying|transport|transporting|hold|holding)\s*$"
    r"|\b(?:space|room|places|beds|cots|mattresses|tents|capacity) for\s*$|\bpopulation of\s*$|\bpopulation (?:it |they |officials )?(?:is |was |of \w+ )?(?:estimated |put |counted )?at\s*$|\b(?:a|the) (?:[\w-]+ ){0,3}?(?:city|town|country|nation|region|state|province|district|village|municipality|capital|island|community|settlement) of\s*$"
    r"|\b(?:preparing|building|setting up|opening|readying|erecting|set up|built|opened|prepared)\s+(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+){0,2}(?:camps?|sites?|shelters?|centres?|centers?|settlements?)\b[^.;]{0,40}?\bfor\s+(?:up to |as many as |about |some |another )?$"
    r"|\bpopulated by\s*$|\bpopulation (?:has |had )?(?:swollen|grown|risen|increased|doubled|tripled) to\s*(?:about|around|some|nearly|more than|almost)?\s*$|\b(?i:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+(?:every\s+)?$"
)
POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w-]+(?:'s|\u2019s)\s*$")
RATE_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:(?:a|an|per|every|each) (?:day|week|hour|month|night)|(?:per|every|each) year|annually)\b"
                        r"|^\s*(?:[a-z-]+\s+){3,4}?(?:per|every|each) (?:day|week|hour|month|night)\b"
                        r"|^\s*(?:(?!(?:as|when|while|because|after|before|since|and|but|where|which|who|that|until)\b)[A-Za-z-]+\s+){3,7}?"
                        r"(?:per|every|each) (?:day|week|hour|month)\b"
                        r"|^\s*(?:[a-z-]+\s+){0,2}?per (?:room|tent|classroom|shelter|family|household|house|hut)\b"
                        r"|^\s*(?:[a-z-]+\s+){0,3}?(?:per|on\s+(?:each|every|a|one)|in\s+(?:each|every|a|one)|a|each|every)\s+"
                        r"(?:square|sq\.?)\s+(?:kilometre|kilometer|km|mile|metre|meter)s?\b"
                        r"|^\s*(?:people\s+|persons\s+)?share (?:a|one|each|every) (?:single )?(?:tent|room|shelter|latrine|toilet|classroom)\b"
                        r"|^\s*(?:people\s+|persons\s+)?(?:crowded|packed|squeezed|crammed|living|sleeping) (?:in|into) (?:a|one|each|every) (?:single )?"
                        r"(?:house|home|tent|room|shelter|classroom|hut)\b")
RATIO_AFTER = re.compile(r"^\s*(?:in|out of) (?:every )?(?!(?:19|20)\d\d\b)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s+(?:months?|weeks?|days?|years?|hours?|decades?)\b)"
                         r"|^\s*(?:[a-z-]+\s+){0,2}?per\s+(?:class|classroom|room|tent|latrine|toilet|tap|water point|teacher|doctor|nurse|bed)\b"
                         r"|^\s*(?:[a-z-]+\s+){0,2}?per\s+(?:\d[\d,.]*|hundred|thousand|million|capita|head)\b"
                         r"|^\s*[-\u2013\u2014:]\s*the\s+(?:total\s+)?number\s+of\s+(?:[a-z-]+\s+)?(?:countries|nations|states|camps|sites|"
                         r"districts|provinces|regions|schools|villages|towns|days|weeks|months|years|trucks|flights|convoys|shelters|centres|centers)\b")
"""`1 in 5`, `60 pupils per class`, `35 refugees per 1,000 inhabitants`: a ratio; `41 - the number of countries that ...`:
a count of things set out in a list of numbers."""
PARTITIVE_THEM = re.compile(r"^\s*of (?:them|those|whom|these)\b")
PARTITIVE_BASE = re.compile(r"^\s*(?:of|out of) (?:the |its |their )?(?:(?:an estimated|estimated|about|some|roughly|around|nearly|almost|"
                            r"approximately|more than|over) )?(?:[\w-]+(?:'s|\u2019s) )?$")
SUBSET_CLAUSE = re.compile(
    r",\s*where\s+(?!they\b|many\b|most\b|some\b|others\b)(?:entire\s+|whole\s+)?[a-z]+\s+(?:[a-z-]+\s+){0,4}?(?:were|was|had|have|has)\b"
    r"|,\s+and\s+that\s+(?:the\s+)?[a-z]+\s+(?:[a-z]+\s+)?(?:were|was|had|have|has|would|will|could|should|must|might|are|is)\b"
    r"|,\s*(?:and|but|though|although|even though)\s+(?:that\s+)?(?:many|most|some|others)(?:\s+of\s+(?:them|those|whom))?\s+(?:had|have|has|were|are)\b"
    r"|,\s+and\s+(?:(?:it|they|he|she|officials)\s+)?(?:warned|said|added|noted|stressed|cautioned|urged|says|warns|adds)\b"
    r"|,\s+and\s{4,}(?:that\b|(?=[a-z]+\s+that\b))"
    r"|,\s*(?:(?:and|but)\s+)?(?:many|most|some|half|nearly half|more than half|about half|a third|two-thirds|a quarter|the majority|majority|\d+ (?:per ?cent|percent)|all) of (?:them|whom|those|which)\b"
    r"|,\s*(?:many|most|some|others)\s+(?:in|at|living in|staying in|sheltering in)\s+(?!(?:the\s+)?(?:north|south|east|west|centre|center)\b)"
    r"|,\s*including\b|;|,\s*(?:warning|adding|saying|noting|cautioning|stressing|urging|whereas|while)\b"
    r"|\b(?:after|because|when|before|until|once)\s+(?:it|they|he|she|we|rebels|gunmen|fighters|troops|forces|soldiers|militants|militias)\b"
    r"|,\s+and(?:\s+(?:the|a)\s+[a-z]+\s+(?:[a-z]+\s+)?|\s{4,})(?:set|has|have|had|said|says|will|would|was|were|is|are|began|opened)\b"
    r"|\s+as\s+(?:people|residents|families|many|most|some|others|thousands|they)\s+(?:went|returned|came|go|return|moved)\b"
    r"|,\s*when\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}?(?:ordered|told|began|started|launched|attacked|struck|hit|shelled|issued|seized|stormed)\b"
    r"|,\s*as\s+(?:(?:the\s+|local\s+|state\s+)?(?:authorities|officials|government|police|army|troops|rescuers|forecasters|governors?|mayors?)\s+)?(?:ordered|issued|began|started|prepared|announced|declared|warned|urged|told|extended|expanded|lifted)\b"
    r"|\b(?:since|after|because|until|although|though|whereas|unless|when)\s+(?:the|a|an|its|their|[a-z]+(?:'s)?)\s+(?:\w+\s+){0,2}?(?:forces|troops|army|military|rebels|fighters|government|authorities|police|storm|cyclone|quake|earthquake|floods?|fire|war|fighting|offensive|clashes)\b")


CLEARING_NOT_AFTER = (r"(?!(?:\s+[\w-]+){0,4}\s+(?:clear(?:ed|ing)?|remov(?:ed|ing|e)|push(?:ed|ing)?\s+aside)\s+(?:the\s+)?"
                      r"(?:[\w-]+\s+){0,2}(?:debris|rubble|mud|streets?|roads?|ruins|wreckage|ash|snow|sand|landslide))")
"""`Bulldozers began clearing the burned-out streets`: machines clearing debris after a disaster evict no one."""

CAUSE_CUES = {
    "conflict": at_word_start(
        r"\bfighting\b|(?<!\ba )(?<!\bthe )(?<!\bpolitical )(?<!\blegal )(?<!\bcourt )\bfights?\b(?! (?:the |a )?(?:flames|fires?|blazes?|floods?|floodwaters?|waters?|virus|disease|outbreak|epidemic|hunger|poverty|cold)\b)(?! (?:against|for|over|to|with (?:the )?(?:government|city|council|state|insurers?|landlords?)))|\bclash(?:es|ed)?\b|\bviolen(?:ce|t)\b|\battack(?:s|ed|ers)?\b|(?<!like a )\bwar\b(?! (?:memorial|museum|cemetery|college|veterans?|graves?)\b)|\bwars\b|\bwartime\b|\bconflict\b"
        r"|\bgangs?\b|\binsurg\w+|\bmilitan\w+|\bmilitias?\b|\brebels?\b|\brebellion\b|\boffensive\b|\bbombard\w+|\bshelling\b|\bair ?strikes?\b"
        r"|\bpersecut\w+|\barmed groups?\b|\bjihadis\w*|\binvasion\b|\binvaded\b|\bhostilities\b|\bcombat\b|\bsiege\b"
        r"|\bgunmen\b|\bbandits?\b|\bbanditry\b|\bterror\w*|\bmilitary operations?\b|\bcrackdown\b(?! on (?:undocumented|illegal|irregular|migrants|foreigners))|\bethnic cleansing\b|\bmassacres?\b|\bbattles?\b(?!\s+(?:(?:to\s+(?:contain|control|stop|fight|tame)\s+|against\s+)?(?:the\s+)?(?:historic\s+|severe\s+|heavy\s+|record\s+|deadly\s+|rising\s+)?(?:floods?|flooding|fires?|blazes?|wildfires?|flames|storms?|drought|disease|outbreaks?|cholera)\b))|\bfighters\b|\bcrossfire\b|\barmed (?:confrontations?|actors?)\b|\bcombats\b|\bcombat (?:zones?|operations)\b|\bexplosive devices?\b"
        r"|\bal-shabaab\b|\bisis\b|\bisil\b|\bda'?esh\b|\bislamic state\b|\bboko haram\b|\bm23\b|\bparamilitary\b(?! (?:units?|police|wing|arm))|\bcoup\b|\bunrest\b|\briot(?:s|ing|ers)?\b(?! (?:police|gear|squads?|control|shields?|officers?|units?)\b)|\binsecurity\b|\bstrikes\b(?! (?:a|an|the|again|twice|hard)\b)|\bmissiles?\b|\bdrones?\b"
        r"|\bbombing\w*|(?<!like a )\bbombs?\b|\braids?\b|\bincursions?\b|\bassaults?\b|\bground operations?\b|\bceasefire\b|\btruce\b|\bhostages?\b"
        r"|\b(?:israeli|russian|ukrainian|turkish|syrian|government|rebel|enemy|opposition)\s+(?:forces|troops|army|military|offensive|operations?)\b|\bshells?\b|\bartillery\b|\bgunfire\b|\bkillings\b"
        r"|\b(?:seized|took|grabbed|seizure of|seize) (?:power|control)\b|\btakeover\b|\boverr(?:an|un)\b"
        + "".join(f"|{_SIMILE_GUARDS}\\b{verb}\\b" for verb in ("shelled", "bombed")) + r"|\brockets?\b(?! (?:launch\w*|scien\w+|engines?|boosters?|salad)\b)|\bmortars\b|\bmortar (?:fire|shells?|rounds?|attacks?|bombs?)\b"
        r"|\bgrenades?\b|\bsnipers?\b|\bambush(?:es|ed)?\b|\bkidnap\w*|\babduct\w+|\barmed men\b|\bextremists?\b|\bgenocide\b|\bcartels?\b"
        r"|\bbesieg\w+|\bal[- ]shabaa?b\b|\bal[- ]qa'?[ei]?da\b|\biswap\b|\bjnim\b|\bcodeco\b|\brapid support forces\b|\brsf\b"),
    "disaster": at_word_start(
        r"\bunder (?:(?:two|three|four|several|\d+) (?:metres|meters|feet) of )?water\b|\bunderwater\b|\binundated\b|(?<!tailings )(?<!waste )(?<!mine )\bdam\b[^.;]{0,40}?\b(?:gave|gives|giving) way\b|"
        r"\bflood(?!plains?\b|gates?\b|lights?\b|lit\b)\w*(?<!\bflood)(?<!\bflooding)|\b(?:flood|flooding)\b(?! of (?!(?:19|20)\d\d\b)[a-z])|(?<!gunmen )(?<!bandits )(?<!rebels )(?<!militants )(?<!terrorists )(?<!troops )(?<!soldiers )(?<!protesters )(?<!police )(?<!fighters )(?<!herders )(?<!jihadists )(?<!attackers )(?<!insurgents )(?<!gangs )(?<!gangsters )(?<!militias )(?<!militiamen )(?<!forces )(?<!mob )\bstorms?\b(?! (?:drains?|water|sewers?|channels?))|\btornado(?:e?s)?\b|\btwisters?\b|\bhailstorms?\b|\b(?:wind|thunder|ice|winter)storms?\b|\bcyclones?\b(?! (?:shelters?|centres?|centers?)\b)|\btyphoons?\b|\bhurricanes?\b|(?<!political )\bearthquakes?\b|\bquakes?\b|\btremors?\b|\bdroughts?\b(?! of (?!(?:19|20)\d\d\b)[a-z])"
        r"|\bwildfires?\b|\bbushfires?\b|\bforest fires?\b|\bfires? (?:season|crews)\b|\blandslides?\b|\bmudslides?\b|\brock ?(?:falls?|slides?)\b|\bdebris (?:flows?|avalanches?)\b|\bmudflows?\b|\blahars?\b|\bglacial lake\b|\bglofs?\b|\bglacier (?:collapse|burst|outburst|broke|break)\w*|\bvolcan\w+|\beruptions?\b|\blava\b"
        r"|\btsunamis?\b(?! of (?!(?:19|20)\d\d\b)[a-z])|\bmonsoon\b|\bheavy rains?\b|\b(?:by|after|following|amid|due to|because of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}rains\b|\b(?:washed|swept) away\b|\btorrential (?:rains?|waters|downpours?)\b|\bdownpours?\b|\brainstorms?\b|\brainfall\b|\bheat ?waves?\b|\bextreme heat\b|\bla ni\u00f1a\b|\bel ni\u00f1o\b|\bla nina\b|\bel nino\b"
        r"|\blandfall\b|\btropical\b|\bdeluge\b|\bdisasters?\b(?! (?:and emergency )?(?:management|risk|agency|authority|response|committee|council|unit|ministry|relief|preparedness|mitigation|reduction|prevention|bureau|commission|coordination|services|operations|office|department|directorate|officials?|law|fund|insurance|headquarters|countermeasures?|task force))(?! [a-z]+ (?:agency|authority|office|department|commission|committee|council|unit|bureau|ministry|directorate)\b)|\bswollen rivers?\b|\briver burst\b|\boverflowed\b(?!\s+with)|\bburst (?:its|their) banks\b|(?<!tailings )(?<!waste )\bdam (?:burst|collapse|breach)|\bbreach(?:ed|es)?\b|\bhot ash\b|\bsnowstorms?\b|\bblizzards?\b|\bavalanches?\b(?! of (?!(?:19|20)\d\d\b)[a-z])|\berosion\b|\bdry spells?\b|\bfamine\b"
        r"|\bsnow(?:fall|falls|drifts?)\b|\b(?:heavy|deep|fresh|record|wet|thick) snow\b|\bsnow (?:and|or) (?:ice|rain|winds?|cold|frost)\b|\b(?:rain|ice|wind|cold|frost) and snow\b|\bsnowed\b|\bunder snow\b|\bdzud\b|\bcold (?:waves?|snaps?|spells?)\b|\bextreme cold\b|\bfreezing temperatures\b|\bhail\b"
        r"|\b(?:advancing|shifting|encroaching|moving|migrating|drifting) (?:sand )?dunes?\b|\bby (?:the )?(?:sand )?dunes\b|\bdesertification\b|\b(?:advancing|shifting|encroaching|drifting|moving) sands?\b|\bby the sand\b|\b(?:sand|dust) ?storms?\b"
        r"|\bsea[- ]level rise\b|\brising seas?\b|\bking tides?\b|\btidal (?:surges?|waves?|flooding)\b|\bsaltwater intrusion\b|\bsalinity\b"
        r"|\baftershocks?\b|\bash ?falls?\b|\bvolcanic ash\b|\bhigh tides?\b|\bsinkholes?\b|\brising (?:waters|rivers|floodwaters)\b|\blightning (?:strikes?|storms?|bolts?|sparked|ignited|caused)\b|\b(?:struck|caused|sparked|ignited|started|set off|triggered) by (?:a )?lightning\b|\blightning-(?:sparked|caused|ignited)\b"
        r"|\b(?:gale-force|storm-force|hurricane-force|typhoon-force|cyclonic|strong|high|violent|powerful|fierce|damaging) winds\b|\blandslips?\b|\bsubsidence\b"),
    "other": at_word_start(
        r"\b(?:development|infrastructure|construction|road|railway|highway|urban renewal|redevelopment|beautification|corridor|expansion|mining)[\"\u201d\u2019']?\s+(?:project|projects|scheme|works|drive)\b|\b(?:demolition|eviction|anti-encroachment|encroachment removal)\s+(?:drives?|campaigns?|operations?|exercises?|squads?|teams?)\b|\bclearance\s+(?:drives?|campaigns?|exercises?)\b|\bland (?:claimed|owned) by (?:a |an |the )?(?:[\w-]+ ){0,2}(?:company|firm|plantation|developer|investor)\b|"
        r"\b(?:dam|reservoir|hydropower (?:plant|station|scheme)|hydroelectric (?:plant|station|scheme))\b(?! (?:collapse|burst|breach|failure|gave way|overflow\w*|overtopp\w*|releases?|spill\w*|broke|burst))(?=(?: [\w'-]+){0,5} (?:(?:has |have |had )?(?:displaced|uprooted|relocated|resettled|submerged|flooded out)|(?:has|have|had) (?:already )?(?:forced|driven))\b)|\bbulldoz\w+\b" + CLEARING_NOT_AFTER + r"|\bto clear (?:the )?(?:land|area|site|riverbank|banks?)\b|\bevict\w+|\bdeport\w*|\bforced back\b|\bforcibly returned\b|\bexpul\w+|\bexpell?\w*|\bforced returns?\b|(?<!marked for )(?<!slated for )(?<!scheduled for )(?<!earmarked for )\bdemolition\w*|\bdemolish(?:ed\b(?<!be demolished)|ing\b|es\b|\b)|\bdevelopment projects?\b|\bdam construction\b|\b(?:dam|mining|mine|infrastructure|construction|road|airport|railway|hydropower|housing|urban renewal|redevelopment|investment|industrial|tourism|power|energy|conservation|plantation|port|highway|eco-city|city|pipeline)\s+projects?\b|\bland acquisition\b|\bland reclamation\b|\breclaim(?:ed|ing)? land\b|\bto (?:make way|create land) for\b|\bmakes? way for\b|\bfill(?:ing|ed)? in (?:the |its |the city's )?(?:last )?lakes?\b|\bfilling (?:of )?(?:the )?lakes?\b|\breservoirs? (?:was|were|had been|has been|is|are) (?:created|filled|built|impounded)\b|\b(?:filling|impoundment|impounding) of the reservoir\b|\b(?:displaced|uprooted|relocated|evicted|resettled) (?:by|for) (?:the|a|this) (?:[\w-]+ )?project\b|\bthe project (?:had |has )?(?:already )?(?:displaced|uprooted|forced|relocated)\b|\beconomic (?:collapse|crisis|meltdown)\b"
        r"|\b(?:displaced|uprooted|relocated|resettled|moved|evicted|flooded out)\s+(?:[\w-]+\s+){0,2}?(?:by|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:dams?|reservoirs?|hydropower (?:plants?|projects?|schemes?)|mines?|mining|highway|railway|airport|expressway)\b(?! (?:collapse|burst|breach|failure))|\bhyperinflation\b|\beconom(?:y|ies)\s+(?:(?:began|had begun|started|continued)\s+to\s+)?(?:unravel\w*|shr[au]nk|implod\w*|contracted)\b|\beconomic (?:decline|freefall|free fall|implosion)\b|\bland grab\w*|\bgentrification\b|\bcollapse of the economy\b"
        r"|\bcollapse of (?:its|the|their|the country's|the country’s) econom(?:y|ies)\b|\black of (?:work|jobs|income|opportunities)\b"
        r"|\b(?:wiped out|destroyed|lost) (?:their |its |his |her )?livelihoods?\b(?![^.;]{0,30}\b(?:flood|drought|storm|cyclone|fighting|war|attack))|\bhyperinflation\b"
        r"|\beconomic (?:collapse|crisis|crises|meltdown|hardship|turmoil|migrants?|reasons)\b|\beconomy (?:has )?collaps\w+|\bundocumented\b(?=[^.;]{0,30}\b(?:to|must|would have to|had to|should) leave\b)|\b(?:deadline|order) for undocumented\b|\brepatriation (?:drive|campaign|plan|deadline)\b"
        r"|\bderail\w*|\bchemical (?:spills?|leaks?|fires?|releases?|plant)\b|\b(?:gas|ammonia|chlorine|toxic|oil|fuel|pipeline) (?:leaks?|spills?|clouds?)\b|\bthe leak\b|\btailings\b|\b(?:mining|mine) waste\b|\b(?:boiler|factory|plant|refinery|warehouse|depot|pipeline|tanker|fireworks) (?:explosions?|blasts?)\b|\b(?:boiler|tanker|pipeline|gas cylinder|cylinder) (?:exploded|explosion|burst)\b|\b(?:landfill|rubbish dump|garbage dump|waste dump|dumpsite|rubbish heap|garbage heap)\b|\bgas leaks?\b|\btoxic (?:fumes|smoke|gas|cloud|plume|chemicals?)\b"
        r"|\bhazardous (?:materials?|chemicals?|substances?)\b|\bnuclear (?:plants?|power (?:plants?|stations?)|reactors?|accidents?|incidents?|alerts?|emergenc(?:y|ies)|leaks?|disasters?)\b|\bradiation (?:leaks?|levels?|alerts?)\b|\bradioactive\b|\bcoolant leaks?\b|\b(?:gas|oil|well|wellhead) blow-?outs?\b|\bthe blow-?out\b|\bindustrial (?:accidents?|fires?|explosions?)\b|\bvinyl chloride\b"
        r"|\b(?:port|chemical|warehouse|industrial|gas) (?:blast|explosion)s?\b|\bammonium nitrate\b|\b(?:forced )?relocations? (?:programme|program|drive|campaign|scheme|plan)\b|\bforced relocations?\b"),
}

FIRE_CUES = at_word_start(
    r"\b(?:the|two|three|these|both|several|deadly|massive|huge|[a-z]+ and [a-z]+) fires\b|(?<!mortar )(?<!artillery )(?<!rocket )(?<!tank )(?<!sniper )(?<!enemy )(?<!border )(?<!machine-gun )(?<!gun )\bfires? (?:burned|burnt|raged|spread|swept|tore|destroyed|razed)\b"
    r"|\bflames\b|(?<!cooked on )(?<!cooking on )(?<!cook on )(?<!cooked over )(?<!cooking over )(?<!around )(?<!lit )(?<!lighting )(?<!light )\bthe (?:fire|blaze)\b(?! (?:brigades?|departments?|services?|stations?|chiefs?|engines?|crews?|fighters|officials?|authorit\w+|and rescue|rescue|safety|alarms?|exits?|escapes?|codes?|hydrants?))|(?<!cooked on )(?<!cooking on )(?<!cook on )(?<!cooked over )(?<!cooking over )(?<!around )(?<!lit )(?<!lighting )(?<!light )\ba (?:fire|blaze)\b(?! (?:brigades?|departments?|services?|stations?|chiefs?|engines?|crews?|fighters|officials?|authorit\w+|and rescue|rescue|safety|alarms?|exits?|escapes?|codes?|hydrants?))|\bblazes?\b")
"""Fires and blazes of no stated kind: a disaster, unless the article tells of a fire in a factory or a building."""
_NOT_FIREFIGHTING = r"(?!\s+(?:engines?|trucks?|fighters?|crews?|brigades?|services?|stations?|departments?|hydrants?))"
MAN_MADE_FIRE = re.compile(
    r"\b(?:informal|squatter)\s+settlements?\b[^.;]{0,80}\b(?:fire|blaze)s?\b" + _NOT_FIREFIGHTING +
    r"|\b(?:fire|blaze)s?\b" + _NOT_FIREFIGHTING + r"[^.;]{0,80}\b(?:informal|squatter)\s+settlements?\b"
    r"|\b(?:shacks|shanties|jhuggis|slum|slums|shanty\s+town|shantytown)\b[^.;]{0,60}\b(?:fire|blaze|burn\w*|gutted|razed)\b" + _NOT_FIREFIGHTING +
    r"|\b(?:fire|blaze)s?\b" + _NOT_FIREFIGHTING + r"[^.;]{0,60}\b(?:shacks|shanties|jhuggis|slum|slums|shanty\s+town|shantytown)\b"
    r"|\b(?:factory|factories|plant|warehouse|refinery|depot|chemical(?: park| plant| works| facility)?|industrial|market|apartment|high-rise|tower block|terminal|"
    r"residential building|hotel)\s+(?:fire|blaze)s?\b"
    r"|\b(?:fire|blaze)\s+(?:that\s+)?(?:broke out\s+|started\s+|erupted\s+)?(?:at|in|on)\s+(?:a|an|the)\s+(?:(?!near\b|by\b|close\b)[\w-]+\s+){0,2}?(?:factory|plant|"
    r"warehouse|refinery|depot|chemical park|market|apartment|high-rise|building|hotel|storage hall|facilit(?:y|ie)|terminal|tank farm|mill)s?\b", re.I)
COLLAPSE_CUES = at_word_start(
    r"\b(?:building|block|apartment block|apartment building|residential building|tower|tower block)s?\s+(?:had\s+|has\s+)?(?:partly\s+|partially\s+)?collaps(?:ed|es|ing)\b"
    r"|\bcollapsed (?:building|block|apartment block|tower)s?\b|\bcollapse of (?:the|a|an) (?:[\w-]+ ){0,2}(?:building|block|tower)s?\b")
"""A building that falls down: a disaster where the article tells of an earthquake, a flood or a storm more often
than of the collapse, else another cause."""
BACKGROUND_CONFLICT = re.compile(r"\b(?:peace (?:deal|agreement|accord|talks|process)s?|landmines?|"
                                 r"unexploded (?:ordnance|bombs?|mines?)|guerrillas?|paramilitar\w+)\b")
BACKGROUND_OTHER = re.compile(r"\b(?:marked|slated|scheduled|earmarked) for demolition\b")
"""Words that tell of a conflict in the background of a story, or of homes to be pulled down: they give the cause of a sentence that
names no other and count towards a paragraph's or an article's, never against a hazard the figure's own sentence
names (`floods ... in areas where guerrillas operate`, `the earthquake damaged 4,000 homes, 900 of them slated for
demolition`)."""
NATURAL_FIRE = re.compile(r"\b(?:wildfires?|bushfires?|forest fires?|grass fires?|brush fires?|fire season|(?:fire|blaze) in the (?:forests?|hills|bush|mountains|woods)|"
                          r"hectares\s+of\s+(?:[a-z]+\s+)?(?:forest|scrub\w*|bush|vegetation|grassland|woodland))\b", re.I)

EARLIER_COUNT_LEAD = r"(?:compare[sd] (?:with|to)|up from|down from|against)"
"""Words that bring in an earlier count of the same thing (`up from 5,400 on Tuesday`): that count is a figure
of its own, and the date beside it is its date, not the newer figure's."""
OTHER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?!(?:they|them|most|many|some|others|all|half|about|"
                          r"nearly|another|more)\b)[a-z]+\s+(?:was|were|is|are|has|had|have)\b(?!\s+(?:been\s+)?(?:displaced|"
                          r"evacuated|uprooted|relocated))", re.I)
"""`Zamzam was home to 500,000 displaced people, and famine was confirmed there last August`: a later clause about
something else neither dates the count nor names its cause."""
COUNT_QUALIFIER_WORDS = (r"about|some|around|nearly|almost|roughly|more than|over|fewer than|less than|at least|"
                         r"an estimated|just over|just under")

SPEECH_VERBS = ("said|says|say|told|tells|wrote|writes|informed|reported|reports|estimated|estimates|estimate|added|adds|noted|notes|posted|found|"
                "suggest|suggests|counted|recorded|registered|warned|stated|announced|confirmed|tallied|calculated|advises|advised|alleged|alleges|"
                "specified|explained|indicated|detailed|clarified")
"""The verbs a body reports a figure with, for every pattern that looks for a speaker."""

NAMED_DEPARTMENT = re.compile(r"(?:'s|\u2019s)\s+(?:(?:[A-Z][\w-]*|de|del|la|las|los|do|da|dos)\s+)+department\b")
"""`Colombia's Norte de Santander department` is one of the country's provinces, not a body of its government."""

AGE_BEFORE = re.compile(r"\b[A-Z][\w\u00c0-\u024f'.-]+,\s*$|\b(?:a|an)\s+(?:[\w'-]+\s+){0,3}[a-z][\w'-]*,\s*$"
                        r"|\b(?:son|daughter|man|woman|boy|girl|mother|father|wife|husband|brother|sister|grandmother|grandfather|"
                        r"grandson|granddaughter|widow|widower|farmer|teacher|vendor|fisherman|fisherwoman|nephew|niece|cousin),\s*$")
"""`Marleny's son, 16, has not gone back to school`, `one woman, 58, who fled`: a person's age in an aside."""
AGE_AFTER = re.compile(r"^\s*(?:,|\)|$|\.|who\b)")
AGED = re.compile(r"\b(?:aged|age|ages)\s*$|\b(?:children|child|kids|infants|babies|girls|boys|those|people|them|whom)\s+(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?$"
                 r"|\(\s*(?:under|over|aged|below|above)\s+$|\b(?:[Hh]e|[Ss]he|I)\s+(?:was|is|is now|was only|turned|had just turned)\s+$"
                 r"|\b(?:[Dd]ies|[Dd]ied|[Dd]ead|[Pp]asses away|[Pp]assed away)\s+at\s+(?:the\s+age\s+of\s+)?(?:aged\s+)?$")

TERM_STEMS = {
    "returned": re.compile(r"return|back|home|repatriat"),
    "refugees": re.compile(r"refuge|asylum|abroad|countr|border|cross|frontier|arriv|entered|reached|temporary protection|granted|receiv"),
    "evacuated": re.compile(r"evacu|helped|picked up|carried|flew|precaution|safe|higher ground|harm|mov|relocat|shift|taken|took|brought|transfer|ferried|airlift|bus|removed|pre-?empt|flown|out|order|told|rescued|escort"),
    "sheltered": re.compile(r"placed in|shelter|refuge|share|sharing|classroom|slept|container|pavilion|reception area|albergue|stay|sleep|living|camp|hous|host|accommodat|cramm|pack|crowd|remain|lodg|put up|huddl|registered|centre|center|site|protect|base|barracks|inside|school|mosque|church|building|facilit|stadium|hold|held|gym|hall|hotel|tent|dormitor|arriv|relocation|home to|modular|container|prefabricated|ecs|spen"),
    "homeless": re.compile(r"homeless|lost|without|houseless|roofless|their home|their house|his home|her home|whose"),
    "destroyed": re.compile(r"destr|lost|losing|swallow|devour|engulf|eaten away|consumed|razed|flatten|burn|ablaze|fire|alight|washed|washing|swept|sweeping|collaps|level|rubble|damaged|wiped|carried away|carrying away|torch|blown up|blew up|blowing up|demolish|bulldoz|buried|pulled down|torn down|tore down|knocked down|ash|gutted"),
    "damaged": re.compile(r"damag|partial|partly|half|unroof|crack|lost"),
    "fled": re.compile(r"refuge|fle[de]|escap|leave|left|desert|abandon|\bran\b|\brun\b|running|exodus|refuge with|crossed into|crossed from|crossed the|ashore|landed"),
    "displaced": re.compile(r"displac|unable to return|idp|uproot|forc|removed|compel|driv|drove|chased|pushed|expelled|evicted|eviction|relatives|host famil|host commun|friends|family members|extended family|leave their|leave his|leave her"),
}
"""A cheap test per term: its cue patterns only run on a sentence holding one of these stems."""
