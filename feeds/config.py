"""Typed settings read from config.toml; every error names the file, the key and what was expected."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from feeds.models import FEED_KINDS, FeedSpec, JsonPaths

APP_NAME = "sitroom"
ENV_CONFIG = "SITROOM_CONFIG"
ENV_DB = "SITROOM_DB"


class ConfigError(Exception):
    """A config problem, already phrased as one line for the user."""


@dataclass(frozen=True)
class TruceSettings:
    """The truce being watched."""

    name: str = "Ceasefire"
    """Shown in the status line."""
    start: datetime | None = None
    """When the truce took effect (UTC); counters 'since the truce' start here."""
    parties: tuple[str, ...] = ()
    """The parties to the truce."""
    area: str = ""
    """Where it applies."""


@dataclass(frozen=True)
class PollSettings:
    """How feeds are polled."""

    interval: float = 300.0
    """Default seconds between polls of one feed."""
    concurrency: int = 8
    """Feeds fetched at once, in all."""
    per_host: int = 2
    """Feeds fetched at once from one host."""
    timeout: float = 30.0
    """One deadline for a whole request, in seconds."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted, after decompression."""
    allow_private_redirects: bool = False
    """Follow redirects to loopback/private addresses."""
    keep_days: int = 0
    """Delete items older than this many days; 0 keeps everything."""


@dataclass(frozen=True)
class AlertSettings:
    """What happens when a new item hits a watch list."""

    toast: bool = True
    bell: bool = True


@dataclass(frozen=True)
class Settings:
    """Everything sitroom reads from its config file."""

    path: str = "<defaults>"
    truce: TruceSettings = field(default_factory=TruceSettings)
    poll: PollSettings = field(default_factory=PollSettings)
    feeds: tuple[FeedSpec, ...] = ()
    watch: dict[str, tuple[str, ...]] = field(default_factory=dict)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    keymap: dict[str, str] = field(default_factory=dict)
    """Binding id -> keys (comma separated), passed to Textual's set_keymap."""
    database: str | None = None
    """Database path from the config (the --db option and $SITROOM_DB win)."""

    def feed(self, name: str) -> FeedSpec | None:
        return next((f for f in self.feeds if f.name == name), None)


# --- value parsers ----------------------------------------------------------------------------

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.IGNORECASE)
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    None: 1,
    "b": 1,
    "kb": 1000,
    "kib": 1024,
    "mb": 10**6,
    "mib": 2**20,
    "gb": 10**9,
    "gib": 2**30,
}


def parse_duration(value: str | int | float) -> float:
    """'90s', '5m', '1h', '2d' or a number of seconds -> seconds. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError('expected a duration such as "5m"')
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        m = _DURATION.match(value)
        if not m:
            raise ValueError(f'expected a duration such as "30s", "5m" or "1h", got {value!r}')
        seconds = float(m.group(1)) * _DURATION_UNITS[m.group(2) and m.group(2).lower()]
    if seconds <= 0:
        raise ValueError("expected a positive duration")
    return seconds


def parse_size(value: str | int) -> int:
    """'10MiB', '500kb' or a number of bytes -> bytes. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError('expected a size such as "10MiB"')
    if isinstance(value, int):
        size = value
    else:
        m = _SIZE.match(str(value))
        if not m:
            raise ValueError(f'expected a size such as "10MiB", got {value!r}')
        size = int(float(m.group(1)) * _SIZE_UNITS[m.group(2) and m.group(2).lower()])
    if size <= 0:
        raise ValueError("expected a positive size")
    return size


