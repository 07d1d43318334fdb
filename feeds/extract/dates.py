"""Date expressions in news text, resolved against the publication date (never the clock)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain

from feeds.extract.lexicon import MONTH_RE, MONTHS, WEEKDAY_RE, WEEKDAYS
from feeds.extract.numbers import parse_number
from feeds.extract.text import trie_pattern

_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
# A day of the month written as an ordinal ("14th", "1st"; not "0th" or "32nd").
_ORDINAL = r"(?P<{n}>[1-9]|[12]\d|3[01])(?i:st|nd|rd|th)"
# What may follow a bare day of the month ("on the 14th, ...", "on the 14th in Doha"), unlike an
# ordinal that is no date ("the 14th round", "the 3rd Infantry Division", "for the 5th time").
_AFTER_DAY = (
    r"(?!\s*(?:-|–|to|and)\s*(?:the\s*)?\d)"
    r"(?=\s*(?:[,.;:!?)\]\"'”’—]|$)|\s+[-–]\s|\s+(?i:in|at|on|and|to|with|between|after|before"
    r"|when|while|as|or|but|for|under|amid|if|unless|because|from|until|till|instead|this|next)\b)"
)
_DATE_BRANCHES = (
    # "March 9", "Dec. 4", "Dec.6", "December 21-22", "February 8th, 2017"
    r"\b(?P<mon1>" + MONTH_RE + r")\s*" + _DAY.format(n="d1")
    + r"(?:\s*(?:-|–|to|and)\s*" + _DAY.format(n="d1b") + r")?(?![\d:])"
    + _YEAR.replace("year", "y1")
    # "6 February", "21-22 December", "the 24th of December", "23-24 January"
    + r"|\b" + _DAY.format(n="d2") + r"(?:\s*(?:-|–|to|and)\s*" + _DAY.format(n="d2b") + r")?"
    r"\s+(?:of\s+)?(?P<mon2>" + MONTH_RE + r")(?![a-z])" + _YEAR.replace("year", "y2"),
    # a bare day of the month: "on the 14th", "for the 3rd", "on the15th", "on Tuesday the 14th",
    # "pushed back to the 14th",
    # "from the 21st to the 22nd", "the 14th of next month" (the preposition or month needed)
    r"\b(?:(?P<dprep>(?i:on|for|until|till|from|by|to))\s+(?:(?P<dwd>" + WEEKDAY_RE + r"),?\s+)?)?"
    r"(?i:the)\s*" + _ORDINAL.format(n="d3")
    + r"(?:\s*(?:-|–|to|and)\s*(?:(?i:the)\s*)?" + _ORDINAL.format(n="d3b") + r")?"
    r"(?:\s+(?i:of\s+(?P<dmon>this|next)\s+month)\b|(?(dprep)" + _AFTER_DAY + r"|(?!)))",
    # "on Saturday", "next Tuesday", "last Friday"
    r"\b(?P<wdmod>(?i:next|this|last|coming|on))?\s*(?P<wd>" + WEEKDAY_RE + r")\b",
    # "today", "tomorrow", "tonight", "this evening", "yesterday"
    r"\b(?P<rel>(?i:the\s+day\s+after\s+tomorrow|tomorrow|today|tonight|yesterday"
    r"|this\s+(?:morning|afternoon|evening)))\b",
    # imprecise: "next week", "later this month", "in October", "early next year"
    r"\b(?P<vague>(?i:(?:(?:early|late|later|earlier)\s+)?(?:next|this|the\s+coming|the\s+next)"
    r"\s+(?:few\s+)?(?:week|weeks|month|months|year|weekend|days)|in\s+(?:the\s+)?(?:coming|next"
    r"|few)\s+(?:\w+\s+)?(?:days|weeks|months)|(?:early|late|mid-?)\s*" + MONTH_RE
    # "within two weeks", "within a month", "within the next few days", "within days"
    # a count of days from publication: "in ten days' time", "in 10 days" (not "in three days of
    # talks")
    + r"|in\s+(?P<ndays>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2})\s+days"
    r"(?:['’]\s*time\b|\b(?!['’]|\s+(?:of|later|earlier|ago)\b))"
    r"|within\s+(?:the\s+(?:next|coming)\s+)?(?:(?:a|one|two|three|four|five|six|\d{1,2}|a\s+few"
    r"|several|few)\s+)?(?:days?|weeks?|months?)"
    + r"|in\s+" + MONTH_RE + r"(?!\s*\d)|later\s+this\s+(?:week|month|year)|soon"
    # "at the end of January", "by the beginning of March" (matched at the month)
    r"|(?:(?<=end\sof\s)|(?<=start\sof\s)|(?<=beginning\sof\s)|(?<=middle\sof\s))"
    + MONTH_RE + r"(?![\s,]*\d)))\b",
)  # fmt: skip
DATE_RE = re.compile("|".join(_DATE_BRANCHES))
# Lower-case words one of which each branch needs (a branch that cannot match is left out).
_ORDINAL_WORDS = frozenset(
    f"{the}{n}{suffix}" for the in ("", "the") for n in range(1, 32) for suffix in ("st", "nd", "rd", "th")
)
_BRANCH_WORDS = (
    frozenset(MONTHS),
    _ORDINAL_WORDS,
    frozenset(WEEKDAYS),
    frozenset("tomorrow today tonight yesterday this".split()),
    frozenset(MONTHS) | frozenset("next this coming few soon later within days".split()),
)
# A weekday a week on: "on Monday week", "a week on Monday", "a week from Wednesday" (the week
# after the weekday's next one).
_WEEK_AFTER = re.compile(r"\s+week\b(?![\w'’-])")
_WEEK_BEFORE = re.compile(r"\ba\s+week\s+(?:from\s+)?$", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\s+this\s+year")
# A date in apposition after a weekday: "Thursday, 26 October", "Monday March 3", "Friday the 14th
# of March".
_DATE_AFTER_WEEKDAY = re.compile(
    r",?\s*(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_RE
    + r"(?![a-z])|"
    + MONTH_RE
    + r"\s*[0-3]?\d(?!\d))"
)
_NO_GROUPS: dict[str, str | None] = dict.fromkeys(DATE_RE.groupindex)
# The last day of a run of weekdays: "on Tuesday and Wednesday", "from Monday to Wednesday".
_WEEKDAY_END = re.compile(r"\s*(?:-|–|to|and|through)\s+(?P<wd2>" + WEEKDAY_RE + r")\b(?!,?\s*(?:the\s+)?\d)")
_VARIANTS: dict[tuple[bool, ...], re.Pattern[str] | None] = {}


def _variant_key(words: set[str]) -> tuple[bool, bool, bool, bool, bool]:
    """Which branches of DATE_RE may match in a text with these tokens."""
    months, ordinals, weekdays, relative, vague = _BRANCH_WORDS
    return (
        not months.isdisjoint(words),
        not ordinals.isdisjoint(words),
        not weekdays.isdisjoint(words),
        not relative.isdisjoint(words),
        not vague.isdisjoint(words),
    )


def _date_re(words: set[str] | None, key: tuple[bool, ...] | None = None) -> re.Pattern[str] | None:
    """DATE_RE without the branches whose words are absent (same matches, fewer tries); key, when
    given, is _variant_key(words)."""
    if words is None:
        return DATE_RE
    if key is None:
        key = _variant_key(words)
    if key not in _VARIANTS:
        parts = [b for b, on in zip(_DATE_BRANCHES, key, strict=True) if on]
        _VARIANTS[key] = re.compile("|".join(parts)) if parts else None
    return _VARIANTS[key]


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in text, with its resolved day(s) when they can be fixed."""

    start: int
    end: int
    day: date | None
    day_end: date | None
    kind: str
    """explicit | day (of the month) | weekday | relative | vague"""
    past: bool = False
    """The expression itself points backwards ("yesterday", "last Friday")."""


