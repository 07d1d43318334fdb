"""Upcoming talks: a meeting noun or verb, a future frame, its date, place and parties."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from feeds.extract.dates import DateExpr, find_dates
from feeds.extract.lexicon import MONTH_RE, WEEKDAY_RE
from feeds.extract.text import Sentences, lowered, sentences_with
from feeds.models import Span, Talk

MEETING_STEMS = (
    "talks", "negotiation", "consultation", "meeting", "summit", "conference", "dialogue",
    "discussion", "session", "plenary", "forum", "round of", "meet", "converge", "convene",
    "sit down",
)  # fmt: skip
_MEETING = re.compile(
    r"\b(?:(?:peace|ceasefire|cease-fire|truce|direct|indirect|proximity|political|new|fresh"
    r"|next|further|final|formal|informal|high-level|technical|bilateral|trilateral|plenary"
    r"|substantive|intra-\w+|[A-Z][\w-]+-led|UN-(?:sponsored|brokered|backed|led)"
    r"|U\.N\.-sponsored)\s+)*"
    r"(?P<noun>talks|negotiations|consultations|meetings?|summit|conference|dialogue|discussions"
    r"|sessions?|plenary|forum|videoconference|video\s+conference|mediation\s+round"
    r"|round\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations|meetings|dialogue))\b"
    r"|\b(?P<verb>(?:will|would|to|shall|'ll|due\s+to|set\s+to|expected\s+to|scheduled\s+to"
    r"|planning\s+to|plan\s+to|plans\s+to|agreed\s+to)\s+(?:meet|converge|convene|reconvene"
    r"|sit\s+down))\b",
    re.IGNORECASE,
)
# The conflict frame an item must have for its meetings to count (POLICY: not trade, lawsuits).
_CONFLICT_DOC = re.compile(
    r"\b(?:peace|cease-?fire|cease\s+fire|truce|war|rebels?|conflict|militants?|insurgents?"
    r"|hostilities|fighting|troops|military|armed|army|taliban|houthis?|guarantors?|envoy"
    r"|mediat\w*|contact\s+group|security\s+council|opposition|militia\w*|separatists?"
    r"|violence|clashes|warring)\b",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|to|is\s+to|are\s+to|plan(?:s|ning)?\s+to|agreed\s+to|invited"
    r"|expected\s+to|set\s+to|due\s+to)\s+(?:\w+\s+){0,2}?(?:hold|attend|join|resume|start|begin"
    r"|open|convene|host|bring|enter|return\s+to|participate\s+in|take\s+part\s+in|reconvene"
    r"|launch|organi[sz]e|chair|lead)\b"
    r"|\b(?:ahead\s+of|upcoming|forthcoming|planned|scheduled|next|new\s+round|fresh\s+round"
    r"|another\s+round|proposed\s+date)\b",
    re.IGNORECASE,
)
_FUTURE_AFTER = re.compile(
    r"\b(?:(?:is|are|was|were)\s+)?(?:(?:expected|due|set|scheduled|planned|slated|likely|going)"
    r"\s+)?to\s+(?:be\s+held|take\s+place|start|begin|open|resume|reconvene|convene|continue"
    r"|get\s+under\s*way|kick\s+off|be\s+resumed|be\s+convened)"
    r"|\b(?:will|would|shall|'ll)\s+(?:\w+\s+)?(?:be\s+held|take\s+place|start|begin|open|resume"
    r"|be\s+resumed|reconvene|convene|continue|last|kick\s+off|get\s+under\s*way|meet|be\s+on)"
    r"|\b(?:scheduled|set|slated|planned|due)\s+(?:for|on)\b|\bmeet\b",
    re.IGNORECASE,
)
_FUTURE_TIME = re.compile(
    r"\b(?:tomorrow|today|tonight|this\s+(?:evening|afternoon|weekend|week)|next\s+(?:week|month"
    r"|year|round|meeting|session)|later\s+this\s+(?:week|month|year)|in\s+the\s+(?:coming|next)"
    r"\s+(?:few\s+)?(?:days|weeks)|early\s+next)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:held|met|meets|concluded|ended|end\s+of|wound\s+up|wind\s+up|winds\s+up|closed"
    r"|failed|failure|collapsed|broke\s+(?:down|off)|dashed|began|begun|started|opened"
    r"|kicked\s+off|resumed|returned|under\s*way|ongoing|current|last\s+(?:week|month|year)"
    r"|ago|yesterday|earlier|previous|reached|took\s+place|ha(?:s|ve)\s+been\s+hosting"
    r"|deadlock\w*|walked\s+out|walked\s+away|stalled|adjourned|came\s+to\s+an\s+end"
    r"|come\s+to\s+an\s+end|signed|agreed\s+(?:to\s+)?(?:last|during|at)|arrived)\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(
    r"\b(?:to\s+be\s+held|be\s+held|being\s+held|will\s+be\s+held|were\s+due\s+to\s+be\s+held"
    r"|to\s+start|to\s+begin|to\s+open|to\s+resume|will\s+resume|would\s+resume)\b",
    re.IGNORECASE,
)
_UNSURE = re.compile(
    r"\b(?:ready\s+to|willing\s+to|readiness|offer(?:ed|s)?\s+to|call(?:ed|s|ing)?\s+for"
    r"|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|propos(?:ed|es|ing)\s+(?:to\s+)?(?:hold|new)"
    r"|(?:might|may|could)\s+(?:\w+\s+)?(?:take\s+place|be\s+held|meet|happen|go\s+ahead|resume)"
    r"|possibility|possible|no\s+(?:exact\s+)?date|(?:not|n't|never|no)\s+(?:\w+\s+){0,2}?"
    r"(?:take\s+place|be\s+held|hold|attend|meet|resume|join)|refus\w+|reject\w*\s+(?:\w+\s+)?"
    r"(?:talks|negotiations)|boycott\w*)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\b(?:cancel(?:l)?ed|called\s+off|scrapped|abandoned)\b", re.IGNORECASE)
_POSTPONED = re.compile(
    r"\b(?:postponed|delayed|put\s+off|pushed\s+back|deferred|rescheduled)\b"
    r"(?P<new>\s+(?:\w+\s+){0,3}?(?:to|until|till|for)\b)?",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tweeted|announced|stated|added|confirmed|reported|wrote|declared"
    r"|commented|noted|quoted)\b[^,.;]{0,30}?\s*$",
    re.IGNORECASE,
)
_NOT_PLACE = re.compile(
    rf"^(?:{MONTH_RE}|{WEEKDAY_RE}|The|A|An|Arabic|English|French|Russian|Principle|Part|Order"
    r"|Addition|Turn|Response|Protest|Accordance|Front|Favou?r|Line|Spite|Light|General|Total"
    r"|Private|Public|Particular|Person|Recent|Response|Support|Touch|Charge|Time|Office|Power"
    r"|Control|Talks|Peace|January|Geneva\s+talks)$"
)
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]+\s+)?(?:capital|city|town|resort|village|port)"
    r"(?:\s+of)?\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+(?!(?:on|in|at|and|for|to|next|later)\b)"
    r"[A-Z][\w'’-]+){0,2})"
)
_PLACE_ADJ = re.compile(
    r"\b(?P<place>[A-Z][a-z]+)\s+(?:peace\s+)?(?:talks|consultations|negotiations|summit"
    r"|process|format|meeting)\b"
)
_BETWEEN = re.compile(
    r"\bbetween\s+(?P<a>[^,.;]{3,60}?)\s+and\s+(?P<b>[^,.;]{3,60}?)(?=\s+(?:to|on|in|at|aimed"
    r"|over|for|that|would|will|are|is|was|were)\b|[,.;]|$)"
)
_WITH = re.compile(r"\bwith\s+(?P<a>(?:the\s+)?[A-Z][^,.;]{2,50}?)(?=\s+(?:on|in|at|to|over)\b|[,.;]|$)")


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    date: DateExpr | None
    place: str | None
    parties: str | None
    status: str
    phrase_start: int
    phrase_end: int


def _place_in(text: str, lo: int, hi: int) -> str | None:
    for m in _PLACE.finditer(text, lo, hi):
        place = m.group("place")
        if _NOT_PLACE.match(place) or (place.isupper() and len(place) <= 3 and place != "UAE"):
            continue
        if place.lower().startswith(("the ", "peace")):
            continue
        return place
    for m in _PLACE_ADJ.finditer(text, lo, hi):
        place = m.group("place")
        if _NOT_PLACE.match(place) or place.endswith(("an", "ese", "i", "ish")) or m.start() == lo:
            continue
        return place
    return None


def _parties_in(sentence: str) -> str | None:
    m = _BETWEEN.search(sentence)
    if m:
        return f"{m.group('a').strip()} - {m.group('b').strip()}"
    m = _WITH.search(sentence)
    return m.group("a").strip() if m else None


def _mentions(text: str, lo: int, hi: int, published: date | None) -> list[_Mention]:
    found = list(_MEETING.finditer(text, lo, hi))
    if not found:
        return []
    dates = [
        d
        for d in find_dates(text, published, lo, hi)
        if not _REPORTING.search(text[max(lo, d.start - 45) : d.start])
    ]
    out: list[_Mention] = []
    for i, m in enumerate(found):
        prev_end = found[i - 1].end() if i else lo
        next_start = found[i + 1].start() if i + 1 < len(found) else hi
        # The date of this meeting: the nearest date not closer to another mention.
        best: DateExpr | None = None
        best_dist = 10**9
        for d in dates:
            if d.end <= m.start():
                if d.start < prev_end:
                    continue
                dist = m.start() - d.end + 25  # dates usually follow the meeting noun
            elif d.start >= m.end():
                if d.start > next_start:
                    continue
                dist = d.start - m.end()
            else:
                dist = 0
            if dist < best_dist and dist < 160:
                best, best_dist = d, dist
        if best is not None and best.end <= m.start() and best.kind != "explicit":
            between = text[best.end : m.start()]
            if not (_FUTURE_BEFORE.search(between) or _FUTURE_AFTER.search(between)):
                best = None  # "Tuesday, the rebels announced at peace talks": a past frame
        w_lo = max(prev_end, m.start() - 80, lo)
        w_hi = min(next_start, max(m.end() + 90, best.end if best else 0), hi)
        before = text[w_lo : m.start()]
        after = text[m.end() : w_hi]
        window = text[w_lo:w_hi]
        if _CANCELLED.search(window):
            status = "cancelled"
        else:
            post = _POSTPONED.search(window)
            status = "postponed" if post and not (post.group("new") and best) else "scheduled"
            if status == "postponed":
                best = None  # the date it was set for no longer holds
        future_verb = bool(
            _FUTURE_BEFORE.search(before)
            or _FUTURE_AFTER.match(after.lstrip(" ,"))
            or _FUTURE_AFTER.search(after[:60])
            or (m.group("verb") is not None)
        )
        future = future_verb or bool(_FUTURE_TIME.search(window))
        scrub = _NOT_PAST.sub(" ", window)
        past = bool(_PAST.search(scrub)) or (best is not None and best.past)
        if best is not None and best.day is not None and published is not None:
            if best.day < published:
                continue
            if not past:
                future = True
        if past and not (future_verb and best is not None and best.day is not None):
            continue
        if (not future or _UNSURE.search(window)) and status == "scheduled":
            continue
        p_lo = min(m.start(), best.start) if best else m.start()
        p_hi = max(m.end(), best.end) if best else m.end()
        fa = _FUTURE_AFTER.match(after.lstrip(" ,"))
        if best is None and fa:
            p_hi = max(p_hi, m.end() + (len(after) - len(after.lstrip(" ,"))) + fa.end())
        place = _place_in(text, w_lo, w_hi) or _place_in(text, lo, hi)
        out.append(_Mention(m.start(), m.end(), best, place, _parties_in(text[lo:hi]), status, p_lo, p_hi))
    return out


def find_talks(
    text: str,
    sents: Sentences,
    published: date | None,
    field_name: str = "text",
    title: str | None = None,
) -> list[Talk]:
    """Upcoming (and postponed/cancelled) conflict meetings stated in text, one per meeting."""
    if not text or (not _CONFLICT_DOC.search(text) and not (title and _CONFLICT_DOC.search(title))):
        return []
    mentions: list[_Mention] = []
    for index in sentences_with(lowered(text), MEETING_STEMS, sents):
        lo, hi = sents.starts[index], sents.ends[index]
        mentions.extend(_mentions(text, lo, hi, published))
    if not mentions:
        return []
    # One entry per meeting: mentions with the same date (or none) are the same meeting.
    groups: list[list[_Mention]] = []
    for men in sorted(mentions, key=lambda x: (x.date is None or x.date.day is None, x.start)):
        day = men.date.day if men.date else None
        for grp in groups:
            g_day = next((x.date.day for x in grp if x.date and x.date.day), None)
            if day is None or g_day is None or g_day == day:
                grp.append(men)
                break
        else:
            groups.append([men])
    talks: list[Talk] = []
    title_place = _place_in(title, 0, len(title)) if title else None
    for grp in groups:
        lead = next((x for x in grp if x.date and x.date.day), grp[0])
        status = lead.status
        if any(x.status == "scheduled" for x in grp):
            status = "scheduled"
        day = lead.date.day if lead.date else None
        day_end = lead.date.day_end if lead.date else None
        place = lead.place or next((x.place for x in grp if x.place), None) or title_place
        parties = lead.parties or next((x.parties for x in grp if x.parties), None)
        phrase = text[lead.phrase_start : lead.phrase_end]
        talks.append(
            Talk(
                date=day.isoformat() if day else None,
                place=place,
                parties=parties,
                status=status,
                phrase=phrase,
                span=Span(field_name, lead.phrase_start, lead.phrase_end),
                date_end=day_end.isoformat() if day_end else None,
            )
        )
    talks.sort(key=lambda t: t.span.start)
    return talks
