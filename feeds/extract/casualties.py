"""Casualty figures: a number phrase, the people it counts, and the verb that says what befell them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from feeds.extract.lexicon import (
    ADJECTIVES,
    AID,
    CHILDREN,
    CIVILIANS,
    COMBATANTS,
    CONFLICT_RE,
    DEMONYMS,
    DISASTER_RE,
    GENERIC_HEADS,
    GOVERNMENT,
    INDUSTRIAL_SITE_WORDS,
    INDUSTRY_WORDS,
    MODIFIER_HINTS,
    MONTH_RE,
    MONTHS,
    PERSON_NOUNS,
    REBELS,
    UNITS,
    UNSPECIFIED,
    WEEKDAYS,
)
from feeds.extract.numbers import NUMBER_TOKENS, WORD_NUMBER, Quantity, find_quantities, parse_number
from feeds.extract.scope import CUMULATIVE, INCIDENT, ScopeTracker, find_cues
from feeds.extract.text import (
    MAX_SENTENCE,
    Doc,
    case_sensitive,
    classes_of,
    mask_of,
    plain,
    tokenizable,
    trie_pattern,
    word_class,
)
from feeds.models import CasualtyFigure, Span

# --- what befell them ---------------------------------------------------------------------

_KIND_OF_STEM = (
    ("kill", "killed"), ("dead", "killed"), ("die", "killed"), ("death", "killed"),
    ("perish", "killed"), ("slain", "killed"), ("lost", "killed"), ("losing", "killed"),
    ("lose", "killed"), ("lives", "killed"), ("shot", "killed"), ("shoot", "killed"),
    ("execut", "killed"), ("massacr", "killed"), ("slaughter", "killed"),
    ("fall", "killed"), ("martyred", "killed"), ("martyring", "killed"),
    ("gunn", "killed"), ("bodies", "killed"), ("remains", "killed"), ("murder", "killed"),
    ("behead", "killed"), ("assassinat", "killed"), ("toll", "killed"), ("fatalit", "killed"),
    ("to their death", "killed"), ("claim", "killed"), ("burn", "killed"),
    ("suffocat", "killed"), ("asphyxiat", "killed"), ("shaheed", "killed"), ("shahad", "killed"),
    ("martyrdom", "killed"), ("hell", "killed"), ("supreme", "killed"), ("ultimate", "killed"),
    ("sacrificed", "killed"), ("eliminat", "killed"), ("apprehend", "detained"),
    ("wound", "wounded"), ("injur", "wounded"), ("hurt", "wounded"), ("maim", "wounded"),
    ("missing", "missing"), ("unaccounted", "missing"), ("disappear", "missing"),
    ("displac", "displaced"), ("fled", "displaced"), ("flee", "displaced"), ("safer", "displaced"),
    ("unable", "displaced"),
    ("uproot", "displaced"), ("homeless", "displaced"), ("refugee", "displaced"), ("crossed", "displaced"),
    ("refuge", "displaced"),
    ("evacuat", "displaced"), ("leave", "displaced"), ("forced", "displaced"),
    ("forcing", "displaced"), ("drove", "displaced"), ("driven", "displaced"), ("driving", "displaced"),
    ("from their home", "displaced"), ("out of their home", "displaced"),
    ("left their home", "displaced"), ("made homeless", "displaced"),
    ("arrest", "detained"), ("detain", "detained"), ("abduct", "detained"),
    ("kidnap", "detained"), ("hostage", "detained"), ("captive", "detained"),
    ("captur", "detained"), ("seiz", "detained"), ("snatch", "detained"), ("round", "detained"),
    ("held", "detained"),
    ("holding", "detained"), ("holds", "detained"), ("took", "detained"), ("taken", "detained"),
    ("taking", "detained"), ("custody", "detained"), ("captivity", "detained"), ("jail", "detained"),
    ("imprison", "detained"), ("abduction", "detained"), ("detention", "detained"),
)  # fmt: skip


# Lower-case stems of every kind trigger: a sentence without one states no figure.
KIND_STEMS = (
    "kill", "dead", "die", "death", "perish", "slain", "lives", "life", "lost", "losing", "lose",
    "shot", "execut", "massacr", "martyred", "martyring", "slaughter", "fell", "fall", "gunned",
    "bodies", "remains", "suffocat", "asphyxiat", "shaheed", "shahad", "martyrdom", "martyrs", "hell",
    "supreme", "ultimate", "apprehend", "sacrificed", "eliminat",
    "murder", "behead", "assassinat", "toll", "fatalit", "wound", "injur", "hurt", "maim", "missing",
    "unaccounted", "disappear", "displac", "fled", "flee", "uproot", "homeless", "refugee", "refuge", "safer",
    "unable",
    "crossed",
    "evacuat", "leave", "forced", "forcing", "drove", "driven", "driving", "from their home", "arrest",
    "detain", "abduct", "kidnap", "hostage", "captive", "captur", "seiz", "snatch", "round", "held", "hold",
    "took", "taken", "taking", "custody", "captivity", "jail", "imprison", "detention", "number of",
    "releas", "freed", "freeing",
)  # fmt: skip


# Word classes that gate the detailed patterns: a sentence states a figure only if it holds a
# kind trigger and a number (digits, number words) or a single person ("a soldier").
W_KIND = word_class(prefixes=" ".join(s.replace("number of", "number").split()[-1] for s in KIND_STEMS))
W_COUNT = word_class(" ".join(NUMBER_TOKENS), "0 1 2 3 4 5 6 7 8 9")
W_DIGIT = word_class(prefixes="0 1 2 3 4 5 6 7 8 9")
W_SINGLE = word_class(
    " ".join(PERSON_NOUNS) + " " + " ".join(ADJECTIVES) + " " + " ".join(DEMONYMS) + " another year yr",
    suffixes="ian ean ese ish ani eli aqi uti ali ton bek iot rab shi eni udi",
)
# Tokens a person noun may start ("passer" of "passer-by"): a sentence without one names none.
W_PERSON_START = word_class(prefixes=" ".join(sorted({tokenizable(p).split()[0] for p in PERSON_NOUNS})))
W_DISASTER = word_class(
    "typhoon hurricane cyclone tornado earthquake quake tsunami avalanche blizzard heatwave heat "
    "typhoons hurricanes cyclones tornadoes tornados earthquakes quakes tsunamis avalanches droughts "
    "drought collision overdose painkiller vioxx epidemic outbreak cholera covid coronavirus "
    "ebola stampede poisoning collapse superbug superbugs bacteria bacterial infection infections "
    "malaria tuberculosis influenza flu measles meningitis cancer cancers pandemic aids hiv diabetes "
    "dengue polio smallpox " + " ".join(INDUSTRY_WORDS + INDUSTRIAL_SITE_WORDS),
    # (an industrial explosion, by its cause or site: see INDUSTRIAL_BLAST)
    "flood landslide mudslide wildfire bushfire storm crash accident derail capsiz drown plung swept "
    "overturn flipped engulf gutted raced ripped",
)


# Words the left-side patterns need in the 60 characters before a number.
W_LEFT = word_class(
    "shot lives bodies remains toll held hold holding holds took taken taking take dead forced forcing drove "
    "driven driving lost losing lose loses",
    "kill wound injur hurt maim arrest detain abduct kidnap displac uproot seiz snatch captur round "
    "execut massacr slaughter behead assassinat shoot gunn evacuat claim death murder detention "
    "dead victim missing martyred martyring shahad martyrdom apprehend eliminat perished died",
)
W_NEGATION = word_class("no not none nobody without never zero")
W_POSSESSIVE = word_class("his her their")
W_AMONG = word_class("among")  # "Among them were 32 civilians": a sentence with no kind word
W_OR = word_class("or")  # (_COMBINED_LEFT needs it as a token)


@lru_cache(maxsize=4096)
def kind_of(word: str) -> str | None:
    """The casualty kind a trigger word names ("wounding" -> "wounded")."""
    if word.endswith(("wounds", "injuries")):
        return "wounded"  # "taken to hospital with shrapnel wounds" (not "taken": held)
    if " and " in word:
        word = word.rpartition(" and ")[2]  # "shot and wounded": the manner, then the kind
    for w in word.lower().split():
        if w == "fell":
            return "killed"  # (a whole word: "a fellow rebel" is no death)
        if w == "left" and " " in word:
            return "displaced"  # ("have left their homes", "left the settlements"; not "leftist")
        for stem, kind in _KIND_OF_STEM:
            if w.startswith(stem):
                return kind
    return None


# Verbs/nouns right before the number: "killing at least 20", "deaths of 12", "toll of 18".
# (Every trigger starts with a lower-case letter: the look-ahead passes over the ends of words
# before the alternatives are tried, the same matches in fewer tries.)
_LEFT_TRIGGER = re.compile(
    r"\b(?=[a-z])(?P<trig>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing|s)?"
    r"|maim(?:ed|ing|s)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|abduct(?:ed|ing|s)?"
    # ("Armed men ... snatched two foreign employees of the United Nations election office")
    r"|kidnapp?(?:ed|ing|s)?|displac(?:ed|ing|es)|uproot(?:ed|ing|s)?|seiz(?:ed|ing|es)|snatch(?:ed|ing|es)"
    r"|captur(?:ed|ing|es)|round(?:ed|ing)?\s+up|execut(?:ed|ing|es)|massacr(?:ed|ing|es)|martyr(?:ed|ing)"
    r"|apprehend(?:ed|ing|s)?|eliminat(?:ed|ing)"
    # "caused serious injuries to 223 others"
    r"|(?:(?:serious|severe|minor|critical)\s+)?injuries\s+to"
    r"|slaughter(?:ed|ing|s)?|behead(?:ed|ing|s)?|assassinat(?:ed|ing|es)"
    r"|(?:shot|shooting|shoots|gunn(?:ed|ing))\s+(?:dead|down)|evacuat(?:ed|ing|es)"
    # the manner before the victims: "hacked to death 11 villagers", "beat to death two men"
    r"|(?:hack|beat|stabb|club|burn|ston|bludgeon|tortur|lynch|batter)(?:ed|en|ing|s)?\s+to\s+death"
    # a massacre told by its victims: "the 1995 massacre of up to 8,000 Muslim men and boys"
    r"|(?:massacre|slaughter)s?\s+of"
    # ("the UN verified the killing of 96 children and the maiming of 214 more")
    r"|claim(?:ed|ing|s)?\s+the\s+lives\s+of|(?:the\s+)?lives\s+of|deaths?\s+of|killings?\s+of|maiming\s+of"
    r"|injur(?:y|ies)\s+of"
    r"|murders?\s+of|bodies\s+of|remains\s+of|abductions?\s+of|kidnappings?\s+of|arrests?\s+of"
    r"|(?:shahadat|shahadah|martyrdom)\s+of"
    r"|detention\s+of|displacement\s+of|(?:death\s+|fatality\s+)?toll\s+(?:of|at|to|stood\s+at"
    r"|stands\s+at|rose\s+to|reached|climbed\s+to|hit|passed|topped)"
    # the object after the particle: "had taken hostage seven foreign truck drivers", "took captive
    # 12 soldiers" (before "took" alone, that needs the captives named after the people)
    r"|(?:took|taken|taking|takes?|held|holding|holds?)\s+(?:as\s+)?(?:hostages?|captives?)"
    r"|held|holding|holds|hold|took"
    r"|taken|taking|take|forced|forcing|drove|driven|driving|lost|losing|loses|lose)"
    r"(?:\s+(?:another|a\s+total\s+of|a\s+total|the|an\s+additional|additional|up|some|all"
    r"|(?:him|her|them)sel(?:f|ves)\s+and"
    # a side's own people: "killed its two top commanders", "killed the group's two leaders"
    # (and a man's own: "killed a fisherman and wounded his two young sons")
    r"|its|their|his|her|(?:the\s+)?[a-z][\w-]*(?:['’]s|s['’])))?\s*$"
)
_HURT_NEXT = re.compile(r"\s+(?:seriously\s+|severely\s+|badly\s+|critically\s+)?(?:wounded|injured)\b")
_HOSTAGE_VERBS = frozenset("held holding hold holds took taken taking take".split())
# "Israel has lost 64 soldiers", "the rebels said they had lost 20 fighters": armed men killed
# (not "lost two seats", "lost 300 jobs", "lost 30 members").
_LOSS_VERBS = frozenset("lost losing loses lose".split())
_HOSTAGE_HEADS = frozenset("hostage hostages captive captives prisoner prisoners".split())
# "holding three soldiers", "took two guards hostage": armed men held by the other side.
_ARMED_GROUPS = frozenset((GOVERNMENT, REBELS, COMBATANTS))
# (and "Israel holds some 8,000 Palestinians in its jails", "held 300 men in its prisons")
_CAPTIVE_AFTER = re.compile(
    r"\s+(?:as\s+)?(?:hostages?|captives?|prisoners?)\b"
    r"|\s+in\s+(?:its|their|his|her|[A-Z][\w-]+|[A-Z][\w-]+['’]s)\s+(?:jails?|prisons?|custody|detention|captivity)\b",
    re.IGNORECASE,
)
_NOT_CAPTIVE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:accountable|responsible|liable|back|in\s+reserve|at\s+bay|talks)\b", re.IGNORECASE
)


_DRIVE_VERBS = frozenset("forced forcing drove driven driving".split())
# "forced 400,000 people from their homes", "drove thousands out of their villages", "driven
# 350,000 people from displacement camps", "forcing 5,000 residents to flee": people driven out
# (displaced), not forced to do something else.
_DRIVEN_OUT = re.compile(
    r"\s+(?:(?:from|out\s+of)\s+(?:(?:their|his|her|the)\s+)?(?:[\w-]+\s+)?(?:homes?|houses?|villages?"
    r"|towns?|camps?|neighbou?rhoods?|land)"
    r"|to\s+(?:flee|leave|abandon|evacuate|seek\s+refuge|take\s+refuge)"
    # "driving an estimated 8,000 people toward the town of Nyala"
    r"|towards?"
    # "forced 1.7 million people into camps", "drove thousands into exile"
    r"|into\s+(?:(?:the|their)\s+)?(?:[\w-]+\s+)?(?:camps|exile|hiding))\b",
    re.IGNORECASE,
)


def _held_captive(text: str, trig: str, noun: _Noun, hi: int, still: bool = False) -> bool:
    """Whether "held/holding/took N <people>" means they are held captive."""
    if noun.head in _HOSTAGE_HEADS or _CAPTIVE_AFTER.match(text, noun.end, hi):
        return True
    if trig not in ("held", "holding") or _NOT_CAPTIVE_AFTER.match(text, noun.end, hi):
        return False
    if noun.group() in _ARMED_GROUPS:
        return True
    # "was still holding two other Turkish drivers", "are still being held": still in captivity
    return still and noun.person and not noun.bare


_COMBINED_LEFT = re.compile(
    r"\b(?:kill\w*|dead)\s+or\s+(?:wound\w*|injur\w*)\s*$|\b(?:wound\w*|injur\w*)\s+or\s+"
    r"(?:kill\w*|dead)\s*$"
)
# "1,300 people killed or wounded", "20 soldiers dead or injured": a combined total, after the people.
_COMBINED_RIGHT = re.compile(
    # (or missing: "200,000 people have been killed or are missing", "were killed or went missing")
    r"\s+or\s+(?:(?:are|were|is|was|have\s+been|has\s+been|had\s+been|went|gone|remain|remained)\s+)?"
    r"(?:\w+ly\s+)?(?:kill\w*|dead|wound\w*|injur\w*|maim\w*|hurt|missing)\b"
)
_BOTH_LEFT = re.compile(r"\b(?P<a>kill\w*)\s+and\s+(?P<b>wound\w*|injur\w*)\s*$")

_AUX = (
    r"(?:have|has|had|been|be|were|was|are|is|also|reportedly|reported|to|said|believed|feared"
    r"|confirmed|later|allegedly|all|now|still|subsequently|apparently|thought|presumed"
    r"|officially|brutally|either|both|each|being|so\s+far|in\s+all|in\s+total|altogether"
    r"|already|since|then|mostly|initially|newly|found|left|lay|lie|lying|as|remain|remains"
    r"|remained|may|might|could|would|will|must|not\s+yet|yet|\w+ly"
    # "Three humanitarian workers ... were among those killed", "people who went missing"
    r"|among\s+(?:those|the)|went|gone"
    # "about 1.4 million people are registered as internally displaced"
    r"|registered\s+as)"
)
_RIGHT_KIND = (
    # (not a suicide: "two employees killed themselves", "a guard who died by suicide")
    r"(?P<kind>killed(?!\s+(?:themselves|himself|herself)\b)|dead|died(?!\s+(?:by|of|from)\s+suicide\b)"
    r"|die|dies|dying|perished|slain|lost\s+their\s+lives"
    r"|losing\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|shot\s+dead|gunned\s+down"
    # "were shot and killed", "was stabbed and wounded" (the manner, then the kind)
    r"|(?:shot|stabbed|hacked|beaten|ambushed|attacked)\s+and\s+(?:killed|wounded|injured)"
    r"|executed|massacred|murdered|beheaded|assassinated|martyred|falling|fell|fallen"
    # the idioms of South Asian and Arab state media: "embraced Shaheed", "embraced martyrdom",
    # "were sent to hell", "paid the supreme price", "received injuries", "were apprehended"
    r"|(?:embrac|attain)(?:ed|es|s|ing)?\s+(?:shaheed|shahadat|shahadah|martyrdom)|sent\s+to\s+hell"
    r"|(?:paid|made)\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)|sacrificed\s+their\s+lives"
    r"|(?:received|sustained|suffered)\s+(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?)|got\s+(?:\w+ly\s+)?(?:injured|wounded)"
    # "two terrorists were eliminated" (a security-force release: killed)
    r"|apprehended|eliminated"
    # ("the IRA had been behind two killings in Belfast": a killing is one dead)
    r"|to\s+their\s+deaths?|deaths|fatalities|killings|murders|wounded|injured|injuries|hurt|maimed"
    # "78 protesters suffocated in army trucks"
    r"|suffocated|asphyxiated"
    # "were hacked to death", "had been treated for injuries"
    r"|(?:hacked|beaten|stabbed|clubbed|burned|burnt|stoned|bludgeoned|tortured|crushed|starved"
    r"|kicked|trampled|lynched|battered)\s+to\s+death"
    r"|treated\s+(?:in\s+(?:a\s+)?hospital\s+)?for\s+(?:[\w-]+\s+)?(?:injuries|wounds)"
    # "had been admitted with shrapnel wounds", "was rushed to hospital with gunshot wounds"
    r"|(?:admitted|hospitali[sz]ed|rushed|brought|taken)\s+(?:to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?hospital\s+)?"
    r"with\s+(?:[\w-]+\s+)?(?:injuries|wounds)"
    r"|missing|unaccounted\s+for|disappeared|displaced|fled|fleeing|flee|uprooted"
    r"|made\s+homeless|homeless|refugees|evacuated|forced\s+(?:to\s+flee|from|out)"
    # "Some 5,000 people sought refuge in the church"
    r"|(?:sought|seeking|took|taking|taken)\s+refuge"
    # "had been driven from their homes", "were forced into camps"
    r"|driven\s+(?:from|out)(?:\s+of)?(?:\s+(?:their|his|her)\s+homes?)?|(?:forced|driven)\s+into\s+(?:(?:the|their)\s+)?(?:[\w-]+\s+)?(?:camps|exile|hiding)"
    # ("have been forced to leave", "had to leave their homes")
    # ("2,800 people, including 400 children, have left the settlements")
    r"|to\s+flee|(?:forced\s+)?to\s+leave|left\s+(?:their|the)\s+(?:homes?|settlements?|villages?)"
    r"|arrested|detained|abducted|kidnapped"
    # "forced 1,000 families to shift to safer places", "remain unable to return to their homes"
    # refugees told by the borders they crossed: "some 350,000 others have crossed into neighbouring
    # countries" (not "militants crossed into Israel": fighters cross borders too)
    r"|crossed\s+(?:the\s+border\s+)?into\s+neighbou?ring\s+(?:countries|states)"
    # ("nearly 40,000 residents of border villages have moved to safer places")
    r"|(?:to\s+)?(?:shift(?:ed)?|mov(?:e|ed)|relocat(?:e|ed))\s+to\s+safer\s+(?:places|locations|areas)"
    r"|unable\s+to\s+return\s+(?:to\s+)?(?:their|his|her)\s+homes?"
    r"|taken\s+hostage|held\s+hostage|taken\s+captive|held\s+captive|captured|seized|snatched"
    # led off by their captors: "only 31 persons were taken away" (not to a hospital or a morgue)
    r"|taken\s+away(?!\s+(?:to|for|by\s+ambulance)\b)"
    # "two soldiers were taken prisoner", "held as prisoners" (GUIDELINES 2.4: people captured)
    r"|(?:taken|held)\s+(?:as\s+)?prisoners?"
    # "remain in Russian captivity", "are in police custody"
    r"|rounded\s+up|being\s+held|in\s+(?:[\w-]+\s+)?(?:custody|captivity|detention)|jailed|imprisoned|arrests|abductions"
    # "15,000 people are listed as missing"
    r"|(?:listed|registered|recorded)\s+as\s+missing"
    # the passive only: "two journalists were also held" (not "protesters held a rally", "were held
    # up", "held responsible")
    r"|(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))(?:also\s+|still\s+)?held(?!\s+(?:up|back|responsible|accountable"
    r"|liable|in\s+reserve|at\s+bay|a|an|the|talks|their|its|his|her)\b)"
    r"|among\s+(?:those|the\s+people|the)\s+(?:killed|dead|wounded|injured|hurt|missing"
    r"|arrested|detained|abducted|kidnapped)"
    # "two Thai nationals were among five people killed", "were among the 12 dead"
    r"|among\s+(?:the\s+)?(?:at\s+least\s+)?[\w,.-]+\s+(?:(?:people|persons|civilians|others|victims)\s+)?"
    r"(?:killed|dead|wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped))\b"
)
# The point of an abbreviation in lower-cased text, after a one-letter token ("u.n.", "u.s."):
# asides and place phrases hold them ("most of them u.n. staff", "in a u.s. drone strike").
_ABBREV_DOT = r"(?<=\b[a-z])\."
# ", with 300 others injured", ", with dozens more wounded": an absolute clause with a figure and a
# kind of its own (not ", with two others, were wounded": one subject).
_WITH_FIGURE = (
    r"(?:(?:at\s+least|more\s+than|about|some|nearly|almost|over|up\s+to|another|a\s+further)\s+)?"
    r"(?:\d|(?:dozens|scores|hundreds|thousands|" + WORD_NUMBER + r")\b)[^,.;:]{0,30}?"
    r"\b(?:killed|dead|wounded|injured|hurt|missing|displaced)\b"
)
# (an age in words: "aged eight and eleven", "aged twenty-two")
_AGE_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six"
    r"|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|one|two|three|four|five|six|seven|eight|nine)\b"
)
# The ages in a list of named people after a counted plural (lower case): ", ali hassan, 12,".
_NAMED_AGES = re.compile(r",\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?,\s+(\d{1,3}|" + _AGE_WORD + r")(?=\s*,)")
# After the noun group: optional aside, place phrase, relative pronoun, auxiliaries, then a kind.
_RIGHT_TRIGGER = re.compile(
    r"(?:\s*,?\s*(?:including|among\s+them|among\s+whom|most\s+of\s+them|mostly|many\s+of\s+them"
    # a share of them: "250 people, around half of them children, were killed"
    r"|(?:(?:about|around|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?(?:half|a\s+third"
    r"|a\s+quarter|a\s+fifth|two[\s-]thirds|three[\s-]quarters)\s+of\s+(?:them|whom)"
    r"|some\s+of\s+them|all\s+but\s+\w+\s+of\s+them|primarily|mainly|all\s+of\s+them|mainly)\b"
    # (not past a figure after ", and": "rose to 40, including 12 children, and 60 wounded")
    # (nor past a verb of the outer subject: "rescued 106 people, including women and children, who
    # had been trapped inside, and killed all the attackers")
    # (nor into a clause of its own: "had rescued 106 people, including women and children, and that
    # all of the attackers had been killed")
    r"(?:(?!\b(?:while|whereas)\b|,\s+and\s+(?:\d|more\s+than|at\s+least|about|some|nearly|over\b|that\b"
    r"|[a-z]+ed\b))"
    r"[^.;:\"“”]|" + _ABBREV_DOT + r"){0,70}?,?"
    # an aside between dashes or in brackets: "1.9 million people - 85 percent of the population -
    # have been displaced", "15 people (three of them children) were killed"
    r"|\s+[-–—]+\s+[^-–—.;:\"“”]{1,70}?\s+[-–—]+|\s*\([^().;:]{1,70}\)"
    # the people counted, by name and age: "Three civilians, Ahmed Ali, 45, his wife Fatima, 40,
    # and their son Omar, 12, were killed"
    r"|(?:\s*,\s+(?:and\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?,\s+(?:\d{1,3}|"
    + _AGE_WORD
    + r")(?=\s*,)){1,6}\s*,"
    # an aside on the share of a population, between commas: "1.5 million people, about 70 per
    # cent of the population, have fled", "100,000 Armenians, nearly the entire population of the
    # region, have left"
    r"|\s*,\s+(?:[\w'’-]+\s+){0,4}?(?:[\d.]+\s*(?:%|per\s*cent|percent)|half|a\s+third|a\s+quarter"
    r"|a\s+fifth|(?:two|three)[\s-](?:thirds|quarters)|entire|whole|most|majority)\b[^,.;:()\"“”]{0,50}?"
    r"\bpopulation\b[^,.;:()\"“”]{0,40}?,"
    # an aside between commas right before the verb: "The two gunmen, brothers from East
    # Jerusalem, were shot dead" (no number in it: "two of them officers" is a figure of its own;
    # a relative clause between commas: see below)
    r"|\s*,\s+(?!(?:and|or|but|while|whereas|including|when|as|after)\b)[^,.;:()\"“”\d]{1,70}?,"
    r"(?=\s+(?:were|was|had\s+been|have\s+been|has\s+been|embraced)\s))?"
    r"(?:\s+(?:in|on|at|near|from|inside|across|around|of|along|outside|working|living|based"
    r"|serving|travelling|traveling|riding|carrying|aboard|belonging"
    # the body they work for: "A Malian interpreter employed by the mission was also hurt"
    r"|employed|hired|contracted|stationed|deployed|posted"
    # where the people were when hit: "A 12-year-old boy caught in the crossfire was also killed"
    r"|caught|trapped|standing|sitting|waiting|walking|playing|sleeping|hiding|queuing|queueing|shopping"
    # the body they work for ("aid workers with World Central Kitchen"), not a weapon ("a man
    # with a sword killed one person")
    r"|with(?!\s+an?\b))\b"
    # (not into an absolute clause with a figure of its own: "the death toll rose to 276 on Monday,
    # with 300 others injured")
    r"(?:(?!\b(?:while|and\s+\d|but|who|which|that|when|after|as|where|said|says|killing"
    r"|wounding|injuring)\b|,\s+with\s+" + _WITH_FIGURE + r")(?:[^.;:\"“”]|" + _ABBREV_DOT + r")){0,80}?)?"
    # a relative clause between commas, right after the people or after a place or group named:
    # "Two militants, who claimed the attacks, were arrested", "members of the Abu Sayyaf group,
    # which claimed the attacks, were arrested"
    r"(?:\s*,\s+(?:which|who)\s+[^,.;:()\"“”]{1,60}?,)?"
    r"(?:\s*,?\s+(?:who|that|whom)"
    # a relative clause in the progressive before the predicate: "Twenty soldiers who were
    # screening the new arrivals were also killed", "people who were fleeing the town died"
    # (or where they lived: "Some 350,000 people who had been living in camps around Goma have been
    # uprooted again", "people who lived in the camps have fled")
    r"(?:(?:\s+(?:were|was|had\s+been)\s+[a-z]+ing|\s+(?:lived|worked|stayed|sheltered|camped))"
    r"(?:\s+(?!(?:when|while|and|but|as|after|before|who|which|that"
    r"|killing|wounding|injuring)\b)[\w'’-]+){0,6}?,?(?=\s+(?:were|was|had|have|has)\s))?)?"
    r"(?:\s*,?\s+" + _AUX + r"\b)*"
    r"\s*,?\s+" + _RIGHT_KIND
)
# One word of each _RIGHT_KIND phrase, a whole token wherever the phrase occurs ("lives" of "lost
# their lives"): after a number whose rest of sentence holds none of them, _RIGHT_TRIGGER fails.
_IDIOM_VERBS = "received sustained suffered got embraced attained sacrificed paid eliminated apprehended"
"""The verbs that open the state-media kinds of _RIGHT_KIND ("received injuries", "embraced
Shaheed", "paid the supreme price", "were eliminated"): each a kind token, and the end of the
people's noun group (see _STOP)."""
_RIGHT_KIND_TOKENS = frozenset(
    (
        "killed dead died die dies dying perished slain lives life gunned executed massacred "
        "martyred murdered beheaded assassinated falling fell fallen death deaths fatalities killings "
        "murders wounded "
        "injured injuries hurt maimed missing unaccounted disappeared displaced fled fleeing flee "
        "uprooted homeless refugees refuge evacuated forced leave left arrested detained abducted kidnapped "
        "taken held captured seized snatched rounded custody captivity jailed imprisoned arrests abductions "
        "death wounds driven suffocated asphyxiated embraces embracing sent made attains detention "
        "safer unable crossed " + _IDIOM_VERBS
    ).split()
)


# Verbs that, with an object after them, make the people before them the doers: "Two gunmen
# killed four people", "20 militants killed three soldiers" (perpetrators are no figure).
_ACTIVE_VERBS = frozenset(
    "killed wounded injured hurt maimed executed massacred martyred murdered beheaded assassinated abducted "
    "kidnapped arrested detained captured seized snatched displaced evacuated".split()
)
_OBJECT_DET = re.compile(
    r"\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?(?:(?P<det>an?|the|his|her|their|its)\b)?\s*"
)


def _active_object(text: str, m: re.Match[str], hi: int) -> bool:
    """Whether the kind verb matched by _RIGHT_TRIGGER has people as its object (active voice)."""
    if m.group("kind") not in _ACTIVE_VERBS:
        return False
    det = _OBJECT_DET.match(text, m.end(), hi)
    if det is None:
        return False
    pos = det.end()
    if det.group("det"):
        noun = _noun_group(text, pos, hi, single=True)
        return noun is not None and noun.person
    word = _WORD.match(text, pos, hi)
    if word is None or (word.group(1).lower() not in NUMBER_TOKENS and not word.group(1)[0].isdigit()):
        return False
    noun = _noun_group(text, word.end(1), hi)
    return noun is not None and noun.person and not noun.bare


def _right_trigger(doc: Doc, pos: int, hi: int) -> re.Match[str] | None:
    """_RIGHT_TRIGGER matched at pos, tried only when (plain) low[pos:hi] holds a kind token."""
    if doc.plain_between(pos, hi) and _RIGHT_KIND_TOKENS.isdisjoint(doc.flat[pos:hi].split()):
        return None
    m = _RIGHT_TRIGGER.match(doc.low, pos, hi)
    if (
        m is not None
        and doc.low.endswith(", and ", pos, m.start("kind"))
        and (" who " in doc.low[pos : m.start("kind")] or " which " in doc.low[pos : m.start("kind")])
    ):
        # "rescued 106 people, including women and children, who had been trapped inside the
        # hotel, and killed all the attackers": the verb of the outer subject, after the clause
        return None
    return m


# "The wounded included an army officer", "among the dead were two children".
_LIST_VERBS = ("include", "included", "includes", "were", "was", "are", "is")
"""The words one of which the text before a number ends with when _LEFT_LIST matches there."""
_LEFT_LIST = re.compile(
    # ("Among those who perished were at least 31 foreigners")
    r"\b(?P<trig>dead|wounded|injured|killed|victims|missing|detained|arrested|abducted"
    r"|(?<=who\s)(?:perished|died))\s+"
    r"(?:included?|includes|were|was|are|is)\s*$"
)
# What stands between "toll" / "number of ... killed" and the number: words, and dates ("the death
# toll since Oct. 7 has passed 30,000", "the number of people killed since 7 October rose to ..."),
# but no other number or sentence break.
_TO_NUMBER = (
    r"(?:[^\d.;:]|"
    + MONTH_RE
    + r"\s*\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_RE
    + r"|\b(?:19|20)\d\d\b"
    # a duration: "bringing the number displaced by the 20-month conflict to about 1.65 million"
    + r"|\b\d{1,3}-(?:years?|months?|weeks?|days?|hours?)\b)"
)
_TOLL_LEFT = re.compile(
    r"\b(?P<pre>(?:civilian|death|fatality|overall|official|provisional|new|final|total)\s+)*"
    r"toll\b(?P<mid>" + _TO_NUMBER + r"{0,70})$",
    re.IGNORECASE,
)
# What "the number of (who) ..." counts, after the people: "the number of civilians killed", "the
# number of U.S. service members who have died" (a relative clause before the verb).
_COUNTED = (
    # ("the number of guerrillas it says it has killed")
    r"(?P<who>(?:[\w'.-]+\s+){0,4}?)(?:(?:who|that)\s+(?:have|has|had)\s+(?:been\s+)?"
    r"|(?:it|they)\s+(?:says?|said|claims?|claimed)\s+(?:it|they)\s+(?:has|have|had)\s+)?"
    r"(?P<trig>dead|deaths|killed|died|fatalities|wounded|injured|displaced"
    r"|refugees|detainees|arrested|detained|missing|abducted|kidnapped|held)\b"
)
# ("the number killed since January": the people left out)
_NUMBER_OF_LEFT = re.compile(
    r"\bnumber\s+(?:of\s+|(?=(?:dead|deaths|killed|wounded|injured|displaced|detained|missing)\b))"
    + _COUNTED
    + r"(?P<mid>"
    + _TO_NUMBER
    + r"{0,60})$",
    re.IGNORECASE,
)
# "bringing to 60 the number of troops killed", "raising to 31 the death toll", "The deaths brought
# to 1,040 the number of ...": the count first.
_RAISING_TO_LEFT = re.compile(
    r"\b(?:bring(?:ing|s)?|brought|rais(?:ing|es|ed)|tak(?:ing|es)|took|push(?:ing|es|ed))\s+to\s*$",
    re.IGNORECASE,
)
_NUMBER_OF_RIGHT = re.compile(
    r"\s+the\s+(?:(?:overall|total|official|civilian|death|fatality)\s+)?(?:(?P<toll>toll)\b|(?:number"
    r"|tally|total|count)\s+(?:of\s+(?:the\s+)?)?" + _COUNTED + r")",
    re.IGNORECASE,
)
# "..., bringing the total since October 7 to 9,200": a running total of the figure before.
_RAISING_TOTAL_LEFT = re.compile(
    r"\b(?:bringing|raising|taking|pushing)\s+(?:the|its|their)\s+(?:overall\s+|cumulative\s+)?"
    r"(?:total|tally)\b[^.;:]{0,40}?\bto\s*$",
    re.IGNORECASE,
)


# "The death toll from Saturday's suicide bombing of a bus convoy near Aleppo has risen to 126": the
# toll named at the head of a long subject, the verb of its growth right before the number.
_TOLL_RISEN = re.compile(
    r"\b(?:has\s+|had\s+|have\s+)?(?:risen|rose|rises|climbed|climbs|jumped|increased|grown|reached"
    r"|reaches|stood\s+at|stands\s+at)\s+(?:to\s+)?$"
)
_TOLL_FAR = re.compile(
    # (within the toll's own clause: not "the death toll is expected to rise, and the number of
    # people in hospital has reached 45")
    r"\b(?P<pre>(?:death|civilian|fatality)\s+)toll\b"
    r"(?P<mid>(?:(?!,\s+(?:and|but|while|as|whereas)\b|\bnumber\b)[^\d.;:]){0,160})$",
    re.IGNORECASE,
)


# ... and "the number of" them, the same way: "The number of people killed in Wednesday's attack on
# a military hospital in Kabul has risen to 49".
_NUMBER_FAR = re.compile(
    r"\bnumber\s+of\s+"
    + _COUNTED
    + r"(?P<mid>(?:(?!,\s+(?:and|but|while|as|whereas)\b|\bnumber\b)[^\d.;:]){0,160})$",
    re.IGNORECASE,
)


def _ends_with_to(low: str, a: int, b: int) -> bool:
    """Whether low[a:b] ends with "to", spaces aside: where _RAISING_TO_LEFT or
    _RAISING_TOTAL_LEFT may match in the text (a fast gate)."""
    return low[a:b].rstrip().endswith("to")


_SUBGROUP_LEFT = re.compile(
    r"(?:\bincluding|\bincluded|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bamong\s+the\s+"
    r"(?:dead|victims|killed|wounded|injured))(?:\s+(?:were|was|are|is))?\s*$"
)
# "Among them were 32 civilians", "Among those were ...": a part of the figure of the sentence before.
_AMONG_THEM_LEAD = re.compile(r"among\s+(?:them|those|the\s+victims)\s+(?:were|was|are|is)\s+$")
# "Of those killed, 12 were children", "Of the wounded, eight were women": the part's kind.
_OF_THOSE_LEFT = re.compile(
    r"\bof\s+(?:the|those)\s+(?P<trig>killed|dead|wounded|injured|missing|arrested|detained|abducted"
    r"|kidnapped)\s*,\s*$"
)
_SUBGROUP_REACH = 24
"""How far before a number _SUBGROUP_LEFT may start ("among the victims were ")."""
_SUBGROUP_WORDS = ("includ", "among", "whom")
"""Strings one of which _SUBGROUP_LEFT needs (a fast gate)."""
_NEGATION = re.compile(r"\b(?:no|not|none|nobody|without|never|zero)\b[^,.;]{0,20}$")
_BETWEEN_COORD = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)$")
_GAPPED = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|arrested"
    r"|abducted|kidnapped)\b(?:(?!\b(?:and|but|while|who|which|when|as)\b)[^.;:,]){0,40}?\s+and\s+$"
)
_ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+$")
_AND_POSSESSIVE = re.compile(r"\s+and\s+(?:his|her|their)\s+")
_BETWEEN_CONT = re.compile(
    r"^(?:(?!\b(?:said|says|is|are|was|were|has|have|had|and\s+(?:said|was|were))\b)"
    r"[^.;:\"“”]){0,70}?(?:\band|,)\s*(?:another\s+|a\s+further\s+|(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# Nouns that say what befell the people they count: "1.5 million refugees", "20 bodies".
_KIND_HEADS = {
    "dead": "killed", "bodies": "killed", "martyrs": "killed", "refugees": "displaced",
    "detainees": "detained", "hostages": "detained", "captives": "detained", "hostage": "detained",
}  # fmt: skip
_EXCHANGE = re.compile(r"\b(?:exchang\w*|swap\w*|trade)\b", re.IGNORECASE)
# Captives freed in a swap are its terms (POLICY): "Hamas is freeing 33 Israeli hostages in exchange
# for hundreds of Palestinian prisoners".
_IN_EXCHANGE = re.compile(r"[^.;]{0,40}?\bin\s+(?:exchange|return)\s+for\b", re.IGNORECASE)
# Captives a deal is to free are its terms, not a detention (POLICY): "aim to agree the release of
# about 1,000 detainees", "the first 13 hostages would be freed" (not "announced the release of
# 50 detainees", "Hamas freed 13 hostages").
_TO_BE_FREED_LEFT = re.compile(
    r"\b(?:to|would|will|could|shall|must)\s+(?:[\w-]+\s+){0,3}?(?:free|release|exchange|swap)(?:\s+of)?"
    r"\s+(?:[\w-]+\s+){0,2}?$"
    # a deal's terms: "the deal provides for the release of 800 detainees", "an agreement on the
    # exchange of 1,000 prisoners"
    r"|\b(?:deal|accord|agreement|truce|ceasefire|provid(?:es|ed|ing)|negotiat\w*|talks)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:release|exchange|swap)\s+of\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# ... but the captives a deal is to free who are "still held" are a detention stock.
_STILL_HELD = re.compile(
    r"\s+(?:still\s+|currently\s+)?(?:held|being\s+held|in\s+captivity)\b", re.IGNORECASE
)
_TO_BE_FREED_RIGHT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:would|will|shall|could|to|(?:is|are|was|were)\s+(?:(?:due|set|expected"
    r"|scheduled)\s+)?to)\s+be\s+(?:freed|released|exchanged|swapped|handed\s+over)\b",
    re.IGNORECASE,
)
# "and two officials said": the figure is the speaker (", the army said" after it is attribution);
# "a teacher and a local resident said", "a doctor and two nurses told Reuters": speakers joined by
# "and".
_SPEAKER = re.compile(
    r"\s+(?:and\s+(?:[\w-]+\s+){1,3}?|(?:\w+\s+){0,2}?"
    # (named by where they work: "a senior doctor at the city's main hospital said")
    r"|(?:at|from|of|with)\s+(?:the|a|an|his|her|their|its)\s+[^,.;:\"“”]{1,40}?\s+)"
    r"(?:said|says|told|added|reported|stated|confirmed|announced)\b",
    re.IGNORECASE,
)
# (not the adjectives of a place phrase: "20 people in neighbouring Konduga on Saturday and 12 in
# Gamboru", "in the besieged city", "in rebel-held areas", "in the Israeli-occupied West Bank")
_VERBISH = re.compile(
    r"\b(?<!-)(?!including\b|(?:neighbou?ring|surrounding|besieged|occupied|disputed|embattled"
    r"|restive|outlying|adjoining)\b)\w+(?:ed|ing)\b",
    re.IGNORECASE,
)
_SIDE = re.compile(r"[^.;]{0,40}?\bon\s+the\s+side\s+of\s+(?:the\s+)?([\w-]+)", re.IGNORECASE)
# What an age may describe besides a person: "an eight-day-old offensive", "the two-week-old truce".
_AGED_THING = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:offensive|operation|campaign|truce|ceasefire|cease-fire|conflict|war|dispute"
    r"|siege|crisis|uprising|insurgency|rebellion|occupation|blockade|standoff|stand-off|stalemate|feud"
    r"|fighting|protests?|strike|boycott|government|regime|coalition|law|ban|rule|agreement|deal|accord"
    r"|movement|party|company|tradition|building|house|bridge|mosque|church|temple)\b",
    re.IGNORECASE,
)
_AGE_UNIT_ENDS = ("-year", "-years", "-month", "-months")
"""How an age ends when its "old" is written apart: "a 45-year old woman"."""
# "11-year-old", "nine-year-old", "two-month-old" (an infant: age 0).
_AGE = re.compile(
    r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)[-\s](?P<unit>year|yr|month|week|day)s?[-\s]old", re.IGNORECASE
)
_MORE = re.compile(r"\s+more", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_WORD = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z])(\.?)")
_OF_DET = re.compile(
    # ("killing three of them." / "wounding two of them, officials said": the people named before,
    # at the end of the clause)
    r"\s+of\s+(?:(?:them|the|those|whom|these|its|their|his|her)\b(?=\s*[A-Za-z])|them\b(?=\s*(?:[,.;:]|$))"
    r"|(?=\s*[A-Za-z]))",
    re.IGNORECASE,
)
_FAMILY_OF = re.compile(r"\b(?:an?|the|his|her|their|one)\s+(?:[\w-]+\s+)?family\s+of\s+$", re.IGNORECASE)
# (dotted initials are one word: "staff of the U.N. refugee agency")
_OF_PHRASE = re.compile(
    r"\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?((?:(?:[A-Za-z]\.){2,}\s+|[\w'-]+\s+){0,3}[\w'-]+)"
)
_SINGLE = re.compile(r"\b(?P<art>an?|another|the)\s+(?=[\w-])")
# The matches of _SINGLE in one fast scan: led by literals, with the word boundary checked by a
# look-behind after the first letter ((?<!\w) is "not after isalnum() or _"). The alternatives
# "another", "an", "a" exclude one another, so their order does not matter.
_SINGLE_FAST = re.compile(r"(?P<art>a(?<!\wa)(?:nother|n)?|t(?<!\wt)he)\s+(?=[\w-])")
# The same without "the" (which counts only after a left trigger); dropping it changes no other
# match, as no article starts inside "the" and the spaces after it.
_SINGLE_NO_THE = re.compile(r"(?P<art>a(?<!\wa)(?:nother|n)?)\s+(?=[\w-])")
# The matches of _SINGLE_FAST (or _SINGLE_NO_THE) that _candidates may keep, found in the text
# rather than in low: "another", or an article before a word not led by a lower-case letter or
# one that may be a person noun, adjective or modifier (its prefix, in any case) or end with "old".
# (No character but the ASCII letters folds to a letter of the articles or of "old".)
_OPENS_PERSON = (
    r"(?=[^a-z]|(?i:" + trie_pattern(set(), {*PERSON_NOUNS, *ADJECTIVES, *MODIFIER_HINTS}) + r")"
    r"|[A-Za-z0-9'’.-]*?(?i:old))"
)
# ("another" also before punctuation: "killed a soldier and wounded another, the army said")
_SINGLE_KEPT = re.compile(
    r"(?P<art>[AaTt](?<!\w[AaTt])(?:(?<=[Aa])(?:(?P<other>(?i:nother))|(?i:n))?|(?<=[Tt])(?i:he)))"
    r"(?:\s+(?=[\w-])(?(other)|" + _OPENS_PERSON + ")|(?(other)(?=[.,;:)])|(?!)))"
)
_SINGLE_KEPT_NO_THE = re.compile(
    r"(?P<art>[Aa](?<!\w[Aa])(?:(?P<other>(?i:nother))|(?i:n))?)"
    r"(?:\s+(?=[\w-])(?(other)|" + _OPENS_PERSON + ")|(?(other)(?=[.,;:)])|(?!)))"
)


