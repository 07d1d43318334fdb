"""Time frame of a casualty figure: one incident or day, or a running total over a period."""

from __future__ import annotations

import re
from collections.abc import Iterator

from feeds.extract.lexicon import MONTH_RE, WEEKDAY_RE
from feeds.extract.text import Doc, case_sensitive, mask_of, plain, word_class

CUMULATIVE = "cumulative"
INCIDENT = "incident"

_N = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|several|few|many|a\s+few|\d+-)"
)
# Each cue is found from an anchor word (a fast str.find), then checked by a small pattern on
# the words around it; a pattern's group "cue" is the span that counts for distance.
_UNIT_BEFORE = re.compile(
    r"(?P<cue>\b(?:this|last|past|previous|recent|first|the\s+first|over\s+the|over\s+the\s+past"
    # ("in various operations across the country during the week")
    # (not "during the week-long truce": the truce's length, see _measures_truce and _DURING)
    r"|(?:during|within|throughout)\s+the(?:\s+past)?(?![-\s]+(?:\w+\s+)?\w+-long)"
    r"|over\s+the\s+last|in\s+the\s+last|in\s+the\s+past|one|a|" + _N + r")[-\s]+(?:\w+\s+)?)?"
    r"(?P<unit>weekend|decades?|years?|months?|weeks?|days?|quarter|half)(?P<long>-long)?\b"
    # (not a sentence: "sentenced him to nine years in prison", "a 20-year prison term")
    r"(?P<after>\s+(?:ago|earlier|before|old|later|in\s+(?:prison|jail)|behind\s+bars)\b|-old"
    r"|[-\s]+(?:prison|jail)\s+(?:term|sentence)s?\b)?",
    re.IGNORECASE,
)
_UNIT_BEFORE_LC = case_sensitive(_UNIT_BEFORE)
_DURING = re.compile(
    r"during\s+(?:the|a|its|their|[\w'’]+)\s+(?:[\w'’-]+\s+){0,3}?(?:war|conflict|operation"
    # ("killed during the M23 rebels' capture of Goma in late January")
    r"|offensive|campaign|siege|occupation|uprising|insurgency|crisis|fighting|capture|takeover)\b",
    re.IGNORECASE,
)
_WAR_VERB = re.compile(
    r"(?:war|conflict|insurgency|uprising|crisis|unrest|rebellion)\s+(?:that\s+|which\s+)?"
    # (the war named with its country: "The war in Yemen has killed more than 150,000 people")
    r"(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:(?:has|have"
    r"|had)\s+)?(?:so\s+far\s+)?(?:killed|left|claimed|displaced|forced|uprooted|driven)\b"
    # "a civil war in which some 400,000 people died", "Kenya's post-election crisis, in which more
    # than 800 people have been killed"
    r"|(?:war|conflict|insurgency|uprising|crisis|unrest|rebellion)\s*,?\s+(?:in|during)\s+which\b",
    re.IGNORECASE,
)
# "on Friday and Saturday", "between Monday and Wednesday": two days, a period.
_DAY_SPAN = re.compile(
    WEEKDAY_RE.lower() + r"\s+(?:and|to|through|until)\s+(?:on\s+)?" + WEEKDAY_RE.lower() + r"\b"
)  # (on lower-cased text)
# "humanitarian workers killed in the conflict", "died in the war": the war's toll (not a
# "war-torn" place or "war zone").
# (and a toll "from the war", "of the conflict": its running total, GUIDELINES 2.6)
_IN_THE_BEFORE = re.compile(
    r"\b(?:in|(?:toll|tally|total)\s+(?:from|of))\s+the\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_IN_WAR_NOUNS = ("war", "conflict", "insurgency", "uprising")
_IN_WAR_DAY_GAP = 25
"""An incident cue starting this few characters after "in the war" dates the figure instead."""
_NOT_WAR_AFTER = re.compile(
    r"-|\s+(?:zone|zones|room|crimes?|games?|correspondent|reporter|memorial)\b", re.IGNORECASE
)
# A running count: "bringing the death toll to 30", "brought to 1,000 the number of soldiers
# killed", "raised the number of ... to 39" (GUIDELINES 2.6).
_BRINGING = re.compile(
    r"(?:bringing|brought|raising|raised|pushing|pushed)\s+(?:to\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|about|some|around)\s+)?[\d,.]+\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:toll|total|number|tally)\b"
    # "taking the death toll in a month of unrest to 47" (not "taking a heavy toll on civilians")
    r"|taking\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|total|number|tally)\b"
    r"(?=[^.;:]{0,50}?\bto\s+(?:(?:more\s+than|at\s+least|over|nearly|almost|about|some|around)\s+)?\d)",
    re.IGNORECASE,
)
_ERUPTED = re.compile(
    r"(?:erupted|began|started|broke\s+out|flared(?:\s+up)?)\s+(?:on|in|last)\s+"
    # a time, not a place ("fighting broke out in the Omdurman area")
    r"(?=(?:early|late|mid|the\s+(?:spring|summer|autumn|fall|winter|weekend|year|month|week)|spring|summer"
    r"|autumn|fall|winter|year|month|week|\d+|" + MONTH_RE + r"|" + WEEKDAY_RE + r")\b)(?:[\w.-]+\s*){1,2}",
    re.IGNORECASE,
)
_DATE_CUE = re.compile(
    r"(?:\b" + MONTH_RE + r"\s*\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r")",
)
# ("fled their homes after the attack", "following a raid": the same one event)
_IN_EVENT = re.compile(
    r"\b(?:in|after|following)\s+(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?$"
    # the one weapon or attacker that did it: "was seriously wounded by a sniper"
    r"|\bby\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# One event as the subject that opens the sentence (after a dateline): "An air strike on a school
# ... killed more than 50 people", "RAFAH (AP) — An Israeli strike on a home killed eight".
_EVENT_SUBJECT = re.compile(r"\b(?:An?|The|One)\s+(?:[\w'’.-]+\s+){0,2}?$")
_DATELINE_DASH = re.compile(r"[A-Z][^—–]{0,80}?\s[—–-]{1,2}\s+")
# "the bombing campaign", "a wave of attacks": many events, not one.
_SERIES_AFTER = re.compile(r"\s+(?:campaigns?|waves?|spree|series|blitz)\b", re.IGNORECASE)
# "were killed and 760 wounded when troops opened fire": a clause telling the one event.
# (lower-cased text; the look-ahead skips the other words)
_WHEN_EVENT = re.compile(r"\b(?=[dhikw])(?:killed|died|dead|wounded|injured|hurt)\b[^.;:]{0,30}$")
# "since the war began on October 7, when gunmen killed about 1,200 people": the clause tells
# that one day's event.
_DAY_WHEN = re.compile(r"(?:" + _DATE_CUE.pattern + r"|\b" + WEEKDAY_RE + r")(?:,?\s+(?:19|20)\d\d)?,$")
# An operation told with its one day or night: "during an operation in the Mir Ali area on
# Wednesday night" (lower case; not "during the offensive, which began on Monday").
_ONE_NIGHT_AFTER = re.compile(
    r"(?:(?!\b(?:began|begun|started|launched|since)\b)[^.;:]){0,100}?\b(?:on\s+"
    + WEEKDAY_RE.lower()
    + r"(?:\s+(?:night|morning|evening|afternoon))?|overnight|last\s+night|on\s+the\s+night\s+of)\b"
)
# Where a clause ends: "since a ceasefire ended two days of clashes, officials said".
_CLAUSE_END = re.compile(r"[,;:]|\s[—–-]{1,2}\s")
# A figure that adds to a running count ("34 more", "another 12", "a further 5"): the count's frame.
_INCREMENT = re.compile(r"\s+more\b|\b(?:another|a\s+further)\s", re.IGNORECASE)
# "More than 34,000 Iraqi civilians were killed in 2006": a year's total (not "killed in 2006 in an
# ambush", "killed in 2006-07", nor a year in a date).
_YEAR_TOTAL = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|displaced|kidnapped|abducted|arrested|detained"
    r"|lost\s+their\s+lives)\s+(?:[\w'’-]+\s+){0,3}?(?P<cue>(?:in|during|throughout)\s+(?:(?:late|early|mid)[-\s]+)?"
    r"(?:19|20)\d\d)\b"
    r"(?!\s*(?:[-–/]\s*\d|,?\s+(?:when|after|in\s+an?\s)))"
)
W_YEAR = word_class(" ".join(str(year) for year in range(1900, 2100)))
# A year that opens the sentence frames a year's total: "In 2020, 22 civilians and 24 security
# personnel were killed in 5,133 ceasefire violations" (not one event told after it: "In 2004, a
# bomb killed 12 people").
_YEAR_OPENS = re.compile(
    r"[ \"“']*(?:In|During|Throughout)\s+(?P<cue>(?:19|20)\d\d),\s+"
    r"(?!(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:attack"
    r"|blast|explosion|bombing|ambush|raid|strike|airstrike|assault|shooting|massacre|bomb|missile"
    r"|rocket|drone)\b)"
)
# A toll after days of fighting counts them all, whatever day it was told on: "The death toll rose
# to 73 on Tuesday after four days of fighting" (lower case).
_AFTER_DAYS_OF = re.compile(
    r"\b(?:after|in|during|over)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few"
    r"|few)\s+(?:days|weeks|months)\s+of\s+(?:heavy\s+|fierce\s+)?(?:fighting|clashes|violence|battles?"
    r"|shelling|bombardment|unrest|combat|air\s*strikes)\b"
)
# Cues of a period, each pattern's span in its group "cue": a season ("were killed in clashes in
# the breakaway region in the summer"); a count "as of" a date, a stock ("As of June 1, 485
# children were killed"); a period between two dates ("from 1 February 2021 to 31 October 2022");
# a month told as one ("In October alone", "during the month of May"); a stock counted up to a
# date ("By June 30, 1,200 people had fled", "by mid-March"; the month capitalised: not "by may").
_SEASON = re.compile(
    r"\b(?:in|during|over|throughout|this|last)\s+(?:the\s+)?(?P<cue>(?:summer|winter|spring|autumn)\b)"
)
_AS_OF = re.compile(
    r"\b(?P<cue>[Aa]s\s+of\s+(?:the\s+(?:morning|evening|end)\s+of\s+)?(?:"
    + MONTH_RE
    + r"\s+\d{1,2}|\d{1,2}\s+"
    + MONTH_RE
    + r"|(?-i:[A-Z])[a-z]+day))"
)
_SPAN_DATE = r"(?:\d{1,2}\s+)?(?:" + MONTH_RE + r")(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?"
# ("from 1 February 2021 to 31 October 2022", "between 1 January and 31 March 2021")
_DATE_SPAN = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?P<cue>"
    + _SPAN_DATE
    + r"\s+(?:to|until|till|through|and)\s+"
    + _SPAN_DATE
    # days of one month: "between 10 and 13 May", "between May 16 and 18"
    + r"|\d{1,2}\s+(?:to|until|till|through|and)\s+\d{1,2}\s+(?:"
    + MONTH_RE
    + r")|(?:"
    + MONTH_RE
    + r")\s+\d{1,2}\s+(?:to|until|till|through|and)\s+\d{1,2}"
    + r")\b"
)
_MONTH_ALONE = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?P<cue>the\s+month\s+of\s+(?:" + MONTH_RE + r")"
    r"|(?:" + MONTH_RE + r")(?=\s+alone\b))"
)
_BY_DATE = re.compile(
    r"\b[Bb]y\s+(?P<cue>(?:the\s+end\s+of\s+|mid-)?(?:" + MONTH_RE + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)\b"
)
# A monitor's count for a month: "documented the deaths of 412 people across Syria in May 2021"
# (not one event's date: "a car bomb in May 2021 killed 12").
_REPORT_MONTH = re.compile(
    r"\b(?:documented|recorded|registered|verified)\b[^.;:]{0,120}?\b(?:in|during|throughout)\s+"
    r"(?P<cue>(?:" + MONTH_RE + r")\s+(?:19|20)\d\d)\b"
)
_PERIOD_CUES: tuple[tuple[re.Pattern[str], bool, frozenset[str] | None], ...] = (
    (_BY_DATE, True, frozenset(("by",))),
    (_REPORT_MONTH, True, frozenset(("documented", "recorded", "registered", "verified"))),
    (_DATE_SPAN, True, None),
    (_MONTH_ALONE, True, None),
    (_SEASON, False, frozenset(("summer", "winter", "spring", "autumn"))),
    (_AS_OF, False, frozenset(("as",))),
)
"""Each period cue with when it is tried: only with a month name in the sentence, only when its
tokens hold one of these words (a fast gate)."""
_REPORTED = re.compile(
    r"\b(?:said|says|told|reported|announced|added|stated|confirmed|tweeted|declared|according"
    r"|quoted|statement)\b[^,.;]{0,25}$",
    re.IGNORECASE,
)
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+)?"
    # the day the period began: "since the start of the offensive on 8 July"
    r"(?:(?:start|beginning|outbreak|launch|onset|escalation|eruption|resumption)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?"
    r"(?:on\s+|in\s+)?"
    # ... or told as an event: "since Russia invaded on February 24", "since the war began in April"
    r"|(?:[\w'’-]+\s+){1,3}?(?:invaded|attacked|began|started|erupted|broke\s+out|took\s+effect"
    r"|seized\s+power|took\s+power|came\s+to\s+power)\s+(?:on\s+|in\s+)?)?$",
    re.IGNORECASE,
)
# Words one of which _REPORTED or _SINCE_BEFORE needs (a fast gate on plain text, see text.plain).
_REPORTED_WORDS = (
    "said", "says", "told", "reported", "announced", "added", "stated", "confirmed", "tweeted",
    "declared", "according", "quoted", "statement", "since",
)  # fmt: skip