# The dateline that opens a wire story: "GENEVA, Nov 18 (AFP) - ", "JUBA, Oct 30 - ", "GOMA,
# Democratic Republic of Congo, Jan 27 (Reuters) -", "DONETSK (UrduPoint News / Sputnik - 15th
# October, 2020) ". Its date says when the story was filed, not when what it reports happens.
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|de|al|el)){0,4}"
_DATELINE_HEAD = re.compile(
    r"\s*" + _PLACE_NAME + r"(?:\s*,\s*" + _PLACE_NAME + r"){0,2}(?:\s*,\s*|\s*\([^()]{0,40}?[-–—,]\s*)"
)
_DATELINE_TAIL = re.compile(r"(?:,?\s*(?:19|20)\d\d)?\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]|\)\s)")
_DATELINE_MAX = 90
"""How far into a text a dateline's date may start."""


def in_dateline(text: str, found: DateExpr) -> bool:
    """Whether a date expression is the date of the dateline that opens text."""
    return (
        found.kind == "explicit"
        and found.start <= _DATELINE_MAX
        and _DATELINE_HEAD.fullmatch(text, 0, found.start) is not None
        and _DATELINE_TAIL.match(text, found.end) is not None
    )


def _month(token: str) -> int:
    return MONTHS.get(token.lower()[:3], 0)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_day_month(month: int, day: int, year: int | None, published: date | None) -> date | None:
    """The date of "<day> <month> [year]": year from text, else from published (rolling forward
    when the day would lie more than half a year before publication)."""
    if year is not None:
        return _make(year, month, day)
    if published is None:
        return None
    found = _make(published.year, month, day)
    if found is not None and found < published - timedelta(days=183):
        found = _make(published.year + 1, month, day)
    return found