_DATE_LEFT = re.compile(rf"(?:\b{MONTH_RE}\s*|\bthe\s*|\bNo\.?\s*|\bResolution\s+|[$€£#]\s*)$")
# What text before a number must end with (spaces aside) for _DATE_LEFT to match (a fast gate).
_DATE_LEFT_ENDS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "uary", "rch", "ril", "une", "uly", "ust", "ember", "ober", ".", "the", "No", "Resolution",
    "$", "€", "£", "#",
)  # fmt: skip
# "the 18 people killed", "the 12 dead", "the 40 wounded", "the 4 million displaced by the war": a
# total named with "the" (not "the 101st Airborne", "the 1990s", "the two sides").
_THE_COUNT_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:killed|dead|wounded|injured|missing|detained|abducted|kidnapped"
    r"|displaced|uprooted)\b",
    re.IGNORECASE,
)
_OF_OWN = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+(?=\w)", re.IGNORECASE)
# "One of the attackers was killed": one of people named by a noun with no number in it.
_OF_THE_PEOPLE = re.compile(
    r"\s+of\s+the\s+(?:[a-z-]+\s+)?(?:attackers|gunmen|militants|rebels|insurgents|soldiers|policemen"
    r"|hostages|passengers|victims|wounded|injured)\b\s+(?:was|had|has|later|also|died)\b",
    re.IGNORECASE,
)
_ALL_BUT = re.compile(r"\b(?:all|none|everyone|each)\s+but\s+$", re.IGNORECASE)
_CONJ = re.compile(r"\s+(?:and|or)\s+(?=[a-z])")
_CONJ_ANY = re.compile(r"\s+(?:and|or)\s+(?=[A-Za-z])")
_YEAR_DIGITS = re.compile(r"\d{4}\b")
_MONTH_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH_RE}\b")
# What _MONTH_AFTER must find first after the spaces (a fast gate).
_MONTH_AFTER_STARTS = (
    "st", "nd", "rd", "th", "of", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec",
)  # fmt: skip
_STOP = frozenset(
    (
        "is are was were have has had been be will would could may might and or but in on at "
        "from to by with for who which that as after when while since during into over under "
        "near than said says say according also were while whose where amid despite following "
        "this these those the a an it its their his her killed of overnight yesterday today tonight "
        # a time after a bare count: "the toll rose to 8,700 last week", "... earlier this month"
        "last earlier "
        # a state that lasts: "82 remain missing", "90 still unaccounted for"
        "remain remained still " + _IDIOM_VERBS
        # "and 1,060 received injuries", "two got seriously injured"
    ).split()
)