# The same subject after an opening adverb that tells another event: "Separately, a suspected
# drone strike on a funeral killed 60 people", "In another incident, a roadside bomb killed ...".
_OPENER_SUBJECT = re.compile(
    r"(?:Separately|Meanwhile|Elsewhere|Earlier|Later|Also|Overnight|In\s+(?:a|another)\s+(?:separate\s+)?"
    r"(?:incident|attack)|(?:On|Late|Early)\s+[A-Z][a-z]+day|[A-Z][a-z]+day),\s+(?:an?|the|one)\s+"
    r"(?:[\w'’.-]+\s+){0,2}?"
)


def _opens_sentence(text: str, lo: int, pos: int) -> bool:
    """Whether the event word at pos heads the subject that opens the sentence at lo (see
    _EVENT_SUBJECT), after a dateline or an opening adverb (_OPENER_SUBJECT) if any."""
    m = _EVENT_SUBJECT.search(text, max(lo, pos - 40), pos)
    if m is None:
        return text[lo : lo + 1].isupper() and _OPENER_SUBJECT.fullmatch(text, lo, pos) is not None
    return m.start() == lo or _DATELINE_DASH.fullmatch(text, lo, m.start()) is not None


# "the truce, which took effect at 2 a.m. on Friday", "since it came into force on Tuesday",
# "Mediators met in Cairo on Monday": the day dates the truce or a meeting, not the figures (nor
# does it set the frame of the figures after it).
_NOT_EVENT_DAY = re.compile(
    r"\b(?:(?:took|take|takes|taking|taken|went|go|goes|going|gone|came|come|comes|coming|entered|enter"
    r"|enters|entering)\s+(?:into\s+)?(?:effect|force)"
    r"|(?:met|meet|meets)(?!\s+with\s+(?:\w+\s+)?(?:gunfire|fire|force|tear|bullets|resistance|violence)))"
    r"\b[^,;:]{0,40}$",
    re.IGNORECASE,
)
_NOT_EVENT_WORDS = ("effect", "force", "met", "meet")