def parse_time(value: str | datetime) -> datetime:
    """An ISO 8601 time (a TOML datetime or a string); naive times are taken as UTC."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f'expected a time such as "2026-02-27T00:00:00Z", got {value!r}') from None
    else:
        raise ValueError('expected a time such as "2026-02-27T00:00:00Z"')
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# --- the loader -------------------------------------------------------------------------------


class _Section:
    """Reads one TOML table, checking keys and types, with errors naming file and key."""

    def __init__(self, path: str, prefix: str, table: Any) -> None:
        self.path, self.prefix = path, prefix
        if not isinstance(table, dict):
            raise self.error(prefix, "expected a table")
        self.table: dict[str, Any] = table

    def error(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {message}")

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def check_keys(self, allowed: set[str]) -> None:
        for name in self.table:
            if name not in allowed:
                hint = ", ".join(sorted(allowed))
                raise self.error(self.key(name), f"unknown key (expected one of: {hint})")

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
        if name not in self.table:
            return default
        value = self.table[name]
        bad_bool = isinstance(value, bool) and kind in (int, float, (int, float))
        if not isinstance(value, kind) or bad_bool:
            expected = {
                str: "a string",
                bool: "true or false",
                int: "an integer",
                list: "a list",
                dict: "a table",
            }.get(kind if isinstance(kind, type) else str, "a number")
            raise self.error(self.key(name), f"expected {expected}, got {type(value).__name__}")
        return value

    def convert(self, name: str, parser: Any, default: Any) -> Any:
        if name not in self.table:
            return default
        try:
            return parser(self.table[name])
        except (ValueError, TypeError) as exc:
            raise self.error(self.key(name), str(exc)) from None

    def strings(self, name: str) -> tuple[str, ...]:
        values = self.get(name, list, [])
        if not all(isinstance(v, str) for v in values):
            raise self.error(self.key(name), "expected a list of strings")
        return tuple(values)

    def positive_int(self, name: str, default: int) -> int:
        value = self.get(name, int, default)
        if value < 1:
            raise self.error(self.key(name), "expected a positive integer")
        return int(value)


def _load_truce(path: str, raw: Any) -> TruceSettings:
    s = _Section(path, "truce", raw)
    s.check_keys({"name", "start", "parties", "area"})
    start = s.convert("start", parse_time, None)
    return TruceSettings(
        name=s.get("name", str, "Ceasefire"),
        start=start,
        parties=s.strings("parties"),
        area=s.get("area", str, ""),
    )


def _load_poll(path: str, raw: Any) -> PollSettings:
    s = _Section(path, "poll", raw)
    s.check_keys(
        {
            "interval",
            "concurrency",
            "per_host",
            "timeout",
            "max_bytes",
            "allow_private_redirects",
            "keep_days",
        }
    )
    keep = s.get("keep_days", int, 0)
    if keep < 0:
        raise s.error("poll.keep_days", "expected 0 (keep everything) or a positive integer")
    return PollSettings(
        interval=s.convert("interval", parse_duration, 300.0),
        concurrency=s.positive_int("concurrency", 8),
        per_host=s.positive_int("per_host", 2),
        timeout=s.convert("timeout", parse_duration, 30.0),
        max_bytes=s.convert("max_bytes", parse_size, 10 * 1024 * 1024),
        allow_private_redirects=s.get("allow_private_redirects", bool, False),
        keep_days=keep,
    )


def _check_url(s: _Section, key: str, url: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise s.error(key, f"not a valid URL: {url!r}") from None
    if parts.scheme == "file":
        return url
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise s.error(key, f"expected an http://, https:// or file: URL, got {url!r}")
    return url


def _load_feed(path: str, index: int, raw: Any, default_interval: float) -> FeedSpec:
    s = _Section(path, f"feeds[{index}]", raw)
    s.check_keys({"name", "url", "kind", "interval", "tags", "enabled", "json"})
    for required in ("name", "url"):
        if required not in s.table:
            raise s.error(s.key(required), "missing (every [[feeds]] entry needs a name and a url)")
    name = s.get("name", str).strip()
    if not name:
        raise s.error(s.key("name"), "must not be empty")
    s.prefix = f"feeds.{name}"
    kind = s.get("kind", str, "auto")
    if kind not in FEED_KINDS:
        raise s.error(s.key("kind"), f"expected one of {', '.join(FEED_KINDS)}, got {kind!r}")
    paths = None
    if "json" in s.table:
        j = _Section(path, s.key("json"), s.table["json"])
        j.check_keys({"items", "id", "title", "summary", "link", "published"})
        defaults = JsonPaths()
        paths = JsonPaths(**{k: j.get(k, str, getattr(defaults, k)) for k in j.table})
    if kind == "json" and paths is None:
        raise s.error(s.key("json"), 'kind = "json" needs a [feeds.json] table of field paths')
    return FeedSpec(
        name=name,
        url=_check_url(s, s.key("url"), s.get("url", str)),
        kind=kind,
        interval=s.convert("interval", parse_duration, default_interval),
        tags=s.strings("tags"),
        enabled=s.get("enabled", bool, True),
        json_paths=paths,
    )


def _load_watch(path: str, raw: Any) -> dict[str, tuple[str, ...]]:
    s = _Section(path, "watch", raw)
    out: dict[str, tuple[str, ...]] = {}
    for name in s.table:
        words = tuple(w.strip() for w in s.strings(name) if w.strip())
        if not words:
            raise s.error(s.key(name), "expected a non-empty list of keywords")
        out[name] = words
    return out


def _load_keymap(path: str, raw: Any) -> dict[str, str]:
    s = _Section(path, "keymap", raw)
    return {name: s.get(name, str) for name in s.table}


def _locate(text: str, key: str) -> int | None:
    """The 1-based line where a dotted key (as named in an error) is written, if it can be found."""
    parts = [p for p in re.split(r"\.|\[\d+\]", key) if p]
    if not parts:
        return None
    lines = text.splitlines()
    begin = 0
    index = re.match(r"feeds\[(\d+)\]", key)
    if index:  # feeds[N].field: start at the N-th [[feeds]] table
        tables = [i for i, line in enumerate(lines) if re.match(r"^\s*\[\[\s*feeds\s*\]\]", line)]
        if int(index.group(1)) < len(tables):
            begin = tables[int(index.group(1))]
    if len(parts) >= 3 and parts[0] == "feeds":  # feeds.NAME.field: start at that feed's name
        named = re.compile(rf"""^\s*name\s*=\s*["']{re.escape(parts[1])}["']""")
        begin = next((i for i, line in enumerate(lines) if named.match(line)), 0)
    last = re.compile(rf"""^\s*["']?{re.escape(parts[-1])}["']?\s*=""")
    section = re.compile(rf"^\s*\[+\s*{re.escape('.'.join(parts))}\s*\]+")
    for i in range(begin, len(lines)):
        if last.match(lines[i]) or section.match(lines[i]):
            return i + 1
    return None


def parse_settings(text: str, path: str = "<config>") -> Settings:
    """Settings from TOML text. Raises ConfigError with one line naming file, key and line."""
    try:
        return _parse_settings(text, path)
    except ConfigError as exc:
        message = str(exc)
        rest = message[len(path) + 2 :] if message.startswith(f"{path}: ") else ""
        key = rest.split(":", 1)[0]
        line = _locate(text, key) if key and not key.startswith("TOML") else None
        if line is not None:
            raise ConfigError(f"{message} (line {line})") from None
        raise


def _parse_settings(text: str, path: str) -> Settings:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: TOML syntax error: {exc}") from None
    top = _Section(path, "", data)
    top.check_keys({"truce", "poll", "feeds", "watch", "alerts", "keymap", "database"})
    poll = _load_poll(path, data.get("poll", {}))
    raw_feeds = top.get("feeds", list, [])
    feeds: list[FeedSpec] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_feeds):
        spec = _load_feed(path, i, raw, poll.interval)
        if spec.name in seen:
            raise ConfigError(f"{path}: feeds[{i}].name: duplicate feed name {spec.name!r}")
        seen.add(spec.name)
        feeds.append(spec)
    alerts = _Section(path, "alerts", data.get("alerts", {}))
    alerts.check_keys({"toast", "bell"})
    return Settings(
        path=path,
        truce=_load_truce(path, data.get("truce", {})),
        poll=poll,
        feeds=tuple(feeds),
        watch=_load_watch(path, data.get("watch", {})),
        alerts=AlertSettings(toast=alerts.get("toast", bool, True), bell=alerts.get("bell", bool, True)),
        keymap=_load_keymap(path, data.get("keymap", {})),
        database=top.get("database", str, None),
    )


