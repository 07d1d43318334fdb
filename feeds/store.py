"""The SQLite cache: schema and migrations, short IMMEDIATE writes, and every query the UI reads."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from feeds.models import Facts, FeedSpec, Item
from feeds.prefixes import PREFIX_WORDS, has_prefix_terms
from feeds.query import Query
from feeds.timeutil import from_iso, to_iso, utcnow

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

BUSY_TIMEOUT_MS = 10_000
MAX_RESULTS = 5_000
FLOOR_MARGIN = timedelta(hours=6)
"""id_floor() looks this much earlier, so a clock stepping back a little loses nothing."""

MIGRATION_SET = "sitroom"
TEXT_EPOCH = "text_epoch"
"""State key bumped by every save that inserts or revises an item (see feeds.prefixes)."""


class StoreError(Exception):
    """A database problem phrased for the user (unreadable file, disk full, read-only...)."""


# --- schema -----------------------------------------------------------------------------------


def m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE feeds (
            name TEXT PRIMARY KEY,
            url TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'auto',
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            last_error TEXT,
            last_attempt TEXT,
            last_success TEXT,
            consecutive_errors INTEGER NOT NULL DEFAULT 0,
            next_poll TEXT,
            stale_since TEXT,
            title TEXT
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            feed TEXT NOT NULL,
            guid TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            link TEXT,
            author TEXT,
            raw_title TEXT,
            published TEXT,
            first_seen TEXT NOT NULL,
            sort_time TEXT NOT NULL,
            updated TEXT NOT NULL,
            date_suspect INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL,
            revised INTEGER NOT NULL DEFAULT 0,
            is_read INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER NOT NULL DEFAULT 0,
            reviewed TEXT
        );
        CREATE INDEX items_sort ON items(sort_time DESC, id DESC);
        CREATE INDEX items_feed_sort ON items(feed, sort_time DESC);
        CREATE VIRTUAL TABLE items_fts USING fts5(
            title, summary, content='items', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
        CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, summary)
                VALUES ('delete', old.id, old.title, old.summary);
        END;
        CREATE TRIGGER items_au AFTER UPDATE OF title, summary ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, title, summary)
                VALUES ('delete', old.id, old.title, old.summary);
            INSERT INTO items_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
        CREATE TABLE violations (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            phrase TEXT NOT NULL, accused TEXT,
            field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX violations_item ON violations(item_id);
        CREATE TABLE casualties (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            count INTEGER, count_max INTEGER, qualifier TEXT,
            kind TEXT NOT NULL, "group" TEXT NOT NULL, scope TEXT NOT NULL,
            phrase TEXT NOT NULL, field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX casualties_item ON casualties(item_id);
        CREATE TABLE talks (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            date TEXT, date_end TEXT, place TEXT, parties TEXT, status TEXT NOT NULL,
            phrase TEXT NOT NULL, field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
        );
        CREATE INDEX talks_item ON talks(item_id);
        CREATE INDEX talks_date ON talks(date);
        CREATE TABLE watch_hits (
            item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            watch TEXT NOT NULL, words TEXT NOT NULL
        );
        CREATE INDEX watch_hits_item ON watch_hits(item_id);
        CREATE INDEX watch_hits_watch ON watch_hits(watch, item_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            item_uid TEXT NOT NULL,
            time TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX notes_item ON notes(item_uid);
        CREATE TABLE poll_log (
            id INTEGER PRIMARY KEY,
            feed TEXT NOT NULL, time TEXT NOT NULL, status TEXT NOT NULL,
            http_status INTEGER, error TEXT, new INTEGER, revised INTEGER, ms INTEGER
        );
        CREATE INDEX poll_log_time ON poll_log(time);
        CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
        """
    )


def m002_feed_body_hash(db: sqlite_utils.Database) -> None:
    """Remember a hash of the last body parsed, so an unchanged resend is not parsed again."""
    db.execute("ALTER TABLE feeds ADD COLUMN body_hash TEXT")


def m003_facts_fts(db: sqlite_utils.Database) -> None:
    """A second full-text index over only the items that have facts (a few in a hundred).

    The fact panes filter by it: a word half the archive holds is a list of half the items in
    items_fts, and building that list was most of a filter change at 1M items. Membership is
    kept in fact_items by Store._write_facts; the triggers keep the index in step when an
    item's text changes or the item goes (an external-content index must be told the old text).
    """
    db.executescript(
        """
        CREATE TABLE fact_items (id INTEGER PRIMARY KEY);
        CREATE VIRTUAL TABLE facts_fts USING fts5(
            title, summary, content='items', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER facts_ad AFTER DELETE ON items
        WHEN EXISTS (SELECT 1 FROM fact_items WHERE id = old.id) BEGIN
            INSERT INTO facts_fts(facts_fts, rowid, title, summary)
                VALUES ('delete', old.id, old.title, old.summary);
            DELETE FROM fact_items WHERE id = old.id;
        END;
        CREATE TRIGGER facts_au AFTER UPDATE OF title, summary ON items
        WHEN EXISTS (SELECT 1 FROM fact_items WHERE id = old.id) BEGIN
            INSERT INTO facts_fts(facts_fts, rowid, title, summary)
                VALUES ('delete', old.id, old.title, old.summary);
            INSERT INTO facts_fts(rowid, title, summary) VALUES (new.id, new.title, new.summary);
        END;
        INSERT INTO fact_items(id)
            SELECT item_id FROM violations UNION SELECT item_id FROM casualties
            UNION SELECT item_id FROM talks;
        INSERT INTO facts_fts(rowid, title, summary)
            SELECT id, title, summary FROM items WHERE id IN (SELECT id FROM fact_items);
        """
    )


def m004_feed_rows(db: sqlite_utils.Database) -> None:
    """A feeds row for every feed that has items (Store.save_items now keeps one): `feed:`
    filters are resolved against that small table, not matched on every item."""
    db.execute("INSERT OR IGNORE INTO feeds(name) SELECT DISTINCT feed FROM items")


MIGRATIONS = (m001_initial, m002_feed_body_hash, m003_facts_fts, m004_feed_rows)
"""In order. A database records those applied in sqlite-utils' _sqlite_migrations table."""


def applied_migrations(conn: sqlite3.Connection) -> set[str]:
    """Names of our migrations the database has, read with plain SQL: opening an up-to-date
    database (every dashboard start, every pane connection) need not import sqlite-utils."""
    try:
        rows = conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return set()
        raise
    return {row[0] for row in rows}


def migration_set() -> Migrations:
    """The sqlite-utils migration set, built when a database needs migrating."""
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        found()(fn)
    return found