def resolve_day_of_month(day: int, published: date | None, month: str = "") -> date | None:
    """The date of a bare day of the month ("on the 14th"): the first one on or after publication
    (months without that day skipped), or in publication's month ("this") or the next ("next")."""
    if published is None:
        return None
    year, mon = published.year, published.month
    if month:
        if month == "next":
            year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
        return _make(year, mon, day)
    for _ in range(12):
        found = _make(year, mon, day)
        if found is not None and found >= published:
            return found
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return None


def resolve_weekday(weekday: int, published: date | None, modifier: str = "") -> date | None:
    """The named weekday on or after publication ("next" skips publication day; "last" goes back)."""
    if published is None:
        return None
    delta = (weekday - published.weekday()) % 7
    if modifier == "last":
        back = (published.weekday() - weekday) % 7 or 7
        return published - timedelta(days=back)
    if modifier == "next" and delta == 0:
        delta = 7
    return published + timedelta(days=delta)


# Where a match of each branch can start (in ASCII text): at a token (a run of letters and digits,
# lower-cased) that is one of the branch's words followed by spaces ("the coming week") or that
# starts with one of its prefixes, glued to what follows or not ("March9", "nextMonday"; "mid-March"
# is "mid" then "march"), or at a digit token ("6 February").
_MODS = ("next", "this", "last", "coming", "on")
_PREPS = ("on", "for", "until", "till", "from", "by", "to", "the")
_BRANCH_EXACT = (
    (),
    _PREPS,
    _MODS,
    ("this",),
    ("early", "late", "later", "earlier", "next", "this", "in", "soon", "within"),
)
_BRANCH_GLUED = (
    (*sorted({m[:3] for m in MONTHS}), *"0123456789"),
    tuple(f"the{d}" for d in "123456789"),
    (*WEEKDAYS, *(m + w for m in _MODS for w in WEEKDAYS)),
    ("tomorrow", "today", "tonight", "yesterday"),
    ("early", "late", "mid"),
)
_FINDERS: dict[tuple[bool, ...], re.Pattern[str]] = {}
# Longer than any word or prefix a finder looks for: the finder matches in a token's first
# _TOKEN_HEAD characters as in the whole token.
_TOKEN_HEAD = 1 + max(len(w) for w in ("the", *chain(*_BRANCH_EXACT), *chain(*_BRANCH_GLUED)))