@dataclass(slots=True)
class _Noun:
    """What follows a number: where the noun group ends and whom it names."""

    end: int
    person: bool = False
    bare: bool = False
    others: bool = False
    groups: set[str] = field(default_factory=set)
    hints: set[str] = field(default_factory=set)
    head: str = ""
    age: int | None = None
    partitive: bool = False
    """Counted out of people named before: "three of them children", "nine of the dead were children"."""
    restates: bool = False
    """A person named with an age who is one of a count before: "Two soldiers, Sepoy Ram Singh, 24,
    and ...": the figure carries the predicate's kind to the count, then is dropped."""

    def group(self) -> str | None:
        """The group the noun group names, or None when it must be inherited."""
        if self.age is not None and self.age < 18:
            return "children"
        groups = set(self.groups)
        if groups == {UNSPECIFIED} and CIVILIANS in self.hints and self.head not in ("others", "other"):
            return CIVILIANS  # "unarmed Iraqis", "innocent people": non-combatant descriptors
        if self.head in GENERIC_HEADS and self.hints - {UNSPECIFIED}:
            groups = {sorted(self.hints - {UNSPECIFIED})[0]}
        if not groups:
            return None
        if len(groups) == 1:
            return next(iter(groups))
        if groups <= {CIVILIANS, "children"}:
            return CIVILIANS
        return UNSPECIFIED


_PLURAL_DEMONYM = ("ans", "ese", "is", "ites", "ks", "ds", "abs", "ons", "ch", "ts", "ns")
_SINGULAR_DEMONYM = ("an", "on", "i", "ese", "ish", "ch", "k", "d", "ab")


def _is_demonym(word: str, singular: bool = False) -> bool:
    """ "Iraqis", "Sudanese", "Britons", "Kyrgyz" (or "Briton", "Iraqi", "Tajik" when singular)."""
    return (
        word[:1].isupper()
        and len(word) > 3
        and word[1:].islower()
        and (word.endswith(_SINGULAR_DEMONYM if singular else _PLURAL_DEMONYM) or word.lower() in DEMONYMS)
    )


# Nouns a person noun may modify, then naming no one: "talks on a hostage deal", "a prisoner
# swap", "the hostage negotiations".
_MODIFIED_HEADS = frozenset(
    "deal deals talks negotiations negotiator negotiators release releases exchange exchanges swap "
    "swaps crisis agreement accord taker takers video videos issue file standoff standoffs situation "
    "drama siege".split()
)


def _modifies_next(text: str, pos: int, stop: int) -> bool:
    """Whether the word after pos is one of _MODIFIED_HEADS (the noun before it is a modifier)."""
    m = _WORD.match(text, pos, stop)
    return m is not None and not text[pos : m.start(1)].strip() and m.group(1).lower() in _MODIFIED_HEADS


_NAME_INITIALS = re.compile(r" \([A-Z][A-Za-z]?[A-Z]{1,6}\)(?=\s)")


# Things a name or demonym may qualify, seized or held like people: "seized an Iran-linked tanker"
# (singular forms).
_GOODS = frozenset(
    "tanker ship vessel boat freighter trawler yacht ferry cargo shipment consignment container "
    "truck lorry plane aircraft jet helicopter drone car vehicle weapon arm drug oil fuel".split()
)


_TOLD_ADJ = frozenset(("reported", "confirmed", "recorded", "documented", "verified"))
# Time words that may follow a bare number ("wounded 34 early on Sunday"): no people named.
_TIME_AFTER_BARE = frozenset(
    ("early", "late", "overnight", "yesterday", "today", "tonight", "later", "earlier")
)
_KIND_NOUN_NEXT = re.compile(r"\s+(?:fatalities|deaths|injuries|killings)\b", re.IGNORECASE)


