"""Config loading: the shipped files parse, every failure mode is one line naming file and key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from feeds.config import (
    ConfigError,
    find_config,
    load_settings,
    packaged_default_text,
    parse_duration,
    parse_settings,
    parse_size,
    resolve_db,
)

ROOT = Path(__file__).resolve().parents[1]
BAD = Path(__file__).parent / "data" / "config"

# file -> (key named in the message, words the message must contain)
CASES = {
    "unknown_key.toml": ("poll.colour", "unknown key (expected one of"),
    "wrong_type.toml": ("poll.concurrency", "expected an integer"),
    "bad_url.toml": ("feeds.wire.url", "gopher://"),
    "duplicate_feed.toml": ("feeds[1].name", "duplicate feed name"),
    "syntax.toml": ("TOML syntax error", "line 5"),
    "bad_kind.toml": ("feeds.wire.kind", "expected one of"),
    "bad_time.toml": ("truce.start", "expected a time"),
    "missing_name.toml": ("feeds[0].name", "missing"),
    "bad_duration.toml": ("poll.interval", "expected a duration"),
    "json_without_paths.toml": ("feeds.api.json", "field paths"),
    "empty_watch.toml": ("watch.empty", "non-empty list"),
}


def test_repository_config_parses_and_lists_real_sources() -> None:
    s = load_settings(ROOT / "config.toml")
    assert s.truce.start is not None
    assert len([f for f in s.feeds if f.enabled]) >= 5
    kinds = {f.kind for f in s.feeds}
    assert {"rss", "gdelt", "reliefweb"} <= kinds
    assert all(f.url.startswith("https://") for f in s.feeds)
    assert s.watch and all(s.watch.values())


def test_packaged_default_is_the_repository_config() -> None:
    assert packaged_default_text() == (ROOT / "config.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_config_is_one_line_naming_file_and_key(name: str) -> None:
    key, words = CASES[name]
    with pytest.raises(ConfigError) as err:
        load_settings(BAD / name)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(str(BAD / name))
    assert key in message
    assert words in message


def test_key_errors_give_the_line() -> None:
    with pytest.raises(ConfigError, match=r"poll\.colour: unknown key .*\(line 3\)$"):
        load_settings(BAD / "unknown_key.toml")
    with pytest.raises(ConfigError, match=r"feeds\.wire\.kind: .*\(line 4\)$"):
        load_settings(BAD / "bad_kind.toml")


def test_every_bad_fixture_has_a_case() -> None:
    assert {p.name for p in BAD.glob("*.toml")} == set(CASES)


@pytest.mark.parametrize("name", ["unknown_key.toml", "syntax.toml"])
def test_cli_exits_2_with_one_line_and_no_traceback(name: str, tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "--config", str(BAD / name), "--db", str(tmp_path / "x.db"), "feeds"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sitroom: ")


def test_missing_file_is_reported() -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_settings(BAD / "nope.toml")


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("SITROOM_CONFIG", raising=False)
    assert find_config(None) is None  # the packaged default
    (tmp_path / "config.toml").write_text("")
    assert find_config(None) == Path("config.toml")
    monkeypatch.setenv("SITROOM_CONFIG", "/elsewhere.toml")
    assert find_config(None) == Path("/elsewhere.toml")
    assert find_config("explicit.toml") == Path("explicit.toml")


def test_db_lookup_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITROOM_DB", raising=False)
    s = parse_settings('database = "/srv/cfg.db"')
    assert resolve_db(None, s) == Path("/srv/cfg.db")
    monkeypatch.setenv("SITROOM_DB", "/srv/env.db")
    assert resolve_db(None, s) == Path("/srv/env.db")
    assert resolve_db("/srv/arg.db", s) == Path("/srv/arg.db")


def test_feed_defaults_and_json_paths() -> None:
    s = parse_settings(
        '[poll]\ninterval = "2m"\n'
        '[[feeds]]\nname = "a"\nurl = "https://x.example/a"\n'
        '[[feeds]]\nname = "b"\nurl = "https://x.example/b"\nkind = "json"\ninterval = "30s"\n'
        '[feeds.json]\nitems = "data.rows"\ntitle = "headline"\n'
    )
    a, b = s.feeds
    assert a.interval == 120 and a.kind == "auto" and a.enabled
    assert b.interval == 30 and b.json_paths is not None
    assert b.json_paths.items == "data.rows" and b.json_paths.title == "headline"
    assert b.json_paths.link == "url"  # untouched paths keep their defaults


@pytest.mark.parametrize(
    ("text", "seconds"), [("30s", 30), ("5m", 300), ("1h", 3600), ("2d", 172800), (90, 90), ("1.5m", 90)]
)
def test_parse_duration(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "5 parsecs", "-1s", 0, True, "m"])
def test_parse_duration_rejects(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(bad)  # type: ignore[arg-type]


def test_parse_size() -> None:
    assert parse_size("10MiB") == 10 * 2**20
    assert parse_size("500kb") == 500_000
    assert parse_size(1234) == 1234
    with pytest.raises(ValueError):
        parse_size("lots")
