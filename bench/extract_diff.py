"""Compare extraction output before and after a change, over about 6,000 inputs.

    .venv/bin/python bench/extract_diff.py --save [BASELINE]    # before the change
    .venv/bin/python bench/extract_diff.py --check [BASELINE]   # after: prints what changed

Inputs: the dev gold passages and variants of them (title only, no or another publication
date, upper and lower case, typographic quotes, line breaks, no punctuation, tripled, 12-word
fragments), synthetic news, word soup, long articles, the demo scenario, every item of the
feeds in ../shared/corpus/real and weird, and hostile texts. Any change in any output (facts,
phrases, spans, watch hits, or an exception) is a difference. With SITROOM_ROOT=<another
checkout> (a `git worktree` of an older commit) it runs that checkout's extractor, so a
baseline can be made after the fact. Asserts nothing: a tool for reviewing rule changes.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("SITROOM_ROOT", HERE.parent)).resolve()
SHARED = HERE.parent.parent / "shared"
sys.path.insert(0, str(ROOT))

from feeds.extract import extract, facts_to_json  # noqa: E402
from feeds.extract.jsonl import parse_published  # noqa: E402

sys.path.insert(1, str(HERE))  # (after feeds: bench_extract puts this checkout first on the path)
from bench_extract import corpus_items, long_articles, synthetic, word_soup  # noqa: E402

assert extract.__code__.co_filename.startswith(str(ROOT)), extract.__code__.co_filename
DEFAULT = (
    Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    / "sitroom-bench"
    / "extract-baseline.jsonl"
)

WATCH = {
    "shelling": ["shelling", "artillery"],
    "talks": ["ceasefire talks", "Geneva"],
    "pre": ["milit*", '"peace talks"'],
}


def inputs() -> list[tuple[str, str | None, str | None, object]]:
    out: list[tuple[str, str | None, str | None, object]] = []
    dev = [json.loads(x) for x in (SHARED / "gold" / "dev.jsonl").read_text().splitlines() if x]
    for row in dev:
        pub = parse_published(row.get("published"))
        t, x = row.get("title"), row.get("text")
        out.append((f"dev:{row['id']}", t, x, pub))
        out.append((f"dev-title:{row['id']}", t, None, pub))
        out.append((f"dev-nopub:{row['id']}", t, x, None))
        out.append((f"dev-pub:{row['id']}", t, x, date(2019, 6, 15)))
        out.append((f"dev-upper:{row['id']}", (t or "").upper(), (x or "").upper(), pub))
        out.append((f"dev-lower:{row['id']}", (t or "").lower(), (x or "").lower(), pub))
        if x:
            fancy = x.replace('"', "\u201c").replace("'", "\u2019").replace(" - ", " \u2014 ")
            out.append((f"dev-fancy:{row['id']}", t, fancy, pub))
            out.append((f"dev-nl:{row['id']}", t, x.replace(". ", ".\n"), pub))
            out.append((f"dev-nopunct:{row['id']}", t, x.replace(".", " ").replace(",", " "), pub))
            out.append((f"dev-x3:{row['id']}", t, " ".join([x] * 3), pub))
            words = x.split()
            for k in range(0, len(words), 7):
                out.append((f"dev-frag:{row['id']}:{k}", None, " ".join(words[k : k + 12]), pub))
    for name, items in (("syn", synthetic(400)), ("soup", word_soup(50)), ("long", long_articles(5))):
        for it in items:
            out.append((f"{name}:{it['id']}", it["title"], it["text"], it["published"]))  # type: ignore[arg-type]
    from feeds.demo.scenario import build_scenario

    sc = build_scenario(datetime(2024, 3, 4, 6, 0, tzinfo=UTC))
    for i, story in enumerate(sc.items):
        out.append((f"demo:{i}", story.title, story.text, story.first_published))
        out.append((f"demo-nopub:{i}", story.title, story.text, None))
    for it in corpus_items(("real", "weird")):
        out.append((f"feed:{it['id']}", it["title"], it["text"], it["published"]))  # type: ignore[arg-type]
    adv = {
        "empty": ("", ""),
        "none": (None, None),
        "punct": ("!?.,;:", "... !!! ??? ,,, ;;; ::: --- ''' \"\"\" ((( )))"),
        "aa": ("a", "a " * 50_000),
        "bigword": ("x", "killed " * 30_000),
        "digits": ("1", " ".join(str(i) for i in range(20_000))),
        "unicode": (
            "Ça\u00e7a \u00fcber",
            "\u0130stanbul \u00c9T\u00c9 \u1e9e \ufb01 \u2126 \u212a " * 200
            + " 12 soldiers were killed. \u0130 3 civilians died.",
        ),
        "bidi": (
            "\u202eevil\u202c",
            "\u202b\u05e9\u05dc\u05d5\u05dd 5 \u05e0\u05d4\u05e8\u05d2\u05d5\u202c "
            "\u200f12 people killed\u200e in "
            "\u0627\u0644\u0642\u062f\u0633 attack on Monday. Talks in Geneva on March 9 will resume.",
        ),
        "mixedcase": (
            "CEASEFIRE Violated",
            "The CeaseFire was VIOLATED by rebel forces on Monday, KILLING at least 12 Civilians. "
            "Peace Talks Will Resume In Geneva on May 9.",
        ),
        "emoji": (
            "\U0001f525 fire",
            "\U0001f4a5 Three soldiers were killed \U0001f622 and 4 wounded in an attack despite the truce. "
            "\U0001f54a",
        ),
        "nbsp": (
            "t",
            "Two\u00a0soldiers\u00a0were killed\u2026 At least 5\u2009000 people fled \u2013 officials said.",
        ),
        "tabs": ("t", "\t\t12\tpeople\twere\tkilled\r\n\r\nand 3 wounded\x0b\x0c"),
        "longsent": ("t", ("and 3 soldiers " * 400) + " were killed."),
        "nulls": ("\x00", "\x00killed 3\x00 people\x00"),
        "foodcut": (
            "Outbreak",
            "x " * 240 + "word" * 60 + " food poisoning killed 3 people and wounded 4 soldiers.",
        ),
        "foodcut2": ("News", "q" * 490 + " food poisoning killed 3 people."),
        "foodcut3": ("News", "Three people were killed. " + "q" * 490 + " food poisoning killed 3 people."),
        "minecut": ("News", "q" * 300 + " " + "r" * 189 + " mine collapse killed 3 miners."),
        "floodcut": (
            "t",
            "-".join(["ab"] * 165) + "flood-" + "cd-" * 40 + " 3 people were killed by the flood.",
        ),
        "longs": ("ſtorm", "A ſtorm killed 5 people. The \u212aelvin crash killed 7 soldiers in an attack."),
        "disaster": (
            "Plane crash kills 30",
            "A plane crash killed 30 passengers and injured 12 crew on Monday, officials said.",
        ),
        "disaster2": (
            "Earthquake",
            "Rebels attacked the town after the earthquake, killing 4 civilians. The heat wave killed 20.",
        ),
        "mixedtitle": ("Fighting in \u00c9pinal flood zone", "Troops killed 12 militants near the river."),
        "turkish": (
            "I\u0307",
            "\u0130\u0130\u0130 killed 3 \u0130 people, \u0130 talks in Geneva next week.",
        ),
    }
    for label, (t, x) in adv.items():
        out.append((f"adv:{label}", t, x, date(2024, 3, 4)))
        out.append((f"adv-title:{label}", x, t, date(2024, 3, 4)))  # title and text swapped
    return out


def run() -> list[str]:
    lines = []
    for key, title, text, pub in inputs():
        try:
            facts = extract(title, text, pub, WATCH)  # type: ignore[arg-type]
            res = {"key": key, "json": facts_to_json(key, facts), "repr": repr(facts)}
        except Exception as exc:  # an exception is an output to compare
            res = {"key": key, "error": f"{type(exc).__name__}: {exc}"}
        lines.append(json.dumps(res, ensure_ascii=False, sort_keys=True, default=str))
    return lines


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == "--save":
        path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = run()
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} results to {path}")
        return 0
    if len(sys.argv) >= 2 and sys.argv[1] == "--check":
        path = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT
        base = path.read_text(encoding="utf-8").splitlines()
        lines = run()
        diffs = 0
        if len(base) != len(lines):
            print(f"count differs: baseline {len(base)} now {len(lines)}")
            diffs += 1
        more: list[str] = []
        for a, b in zip(base, lines, strict=False):
            if a != b:
                diffs += 1
                if diffs <= 5:
                    print("--- baseline\n" + a[:3000] + "\n+++ now\n" + b[:3000])
                else:
                    more.append(json.loads(b)["key"])
        if more:
            print(f"and {len(more)} more, not shown: " + " ".join(more))
        print(f"compared {len(lines)} inputs: {diffs} differences")
        return 1 if diffs else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