def _noun_group(text: str, pos: int, stop: int, single: bool = False, one: bool = False) -> _Noun | None:
    """Parse the words after a number; None when they name no people (years, towns, shells...).

    single: after an article ("a", "the"); one: after the number one (a singular noun follows)."""
    noun = _Noun(end=pos)
    if pos < len(text) and text[pos] == "-" and not single:
        return None  # "24-hour", "155-strong", "11-year-old": an adjective, not a count
    m = _OF_DET.match(text, pos, stop)
    of_word = ""  # "226 of them died", "three of them children", "nine of the dead"
    if m:
        pos = m.end()
        of_word = m.group(0).split()[-1].lower()
    of_them = of_word in ("them", "whom")  # part of the people named before
    of_end = pos
    candidate_end = -1
    joined = False  # after "and": the next head joins the groups ("soldiers and civilians")
    cap = False  # whether the word before is capitalised
    armed = False  # "armed Palestinians": a people's armed men are rebels (GUIDELINES 2.5)
    for i in range(7):
        if cap and text.startswith(" (", pos):
            # the initials of a name in brackets: "five New People's Army (NPA) rebels"
            abbr = _NAME_INITIALS.match(text, pos, stop)
            pos = abbr.end() if abbr else pos
        m = _WORD.match(text, pos, stop)
        if not m or (i and text[pos : m.start(1)].strip()):
            break
        word = m.group(1)
        cap = word[0].isupper()
        low = word.lower().rstrip(".")
        if low in _STOP and not (low == "and" and noun.person):
            break
        if (
            i == 0
            and low in UNITS
            and not (low == "second" and _next_is_person(text, m.end(1), stop, single=single))
        ):
            return None  # (but "A second soldier was lightly wounded": an ordinal)
        if (
            i == 0
            and of_word == "the"
            and word.endswith(("'s", "’s"))
            and _next_is_person(text, m.end(1), stop)
        ):
            pos = m.end(1)  # the owner of the people: "killed five of the group's fighters"
            continue
        if low in _TOLD_ADJ and _KIND_NOUN_NEXT.match(text, m.end(1), stop):
            pos = noun.end = m.end(1)  # "at least 11 reported fatalities", "34 confirmed deaths"
            continue
        if low in MONTHS and word[0].isupper() and low not in ("march", "may"):
            return None
        if kind_of(low) and low not in PERSON_NOUNS and not (single and low == "wounded"):
            if low == "displaced" and _DISPLACED_THEN_HURT.match(text, m.end(1), stop):
                # "Twelve displaced persons, including four children, were killed": people who
                # had fled (civilians), killed
                noun.hints.add(CIVILIANS)
                pos = m.end(1)
                continue
            if not (low in _HURT_ADJ and _hurt_then_died(text, m.end(1), stop)):
                if (
                    i == 0
                    and of_word in ("the", "those")
                    and low in _HURT_ADJ
                    and _DIED_AFTER.match(text, m.end(1), stop)
                ):
                    # "two more of the wounded died in hospital": people, who died (killed)
                    noun.person = True
                    noun.bare = True
                    noun.end = m.end(1)
                break
            pos = m.end(1)  # "two wounded hostages died": the wounded who died (killed)
            continue
        age = _AGE.fullmatch(word) if low.endswith("old") else None
        if age is None and low.endswith(_AGE_UNIT_ENDS) and text.startswith(" old", m.end(1), stop):
            age = _AGE.fullmatch(word + "-old")  # "a 45-year old woman" (the hyphen left out)
            if age:
                m = _WORD.match(text, m.end(1) + 1, stop) or m
        if age:
            years = parse_number(age.group("n"))
            if years is None:
                break
            noun.age = years if age.group("unit").lower() in ("year", "yr") else 0
            noun.end = m.end(1)
            pos = m.end(1)
            continue
        if low in PERSON_NOUNS and _modifies_generic(text, m.end(1), stop):
            pos = m.end(1)  # "two women aid workers", "women police officers": a modifier
            continue
        if low in PERSON_NOUNS and not (low in ADJECTIVES and _next_is_person(text, m.end(), stop)):
            if noun.head and noun.head in PERSON_NOUNS and noun.groups:
                noun.hints.update(noun.groups)
                if not (joined and _kept_apart(noun.groups, PERSON_NOUNS[low])):
                    noun.groups.clear()
            noun.person = True
            noun.head = low
            noun.groups.add(PERSON_NOUNS[low])
            noun.others = low in _OTHERS
            noun.end = m.end(1)
            pos = m.end(1)
            if _modifies_next(text, pos, stop):
                return None
            # ("two other Turkish drivers": "other" before the modifiers of the head)
            if _next_is_person(text, pos, stop, skip_adj=low == "other") and not _CAPTIVE_AFTER.match(
                text, pos, stop
            ):
                continue
            conj = _CONJ.match(text, pos, stop)
            if conj and _next_is_person(text, conj.end() - 1, stop, skip_adj=True):
                pos = conj.end() - 1
                noun.hints.update(noun.groups)
                joined = True
                continue
            aged = _AGED.match(text, pos, stop)
            years = parse_number(aged.group(1) or aged.group(2)) if aged else None
            if aged and years is not None:  # "two brothers aged 10 and 12": ages, no figures
                noun.age = years
                noun.end = aged.end()
            break
        if word[0].isupper() and _is_demonym(word, single or one):
            candidate_end = m.end(1)
            if joined and noun.person:
                noun.end = m.end(1)  # "800,000 Tutsis and moderate Hutus": the second head
            # (a demonym joined to another: "Tutsis and Hutus", "Iraqis and foreign troops")
            conj = _CONJ_ANY.match(text, m.end(1), stop)
            if conj and _next_is_person(text, conj.end() - 1, stop, skip_adj=True):
                # "French and other foreigners", "Iraqis and foreign troops": heads joined
                noun.person = True
                noun.head = low
                noun.groups.add(UNSPECIFIED)
                noun.hints.add(UNSPECIFIED)
                noun.end = m.end(1)
                pos = conj.end() - 1
                joined = True
                continue
        # (past the point of an abbreviation that modifies the head: "two U.S. soldiers",
        # "three U.N. peacekeepers")
        after = m.end() if m.group(2) and "." in word else m.end(1)
        if low in ADJECTIVES or low in MODIFIER_HINTS:
            armed = armed or low == "armed"
            if low in MODIFIER_HINTS:
                hint = MODIFIER_HINTS[low]
                if word == "Army" and _NON_STATE_ARMY.search(text, max(0, m.start(1) - 24), m.start(1)):
                    hint = REBELS  # "two Arakan Army fighters": the name of an armed group
                elif word == "State" and text.endswith("Islamic ", 0, m.start(1)):
                    hint = REBELS  # "30 Islamic State fighters": the armed group, not a state's forces
                noun.hints.add(hint)
            pos = after
            continue
        if i == 0 and low == "internally" and _next_word(text, after, stop) == "displaced":
            displaced = _WORD.match(text, after, stop)
            if displaced and _DISPLACED_THEN_HURT.match(text, displaced.end(1), stop):
                pos = after  # "Twelve internally displaced people were killed": see "displaced" below
                continue
            # "500,000 internally displaced people": the displaced, as "500,000 displaced" (the
            # adverb is one of _RIGHT_TRIGGER's _AUX)
            noun.bare = True
            return noun
        if low == "service" and _next_word(text, after, stop) in ("member", "members"):
            noun.hints.add(GOVERNMENT)  # "U.S. service members": the armed forces
            pos = after
            continue
        if (
            low in _NAME_PARTICLES
            and _WORD.match(text, after, stop)
            and text[after : after + 2].strip()[:1].isupper()
        ):
            pos = after  # "12 suspected al Qaeda militants": a particle of the name before the head
            continue
        if word[0].isupper() or (word[0].isdigit() and "-" in word):
            if not single and word.isupper() and len(word) <= 5:
                candidate_end = m.end(1)
            pos = after
            continue
        if (
            (not single or (i and noun.hints))
            and low.replace("-", "").isalpha()  # ("some 60 high-profile hostages")
            and len(low) > 2
            and not low.endswith("ing")
            and _next_is_person(text, m.end(1), stop)
        ):
            # a modifier the lists do not know: "four dissident guerrillas", "an army
            # intelligence officer" (after an article, only behind a known modifier)
            pos = after
            continue
        if i == 0 and not of_them:
            if low in _TIME_AFTER_BARE and not single:
                noun.bare = True  # "killed nine civilians and wounded 34 early on Sunday"
                return noun
            return None
        if candidate_end > 0 and low.rstrip("s") in _GOODS:
            if _next_is_person(text, after, stop):
                pos = after  # the thing they work on: "A French helicopter pilot was also killed"
                continue
            return None  # "seized an Iranian tanker", "an Iran-linked vessel": a thing, not a person
        break  # ("45 of them later died": the people counted before, see below)
    if noun.person:
        if noun.head in GENERIC_HEADS:
            _scan_of_phrase(text, noun, stop)
        noun.partitive = of_them
        if of_word == "the" and noun.head in _COUNTED_HEADS:
            pred = _PREDICATE.match(text, noun.end, stop)
            named = _noun_group(text, pred.end(), stop) if pred else None
            if named is not None and named.person and not named.bare and named.group() != UNSPECIFIED:
                # "Nine of the dead were children": the people the predicate names
                noun.groups, noun.hints, noun.end = named.groups, named.hints, named.end
                noun.partitive = True
        return noun
    if noun.age is not None:
        if _AGED_THING.match(text, noun.end, stop):
            return None  # "in an eight-day-old offensive", "a 30-year-old conflict": no person
        noun.person = True
        if candidate_end > noun.end:
            noun.end = candidate_end  # "a 15-year-old Palestinian was killed": the demonym too
        return noun
    if not single and _DEATHS_AFTER.match(text, pos, stop) and _known_modifiers(text[noun.end : pos]):
        # "532 military deaths", "1,200 Palestinian deaths": deaths of the people the modifiers name
        noun.person = True
        noun.groups.add(UNSPECIFIED if len(noun.hints) != 1 else next(iter(noun.hints)))
        noun.end = pos
        return noun
    if candidate_end > 0:
        noun.person = True
        noun.groups.add(REBELS if armed else UNSPECIFIED)
        noun.end = candidate_end
        return noun
    if single:
        return None
    if pos != noun.end and text[noun.end : pos].strip():
        if _MORE.fullmatch(text, noun.end, pos) and not _THAN.match(text, pos, stop):
            if _OF_DET.match(text, pos, stop):
                counted = _noun_group(text, pos, stop)
                if (
                    counted is not None
                    and counted.person
                    and (not counted.bare or text[counted.end - 7 : counted.end] in _HURT_ADJ)
                ):
                    # "34 more of its servicemen": the people named after "of" ("two more of the
                    # wounded died": the wounded who died)
                    return counted
            noun.end = pos  # "wounded five more": the people counted before, as "others"
            noun.bare = True
            return noun
        if not (of_them and pos == of_end):
            return None  # only modifiers, no head: "two Apache", "the Syrian" ...
    noun.bare = True
    if of_them:
        noun.end = pos  # "At least 226 of them died": the people counted before
    elif pos == noun.end and text.startswith((" were ", " was "), pos):
        pred = _PREDICATE.match(text, pos, stop)
        named = _noun_group(text, pred.end(), stop) if pred else None
        if named is not None and named.person and not named.bare and named.group() not in (None, UNSPECIFIED):
            # "Of the 75 dead, 11 were children": a part of the people counted before, named
            # by the predicate
            named.partitive = True
            return named
    return noun


_DEATHS_AFTER = re.compile(r"\s+(?:deaths|fatalities)\b", re.IGNORECASE)


def _known_modifiers(words: str) -> bool:
    """Whether words are modifiers of people the lists know, at least one of them lower-case
    ("military", "U.S. military", "Iraqi"; not a name alone, "Covid")."""
    known = False
    for word in words.split():
        low = word.lower().rstrip(".")
        if low in ADJECTIVES or low in MODIFIER_HINTS:
            known = True
        elif not word[0].isupper():
            return False
    return known


# "Nine of the dead were children", "five of the victims were women": the predicate names them.
_COUNTED_HEADS = frozenset(("dead", "victims"))
_PREDICATE = re.compile(r"\s+(?:were|was|are|is)\s+(?:all\s+)?(?=\w)", re.IGNORECASE)


# "two brothers aged 10 and 12", "a boy aged 15": a child's age after the noun (the first one).
_AGED = re.compile(
    r"\s*,?\s+(?:aged\s+(?:between\s+)?(\d{1,2}|" + _AGE_WORD + r")"
    # "children under the age of five", "boys between the ages of 8 and 14"
    r"|(?:between|under|over|below|above)\s+the\s+ages?\s+of\s+(\d{1,2}|[a-z]+))"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*(?:-|–|to)\s*)(?:\d{1,2}|" + _AGE_WORD + r")\b)*\b",
    re.IGNORECASE,
)
# (and "children under the age of five", "between the ages of 10 and 15")
_AGED_BEFORE = re.compile(r"\baged\s+(?:between\s+)?$|\bages?\s+of\s+$", re.IGNORECASE)


def _kept_apart(groups: set[str], group: str) -> bool:
    """Whether a head joined by "and" names people of another group than the heads before it,
    so that both groups stay: "soldiers and civilians" (a mixed total: unspecified), "women and
    children" (non-combatants of both kinds: civilians); not "soldiers and policemen"."""
    return bool(groups) and group not in groups


_NAME_PARTICLES = frozenset("al el bin ibn abu".split())


# Heads that name people by their tie to those named before: "killed a soldier and wounded two
# others", "two aid workers and two of their colleagues" (the group of the people before).
_OTHERS = frozenset("other others colleague colleagues comrade comrades".split())


def _next_word(text: str, pos: int, stop: int) -> str:
    """The word right after pos (spaces aside, no punctuation between), lower case, or ""."""
    m = _WORD.match(text, pos, stop)
    return m.group(1).lower() if m and not text[pos : m.start(1)].strip() else ""


def _modifies_generic(text: str, pos: int, stop: int) -> bool:
    """Whether a person noun ending at pos modifies a generic head that a modifier after it
    qualifies: "women aid workers", "women police officers" (the head decides the group)."""
    hint = _next_word(text, pos, stop)
    if hint not in MODIFIER_HINTS:
        return False
    m = _WORD.match(text, pos, stop)
    assert m is not None
    return _next_word(text, m.end(1), stop) in GENERIC_HEADS


# One person wounded who died of it, told in the same clause: "A jawan who was injured in the
# gunfight later succumbed to his injuries", "a soldier was wounded and later died in hospital"
# (lower case; only for one person: "12 were wounded and one later died" are other people).
_LATER_DIED = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:later|subsequently|afterwards)\s+(?:succumbed|died)"
    r"|succumbed\s+to\s+(?:his|her|their|the)\s+(?:injuries|wounds))\b"
)
# "two more wounded hostages died in hospital", "three injured soldiers later died": the wounded
# who died are counted as killed (not the adjective "wounded" as the kind).
_HURT_ADJ = frozenset(("wounded", "injured"))
_DIED_AFTER = re.compile(r"\s+(?:(?:later|since|also|subsequently)\s+)?(?:died|succumbed)\b")


# "Twelve displaced persons, including four children, were killed", "three displaced people were
# wounded": "displaced" names who they were, the verb after them what befell them.
_DISPLACED_THEN_HURT = re.compile(
    r"\s+(?:persons|people|civilians|families|residents|villagers|women|men)\b(?:\s*,[^.;:]{1,60}?,)?"
    r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|wounded|injured|hurt|shot\s+dead)\b",
    re.IGNORECASE,
)


def _hurt_then_died(text: str, pos: int, stop: int) -> bool:
    """Whether a person noun follows pos and "died" / "succumbed" follows it."""
    m = _WORD.match(text, pos, stop)
    if not m or text[pos : m.start(1)].strip() or m.group(1).lower() not in PERSON_NOUNS:
        return False
    return _DIED_AFTER.match(text, m.end(1), stop) is not None


def _next_is_person(text: str, pos: int, stop: int, skip_adj: bool = False, single: bool = False) -> bool:
    """Whether a person's noun starts at pos (after up to two adjectives with skip_adj; with
    single, a singular demonym too: "a second Palestinian")."""
    for _ in range(3 if skip_adj else 1):
        m = _WORD.match(text, pos, stop)
        if not m or text[pos : m.start(1)].strip():
            return False
        word = m.group(1)
        low = word.lower()
        if low in PERSON_NOUNS:
            # ("three soldiers dead": a predicate, not the head "the dead")
            if low not in ("other", "others", "dead"):
                return True
        elif word[0].isupper() and _is_demonym(word, single):
            return True
        if not (skip_adj and (low in ADJECTIVES or word[0].isupper())):
            return False
        pos = m.end() if "." in word else m.end(1)  # (past the dot of "U.S.")
    return False


# Nouns that end the name of a non-state armed body ("the X militia"), and of a body that is
# one when it has fighters ("fighters of the Hayat Tahrir al-Sham group", not "members of the
# press group"). Not "brigade": armies have them too ("the 93rd Mechanized Brigade").
_ARMED_BODIES = frozenset("militia militias".split())
_BODIES = frozenset("group movement front".split())


def _scan_of_phrase(text: str, noun: _Noun, stop: int) -> None:
    m = _OF_PHRASE.match(text, noun.end, stop)
    if not m:
        return
    words = []
    for word in m.group(1).lower().split():
        if word in _STOP:
            break
        words.append(word.rstrip("."))
    hints = {MODIFIER_HINTS[w] for w in words if w in MODIFIER_HINTS}
    if (
        "agency" in words
        and len(hints) > 1
        and not any(w != "agency" and MODIFIER_HINTS.get(w) == AID for w in words)
    ):
        hints.discard(AID)  # "members of the State Security agency": an agency of another kind
    hints |= {PERSON_NOUNS[w] for w in words[-1:] if w in PERSON_NOUNS}
    if "forces" in words or "force" in words:
        hints.add("government")
    elif words and (
        words[-1] in _ARMED_BODIES
        or words[-2:] == ["armed", "group"]
        or (noun.head in ("fighter", "fighters") and words[-1] in _BODIES)
    ):
        # "fighters of the Islamic State group", "members of the Wagner militia": the body
        # decides, not the words of its name ("State")
        hints = {REBELS}
    hints.discard(UNSPECIFIED)
    if hints:
        noun.hints |= hints
        if words:  # (the words as written: "of the National Army" ends after "Army")
            noun.end = m.start(1) + [t.end() for t in re.finditer(r"\S+", m.group(1))][len(words) - 1]


# --- figures -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Fig:
    """A number phrase being resolved into a casualty figure."""

    q: Quantity
    noun: _Noun
    sentence: int
    start: int
    end: int
    kind: str | None = None
    source: str = ""
    """How the kind was found: left | right | toll | list | coord | sub | cont."""
    group: str | None = None
    subgroup: bool = False
    extra_kind: str | None = None
    counted_from: int = -1
    """Where "the number of <people> <killed ...>" starts, for a count it names before the number."""


def _may_open_person(text: str, pos: int, hi: int) -> bool:
    """Whether the word at pos may open a singular person's noun group (a fast gate: when
    False, _noun_group(text, pos, hi, single=True) names no person)."""
    m = _WORD.match(text, pos, hi)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    return (
        low in PERSON_NOUNS
        or low in ADJECTIVES
        or low in MODIFIER_HINTS
        or low.endswith("old")
        or (low.endswith(_AGE_UNIT_ENDS) and text.startswith(" old", m.end(1)))
        or word[0].isupper()
        or word[0].isdigit()
    )


_ADJECTIVE_THEN_NAME = re.compile(r"([a-z-]+)\s+[A-Z]")


def _adjective_then_name(text: str, pos: int, hi: int) -> bool:
    """Whether a known adjective and a capitalised word follow pos: "an armed Palestinian", "a
    young Afghan" (a demonym, which no person-noun word class gates)."""
    m = _ADJECTIVE_THEN_NAME.match(text, pos, hi)
    return m is not None and m.group(1) in ADJECTIVES


def _left_trigger_before(low: str, flat: str, a: int, b: int) -> bool:
    """Whether _LEFT_TRIGGER matches in low[a:b], tried only when the (ASCII) tokens of the
    window hold a W_LEFT word: each trigger is a whole token of that class."""
    window = flat[a:b]
    if window.isascii() and not mask_of(window.split()) & W_LEFT:
        return False
    return _LEFT_TRIGGER.search(low, a, b) is not None


def _may_hold_digits(text: str, lo: int, hi: int, mask: int) -> bool:
    """Whether text[lo:hi], of word classes mask, may hold a digit run that find_quantities
    looks for: in plain text (see text.plain) each starts a token (after a space in flat), one of W_DIGIT."""
    return bool(mask & W_DIGIT) or not plain(text[lo:hi])