def _not_event_day(text: str, low: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a truce's onset or a meeting (see _NOT_EVENT_DAY)."""
    window = low[lo:hi]
    if not any(map(window.__contains__, _NOT_EVENT_WORDS)):
        return False
    return _NOT_EVENT_DAY.search(text, lo, hi) is not None


def _reported_or_since(text: str, low: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with a reporting verb or "since" (an incident cue that does not
    date the figure)."""
    window = low[lo:hi]
    if plain(window) and not any(map(window.__contains__, _REPORTED_WORDS)):
        return False
    before = text[lo:hi]
    return bool(_REPORTED.search(before) or _SINCE_BEFORE.search(before))


# "the deadliest attack since 2003", "the worst violence in eight months": a comparison.
_SUPERLATIVE = re.compile(
    # (up to five words between, a number with thousands separators among them: "the deadliest
    # attack on the 200,000-strong military in a year")
    # (not the words that only end like one: "the West Darfur town", "a protest", "an arrest")
    r"\b(?:(?!(?:(?:north|south)?west|protest|arrest|interest|forest|request|contest|test|harvest"
    r"|suggest|quest|conquest|manifest|honest|modest|guest|nest|rest|chest|unrest|behest|invest"
    r"|digest|attest)\b)\w+est|first|most\s+\w+|worst|biggest|largest|highest[-\w]*)\b"
    r"(?:\s+(?:\d{1,3}(?:,\d{3})+)?[\w-]+)"
    r"{0,5}\s+(?:in\s+)?$",
    re.IGNORECASE,
)
_SUPERLATIVE_WORDS = ("est", "first", "most", "worst")
"""Strings one of which _SUPERLATIVE needs (a fast gate on plain text)."""
_PLAIN_CUM = (
    "since", "so far", "to date", "thus far", "in total", "altogether", "overall",
    # a period named before: "During the period, the terrorists also abducted 1,502 people"
    "during the period", "in the same period", "over the same period", "during this period",
)  # fmt: skip

# --- what a duration measures: the truce, not the figure --------------------------------------
_TRUCE_NOUN = (
    r"(?:truces?|cease-?fires?|pauses?|cessations?|lulls?|armistices?|moratoriums?|halts?|standstills?"
    r"|reductions?\s+in\s+violence)"
)
# "a week-long humanitarian truce", "a seven-day truce", "the two-month ceasefire", "a three-day
# Eid ceasefire": the length of a truce (at most two words between, none a function word).
_TRUCE_AFTER_UNIT = re.compile(
    r"(?:\s+(?!(?:the|a|an|of|and|but|or|since|after|before|into|in|on|as|when|that|its|their|to)\b)"
    r"[\w.'’-]+){0,2}?\s+" + _TRUCE_NOUN + r"\b",
    re.IGNORECASE,
)
# "a week after the ceasefire", "three days into the truce", "days after the two sides signed a
# deal": the age of a truce that dates what follows, not a period the figure spans (but "claimed
# dozens of lives days after their outbreak" is the clashes' toll over those days).
_AGE_AFTER_UNIT = re.compile(
    r"\s+(?:after|into)\b[^.;:]{0,70}?\b(?:" + _TRUCE_NOUN + r"|agreed|signed|deal|agreement|accord"
    r"|brokered|took\s+effect|came\s+into\s+force)\b",
    re.IGNORECASE,
)
# "in the three days after", "during the week-long truce", "for another 30 days": a period.
_PERIOD_BEFORE = re.compile(
    r"\b(?:in|during|within|over|throughout|for)\s+(?:the\s+|its\s+|their\s+|this\s+|another\s+)?$",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:another\s+|a\s+further\s+|an\s+(?:additional|extra)\s+)?$", re.IGNORECASE
)
# "agreed to halt strikes on energy infrastructure for 30 days", "extended the truce for 60 days":
# what lasts that long is the halt.
_HALT_BEFORE = re.compile(
    r"\b(?:halt(?:s|ed|ing)?|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|freez(?:e|es|ing)|froze|truces?"
    r"|cease-?fires?|moratorium)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"(?:^|\s)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$"
)
# Plural events right before "this month": the month's toll ("attacks this month").
_EVENTS_BEFORE = re.compile(
    r"\b(?:attacks|clashes|bombings|raids|strikes|airstrikes|killings|ambushes|assaults|fighting|violence)\s+$",
    re.IGNORECASE,
)
_QUARTER_BEFORE = (
    "first",
    "the first",
    "past",
    "last",
    "previous",
    "this",
    "over the past",
    "in the past",
    "in the last",
    "over the last",
)
_PERIOD_STARTS = ("first", "the first", "past", "over", "in the", "previous", "last", "this")


# "(the first breach) of a truce that ended three weeks of fighting", "despite a ceasefire which
# halted two months of clashes": in a clause on a truce named after a preposition, the length of
# the fighting it stopped, not a period the figures span (but "The ceasefire ended three weeks of
# fighting." may frame the toll that follows) ...
_ENDED_BY_TRUCE = re.compile(
    r"\b(?:of|since|under|despite|after|to|into|on|with)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    + _TRUCE_NOUN
    + r"\s*,?\s+(?:that|which)\s+(?:(?:had|has)\s+)?(?:ended|halted|stopped|(?:brought|put)\s+an\s+end"
    r"\s+to)\s+$",
    re.IGNORECASE,
)
# ... unless the fighting's toll follows: "ended two weeks of clashes that killed 40 people".
_TOLL_OF_PERIOD = re.compile(
    r"[^.;:]{0,40}?\b(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:killed|left|claimed|wounded|displaced)\b",
    re.IGNORECASE,
)


def _measures_truce(text: str, lo: int, m: re.Match[str], unit: str, before: str) -> bool:
    """Whether a unit cue (a "week", "three days") measures a truce's age or length, or names
    one day of it ("for a fourth day"), rather than a period the figures span."""
    prefix = text[max(lo, m.start() - 24) : m.start()]
    period = bool(_PERIOD_BEFORE.search(prefix)) and not _FOR_BEFORE.search(prefix)
    if _ORDINAL.search(before):
        # "held for a fourth day", "on the first day of the truce" (one day), "for a second week";
        # but "in the first week", "in the second week" are periods
        return unit == "day" or not (period or before.endswith("first"))
    if period:
        return False  # "in the week after", "during a three-day truce"
    if before.startswith(_PERIOD_STARTS):
        return False
    if _AGE_AFTER_UNIT.match(text, m.end()):
        return True
    if _TRUCE_AFTER_UNIT.match(text, m.end()) and (m.group("long") or before):
        return True
    if _ENDED_BY_TRUCE.search(text, max(lo, m.start() - 60), m.start()) and not _TOLL_OF_PERIOD.match(
        text, m.end()
    ):
        return True  # "a truce that ended three weeks of fighting": the fighting before it
    return bool(_FOR_BEFORE.search(prefix) and _HALT_BEFORE.search(text, max(lo, m.start() - 90), m.start()))


# "over the past day", "in the last day": one day, as "in the past 24 hours".
_ONE_DAY_BEFORE = (
    "past", "last", "previous", "over the past", "in the past", "in the last", "over the last",
    "one", "single", "a single", "during the past", "during the", "within the", "throughout the",
)  # fmt: skip
# "the truce that began on April 2", "a ceasefire, which started on Sunday": when the truce began,
# not since when the figures count ("since the truce began" has its own cue).
_TRUCE_SUBJECT = re.compile(
    r"\b" + _TRUCE_NOUN + r"\s*,?\s+(?:(?:that|which)\s+)?(?:(?:had|has)\s+)?$", re.IGNORECASE
)
# "a ceasefire that has largely held since 2018", "a truce in place since January": how long the
# truce has lasted.
_TRUCE_HELD_SINCE = re.compile(
    r"\b" + _TRUCE_NOUN + r"\b[^,.;:]{0,40}?\b(?:held|holding|in\s+place|in\s+force|in\s+effect|observed"
    r"|lasted)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Six more died in hospital overnight, bringing the overall toll to 20", "bringing the toll from
# the attack to eight": the update of one event's toll (an incident), not a running count.
_EVENT_TOLL_AFTER = re.compile(
    # (the event named by its day: "from Sunday's attack", "from last week's missile strike")
    r"\s+(?:from|of|in)\s+(?:the|this|that|(?:last|this|past)\s+(?:week|weekend|month)['’]s|[\w'’]+['’]s?)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:attack|blast|explosion"
    r"|bombing|ambush|raid|strike|airstrike|assault|shooting|massacre|siege|fire)\b",
    re.IGNORECASE,
)
_DIED_OF_WOUNDS_BEFORE = re.compile(
    r"\b(?:(?:died|succumbed)\s+(?:\w+\s+)?(?:of|from|to)\s+(?:their|his|her|the(?:ir)?)\s+(?:wounds|injuries)"
    r"|died\s+(?:later\s+)?in\s+(?:a\s+|the\s+)?hospital|more\s+(?:\w+\s+)?(?:(?:have|had)\s+)?died)\b"
    r"[^.;:]{0,40}$",
    re.IGNORECASE,
)
# "the Palestinian death toll", "the Ukrainian civilian death toll": a nation's running toll
# (not "the death toll from the attack").
_NATIONAL_TOLL = re.compile(
    r"\b(?:[A-Z][a-z]+(?:ian|ean|ese|ish|i)|Afghan|Thai|Kurdish|Lebanese)\s+(?:civilian\s+|military\s+)?"
    r"death\s+toll\b(?!\s+(?:from|in|of)\s+(?:the|this|that|an?)\b)"
)
_UNIT_WORDS = ("weekend", "decade", "year", "month", "week", "day", "quarter", "half")
_POINT_IN_WEEK = ("earlier ", "early ", "late ", "later ")
"""Words before "this week" that make it a time in the week (lower case, with their space)."""
_DAY_WORDS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "last night", "overnight", "this morning", "this afternoon",
    "this evening",
)  # fmt: skip
_EVENT_WORDS = (
    "attack", "blast", "explosion", "bombing", "ambush", "raid", "incident", "strike",
    "airstrike", "assault", "shooting", "massacre", "bomb", "shell", "missile", "rocket",
    "drone", "sniper", "gunman",
)  # fmt: skip
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_TOKEN = re.compile(MONTH_RE + r"(?![a-z])")


# Words one of which a sentence must hold to have any time cue.
W_CUE = word_class(
    "since far date total altogether overall during war conflict insurgency uprising crisis unrest rebellion "
    "bringing taking erupted began started broke flared yesterday today tonight night overnight morning "
    "afternoon evening hours attack blast explosion bombing ambush raid incident strike "
    "airstrike assault shooting massacre monday tuesday wednesday thursday friday saturday sunday "
    "toll bomb shell missile rocket drone sniper gunman when summer winter spring autumn",
    "weekend decade year month week day qua jan feb mar apr may jun jul aug sep oct nov dec",
)


def _word_at(low: str, pos: int, word: str) -> bool:
    end = pos + len(word)
    return (pos == 0 or not low[pos - 1].isalnum()) and (end >= len(low) or not low[end].isalpha())


def _key(word: str, whole: bool) -> str:
    """The token a word needs in a sentence (whole words), or its first three letters."""
    if not whole:
        return word[:3]
    parts = word.split()
    return parts[0] if parts[-1] == "out" else parts[-1]


_BY_KEY: dict[tuple[tuple[str, ...], bool], dict[str, tuple[str, ...]]] = {}


def _present(words: tuple[str, ...], whole: bool, tokens: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The words that may occur in a sentence with these tokens, in their original order.

    tokens are the sentence's tokens (whole) or their first three letters (not whole)."""
    return _present_keyed(words, _keyed(words, whole), tokens)


def _keyed(words: tuple[str, ...], whole: bool) -> dict[str, tuple[str, ...]]:
    """For each key token (or first three letters) of the words, the words it stands for."""
    by_key = _BY_KEY.get((words, whole))
    if by_key is None:
        by_key = {}
        for w in words:
            by_key[_key(w, whole)] = (*by_key.get(_key(w, whole), ()), w)
        _BY_KEY[(words, whole)] = by_key
    return by_key


def _present_keyed(
    words: tuple[str, ...], by_key: dict[str, tuple[str, ...]], tokens: set[str] | frozenset[str]
) -> tuple[str, ...]:
    """_present with the words' keys already at hand."""
    keys = by_key.keys() & tokens
    if not keys:
        return ()
    if len(keys) == 1:
        return by_key[next(iter(keys))]  # already in the original order
    found = {w for k in keys for w in by_key[k]}
    return tuple(w for w in words if w in found)


_DURING_ANCHORS = ("during",)
_WAR_ANCHORS = ("war", "conflict", "insurgency", "uprising", "crisis", "unrest", "rebellion")
_BRINGING_ANCHORS = ("bringing", "brought", "raising", "raised", "pushing", "pushed", "taking")
_ERUPTED_ANCHORS = ("erupted", "began", "started", "broke out", "flared")
# The word lists find_cues looks for (whole words, then prefixes), and for each key token (or
# first three letters of a token) the (list, position) of the words it may stand for.
_GROUPS = (
    _PLAIN_CUM, _DURING_ANCHORS, _WAR_ANCHORS, _BRINGING_ANCHORS, _ERUPTED_ANCHORS, _DAY_WORDS,
    _EVENT_WORDS, _UNIT_WORDS, _MONTH_STEMS,
)  # fmt: skip
_N_WHOLE = 7
# One word class per list: a sentence whose tokens hold none of a list's keys has none of its words.
_GROUP_BITS = tuple(
    word_class(" ".join({_key(w, True) for w in words}))
    if g < _N_WHOLE
    else word_class(prefixes=" ".join({_key(w, False) for w in words}))
    for g, words in enumerate(_GROUPS)
)

# Each list with its word class and its words by key (as _present looks them up).
_GROUP_TABLE = tuple((words, _GROUP_BITS[g], _keyed(words, g < _N_WHOLE)) for g, words in enumerate(_GROUPS))
# One word class per key of the lists of prefixes (their words' first three letters): a sentence's
# word classes tell which keys are among its tokens' first three letters.
_KEY_BITS = {k: word_class(prefixes=k) for words in _GROUPS[_N_WHOLE:] for k in _keyed(words, False)}


# What _cue_words depends on: the tokens that are keys of the lists of whole words, and these
# word classes. Its results are kept by those (a bounded memo: few combinations occur).
_WHOLE_KEYS = frozenset(k for _, _, by_key in _GROUP_TABLE[:_N_WHOLE] for k in by_key)
_CUE_BITS = sum(_GROUP_BITS) | sum(_KEY_BITS.values())  # (distinct bits: their sum is their union)
_CUE_WORDS: dict[tuple[frozenset[str], int], list[tuple[str, ...]]] = {}


def _cue_words(tokens: set[str] | None, mask: int) -> list[tuple[str, ...]]:
    """For each of _GROUPS, its words that may occur in a sentence with these tokens and word
    classes (in order)."""
    if tokens is None:
        return list(_GROUPS)
    keys = frozenset(_WHOLE_KEYS.intersection(tokens))
    mask &= _CUE_BITS
    found = _CUE_WORDS.get((keys, mask))
    if found is None:
        found = []
        for g, (words, bit, by_key) in enumerate(_GROUP_TABLE):
            if not mask & bit:
                found.append(())
            elif g < _N_WHOLE:
                found.append(_present_keyed(words, by_key, keys))
            else:
                # (The keys that are the first three letters of a token, as {t[:3] for t in tokens}.)
                found.append(_present_keyed(words, by_key, {k for k in by_key if mask & _KEY_BITS[k]}))
        if len(_CUE_WORDS) >= 4096:
            _CUE_WORDS.clear()
        _CUE_WORDS[keys, mask] = found
    return list(found)


def _occurrences(
    low: str,
    words: tuple[str, ...],
    lo: int,
    hi: int,
    whole: bool = True,
    tokens: set[str] | None = None,
) -> Iterator[tuple[int, str]]:
    """(offset, word) of each occurrence in low[lo:hi] (whole: as a whole word, else a prefix).

    tokens, when given, are the tokens of low[lo:hi]: words that cannot occur are not looked for.
    """
    if tokens is not None:
        words = _present(words, whole, tokens if whole else {t[:3] for t in tokens})
    for word in words:
        pos = low.find(word, lo, hi)
        while pos >= 0:
            if not whole or _word_at(low, pos, word):
                yield pos, word
            pos = low.find(word, pos + 1, hi)


def find_cues(
    text: str, low: str, lo: int, hi: int, tokens: set[str] | None = None, mask: int | None = None
) -> list[tuple[int, int, str]]:
    """Time cues in text[lo:hi]: (start, end, "cumulative" | "incident"), sorted.

    tokens, when given, are the lower-case tokens of text[lo:hi] (a fast gate), and mask their
    word classes (computed when not given)."""
    cues: list[tuple[int, int, str]] = []
    if mask is None:
        mask = mask_of(tokens) if tokens is not None else 0
    words = _cue_words(tokens, mask)
    plain_cum, during, war, bringing, erupted, day_words, event_words, unit_words, month_stems = words

    def superlative(pos: int) -> bool:
        window = low[max(lo, pos - 60) : pos]
        if plain(window) and not any(map(window.__contains__, _SUPERLATIVE_WORDS)):
            return False
        return bool(_SUPERLATIVE.search(text, max(lo, pos - 60), pos))

    # (Each list is looked for only when the sentence may hold one of its words.)
    masked: list[tuple[int, int]] = []  # spans that are no cue and hide the incident cues in them
    compared: list[tuple[int, int]] = []  # the clauses of comparisons ("the first since ..."): no cues
    for pos, word in _occurrences(low, plain_cum, lo, hi) if plain_cum else ():
        if word == "since" and _TRUCE_HELD_SINCE.search(text, max(lo, pos - 70), pos):
            masked.append((pos, min(hi, pos + 25)))  # "a ceasefire that has held since 2018"
        elif not superlative(pos):
            cues.append((pos, pos + len(word), CUMULATIVE))
        elif word == "since":
            # "the first fatality since a ceasefire ended two days of clashes": the comparison's
            # clause dates nothing
            stop = _CLAUSE_END.search(text, pos, hi)
            compared.append((pos, stop.start() if stop else hi))
    one_day: list[tuple[int, int]] = []
    for pos, word in _occurrences(low, unit_words, lo, hi, False) if unit_words else ():
        if (pos and low[pos - 1].isalpha()) or (word == "day" and low[pos : pos + 5] == "day a"):
            continue  # "Monday", "today"
        m = None
        w_lo, w_hi = max(lo, pos - 40), min(hi, pos + 20)
        # On plain text the pattern without IGNORECASE finds the same matches in low, faster.
        unit_text, unit_re = (low, _UNIT_BEFORE_LC) if plain(low[w_lo:w_hi]) else (text, _UNIT_BEFORE)
        for m in unit_re.finditer(unit_text, w_lo, w_hi):
            if m.start("unit") == pos:
                break
        else:
            continue
        if m.group("after") or superlative(m.start()):
            continue
        unit, before = m.group("unit").lower(), (m.group("cue") or "").lower().strip(" -")
        if unit == "day" and (
            before in _ONE_DAY_BEFORE
            or (m.group("long") and before in ("", "a") and not _measures_truce(text, lo, m, unit, before))
        ):
            one_day.append((m.start(), m.end()))  # "in the past day", "in a day-long battle": one day
            continue
        if _measures_truce(text, lo, m, unit, before):
            masked.append((m.start(), m.end()))
            continue
        plural = (unit.endswith("s") and unit != "days") or (unit == "days" and not before)
        counted = bool(before) and before not in ("a", "one", "last", "this")
        if unit in ("day", "days"):
            ok = (unit == "days" and not before) or counted or bool(m.group("long"))
        elif unit == "weekend":
            ok = before.startswith(("over", "this", "past", "last"))
        elif unit == "quarter":
            # "in the first quarter of the year", "over the past quarter": three months (not "a
            # quarter of the population", "three quarters", "the old quarter" of a city)
            ok = before in _QUARTER_BEFORE
        elif unit == "half":
            # "in the first half of the year": six months (not "half of the population")
            ok = before in _QUARTER_BEFORE and low.startswith(" of ", m.end())
        elif unit in ("month",):
            ok = before.startswith(("past", "over", "previous", "in the", "first", "the first"))
            ok = ok or bool(m.group("long")) or (counted and before not in ("last", "this"))
            if not ok and before == "this":
                # "in a string of attacks this month that killed 80 people": many events
                ok = _EVENTS_BEFORE.search(text, max(lo, m.start() - 24), m.start()) is not None
        else:
            ok = plural or bool(m.group("long")) or bool(before)
            if unit == "week" and before in ("last",):
                ok = False
            elif unit == "week" and before == "this" and low.endswith(_POINT_IN_WEEK, lo, m.start()):
                # "were killed earlier this week in an ambush": a time, not a period (but "in a
                # string of attacks earlier this week": many events)
                at = low.rfind(" ", lo, m.start() - 1) + 1  # where the word before "this" starts
                ok = _EVENTS_BEFORE.search(text, max(lo, at - 32), at) is not None
        if ok:
            cues.append((m.start(), m.end(), CUMULATIVE))
    if tokens is None or mask & W_YEAR:
        for m in _YEAR_TOTAL.finditer(low, lo, hi):
            cues.append((m.start("cue"), m.end("cue"), CUMULATIVE))
    for pattern, needs_month, needed in _PERIOD_CUES:
        if (needs_month and not month_stems) or (tokens is not None and needed and tokens.isdisjoint(needed)):
            continue
        cues.extend((m.start("cue"), m.end("cue"), CUMULATIVE) for m in pattern.finditer(text, lo, hi))
    if tokens is None or mask & W_YEAR:
        opens = _YEAR_OPENS.match(text, lo, hi)
        if opens is not None:
            cues.append((opens.start("cue"), opens.end("cue"), CUMULATIVE))
    toll_after = None
    if (tokens is None or "of" in tokens) and low.find("toll", lo, hi) >= 0:
        toll_after = _AFTER_DAYS_OF.search(low, lo, hi)
    in_war: list[tuple[int, int]] = []
    for pattern, anchors in ((_DURING, during), (_WAR_VERB, war), (_BRINGING, bringing), (_ERUPTED, erupted)):
        for pos, word in _occurrences(low, anchors, lo, hi) if anchors else ():
            m = pattern.match(text, pos, hi)
            if m and pattern is _ERUPTED and _TRUCE_SUBJECT.search(text, max(lo, pos - 45), pos):
                masked.append((m.start(), m.end()))  # "the truce that began on April 2"
            elif m and pattern is _BRINGING and _event_toll(text, lo, m):
                # the toll of one event: no running count ("overall" in it neither)
                cues[:] = [c for c in cues if not m.start() <= c[0] < m.end()]
                cues.append((m.start(), m.end(), INCIDENT))
            elif m and pattern is _DURING and _ONE_NIGHT_AFTER.match(low, m.end(), hi):
                continue  # "during an operation in Mir Ali on Wednesday night": one day's
            elif m:
                cues.append((m.start(), m.end(), CUMULATIVE))
            elif anchors is war and word in _IN_WAR_NOUNS:
                m = _IN_THE_BEFORE.search(text, max(lo, pos - 30), pos)
                if m and not _NOT_WAR_AFTER.match(text, pos + len(word), hi):
                    in_war.append((m.start(), pos + len(word)))
    toll = low.find("toll", lo, hi)
    if toll >= 0 and " death toll" in low[max(lo, toll - 7) : toll + 4]:
        for m in _NATIONAL_TOLL.finditer(text, max(lo, toll - 40), min(hi, toll + 30)):
            cues.append((m.start(), m.end(), CUMULATIVE))
    incident: list[tuple[int, int]] = list(one_day)
    for pos, word in _occurrences(low, day_words, lo, hi) if day_words else ():
        incident.append((pos, pos + len(word)))
        if word.endswith("day") and word not in ("today", "yesterday"):
            span = _DAY_SPAN.match(low, pos)
            if span and not _reported_or_since(text, low, max(lo, pos - 40), pos):
                cues.append((pos, span.end(), CUMULATIVE))
    if low.find("24 hours", lo, hi) >= 0 or low.find("twenty-four hours", lo, hi) >= 0:
        pos = max(low.find("24 hours", lo, hi), low.find("twenty-four hours", lo, hi))
        incident.append((pos, pos + 8))
    for pos, word in _occurrences(low, event_words, lo, hi) if event_words else ():
        m = _IN_EVENT.search(text, max(lo, pos - 30), pos)
        if m:
            incident.append((m.start(), pos + len(word)))
        elif (
            pos - lo < 120
            and _opens_sentence(text, lo, pos)
            and not _SERIES_AFTER.match(text, pos + len(word), hi)
        ):
            incident.append((pos, pos + len(word)))
    when = low.find(" when ", lo, hi) if tokens is None or "when" in tokens else -1
    while when >= 0:
        if _WHEN_EVENT.search(low, max(lo, when - 40), when) or _DAY_WHEN.search(
            text, max(lo, when - 30), when
        ):
            incident.append((when + 1, when + 5))
        when = low.find(" when ", when + 5, hi)
    for pos, _ in _occurrences(low, month_stems, lo, hi, False) if month_stems else ():
        if (pos and low[pos - 1].isalnum()) or not _MONTH_TOKEN.match(text, pos):
            continue
        m = _DATE_CUE.search(text, max(lo, pos - 8), min(hi, pos + 16))
        if m and not _dateline(text, lo, m):
            incident.append((m.start(), m.end()))
    incident_cues = []
    for a, b in incident:
        if _reported_or_since(text, low, max(lo, a - 40), a) or _not_event_day(text, low, max(lo, a - 60), a):
            continue
        if low.find("since", max(lo, a - 70), a) >= 0 and _SINCE_BEFORE.search(text, max(lo, a - 70), a):
            continue  # (a longer opening: "since the beginning of the Israeli operation on July 8")
        if any(x <= a < y for x, y, _ in cues) or any(x <= a < y for x, y in masked):
            continue
        if toll_after is not None:
            continue  # (the day the toll was told: see _AFTER_DAYS_OF)
        incident_cues.append((a, b, INCIDENT))
    # "killed in the war" is the war's toll, unless a day follows: "killed in the war on Sunday"
    for a, b in in_war:
        if not any(b <= x <= b + _IN_WAR_DAY_GAP for x, _, _ in incident_cues):
            cues.append((a, b, CUMULATIVE))
    cues.extend(incident_cues)
    if compared:
        cues = [c for c in cues if not any(a <= c[0] < b for a, b in compared)]
    cues.sort()
    return cues


# "HODEIDAH, Yemen, Dec 24 (Reuters) - ": the dateline's date is when the story was filed, not
# when the figures after it happened.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z.'’ /-]+(?:,\s+[A-Z][\w.'’ -]{0,30})?,\s*")
# (with the year: "GENEVA, March 2, 2015 - ", "BEIRUT, May 27, 2012 (AFP) - ")
_DATELINE_AFTER = re.compile(r"(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]|--)\s")


def _dateline(text: str, lo: int, m: re.Match[str]) -> bool:
    """Whether the date cue m is the date of a dateline opening the sentence at lo."""
    return bool(_DATELINE_AFTER.match(text, m.end()) and _DATELINE_BEFORE.fullmatch(text, lo, m.start()))


def _event_toll(text: str, lo: int, m: re.Match[str]) -> bool:
    """Whether "bringing the toll ..." (matched by _BRINGING) updates one event's toll: "from the
    attack", or after people who "died of their wounds" / "more died in hospital"."""
    return bool(
        _EVENT_TOLL_AFTER.match(text, m.end())
        or _DIED_OF_WOUNDS_BEFORE.search(text, max(lo, m.start() - 100), m.start())
    )


# A clause opening on a new event after a comma: ", as a car bomb killed ...", ", while an air
# strike on a market wounded ..." (lower-cased text).
_EVENT_CLAUSE = re.compile(
    r",\s+(?:as|while)\s+(?:an?|the)\s+(?!(?:[\w'’-]+\s+){0,2}?(?:wave|series|string|spate|campaign)s?\b)"
    r"(?:[\w'’-]+\s+){0,3}?(?:car\s+)?(?:bomb|blast|attack|air\s*strike|strike"
    r"|raid|explosion|bomber|ambush|rocket|mortar|shell|drone)s?\b"
)


def _last_event_clause(low: str, lo: int, hi: int) -> int:
    """Where the last clause opening on a new event in low[lo:hi] starts, else -1."""
    if low.find(", as ", lo, hi) < 0 and low.find(", while ", lo, hi) < 0:
        return -1
    found = -1
    for m in _EVENT_CLAUSE.finditer(low, lo, hi):
        found = m.start()
    return found


_NEW_CLAUSE_BETWEEN = re.compile(r"\band\s+(?:said|says|added|reported|announced)\b|;")
_RAISING_WORDS = ("bringing", "taking")
"""The words of a running count told after the figures it adds ("..., bringing the toll to 30")."""


class ScopeTracker:
    """Tells the scope of each figure of one text, nearest cue first, else the running frame."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.frame = INCIDENT
        self.frame_sentence = -1
        self.cues: list[tuple[int, int, str]] = []
        self.index = -1
        self.raising = -1  # where "bringing the toll ... to" starts in the current sentence
        self.prior = INCIDENT  # the frame before the current sentence

    def _cues(self, i: int) -> list[tuple[int, int, str]]:
        doc = self.doc
        if not doc.masks[i] & (W_CUE | W_YEAR):
            return []
        return find_cues(
            doc.text, doc.low, doc.sents.starts[i], doc.sents.ends[i], doc.words[i], doc.masks[i]
        )

    def advance(self, index: int) -> None:
        """Move to sentence index: the frame picks up cues of the sentences passed over."""
        self.index = index
        self.cues = self._cues(index)
        self.prior = self.frame
        self.raising = -1
        doc = self.doc
        for word in _RAISING_WORDS:
            if word in doc.words[index]:
                pos = doc.low.find(word, doc.sents.starts[index], doc.sents.ends[index])
                if pos >= 0 and _BRINGING.match(doc.text, pos, doc.sents.ends[index]):
                    self.raising = pos
                    break
        if self.cues:
            self.frame = self.cues[-1][2]  # the sentences passed over do not matter
        else:
            for i in range(index - 1, self.frame_sentence, -1):
                cues = self._cues(i)
                if cues:
                    self.frame = cues[-1][2]
                    break
        self.frame_sentence = index

    def scope_at(self, start: int, end: int, kind: str) -> str:
        """Scope of a figure spanning text[start:end] in the current sentence."""
        best: tuple[int, str] | None = None
        cues = self.cues
        frame = self.frame
        if end <= self.raising and not _INCREMENT.search(self.doc.text, start, end):
            # "killed eight people, bringing the death toll since October to 30,000": the running
            # count after it does not date the figure (but "34 more ..., bringing" adds to it)
            cues = [c for c in cues if c[0] < self.raising]
            frame = self.prior
        if cues and cues[0][1] <= start:
            opener = _last_event_clause(self.doc.low, cues[0][1], start)
            if opener >= 0:
                # "... since the start of the year, officials said, as a car bomb killed four
                # policemen in Mosul": a new event in a clause of its own, not timed by the cue
                cues = [c for c in cues if c[0] >= opener]
                if not cues:
                    frame = INCIDENT
        text = self.doc.text
        for a, b, scope in cues:
            dist = 0 if a < end and start < b else (start - b if b <= start else a - end)
            if b <= start and _NEW_CLAUSE_BETWEEN.search(text, b, start):
                dist += 100  # "... 62 times over the past 24 hours and said 11 soldiers had been killed
                # over the past week": the cue of the clause before is not this figure's
            if best is None or dist < best[0]:
                best = (dist, scope)
        if kind == "displaced":
            # a stock (the displaced, those still held or missing) is cumulative by itself, not
            # by a time cue: it sets no frame for the figures after it ("100,000 have fled since
            # the offensive ... 200 were killed in the 24-hour offensive")
            return INCIDENT if best and best[1] == INCIDENT and best[0] < 60 else CUMULATIVE
        result = best[1] if best is not None else frame
        self.frame = result
        return result