def load_settings(path: str | Path) -> Settings:
    """Read and check one config file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read: {exc}") from None
    return parse_settings(text, str(p))


def packaged_default_text() -> str:
    """The default config shipped inside the package (the repository's config.toml)."""
    shipped = resources.files("feeds").joinpath("default_config.toml")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    # An editable install or a source checkout: the repository's own config.toml.
    return (Path(__file__).resolve().parent.parent / "config.toml").read_text(encoding="utf-8")


def find_config(explicit: str | None = None) -> Path | None:
    """--config, else $SITROOM_CONFIG, else ./config.toml, else the user config dir; None = packaged."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    local = Path("config.toml")
    if local.is_file():
        return local
    user = Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"
    if user.is_file():
        return user
    return None


def resolve_settings(explicit: str | None = None) -> Settings:
    """The settings sitroom runs with, following the lookup order."""
    path = find_config(explicit)
    if path is None:
        return parse_settings(packaged_default_text(), "<packaged default config>")
    return load_settings(path)


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "sitroom.db"


def resolve_db(explicit: str | None, settings: Settings | None = None) -> Path:
    """--db, else $SITROOM_DB, else `database` in the config, else the user data dir."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    if settings is not None and settings.database:
        return Path(settings.database).expanduser()
    return default_db_path()