# --- records the UI reads ---------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    id: int
    uid: str
    feed: str
    title: str
    link: str | None
    time: datetime
    """min(published, first_seen): what lists sort by."""
    first_seen: datetime
    is_read: bool
    flagged: bool
    revised: bool
    watch: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemDetail:
    row: ItemRow
    summary: str
    author: str | None
    published: datetime | None
    updated: datetime
    raw_title: str | None
    date_suspect: bool
    reviewed: datetime | None
    facts: Facts
    notes: tuple[tuple[datetime, str], ...]
    watch_words: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class ViolationRow:
    item_id: int
    feed: str
    title: str
    link: str | None
    time: datetime
    accused: str | None
    phrase: str


@dataclass(frozen=True)
class CasualtyRow:
    item_id: int
    feed: str
    title: str
    link: str | None
    time: datetime
    count: int | None
    count_max: int | None
    qualifier: str | None
    kind: str
    group: str
    scope: str
    phrase: str


@dataclass(frozen=True)
class TalkRow:
    item_id: int
    feed: str
    title: str
    link: str | None
    time: datetime
    date: str | None
    date_end: str | None
    place: str | None
    parties: str | None
    status: str
    phrase: str


@dataclass(frozen=True)
class FeedState:
    name: str
    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    last_status: int | None
    last_error: str | None
    last_attempt: datetime | None
    last_success: datetime | None
    consecutive_errors: int
    next_poll: datetime | None
    stale_since: datetime | None
    items: int

    @property
    def failing(self) -> bool:
        return self.consecutive_errors > 0


# --- helpers ----------------------------------------------------------------------------------


def item_uid(feed: str, guid: str) -> str:
    return hashlib.sha1(f"{feed}\x00{guid}".encode(), usedforsecurity=False).hexdigest()[:24]


def content_hash(item: Item) -> str:
    parts = (item.title, item.summary, item.link or "", to_iso(item.published) or "")
    return hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()[:20]


def _dt(text: str | None) -> datetime | None:
    return from_iso(text)


def _dt_req(text: str) -> datetime:
    return from_iso(text) or datetime.fromtimestamp(0, UTC)


def _humanise(exc: sqlite3.Error, path: str) -> StoreError:
    msg = str(exc)
    low = msg.lower()
    if "readonly" in low or "read-only" in low:
        return StoreError(f"{path}: the database is read-only ({msg})")
    if "disk is full" in low or "full" in low:
        return StoreError(f"{path}: the disk is full; polling paused ({msg})")
    if "not a database" in low or "malformed" in low:
        return StoreError(f"{path}: not a sitroom database or damaged ({msg})")
    if "locked" in low or "busy" in low:
        return StoreError(f"{path}: the database stayed busy for too long ({msg})")
    return StoreError(f"{path}: database error: {msg}")


@dataclass
class SaveResult:
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    new_ids: tuple[int, ...] = ()


Extractor = Callable[[Item], Facts]


