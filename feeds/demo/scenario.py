"""A scripted, fictional ceasefire week (Tarrin province, Orsava) with the facts each item implies."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

FORMATS = ("rss", "atom", "jsonfeed", "reliefweb", "gdelt")
KINDS = ("killed", "wounded", "missing", "displaced", "detained")
GROUPS = ("civilians", "combatants", "government", "rebels", "children", "aid_workers", "unspecified")
TALK_STATUSES = ("scheduled", "postponed", "cancelled", "held")

# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaultWindow:
    """A stretch of simulated time (offsets from the anchor) during which a source fails."""

    start: timedelta
    end: timedelta
    status: int
    retry_after: int | None = None
    """Seconds for the Retry-After header, or None to send none."""


@dataclass(frozen=True)
class FailurePlan:
    """How a source misbehaves: HTTP errors in windows of simulated time, and a real-time delay."""

    windows: tuple[FaultWindow, ...] = ()
    delay: float = 0.0
    """Real seconds the server waits before answering every request."""

    def fault_at(self, elapsed: timedelta) -> FaultWindow | None:
        """The window in force `elapsed` after the anchor, if any."""
        for window in self.windows:
            if window.start <= elapsed < window.end:
                return window
        return None


@dataclass(frozen=True)
class Source:
    """One feed of the demo: where it is served, in which format, and how it fails."""

    name: str
    path: str
    format: str
    title: str
    tags: tuple[str, ...]
    home: str
    """The publisher's (fictional) site, used for feed-level links."""
    failure: FailurePlan = field(default_factory=FailurePlan)
    query: str = ""
    """Query string a client would send (part of the configured URL, ignored by the server)."""
    interval: float = 4.0
    """Suggested poll interval in real seconds for the demo config."""


@dataclass(frozen=True)
class ExpectedCasualty:
    """A casualty figure a correct extractor should find (see the gold GUIDELINES, section 2)."""

    count: int | None
    kind: str
    group: str
    scope: str
    phrase: str
    """Exact substring of the annotated field (text; the title for titles-only sources)."""
    qualifier: str | None = None


@dataclass(frozen=True)
class ExpectedTalk:
    """A meeting a correct extractor should find; status as in `feeds.models.Talk`."""

    date: str | None
    place: str | None
    status: str
    phrase: str


@dataclass(frozen=True)
class Expect:
    """Annotations of one item: what extraction should report."""

    is_violation: bool = False
    casualties: tuple[ExpectedCasualty, ...] = ()
    talks: tuple[ExpectedTalk, ...] = ()


@dataclass(frozen=True)
class ScenarioItem:
    """One story as a source publishes it at simulated time `at`."""

    source: str
    guid: str
    at: datetime
    title: str
    text: str
    """Body / summary; empty for titles-only sources (GDELT)."""
    link: str
    expect: Expect = field(default_factory=Expect)
    revises: str | None = None
    """For an update in place: the guid it replaces (equal to `guid`)."""
    published: datetime | None = None
    """First publication time of the story (differs from `at` only for revisions)."""
    author: str | None = None

    @property
    def basis(self) -> str:
        """Which field the annotations refer to: "text", or "title" when there is no text."""
        return "text" if self.text else "title"

    @property
    def annotated(self) -> str:
        return self.text or self.title

    @property
    def first_published(self) -> datetime:
        return self.published or self.at


@dataclass(frozen=True)
class Scenario:
    """The whole scripted week."""

    anchor: datetime
    truce_name: str
    truce_start: datetime
    parties: tuple[str, ...]
    area: str
    sources: tuple[Source, ...]
    items: tuple[ScenarioItem, ...]
    """Sorted by `at`; revisions appear as separate entries sharing the guid."""
    watch: tuple[tuple[str, tuple[str, ...]], ...]
    """Named keyword lists fitting the scenario, for the demo config."""

    @property
    def end(self) -> datetime:
        """Time of the last item."""
        return max(item.at for item in self.items)

    @property
    def duration(self) -> timedelta:
        return self.end - self.anchor

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)

    def items_of(self, name: str) -> tuple[ScenarioItem, ...]:
        return tuple(item for item in self.items if item.source == name)


def latest_versions(items: Iterable[ScenarioItem], now: datetime | None = None) -> list[ScenarioItem]:
    """The newest version of every (source, guid) published at or before `now`, newest first."""
    latest: dict[tuple[str, str], ScenarioItem] = {}
    for item in items:
        if now is not None and item.at > now:
            continue
        key = (item.source, item.guid)
        if key not in latest or item.at >= latest[key].at:
            latest[key] = item
    return sorted(latest.values(), key=lambda i: (i.at, i.source, i.guid), reverse=True)


# --- totals -----------------------------------------------------------------------------------


def _utc_day(at: datetime) -> date:
    return at.astimezone(UTC).date()


def expected_totals(
    scenario: Scenario,
    now: datetime | None = None,
    *,
    day: Callable[[datetime], date] = _utc_day,
) -> dict[str, object]:
    """What the annotations imply once every item up to `now` (default: all) is stored.

    Only the latest version of a revised story counts. Keys:
      items: stories (distinct source+guid); violations: stories with is_violation;
      incident: {(kind, group): sum} of incident figures, duplicates folded by
        (count, kind, group, day) where day is `day(item.at)` (UTC calendar day by default);
      cumulative: {source: {(kind, group): count}}: each source's latest cumulative figure for
        each (kind, group) (when one item states several for a key, the largest);
      talks_scheduled / talks_postponed: sorted distinct (date, place) announced with that status;
      final_talks: (date, place) of the scheduled talk in the latest item that schedules one.
    """
    stories = latest_versions(scenario.items, now)
    incident_keys: set[tuple[int, str, str, date]] = set()
    cumulative: dict[str, dict[tuple[str, str], int]] = {}
    cumulative_at: dict[tuple[str, tuple[str, str]], datetime] = {}
    scheduled: set[tuple[str | None, str | None]] = set()
    postponed: set[tuple[str | None, str | None]] = set()
    final: tuple[datetime, str | None, str | None] | None = None
    for item in stories:
        for fig in item.expect.casualties:
            if fig.count is None:
                continue
            if fig.scope == "incident":
                incident_keys.add((fig.count, fig.kind, fig.group, day(item.at)))
        # The latest cumulative tally of each source for each (kind, group): a later tally of
        # deaths does not erase the same source's earlier tally of displaced people.
        stated: dict[tuple[str, str], int] = {}
        for fig in item.expect.casualties:
            if fig.scope == "cumulative" and fig.count is not None:
                key = (fig.kind, fig.group)
                stated[key] = max(stated.get(key, 0), fig.count)
        for key, count in stated.items():
            if (item.source, key) not in cumulative_at or item.at >= cumulative_at[(item.source, key)]:
                cumulative.setdefault(item.source, {})[key] = count
                cumulative_at[(item.source, key)] = item.at
        for talk in item.expect.talks:
            if talk.status == "scheduled":
                scheduled.add((talk.date, talk.place))
                if talk.date and (final is None or item.at > final[0]):
                    final = (item.at, talk.date, talk.place)
            elif talk.status == "postponed":
                postponed.add((talk.date, talk.place))
    incident: dict[tuple[str, str], int] = defaultdict(int)
    for count, kind, group, _ in incident_keys:
        incident[(kind, group)] += count

    def _sorted(pairs: set[tuple[str | None, str | None]]) -> list[tuple[str | None, str | None]]:
        return sorted(pairs, key=lambda p: (p[0] or "", p[1] or ""))

    return {
        "items": len(stories),
        "violations": sum(1 for item in stories if item.expect.is_violation),
        "incident": dict(sorted(incident.items())),
        "cumulative": {src: dict(sorted(t.items())) for src, t in sorted(cumulative.items())},
        "talks_scheduled": _sorted(scheduled),
        "talks_postponed": _sorted(postponed),
        "final_talks": None if final is None else (final[1], final[2]),
    }