def _start_finder(key: tuple[bool, ...]) -> re.Pattern[str]:
    """A pattern for the space before each token that may start a match of the branches switched
    on in key (key[5]: whether "the" may)."""
    found = _FINDERS.get(key)
    if found is None:
        exact = {"the"} if key[5] else set()
        glued: set[str] = set()
        for on, words, prefixes in zip(key, _BRANCH_EXACT, _BRANCH_GLUED, strict=False):
            if on:
                exact.update(words)
                glued.update(prefixes)
        found = _FINDERS[key] = re.compile(" " + trie_pattern(exact, glued))
    return found


def _match_starts(flat: str, lo: int, hi: int, words: set[str], key: tuple[bool, ...]) -> list[int]:
    """Offsets in flat[lo:hi] (low with punctuation as spaces, ASCII) where a match of the DATE_RE
    branches switched on in key may start: the starts of the tokens that may begin one."""
    # "the" starts only "the 14th of next month", "the day after tomorrow", "the coming ...",
    # "the next ..." (the first is in the exact words of its branch).
    the = (key[3] and "tomorrow" in words) or (key[4] and ("coming" in words or "next" in words))
    finder = _start_finder((*key, the))
    starts = [m.start() + 1 for m in finder.finditer(flat, lo, hi)]
    if finder.match(" " + flat[lo : min(hi, lo + _TOKEN_HEAD)]):  # (the token at lo)
        starts.insert(0, lo)
    return starts


def _matches(
    text: str, lo: int, hi: int, words: set[str] | None, flat: str | None
) -> Iterator[re.Match[str]]:
    """The matches of DATE_RE in text[lo:hi], as finditer finds them."""
    key = None if words is None else _variant_key(words)
    pattern = _date_re(words, key)
    if pattern is None:
        return
    # Below, flat[lo:hi] in ASCII: text[lo:hi] holds ASCII and punctuation that flat turns into
    # spaces, but perhaps the Kelvin sign (the one character lower-cased into ASCII).
    if words is None or key is None or flat is None or not flat[lo:hi].isascii() or "\u212a" in text[lo:hi]:
        yield from pattern.finditer(text, lo, hi)
        return
    # Every match starts at one of _match_starts but a weekday's without a modifier, which may
    # start at the spaces before it (after a word): it is the same match (the same groups) as
    # the one at the weekday, which is tried instead. No other match starts within those spaces.
    end = lo
    for pos in _match_starts(flat, lo, hi, words, key):
        if pos >= end:
            m = pattern.match(text, pos, hi)
            if m is not None:
                end = m.end()
                yield m


def _day_of_month(m: re.Match[str], g: dict[str, str | None], published: date | None) -> DateExpr:
    """The DateExpr of a bare day of the month ("on the 14th"), resolved by its number (a weekday
    given with it, "on Tuesday the 14th", is not used: it cannot fix the month)."""
    d1 = int(str(g["d3"]))
    day = resolve_day_of_month(d1, published, (g["dmon"] or "").lower())
    day_end = None
    if g["d3b"] and day is not None and int(g["d3b"]) > d1:
        day_end = _make(day.year, day.month, int(g["d3b"]))
    return DateExpr(m.start(), m.end(), day, day_end, "day")


# An ISO date in running text: "will meet in Jeddah on 2023-05-06" (not a range of numbers or a
# reference such as "2023-05-06-01").
# (Led by its first digits, the look-behind after them, so that the engine skips ahead to "1" and "2".)
_ISO = re.compile(r"((?:19|20)(?<![\d/.-]\d\d)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/-]|\.\d)")