def _candidates(doc: Doc, lo: int, hi: int, tokens: set[str], mask: int) -> list[_Fig]:
    text, low, flat = doc.text, doc.low, doc.flat
    figs: list[_Fig] = []
    # Whether a person noun (or an age: "old") may follow an article anywhere in the sentence.
    person_near = bool(mask & W_PERSON_START) or low.find("old", lo, hi) >= 0
    taken: list[tuple[int, int]] = []
    ages_end = -1  # the end of "aged 10 and 12" after a noun: the numbers in it count no one
    for q in find_quantities(text, lo, hi, low, tokens, _may_hold_digits(text, lo, hi, mask)):
        start, end, count, qualifier = q.start, q.end, q.count, q.qualifier
        if (
            start - lo >= 2
            and text[start - 1] in "-\u2013"
            and text[start - 2].isdigit()
            and text[start].isdigit()
        ):
            continue  # the second score of a match: "beat the Jets 23-7 on Sunday"
        if start < ages_end or (
            text[max(lo, start - 14) : start].rstrip().endswith(("aged", "between", " of"))
            and _AGED_BEFORE.search(text, max(lo, start - 14), start)
        ):
            continue  # "a boy aged 15 was wounded": an age
        if (
            count is not None
            and qualifier is None
            and 1900 <= count <= 2100
            and _YEAR_DIGITS.match(text, start, end)
        ):
            nxt = _WORD.match(text, end, hi)
            if not (nxt and nxt.group(1).lower() in PERSON_NOUNS):
                continue  # a year
        if qualifier in (None, "range"):  # (a range of days: "May 3 to 9")
            before = text[max(lo, start - 12) : start]
            tail = before.rstrip()
            if (
                tail.endswith(_DATE_LEFT_ENDS)
                and (count is None or count <= 31)  # ("Since January 500 people have died")
                and _DATE_LEFT.search(before)
                and not (tail.lower().endswith("the") and _THE_COUNT_AFTER.match(text, end, hi))
            ):
                continue
            if tail.endswith("but") and _ALL_BUT.search(text, max(lo, start - 20), start):
                continue  # "67 Israelis have died, all but three of them soldiers": no figure is stated
        after = text[end : end + 14]
        if after.lstrip().startswith(_MONTH_AFTER_STARTS) and _MONTH_AFTER.match(after):
            continue
        if text[start:end].lower() in ("one", "a number") and _WORD.match(text, end, hi):
            nxt = _WORD.match(text, end, hi)
            if (
                nxt
                and nxt.group(1).lower() in ("of", "another")
                and not _OF_OWN.match(text, end, hi)
                and not _OF_THE_PEOPLE.match(text, end, hi)
            ):
                continue  # ("one of its soldiers", "One of the attackers was killed" count one)
        if text[start] == "0" and end - start > 1 and text[start + 1].isdigit():
            continue  # "Episode 06", "Agent 007": a zero-padded number is a label, no count
        if count == 1 and _speaker_at(text, lo, start):
            continue  # "..., explained one displaced woman from Luhansk": a speaker, no figure
        if (
            qualifier is None
            and count is not None
            and text.startswith(",", end)
            and text.startswith(", ", start - 2)
            and ((text[start].isdigit() and end - start <= 3) or (count < 100 and text[start].isalpha()))
        ):
            aged = _named_age(text, lo, start - 2, end, hi, count, spelled=not text[start].isdigit())
            if aged is not None:
                if aged.q.count is not None:
                    figs.append(aged)
                    taken.append((aged.start, aged.end))
                continue
        noun = _noun_group(text, end, hi, one=count == 1)
        if noun is None:
            continue
        if (
            count is not None
            and count > 1
            and low.endswith(("of the ", "of ", "'s ", "’s "), lo, start)
            and (part := _PART_OF.search(low, max(lo, start - 60), start)) is not None
            and not ((nxt := _WORD.match(text, noun.end, hi)) and kind_of(nxt.group(1)))
        ):
            # "Roughly half of the enclave's 150,000 residents have fled": a part of a whole, no
            # count (the whole is the number; but "Half of the 40 people killed" counts the 40)
            start = part.start()
            q = Quantity(start, end, None, None, "vague")
        if count == 1 and noun.head in ("family", "household") and low.endswith(" of ", lo, start):
            continue  # "Five members of one family": whose they were, no one more
        if noun.bare and "family" in low[max(lo, start - 30) : start]:
            family = _FAMILY_OF.search(text, max(lo, start - 30), start)
            if family:  # "killed a family of five": five family members (civilians)
                start = family.start()
                q = q._replace(start=start)
                noun = _Noun(end=noun.end, person=True, head="family", groups={CIVILIANS})
        if noun.age is not None and noun.end > end:
            ages_end = noun.end
        figs.append(_Fig(q, noun, 0, start, max(end, noun.end)))
        taken.append((start, max(end, noun.end)))
    if mask & W_SINGLE:
        # "the <person>" counts one only right after a left trigger: in a plain sentence
        # without a W_LEFT word there is none, and "the" is not looked for.
        with_the = bool(mask & W_LEFT) or not doc.plain_between(lo, hi)
        # (_SINGLE_KEPT leaves out only matches of _SINGLE_FAST that the first test below drops.)
        for m in (_SINGLE_KEPT if with_the else _SINGLE_KEPT_NO_THE).finditer(text, lo, hi):
            art = m.group("art").lower()
            m_start, m_end = m.start(), m.end()
            # (a known adjective and a capitalised head: "an armed Palestinian", "a young Afghan")
            named = not text[m_end : m_end + 1].isupper() and _adjective_then_name(text, m_end, hi)
            if (
                art != "another"
                and not text[m_end : m_end + 1].isupper()
                and not (person_near and _may_open_person(text, m_end, hi))
                and not named
            ):
                continue  # a person noun (or an age) must come within the next few words
            if taken and any(a <= m_start < b for a, b in taken):
                continue
            if art == "an" and _NOT_AFTER_AN.match(text, m_end):
                continue  # "an" before a consonant is no English article ("keine Instrument an Bord")
            if art != "the" and _speaker_at(text, lo, m_start):
                continue  # "..., said a displaced woman": a speaker, no figure
            if (
                art in ("a", "an")
                and figs
                and figs[-1].q.count == 1
                and figs[-1].end >= m_start - 40
                and _APPOSITION_GAP.fullmatch(text, figs[-1].end, m_start)
                and _APPOSITION_TAIL.match(text, m_end, hi)
            ):
                continue  # "a resident of the town, a man born in 1979, had died": the same one
            if (
                art == "the"
                and not _left_trigger_before(low, flat, max(lo, m_start - 40), m_start)
                # (or as a part of a figure before: "killed six people, including the governor")
                and not (low.endswith("including ", max(lo, m_start - 10), m_start) and figs)
            ):
                continue  # "the <person>" counts one only right after a trigger ("killing the driver")
            if art != "another" and not text[m_end : m_end + 1].isupper() and not named:
                ahead = low[m_end : min(hi, m_end + 80)].split(None, 7)[:7]
                if PERSON_NOUNS.keys().isdisjoint([w.strip(",.;:()\"'") for w in ahead]) and not any(
                    "old" in w for w in ahead
                ):
                    continue
            if art == "another":
                nxt = _WORD.match(text, m_end - 1, hi)
                if nxt and (
                    nxt.group(1).lower() in ("was", "is", "has", "had", "were")
                    or kind_of(nxt.group(1)) in ("killed", "wounded")
                ):
                    figs.append(_one_more(m_start, m_start + len("another")))
                    continue
            noun = _noun_group(text, m_end, hi, single=True)
            if (
                art == "another"
                and (noun is None or not noun.person)
                and _one_more_after_verb(doc, m_start, m_start + len("another"), hi)
            ):
                # "shot dead a policeman and wounded another": one more of the people before
                figs.append(_one_more(m_start, m_start + len("another")))
                continue
            if noun is None or not noun.person or noun.bare:
                continue
            if noun.head.endswith("s") or noun.head in (
                "police",
                "personnel",
                "staff",
                "people",
                "dead",
                "other",
                "others",
                "militia",  # (a body of men: "clashes between the military and a regional militia")
            ):
                continue
            q = Quantity(m_start, m_start + len(art), 1, None, None)
            figs.append(_Fig(q, noun, 0, q.start, noun.end))
    if mask & W_POSSESSIVE and mask & W_PERSON_START:
        _possessive_singles(doc, lo, hi, figs, taken)
    if figs and not tokens.isdisjoint(_ORDINAL_ONES):
        # "shot dead two soldiers and wounded a third": one more of the people before (as "another")
        for m in _A_NTH.finditer(low, lo, hi):
            if _one_more_after_verb(doc, m.start(), m.end(), hi) or (
                (verb := _NTH_SUBJECT.match(low, m.end(), hi)) is not None and kind_of(verb.group("kind"))
            ):
                # ("... and a third was seriously wounded": the subject of its own kind verb)
                figs.append(_one_more(m.start(), m.end()))
    figs.sort(key=lambda f: f.start)
    return figs


_PART_OF = re.compile(
    r"\b(?:(?:roughly|about|around|nearly|almost|more\s+than|over|some)\s+)?(?:half|a\s+third|a\s+quarter"
    r"|(?:two|three)[- ]thirds|(?:two|three)[- ]quarters|most|much)\s+of\s+(?:the\s+)?"
    r"(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:[\w-]+['’]s\s+)?$"
)
_APPOSITION_GAP = re.compile(r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w'’ -]{1,30}?)?,\s")
# The rest of a person told again between commas, up to the verb (see _candidates).
_APPOSITION_TAIL = re.compile(r"(?:(?!\band\b)[^,;.]){0,60}?,\s+(?:had|has|was|is|died|succumbed|later)\b")
_ORDINAL_ONES = frozenset(("second", "third", "fourth", "fifth"))
_A_NTH = re.compile(r"\ban?\s+(?:second|third|fourth|fifth)\b")
_NTH_SUBJECT = re.compile(r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<kind>\w+)")


# A natural death after a person's age: "John Smith, 72, dies", "a former minister, 80, died on
# Sunday" (an obituary), not one from violence ("died in the air strike", "died of his wounds").
_NATURAL_DEATH = re.compile(
    r",\s+(?:who\s+|has\s+|had\s+)?(?:dies|died|is\s+dead|dead|passes\s+away|passed\s+away)\b"
    r"(?![^.;:]{0,40}?\b(?:attack|strike|airstrike|air\s+strike|shelling|bombing|blast|explosion|raid"
    r"|clash\w*|wounds|injuries|gunfire|shooting|ambush|fighting|sniper|drone|missile|rocket|shot)\b)",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.-]*")


def _named_age(
    text: str, lo: int, comma: int, end: int, hi: int, count: int, spelled: bool = False
) -> _Fig | None:
    """A number between commas right after a name or a person noun is the person's age ("Ahmed
    Ali, 23, was killed", "a resident, 45, said"): the person, counted one (kind and group found
    as for "a resident"), or no one when he died a natural death (an obituary: "John Smith, 72,
    Dies"); a figure with count None then. None when the number is no age. A number in words
    (spelled) is an age only after a full name or a person noun ("Summer Grant, seven, who
    died"; not "In Kabul, two, ...")."""
    if count > 115:
        return None
    words = text[max(lo, comma - 60) : comma].split()
    if not words:
        return None
    last = words[-1]
    if (
        spelled
        and last.lower() not in PERSON_NOUNS
        and not (
            len(words) > 1
            and _NAME_TOKEN.fullmatch(last)
            and (
                (_NAME_TOKEN.fullmatch(words[-2]) and words[-2].lower() not in _STOP)
                # one name in a list of the people counted: "Two brothers, Ali, 12, and Omar, nine,"
                or _MEMBERS_BEFORE.search(text, max(lo, comma - len(last) - 80), comma - len(last))
            )
        )
    ):
        return None
    if _NAME_TOKEN.fullmatch(last):
        low = last.lower().rstrip(".")
        if low in MONTHS or low in WEEKDAYS or low in PERSON_NOUNS or last.isupper() or _is_demonym(last):
            return None  # "In May, 12, ...", "Palestinians, 23, ...", initials
    elif last.lower() not in PERSON_NOUNS or last.lower().endswith("s"):
        return None  # (a singular person noun: "a resident, 45,"; not "the victims, 23,")
    if _NATURAL_DEATH.match(text, end, hi):
        return _Fig(Quantity(comma + 2, end, None, None, None), _Noun(end=end), 0, comma + 2, end)
    # The words that name the person before the name: "Rebel commander Ali" -> "Rebel commander".
    pos = comma
    for n_words, w in enumerate(reversed(words)):
        lw = w.lower()
        if n_words == 5 or (lw in _STOP and not (n_words == 0 and _NAME_TOKEN.fullmatch(w))):
            break  # (a capitalised word right before the age is a name: "Omar Said, 20,")
        if not (_NAME_TOKEN.fullmatch(w) or lw in PERSON_NOUNS or lw in ADJECTIVES or lw in MODIFIER_HINTS):
            break
        pos = text.rfind(w, lo, pos)
    members = _MEMBERS_BEFORE.search(text, max(lo, pos - 80), pos)
    # ("Two soldiers, Sepoy Ram Singh, 24, and Naik Anil Kumar, 30, were killed": the two soldiers
    # by name, counted already)
    restates = members is not None and (
        members.group("noun") is None or members.group("noun").lower() in PERSON_NOUNS
    )
    head = _appositive(text, lo, pos)
    if head is not None:
        # "A soldier, Sepoy Ram Singh, 24, was killed": one soldier, named (not "a soldier" and
        # the named man again); the group is the soldier's
        pos, named_end = head.start("mods"), head.end("noun")
    else:
        named_end = comma
    named = _noun_group(text, pos, named_end, single=True)
    noun = _Noun(end=end, person=True, groups={UNSPECIFIED}, age=count, restates=restates)
    if named is not None and named.person and named.head:
        noun.groups, noun.hints, noun.head = set(named.groups), set(named.hints), named.head
    # (from the article on, if any: "a farmer, 52, was wounded" counts one, not "a farmer" again)
    article = _ARTICLE_BEFORE.search(text, max(lo, pos - 9), pos)
    start = article.start() if article else pos
    return _Fig(Quantity(start, end, 1, None, None), noun, 0, start, end)


_ARTICLE_BEFORE = re.compile(r"\b(?:an?|another|the)\s+$", re.IGNORECASE)
# A speaker told after the verb that reports him, after a quote or a comma: "..., said one
# resident", "'We had to leave,' explained a displaced woman" (not "police said a man was shot": a
# clause; nor "told", "asked": they take an object).
_SPEAKER_BEFORE = re.compile(
    r"[,\"”’]\s*(?:said|says|explained|explains|recalled|recalls|added|adds|complained|lamented|insisted"
    r"|recounted)\s+$"
)
_VERB_ENDS = frozenset("ds")
"""The last letters of _SPEAKER_BEFORE's verbs (a fast gate: the character before the space)."""


def _speaker_at(text: str, lo: int, pos: int) -> bool:
    """Whether the words at pos name the speaker of the verb right before ("..., said one resident")."""
    return (
        text[pos - 2 : pos - 1] in _VERB_ENDS
        and _SPEAKER_BEFORE.search(text, max(lo, pos - 16), pos) is not None
    )


# A word that "an" does not stand before in English: a consonant that starts no vowel sound, not
# an acronym ("an MP", "an SAS soldier") nor a silent h ("an hour").
_NOT_AFTER_AN = re.compile(r"(?![A-Z]{2})[b-df-gj-np-tv-zB-DF-GJ-NP-TV-Z][a-z]")
# A counted plural noun, or a name and age before, right before a name: the names are of the
# people already counted ("Two soldiers, Sepoy Ram Singh, 24, and Naik Anil Kumar, 30,", "Three
# civilians, Ahmed Ali, 45, his wife Fatima, 40, and their son Omar, 12,").
_MEMBERS_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w'’-]*)|,\s+(?:\d{1,3}|"
    + _AGE_WORD
    + r"))\s*,\s+(?:and\s+)?(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# One person named by a noun right before the name, set off by commas: "A policeman, Constable Ali
# Khan, 32,", "killed a farmer, Ahmed Ali, 45,", "A contract serviceman of the Karabakh Defence
# Army, Private Arman Hakobyan, 21," (the modifiers are checked word by word).
_APPOSITIVE_HEAD = re.compile(
    r"(?:^|(?<=\W))(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<mods>(?:[\w'’.-]+\s+){0,3}?)(?P<noun>[a-z][\w'’-]*)"
    r"(?:\s+of\s+(?:the\s+)?[^,.;:()\"“”]{1,60}?)?,\s+$"
)


def _appositive(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """The singular person noun (with its article) that the name at text[pos:] restates, if any."""
    if not text.endswith(", ", max(lo, pos - 2), pos):
        return None
    m = _APPOSITIVE_HEAD.search(text, max(lo, pos - 100), pos)
    if m is None:
        return None
    noun = m.group("noun").lower()
    if noun not in PERSON_NOUNS or noun.endswith("s") or noun in _SINGULAR_PLURALS:
        return None
    for w in m.group("mods").split():
        lw = w.lower()
        known = lw in ADJECTIVES or lw in MODIFIER_HINTS or lw in PERSON_NOUNS
        if not (known or w[:1].isupper() or "-old" in lw):
            return None
    return m


# What may follow "another" that counts one person after a kind verb: "wounded another in the
# attack", "killed another.", "and abducted another, police said" (not "killed another 20 people",
# "wounded another soldier": a number or a noun follows).
_ANOTHER_ONE_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$|\s(?:in|on|at|near|as|when|while|during|before|after|and|but|who)\b)"
)
_KIND_VERB_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|abduct(?:ed|ing)|kidnapp?(?:ed|ing)"
    r"|arrest(?:ed|ing)|detain(?:ed|ing)|(?:shot|shooting)\s+dead)\s+$"
)


def _one_more_after_verb(doc: Doc, start: int, end: int, hi: int) -> bool:
    """Whether "another" or "a third" at doc.text[start:end] is the object of a kind verb, with no
    noun after it."""
    if not _KIND_VERB_BEFORE.search(doc.low, max(0, start - 24), start):
        return False
    return _ANOTHER_ONE_AFTER.match(doc.text, end, hi) is not None


def _one_more(start: int, end: int) -> _Fig:
    """One more of the people before, told at text[start:end] ("another", "a third")."""
    return _Fig(Quantity(start, end, 1, None, None), _Noun(end=end, bare=True), 0, start, end)


# One person named with a possessive: joined by "and" to a figure right before ("a woman and her
# 10-year-old son were killed", "killing a farmer and his son"), or as the subject of a clause of
# its own ("Gunmen kidnapped two engineers, and their Iraqi driver was shot dead": then the verb
# after the person must be a kind's).
_POSSESSIVE_SINGLE = re.compile(
    # (or the object of a kind verb: "killed a civilian man and injured his wife")
    r"(?:^|[,;]\s+|\b(?P<and>and)\s+|\b(?P<verb>killed|killing|wounded|wounding|injured|injuring|abducted"
    r"|abducting|kidnapped|kidnapping)\s+)(?P<art>his|her|their)\s+(?=[\w-])"
)
_SINGULAR_PLURALS = frozenset(("police", "personnel", "staff", "people", "dead", "other", "others"))


def _possessive_singles(doc: Doc, lo: int, hi: int, figs: list[_Fig], taken: list[tuple[int, int]]) -> None:
    text, low = doc.text, doc.low
    for m in _POSSESSIVE_SINGLE.finditer(low, lo, hi):
        start = m.start("art")
        if any(a <= start < b for a, b in taken):
            continue
        joined = m.group("and") is not None and any(
            0 <= m.start() - f.end <= 2 and not f.noun.restates for f in figs
        )
        noun = _noun_group(text, m.end(), hi, single=True)
        if noun is None or not noun.person or noun.bare:
            continue
        if noun.head.endswith("s") or noun.head in _SINGULAR_PLURALS:
            continue
        if not joined and m.group("verb") is None and _right_trigger(doc, noun.end, hi) is None:
            continue  # (a subject of its own is one only with a kind's verb after it)
        q = Quantity(start, start + len(m.group("art")), 1, None, None)
        figs.append(_Fig(q, noun, 0, start, noun.end))
        taken.append((start, noun.end))


# The names of non-state armies, before "Army": "New People's Army", "Kachin Independence Army",
# "Arakan Army", "Free Syrian Army", "Lord's Resistance Army", "Shan State Army" (a state's army
# is named by its people or country: "the Indian Army", "Pakistan Army soldiers").
_NON_STATE_ARMY = re.compile(
    r"\b(?:Liberation|Independence|Resistance|Republican|People['’]?s|Peoples|Free\s+Syrian|Mahdi|Arakan"
    r"|Revolutionary|Salvation|Islamic|State|Democratic\s+Alliance)\s+$"
)


_POSSESSIVE_DET = re.compile(r"(?:its|their|his|her|our)\s+", re.IGNORECASE)


def _counted(who: str, trig: str) -> _Noun | None:
    """Whom "the number of <who> <trig>" counts (a noun that may be bare), or None when the
    trigger needs people and who names none ("the number of seats held" is no detention)."""
    det = _POSSESSIVE_DET.match(who)  # "the number of its staff held"
    text = " " + who[det.end() if det else 0 :]
    noun = _noun_group(text, 0, len(text)) or _Noun(end=0, bare=True)
    if trig.lower() == "held" and not noun.person:
        return None
    return noun


# A killing threatened or tried, not done: "threatened to kill two hostages", "vowed to kill",
# "an attempt to kill" (lower case, before the trigger).
_UNREAL_TO = re.compile(
    r"\b(?:threat(?:en(?:s|ed|ing)?)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)"
    r"|plot(?:s|ted|ting)?|plann?(?:ed|ing|s)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|intend(?:s|ed|ing)?"
    r"|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|bid|conspir(?:e|ed|acy|ing))\s+to\s+$"
)
# "hacked nine villagers to death", "beat two men to death" (lower case): the verb before the
# number and "to death" after the people.
_TO_DEATH = re.compile(r"\s+to\s+death\b")
_DEATH_VERB_LEFT = re.compile(
    r"\b(?:hack|beat|stab|club|burn|ston|bludgeon|tortur|crush|starv|kick|trampl|lynch|whipp|flogg"
    r"|batter|shot|shoot)\w*\s+(?:(?:at\s+least|about|some|nearly|more\s+than|up\s+to)\s+)?$"
)


# "has claimed more than 10,000 lives", "a war that cost 300,000 lives" (lower case).
_LIVES_LEFT = re.compile(r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|tak(?:en|ing|es)|took)\s+$")
# Captives whose release is announced are a detention (GUIDELINES): "kidnappers freed two French
# journalists", "the rebels released 20 soldiers they had captured" (lower case) ...
_FREED_LEFT = re.compile(
    r"\b(?:releas(?:ed|ing|es)|fre(?:ed|eing|es)|set\s+free)\s+(?:(?:another|the\s+last|the\s+remaining"
    r"|all|the)\s+)?$"
)
_HELD_GROUPS = frozenset((CIVILIANS, "children", AID, GOVERNMENT))
# ... told in a sentence on captivity or captors (not "the hospital released 20 patients").
_CAPTIVITY = re.compile(
    r"\b(?:kidnap\w*|abduct\w*|hostages?|captiv\w*|captors?|held|holding|captur\w*|seiz\w*|snatch\w*|custody"
    r"|detain\w*|militants?|insurgents?|rebels?|gunmen|guerrill?as?|militia\w*)\b"
)
# ... not prisoners or inmates set free (by attackers or a deal), nor officials' release of news.
_NOT_HOSTAGES = frozenset("prisoner prisoners inmate inmates detainee detainees official officials".split())