# --- writing helpers --------------------------------------------------------------------------

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def num(n: int) -> str:
    """Wire style: words for one to ten, figures above."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else f"{n:,}"


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:9]) or "item"


def C(
    count: int | None,
    kind: str,
    group: str,
    phrase: str,
    scope: str = "incident",
    qualifier: str | None = None,
) -> ExpectedCasualty:
    """Shorthand for the script below: an incident figure unless `scope` says otherwise."""
    return ExpectedCasualty(count, kind, group, scope, phrase, qualifier)


_DOMAINS = {
    "kestrel-wire": "kestrelwire.example",
    "meridian": "meridiantimes.example",
    "un-envoy": "osesg-orsava.example",
    "tcmg-monitor": "tcmg.example",
    "reliefweb": "reliefweb.example",
}
_GDELT_DOMAINS = (
    "tarrinherald.example",
    "belvaniapost.example",
    "worlddesk.example",
    "eastwire.example",
    "dailyledger.example",
    "globalmonitor.example",
)
_AUTHORS = {
    "kestrel-wire": "Kestrel Wire staff",
    "meridian": "Meridian Times",
    "un-envoy": "Office of the Special Envoy",
    "tcmg-monitor": "Tarrin Ceasefire Monitoring Group",
    "reliefweb": "UN Humanitarian Coordination Office",
}


class _Script:
    """Accumulates items; times are hours after the anchor."""

    def __init__(self, anchor: datetime) -> None:
        self.anchor = anchor
        self.items: list[ScenarioItem] = []
        self.counters: dict[str, int] = defaultdict(int)
        self.deaths: list[tuple[float, str, int]] = []
        """(hour, civilians|children|government|rebels, n) verified by the monitor."""

    def t(self, hours: float) -> datetime:
        return self.anchor + timedelta(hours=hours)

    def md(self, hours: float) -> str:
        """Calendar date as news writes it: "November 24"."""
        d = self.t(hours)
        return f"{d:%B} {d.day}"

    def iso(self, hours: float) -> str:
        return self.t(hours).date().isoformat()

    def wd(self, hours: float) -> str:
        return f"{self.t(hours):%A}"

    def add(
        self,
        source: str,
        hours: float,
        title: str,
        text: str = "",
        *,
        violation: bool = False,
        cas: tuple[ExpectedCasualty, ...] = (),
        talks: tuple[ExpectedTalk, ...] = (),
        revises: ScenarioItem | None = None,
        domain: str | None = None,
    ) -> ScenarioItem:
        at = self.t(hours)
        self.counters[source] += 1
        n = self.counters[source]
        if revises is not None:
            guid, link, published = revises.guid, revises.link, revises.first_published
        else:
            host = domain or _DOMAINS.get(source, "news.example")
            link = f"https://{host}/{at:%Y/%m/%d}/{_slug(title)}-{n}"
            guid, published = link, None
        item = ScenarioItem(
            source=source,
            guid=guid,
            at=at,
            title=title,
            text=text,
            link=link,
            expect=Expect(violation, cas, talks),
            revises=revises.guid if revises is not None else None,
            published=published,
            author=_AUTHORS.get(source),
        )
        self.items.append(item)
        return item

    def cluster(self, hours: float, span: float) -> float:
        """Start hour for reports spanning `span` hours that must share one UTC calendar day.

        Several sources report the same incident within a few hours; the dashboard folds such
        duplicates by calendar day, so the cluster is moved earlier when it would straddle
        midnight (the shift depends on the anchor's hour, and is less than `span`).
        """
        start, end = self.t(hours), self.t(hours + span)
        if start.date() == end.date():
            return hours
        midnight = datetime.combine(end.date(), datetime.min.time(), tzinfo=UTC)
        return hours - (end - midnight).total_seconds() / 3600 - 1 / 6

    def died(self, hours: float, **groups: int) -> None:
        for group, n in groups.items():
            self.deaths.append((hours, group, n))

    def tally(self, hours: float) -> dict[str, int]:
        out = {"civilians": 0, "children": 0, "government": 0, "rebels": 0}
        for h, group, n in self.deaths:
            if h <= hours:
                out[group] += n
        return out


def _tally_sentence(tally: dict[str, int]) -> tuple[str, tuple[ExpectedCasualty, ...]]:
    """ "the deaths of two government soldiers, 12 rebel fighters and 11 civilians, including
    three children" and the cumulative figures it states."""
    parts: list[str] = []
    cas: list[ExpectedCasualty] = []
    for group, noun in (("government", "government soldier"), ("rebels", "rebel fighter")):
        n = tally[group]
        if n:
            p = f"{num(n)} {noun}{'s' if n != 1 else ''}"
            cas.append(C(n, "killed", group, p, "cumulative"))
            parts.append(p)
    civ, kids = tally["civilians"], tally["children"]
    if civ:
        p = f"{num(civ)} civilian{'s' if civ != 1 else ''}"
        cas.append(C(civ, "killed", "civilians", p, "cumulative"))
        if kids:
            k = f"{num(kids)} child{'ren' if kids != 1 else ''}"
            cas.append(C(kids, "killed", "children", k, "cumulative"))
            p += f", including {k}"
        parts.append(p)
    if not parts:
        return "no deaths", ()
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return "the deaths of " + joined, tuple(cas)


# --- the script -------------------------------------------------------------------------------

K, M, E, T, R, G = "kestrel-wire", "meridian", "un-envoy", "tcmg-monitor", "reliefweb", "gdelt"
ENVOY = "Teodora Lindqvist"
TPA = "Tarrin Patriotic Alliance"


def _sources() -> tuple[Source, ...]:
    h = timedelta(hours=1)
    return (
        Source(K, "/kestrel/world.rss", "rss", "Kestrel Wire - World", ("wire",),
               "https://kestrelwire.example/world", interval=3.0),
        Source(M, "/meridian/region.atom", "atom", "Meridian Times - Tarrin & the Region",
               ("news", "local"), "https://meridiantimes.example/region",
               failure=FailurePlan(delay=2.0), interval=5.0),
        Source(E, "/envoy/statements.rss", "rss", "Office of the UN Special Envoy for Orsava",
               ("un", "talks"), "https://osesg-orsava.example/statements", interval=4.0),
        Source(T, "/tcmg/updates.json", "jsonfeed", "Tarrin Ceasefire Monitoring Group",
               ("monitor",), "https://tcmg.example/updates", interval=4.0),
        Source(R, "/reliefweb/v1/reports", "reliefweb", "ReliefWeb - Orsava reports",
               ("humanitarian",), "https://reliefweb.example/country/orsava",
               failure=FailurePlan(windows=(FaultWindow(78 * h, 84 * h, 503, 60),)),
               query="appname=sitroom-demo&profile=full&query%5Bvalue%5D=Orsava&sort%5B%5D=date%3Adesc",
               interval=4.0),
        Source(G, "/gdelt/api/v2/doc/doc", "gdelt", "GDELT - Orsava ceasefire", ("media",),
               "https://gdelt.example", failure=FailurePlan(
                   windows=(FaultWindow(124 * h, 127 * h, 500),)),
               query="query=orsava%20ceasefire&mode=artlist&format=json&maxrecords=50&sort=datedesc",
               interval=5.0),
    )  # fmt: skip


def build_scenario(anchor: datetime) -> Scenario:
    """The scripted week for T0 = `anchor` (deterministic and pure)."""
    if anchor.tzinfo is None:
        raise ValueError("anchor must be timezone-aware")
    anchor = anchor.astimezone(UTC)
    s = _Script(anchor)
    truce_h = 1.0
    truce_at = s.t(truce_h)
    gmt = f"{truce_at:%H%M} GMT"
    d0 = s.md(truce_h)
    d3, d5, d6, d9 = s.md(72), s.md(120), s.md(144), s.md(216)
    iso3, iso5, iso6, iso9 = s.iso(72), s.iso(120), s.iso(144), s.iso(216)
    daily_violations = {1: 9, 2: 17, 3: 12, 4: 14, 5: 3, 6: 7}

    # ---------------- day 0: the truce takes effect --------------------------------------------
    s.add(
        E,
        -5.5,
        "Special Envoy welcomes agreement on a cessation of hostilities in Tarrin",
        f"The Special Envoy of the Secretary-General for Orsava, {ENVOY}, welcomed the "
        f"agreement between the Government of Orsava and the {TPA} on a cessation of "
        f"hostilities in Tarrin province, which will take effect at {gmt} on {d0}. She hopes "
        "to bring the parties together for political talks in the coming weeks.",
    )
    s.add(
        K,
        -4,
        "Orsava government, rebel alliance agree truce in Tarrin province",
        f"VELMORA (Kestrel) - The Orsavan government and the {TPA}, an alliance of rebel "
        f"groups, agreed on a truce covering Tarrin province that takes effect at {gmt} on "
        f"{d0}, both sides said. The war has killed more than 14,000 people since 2019 and "
        "displaced about 600,000, according to UN estimates.",
        cas=(
            C(14000, "killed", "unspecified", "killed more than 14,000 people", "cumulative", "more_than"),
            C(600000, "displaced", "unspecified", "displaced about 600,000", "cumulative", "about"),
        ),
    )
    s.add(
        M,
        -3,
        "Kessin braces for truce as shelling continues",
        f"Artillery fire on the eastern outskirts of Kessin killed two civilians on "
        f"{s.wd(-3)}, hours before the ceasefire was due to take effect, local officials said. "
        "Shopkeepers in the divided town said they would wait and see before reopening.",
        cas=(C(2, "killed", "civilians", "killed two civilians"),),
    )
    s.add(G, -2, "Orsava truce: what we know about the Tarrin deal", domain=_GDELT_DOMAINS[2])
    s.add(
        K,
        -1,
        "Oil prices edge higher on supply worries",
        "Brent crude rose 0.8 percent to $83.10 a barrel in early trading as traders weighed "
        "tighter supplies ahead of winter.",
    )
    s.add(
        K,
        1.2,
        "Ceasefire takes effect in Orsava's Tarrin province",
        f"KESSIN (Kestrel) - A ceasefire between the Orsavan army and the {TPA} took effect at "
        f"{gmt} on {s.wd(1)}. Residents of Kessin said the guns fell silent shortly afterwards "
        "for the first time in months.",
    )
    s.add(
        T,
        1.5,
        "Monitoring of the Tarrin cessation of hostilities begins",
        "The Tarrin Ceasefire Monitoring Group has deployed 40 monitors to Kessin, Dravo, "
        "Ambrel and the Orlen Bridge crossing. The group will publish a daily tally of "
        "violations and verified deaths.",
    )
    s.add(
        R,
        2,
        f"Orsava: Tarrin Flash Update No. 1 - Cessation of hostilities (as of {d0})",
        "An estimated 612,000 people remain displaced across Tarrin province. Humanitarian "
        "partners plan to reach 85,000 people in hard-to-reach areas of Dravo and Halvik "
        "during the first week of the cessation of hostilities.",
        cas=(
            C(612000, "displaced", "unspecified", "612,000 people remain displaced", "cumulative", "about"),
        ),
    )
    s.add(G, 3, "Guns fall silent in Orsava as Tarrin truce begins", domain=_GDELT_DOMAINS[0])
    s.add(
        E,
        4,
        "Statement attributable to the Special Envoy on the start of the truce",
        f"{ENVOY} calls on all parties to respect the cessation of hostilities in full and to "
        "allow unimpeded humanitarian access to Dravo and Halvik.",
    )
    s.add(
        M,
        5,
        "Velmora markets reopen as truce holds in first hours",
        f"Stallholders in the provincial capital reopened on {s.wd(5)} as the truce held "
        "through its first hours, with queues forming outside bakeries.",
    )
    s.add(
        K,
        6.5,
        "Velmora United sign striker on loan",
        "Velmora United have signed striker Pavel Drenik on a six-month loan, the club said.",
    )
    s.add(G, 8, "Belvania central bank holds rates steady", domain=_GDELT_DOMAINS[1])
    b = s.cluster(9.5, 1.5)
    s.add(
        K,
        b,
        "Orsava army accuses rebels of violating truce near Kessin",
        "KESSIN (Kestrel) - Three soldiers were wounded when mortar rounds hit an army "
        "position on the northern edge of Kessin, the defence ministry said, accusing the "
        f"{TPA} of violating the ceasefire. A spokesman for the alliance denied the "
        "accusation and said its fighters had not fired a single shell.",
        violation=True,
        cas=(C(3, "wounded", "government", "Three soldiers were wounded"),),
    )
    s.add(
        M,
        b + 1,
        "Mortar fire wounds three soldiers in Kessin, army blames rebels",
        "Three government soldiers were wounded by mortar fire in Kessin despite the "
        "ceasefire, the army said. The rebel alliance denied firing.",
        violation=True,
        cas=(C(3, "wounded", "government", "Three government soldiers were wounded"),),
    )
    s.add(
        G,
        b + 1.5,
        "Orsava army says rebels broke truce, three soldiers wounded",
        violation=True,
        domain=_GDELT_DOMAINS[3],
        cas=(C(3, "wounded", "government", "three soldiers wounded"),),
    )
    s.add(
        T,
        12,
        "Monitors investigating reported mortar fire in Kessin",
        "The group is investigating a reported violation of the cessation of hostilities: "
        "mortar fire on an army position on the northern edge of Kessin. Findings will be "
        "published once verified.",
        violation=True,
    )
    s.add(
        E,
        13,
        "Envoy concerned by reports of ceasefire violations in Kessin",
        f"{ENVOY} is concerned by reports of violations of the cessation of hostilities in "
        "Kessin and urges both parties to exercise maximum restraint.",
        violation=True,
    )
    s.add(
        M,
        14,
        "Early frost threatens Tarrin orchards",
        "Temperatures are forecast to fall to minus six degrees overnight, and growers fear "
        "for the late apple harvest.",
    )
    s.add(
        K,
        15,
        "Orsava, Belvania extend trade truce on grain tariffs",
        "Orsava and neighbouring Belvania agreed to extend their trade truce on grain tariffs "
        "by six months, ending fears of a new round of levies on wheat and barley.",
    )
    s.add(
        R,
        16,
        "Orsava: First aid convoy reaches Dravo since the start of the truce",
        "A convoy of 14 trucks delivered food and medical supplies for an estimated 12,000 "
        "people in rebel-held Dravo, the first since the cessation of hostilities began.",
    )
    s.add(G, 17, "Football: Velmora United beat Kessin Athletic 2-1", domain=_GDELT_DOMAINS[4])
    s.add(
        K,
        18,
        "Rebel alliance says army shelled Halvik villages despite truce",
        f"The {TPA} accused government forces of shelling villages around Halvik despite the "
        "ceasefire. The defence ministry did not immediately respond.",
        violation=True,
    )

    # ---------------- day 1: the Kessin market shelling ----------------------------------------
    b = s.cluster(20.5, 4)
    market_v1 = s.add(
        K,
        b,
        "Shelling kills at least three civilians in Kessin market despite ceasefire",
        f"KESSIN (Kestrel) - Shells struck a crowded market in Kessin on {s.wd(b)}, killing "
        "at least three civilians and wounding 11 others in the deadliest breach of the truce "
        "since it took effect, local officials said. The army and the rebel alliance blamed "
        "each other.",
        violation=True,
        cas=(
            C(3, "killed", "civilians", "killing at least three civilians", qualifier="at_least"),
            C(11, "wounded", "civilians", "wounding 11 others"),
        ),
    )
    s.add(
        K,
        b + 2,
        "Kessin market shelling death toll rises to five",
        "KESSIN (Kestrel) - Five civilians have now died after shells struck a crowded market "
        f"in Kessin on {s.wd(b)}, hospital officials said, raising the toll from the "
        "deadliest breach of the truce so far. Eleven other civilians were wounded.",
        violation=True,
        revises=market_v1,
        cas=(
            C(5, "killed", "civilians", "Five civilians have now died"),
            C(11, "wounded", "civilians", "Eleven other civilians were wounded"),
        ),
    )
    s.died(b, civilians=5)
    s.add(
        M,
        b + 2.5,
        "Five killed as shells hit Kessin market",
        "Shelling killed five civilians and wounded 11 others at the main market in Kessin "
        "despite the ceasefire, doctors at the town hospital said.",
        violation=True,
        cas=(
            C(5, "killed", "civilians", "killed five civilians"),
            C(11, "wounded", "civilians", "wounded 11 others"),
        ),
    )
    s.add(
        G,
        b + 3,
        "Kessin market shelling kills five civilians despite Orsava truce",
        violation=True,
        domain=_GDELT_DOMAINS[5],
        cas=(C(5, "killed", "civilians", "kills five civilians"),),
    )
    s.add(
        E,
        b + 3.5,
        "Special Envoy condemns shelling of Kessin market",
        f"{ENVOY} condemns the shelling of the Kessin market, a grave violation of the "
        "cessation of hostilities, and deplores the killing of five civilians.",
        violation=True,
        cas=(C(5, "killed", "civilians", "the killing of five civilians"),),
    )

    def monitor_daily(day_n: int, hours: float) -> None:
        v = daily_violations[day_n]
        sentence, cas = _tally_sentence(s.tally(hours - 1))
        s.add(
            T,
            hours,
            f"Tarrin truce, day {day_n}: {v} violations recorded in 24 hours",
            f"The monitoring group recorded {v} violations of the cessation of hostilities in "
            f"the 24 hours to {s.t(hours - 1):%H}00 GMT on {s.md(hours - 1)}, most of them "
            f"mortar and small-arms fire around Kessin. Since the truce began on {d0}, the "
            f"group has verified {sentence}.",
            violation=True,
            cas=cas,
        )

    monitor_daily(1, 26)
    s.add(
        R,
        b + 4,
        "Orsava: Tarrin Flash Update No. 2",
        f"On {s.md(b)}, shelling of the central market in Kessin killed five civilians and "
        "injured 11, according to local health authorities, in violation of the cessation of "
        f"hostilities. Some 3,200 people have fled Kessin for Velmora since {s.wd(b)}. "
        "Since the truce began, humanitarian partners have reached 21,000 people with food "
        "assistance.",
        violation=True,
        cas=(
            C(5, "killed", "civilians", "killed five civilians"),
            C(11, "wounded", "civilians", "injured 11"),
            C(3200, "displaced", "unspecified", "Some 3,200 people have fled", "cumulative", "about"),
        ),
    )
    s.add(
        K,
        28,
        "Orsavan dinar firms as truce lifts investor mood",
        f"The Orsavan dinar rose 1.2 percent against the euro on {s.wd(28)}, its best day in "
        "three months, as investors bet that the ceasefire in Tarrin province would hold.",
    )
    s.add(
        K,
        30,
        "Rebels say two fighters killed in army shelling of Halvik",
        f"The {TPA} said army shelling of Halvik killed two of its fighters and accused "
        "government forces of violating the ceasefire.",
        violation=True,
        cas=(C(2, "killed", "rebels", "killed two of its fighters"),),
    )
    s.died(30, rebels=2)
    s.add(
        G,
        31,
        "Orsava rebels accuse army of breaking truce in Halvik",
        violation=True,
        domain=_GDELT_DOMAINS[2],
    )
    s.add(
        M,
        32,
        "Army denies shelling Halvik, says it only returned rebel fire",
        "The defence ministry denied rebel accusations that it had broken the truce in "
        "Halvik, saying its units had only returned fire.",
        violation=True,
    )
    s.add(
        E,
        34,
        f"Special Envoy invites the parties to talks in Geneva on {d5}",
        f"{ENVOY} has invited representatives of the Government of Orsava and the {TPA} to "
        f"talks on {d5} in Geneva, her office said. The talks will address the consolidation "
        "of the cessation of hostilities and humanitarian access.",
        talks=(ExpectedTalk(iso5, "Geneva", "scheduled", f"talks on {d5} in Geneva"),),
    )
    s.add(
        K,
        35,
        "UN envoy invites Orsava government, rebels to Geneva talks",
        f"GENEVA (Kestrel) - The UN envoy for Orsava invited the government and the rebel "
        f"alliance to direct talks in Geneva on {d5}, the first since 2022.",
        talks=(ExpectedTalk(iso5, "Geneva", "scheduled", f"talks in Geneva on {d5}"),),
    )
    s.add(
        G,
        36,
        f"UN envoy sets Geneva talks on Orsava for {d5}",
        domain=_GDELT_DOMAINS[3],
        talks=(ExpectedTalk(iso5, "Geneva", "scheduled", f"Geneva talks on Orsava for {d5}"),),
    )
    s.add(
        M,
        37,
        f"Joint ceasefire commission to meet in Ambrel on {d3}",
        "The joint military commission set up under the truce, with three officers from each "
        f"side, will hold its first meeting on {d3} in Ambrel, the army said.",
        talks=(ExpectedTalk(iso3, "Ambrel", "scheduled", f"first meeting on {d3} in Ambrel"),),
    )
    s.add(
        T,
        38,
        "Monitors confirm artillery fire on Halvik",
        "Monitors confirmed that at least 14 artillery shells struck the outskirts of Halvik "
        "in violation of the cessation of hostilities. They could not determine the origin "
        "of the fire.",
        violation=True,
    )
    s.add(
        K,
        40,
        "Velmora United held to goalless draw",
        "Velmora United were held 0-0 at home by Ambrel Rovers, leaving them four points off "
        "the top of the table.",
    )
    s.add(
        M,
        41,
        "Velmora power cuts ease as repairs continue",
        "Engineers restored electricity to 30,000 homes in the provincial capital.",
    )
    s.add(
        R,
        42,
        "Orsava: Relief Without Borders resumes mobile clinics in Dravo",
        "Mobile clinics treated 640 patients in their first two days back in Dravo. Staff "
        "reported high rates of respiratory infections among children.",
    )

    # ---------------- day 1-2: the Orlen Bridge clashes ----------------------------------------
    b = s.cluster(44, 1.5)
    s.add(
        K,
        b,
        "Deadly clashes at Orlen Bridge in worst breach of Orsava truce",
        "ORLEN BRIDGE (Kestrel) - Five government troops and seven rebel fighters were killed "
        f"in clashes at the Orlen Bridge crossing on {s.wd(b)}, both sides said, each "
        "accusing the other of breaking the ceasefire.",
        violation=True,
        cas=(
            C(5, "killed", "government", "Five government troops"),
            C(7, "killed", "rebels", "seven rebel fighters were killed"),
        ),
    )
    s.died(b, government=5, rebels=7)
    s.add(
        M,
        b + 1,
        "Soldiers and rebels killed in Orlen Bridge fighting",
        "Fighting at the Orlen Bridge crossing shattered the calm of the truce; five soldiers "
        "and seven rebels were killed, officials on both sides said.",
        violation=True,
        cas=(
            C(5, "killed", "government", "five soldiers"),
            C(7, "killed", "rebels", "seven rebels were killed"),
        ),
    )
    s.add(
        G,
        b + 1.5,
        "Five soldiers, seven rebels killed in Orsava clashes despite truce",
        violation=True,
        domain=_GDELT_DOMAINS[0],
        cas=(C(5, "killed", "government", "Five soldiers"), C(7, "killed", "rebels", "seven rebels killed")),
    )
    s.add(
        E,
        46,
        "Special Envoy deplores clashes at Orlen Bridge",
        f"{ENVOY} deplores the clashes at Orlen Bridge, the most serious violation of the "
        "cessation of hostilities since it took effect.",
        violation=True,
    )
    s.add(
        T,
        47,
        "Monitors deploy team to Orlen Bridge",
        "A monitoring team travelled to Orlen Bridge to verify reports of the clashes, a "
        "violation of the cessation of hostilities.",
        violation=True,
    )
    monitor_daily(2, 50)
    s.add(
        K,
        51,
        "Analysis: Orsava's truce frays but holds after Orlen Bridge clashes",
        "The truce has not been completely respected, but diplomats say violence in Tarrin "
        "has fallen sharply since it took effect.",
        violation=True,
    )
    s.add(
        R,
        52,
        "Orsava: Tarrin Situation Report No. 2",
        "More than 600,000 people remain displaced in Tarrin province. Humanitarian partners "
        "have reached an estimated 34,000 people with food, water and shelter since the "
        "start of the cessation of hostilities.",
        cas=(
            C(
                600000,
                "displaced",
                "unspecified",
                "More than 600,000 people remain displaced",
                "cumulative",
                "more_than",
            ),
        ),
    )
    s.add(
        K,
        53,
        "Regional stocks close higher on ceasefire hopes",
        "The Velmora exchange's main index closed 2.1 percent higher, led by banks.",
    )
    s.add(
        M,
        54,
        "Storm warning issued for Tarrin highlands",
        "Forecasters warned of gusts of up to 110 km/h in the highlands overnight.",
    )
    s.add(G, 55, "Global shares mixed as investors eye inflation data", domain=_GDELT_DOMAINS[4])

    # ---------------- day 2: aid convoy, sniper --------------------------------------------------
    b = s.cluster(56, 2)
    s.add(
        R,
        b,
        "Orsava: Aid convoy struck by mortar fire near Ambrel, two aid workers injured",
        "Two aid workers were injured when mortar rounds struck a clearly marked UN aid convoy "
        f"near Ambrel on {s.md(b)}, in violation of the cessation of hostilities. The convoy "
        "was carrying food for 9,000 people.",
        violation=True,
        cas=(C(2, "wounded", "aid_workers", "Two aid workers were injured"),),
    )
    s.add(
        K,
        b + 1,
        "Mortar fire hits UN aid convoy near Ambrel",
        "AMBREL (Kestrel) - Mortar fire hit a UN aid convoy near Ambrel despite the truce and "
        "two aid workers were wounded, the UN said.",
        violation=True,
        cas=(C(2, "wounded", "aid_workers", "two aid workers were wounded"),),
    )
    s.add(
        E,
        b + 2,
        "Special Envoy: attacks on humanitarian workers are unacceptable",
        f"{ENVOY} condemned the attack on an aid convoy near Ambrel in which two humanitarian "
        "workers were injured, in breach of the cessation of hostilities.",
        violation=True,
        cas=(C(2, "wounded", "aid_workers", "two humanitarian workers were injured"),),
    )
    s.add(
        M,
        60,
        "Velmora university reopens lecture halls",
        "Some 8,000 students returned to classes for the first time since the spring.",
    )
    b = s.cluster(62, 2)
    s.add(
        K,
        b,
        "Girl killed by sniper fire in Kessin, officials say",
        "KESSIN (Kestrel) - A 9-year-old girl was killed by sniper fire in the divided town of "
        f"Kessin on {s.wd(b)} despite the truce, local officials said.",
        violation=True,
        cas=(C(1, "killed", "children", "A 9-year-old girl was killed"),),
    )
    s.died(b, civilians=1, children=1)
    s.add(
        M,
        b + 1,
        "Sniper kills child in Kessin as truce strains",
        "A sniper killed a nine-year-old girl in Kessin in a new breach of the ceasefire, her family said.",
        violation=True,
        cas=(C(1, "killed", "children", "a nine-year-old girl"),),
    )
    s.add(
        G,
        b + 2,
        "Sniper kills a girl in Orsava's Kessin despite ceasefire",
        violation=True,
        domain=_GDELT_DOMAINS[1],
        cas=(C(1, "killed", "children", "kills a girl"),),
    )
    s.add(
        K,
        66,
        "Orsava rebels accuse army of massing troops near Dravo",
        f"The {TPA} accused the army of moving tanks towards Dravo in breach of the truce "
        "agreement. The army said the movements were routine.",
        violation=True,
    )
    s.add(
        E,
        68,
        f"Geneva talks on track for {d5}, envoy's office says",
        f"Preparations for the talks on {d5} in Geneva are on track, a spokesperson for {ENVOY} said.",
        talks=(ExpectedTalk(iso5, "Geneva", "scheduled", f"talks on {d5} in Geneva"),),
    )
    s.add(G, 69, "Orsava: winter fuel shortage looms in capital", domain=_GDELT_DOMAINS[5])

    # ---------------- day 3: detentions, Velmora shelling (ReliefWeb down 78-84h) --------------
    monitor_daily(3, 73)
    s.add(
        K,
        74,
        "Ceasefire commission meets in Ambrel amid accusations of violations",
        f"AMBREL (Kestrel) - The joint military commission met for the first time in Ambrel "
        f"on {s.wd(72)} amid mutual accusations of truce violations.",
        violation=True,
    )
    b = s.cluster(75, 2)
    s.add(
        K,
        b,
        "Rebels seize three soldiers at Sarnic checkpoint, army says",
        "The army said rebels had abducted three soldiers at a checkpoint near Sarnic, calling "
        "it a violation of the truce.",
        violation=True,
        cas=(C(3, "detained", "government", "abducted three soldiers"),),
    )
    s.add(
        M,
        b + 1,
        "Rebel alliance says captured soldiers strayed into its lines",
        "The rebel alliance said it was holding three soldiers who had crossed into its "
        "territory near Sarnic and rejected army claims that their capture broke the truce.",
        violation=True,
        cas=(C(3, "detained", "government", "holding three soldiers"),),
    )
    s.add(
        R,
        78,
        "Orsava: Tarrin Situation Report No. 3",
        "About 4,100 people have fled Kessin since the start of the cessation of hostilities. "
        "Humanitarian partners have reached an estimated 52,000 people.",
        cas=(C(4100, "displaced", "unspecified", "About 4,100 people have fled", "cumulative", "about"),),
    )
    s.add(
        G,
        b + 2,
        "Orsava army says rebels abducted three soldiers",
        domain=_GDELT_DOMAINS[3],
        cas=(C(3, "detained", "government", "abducted three soldiers"),),
    )
    s.add(
        K,
        81,
        "Telecoms firms end roaming price war with 'truce'",
        "Orsava's three mobile operators agreed a truce in their price war over roaming fees.",
    )
    s.add(
        M,
        83,
        "Tarrin basketball side reach cup semi-final",
        "Tarrin Eagles beat Velmora City 88-79 to reach the national cup semi-finals.",
    )
    s.add(
        E,
        85,
        f"Special Envoy meets both delegations ahead of Geneva talks on {d5}",
        f"{ENVOY} met the government and alliance delegations in Ambrel ahead of the talks on "
        f"{d5} in Geneva.",
        talks=(ExpectedTalk(iso5, "Geneva", "scheduled", f"talks on {d5} in Geneva"),),
    )
    s.add(
        K,
        87,
        "Central bank of Orsava holds key rate at 7.5 percent",
        "The bank said inflation had eased to 6.1 percent in October.",
    )
    b = s.cluster(90, 1.5)
    s.add(
        K,
        b,
        "Shelling of Velmora suburb kills six, including two children",
        f"VELMORA (Kestrel) - Shells struck the Brenna suburb of Velmora late on {s.wd(b)}, "
        "killing at least six people, including two children, the provincial governor said, "
        "accusing the rebel alliance of violating the truce.",
        violation=True,
        cas=(
            C(6, "killed", "unspecified", "killing at least six people", qualifier="at_least"),
            C(2, "killed", "children", "two children"),
        ),
    )
    s.died(b, civilians=6, children=2)
    s.add(
        M,
        b + 1,
        "Six dead as shells hit Brenna district of Velmora",
        "At least six people were killed, among them two children, when shells hit the "
        "Brenna district of Velmora in violation of the ceasefire.",
        violation=True,
        cas=(
            C(6, "killed", "unspecified", "At least six people were killed", qualifier="at_least"),
            C(2, "killed", "children", "two children"),
        ),
    )
    s.add(
        G,
        b + 1.5,
        "Shelling kills six in Velmora despite Orsava truce",
        violation=True,
        domain=_GDELT_DOMAINS[2],
        cas=(C(6, "killed", "unspecified", "kills six"),),
    )
    s.add(
        T,
        92,
        "Velmora shelling is the gravest breach since the truce began",
        "Monitors at the scene said the shelling of Brenna was the gravest violation of the "
        "cessation of hostilities so far.",
        violation=True,
    )
    s.add(
        K,
        93,
        "Rebel alliance denies shelling Velmora, blames 'provocateurs'",
        "The rebel alliance denied it had broken the truce by shelling Velmora and blamed "
        "'provocateurs' seeking to derail the Geneva talks.",
        violation=True,
    )
    s.add(
        E,
        95,
        "Special Envoy alarmed at civilian deaths in Velmora",
        f"{ENVOY} is alarmed by the deaths of civilians in Velmora, in a serious violation of "
        "the cessation of hostilities.",
        violation=True,
    )

    # ---------------- day 4: talks postponed, then a quiet day ---------------------------------
    monitor_daily(4, 97)
    s.add(
        E,
        99,
        "Geneva talks postponed",
        f"The talks between the Government of Orsava and the {TPA} scheduled for {d5} in "
        "Geneva have been postponed, the Special Envoy's office said, citing the recent "
        "surge in violations of the cessation of hostilities. A new date will be announced.",
        violation=True,
        talks=(
            ExpectedTalk(iso5, "Geneva", "postponed", f"scheduled for {d5} in Geneva have been postponed"),
        ),
    )
    s.add(
        K,
        100,
        "UN postpones Orsava peace talks amid truce violations",
        f"GENEVA (Kestrel) - Peace talks between the Orsavan government and rebels set for "
        f"{d5} in Geneva were postponed after a surge in violations of the truce, the UN "
        "said.",
        violation=True,
        talks=(ExpectedTalk(iso5, "Geneva", "postponed", f"set for {d5} in Geneva were postponed"),),
    )
    s.add(
        G,
        101,
        "Geneva talks on Orsava postponed as truce falters",
        domain=_GDELT_DOMAINS[4],
        talks=(ExpectedTalk(None, "Geneva", "postponed", "Geneva talks on Orsava postponed"),),
    )
    s.add(
        M,
        102,
        "Government blames rebel breaches for talks delay",
        "The government said rebel breaches of the truce had forced the postponement.",
        violation=True,
    )
    s.add(
        R,
        104,
        "Orsava: Humanitarian access improves in Dravo",
        "Humanitarian partners have reached an estimated 61,000 people in Dravo and Halvik "
        "since the cessation of hostilities began, including 9,500 children.",
    )
    s.add(
        K,
        106,
        "Grain exports through Ambrel crossing resume",
        "Lorries carrying 18,000 tonnes of wheat crossed into Belvania.",
    )
    s.add(
        M,
        108,
        "[bold]Velmora derby[/bold] ends in pitch invasion [@click=app.quit]Read more[/] \u202egnp.exe",
        "Fans invaded the pitch after the final whistle of the Velmora derby. [/] "
        "[@click=app.quit]Tickets[/]",
    )
    s.add(
        G,
        109,
        "\x1b[2J\x1b]0;pwned\x07Orsava wine exports hit record \u202eTXT.exe",
        domain=_GDELT_DOMAINS[5],
    )
    s.add(
        T,
        110,
        "Quietest day since the truce began",
        f"The monitoring group recorded no violations in the 24 hours to {s.t(110):%H}00 GMT "
        "and said the cessation of hostilities was holding across Tarrin.",
    )
    s.add(
        K,
        112,
        "Calm returns to Kessin as truce holds",
        "Residents of Kessin reported a night without gunfire as the ceasefire held.",
    )
    s.add(
        E,
        114,
        f"Joint military commission to reconvene in Ambrel on {d6}",
        f"The joint military commission will reconvene on {d6} in Ambrel, the Special Envoy's office said.",
        talks=(ExpectedTalk(iso6, "Ambrel", "scheduled", f"reconvene on {d6} in Ambrel"),),
    )
    s.add(
        M,
        116,
        "Kessin residents return to the market",
        "Traders reopened their stalls in Kessin's rebuilt market square.",
    )

    # ---------------- day 5: drone strike, talks rescheduled (GDELT errors 124-127h) ------------
    monitor_daily(5, 121)
    b = s.cluster(122, 1)
    s.add(
        K,
        b,
        "Rebels say army drone strike killed three fighters near Dravo",
        f"DRAVO (Kestrel) - A drone strike on a rebel position near Dravo killed three "
        f"fighters and wounded five others, the {TPA} said, calling it a flagrant violation of "
        "the ceasefire. The army said it had targeted a weapons depot.",
        violation=True,
        cas=(
            C(3, "killed", "rebels", "killed three fighters"),
            C(5, "wounded", "rebels", "wounded five others"),
        ),
    )
    s.died(b, rebels=3)
    s.add(
        G,
        b + 1,
        "Orsava rebels say drone strike killed three fighters",
        domain=_GDELT_DOMAINS[0],
        cas=(C(3, "killed", "rebels", "killed three fighters"),),
    )
    s.add(
        E,
        125,
        f"Geneva talks rescheduled for {d9}",
        f"{ENVOY} has invited the Government of Orsava and the {TPA} to resume talks on "
        f"{d9} in Geneva, after the round planned for {d5} was postponed.",
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"resume talks on {d9} in Geneva"),),
    )
    s.add(
        K,
        126,
        f"Orsava talks to resume in Geneva on {d9}, UN says",
        f"GENEVA (Kestrel) - Talks between the Orsavan government and the rebel alliance will "
        f"resume in Geneva on {d9}, the UN envoy's office said.",
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"resume in Geneva on {d9}"),),
    )
    s.add(
        M,
        127,
        f"Rebels confirm they will attend Geneva talks on {d9}",
        f"The rebel alliance said its delegation would attend the talks on {d9} in Geneva.",
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"talks on {d9} in Geneva"),),
    )
    s.add(
        G,
        128,
        f"UN sets new date for Orsava talks: {d9} in Geneva",
        domain=_GDELT_DOMAINS[1],
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"{d9} in Geneva"),),
    )
    s.add(
        R,
        130,
        "Orsava: Tarrin Flash Update No. 5",
        "About 4,800 people have fled Kessin since the start of the cessation of hostilities. "
        "Aid has reached an estimated 74,000 people.",
        cas=(C(4800, "displaced", "unspecified", "About 4,800 people have fled", "cumulative", "about"),),
    )
    s.add(
        K,
        132,
        "Storm kills two in coastal Belvania, cuts power to thousands",
        "Two people were killed by falling trees as a storm swept the Belvanian coast.",
    )
    s.add(
        M,
        134,
        "Velmora marathon postponed to spring",
        "Organisers postponed the city marathon, citing the cost of security.",
    )
    s.add(
        M,
        136,
        "Accusations fly as truce enters its sixth day",
        "Both sides accused each other of sporadic violations of the ceasefire overnight.",
        violation=True,
    )
    s.add(G, 137, "Heavy snow closes mountain passes in Orsava", domain=_GDELT_DOMAINS[3])

    # ---------------- day 5-6: police ambush, commission, first week ---------------------------
    b = s.cluster(140, 1)
    s.add(
        K,
        b,
        "Two police officers killed in ambush near Sarnic",
        "SARNIC (Kestrel) - Two police officers were killed and one wounded when gunmen "
        f"ambushed their patrol near Sarnic on {s.wd(b)}, the interior ministry said, "
        "accusing the rebel alliance of breaking the truce.",
        violation=True,
        cas=(
            C(2, "killed", "government", "Two police officers were killed"),
            C(1, "wounded", "government", "one wounded"),
        ),
    )
    s.died(b, government=2)
    s.add(
        M,
        b + 1,
        "Police patrol ambushed near Sarnic",
        "Two police officers were killed in an ambush near Sarnic, the latest breach of the ceasefire.",
        violation=True,
        cas=(C(2, "killed", "government", "Two police officers were killed"),),
    )
    monitor_daily(6, 145)
    s.add(
        K,
        147,
        "Ceasefire commission meets in Ambrel, agrees hotline",
        "The joint military commission met in Ambrel and agreed to set up a hotline between "
        "field commanders.",
    )
    s.add(
        E,
        150,
        "Special Envoy briefs the Security Council on Tarrin",
        f"{ENVOY} told the Security Council that the cessation of hostilities had been "
        "repeatedly violated but had reduced violence in Tarrin.",
        violation=True,
    )
    s.add(
        R,
        152,
        "Orsava: More than 5,000 displaced from Kessin in first week of truce",
        "More than 5,000 people have fled Kessin during the first week of the cessation of "
        "hostilities. Aid has reached some 88,000 people across Tarrin.",
        cas=(
            C(
                5000,
                "displaced",
                "unspecified",
                "More than 5,000 people have fled",
                "cumulative",
                "more_than",
            ),
        ),
    )
    week_sentence, week_cas = _tally_sentence(s.tally(154))
    s.add(
        K,
        155,
        "Orsava truce's first week: fewer deaths, fragile calm",
        f"VELMORA (Kestrel) - The truce in Tarrin has been breached repeatedly in its first "
        f"week. Since it took effect, the Tarrin Ceasefire Monitoring Group has verified "
        f"{week_sentence}. Talks are due to resume on {d9} in Geneva.",
        violation=True,
        cas=week_cas,
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"resume on {d9} in Geneva"),),
    )
    s.add(G, 157, "Orsava truce: a fragile first week", domain=_GDELT_DOMAINS[5])
    week_total = sum(daily_violations.values()) + 4
    weekly_sentence, weekly_cas = _tally_sentence(s.tally(161))
    s.add(
        T,
        162,
        "First week of the Tarrin truce: weekly report",
        f"In the first week of the cessation of hostilities, the group recorded {week_total} "
        f"violations and verified {weekly_sentence}.",
        violation=True,
        cas=weekly_cas,
    )
    s.add(
        E,
        164,
        f"Special Envoy: Geneva talks on {d9} will go ahead",
        f"{ENVOY} confirmed that the talks on {d9} in Geneva will go ahead.",
        talks=(ExpectedTalk(iso9, "Geneva", "scheduled", f"talks on {d9} in Geneva"),),
    )
    s.add(
        M,
        165,
        "Weather: heavy rain expected across Tarrin",
        f"Up to 40 mm of rain is expected in the valleys on {s.wd(170)}.",
    )

    _filler(s)
    items = tuple(sorted(s.items, key=lambda i: (i.at, i.source, i.guid)))
    return Scenario(
        anchor=anchor,
        truce_name="Tarrin cessation of hostilities",
        truce_start=truce_at,
        parties=("Government of Orsava", TPA),
        area="Tarrin province, Orsava",
        sources=_sources(),
        items=items,
        watch=(
            ("shelling", ("shelling", "shelled", "artillery", "mortar*", "drone strike")),
            ("kessin", ("Kessin",)),
            ("aid", ('"aid convoy"', '"aid workers"', "humanitarian*")),
            ("talks", ("Geneva", "envoy", '"joint military commission"')),
        ),
    )