def find_dates(
    text: str,
    published: date | None,
    lo: int = 0,
    hi: int | None = None,
    words: set[str] | None = None,
    flat: str | None = None,
) -> Iterator[DateExpr]:
    """Every date expression in text[lo:hi] (words: its lower-case tokens, when known; flat:
    text lower-cased with punctuation as spaces, when known)."""
    skip_to = -1  # (the end of a run of weekdays told as one date)
    iso = [
        DateExpr(i.start(), i.end(), _make(int(i[1]), int(i[2]), int(i[3])), None, "explicit")
        for i in _ISO.finditer(text, lo, len(text) if hi is None else hi)
    ]
    for m in _matches(text, lo, len(text) if hi is None else hi, words, flat):
        while iso and iso[0].start < m.start():
            yield iso.pop(0)
        if m.start() < skip_to:
            continue
        g = {**_NO_GROUPS, **m.groupdict()}
        if g["mon1"] or g["mon2"]:
            month = _month(str(g["mon1"] or g["mon2"]))
            d1 = int(str(g["d1"] or g["d2"]))
            d_end = g["d1b"] or g["d2b"]
            year_s = g["y1"] or g["y2"]
            if month == 0 or not 1 <= d1 <= 31:
                continue
            if g["mon1"] and g["mon1"].lower() in ("may", "march") and not g["mon1"][0].isupper():
                continue
            year = int(year_s) if year_s else None
            if year is None and _THIS_YEAR.match(text, m.end(), m.end() + 11):
                year = published.year if published else None
            day = resolve_day_month(month, d1, year, published)
            day_end = None
            if d_end and day is not None and int(d_end) > d1:
                day_end = _make(day.year, month, int(d_end))
            yield DateExpr(m.start(), m.end(), day, day_end, "explicit")
        elif g["d3"]:
            yield _day_of_month(m, g, published)
        elif g["wd"]:
            if _DATE_AFTER_WEEKDAY.match(text, m.end()):
                continue  # "on Thursday, 26 October": the date that follows says the day
            mod = (g["wdmod"] or "").lower()
            wd = WEEKDAYS[g["wd"].lower()]
            start = m.start("wdmod") if g["wdmod"] and mod != "on" else m.start("wd")
            if mod == "on":
                start = m.start("wdmod")
            day = resolve_weekday(wd, published, mod)
            if mod in ("on", ""):
                # "a week on Monday", "a week from Wednesday", "on Monday week"
                before = _WEEK_BEFORE.search(text, max(0, start - 12), start)
                after = None if before else _WEEK_AFTER.match(text, m.end())
                if before or after:
                    later = day + timedelta(days=7) if day is not None else None
                    if before:
                        yield DateExpr(before.start(), m.end(), later, None, "weekday")
                    elif after:
                        yield DateExpr(start, after.end(), later, None, "weekday")
                    continue
            # ("next Thursday and Friday", "this Monday and Tuesday": a run told with its modifier)
            run = _WEEKDAY_END.match(text, m.end()) if mod in ("on", "", "next", "this", "coming") else None
            if run is not None and not _DATE_AFTER_WEEKDAY.match(text, run.end()):
                span = (WEEKDAYS[run.group("wd2").lower()] - wd) % 7
                if 1 <= span <= 3:
                    skip_to = run.end()
                    end = day + timedelta(days=span) if day is not None else None
                    yield DateExpr(start, run.end(), day, end, "weekday")
                    continue
            yield DateExpr(start, m.end(), day, None, "weekday", mod == "last")
        elif g["rel"]:
            rel = g["rel"].lower()
            offset = {"tomorrow": 1, "yesterday": -1, "the day after tomorrow": 2}.get(rel, 0)
            day = published + timedelta(days=offset) if published else None
            yield DateExpr(m.start(), m.end(), day, None, "relative", rel == "yesterday")
        elif g["ndays"]:
            days = parse_number(g["ndays"])
            day = published + timedelta(days=days) if published and days is not None else None
            yield DateExpr(m.start(), m.end(), day, None, "relative")
        else:
            yield DateExpr(m.start(), m.end(), None, None, "vague")
    yield from iso