# A number inside a capitalised name of a work: "sales of Left 4 Dead 2", "a fan of Left 4 Dead"
# (a kind word capitalised mid-sentence, after a capitalised word, in running lower-case text).
_TITLE_KIND = frozenset(("Dead", "Killed", "Wounded", "Missing", "Fallen", "Hostages"))
_TITLE_WORD = re.compile(r"([A-Z][\w'’-]*)\s+$")
_TITLE_CASE_LOWER = frozenset(
    "with from into onto over upon after about among under near amid than that".split()
)
_NAME_KIND_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def _in_work_title(text: str, lo: int, q: Quantity, hi: int) -> bool:
    """Whether the digits q sit inside a capitalised title ("Left 4 Dead") in lower-case prose."""
    after = _NAME_KIND_AFTER.match(text, q.end, hi)
    if after is None or after.group(1) not in _TITLE_KIND or not text[q.start].isdigit():
        return False
    before = _TITLE_WORD.search(text, max(lo, q.start - 30), q.start)
    if before is None or before.start() == lo:
        return False
    # running prose (a lower-case word of content), not a headline in title case ("Bomb Blast in
    # Market Leaves 4 Dead")
    return any(
        w.isalpha() and w.islower() and len(w) > 3 and w not in _TITLE_CASE_LOWER for w in text[lo:hi].split()
    )


def _own_kind(doc: Doc, fig: _Fig, lo: int, hi: int) -> None:
    text, low = doc.text, doc.low
    q, noun = fig.q, fig.noun
    if (
        text[q.end + 1 : q.end + 2].isupper()
        and text[q.end : q.end + 1] == " "
        and _in_work_title(text, lo, q, hi)
    ):
        fig.kind = "none"
        return
    left_lo = max(lo, q.start - 90)
    left = low[left_lo : q.start]  # the left patterns are written in lower case
    near = max(0, len(left) - 60)  # the left triggers end right before the number
    left_mask = doc.mask_between(left_lo + near, q.start)
    if left_mask & W_NEGATION and _NEGATION.search(left[-30:]):
        fig.kind = "none"
        return
    if left_mask & W_LEFT and left_mask & W_OR and _COMBINED_LEFT.search(left, near):
        fig.kind = "none"
        return
    m = _LEFT_TRIGGER.search(left, near) if left_mask & W_LEFT else None
    if m:
        trig = m.group("trig").lower().split()[0]
        captive = m.group("trig").endswith(("hostage", "hostages", "captive", "captives"))
        driven = _DRIVEN_OUT.match(text, noun.end, hi) if trig in _DRIVE_VERBS else None
        if (
            (
                trig in _HOSTAGE_VERBS
                and not captive
                and not _held_captive(text, trig, noun, hi, left.endswith("still ", 0, m.start()))
            )
            or (trig in _DRIVE_VERBS and driven is None)
            or (trig in _LOSS_VERBS and noun.group() not in _ARMED_GROUPS)
            # "a helicopter evacuated 14 wounded soldiers": the wounded, carried out (not displaced)
            or (trig.startswith("evacuat") and noun.bare and _HURT_NEXT.match(low, noun.end, hi) is not None)
            or (left.endswith("to ", 0, m.start()) and _UNREAL_TO.search(left, 0, m.start()))
        ):
            m = None
        else:
            if driven is not None:
                fig.end = driven.end()  # the phrase says what befell them: "... from their homes"
            fig.kind = kind_of(m.group("trig"))
            fig.source = "left"
            fig.start = left_lo + m.start("trig")
            both = _BOTH_LEFT.search(left, near) if "kill" in left and "and" in left else None
            if both and q.count is not None:
                # "has killed and injured more than 35,000 civilians": one number for both, a
                # combined total with no split (GUIDELINES 2.4: no figure)
                fig.kind = "none"
            elif both:
                # "killing and wounding a number of militants": each kind, neither counted
                fig.kind = "killed"
                fig.extra_kind = "wounded"
                fig.start = left_lo + both.start()
    if fig.kind is None and noun.person and not noun.bare and "death" in low[noun.end : noun.end + 12]:
        death = _TO_DEATH.match(low, noun.end, hi)
        verb = _DEATH_VERB_LEFT.search(left) if death else None
        if death and verb:  # "hacked nine villagers to death"
            fig.kind = "killed"
            fig.source = "left"
            fig.start = left_lo + verb.start()
            fig.end = death.end()
            return
    if fig.kind is None:
        m = _right_trigger(doc, noun.end, hi)
        if m and (_active_object(doc.text, m, hi) or _COMBINED_RIGHT.match(low, m.end())):
            # "Two gunmen killed four people": the gunmen are no figure; "1,300 people killed or
            # wounded": a combined total has no kind
            fig.kind = "none"
            return
        if m:
            fig.kind = kind_of(m.group("kind"))
            fig.source = "right"
            fig.end = m.end()
            if fig.kind == "wounded" and q.count == 1 and _LATER_DIED.match(low, m.end(), hi):
                fig.kind = "killed"  # "A jawan who was injured in the gunfight later succumbed"
            if (
                noun.person
                and noun.age is None
                and "," in low[noun.end : m.start("kind")]
                and not noun.groups & _ARMED_GROUPS
            ):
                # "Two brothers, Ali Hassan, 12, and Omar Hassan, nine, were killed": the people
                # counted, named with their ages: children when all of them are
                ages = [parse_number(a) for a in _NAMED_AGES.findall(low, noun.end, m.start("kind"))]
                if ages and all(a is not None and a < 18 for a in ages):
                    noun.age = max(a for a in ages if a is not None)
    if fig.kind is None:
        m = (
            _LEFT_LIST.search(left, near)
            if left_mask & W_LEFT and left.rstrip().endswith(_LIST_VERBS)
            else None
        )
        if m:
            fig.kind = kind_of(m.group("trig"))
            fig.source = "list"
            fig.start = left_lo + m.start()
    if (
        fig.kind is None
        and (noun.bare or noun.person)
        # (not the speaker after the toll: "brings to 45 the number of soldiers killed in the
        # province, a provincial official said")
        and (noun.bare or not _SPEAKER.match(text, noun.end, hi))
    ):
        # (in plain text, see text.plain, the case-blind patterns need their words in left)
        plain_left = doc.plain_between(left_lo, q.start)
        m = None if plain_left and "number" not in left else _NUMBER_OF_LEFT.search(text, left_lo, q.start)
        if m is None and noun.bare and "number" in low[lo : q.start] and _TOLL_RISEN.search(left):
            m = _NUMBER_FAR.search(text, lo, q.start)
        who = _counted(m.group("who"), m.group("trig")) if m else None
        if m and who is not None:
            fig.kind = kind_of(m.group("trig"))
            fig.source = "toll"
            fig.counted_from = m.start()
            if who.person:
                fig.group = who.group()
        else:
            m = None if plain_left and "toll" not in left else _TOLL_LEFT.search(text, left_lo, q.start)
            if m is None and noun.bare and "toll" in low[lo : q.start] and _TOLL_RISEN.search(left):
                m = _TOLL_FAR.search(text, lo, q.start)
            if (
                m
                and noun.bare
                and _ends_with_to(low, left_lo, q.start)
                and _RAISING_TO_LEFT.search(text, left_lo, q.start)
                and _NUMBER_OF_RIGHT.match(text, noun.end, hi)
            ):
                m = None  # "The toll brings to 600 the number of civilians killed": the number names them
            if m and "casualty" not in m.group(0).lower() and "injur" not in m.group(0).lower():
                fig.kind = "killed"
                fig.source = "toll"
                if m.group("pre") and "civilian" in m.group("pre").lower():
                    fig.group = CIVILIANS
    if (
        fig.kind is None
        and noun.bare
        and _ends_with_to(low, left_lo, q.start)
        and _RAISING_TO_LEFT.search(text, left_lo, q.start)
    ):
        m = _NUMBER_OF_RIGHT.match(text, noun.end, hi)
        who = _counted(m.group("who") or "", m.group("trig")) if m and not m.group("toll") else None
        if m and (m.group("toll") or who is not None):
            fig.kind = "killed" if m.group("toll") else kind_of(m.group("trig"))
            fig.source = "toll"
            fig.end = m.end()
            if who is not None and who.person:
                fig.group = who.group()
    if fig.kind is None and noun.bare:
        low = text[noun.end : noun.end + 12].lower()
        if low.startswith((" deaths", " fatalities")):
            fig.kind = "killed"
            fig.end = noun.end + 7
        elif low.startswith(" lives"):
            lives = _LIVES_LEFT.search(left)
            if lives:  # "has claimed more than 10,000 lives", "cost 300 lives"
                fig.kind = "killed"
                fig.start = left_lo + lives.start()
                fig.end = noun.end + 6
    if (
        fig.kind is None
        and noun.person
        and not noun.bare
        and ("free" in left[-30:] or "releas" in left[-30:])
    ):
        freed = _FREED_LEFT.search(left)
        if (
            freed
            and noun.group() in _HELD_GROUPS
            and noun.head not in _NOT_HOSTAGES
            and not _TO_BE_FREED_LEFT.search(text, max(lo, q.start - 60), q.start)
            and not _IN_EXCHANGE.match(text, noun.end, hi)
            and _CAPTIVITY.search(doc.low, lo, hi)
        ):
            fig.kind = "detained"  # "kidnappers released two Italian aid workers"
            fig.source = "left"
            fig.start = left_lo + freed.start()
    if fig.kind is None and noun.partitive and left.endswith(", "):
        m = _OF_THOSE_LEFT.search(left)
        if m:
            fig.kind = kind_of(m.group("trig"))
            fig.source = "left"
            fig.start = left_lo + m.start()
    if fig.kind is None and noun.head in _KIND_HEADS:
        sentence = text[lo:hi]
        if not (
            _EXCHANGE.search(sentence)
            or (
                _TO_BE_FREED_LEFT.search(text, max(lo, q.start - 60), q.start)
                and not _STILL_HELD.match(text, noun.end, hi)
            )
            or _TO_BE_FREED_RIGHT.match(text, noun.end, hi)
            # (martyrs honoured, not counted: "the families of 25 martyrs received compensation")
            or (noun.head == "martyrs" and left.rstrip().endswith((" of", " for", " to the")))
        ):
            fig.kind = _KIND_HEADS[noun.head]
            fig.source = "head"


def _resolve_sentence(doc: Doc, figs: list[_Fig], lo: int, hi: int, doc_prev: _Fig | None = None) -> None:
    text, low = doc.text, doc.low
    last: _Fig | None = None
    for fig in figs:
        _own_kind(doc, fig, lo, hi)
        left = low[max(lo, fig.q.start - _SUBGROUP_REACH) : fig.q.start]
        fig.subgroup = (
            (fig.noun.partitive and fig.noun.person and not fig.noun.bare)
            or (
                any(w in left for w in _SUBGROUP_WORDS)
                and bool(_SUBGROUP_LEFT.search(low, max(lo, fig.q.start - _SUBGROUP_REACH), fig.q.start))
            )
            # the list of parts goes on: "among them 24 women and 13 children, and 157 others were
            # injured" (the children are of the dead, not of the injured after)
            or (last is not None and last.subgroup and low[last.noun.end : fig.q.start].strip() == "and")
        )
        last = fig
    # "Six guardsmen and 10 civilians were wounded": share the predicate of the last conjunct.
    for i in range(len(figs) - 2, -1, -1):
        fig, nxt = figs[i], figs[i + 1]
        prev = figs[i - 1] if i else None
        if (
            fig.kind is None
            and not fig.subgroup  # "8,490 civilian deaths, including 487 children, and 14,244 injured"
            and nxt.kind
            and nxt.source in ("right", "coord")
            # (or the next people as the first's own: "A woman and her two children were killed")
            and (
                _BETWEEN_COORD.match(text[fig.noun.end : nxt.q.start])
                or _AND_POSSESSIVE.fullmatch(text, fig.noun.end, nxt.q.start)
            )
            # "killed a man and a boy, and two women were hurt": the boy is the killing's object
            and not (
                prev is not None
                and prev.source == "left"
                and _BETWEEN_COORD.match(text[prev.noun.end : fig.q.start])
            )
        ):
            fig.kind = nxt.kind
            fig.source = "coord"
    # "including 84 children", "and another 11 in boats": inherit from the figure before.
    for i, fig in enumerate(figs):
        if fig.kind is not None:
            continue
        prev = next((p for p in reversed(figs[:i]) if p.kind and p.kind != "none"), None)
        if prev is None:
            if (
                fig.subgroup
                and doc_prev is not None
                and doc_prev.kind
                and _AMONG_THEM_LEAD.fullmatch(low, lo, fig.q.start)
            ):
                fig.kind = doc_prev.kind  # "Among them were 32 civilians" after the total
                fig.source = "sub"
                fig.start = lo
            continue
        between = text[prev.noun.end : fig.q.start]
        if not fig.subgroup and _SPEAKER.match(text, fig.noun.end, hi):
            continue
        if (
            fig.subgroup
            or (_BETWEEN_CONT.match(between) and len(_VERBISH.findall(between)) == 0)
            # "Two others were hurt, along with an Iraqi interpreter traveling with the unit"
            or (prev.source == "right" and _ALONG_WITH.search(between) is not None)
            # the verb left out: "five people were killed in Haris and four members of one family
            # in Tallousa"
            # (people named: a bare number may be a summary cut short, "were killed and 52")
            or (prev.source == "right" and not fig.noun.bare and _GAPPED.match(between) is not None)
            or (
                fig.noun.bare
                and _ends_with_to(low, max(lo, fig.q.start - 90), fig.q.start)
                and _RAISING_TOTAL_LEFT.search(text, max(lo, fig.q.start - 90), fig.q.start)
            )
        ):
            fig.kind = prev.kind
            fig.source = "sub" if fig.subgroup else "cont"
            # "including 50 children and 94 women": the list goes on, a subgroup too (a figure
            # after it, "and wounded 1,835", takes the group of the total, not of the women)
            fig.subgroup = fig.subgroup or (prev.subgroup and bool(_BETWEEN_COORD.match(between)))
            if fig.subgroup:
                m = _SUBGROUP_LEFT.search(low, max(lo, fig.q.start - _SUBGROUP_REACH), fig.q.start)
                if m:
                    fig.start = m.start()


# Sides named in a sentence, for fighters whose side the noun itself does not say.
_NON_STATE = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|militias?|militiam[ae]n|alliance|front|movement"
    r"|guerrill?as?|separatists?|jihadists?|armed\s+groups?|factions?|taliban|houthis?"
    r"|islamists?|opposition|hamas|hezbollah|isis|daesh|isil|islamic\s+state|tamil\s+tigers?|ltte|m23|eln|farc|pkk|(?:al-)?shabaab|boko\s+haram"
    # armed groups by their initials: the Philippines' MILF, MNLF, NPA and BIFF, Aceh's GAM,
    # Uganda's LRA, Congo's ADF and FDLR, the Sahel's JNIM and AQIM
    r"|milf|mnlf|npa|biff|gam|lra|adf|fdlr|jnim|aqim|islamic\s+jihad|terrorists?|spla-io|splm-io|sdf|ypg"
    r"|(?:al-)?qaeda)\b",
    re.IGNORECASE,
)
_STATE = re.compile(
    r"\b(?:army|government|military|troops|soldiers|police|ministry|pro-government"
    r"|government-backed|loyalists?)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:its|their|his)\s+(?:own\s+)?$", re.IGNORECASE)
_FIGHTER_HEADS = frozenset(("fighter", "fighters", "combatant", "combatants", "mercenary", "mercenaries"))
# A person noun right after a preposition or an -ing verb: the likely victims that a following
# bare number counts ("a bus carrying unarmed villagers ..., killing 17").
# (the object of an attack: "Renegade soldiers attacked government troops ..., killing at least
# five", "fired on the protesters, killing three of them", "ambushed a convoy of soldiers")
_OBJECT_NOUN = re.compile(
    r"\b(?:for|on|at|against|among|carrying|targeting|hitting|attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?)"
    r"\s+(?:(?:the|their|its|his|her)\s+|an?\s+(?:group|convoy|crowd|column|patrol|busload)\s+of\s+(?:the\s+)?)?"
    r"(?=\S)",
    re.IGNORECASE,
)


# A verb that reports whose the figures are: "with the rebels saying two of their fighters were
# killed", "Hezbollah announced the deaths of three of its fighters"; an accuser speaks of its own
# losses too ("the rebels accused the army of killing two of their fighters"). A passive verb names
# no speaker ("since the truce was announced, killing three of its fighters").
_SPEECH = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bbe\s)\b(?:said|says|saying|told|reported|reporting|announced|announcing|added|confirmed|stated"
    r"|accused|accuses|accusing)\b",
    re.IGNORECASE,
)
# Clause breaks within a sentence: "Coalition air strikes hit Houthi positions in Saada, and
# clashes in Taiz killed at least nine fighters" (the Houthis are not the fighters' side).
_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas|as|and\s+as)\s", re.IGNORECASE)


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """Start of the last match of pattern in text[lo:hi], or -1."""
    pos = -1
    for m in pattern.finditer(text, lo, hi):
        pos = m.start()
    return pos


def _speaker_side(text: str, lo: int, pos: int) -> str | None:
    """The side that "its"/"their" before pos refers to: the side named last before the verb
    that reports the figure ("with the rebels saying two of their fighters"), else last before pos."""
    verb = _last(_SPEECH, text, lo, pos)
    end = verb if verb >= 0 else pos
    ns, st = _last(_NON_STATE, text, lo, end), _last(_STATE, text, lo, end)
    if ns < 0 and st < 0 and verb >= 0:
        ns, st = _last(_NON_STATE, text, lo, pos), _last(_STATE, text, lo, pos)
    if st > ns and text.startswith("Army", st) and _NON_STATE_ARMY.search(text, max(lo, st - 24), st):
        return REBELS  # "the Kachin Independence Army said ... killing three of its fighters"
    if ns > st:
        return REBELS
    return GOVERNMENT if st >= 0 else None


# Heads of a side's own ranks named with the side before the number: "killed the group's two top
# commanders", "killed its three commanders", "the rebels' two commanders".
_OWN_HEADS = frozenset(("commander", "commanders"))
_POSSESSOR = re.compile(
    r"\b(?:(?P<pron>its|their)|(?:the\s+)?(?P<name>[\w-]+)(?:['’]s|s['’]))\s+$", re.IGNORECASE
)


def _possessor_side(text: str, fig: _Fig, lo: int) -> str | None:
    """The side that owns the people counted when a possessive comes right before the number."""
    m = _POSSESSOR.search(text, max(lo, fig.q.start - 30), fig.q.start)
    if m is None:
        return None
    if m.group("pron"):
        return _speaker_side(text, lo, fig.start)
    name = m.group("name")
    if name.lower() in _BODIES or name.lower() in _ARMED_BODIES or _NON_STATE.fullmatch(name):
        return REBELS
    return GOVERNMENT if _STATE.fullmatch(name) else None


