"""Word lists: nouns for people and the group they belong to, modifiers, units, conflict words."""

from __future__ import annotations

import re

CIVILIANS = "civilians"
CHILDREN = "children"
AID = "aid_workers"
GOVERNMENT = "government"
REBELS = "rebels"
COMBATANTS = "combatants"
UNSPECIFIED = "unspecified"


def _expand(groups: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for words, group in groups.items():
        for word in words.split():
            out[word] = group
    return out


# Nouns for people (singular and plural) -> the group the guidelines assign.
PERSON_NOUNS: dict[str, str] = _expand(
    {
        "civilian civilians resident residents villager villagers inhabitant inhabitants "
        "woman women protester protesters demonstrator demonstrators activist activists "
        "worshipper worshippers "
        "worshiper worshipers hostage hostages captive captives passenger passengers driver drivers "
        "worker workers "
        "journalist journalists reporter reporters cameraman cameramen photographer photographers "
        "passer-by passers-by passerby bystander bystanders pilgrim pilgrims student students "
        "farmer farmers shepherd shepherds fisherman fishermen mourner mourners shopper shoppers "
        "patient patients doctor doctors nurse nurses medic medics paramedic paramedics rescuer "
        "rescuers responder responders teacher teachers schoolteacher schoolteachers family households "
        "families relative relatives national nationals tourist tourists pedestrian pedestrians "
        "voter voters refugee refugees wife husband mother father labourer labourers laborer "
        "laborers vendor vendors trader traders merchant merchants employee employees "
        "guest guests spectator spectators diner diners commuter commuters elder elders "
        "sister sisters brother brothers grandmother grandmothers grandfather grandfathers "
        "wives husbands mothers fathers citizen citizens engineer engineers translator translators "
        "interpreter interpreters technician technicians businessman businessmen businesswoman "
        "clerk clerks missionary missionaries priest priests nun nuns peasant peasants herder herders "
        "chief chiefs headman headmen imam imams cleric clerics pastor pastors rabbi rabbis monk monks "
        "preacher preachers muezzin guide guides cook cooks mechanic mechanics "
        # victims named by their trade ("two rubber tappers", "a woodcutter"; not miners, whom
        # the news counts in pit accidents)
        "tapper tappers logger loggers woodcutter woodcutters porter porters": CIVILIANS,
        "child children boy boys girl girls kid kids baby babies infant infants toddler "
        "toddlers minor minors teenager teenagers schoolchildren schoolboy schoolboys schoolgirl "
        "schoolgirls son sons daughter daughters juvenile juveniles youngster youngsters "
        "pupil pupils newborn newborns": CHILDREN,
        "soldier soldiers troop troops trooper troopers marine marines policeman policemen "
        "policewoman police officer officers guard guards guardsman guardsmen peacekeeper "
        "peacekeepers serviceman servicemen servicemember servicemembers sailor sailors "
        "airman airmen paratrooper paratroopers commando commandos official officials "
        "governor governors minister ministers mayor mayors gendarme gendarmes legionnaire legionnaires "
        "conscript "
        "conscripts recruit recruits cadet cadets lawmaker lawmakers diplomat diplomats "
        "ranger rangers sergeant lieutenant captain colonel general commander commanders "
        "superintendent superintendents inspector inspectors constable constables "
        "commandar personnel agent agents ambassador envoy judge judges prosecutor "
        "policemen's bodyguard bodyguards jawan jawans "
        # the ranks of South Asian armies ("A Havildar of the Army attained martyrdom")
        "havildar havildars sepoy sepoys naik naiks subedar subedars": GOVERNMENT,
        "militant militants insurgent insurgents rebel rebels militiaman militiamen militia "
        "militias guerrilla guerrillas guerilla guerillas separatist separatists jihadist "
        "jihadists extremist extremists terrorist terrorists attacker attackers gunman gunmen "
        "taliban bomber bombers assailant assailants kidnapper kidnappers hostage-taker hostage-takers "
        "islamists islamist maoist maoists cadre cadres": REBELS,
        "fighter fighters combatant combatants paramilitaries mercenary mercenaries": COMBATANTS,
        "people person persons individual individuals other others man men suspect suspects "
        "contractor contractors victim victims member members staff dead detainee detainees "
        "prisoner prisoners inmate inmates migrant migrants "
        "observer observers volunteer volunteers bodies corpses crewman crewmen martyr martyrs "
        "foreigner foreigners expatriate expatriates colleague colleagues comrade comrades "
        # people named by their cause ("12 suspected rebel sympathisers had been arrested")
        "sympathiser sympathisers sympathizer sympathizers supporter supporters "
        "follower followers tribesman tribesmen loyalist loyalists pilot pilots co-pilot "
        # the suspects of a network: "four suspected facilitators were arrested"
        "facilitator facilitators smuggler smugglers collaborator collaborators informant informants "
        # believers, named as peoples are ("600,000 Rohingya Muslims have fled")
        "muslims christians hindus buddhists jews shiites sunnis": UNSPECIFIED,
    }
)
# Heads that take their group from a modifier ("aid workers", "security personnel").
GENERIC_HEADS = frozenset(
    "worker workers staff employee employees member members personnel fighter fighters men man "
    "volunteer volunteers people person persons official officials officer officers commander "
    "commanders chief chiefs".split()
)
# Modifiers that decide the group of a generic head, or hint it.
MODIFIER_HINTS: dict[str, str] = _expand(
    {
        "civilian unarmed innocent": CIVILIANS,
        "government army security military police border state federal pro-government council "
        "regime naval navy air-force presidential": GOVERNMENT,
        "rebel opposition insurgent islamist jihadist taliban houthi houthis militia terrorist "
        "anti-government separatist hamas hezbollah isis daesh "
        # non-state armed groups by name ("two M23 commanders", "Boko Haram members")
        "isil qaeda al-qaeda shabaab al-shabaab boko m23 eln farc pkk jihad aqap janjaweed "
        "wazalendo maoist maoists ltte "
        # Sri Lanka's Liberation Tigers of Tamil Eelam, as the wires name them ("43 Tamil Tiger
        # fighters", "two Tiger cadres")
        "tiger tigers "
        # Myanmar's and Ethiopia's armed groups by their initials ("two AA fighters", "TPLF fighters")
        "aa kia tnla mndaa knla knu rcss tplf "
        # and others by their initials ("two NPA guerrillas", "MILF fighters", "LRA rebels")
        "milf mnlf npa biff gam lra adf fdlr jnim aqim "
        # South Sudan's armed opposition, north Syria's Kurdish-led forces
        "spla-io splm-io sdf ypg nas asg": REBELS,
        # ("nations": "United Nations staff", the name spelt out as AP and Reuters do)
        "aid humanitarian relief charity u.n un ngo red cross agency nations": AID,
        "young": UNSPECIFIED,
    }
)
# Words that may stand between a number and its head noun without deciding anything.
ADJECTIVES = frozenset(
    "other more additional further unidentified unnamed suspected alleged senior elderly "
    "older young moderate local foreign armed injured wounded fellow off-duty retired female male head "
    "pregnant ethnic muslim christian hindu sunni shia shiite kurdish arab jewish "
    # faiths and trades before the people ("two Buddhist rubber tappers", "three Catholic priests")
    "buddhist catholic protestant orthodox coptic alawite druze yazidi ahmadi rubber "
    "unarmed innocent civilian government army security military police border "
    "state federal pro-government regime rebel opposition insurgent islamic islamist "
    "jihadist taliban houthi militia aid humanitarian relief charity u.n un ngo national "
    "construction vehicle bus truck taxi car election polling health medical rescue "
    "emergency religious tribal village local-level special elite regular reserve reservist "
    "de-miner deminer mine demining small little teenage infant adult crew former "
    "anti-government separatist naval navy presidential communist maoist political "
    # one more of the people told before: "A third rebel was seriously hurt"
    "second third fourth fifth "
    "american british french russian ukrainian syrian iraqi afghan israeli palestinian "
    "lebanese turkish iranian yemeni sudanese somali nigerian pakistani indian media "
    # an office's level ("a town mayor", "two district officials", "a provincial governor") and
    # a soldier's terms ("a contract serviceman", as Russian and Armenian ministries write)
    "town city district provincial municipal regional county deputy contract".split()
)
# Nationality and people nouns whose endings the demonym rule does not know ("13 Kyrgyz", "one
# Tajik", "two Rohingya"): invariant plurals and singulars in -k, -z, -a. The guidelines give them
# the group "unspecified", as "Palestinians" or "Iraqis".
DEMONYMS = frozenset(
    "kyrgyz swiss rohingya druze hazara hazaras kazakh kazakhs tajik tajiks uzbek uzbeks turkmen "
    "uyghur uyghurs uighur uighurs tuareg tuaregs fulani hausa masalit zaghawa tutsi tutsis hutu hutus "
    "tamil tamils sikh sikhs baloch pashtun pashtuns yazidi alawite alawites copt copts maasai "
    "dinka nuer amhara oromo".split()
)
# Nouns that follow a number without being people: the number is not a casualty figure.
UNITS = frozenset(
    "year years yr yrs month months week weeks day days hour hours hrs minute minutes "
    "second seconds km kms kilometre kilometres kilometer kilometers mile miles metre "
    "metres meter meters m mm cm kg kilograms tons tonnes ton percent per pct times "
    "o'clock a.m p.m am pm gmt dollars euros pounds barrels barrel points seats votes "
    "goals runs games matches rounds round decades decade centuries century "
    "feet foot inches acres hectares square sq".split()
)
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

MONTH_RE = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

# An explosion of an industrial accident, by its cause or its site: "a gas explosion", "a blast at
# a coal mine", "an explosion ripped through a chemical plant" (no armed attack).
INDUSTRY_WORDS = (
    "gas methane boiler coal dust firedamp chemical firework fireworks firecracker firecrackers "
    "pipeline tanker cylinder furnace reactor factory refinery"
).split()
# (not "plant", "depot": "an explosion at the power plant" may be a strike's)
INDUSTRIAL_SITE_WORDS = "mine coalmine colliery factory refinery steelworks mill workshop".split()
_INDUSTRIAL_SITE = (
    r"(?:coal\s*mine|mine|colliery|factory|refinery|steelworks|mill|workshop|fireworks\s+(?:store|warehouse))"
)
_AT_INDUSTRIAL_SITE = (
    r"\s+(?:at|in|ripped\s+through|tore\s+through|hit|rocked)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    + _INDUSTRIAL_SITE
    + r"\b"
)
INDUSTRIAL_BLAST = (
    # (a dust explosion of coal only: "coal dust", "coal-dust")
    r"(?:coal\s+mine|coal[- ]dust|"
    + "|".join(w for w in INDUSTRY_WORDS if w != "dust")
    + r")\s+(?:explosions?|blasts?)"
    r"|(?:explosions?|blasts?)" + _AT_INDUSTRIAL_SITE
)
# (CONFLICT_RE's "blast" and "explosion", not when told as one of these; not after "mine": "a mine
# explosion" may be a landmine's)
_NOT_INDUSTRIAL = "".join(rf"(?<!\b{w}\s)" for w in INDUSTRY_WORDS) + r"(?<!\bcoal\smine\s)"

# Deaths and injuries from these are not conflict casualties (POLICY in the guidelines).
DISASTER_RE = re.compile(
    r"\b(?:typhoons?|hurricanes?|cyclones?|tornado(?:e?s)?|earthquakes?|quakes?|tsunamis?|flood(?:s|ing|waters)?"
    r"|landslides?|mudslides?|avalanches?|wildfires?|bushfires?|storms?|blizzard|heatwave|heat wave"
    r"|droughts?|(?:plane|air|car|bus|train|road|helicopter)\s+crash|crash(?:ed)?|accident(?:s|al)?"
    r"|collision|derail\w*|capsiz\w*|drown\w*|overdose|painkiller|vioxx|epidemic|outbreak of"
    r"|cholera|covid|coronavirus|ebola|stampede|food poisoning|mine collapse"
    # a vehicle off the road: "a bus plunged into a ravine", "the truck plunged off a bridge"
    # a vehicle on its side: "died when a bus overturned near Naivasha", "after their minibus flipped"
    r"|(?:bus|minibus|truck|lorry|car|van|vehicle|coach|train|boat|ferry)\s+(?:overturned|overturns|overturning"
    r"|rolled\s+over|flipped(?:\s+over)?)"
    r"|plung(?:ed|es|ing|e)\s+(?:in|into|off|down|over)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
    r"(?:ravine|gorge|canyon|river|valley|abyss|precipice|cliff|bridge|chasm|lake|reservoir|mountainside)"
    # a fire as the event: "a fire swept through a packed nightclub", "a blaze gutted the market"
    r"|(?:fire|blaze)\s+(?:that\s+|which\s+)?(?:swept|engulfed|gutted|raced|ripped)\s+(?:through\s+)?(?:a|an|the)"
    # disease: "hospital superbugs that kill 5,000 patients a year"
    r"|superbugs?|bacteri(?:a|al)|infections?|malaria|tuberculosis|influenza|flu|measles|meningitis"
    # "Cancer is expected to kill about 595,000 Americans this year", "the AIDS pandemic"
    r"|cancers?|pandemic|(?-i:AIDS|HIV)|diabetes|dengue|polio|smallpox"
    # an industrial accident: "a gas explosion at the mine", "a blast ripped through a coal mine"
    r"|" + INDUSTRIAL_BLAST + r")\b",
    re.IGNORECASE,
)
CONFLICT_RE = re.compile(
    r"\b(?:attack\w*|bomb\w*|(?=blast|explosion)"
    + _NOT_INDUSTRIAL
    + r"(?:blast|explosion)(?!"
    + _AT_INDUSTRIAL_SITE
    + r")"
    r"|militant\w*|rebels?|insurgent\w*|troops|soldiers?"
    r"|army|shell(?:ing|ed|s)?|air\s?strikes?|airstrikes?|gunm[ae]n|gunfire|clash\w*|fighting"
    # (not a campaign against an ill: "Nixon declared war on the disease")
    r"|war(?!\s+on\s+(?:the\s+)?(?:disease|cancer|aids|malaria|obesity|poverty|hunger|smoking))"
    r"|conflict|ceasefire|cease-fire|truce|shot|rocket\w*|missiles?|drones?|mortar\w*|raid\w*"
    r"|ambush\w*|offensive|massacre\w*|terror\w*|violence|militia\w*|hostilit\w*)\b",
    re.IGNORECASE,
)
# A dispute that is no armed conflict, after the truce that pauses it: "a 90-day truce in their
# trade war", "a truce in the long-running patent dispute" (POLICY: not a ceasefire).
NON_CONFLICT_DISPUTE = (
    # ("a truce in their month-long oil price war")
    r"(?:(?:on|by|before)\s+[A-Z]?[a-z]+day\s+)?(?:(?:in|on|over)\s+(?:the|their|its|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:trade|tariff|price|pricing|patent|legal|boardroom|media|labou?r|pay|wage|contract)\s+"
    r"(?:wars?|disputes?|battles?|fights?|rows?)|lockouts?"
    # the dispute named by its commercial object: "a truce in their dispute over subsidies to
    # Airbus and Boeing", "a truce on Monday in their long-running row over landing slots"
    r"|(?:disputes?|rows?|feuds?|spats?|battles?|fights?)\s+over\s+(?:the\s+|their\s+|its\s+|an?\s+)?"
    # ("their bitter dispute over state aid to planemakers Airbus and Boeing")
    r"(?:[\w-]+\s+)?(?:subsid(?:y|ies)|(?<=state\s)aid|(?<=government\s)aid|(?<=public\s)aid|slots|prices|pricing|royalt(?:y|ies)|patents?|fees|licen[cs]es?"
    r"|copyrights?|broadcasting|streaming|tv\s+rights|market\s+share|dividends?|bonuses|wages|pay"
    # a labour dispute: "a truce in their long-running dispute over a new contract"
    r"|contracts?|pensions?|overtime|staffing|working\s+hours))"
    # the sides, then the commercial object: "a truce between the United States and the European
    # Union over aircraft subsidies"
    r"|between\s+(?:[\w'’.-]+\s+){1,8}?over\s+(?:[\w-]+\s+)?(?:subsid(?:y|ies)|tariffs?|trade|steel"
    r"|aluminium|aluminum|digital\s+tax(?:es)?)"
    # people's quarrel, told with their possessive: "a ceasefire in their bitter feud", "a truce in
    # his war of words with the coach" (not "the clan feud", which may be armed)
    r"|(?:in|on|over)\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:feud|spat|war\s+of\s+words"
    r"|rivalry|slanging\s+match|row))\b"
)

# Conflict theatres: places and peoples whose talks in the news are about an armed or frozen
# conflict (2004-2005 wire news, 2012-2023 web news). Not Ukraine (its 2004 crisis talks were
# political), Iran or Korea (nuclear talks), Myanmar (its talks were on democracy), nor Iraq's own
# parties (government formation).
THEATRE_RE = (
    r"(?:Kashmir|Darfur|Chechnya|Aceh|Kosovo|Cyprus|(?:Nagorno[-\s])?Karabakh|Abkhazia"
    r"|South\s+Ossetia|Transnistria|Trans-?Dniestr?|Western\s+Sahara|Mindanao|Syria|Yemen|Libya"
    r"|Donbass?|Tigray|Gaza|Afghanistan|(?:South\s+)?Sudan|Somalia|Northern\s+Ireland"
    r"|Sri\s+Lanka|Burundi|(?:eastern\s+)?Congo|Ivory\s+Coast|Mali|Central\s+African\s+Republic|Iraq)"
)
# The theatre as the adjective of its talks: "the Darfur talks", "Syrian peace talks", "the Cyprus
# reunification negotiations", "intra-Afghan negotiations" (not "Iraqi talks": coalition building).
THEATRE_ADJ_RE = (
    r"(?:Kashmir|Kashmiri|Darfur|Chechen|Aceh|Kosovo|Cyprus|Cypriot|(?:Nagorno[-\s])?Karabakh"
    r"|Abkhaz|Ossetian|Transnistria|Transnistrian|Trans-?Dniestr?|Western\s+Sahara|Mindanao|Syria"
    r"|Syrian|intra-Syrian|Yemen|Yemeni|Libya|Libyan|intra-Libyan|Donbass?|Tigray|Gaza|Afghan"
    r"|intra-Afghan|Sudan|Sudanese|Darfuri|Somali|Somalia|Burundi|Congo|Mali|Malian)"
)
# Fora named after a conflict's format: "the Normandy-format summit", "the Minsk Group", "the
# Astana process", and non-state armed groups by name ("talks with the ELN in Havana").
CONFLICT_FORUM_RE = (
    r"Normandy[-\s](?:format|four|quartet|summit|talks)|Minsk\s+(?:[Gg]roup|format|process|talks"
    r"|agreements?|accords?|peace)|Astana\s+(?:format|process|talks|peace)|Sochi\s+(?:format|process)"
    r"|FARC|Farc|ELN|LTTE|Tamil\s+Tigers|Free\s+Aceh\s+Movement|GAM|MILF|Polisario|PKK|M23"
    r"|SPLM(?:-IO|-N)?|JEM|Justice\s+and\s+Equality\s+Movement|Janjaweed|(?:al-)?Shabaab"
    r"|Boko\s+Haram|Islamic\s+State|ISIS|ISIL|Daesh|al-Qaeda|New\s+People['’]s\s+Army|Abu\s+Sayyaf"
)
# Two parties to a war named together ("Russian and Ukrainian delegations", "Israeli and
# Palestinian negotiators", "Armenia and Azerbaijan"): one group per conflict, for its own check.
WARRING_PAIRS = {
    "ru_ua": (
        r"(?:Russian?s?|Moscow)\s+and\s+(?:Ukrain(?:e|ian|ians)|Kyiv|Kiev)"
        r"|(?:Ukrain(?:e|ian|ians)|Kyiv|Kiev)\s+and\s+(?:Russian?s?|Moscow)"
    ),
    "il_ps": (
        r"Israel(?:i|is)?\s+and\s+(?:the\s+)?(?:Palestinians?|Hamas)"
        r"|(?:Palestinians?|Hamas)\s+and\s+Israel(?:i|is)?"
    ),
    "am_az": (
        r"Armenia(?:n|ns)?\s+and\s+Azerbaijan(?:i|is)?|Azerbaijan(?:i|is)?\s+and\s+Armenia(?:n|ns)?"
        r"|Baku\s+and\s+Yerevan|Yerevan\s+and\s+Baku"
    ),
    "ge": r"Georgian?s?\s+and\s+(?:Abkhaz|South\s+Ossetian|Ossetian)\w*|Tbilisi\s+and\s+Sukhumi",
    # the two communities of divided Cyprus: "Greek and Turkish Cypriot leaders", "Cyprus's Greek
    # and Turkish communities"
    "cy": (
        r"(?:Greek|Turkish)(?:\s+Cypriots?)?\s+and\s+(?:Greek|Turkish)\s+Cypriots?"
        r"|Cyprus['’]s?\s+Greek\s+and\s+Turkish\s+(?:Cypriots?|communities)"
    ),
}
# The same sides as adjectives of their leaders, who meet: "Israeli Prime Minister Ariel Sharon
# and Palestinian President Mahmoud Abbas will meet", "Israeli Defense Minister Shaul Mofaz will
# meet Palestinian security chief Mohammed Dahlan" (one group per conflict, as WARRING_PAIRS).
WARRING_SIDES = {
    "ru_ua": (r"(?:Russian|Moscow)", r"(?:Ukrainian|Kyiv|Kiev)"),
    "il_ps": (r"Israel(?:i|['’]s)", r"(?:Palestinian|Hamas)"),
    "am_az": (r"(?:Armenian|Armenia['’]s)", r"(?:Azerbaijani|Azerbaijan['’]s)"),
    "ge": (r"(?:Georgian|Georgia['’]s)", r"(?:Abkhaz|South\s+Ossetian|Ossetian)\w*"),
    "cy": (r"Greek\s+Cypriot", r"Turkish\s+Cypriot"),
}
