"""The `sitroom` command: global options, subcommands, and exit statuses (2 = unusable setup)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from feeds import __version__
from feeds.config import ConfigError, Settings, packaged_default_text, resolve_db, resolve_settings
from feeds.store import Store, StoreError

EXIT_SETUP = 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sitroom",
        description="A terminal situation room for people who watch a ceasefire. "
        "With no command, opens the dashboard (and polls the feeds in the background).",
    )
    p.add_argument("--version", action="version", version=f"sitroom {__version__}")
    p.add_argument(
        "--config",
        metavar="PATH",
        help="config file (default: $SITROOM_CONFIG, "
        "./config.toml, the user config dir, then the packaged default)",
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $SITROOM_DB, `database` in the config, then the user data dir)",
    )
    p.add_argument(
        "--no-poll",
        action="store_true",
        help="dashboard only reads the database (a separate `sitroom poll` writes it)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    poll = sub.add_parser("poll", help="poll the feeds (headless)")
    poll.add_argument("--once", action="store_true", help="poll every feed once and exit")
    poll.add_argument("--feed", action="append", metavar="NAME", help="only this feed (repeatable)")
    poll.add_argument(
        "--force", action="store_true", help="ignore stored ETag/Last-Modified (a full refresh)"
    )

    feeds = sub.add_parser("feeds", help="the health of every feed")
    feeds.add_argument("--json", action="store_true")

    search = sub.add_parser("search", help="full-text search over the cache, newest first")
    search.add_argument("query", nargs="+", help='words (ANDed), "phrase", OR, -word, prefix*')
    search.add_argument("--since", metavar="SPAN", help="e.g. 24h, 7d")
    search.add_argument("--feed", metavar="NAME")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")

    extract = sub.add_parser("extract", help="extract facts from JSON Lines items (stdin or FILE)")
    extract.add_argument("file", nargs="?", help="JSON Lines: {id, title, text, published}")

    sub.add_parser("reextract", help="recompute every stored item's facts")

    demo = sub.add_parser("demo", help="an offline live demo: a scripted ceasefire week")
    demo.add_argument(
        "--serve-only", action="store_true", help="only run the demo feed server and print its config"
    )
    demo.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    demo.add_argument(
        "--speed",
        type=float,
        default=None,
        help="simulated seconds per real second (default: the week in ~10 min)",
    )

    report = sub.add_parser("report", help="a situation report of a time window")
    report.add_argument("--since", metavar="SPAN", help="e.g. 12h (default), 7d")
    report.add_argument("--from", dest="from_", metavar="TIME", help="ISO time (UTC)")
    report.add_argument("--to", metavar="TIME", help="ISO time (UTC)")
    report.add_argument("--filter", metavar="QUERY", default="")
    report.add_argument("--format", choices=("md", "txt", "json", "csv"), default="md")
    report.add_argument("--output", metavar="FILE")
    return p


def _fail(message: str) -> int:
    print(f"sitroom: {message}", file=sys.stderr)
    return EXIT_SETUP


def _is_shipped_default(settings: Settings) -> bool:
    """True when the user has not written a config of their own (the shipped one is in use)."""
    if settings.path.startswith("<packaged"):
        return True
    try:
        with open(settings.path, encoding="utf-8") as fh:
            return fh.read() == packaged_default_text()
    except OSError:
        return False


def _open(args: argparse.Namespace) -> tuple[Settings, Store]:
    settings = resolve_settings(args.config)
    store = Store(resolve_db(args.db, settings))
    store.set_feed_tags(settings.feeds)
    return settings, store


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command
    try:
        if command == "extract":
            from feeds.extract import run_jsonl

            if args.file:
                with open(args.file, encoding="utf-8") as fh:
                    run_jsonl(fh, sys.stdout)
            else:
                run_jsonl(sys.stdin, sys.stdout)
            return 0
        if command == "demo":
            from tui.demo import run_demo

            return run_demo(serve_only=args.serve_only, port=args.port, speed=args.speed, db=args.db)
        settings, store = _open(args)
        with store:
            if command == "poll":
                from feeds.commands import cmd_poll_forever, cmd_poll_once

                if args.once:
                    return cmd_poll_once(settings, store, feeds=args.feed, force=args.force)
                return cmd_poll_forever(settings, store)
            if command == "feeds":
                from feeds.commands import cmd_feeds

                return cmd_feeds(settings, store, as_json=args.json)
            if command == "search":
                from feeds.commands import cmd_search

                return cmd_search(
                    settings,
                    store,
                    " ".join(args.query),
                    since=args.since,
                    feed=args.feed,
                    limit=args.limit,
                    as_json=args.json,
                )
            if command == "reextract":
                from feeds.commands import cmd_reextract

                return cmd_reextract(settings, store)
            if command == "report":
                from feeds.report import cmd_report

                return cmd_report(
                    settings,
                    store,
                    since=args.since,
                    from_=args.from_,
                    to=args.to,
                    filter_text=args.filter,
                    fmt=args.format,
                    output=args.output,
                )
            if _is_shipped_default(settings) and not args.no_poll:
                from tui.demo import network_reachable

                if not network_reachable(settings):
                    print(
                        "sitroom: no network and no config of your own: starting the offline "
                        "demo (see `sitroom demo --help`; write a config.toml to watch real feeds)",
                        file=sys.stderr,
                    )
                    store.close()
                    from tui.demo import run_demo

                    return run_demo()
            from tui.app import run_dashboard

            store.close()  # the dashboard opens its own connections (one per worker)
            return run_dashboard(settings, store.path, poll=not args.no_poll)
    except (ConfigError, StoreError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{getattr(exc, 'filename', None) or ''} {exc.strerror or exc}".strip())
    except KeyboardInterrupt:
        return 130


def main() -> None:
    sys.exit(run())