def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause of text[lo:hi] holding text[start:end]."""
    c_lo = lo
    for br in _CLAUSE_BREAK.finditer(text, lo, start):
        c_lo = br.end()
    after = _CLAUSE_BREAK.search(text, end, hi)
    return c_lo, (after.start() if after else hi)


def _fighters_side(text: str, fig: _Fig, lo: int, hi: int, joined: _Fig | None = None) -> str | None:
    """The side of unqualified "fighters" when the sentence names it ("two of its fighters"
    after the armed group as subject, "a strike on a rebel position killed three fighters").

    joined: the figure right before, joined to this one by "and": "their" refers to it
    ("killed two rebel commanders and 14 of their fighters")."""
    if fig.noun.head not in _FIGHTER_HEADS or fig.noun.hints:
        return None
    if _ARMED_GROUPS_OWN.search(text, max(lo, fig.noun.end - 40), fig.noun.end):
        return REBELS  # "five of the group's fighters", "the militia's fighters"
    if _POSSESSIVE.search(text, max(lo, fig.q.end - 40), fig.q.end) or _POSSESSIVE.search(
        text, max(lo, fig.noun.end - 30), fig.noun.end - len(fig.noun.head)
    ):
        if joined is not None and joined.group in (REBELS, GOVERNMENT):
            return joined.group
        return _speaker_side(text, lo, fig.start)
    c_lo, c_hi = _clause(text, lo, hi, fig.start, fig.end)
    if _NON_STATE.search(text, c_lo, c_hi) and not _STATE.search(text, lo, hi):
        return REBELS
    return None


_ARMED_GROUPS_OWN = re.compile(
    r"\bthe\s+(?:armed\s+|rebel\s+|militant\s+|insurgent\s+)?(?:group|militia|movement|rebels|insurgents"
    r"|militants)['’]s?\s+(?:[\w-]+\s+)?[\w-]+$",
    re.IGNORECASE,
)
# "Nagorno-Karabakh officials said 673 of their servicemen", "the self-proclaimed Donetsk
# People's Republic said four of its servicemen": personnel of an unrecognised entity.
_UNRECOGNISED = re.compile(
    r"\b(?:self-proclaimed|self-declared|breakaway|unrecogni[sz]ed|separatists?|Nagorno-Karabakh|Karabakh"
    r"|Artsakh|(?:Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic|DPR|LPR|DNR|LNR|Transnistria\w*"
    r"|Abkhaz\w*|South\s+Ossetia\w*)\b",
    re.IGNORECASE,
)
_SERVICEMEN = ("servicemen", "serviceman")
# The force named after them: "a serviceman of the people's militia", "two servicemen of the
# self-proclaimed republic's army" (the DPR and LPR "people's militia").
_OF_FORCE = re.compile(r"\s+of\s+(?:the\s+)?([^,.;:()]{0,50})", re.IGNORECASE)
_PEOPLES_MILITIA = re.compile(r"\bpeople['’]s\s+militias?\b", re.IGNORECASE)
# ("bringing the number of its servicemen killed to 763", "bringing its military death toll to 729")
_OWN_SERVICEMEN = re.compile(
    r"\b(?:number\s+of\s+(?:its|their)\s+servicem[ae]n|(?:its|their)\s+military\s+(?:death\s+)?toll)\b",
    re.IGNORECASE,
)


def _unrecognised_servicemen(text: str, fig: _Fig, lo: int) -> bool:
    """Whether the figure counts "servicemen" of an unrecognised entity: named in the noun group
    ("two DPR servicemen"), or the speaker of "its/their servicemen" in its clause before the
    reporting verb (not "Azerbaijan said seven of its servicemen died in Karabakh")."""
    # "bringing the number of its servicemen killed ... to 763", "its military death toll to 729"
    own = (
        _OWN_SERVICEMEN.search(text, max(lo, fig.q.start - 90), fig.q.start)
        if fig.source == "toll" or fig.noun.bare
        else None
    )
    if fig.source == "toll" or own is not None:
        if own is None:
            return False
        start = own.start()
    else:
        words = text[fig.q.start : fig.end].lower()
        # "(the breakaway ministry) recorded 532 military deaths": its own military, a head-less noun
        military = not fig.noun.head and "military" in words
        if not military and not any(w in words for w in _SERVICEMEN):
            return False
        if _UNRECOGNISED.search(text, fig.q.start, fig.noun.end):
            return True
        force = _OF_FORCE.match(text, fig.noun.end)
        if force and (_UNRECOGNISED.search(force.group(1)) or _PEOPLES_MILITIA.search(force.group(1))):
            return True
        if not military and not _POSSESSIVE.search(
            text, max(lo, fig.noun.end - 40), fig.noun.end - len(fig.noun.head)
        ):
            return False
        start = fig.q.start
    verb = _last(_SPEECH, text, lo, start)
    if verb < 0:
        return False
    comma = text.rfind(",", lo, verb)
    return _UNRECOGNISED.search(text, max(lo, comma + 1), verb) is not None


def _object_group(text: str, lo: int, pos: int) -> str | None:
    """Group of the nearest person noun governed by a preposition or verb before pos."""
    found: str | None = None
    for m in _OBJECT_NOUN.finditer(text, lo, pos):
        noun = _noun_group(text, m.end() - 1, pos)
        if noun is not None and noun.person and not noun.bare:
            group = noun.group()
            if (
                group == COMBATANTS
                and noun.head in _FIGHTER_HEADS
                and not noun.hints
                and _POSSESSIVE.search(text, max(lo, m.end() - 12), m.end())
            ):
                # "the rebels said troops had attacked their fighters, killing three of them"
                group = _speaker_side(text, lo, m.start()) or group
            found = group if group not in (None, UNSPECIFIED) else None
    return found


# "Another 120 were wounded", "a further 12 died": the same people as the figure before, as "others".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.IGNORECASE)


_RANKS = frozenset(("commander", "commanders", "officer", "officers"))
# A side that lost some of its own: "the rebels lost two commanders", "Hamas says it has lost
# 12 fighters" (the subject right before "lost" and the number).
_LOST_BEFORE = re.compile(
    # (a time may come between the saying and its clause: "the rebels said on Wednesday they had
    # lost three fighters")
    r"\b(?P<who>[\w'’-]+)\s+(?:(?:say|says|said|admit|admits|admitted)"
    r"\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\s+)?"
    r"(?:that\s+)?(?:they|it)\s+)?"
    r"(?:(?:has|have|had)\s+)?lost\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def _loser_side(text: str, lo: int, q_start: int) -> str | None:
    """The side of the subject that "lost" the people counted right after, when it names one."""
    m = _LOST_BEFORE.search(text, max(lo, q_start - 60), q_start)
    if m is None:
        return None
    who = m.group("who").lower()
    side = PERSON_NOUNS.get(who) or MODIFIER_HINTS.get(who)
    return side if side in (REBELS, GOVERNMENT) else None


"""Ranks of any armed side: government when nothing tells the side (see _assign_groups)."""


def _mixed_with_before(text: str, figs: list[_Fig], prev: _Fig, lo: int) -> bool:
    """Whether prev is the last of victims of two groups joined by "and" under one verb ("nine
    soldiers and two civilians"): "others" after them contrasts with a mixed group. (Servicemen
    of an unrecognised entity are combatants here already: "three Karabakh servicemen and two
    Azerbaijani soldiers were killed and five were wounded" names two sides.)"""
    j = next((k for k, f in enumerate(figs) if f is prev), 0)
    if j == 0:
        return False
    first = figs[j - 1]
    if not (
        first.kind == prev.kind
        and not first.subgroup
        and first.group is not None
        and prev.group is not None
        and _BETWEEN_COORD.match(text[first.noun.end : prev.q.start]) is not None
    ):
        return False
    if first.group != prev.group:
        return True
    return first.group == GOVERNMENT and (
        _unrecognised_servicemen(text, first, lo) != _unrecognised_servicemen(text, prev, lo)
    )


# A bare number that opens its sentence ("At least 1,142 died as a result of hostile action",
# "Of those, 947 were killed in combat", "Two died later in hospital"): the people of the figure
# of the same kind in the sentence before.
_OPENS_BARE = re.compile(r"[\s\"“']*(?:(?:Of|Among)\s+(?:those|them|these|the\s+dead),?\s+)?")


# "131 civilian casualties, 64 deaths and 67 injuries", "2,258 civilians were killed or injured
# ..., including 763 deaths": a split of a combined total (no figure itself) into deaths and
# injuries, of the people the total names.
_SPLIT_AFTER = re.compile(r"\s+(?:deaths|fatalities|injuries|killed|dead|injured|wounded)\b", re.IGNORECASE)
_CASUALTIES_AFTER = re.compile(r"\s+casualties\b", re.IGNORECASE)
_SPLIT_BETWEEN = re.compile(
    r"[^.;:\"“”]{0,60}?(?:,\s*|:\s*|\(\s*|\bincluding\s+|\bof\s+whom\s+)$", re.IGNORECASE
)


def _combined_frame(text: str, all_figs: list[_Fig], fig: _Fig) -> str | None:
    """The group of the combined casualty total that the bare "N deaths" / "N injuries" / "N
    killed" splits ("30,457 civilian casualties: 10,582 killed and 19,875 injured")."""
    if not _SPLIT_AFTER.match(text, fig.noun.end):
        return None
    for f in reversed(all_figs):
        if f.q.start >= fig.q.start:
            continue
        if f.kind not in (None, "none"):
            if f.noun.bare and _SPLIT_AFTER.match(text, f.noun.end):
                continue  # another part of the split: "10,582 killed and 19,875 injured"
            return None  # a figure with a kind of its own comes nearer
        if not f.noun.person or f.noun.bare:
            continue
        if f.kind == "none" or _CASUALTIES_AFTER.match(text, f.noun.end):
            group = f.noun.group()
            if group in (None, UNSPECIFIED) or not _SPLIT_BETWEEN.fullmatch(text, f.noun.end, fig.q.start):
                return None
            return group
    return None


def _assign_groups(
    text: str,
    figs: list[_Fig],
    lo: int,
    hi: int,
    doc_prev: _Fig | None,
    near: _Fig | None = None,
    all_figs: list[_Fig] | None = None,
) -> None:
    for i, fig in enumerate(figs):
        if fig.group is not None:
            continue
        own = fig.noun.group()
        if own is not None and not fig.noun.others:
            if own == COMBATANTS:
                # (a conjunct with a predicate of its own is another clause: "... and 10 of their
                # fighters died")
                joined = (
                    figs[i - 1]
                    if i
                    and fig.source != "right"
                    and _BETWEEN_COORD.match(text[figs[i - 1].end : fig.q.start])
                    else None
                )
                own = _fighters_side(text, fig, lo, hi, joined) or own
                if own == COMBATANTS and fig.subgroup:
                    # "killed scores of terrorists, among them 17 foreign mercenaries": the whole's
                    parent = next((p for p in reversed(figs[:i]) if not p.subgroup), None)
                    if parent is not None and parent.group in (REBELS, GOVERNMENT):
                        own = parent.group
            elif (
                own == GOVERNMENT
                and fig.noun.head in _OWN_HEADS
                and not fig.noun.hints
                and (owner := _possessor_side(text, fig, lo)) is not None
            ):
                own = owner  # "killed the group's two top commanders", "its two commanders"
            elif (
                own == UNSPECIFIED
                and fig.noun.head == "men"
                and not fig.noun.hints
                and _POSSESSIVE.search(text, max(lo, fig.noun.end - 30), fig.noun.end - 3)
            ):
                # "Rebels said troops had killed three of their men": the speaker's side
                own = _speaker_side(text, lo, fig.start) or own
            elif own == GOVERNMENT and fig.subgroup and fig.noun.head in _RANKS and not fig.noun.hints:
                # "20 militants were killed, including two commanders": the ranks of the whole
                parent = next((p for p in reversed(figs[:i]) if not p.subgroup), None) or doc_prev
                if parent is not None and parent.group in (REBELS, COMBATANTS):
                    own = parent.group
            if (
                own in (GOVERNMENT, UNSPECIFIED, COMBATANTS)
                and (fig.noun.head in _RANKS or fig.noun.head in ("men", "fighters", "members"))
                and not fig.noun.hints
                and "lost" in text[max(lo, fig.q.start - 40) : fig.q.start]
            ):
                own = _loser_side(text, lo, fig.q.start) or own
            fig.group = own
            continue
        if fig.noun.bare and fig.source == "right" and text[fig.noun.end : fig.end].strip() in _HURT_ADJ:
            named = _noun_group(text, fig.end, hi)
            if named is not None and named.person and not named.bare and named.group() is not None:
                # "5,324 injured civilians", "30 wounded soldiers": the people the adjective modifies
                fig.group = named.group()
                fig.end = named.end
                continue
        if fig.noun.bare:
            side = _SIDE.match(text, fig.end, hi)
            if side and side.group(1).lower() in PERSON_NOUNS:
                grp = PERSON_NOUNS[side.group(1).lower()]
                fig.group = grp if grp != "other" else UNSPECIFIED
                continue
            if side and side.group(1).lower() in MODIFIER_HINTS:
                fig.group = MODIFIER_HINTS[side.group(1).lower()]
                continue
        prev = next(
            (p for p in reversed(figs[:i]) if p.kind and p.kind != "none" and not p.subgroup),
            None,
        )
        if fig.noun.bare and (
            fig.source == "toll"
            or (fig.source == "left" and "toll" in text[max(lo, fig.q.start - 12) : fig.q.start])
        ):
            # "bringing the death toll to 120": the toll names no group ("bringing its military
            # death toll since Sunday to 50": the soldiers counted before)
            counted = prev is not None and _OWN_SERVICEMEN.search(
                text, max(lo, fig.q.start - 90), fig.q.start
            )
            fig.group = prev.group if counted and prev is not None and prev.group else UNSPECIFIED
            continue
        if (
            prev is None
            and i == 0
            and fig.noun.bare
            and near is not None
            and near.kind == fig.kind
            and near.group
            and _OPENS_BARE.fullmatch(text, lo, fig.q.start)
        ):
            fig.group = near.group
            continue
        if prev is None and fig.noun.bare and all_figs is not None and len(all_figs) > len(figs):
            frame = _combined_frame(text, all_figs, fig)
            if frame is not None:
                fig.group = frame
                continue
        if prev is None and fig.noun.bare:
            obj = _object_group(text, lo, fig.q.start)
            if obj is not None:
                fig.group = obj
                continue
        if prev is None and (
            fig.noun.others
            or (fig.noun.bare and _ANOTHER_BEFORE.search(text, max(lo, fig.q.start - 12), fig.q.start))
        ):
            prev = doc_prev
        if (
            prev is not None
            and (fig.noun.others or fig.noun.bare)
            and _mixed_with_before(text, figs, prev, lo)
        ):
            fig.group = UNSPECIFIED  # "killing nine soldiers and two civilians and wounding 14 others"
            continue
        fig.group = prev.group if prev is not None and prev.group else UNSPECIFIED
    last: _Fig | None = None
    for fig in figs:
        if (
            fig.group == GOVERNMENT
            and last is not None
            and last.group == COMBATANTS
            and (fig.noun.bare or fig.noun.others)
        ) or (fig.group == GOVERNMENT and _unrecognised_servicemen(text, fig, lo)):
            # "Three servicemen of the self-proclaimed republic were killed and seven wounded":
            # the bare figure inherited the servicemen's group
            fig.group = COMBATANTS
        last = fig


# DISASTER_RE and CONFLICT_RE without IGNORECASE: on lower-cased ASCII (or plain) text they find the same
# matches, several times faster.
_DISASTER_LC = case_sensitive(DISASTER_RE)
_CONFLICT_LC = case_sensitive(CONFLICT_RE)


def _disaster_in(text: str, low: str) -> bool:
    """Whether DISASTER_RE matches in text (low: text lower-cased)."""
    if plain(text):
        return _DISASTER_LC.search(low) is not None
    return DISASTER_RE.search(text) is not None


# A cause ruled out: "officials ruled out an air strike", "with no sign of a terrorist attack"
# (lower case): the conflict words after it name no violence of the story.
_RULED_OUT = re.compile(
    r"\b(?:(?<!not\s)(?<!n't\s)(?<!never\s)(?<!cannot\s)rul(?:ed|es|ing|e)\s+out|no\s+(?:signs?|evidence|indications?)\s+(?:of|that)"
    r"|not\s+(?:caused\s+by|the\s+result\s+of))\b[^.;]{0,60}$"
)


# Troops at relief work (lower case): "as soldiers and relief workers struggled to reach mountain
# villages", "soldiers from a nearby army camp pulled survivors from the wreckage", "deployed over
# 20,000 police and army personnel to help with relief work" (no conflict in a disaster story).
_RELIEF_WORK = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:struggled|helped|rushed|worked|dug|searched|distributed|delivered"
    r"|rescued|evacuated|airlifted|pulled|joined\s+(?:the\s+)?(?:rescue|relief))\b"
    r"|[^.;:]{0,40}?\bto\s+help\s+(?:with\s+)?(?:the\s+)?(?:relief|rescue)\b"
)
_TROOP_WORDS = frozenset(("soldiers", "troops", "army", "military"))
_TRAINING = re.compile(
    r"\b(?:training\s+(?:exercise|flight|mission|accident|drill)s?|during\s+(?:a\s+)?(?:night\s+|routine\s+)?training"
    r"|military\s+exercises?)\b",
    re.IGNORECASE,
)