class Store:
    """One connection to the cache. Thread-safe for short calls (one lock per connection)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._tags: dict[str, tuple[str, ...]] = {}
        self._floors: dict[str, int] = {}
        self._columns: dict[str, list[str]] = {}
        self._json: bool | None = None
        self._database = (
            str(Path(self.path).expanduser().resolve()) if self.path != ":memory:" else f":memory:{id(self)}"
        )
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal" and not readonly:
                    raise StoreError(f"{self.path}: cannot switch the database to WAL mode")
            conn.execute("PRAGMA synchronous = NORMAL")
            self.conn = conn
            if not readonly:
                self._migrate()
        except sqlite3.Error as exc:
            raise _humanise(exc, self.path) from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from None

    # -- plumbing --

    def _migrate(self) -> None:
        with self._lock:
            names = {fn.__name__ for fn in MIGRATIONS}
            if names <= applied_migrations(self.conn):
                return
            # Two processes starting at once: take the write lock, then re-check.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                pending = names - applied_migrations(self.conn)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            if pending:
                import sqlite_utils

                try:
                    migration_set().apply(sqlite_utils.Database(self.conn))
                except sqlite3.OperationalError as exc:
                    if "already exists" not in str(exc):
                        raise

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A short BEGIN IMMEDIATE transaction, retried while another process holds the lock."""
        with self._lock:
            deadline = time.monotonic() + 30
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise _humanise(exc, self.path) from None
                    if time.monotonic() > deadline:
                        raise _humanise(exc, self.path) from None
                    time.sleep(0.05)
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise _humanise(exc, self.path) from None

    def _fetch(
        self, sql: str, params: Sequence[Any] | dict[str, Any], *, many: bool = False
    ) -> tuple[list[str], list[Sequence[Any]]]:
        """Column names and rows of one query, under the connection's lock.

        `many` (a SELECT of text and numbers that may return hundreds of rows, in the order
        it gives): SQLite builds the whole result as one JSON array in one step. The sqlite3
        module releases the GIL around every row it steps to and must take it back for the
        next: while another thread runs Python (the dashboard painting, a sibling pane
        building rows), each row waits for that thread's switch interval. 4,168 casualty
        rows took 27 ms alone and 9 s beside a busy thread; as one array, 36 ms.
        """
        with self._lock:
            try:
                if many and self._has_json():
                    cols = self._columns_of(sql, params)
                    if len(set(cols)) == len(cols):
                        listed = ", ".join('"' + c.replace('"', '""') + '"' for c in cols)
                        one = self.conn.execute(
                            f"SELECT json_group_array(json_array({listed})) FROM ({sql})", params
                        ).fetchone()
                        return cols, json.loads(one[0])
                cur = self.conn.execute(sql, params)
                return [d[0] for d in cur.description or ()], cur.fetchall()
            except sqlite3.Error as exc:
                raise _humanise(exc, self.path) from None

    def _has_json(self) -> bool:
        """Whether this SQLite has the JSON functions (built in since 3.38; older builds may
        lack them, and then `many` reads row by row)."""
        if self._json is None:
            try:
                self.conn.execute("SELECT json_group_array(json_array(1))").fetchone()
                self._json = True
            except sqlite3.OperationalError:
                self._json = False
        return self._json

    def _columns_of(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> list[str]:
        """The result column names of a SELECT, without running it (LIMIT 0 reads nothing)."""
        cols = self._columns.get(sql)
        if cols is None:
            cur = self.conn.execute(f"SELECT * FROM ({sql}) LIMIT 0", params)
            cols = [d[0] for d in cur.description or ()]
            if len(self._columns) > 256:
                self._columns.clear()
            self._columns[sql] = cols
        return cols

    def _rows(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *, many: bool = False
    ) -> list[dict[str, Any]]:
        cols, rows = self._fetch(sql, params, many=many)
        return [dict(zip(cols, row, strict=True)) for row in rows]

    def data_version(self) -> int:
        """Changes whenever any connection (any process) commits: cheap change detection."""
        with self._lock:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return self._rows("PRAGMA integrity_check")[0]["integrity_check"] == "ok"

    # -- feeds --

    def sync_feeds(self, specs: Iterable[FeedSpec]) -> None:
        """Make sure every configured feed has a row (poll state survives restarts)."""
        rows = [{"name": s.name, "url": s.url, "kind": s.kind} for s in specs]
        if not rows:
            return
        with self.write() as conn:
            for r in rows:
                conn.execute(
                    "INSERT INTO feeds(name, url, kind) VALUES (:name, :url, :kind) "
                    "ON CONFLICT(name) DO UPDATE SET url = excluded.url, kind = excluded.kind, "
                    "etag = CASE WHEN feeds.url = excluded.url THEN feeds.etag END, "
                    "last_modified = CASE WHEN feeds.url = excluded.url "
                    "THEN feeds.last_modified END",
                    r,
                )

    def body_hash(self, feed: str) -> str | None:
        rows = self._rows("SELECT body_hash FROM feeds WHERE name = ?", [feed])
        return rows[0]["body_hash"] if rows else None

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        rows = self._rows("SELECT etag, last_modified FROM feeds WHERE name = ?", [feed])
        return (rows[0]["etag"], rows[0]["last_modified"]) if rows else (None, None)

    def record_poll(
        self,
        feed: str,
        *,
        status: str,
        http_status: int,
        error: str | None,
        etag: str | None,
        last_modified: str | None,
        next_poll: datetime | None,
        new: int = 0,
        revised: int = 0,
        ms: int = 0,
        body_hash: str | None = None,
        now: datetime | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        """Store the outcome of one poll on the feed's row (and in the poll log)."""
        now_s = to_iso(now or utcnow())
        ok = error is None
        params = {
            "name": feed,
            "status": http_status,
            "error": error,
            "now": now_s,
            "etag": etag,
            "lm": last_modified,
            "next": to_iso(next_poll),
            "ok": int(ok),
            "bh": body_hash,
        }
        sql = (
            "UPDATE feeds SET last_status = :status, last_error = :error, last_attempt = :now, "
            "next_poll = :next, "
            "etag = CASE WHEN :ok THEN :etag ELSE etag END, "
            "last_modified = CASE WHEN :ok THEN :lm ELSE last_modified END, "
            "body_hash = CASE WHEN :ok AND :bh IS NOT NULL THEN :bh ELSE body_hash END, "
            "last_success = CASE WHEN :ok THEN :now ELSE last_success END, "
            "consecutive_errors = CASE WHEN :ok THEN 0 ELSE consecutive_errors + 1 END, "
            "stale_since = CASE WHEN :ok THEN NULL ELSE COALESCE(stale_since, :now) END "
            "WHERE name = :name"
        )
        log = (
            "INSERT INTO poll_log(feed, time, status, http_status, error, new, revised, ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        log_params = (feed, now_s, status, http_status, error, new, revised, ms)
        if conn is not None:
            conn.execute(sql, params)
            conn.execute(log, log_params)
            return
        with self.write() as c:
            c.execute(sql, params)
            c.execute(log, log_params)

    def feed_states(self, *, counts: bool = True) -> list[FeedState]:
        """Every feed's poll state; `counts=False` skips the item counts (they scan every item)."""
        per_feed: dict[str, int] = {}
        if counts:
            per_feed = {
                r["feed"]: r["n"] for r in self._rows("SELECT feed, count(*) AS n FROM items GROUP BY feed")
            }
        return [
            FeedState(
                name=r["name"],
                url=r["url"],
                kind=r["kind"],
                etag=r["etag"],
                last_modified=r["last_modified"],
                last_status=r["last_status"],
                last_error=r["last_error"],
                last_attempt=_dt(r["last_attempt"]),
                last_success=_dt(r["last_success"]),
                consecutive_errors=r["consecutive_errors"],
                next_poll=_dt(r["next_poll"]),
                stale_since=_dt(r["stale_since"]),
                items=per_feed.get(r["name"], 0),
            )
            for r in self._rows("SELECT * FROM feeds ORDER BY name")
        ]

    def last_poll_time(self) -> datetime | None:
        rows = self._rows("SELECT max(last_attempt) AS t FROM feeds")
        return _dt(rows[0]["t"]) if rows else None

    def poll_log(self, since: datetime, until: datetime | None = None) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT * FROM poll_log WHERE time >= ? AND time <= ? ORDER BY time",
            [to_iso(since), to_iso(until or utcnow())],
        )

    # -- items --

    def known_hashes(self, uids: Sequence[str]) -> dict[str, str]:
        with self._lock:
            try:
                return {uid: h for uid, (_, h) in self._known_in_txn(self.conn, uids).items()}
            except sqlite3.Error as exc:
                raise _humanise(exc, self.path) from None

    def changed_items(self, feed: str, items: Sequence[Item]) -> list[Item]:
        """The items that are new or whose content changed since they were stored."""
        keyed: dict[str, Item] = {}
        for it in items:
            keyed.setdefault(item_uid(feed, it.guid), it)
        known = self.known_hashes(list(keyed))
        return [it for uid, it in keyed.items() if known.get(uid) != content_hash(it)]

    def save_items(
        self,
        feed: str,
        items: Sequence[Item],
        extractor: Extractor | None = None,
        *,
        facts: Mapping[str, Facts] | None = None,
        now: datetime | None = None,
        poll: dict[str, Any] | None = None,
    ) -> SaveResult:
        """Insert new items, update revised ones (facts recomputed), skip unchanged ones.

        Facts come from `facts` (by guid, computed beforehand) or from `extractor`, which runs
        before the write lock is taken; the write itself is one short IMMEDIATE transaction,
        together with the feed's poll record when `poll` is given.
        """
        now = now or utcnow()
        now_s = to_iso(now)
        assert now_s is not None
        keyed: dict[str, Item] = {}
        for it in items:
            keyed.setdefault(item_uid(feed, it.guid), it)
        hashes = {uid: content_hash(it) for uid, it in keyed.items()}
        if extractor is not None:
            # Extraction is slow: find what changed first, and extract before taking the lock.
            known = self.known_hashes(list(keyed))
            changed = [uid for uid in keyed if known.get(uid) != hashes[uid]]
        else:
            changed = list(keyed)  # the lookup inside the transaction sorts them out
        by_uid: dict[str, Facts] = {}
        for uid in changed:
            guid = keyed[uid].guid
            if facts is not None and guid in facts:
                by_uid[uid] = facts[guid]
            elif extractor is not None:
                by_uid[uid] = extractor(keyed[uid])
        result = SaveResult(unchanged=len(keyed) - len(changed))
        new_ids: list[int] = []
        with self.write() as conn:
            # Re-read inside the lock: another process may have written meanwhile.
            current = self._known_in_txn(conn, changed)
            for uid in changed:
                it = keyed[uid]
                h = hashes[uid]
                old = current.get(uid)
                if old is not None and old[1] == h:
                    result.unchanged += 1
                    continue
                pub = it.published
                suspect = pub is not None and (pub > now + timedelta(hours=1) or pub.year < 1990)
                if old is None:
                    sort_time = to_iso(min(pub, now)) if pub and not suspect else now_s
                    cur = conn.execute(
                        "INSERT INTO items(uid, feed, guid, title, summary, link, author, raw_title,"
                        " published, first_seen, sort_time, updated, date_suspect, content_hash)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            uid,
                            feed,
                            it.guid,
                            it.title,
                            it.summary,
                            it.link,
                            it.author,
                            it.raw_title,
                            to_iso(pub),
                            now_s,
                            sort_time,
                            now_s,
                            int(suspect),
                            h,
                        ),
                    )
                    item_id = int(cur.lastrowid or 0)
                    new_ids.append(item_id)
                    result.new += 1
                else:
                    item_id = old[0]
                    conn.execute(
                        "UPDATE items SET title=?, summary=?, link=?, author=?, raw_title=?,"
                        " published=?, updated=?, date_suspect=?, content_hash=?, revised=1,"
                        " is_read=0 WHERE id=?",
                        (
                            it.title,
                            it.summary,
                            it.link,
                            it.author,
                            it.raw_title,
                            to_iso(pub),
                            now_s,
                            int(suspect),
                            h,
                            item_id,
                        ),
                    )
                    result.revised += 1
                if uid in by_uid:
                    self._write_facts(conn, item_id, by_uid[uid], replace=old is not None)
            if result.new:  # (every feed with items has a row: see m004_feed_rows)
                conn.execute("INSERT OR IGNORE INTO feeds(name) VALUES (?)", (feed,))
            if result.new or result.revised:  # new words may be in the index: see feeds.prefixes
                conn.execute(
                    "INSERT INTO state(key, value) VALUES (?, '1') ON CONFLICT(key)"
                    " DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
                    (TEXT_EPOCH,),
                )
            if poll is not None:
                self.record_poll(feed, conn=conn, now=now, new=result.new, revised=result.revised, **poll)
        result.new_ids = tuple(new_ids)
        return result

    @staticmethod
    def _known_in_txn(conn: sqlite3.Connection, uids: Sequence[str]) -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        for i in range(0, len(uids), 500):
            chunk = list(uids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            for row in conn.execute(f"SELECT uid, id, content_hash FROM items WHERE uid IN ({marks})", chunk):
                out[row[0]] = (row[1], row[2])
        return out

    @staticmethod
    def _write_facts(conn: sqlite3.Connection, item_id: int, facts: Facts, *, replace: bool) -> None:
        if replace:
            for table in ("violations", "casualties", "talks", "watch_hits"):
                conn.execute(f"DELETE FROM {table} WHERE item_id = ?", (item_id,))
        v = facts.violation
        if v is not None:
            conn.execute(
                'INSERT INTO violations(item_id, phrase, accused, field, start, "end") VALUES (?,?,?,?,?,?)',
                (item_id, v.phrase, v.accused, v.span.field, v.span.start, v.span.end),
            )
        conn.executemany(
            'INSERT INTO casualties(item_id, count, count_max, qualifier, kind, "group", scope,'
            ' phrase, field, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)',
            [
                (
                    item_id,
                    c.count,
                    c.count_max,
                    c.qualifier,
                    c.kind,
                    c.group,
                    c.scope,
                    c.phrase,
                    c.span.field,
                    c.span.start,
                    c.span.end,
                )
                for c in facts.casualties
            ],
        )
        conn.executemany(
            "INSERT INTO talks(item_id, date, date_end, place, parties, status, phrase, field,"
            ' start, "end") VALUES (?,?,?,?,?,?,?,?,?,?)',
            [
                (
                    item_id,
                    t.date,
                    t.date_end,
                    t.place,
                    t.parties,
                    t.status,
                    t.phrase,
                    t.span.field,
                    t.span.start,
                    t.span.end,
                )
                for t in facts.talks
            ],
        )
        conn.executemany(
            "INSERT INTO watch_hits(item_id, watch, words) VALUES (?,?,?)",
            [(item_id, w.watch, "\x1f".join(w.words)) for w in facts.watch_hits],
        )
        # The item joins facts_fts when it first has a fact and leaves it when it has none.
        if v is not None or facts.casualties or facts.talks:
            if conn.execute("INSERT OR IGNORE INTO fact_items(id) VALUES (?)", (item_id,)).rowcount:
                conn.execute(
                    "INSERT INTO facts_fts(rowid, title, summary) SELECT id, title, summary"
                    " FROM items WHERE id = ?",
                    (item_id,),
                )
        elif replace and conn.execute("DELETE FROM fact_items WHERE id = ?", (item_id,)).rowcount:
            conn.execute(
                "INSERT INTO facts_fts(facts_fts, rowid, title, summary)"
                " SELECT 'delete', id, title, summary FROM items WHERE id = ?",
                (item_id,),
            )

    def reextract(
        self, extractor: Extractor, batch: int = 500, progress: Callable[[int], None] | None = None
    ) -> int:
        """Recompute every item's facts (after the rules or the watch lists changed)."""
        done = 0
        last = 0
        while True:
            rows = self._rows(
                "SELECT id, feed, guid, title, summary, link, published FROM items"
                " WHERE id > ? ORDER BY id LIMIT ?",
                [last, batch],
            )
            if not rows:
                return done
            computed = [
                (
                    r["id"],
                    extractor(
                        Item(
                            feed=r["feed"],
                            guid=r["guid"],
                            title=r["title"],
                            summary=r["summary"],
                            link=r["link"],
                            published=_dt(r["published"]),
                        )
                    ),
                )
                for r in rows
            ]
            with self.write() as conn:
                for item_id, facts in computed:
                    self._write_facts(conn, item_id, facts, replace=True)
            done += len(rows)
            last = rows[-1]["id"]
            if progress:
                progress(done)

    def prune(self, keep_days: int, now: datetime | None = None) -> int:
        """Delete items older than keep_days (facts follow by cascade). 0 keeps everything."""
        if keep_days <= 0:
            return 0
        cutoff = to_iso((now or utcnow()) - timedelta(days=keep_days))
        with self.write() as conn:
            cur = conn.execute("DELETE FROM items WHERE sort_time < ? AND flagged = 0", (cutoff,))
            return cur.rowcount

    # -- filtering --

    def _filter_sql(
        self,
        query: Query | None,
        now: datetime | None,
        alias: str = "i",
        id_floor: int | None = None,
        fts_on: str | None = None,
        facts: bool = False,
    ) -> tuple[str, list[Any]]:
        """WHERE clauses (joined by AND, possibly empty) for a parsed filter.

        With `id_floor` the full-text subqueries only read rowids >= it (see `_where`).
        With `fts_on` (the item id column of rows found otherwise, such as "v.item_id") the
        match lists only filter those rows (`+` keeps the planner from driving the query by
        them): right for the fact tables, which are a few rows per hundred items, where
        probing them once per match of a common word (half the items) cost more than building
        the list. On a fact table's own column the test runs before the item is read: most
        facts in a window fail a filter, and reading their items first cost 10 ms at 1M items.
        With `facts` the words are looked up in facts_fts, which holds only the items that have
        facts: right (and far cheaper for common words) when every row filtered is a fact's.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if query is None:
            return "", params
        if has_prefix_terms(query):
            with self._lock:
                epoch = self.get_state(TEXT_EPOCH) or "0"
                query = PREFIX_WORDS.expand(self.conn, self._database, epoch, query)
        floor_sql = " AND rowid >= ?" if id_floor is not None else ""
        floor_params = [id_floor] if id_floor is not None else []
        matched = f"+{fts_on}" if fts_on else f"{alias}.id"
        fts = "facts_fts" if facts else "items_fts"
        match = query.match_expression()
        if match:
            clauses.append(f"{matched} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?{floor_sql})")
            params.extend([match, *floor_params])
        excl = query.exclude_expression()
        if excl:
            clauses.append(f"{matched} NOT IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?{floor_sql})")
            params.extend([excl, *floor_params])
        if query.feeds:
            named = self._feeds_named(query.feeds)
            if not named:  # (a constant: SQLite then reads no full-text list and no row)
                clauses.append("0")
            else:  # (`+`: the sort_time index drives the query, as for any filter)
                clauses.append(f"+{alias}.feed IN ({','.join('?' * len(named))})")
                params.extend(named)
        if query.tags:
            tagged = self._feeds_with_tags(query.tags)
            if not tagged:  # (a constant: SQLite then reads no full-text list and no row)
                clauses.append("0")
            else:
                clauses.append(f"{alias}.feed IN ({','.join('?' * len(tagged))})")
                params.extend(tagged)
        if query.since is not None:
            clauses.append(f"{alias}.sort_time >= ?")
            params.append(to_iso((now or utcnow()) - query.since))
        return " AND ".join(clauses), params

    def set_feed_tags(self, specs: Iterable[FeedSpec]) -> None:
        """Tags live in the config; the store only needs them to answer `tag:` filters."""
        self._tags = {s.name: s.tags for s in specs}

    def _feeds_named(self, parts: Sequence[str]) -> list[str]:
        """The feeds whose name holds any of parts (case-insensitive, as `feed:` means)."""
        likes = " OR ".join(["name LIKE ? ESCAPE '\\'"] * len(parts))
        escaped = ["%" + p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for p in parts]
        return [r["name"] for r in self._rows(f"SELECT name FROM feeds WHERE {likes}", escaped, many=True)]

    def _feeds_with_tags(self, tags: Sequence[str]) -> list[str]:
        wanted = {t.lower() for t in tags}
        return [name for name, ts in self._tags.items() if wanted & {t.lower() for t in ts}]

    @staticmethod
    def _window(
        since: datetime | None, until: datetime | None, prefix: str = ""
    ) -> tuple[list[str], list[Any]]:
        """Clauses keeping items whose sort_time lies in [since, until] (either end optional).

        `prefix="+"` keeps the planner off the sort_time index when another index is better.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if since is not None:
            clauses.append(f"{prefix}i.sort_time >= ?")
            params.append(to_iso(since))
        if until is not None:
            clauses.append(f"{prefix}i.sort_time <= ?")
            params.append(to_iso(until))
        return clauses, params

    def _where(
        self,
        query: Query | None,
        now: datetime | None,
        extra: Sequence[str] = (),
        extra_params: Sequence[Any] = (),
        *,
        floor: datetime | None = None,
        id_floor: int | None = None,
        fts_on: str | None = None,
        facts: bool = False,
    ) -> tuple[str, list[Any]]:
        """WHERE for a filter plus extra clauses (`fts_on`, `facts`: see `_filter_sql`).

        `floor` is a time every row's sort_time/first_seen is known to be at or after (a
        `since`): as ids grow with first_seen and sort_time <= first_seen, it becomes an id
        floor that bounds the full-text subqueries and the scan (fast at 1M items).
        """
        if query is not None and query.since is not None:
            qfloor = (now or utcnow()) - query.since
            floor = qfloor if floor is None else max(floor, qfloor)
        if floor is not None:
            fid = self.id_floor(floor)
            id_floor = fid if id_floor is None else max(id_floor, fid)
        sql, params = self._filter_sql(query, now, id_floor=id_floor, fts_on=fts_on, facts=facts)
        if id_floor is not None:
            extra = [*extra, "i.id >= ?"]
            extra_params = [*extra_params, id_floor]
        parts = [p for p in (sql, *extra) if p]
        where = (" WHERE " + " AND ".join(parts)) if parts else ""
        return where, [*params, *extra_params]

    # -- queries for panes --

    def items(
        self,
        query: Query | None = None,
        *,
        limit: int = 200,
        now: datetime | None = None,
        watch: str | None = None,
        unread_only: bool = False,
        id_floor: int | None = None,
    ) -> list[ItemRow]:
        extra, extra_params = [], []
        if watch:
            extra.append("i.id IN (SELECT item_id FROM watch_hits WHERE watch = ?)")
            extra_params.append(watch)
        if unread_only:
            extra.append("i.is_read = 0")
        where, params = self._where(query, now, extra, extra_params, id_floor=id_floor)
        # The watch lists are looked up for the rows kept, not for every match sorted.
        rows = self._rows(
            "SELECT x.*, (SELECT group_concat(watch, '\x1f') FROM watch_hits w WHERE w.item_id = x.id) AS w"
            " FROM (SELECT i.id, i.uid, i.feed, i.title, i.link, i.sort_time, i.first_seen, i.is_read,"
            f" i.flagged, i.revised FROM items i{where} ORDER BY i.sort_time DESC, i.id DESC LIMIT ?) x",
            [*params, min(limit, MAX_RESULTS)],
            many=True,
        )
        return [self._item_row(r) for r in rows]

    @staticmethod
    def _item_row(r: dict[str, Any]) -> ItemRow:
        return ItemRow(
            id=r["id"],
            uid=r["uid"],
            feed=r["feed"],
            title=r["title"],
            link=r["link"],
            time=_dt_req(r["sort_time"]),
            first_seen=_dt_req(r["first_seen"]),
            is_read=bool(r["is_read"]),
            flagged=bool(r["flagged"]),
            revised=bool(r["revised"]),
            watch=tuple(dict.fromkeys(r["w"].split("\x1f"))) if r.get("w") else (),
        )

    def count_items(
        self,
        query: Query | None = None,
        *,
        now: datetime | None = None,
        since: datetime | None = None,
        unread_only: bool = False,
    ) -> int:
        extra, extra_params = [], []
        if since is not None:
            extra.append("i.first_seen > ?")
            extra_params.append(to_iso(since))
        if unread_only:
            extra.append("i.is_read = 0")
        where, params = self._where(query, now, extra, extra_params, floor=since)
        return int(self._rows(f"SELECT count(*) AS n FROM items i{where}", params)[0]["n"])

    def violations(
        self,
        query: Query | None = None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        now: datetime | None = None,
        id_floor: int | None = None,
    ) -> list[ViolationRow]:
        extra, extra_params = self._window(since, until)
        where, params = self._where(
            query, now, extra, extra_params, floor=since, id_floor=id_floor, facts=True
        )
        rows = self._rows(
            "SELECT i.id, i.feed, i.title, i.link, i.sort_time, v.accused, v.phrase"
            f" FROM violations v JOIN items i ON i.id = v.item_id{where}"
            " ORDER BY i.sort_time DESC, i.id DESC LIMIT ?",
            [*params, min(limit, MAX_RESULTS)],
            many=True,
        )
        return [
            ViolationRow(
                item_id=r["id"],
                feed=r["feed"],
                title=r["title"],
                link=r["link"],
                time=_dt_req(r["sort_time"]),
                accused=r["accused"],
                phrase=r["phrase"],
            )
            for r in rows
        ]

    def count_violations(
        self,
        query: Query | None = None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        now: datetime | None = None,
    ) -> int:
        extra, extra_params = self._window(since, until)
        where, params = self._where(
            query, now, extra, extra_params, floor=since, fts_on="v.item_id", facts=True
        )
        return int(
            self._rows(
                f"SELECT count(DISTINCT v.item_id) AS n FROM violations v JOIN items i"
                f" ON i.id = v.item_id{where}",
                params,
            )[0]["n"]
        )

    def count_violations_since(
        self, query: Query | None, sinces: Sequence[datetime], *, now: datetime | None = None
    ) -> list[int]:
        """count_violations() for several starts at once: one pass (and one full-text lookup)
        over the widest window instead of one per start."""
        if not sinces:
            return []
        isos = [to_iso(t) for t in sinces]
        low = min(sinces)
        where, params = self._where(
            query, now, ["i.sort_time >= ?"], [to_iso(low)], floor=low, fts_on="v.item_id", facts=True
        )
        cols = ", ".join(
            f"count(DISTINCT CASE WHEN i.sort_time >= ? THEN v.item_id END) AS n{k}" for k in range(len(isos))
        )
        row = self._rows(
            f"SELECT {cols} FROM violations v JOIN items i ON i.id = v.item_id{where}",
            [*isos, *params],
        )[0]
        return [int(row[f"n{k}"]) for k in range(len(isos))]

    def first_violation_after(self, start: datetime) -> int | None:
        rows = self._rows(
            "SELECT i.id FROM violations v JOIN items i ON i.id = v.item_id"
            " WHERE i.sort_time >= ? AND v.item_id >= ? ORDER BY i.sort_time, i.id LIMIT 1",
            [to_iso(start), self.id_floor(start)],
        )
        return rows[0]["id"] if rows else None

    def casualties(
        self,
        query: Query | None = None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        now: datetime | None = None,
        limit: int = MAX_RESULTS,
    ) -> list[CasualtyRow]:
        # With a start, read the (few) facts from their id floor rather than walking every
        # item in the window: `+` keeps the planner off the sort_time index.
        extra, extra_params = self._window(since, until, "+" if since is not None else "")
        if since is not None:
            extra.append("c.item_id >= ?")
            extra_params.append(self.id_floor(since))
        where, params = self._where(
            query, now, extra, extra_params, floor=since, fts_on="c.item_id", facts=True
        )
        # Columns in CasualtyRow's field order, read as tuples: the dashboard reads up to
        # MAX_RESULTS of these on every filter change, and dicts cost a third of that.
        _, rows = self._fetch(
            "SELECT i.id, i.feed, i.title, i.link, i.sort_time, c.count, c.count_max,"
            ' c.qualifier, c.kind, c."group", c.scope, c.phrase'
            f" FROM casualties c JOIN items i ON i.id = c.item_id{where}"
            " ORDER BY i.sort_time DESC, i.id DESC LIMIT ?",
            [*params, min(limit, MAX_RESULTS)],
            many=True,
        )
        times: dict[str, datetime] = {}  # an item's figures share its time: parse it once
        out = []
        for r in rows:
            when = times.get(r[4])
            if when is None:
                when = times[r[4]] = _dt_req(r[4])
            out.append(CasualtyRow(r[0], r[1], r[2], r[3], when, *r[5:]))
        return out

    def talks(
        self,
        query: Query | None = None,
        *,
        from_date: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        now: datetime | None = None,
        limit: int = 500,
    ) -> list[TalkRow]:
        """Talks facts; `from_date` (ISO date) hides talks dated before it (undated stay)."""
        extra, extra_params = self._window(since, until)
        if from_date is not None:
            extra.append("(t.date IS NULL OR COALESCE(t.date_end, t.date) >= ?)")
            extra_params.append(from_date)
        where, params = self._where(query, now, extra, extra_params, floor=since, facts=True)
        rows = self._rows(
            "SELECT i.id, i.feed, i.title, i.link, i.sort_time, t.date, t.date_end, t.place,"
            " t.parties, t.status, t.phrase"
            f" FROM talks t JOIN items i ON i.id = t.item_id{where}"
            " ORDER BY i.sort_time DESC, i.id DESC LIMIT ?",
            [*params, min(limit, MAX_RESULTS)],
            many=True,
        )
        return [
            TalkRow(
                item_id=r["id"],
                feed=r["feed"],
                title=r["title"],
                link=r["link"],
                time=_dt_req(r["sort_time"]),
                date=r["date"],
                date_end=r["date_end"],
                place=r["place"],
                parties=r["parties"],
                status=r["status"],
                phrase=r["phrase"],
            )
            for r in rows
        ]

    def watch_counts(self, since: datetime | None = None) -> dict[str, int]:
        params: list[Any] = []
        where = ""
        if since is not None:
            where = " WHERE i.first_seen > ? AND w.item_id >= ?"
            params.extend([to_iso(since), self.id_floor(since)])
        rows = self._rows(
            "SELECT w.watch, count(DISTINCT w.item_id) AS n FROM watch_hits w"
            f" JOIN items i ON i.id = w.item_id{where} GROUP BY w.watch",
            params,
        )
        return {r["watch"]: r["n"] for r in rows}

    def watch_hits_since(self, after_id: int, limit: int = 50) -> list[tuple[ItemRow, str]]:
        """New items (id > after_id) that hit a watch list, with the list name."""
        rows = self._rows(
            "SELECT i.id, i.uid, i.feed, i.title, i.link, i.sort_time, i.first_seen, i.is_read,"
            " i.flagged, i.revised, w.watch AS w FROM watch_hits w JOIN items i"
            " ON i.id = w.item_id WHERE i.id > ? ORDER BY i.id LIMIT ?",
            [after_id, limit],
            many=True,
        )
        return [(self._item_row(r), r["w"]) for r in rows]

    def watch_hits_between(
        self,
        start: datetime,
        end: datetime,
        query: Query | None = None,
        *,
        limit: int = 500,
        now: datetime | None = None,
    ) -> list[tuple[ItemRow, str]]:
        """Items in the window that hit a watch list, with the list name, newest first."""
        where, params = self._where(query, now, *self._window(start, end))
        rows = self._rows(
            "SELECT i.id, i.uid, i.feed, i.title, i.link, i.sort_time, i.first_seen, i.is_read,"
            " i.flagged, i.revised, w.watch AS w FROM watch_hits w JOIN items i"
            f" ON i.id = w.item_id{where} ORDER BY i.sort_time DESC, i.id DESC LIMIT ?",
            [*params, min(limit, MAX_RESULTS)],
            many=True,
        )
        return [(self._item_row(r), r["w"]) for r in rows]

    def max_item_id(self) -> int:
        # A bare max(id) is one index lookup; wrapped in coalesce() it scans every row.
        return int(self._rows("SELECT max(id) AS m FROM items")[0]["m"] or 0)

    def item(self, item_id: int) -> ItemDetail | None:
        rows = self._rows(
            "SELECT i.*, (SELECT group_concat(watch, '\x1f') FROM watch_hits w"
            " WHERE w.item_id = i.id) AS w FROM items i WHERE i.id = ?",
            [item_id],
        )
        if not rows:
            return None
        r = rows[0]
        return ItemDetail(
            row=self._item_row(r),
            summary=r["summary"],
            author=r["author"],
            published=_dt(r["published"]),
            updated=_dt_req(r["updated"]),
            raw_title=r["raw_title"],
            date_suspect=bool(r["date_suspect"]),
            reviewed=_dt(r["reviewed"]),
            facts=self.facts(item_id),
            notes=tuple(
                (_dt_req(n["time"]), n["text"])
                for n in self._rows(
                    "SELECT time, text FROM notes WHERE item_uid = ? ORDER BY time, id", [r["uid"]]
                )
            ),
            watch_words={
                w["watch"]: tuple(w["words"].split("\x1f"))
                for w in self._rows("SELECT watch, words FROM watch_hits WHERE item_id = ?", [item_id])
            },
        )

    def facts(self, item_id: int) -> Facts:
        from feeds.models import CasualtyFigure, Span, Talk, Violation, WatchHit

        vs = self._rows("SELECT * FROM violations WHERE item_id = ?", [item_id])
        cs = self._rows("SELECT * FROM casualties WHERE item_id = ?", [item_id])
        ts = self._rows("SELECT * FROM talks WHERE item_id = ?", [item_id])
        ws = self._rows("SELECT * FROM watch_hits WHERE item_id = ?", [item_id])
        return Facts(
            violation=(
                Violation(
                    phrase=vs[0]["phrase"],
                    accused=vs[0]["accused"],
                    span=Span(vs[0]["field"], vs[0]["start"], vs[0]["end"]),
                )
                if vs
                else None
            ),
            casualties=tuple(
                CasualtyFigure(
                    count=c["count"],
                    count_max=c["count_max"],
                    qualifier=c["qualifier"],
                    kind=c["kind"],
                    group=c["group"],
                    scope=c["scope"],
                    phrase=c["phrase"],
                    span=Span(c["field"], c["start"], c["end"]),
                )
                for c in cs
            ),
            talks=tuple(
                Talk(
                    date=t["date"],
                    date_end=t["date_end"],
                    place=t["place"],
                    parties=t["parties"],
                    status=t["status"],
                    phrase=t["phrase"],
                    span=Span(t["field"], t["start"], t["end"]),
                )
                for t in ts
            ),
            watch_hits=tuple(WatchHit(watch=w["watch"], words=tuple(w["words"].split("\x1f"))) for w in ws),
        )

    # -- the officer's marks --

    def mark_read(self, ids: Sequence[int], read: bool = True) -> None:
        if not ids:
            return
        with self.write() as conn:
            for i in range(0, len(ids), 500):
                chunk = list(ids[i : i + 500])
                conn.execute(
                    f"UPDATE items SET is_read = ? WHERE id IN ({','.join('?' * len(chunk))})",
                    [int(read), *chunk],
                )

    def mark_all_read(self, query: Query | None = None, now: datetime | None = None) -> int:
        where, params = self._where(query, now, ["i.is_read = 0"])
        with self.write() as conn:
            cur = conn.execute(
                f"UPDATE items SET is_read = 1 WHERE id IN (SELECT i.id FROM items i{where})", params
            )
            return cur.rowcount

    def toggle_flag(self, item_id: int) -> bool:
        with self.write() as conn:
            conn.execute("UPDATE items SET flagged = 1 - flagged WHERE id = ?", (item_id,))
            row = conn.execute("SELECT flagged FROM items WHERE id = ?", (item_id,)).fetchone()
        return bool(row and row[0])

    def set_reviewed(self, item_id: int, when: datetime | None = None) -> None:
        with self.write() as conn:
            conn.execute("UPDATE items SET reviewed = ? WHERE id = ?", (to_iso(when or utcnow()), item_id))

    def add_note(self, item_id: int, text: str, when: datetime | None = None) -> None:
        from feeds.sanitize import clean_text

        text = clean_text(text, limit=4000)
        if not text:
            return
        with self.write() as conn:
            row = conn.execute("SELECT uid FROM items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                raise StoreError(f"no item {item_id}")
            conn.execute(
                "INSERT INTO notes(item_uid, time, text) VALUES (?,?,?)",
                (row[0], to_iso(when or utcnow()), text),
            )

    def notes(self, since: datetime | None = None, until: datetime | None = None) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT n.time, n.text, i.id AS item_id, i.title, i.feed, i.link FROM notes n"
            " JOIN items i ON i.uid = n.item_uid WHERE n.time >= ? AND n.time <= ?"
            " ORDER BY n.time",
            [to_iso(since) or "", to_iso(until) or "9999"],
        )

    def get_state(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM state WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    def set_state(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key)"
                " DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- search --

    def search(self, query: Query, *, limit: int = 50, now: datetime | None = None) -> list[dict[str, Any]]:
        """Full-text search, newest first, as plain dicts (for the CLI's --json)."""
        rows = self.items(query, limit=limit, now=now)
        return [
            {"id": r.id, "feed": r.feed, "time": to_iso(r.time), "title": r.title, "link": r.link}
            for r in rows
        ]

    # -- dashboard helpers (added for tui/: cheap at 1M items) ---------------------------------

    def id_floor(self, when: datetime) -> int:
        """The smallest item id first seen at or after `when` (max id + 1 when none).

        Ids are assigned in insertion order, so first_seen grows with the id: a binary search
        over the primary key (about 20 lookups) replaces a scan of first_seen. A row's
        sort_time is never after its first_seen, so `sort_time >= when` implies
        `id >= id_floor(when)`.
        """
        # A floor for an earlier time is still a valid (lower) floor, and new items only get
        # larger ids: cache per minute, rounded down, with a margin for clock steps back.
        when = (when - FLOOR_MARGIN).replace(second=0, microsecond=0)
        t = to_iso(when)
        cached = self._floors.get(t)
        if cached is not None:
            return cached
        with self._lock:
            try:
                # Two queries: min() and max() together would scan the table.
                first = self.conn.execute("SELECT min(id) FROM items").fetchone()[0]
                if first is None:
                    return 0
                last = self.conn.execute("SELECT max(id) FROM items").fetchone()[0]
                lo, hi = int(first), int(last) + 1
                while lo < hi:
                    mid = (lo + hi) // 2
                    row = self.conn.execute(
                        "SELECT id, first_seen FROM items WHERE id >= ? ORDER BY id LIMIT 1", (mid,)
                    ).fetchone()
                    if row is None or row[1] >= t:
                        hi = mid
                    else:
                        lo = row[0] + 1
            except sqlite3.Error as exc:
                raise _humanise(exc, self.path) from None
        if len(self._floors) > 256:
            self._floors.clear()
        self._floors[t] = lo
        return lo

    def _newest(
        self,
        fetch: Callable[[int | None], list[Any]],
        limit: int,
        time_of: Callable[[Any], datetime],
        window: int = 5_000,
    ) -> list[Any]:
        """Newest-first rows of a filter without sorting every match.

        Searches only the newest `window` ids, widening (by the hit rate seen so far) until
        the window provably holds the `limit` newest rows: the last row kept is newer than
        the first_seen of the window's oldest id, and older ids cannot hold newer rows.
        Every match in the window is read and sorted: a window about `limit` / (the share of
        ids that can match) wide is cheapest.
        """
        top = self._rows("SELECT max(id) AS m FROM items")[0]["m"]  # max() alone: O(1)
        if top is None:
            return []
        while True:
            floor = top - window + 1
            if floor <= 1:
                return fetch(None)
            rows = fetch(floor)
            if len(rows) >= limit:
                edge = self._rows("SELECT first_seen FROM items WHERE id >= ? ORDER BY id LIMIT 1", [floor])
                last = time_of(rows[limit - 1]) - FLOOR_MARGIN
                if edge and to_iso(last) > edge[0]["first_seen"]:
                    return rows
                window *= 2
            else:
                growth = 1.5 * limit / len(rows) if rows else 10.0
                window = int(window * min(max(growth, 2.0), 10.0))

    def items_newest(
        self,
        query: Query | None = None,
        *,
        limit: int = 200,
        now: datetime | None = None,
        watch: str | None = None,
    ) -> list[ItemRow]:
        """items(), fast for any filter over a large cache (same results)."""
        if (query is None or query.empty) and not watch:
            return self.items(query, limit=limit, now=now)  # the sort index alone is enough
        # Any item can match: a common word fills the limit from a few hundred ids.
        return self._newest(
            lambda floor: self.items(query, limit=limit, now=now, watch=watch, id_floor=floor),
            limit,
            lambda r: r.time,
            window=10 * limit,
        )

    def violations_newest(
        self, query: Query | None = None, *, limit: int = 500, now: datetime | None = None
    ) -> list[ViolationRow]:
        """violations(), fast for any filter over a large cache (same results)."""
        return self._newest(
            lambda floor: self.violations(query, limit=limit, now=now, id_floor=floor),
            limit,
            lambda r: r.time,
        )

    def ids_matching(
        self, query: Query, ids: Iterable[int], now: datetime | None = None, *, facts: bool = False
    ) -> set[int]:
        """Which of these item ids pass the filter (cheap when the ids are few and recent).

        `facts`: every id is the item of a fact, so the words are looked up in facts_fts.
        """
        wanted = sorted(set(ids))
        if not wanted:
            return set()
        batches: list[tuple[str, list[Any], int]]
        if self._has_json():  # one statement, so one full-text list, for any number of ids
            listed = json.dumps(wanted)
            if not (query.feeds or query.tags or query.since is not None):
                # Words alone: their lists decide without reading an item (thousands of ids
                # cost 10 ms of item lookups at 1M items, most of them failing the words).
                sql, params = self._filter_sql(query, now, id_floor=wanted[0], fts_on="j.value", facts=facts)
                where = f" WHERE {sql}" if sql else ""
                rows = self._rows(
                    f"SELECT j.value AS id FROM json_each(?) j{where}", [listed, *params], many=True
                )
                return {r["id"] for r in rows}
            batches = [("i.id IN (SELECT value FROM json_each(?))", [listed], wanted[0])]
        else:
            chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
            batches = [(f"i.id IN ({','.join('?' * len(c))})", list(c), c[0]) for c in chunks]
        out: set[int] = set()
        for clause, args, low in batches:
            where, params = self._where(query, now, [clause], args, id_floor=low, fts_on="i.id", facts=facts)
            out.update(r["id"] for r in self._rows(f"SELECT i.id FROM items i{where}", params, many=True))
        return out
