"""Time `sitroom poll --once` against `newsboat -x reload` on 100 local RSS feeds of 50 items.

Three runs each, in rounds (--repeat; medians printed): (a) empty cache, (b) warm cache where
every feed answers 304, (c) warm cache where the server ignores validators and resends the same
content. Prints seconds and peak RSS.

    python bench/bench_poll.py [--feeds 100] [--items 50] [--threads 8] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import hostspeed

# Realistic wire copy: mostly general news prose, and one story in five about the conflict,
# with the figures and truce language the extractor looks for.
WORDS = (
    "the government said on Monday that officials would meet again next week to discuss the budget "
    "plan while analysts expected markets to rise after a strong quarter for exports and a new trade "
    "agreement with regional partners was signed in the capital by ministers from both countries as "
    "voters prepare for elections later this year and the opposition called for reforms to health "
    "education transport energy housing prices which have risen sharply since the spring according "
    "to data published by the national statistics office in a report on growth and employment"
).split()
CONFLICT = (
    "At least {n} civilians were killed when shelling hit the market in {town} despite the ceasefire.",
    "Rebels accused government forces of violating the truce near {town}, where {n} soldiers were "
    "wounded overnight.",
    "The monitoring group said {n} people had been killed since the truce took effect.",
    "The UN envoy said talks would resume on March {day} in Geneva.",
    "Some {n}00 families fled their homes in {town} after the attack, aid workers said.",
)
TOWNS = ("Adra", "Kessin", "Dravo", "Halvik", "Sarnic")


def description(rng: random.Random, words: int = 300) -> str:
    out: list[str] = []
    count = 0
    conflict = rng.random() < 0.2
    while count < words:
        if conflict and rng.random() < 0.25:
            sentence = rng.choice(CONFLICT).format(
                n=rng.randint(2, 40), town=rng.choice(TOWNS), day=rng.randint(10, 28)
            )
        else:
            n = rng.randint(12, 28)
            sentence = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."
        out.append(sentence)
        count += len(sentence.split())
    return " ".join(out)


def make_feed(n: int, items: int, rng: random.Random) -> bytes:
    base = datetime(2026, 3, 1, tzinfo=UTC)
    entries = []
    for i in range(items):
        words = description(rng)
        desc = (
            f"<p>{words[:900]}</p><p><b>{words[900:1400]}</b> <a href='/x'>more</a></p><p>{words[1400:]}</p>"
        )
        desc = desc.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        when = format_datetime(base + timedelta(minutes=n * 50 + i))
        entries.append(
            f"<item><title>Feed {n} story {i}: {rng.choice(WORDS)} {rng.choice(WORDS)}</title>"
            f"<link>http://example.org/{n}/{i}</link><guid>http://example.org/{n}/{i}</guid>"
            f"<pubDate>{when}</pubDate><description>{desc}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>'
        f"<link>http://example.org/{n}</link><description>bench</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


class Server:
    """100 feeds on 127.0.0.1 with ETag/304 that can be told to ignore validators."""

    def __init__(self, feeds: dict[str, bytes]) -> None:
        self.feeds = feeds
        self.honour_validators = True
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                body = outer.feeds.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if outer.honour_validators and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_port}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB (the process and the children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        sys.exit(f"{cmd[0]} failed ({proc.returncode}): {err[-2000:]}")
    return secs, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--threads", type=int, default=8, help="our concurrency = newsboat reload-threads")
    ap.add_argument("--repeat", type=int, default=3, help="rounds of the three runs (medians shown)")
    args = ap.parse_args()
    rng = random.Random(7)
    feeds = {f"/feed{n}.xml": make_feed(n, args.items, rng) for n in range(args.feeds)}
    size = sum(len(b) for b in feeds.values())
    server = Server(feeds)
    tmp = Path(tempfile.mkdtemp(prefix="sitroom-bench-"))
    try:
        cfg = tmp / "config.toml"
        lines = [f'[poll]\nconcurrency = {args.threads}\nper_host = {args.threads}\ntimeout = "60s"\n']
        for path in feeds:
            lines.append(
                f'[[feeds]]\nname = "{path.strip("/")}"\nurl = "{server.base}{path}"\nkind = "rss"\n'
            )
        cfg.write_text("\n".join(lines))
        sitroom = [
            sys.executable,
            "-m",
            "tui",
            "--config",
            str(cfg),
            "--db",
            str(tmp / "bench.db"),
            "poll",
            "--once",
        ]
        print(
            f"{args.feeds} feeds x {args.items} items, {size / 2**20:.1f} MiB of RSS, "
            f"concurrency {args.threads}"
        )
        print(hostspeed.describe())
        newsboat = shutil.which("newsboat")
        nb_cmd: list[str] = []
        if newsboat:
            (tmp / "urls").write_text("\n".join(server.base + p for p in feeds) + "\n")
            (tmp / "nbconfig").write_text(f"reload-threads {args.threads}\n")
            nb_cmd = [
                newsboat,
                "-u",
                str(tmp / "urls"),
                "-c",
                str(tmp / "nb.db"),
                "-C",
                str(tmp / "nbconfig"),
                "-x",
                "reload",
            ]
        cases = (
            ("(a) empty cache", True, True),
            ("(b) warm, 304s", True, False),
            ("(c) warm, same content resent", False, False),
        )
        runs: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _, _ in cases}
        for _ in range(args.repeat):  # whole rounds: a slow spell of the host hits both tools
            for label, honour, fresh in cases:
                server.honour_validators = honour
                if fresh:
                    for f in tmp.glob("bench.db*"):
                        f.unlink()
                    for f in tmp.glob("nb.db*"):
                        f.unlink()
                ours, rss = timed(sitroom)
                theirs = timed(nb_cmd)[0] if nb_cmd else float("nan")
                runs[label].append((ours, theirs, rss))
        print(hostspeed.describe())
        print(f"medians of {args.repeat} rounds (each tool run right after the other in each)")
        print(f"{'run':32} {'sitroom s':>10} {'newsboat s':>11} {'ratio':>6} {'ratios':>16} {'peak MB':>8}")
        for label, results in runs.items():
            ours = statistics.median(r[0] for r in results)
            theirs = statistics.median(r[1] for r in results)
            ratios = sorted(r[0] / r[1] if r[1] == r[1] and r[1] else float("nan") for r in results)
            spread = f"{ratios[0]:.2f}-{ratios[-1]:.2f}"
            rss = max(r[2] for r in results)
            ratio = statistics.median(ratios)
            print(f"{label:32} {ours:10.2f} {theirs:11.2f} {ratio:6.2f} {spread:>16} {rss:8.0f}")
        if not nb_cmd:
            print("newsboat not found (apt-get install newsboat) - only sitroom timed")
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