def _filler(s: _Script) -> None:
    """Background traffic: regional echoes and unrelated news, spread over the week."""
    echo = [
        (G, 4.5, "Orsava: residents of Kessin cautiously welcome truce"),
        (G, 14.5, "Tarrin ceasefire: a timeline of failed truces"),
        (G, 20.8, "Explainer: who are the rebels of the Tarrin Patriotic Alliance?"),
        (G, 33, "Belvania welcomes Orsava truce, offers to host talks"),
        (G, 47.5, "Orsava defence minister visits front line"),
        (G, 59, "Aid agencies call for access to Halvik"),
        (G, 71, "Tech firm opens data centre in Belvania"),
        (G, 86, "Orsava parliament debates budget"),
        (G, 96, "Orsava truce under strain, diplomats say"),
        (G, 113, "Geneva prepares to host Orsava delegations"),
        (G, 118, "Global shares rise as oil eases"),
        (G, 133, "Orsava rebels name chief negotiator"),
        (G, 143, "Belvania election: ruling party claims victory"),
        (G, 150.5, "Orsava: football league resumes in Velmora"),
        (G, 159, "Orsava to reopen Ambrel border crossing to trade"),
        (G, 163, "Markets: dinar steady ahead of Orsava talks"),
    ]
    for source, hours, title in echo:
        s.add(source, hours, title, domain=_GDELT_DOMAINS[int(hours) % len(_GDELT_DOMAINS)])
    wire = [
        (
            19,
            "Wheat harvest estimates raised",
            "The farm ministry raised its wheat estimate to 4.2 million tonnes.",
        ),
        (37.5, "Mining group reports record quarterly output", "Orsamet said copper output rose 12 percent."),
        (
            48.5,
            "Chess: Orsavan teenager reaches world junior final",
            "Mila Sorvan, 16, will play for the title this week.",
        ),
        (
            64.5,
            "Airline resumes Velmora flights after two-year pause",
            "The first flight from Belvania landed with 140 passengers.",
        ),
        (70, "Film festival in Velmora to go ahead", "Organisers expect 20,000 visitors."),
        (94, "Belvania's ruling party wins regional vote", "The party won 41 of 75 seats."),
        (103, "Oil slips as stockpiles grow", "Brent fell 1.1 percent to $81.70."),
        (
            118.5,
            "Orsava's budget deficit narrows",
            "The finance ministry said the deficit fell to 3.9 percent of output.",
        ),
        (
            135,
            "Velmora United win cup tie on penalties",
            "United beat Dravo Town 5-4 on penalties after a 1-1 draw.",
        ),
        (149, "Copper hits six-month high", "Prices rose on stronger demand."),
        (158, "Orsava tourism bookings rebound", "Hotels in Velmora report 60 percent occupancy."),
        (166, "Weekend sport: Velmora derby tickets sell out", "All 22,000 tickets were sold."),
    ]
    for hours, title, text in wire:
        s.add(K, hours, title, text)
    local = [
        (
            7.5,
            "Kessin bakery reopens after three years",
            "The Brodar family's bakery reopened on the main square.",
        ),
        (29, "Fuel prices fall in Velmora as supply routes reopen", "Diesel fell to 1.42 dinar a litre."),
        (43, "Letters: the truce must hold", "Readers call on both sides to keep their word."),
        (67, "Road to Ambrel reopens to traffic", "The road had been closed for 18 months."),
        (84, "Museum in Velmora returns artefacts to display", "Some 300 objects went back on show."),
        (119, "Tarrin orchards count frost damage", "Growers lost up to a third of the late harvest."),
        (146, "Velmora schools plan winter timetable", "Classes will start an hour later."),
        (160, "Ambrel market draws traders from Belvania", "Stalls reopened for the first time since 2021."),
    ]
    for hours, title, text in local:
        s.add(M, hours, title, text)
    monitor = [
        (
            65,
            "Monitors verify sniper fire in Kessin",
            "Monitors verified sniper fire from the western bank of Kessin in violation of the "
            "cessation of hostilities.",
            True,
        ),
        (
            88,
            "Monitors' access to Dravo restored",
            "Monitors reached Dravo after two days of delays at checkpoints.",
            False,
        ),
        (
            131,
            "Monitors verify drone strike near Dravo",
            "The group verified a drone strike near Dravo, a violation of the cessation of hostilities.",
            True,
        ),
        (
            153,
            "Monitors hand over evidence to joint commission",
            "The group handed the joint military commission its findings on the week's main incidents.",
            False,
        ),
    ]
    for hours, title, text, violation in monitor:
        s.add(T, hours, title, text, violation=violation)
    relief = [
        (
            22,
            "Orsava: Winter preparedness plan for Tarrin launched",
            "Partners aim to provide winter kits for 40,000 people.",
        ),
        (66.5, "Orsava: Education cluster update", "Some 120 schools in Tarrin reopened."),
        (100.5, "Orsava: Health cluster bulletin", "Mobile teams vaccinated 6,300 children against measles."),
        (
            138,
            "Orsava: Food security outlook",
            "An estimated 410,000 people in Tarrin face acute food insecurity.",
        ),
        (
            158.5,
            "Orsava: Water, sanitation and hygiene update",
            "Water trucking reaches 25,000 people a day in Velmora.",
        ),
    ]
    for hours, title, text in relief:
        s.add(R, hours, title, text)
    envoy = [
        (
            52.5,
            "Special Envoy meets civil society representatives in Velmora",
            "She heard calls for the release of detainees and for women's participation.",
        ),
        (
            102.5,
            "Note to correspondents: Special Envoy's travel",
            "The Special Envoy will travel to Belvania for consultations.",
        ),
        (
            138.5,
            "Special Envoy welcomes calm in Kessin",
            "The Special Envoy welcomed the improved calm in Kessin.",
        ),
    ]
    for hours, title, text in envoy:
        s.add(E, hours, title, text)
