"""A fixed sample database for dashboard tests: a week of a truce, facts built by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from feeds.config import AlertSettings, Settings, TruceSettings
from feeds.models import CasualtyFigure, Facts, FeedSpec, Item, Span, Talk, Violation, WatchHit
from feeds.store import Store
from feeds.timeutil import to_iso

NOW = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
TRUCE_START = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)

HOSTILE_TITLES = (
    "[@click=app.quit]Click",
    "[/]",
    "[link=file:///etc/passwd]x",
    "\x1b]52;c;SGVsbG8=\x07evil \x1b[2J clear",
)


def frozen_clock() -> datetime:
    return NOW


def settings(**overrides: object) -> Settings:
    base = {
        "truce": TruceSettings(
            name="Idlib truce", start=TRUCE_START, parties=("government", "rebels"), area="Idlib"
        ),
        "feeds": tuple(
            FeedSpec(
                name=n,
                url=f"http://127.0.0.1:9/{i}.xml",
                interval=300.0,
                tags=("wire",) if n != "UN News" else ("un",),
            )
            for i, n in enumerate(("AFP", "Reuters", "UN News", "Monitor"))
        ),
        "watch": {"breach": ("breach*", '"despite the ceasefire"'), "shelling": ("shell*", "artillery")},
        "alerts": AlertSettings(toast=True, bell=True),
    }
    base.update(overrides)
    return Settings(**base)  # type: ignore[arg-type]


def span(text: str, phrase: str, field: str = "text") -> Span:
    start = text.index(phrase)
    return Span(field, start, start + len(phrase))


@dataclass(frozen=True)
class Story:
    feed: str
    guid: str
    title: str
    summary: str
    ago: timedelta
    facts: Facts = field(default_factory=Facts)
    link: str | None = None


def _stories() -> list[Story]:
    s1 = (
        "Government forces shelled two villages despite the ceasefire, killing 4 civilians "
        "and wounding 11, monitors said."
    )
    s2 = "Four civilians were killed when shells hit a market; 4 civilians killed, officials said."
    s3 = "In the first week, 135 people died in areas subject to the truce, the UN said."
    s4 = "The envoy has invited representatives to resume talks March 9 in Geneva."
    s5 = "The Geneva talks planned for March 9 have been postponed, diplomats said."
    s6 = "A new round of talks will be held in Astana on March 20 between the government and rebels."
    s7 = "Talks in Doha on March 2 ended without agreement."
    s8 = "Rebels attacked an army post, killing 25 government troops and 32 civilians."
    s9 = "Clashes continued in the hills on Thursday before the truce."
    return [
        Story(
            "Reuters",
            "r1",
            "Shelling in Idlib breaks truce, monitors say",
            s1,
            timedelta(hours=2),
            Facts(
                violation=Violation(
                    "despite the ceasefire", span(s1, "despite the ceasefire"), accused="government"
                ),
                casualties=(
                    CasualtyFigure(
                        4,
                        "killed",
                        "civilians",
                        "incident",
                        "killing 4 civilians",
                        span(s1, "killing 4 civilians"),
                    ),
                    CasualtyFigure(
                        11, "wounded", "civilians", "incident", "wounding 11", span(s1, "wounding 11")
                    ),
                ),
                watch_hits=(
                    WatchHit("breach", ("despite the ceasefire",)),
                    WatchHit("shelling", ("shelled",)),
                ),
            ),
            link="https://example.org/reuters/1",
        ),
        Story(
            "AFP",
            "a1",
            "Four civilians killed in market shelling",
            s2,
            timedelta(minutes=90),
            Facts(
                casualties=(
                    CasualtyFigure(
                        4,
                        "killed",
                        "civilians",
                        "incident",
                        "4 civilians killed",
                        span(s2, "4 civilians killed"),
                    ),
                ),
                watch_hits=(WatchHit("shelling", ("shells",)),),
            ),
            link="https://example.org/afp/1",
        ),
        Story(
            "UN News",
            "u1",
            "UN: 135 dead in first week of truce",
            s3,
            timedelta(days=1),
            Facts(
                casualties=(
                    CasualtyFigure(
                        135,
                        "killed",
                        "unspecified",
                        "cumulative",
                        "135 people died",
                        span(s3, "135 people died"),
                    ),
                )
            ),
            link="https://example.org/un/1",
        ),
        Story(
            "UN News",
            "u2",
            "Envoy invites parties to Geneva talks",
            s4,
            timedelta(days=3),
            Facts(
                talks=(
                    Talk(
                        "2026-03-09",
                        "Geneva",
                        "government, rebels",
                        "scheduled",
                        "resume talks March 9 in Geneva",
                        span(s4, "resume talks March 9 in Geneva"),
                    ),
                )
            ),
            link="https://example.org/un/2",
        ),
        Story(
            "AFP",
            "a2",
            "Geneva talks postponed",
            s5,
            timedelta(hours=5),
            Facts(
                talks=(
                    Talk(
                        "2026-03-09",
                        "Geneva",
                        None,
                        "postponed",
                        "planned for March 9 have been postponed",
                        span(s5, "planned for March 9 have been postponed"),
                    ),
                )
            ),
            link="https://example.org/afp/2",
        ),
        Story(
            "Reuters",
            "r2",
            "New round of talks set for Astana",
            s6,
            timedelta(hours=20),
            Facts(
                talks=(
                    Talk(
                        "2026-03-20",
                        "Astana",
                        "government, rebels",
                        "scheduled",
                        "held in Astana on March 20",
                        span(s6, "held in Astana on March 20"),
                    ),
                )
            ),
            link="https://example.org/reuters/2",
        ),
        Story(
            "Monitor",
            "m1",
            "Doha talks end without deal",
            s7,
            timedelta(days=4),
            Facts(
                talks=(
                    Talk(
                        "2026-03-02",
                        "Doha",
                        None,
                        "held",
                        "Talks in Doha on March 2",
                        span(s7, "Talks in Doha on March 2"),
                    ),
                )
            ),
        ),
        Story(
            "Monitor",
            "m2",
            "Rebel attack on army post breaches truce",
            s8,
            timedelta(days=2),
            Facts(
                violation=Violation("Rebels attacked", span(s8, "Rebels attacked"), accused="rebels"),
                casualties=(
                    CasualtyFigure(
                        25,
                        "killed",
                        "government",
                        "incident",
                        "25 government troops",
                        span(s8, "25 government troops"),
                    ),
                    CasualtyFigure(
                        32, "killed", "civilians", "incident", "32 civilians", span(s8, "32 civilians")
                    ),
                ),
                watch_hits=(WatchHit("breach", ("breaches",)),),
            ),
            link="https://example.org/monitor/2",
        ),
        Story(
            "Monitor",
            "m3",
            "Clashes in the hills before truce",
            s9,
            timedelta(days=8),
            Facts(violation=Violation("Clashes continued", span(s9, "Clashes continued"))),
        ),
    ]


def hostile_stories() -> list[Story]:
    return [
        Story(
            "Monitor",
            f"h{i}",
            title,
            "Hostile summary [b]bold[/b] \x1b[31mred",
            timedelta(minutes=10 + i),
            link="https://example.org/h",
        )
        for i, title in enumerate(HOSTILE_TITLES)
    ]


def save(store: Store, stories: list[Story], now: datetime = NOW) -> None:
    for st in stories:
        item = Item(
            feed=st.feed,
            guid=st.guid,
            title=st.title,
            summary=st.summary,
            link=st.link,
            published=now - st.ago,
        )
        store.save_items(st.feed, [item], facts={st.guid: st.facts}, now=now - st.ago)


def build(path: Path, *, hostile: bool = False, cfg: Settings | None = None, now: datetime = NOW) -> Path:
    cfg = cfg or settings()
    with Store(path) as store:
        store.sync_feeds(cfg.feeds)
        stories = _stories() + (hostile_stories() if hostile else [])
        # Oldest first, as a poller would have seen them: ids grow with first_seen.
        save(store, sorted(stories, key=lambda s: s.ago, reverse=True), now)
        for i, spec in enumerate(cfg.feeds):
            failing = spec.name == "Monitor"
            store.record_poll(
                spec.name,
                status="error" if failing else "ok",
                http_status=503 if failing else 200,
                error="HTTP 503 Service Unavailable" if failing else None,
                etag=None,
                last_modified=None,
                next_poll=now + timedelta(minutes=5 + i),
                now=now - timedelta(minutes=3 + i),
            )
        store.set_state("last_looked", to_iso(now - timedelta(hours=3)) or "")
    return path