def _conflict_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of pattern (CONFLICT_RE or its lower-case form) in text, less those after a
    cause ruled out (_RULED_OUT: "the police ruled out a bomb attack") and troops at relief work
    (_RELIEF_WORK) or in a story of a training accident (_TRAINING)."""
    training: bool | None = None  # (looked for once, when the first army word needs it)
    for m in pattern.finditer(text):
        window = text[max(0, m.start() - 70) : m.start()]
        if ("out" in window or " no " in window or "not " in window) and _RULED_OUT.search(window.lower()):
            continue
        if m.group(0).lower() in _TROOP_WORDS and _RELIEF_WORK.match(text[m.end() : m.end() + 60].lower()):
            continue
        if m.group(0).lower() in _TROOP_WORDS and (
            training if training is not None else (training := _TRAINING.search(text) is not None)
        ):
            continue  # an accident in training: "an army helicopter crashed during a night training exercise"
        yield m


def _conflict_named(pattern: re.Pattern[str], text: str) -> bool:
    """Whether pattern matches in text other than after a cause ruled out (see _conflict_matches)."""
    return next(_conflict_matches(pattern, text), None) is not None


def _conflict_in(text: str, low: str) -> bool:
    """Whether CONFLICT_RE matches in text (low: text lower-cased), not after a cause ruled out."""
    if text.isascii():
        return _conflict_named(_CONFLICT_LC, low)
    return _conflict_named(CONFLICT_RE, text)


def _disaster_clause(doc: Doc, lo: int, hi: int, fig: _Fig) -> bool:
    """Whether the clause of the sentence doc.text[lo:hi] holding the figure names a disaster
    (DISASTER_RE) and no conflict (CONFLICT_RE)."""
    c_lo, c_hi = _clause(doc.text, lo, hi, fig.start, fig.end)
    rel = doc.low.rfind(", which ", c_lo, fig.start)
    if rel >= 0 and "," not in doc.low[rel + 1 : fig.start]:
        # a relative clause right before the figure tells of the noun before it: "to let aid
        # reach survivors of the Dec. 26 tsunami, which killed more than 100,000 people"
        c_lo = max(c_lo, rel - 30)
        comma = doc.low.find(",", fig.end, c_hi)
        c_hi = comma if comma >= 0 else c_hi
    text, low = doc.text[c_lo:c_hi], doc.low[c_lo:c_hi]
    return _disaster_in(text, low) and not _conflict_in(text, low)


def _doc_disaster(doc: Doc) -> bool:
    """Whether DISASTER_RE matches in doc.text, for a doc holding a W_DISASTER word."""
    sents = doc.sents
    if doc.plain and all(e < s for e, s in zip(sents.ends, sents.starts[1:], strict=False)):
        # In plain text every match holds a W_DISASTER word as a whole token, and no token is cut
        # between sentences: the first match starts at the earliest in the sentence before the
        # first sentence holding such a word ("food | poisoning" across a clause cut).
        first = doc.having(W_DISASTER)[0]
        return _DISASTER_LC.search(doc.low, sents.starts[max(0, first - 1)]) is not None
    return DISASTER_RE.search(doc.text) is not None


def _title_disaster(title: str) -> bool:
    """Whether DISASTER_RE matches in the title and its Doc holds a W_DISASTER word."""
    low, mask = classes_of(title)
    if plain(title) and not mask & W_DISASTER:
        return False  # in plain text every match holds a W_DISASTER word as a whole token
    return _disaster_in(title, low) and bool(Doc(title).mask & W_DISASTER)


def disaster_only(doc: Doc, title: str | None = None) -> bool:
    """Whether an item is about a natural disaster or accident and names no armed violence:
    its death and injury figures are not conflict casualties (POLICY in the guidelines)."""
    text_disaster = bool(doc.mask & W_DISASTER and _doc_disaster(doc))
    if not text_disaster and not (title and _title_disaster(title)):
        return False
    if _conflict_named(CONFLICT_RE, doc.text):
        return False
    if not title:
        return True
    # (a headline's bare "blast" is the explosion the text tells: "China mine blast kills 46"
    # over "A gas explosion ripped through a coal mine")
    return not any(
        not (text_disaster and m.group(0).lower() in _BARE_BLASTS)
        for m in _conflict_matches(CONFLICT_RE, title)
    )


_BARE_BLASTS = frozenset(("blast", "blasts", "explosion", "explosions"))


# A crime story (POLICY: not conflict casualties): a shooting told with the words of a criminal
# case ("the sheriff said", "before turning the gun on himself", "after an argument over a hunting
# stand") ...
_CRIME = re.compile(
    r"\b(?:sheriff(?:['’]s|s)?|turn(?:ed|ing|s)\s+the\s+(?:gun|weapon|rifle)\s+on\s+(?:himself|herself)"
    r"|murder-suicide|shooting\s+(?:spree|rampage)|(?:deer|duck|fellow|other)\s+hunters?"
    r"|after\s+an?\s+(?:argument|quarrel|domestic\s+dispute)"
    # arrests for crimes of gain or fraud: "arrested 28 people in a crackdown on identity theft rings"
    r"|(?:identity|credit[- ]card|car|cattle|art)\s+theft|fraud\w*|embezzl\w*|money\s+laundering"
    # ("raids on a gang suspected of cloning thousands of credit cards")
    r"|card[- ](?:cloning|skimming)|cloning\s+(?:[\w-]+\s+){0,3}?(?:credit\s+|bank\s+)?cards"
    # theft and robbery: "a gang that stole luxury vehicles", "an armed robbery at a bank"
    r"|stole|stolen|robber(?:y|ies|s)|burglar(?:y|ies|s)|carjack\w*"
    r"|counterfeit\w*|insider\s+trading|brib(?:ery|es)|tax\s+evasion|scam(?:s|mers?)?"
    # "an investigation into an international software piracy ring", "a crackdown on music piracy"
    r"|(?:software|music|movie|film|video|dvd|cd|online|internet|digital)\s+piracy|copyright\s+infringement"
    r"|child\s+pornography"
    # a gang feud: "a settling of scores between rival criminal gangs", "gang-related shootings"
    r"|(?:criminal|rival)\s+(?:[\w-]+\s+)?gangs?|gang-related|gangland|settling\s+of\s+scores"
    r"|gun\s+violence"
    # a shooting named by its place ("the deadliest school shooting"), a murder trial's words
    # ("found guilty of murdering", "a life sentence for the 1969 murders")
    r"|(?:school|mass|church|mall|workplace|office|nightclub|supermarket|concert|campus)\s+shootings?"
    r"|jury|(?:found|pleaded|pleads|plead)\s+(?:not\s+)?guilty\s+(?:\w+\s+){0,3}?(?:of|to)\s+(?:[\w-]+\s+)?"
    r"(?:murder\w*|manslaughter|killing)|(?:life|prison|jail|death)\s+sentences?\s+for\s+(?:the\s+)?"
    r"(?:\d{4}\s+)?(?:murders?|killings?))\b",
    re.IGNORECASE,
)
_CRIME_LC = case_sensitive(_CRIME)
W_CRIME = word_class(
    "sheriff sheriffs gun weapon rifle suicide spree rampage hunter hunters argument quarrel domestic "
    "theft laundering insider bribery bribes evasion scam scams scammer scammers piracy infringement "
    "stole stolen robbery robberies robbers burglary burglaries burglars "
    "pornography shooting shootings jury guilty sentence sentences gang gangs gang-related gangland "
    "scores violence",
    "fraud embezzl counterfeit carjack clon skimm",
)
# ... with no word of armed conflict or political violence in the item.
_POLITICAL = re.compile(
    r"\b(?:militants?|rebels?|insurgen\w*|terror\w*|troops|soldiers?|army|military|war|wars|militia\w*"
    r"|guerrill?as?|sectarian|ethnic|separatists?|jihad\w*|islamist\w*|extremists?|politic\w*"
    r"|protest\w*|demonstrat\w*|riot\w*|bomb\w*|taliban|qaeda|cease-?fire|truce|clash\w*|hostages?"
    r"|kidnap\w*|abduct\w*|security\s+forces|uprising|insurgency|conflict|occupation|coup"
    # a humanitarian crisis: people driven from their homes ("580,000 remain internally displaced")
    r"|internally\s+displaced)\b",
    re.IGNORECASE,
)


_POLITICAL_LC = case_sensitive(_POLITICAL)


def _found(
    pattern: re.Pattern[str], lower_case: re.Pattern[str] | None, text: str, low: str, is_plain: bool
) -> bool:
    """Whether pattern matches in text (low: text lower-cased), by lower_case (its form without
    IGNORECASE, when it has no case-sensitive part) in low when text is_plain (see text.plain):
    several times faster."""
    if lower_case is not None and is_plain:
        return lower_case.search(low) is not None
    return pattern.search(text) is not None


def _story_of(
    doc: Doc, title: str | None, words: int, frame: re.Pattern[str], frame_lc: re.Pattern[str] | None
) -> bool:
    """Whether the item is told in a frame's words (frame, gated by the word class words; frame_lc
    its lower-case form, see _found) in its text or title, and names no armed conflict or political
    violence (_POLITICAL)."""
    title_low, title_mask = classes_of(title) if title else ("", 0)
    in_title = bool(title_mask & words)
    if not (doc.mask & words or in_title):
        return False
    # The political words first: a conflict story names one early, where the frame's search
    # (which fails on it) would read the whole text.
    title_plain = bool(title) and plain(title or "")
    if _found(_POLITICAL, _POLITICAL_LC, doc.text, doc.low, doc.plain) or (
        title and _found(_POLITICAL, _POLITICAL_LC, title, title_low, title_plain)
    ):
        return False
    return _found(frame, frame_lc, doc.text, doc.low, doc.plain) or (
        in_title and _found(frame, frame_lc, title or "", title_low, title_plain)
    )


def crime_only(doc: Doc, title: str | None = None) -> bool:
    """Whether an item is a crime story (see _CRIME) that names no armed conflict or political
    violence: its death and injury figures are not conflict casualties (POLICY in the guidelines)."""
    return _story_of(doc, title, W_CRIME, _CRIME, _CRIME_LC)


# A sports story (POLICY: not conflict casualties): a player "was injured", "placed on the
# injured list", "ruled out with a torn ACL"; the game's own words, or a league by name.
_SPORT = re.compile(
    r"\b(?:touchdowns?|receptions|quarterbacks?|linebackers?|wide\s+receivers?|goalkeepers?"
    r"|midfielders?|innings|wickets?|batsm[ae]n|pitchers?|playoffs?|hat-?tricks?|grand\s+slam"
    r"|injured\s+(?:list|reserve)|torn\s+(?:acl|hamstring|ligaments?)|hamstring|(?-i:NFL|NBA|NHL|MLB"
    r"|FIFA|UEFA|ATP|WTA|PGA)|premier\s+league|champions\s+league|bundesliga|la\s+liga|serie\s+a"
    r"|formula\s+one|world\s+cup|super\s+bowl|olympics?)\b",
    re.IGNORECASE,
)
W_SPORT = word_class(
    "touchdown touchdowns receptions quarterback quarterbacks linebacker linebackers receiver "
    "receivers goalkeeper goalkeepers midfielder midfielders innings wicket wickets batsman batsmen "
    "pitcher pitchers playoff playoffs hat-trick hattrick slam injured torn hamstring nfl nba nhl "
    "mlb fifa uefa atp wta pga league bundesliga liga serie formula cup bowl olympic olympics"
)


def sport_only(doc: Doc, title: str | None = None) -> bool:
    """Whether an item is a sports story (see _SPORT) that names no armed conflict or political
    violence: its players' injuries are not conflict casualties (POLICY in the guidelines)."""
    return _story_of(doc, title, W_SPORT, _SPORT, None)  # (_SPORT names leagues in capitals)


# "Of the 75 dead, 11 were children", "Of those killed, ...": a total named before, as the frame
# of the part that follows.
_OF_THE_LEAD = re.compile(r"(?:^|[,;:]\s*(?:and\s+)?)(?:out\s+)?of\s+(?:the|those)\s+$", re.IGNORECASE)


def _restated(text: str, lo: int, fig: _Fig) -> bool:
    """Whether the figure is the total that a partitive opening names ("Of the 75 dead,")."""
    if text[fig.end : fig.end + 1] != "," or not text[
        max(lo, fig.q.start - 9) : fig.q.start
    ].lower().endswith(("of the ", "of those ")):
        return False
    before = text[max(lo, fig.q.start - 20) : fig.q.start]
    m = _OF_THE_LEAD.search(before)
    return m is not None and (before[m.start()] in ",;:" or fig.q.start - lo <= 20)


def _counted_scope(doc: Doc, fig: _Fig) -> str | None:
    """The scope of "the number of <people> killed ... rose to N" from the words naming what it
    counts: their time cues ("killed since the uprising began", "killed in Sunday's bombing"), else
    a running count when they name only a country or region ("the number of U.S.
    troops killed in Iraq rose to 1,000 on Tuesday": the day is that of the report). None when
    they do not tell, and for other figures."""
    if fig.counted_from < 0:
        return None
    cues = find_cues(doc.text, doc.low, fig.counted_from, fig.q.start)
    if cues:
        return CUMULATIVE if any(c[2] == CUMULATIVE for c in cues) else INCIDENT
    if _IN_PLACE.search(doc.text, fig.counted_from, fig.q.start):
        return CUMULATIVE
    return None


# "killed in Iraq", "who have died in the West Bank": a place, no event.
_IN_PLACE = re.compile(r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|across)\s+(?:the\s+)?[A-Z][a-z]")


# Bodies found in many places at once: "the bodies of 20 men ... dumped in several neighbourhoods
# of Baghdad", "bodies found across the capital" (GUIDELINES 2.6: a count across a city).
_BODY_WORDS = frozenset(("bodies", "corpses"))
_SCATTERED = re.compile(
    r"[^.;:]{0,80}?\b(?:(?:in|across|around|throughout)\s+(?:several|various|different|many|some"
    r"|a\s+number\s+of|\w+\s+different)\s+(?:[\w-]+\s+)?(?:neighbou?rhoods|districts|parts|areas|locations"
    r"|towns|villages|provinces|places|streets)\b|(?:across|around|throughout)\s+(?:the\s+)?(?:city"
    r"|capital|country)\b(?!['’]s))",
    re.IGNORECASE,
)
_BODIES_OF = re.compile(r"\b(?:bodies|corpses)\b", re.IGNORECASE)


def _scattered_scope(text: str, fig: _Fig, kind: str, hi: int) -> str | None:
    """ "cumulative" for bodies found in many places (see _SCATTERED), else None."""
    if kind != "killed" or not _BODIES_OF.search(text, fig.start, fig.end):
        return None
    return CUMULATIVE if _SCATTERED.match(text, fig.end, hi) else None


# People still held or missing, told in the present: "8,000 Ukrainians remain in Russian
# captivity", "15,000 are listed as missing", "are still being held", "Israel holds 8,000
# Palestinians in its jails": a stock, as the displaced.
_STOCK = re.compile(
    r"\b(?:remain(?:s|ed)?|holds|(?:are|is)\s+(?:still\s+)?(?:listed|registered|being\s+held|in\s+(?:[\w-]+\s+)?"
    r"(?:captivity|custody))|still\s+(?:missing|unaccounted|held|being\s+held|in\s+captivity))\b",
    re.IGNORECASE,
)


def _stock_kind(text: str, fig: _Fig, kind: str) -> str:
    """The kind the scope of a figure is told by: "displaced" for a stock of the held or missing."""
    if kind in ("detained", "missing") and _STOCK.search(text, fig.start, fig.end):
        return "displaced"
    return kind


def may_state_figures(text: str) -> bool:
    """Whether extract_casualties(Doc(text)) may find a figure: False when no token of text is a
    kind trigger, or none counts (the gates below; a text that is not cut into clauses, at most
    MAX_SENTENCE long, has the same tokens as its sentences)."""
    if len(text) > MAX_SENTENCE:
        return True
    mask = classes_of(text)[1]
    return bool(mask & W_KIND and mask & (W_COUNT | W_SINGLE))


def extract_casualties(doc: Doc, field_name: str) -> list[CasualtyFigure]:
    """Every casualty figure stated in one field of an item."""
    out: list[CasualtyFigure] = []
    text, sents = doc.text, doc.sents
    if not text or not doc.mask & W_KIND:
        return out
    scope = ScopeTracker(doc)
    seen: dict[tuple[int | None, str, str], int] = {}  # each key and the sentence it was first in
    seen_phrases: set[str] = set()
    seen_heads: dict[tuple[int | None, str, str], set[str]] = {}  # the head nouns of each key
    doc_prev: _Fig | None = None
    indices = doc.having_all(W_KIND, W_COUNT | W_SINGLE)
    if doc.mask & W_AMONG:
        # (a sentence opening "Among them were ..." names a part of the figure before it)
        among = [
            i
            for i in doc.having_all(W_AMONG, W_COUNT | W_SINGLE)
            if doc.low.startswith("among", sents.starts[i]) and not doc.masks[i] & W_KIND
        ]
        if among:
            indices = sorted(indices + among)
    for index in indices:
        lo, hi = sents.starts[index], sents.ends[index]
        mask = doc.masks[index]
        figs = _candidates(doc, lo, hi, doc.words[index], mask)
        if not figs:
            continue
        if mask & W_DISASTER:
            sentence, low_sentence = text[lo:hi], doc.low[lo:hi]
            if _disaster_in(sentence, low_sentence):
                if not _conflict_in(sentence, low_sentence):
                    continue
                # a disaster and a conflict in one sentence: the figures of a clause that names
                # only the disaster are its toll ("the tsunami toll rose to 30,000, with 1 million
                # left homeless, as the rebels and the government pledged ...")
                figs = [f for f in figs if not _disaster_clause(doc, lo, hi, f)]
                if not figs:
                    continue
        # (a figure of the sentence right before: the one "Among them were ..." divides)
        near = (
            doc_prev if doc_prev is not None and index and doc_prev.start >= sents.starts[index - 1] else None
        )
        _resolve_sentence(doc, figs, lo, hi, near)
        kept = [f for f in figs if f.kind and f.kind != "none" and not f.noun.restates]
        if not kept:
            continue
        scope.advance(index)
        _assign_groups(text, kept, lo, hi, doc_prev, near, figs)
        scattered = not doc.words[index].isdisjoint(_BODY_WORDS)
        parent_counted: str | None = None  # the counted scope of the last figure not a subgroup
        for j, fig in enumerate(kept):
            counted = _counted_scope(doc, fig)
            if counted is None and fig.subgroup:
                # "the number of civilians killed in the war had risen to 2,795, including 637
                # children": a part of the count, over its period
                counted = parent_counted
            elif not fig.subgroup:
                parent_counted = counted
            kinds = [fig.kind] + ([fig.extra_kind] if fig.extra_kind else [])
            # "two aid workers and two colleagues": joined by "and" to the figure before in the
            # same sentence, other people (no restatement of it)
            before = kept[j - 1] if j else None
            joined = (
                before is not None
                and _BETWEEN_COORD.match(text[before.noun.end : fig.q.start]) is not None
                and text[before.q.end : before.noun.end] != text[fig.q.end : fig.noun.end]
            )
            for kind in kinds:
                assert kind is not None
                group = fig.group or UNSPECIFIED
                key = (fig.q.count, kind, group)
                phrase = text[fig.start : fig.end]
                article = not text[fig.q.start : fig.q.end][:1].isdigit() and fig.q.count == 1
                if (
                    fig.q.count is not None
                    and key in seen
                    and not article
                    and not (joined and seen[key] == index)
                ):
                    continue
                if fig.q.count is None and phrase in seen_phrases:
                    continue
                if (
                    article
                    and key in seen
                    and seen[key] < index
                    and text[fig.q.start : fig.q.end].lower() == "the"
                    and (group == CHILDREN or fig.noun.head in seen_heads.get(key, ()))
                ):
                    # "... killing a child. A sniper shot dead the 9-year-old boy": the same one
                    continue
                if (
                    fig.q.count is not None
                    and _restated(text, lo, fig)
                    and any(c.count == fig.q.count and c.kind == kind for c in out)
                ):
                    continue  # "Of the 75 dead, 11 were children": the 75 named before
                seen.setdefault(key, index)
                seen_heads.setdefault(key, set()).add(fig.noun.head)
                seen_phrases.add(phrase)
                out.append(
                    CasualtyFigure(
                        count=fig.q.count,
                        kind=kind,
                        group=group,
                        scope=counted
                        or (scattered and _scattered_scope(text, fig, kind, hi))
                        or scope.scope_at(fig.start, fig.end, _stock_kind(text, fig, kind)),
                        phrase=phrase,
                        span=Span(field_name, fig.start, fig.end),
                        qualifier=fig.q.qualifier,
                        count_max=fig.q.count_max,
                    )
                )
            if not fig.subgroup:
                doc_prev = fig
    return out
