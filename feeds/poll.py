"""The poll schedule: fetch, parse, extract and store each feed, with bounded concurrency and backoff."""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx

from feeds.config import Settings
from feeds.extract import extract
from feeds.fetch import FetchLimits, fetch, make_client
from feeds.models import Facts, FeedSpec, Item, ParsedFeed, PollResult
from feeds.parse import ParseError, parse_feed
from feeds.store import Store, StoreError
from feeds.timeutil import utcnow

MAX_BACKOFF = 6 * 3600.0
STORE_PAUSE = 60.0

Clock = Callable[[], datetime]
ResultHook = Callable[[PollResult], None]


def item_facts(item: Item, watch: Mapping[str, Sequence[str]]) -> Facts:
    """Extraction for one stored item (title + summary, anchored on its publication date)."""
    return extract(item.title, item.summary, item.published, watch)


class Failures:
    """Items the extractor raised on: counted, the first error kept, for a one-line report."""

    def __init__(self) -> None:
        self.count = 0
        self.first = ""

    def facts(self, item: Item, watch: Mapping[str, Sequence[str]]) -> Facts:
        """item_facts(), or no facts when the extractor raises: a rule that breaks on some text
        must not cost the feed its items (they are stored, without facts) or stop the poller."""
        try:
            return item_facts(item, watch)
        except Exception as exc:  # any extractor bug, on hostile text
            self.count += 1
            self.first = self.first or f"{type(exc).__name__}: {exc}"[:200]
            return Facts()

    def report(self) -> str | None:
        if not self.count:
            return None
        return f"extraction failed on {self.count} item{'s' if self.count > 1 else ''} ({self.first})"


def extract_batch(
    items: Sequence[Item], watch: Mapping[str, Sequence[str]]
) -> tuple[list[Facts], str | None]:
    """Facts for each item, and a report of the items the extractor failed on (None if none)."""
    failures = Failures()
    return [failures.facts(it, watch) for it in items], failures.report()


def _parse(body: bytes, headers: Mapping[str, str], spec: FeedSpec, base_url: str) -> ParsedFeed:
    return parse_feed(
        body, headers, feed_name=spec.name, kind=spec.kind, base_url=base_url, json_paths=spec.json_paths
    )


def backoff_delay(interval: float, errors: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with +-20% jitter, starting at the feed's interval, capped at 6 h."""
    rng = rng or random.Random()
    base = min(interval * (2 ** max(errors - 1, 0)), MAX_BACKOFF)
    base = max(base, min(interval, 60.0))
    return base * rng.uniform(0.8, 1.2)


class Poller:
    """Polls the configured feeds into the store; one instance per process."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        clock: Clock = utcnow,
        clock_rate: float = 1.0,
        on_result: ResultHook | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.clock_rate = clock_rate
        """Clock seconds per real second: the demo's clock runs a week in minutes."""
        self.on_result = on_result
        self.executor = executor
        self.limits = FetchLimits(
            timeout=settings.poll.timeout,
            max_bytes=settings.poll.max_bytes,
            allow_private_redirects=settings.poll.allow_private_redirects,
        )
        self._global = asyncio.Semaphore(settings.poll.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._host_not_before: dict[str, float] = {}
        self._errors: dict[str, int] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._forced: set[str] = set()
        self._rng = random.Random()
        store.sync_feeds(settings.feeds)
        store.set_feed_tags(settings.feeds)

    @property
    def feeds(self) -> list[FeedSpec]:
        return [f for f in self.settings.feeds if f.enabled]

    def _host_sem(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).netloc.lower()
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(self.settings.poll.per_host)
        return sem

    async def _run_cpu(self, fn: Callable[..., object], *args: object) -> object:
        """fn(*args) in the executor when there is one. A pool that cannot take the task (a
        worker killed, no process could start, shut down) is dropped and the work done here,
        then and from now on; what fn itself raises is raised here."""
        executor = self.executor
        if executor is not None:
            try:
                future = executor.submit(fn, *args)
            except (RuntimeError, OSError):  # shut down, broken, or no process could start
                self.executor = None
            else:
                try:
                    return await asyncio.wrap_future(future)
                except BrokenProcessPool:  # a worker died under this task
                    self.executor = None
        return fn(*args)

    async def poll_feed(self, client: httpx.AsyncClient, spec: FeedSpec, force: bool = False) -> PollResult:
        """Fetch, parse, extract and store one feed. Never raises for feed problems."""
        start = time.monotonic()
        host = urlsplit(spec.url).netloc.lower()
        async with self._global, self._host_sem(spec.url):
            try:
                etag, modified = (None, None) if force else self.store.validators(spec.name)
            except StoreError as exc:
                return self._finish(spec, start, error=str(exc), http_status=0, store_failed=True)
            fetched = await fetch(
                client,
                spec.url,
                etag=etag,
                last_modified=modified,
                limits=self.limits,
                allow_private=spec.allow_private,
            )
        if fetched.retry_after:
            self._host_not_before[host] = time.monotonic() + fetched.retry_after
        if fetched.error is not None:
            return self._finish(
                spec, start, error=fetched.error, http_status=fetched.status, retry_after=fetched.retry_after
            )
        if fetched.not_modified:
            return self._finish(
                spec,
                start,
                http_status=304,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
                status="not-modified",
            )
        digest = hashlib.sha1(fetched.body, usedforsecurity=False).hexdigest()
        try:
            same_body = not force and self.store.body_hash(spec.name) == digest
        except StoreError as exc:
            return self._finish(spec, start, error=str(exc), http_status=fetched.status, store_failed=True)
        if same_body:  # the server ignored our validators and resent what we already have
            return self._finish(
                spec,
                start,
                http_status=fetched.status,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
                status="not-modified",
            )
        try:
            parsed = await self._run_cpu(_parse, fetched.body, fetched.headers, spec, fetched.url or spec.url)
        except ParseError as exc:
            return self._finish(spec, start, error=str(exc), http_status=fetched.status)
        except Exception as exc:  # a parser bug must not stop the other feeds
            return self._finish(
                spec, start, error=f"parser failed: {type(exc).__name__}: {exc}", http_status=fetched.status
            )
        assert isinstance(parsed, ParsedFeed)
        try:
            changed = self.store.changed_items(spec.name, parsed.items)
            extracted = await self._run_cpu(extract_batch, changed, self.settings.watch)
            assert isinstance(extracted, tuple)
            facts_list, extract_error = extracted
            facts = {it.guid: f for it, f in zip(changed, facts_list, strict=True)}
            elapsed = int((time.monotonic() - start) * 1000)
            next_in = spec.interval
            # The write runs in a thread: SQLite releases the GIL, so other feeds keep being
            # fetched and parsed meanwhile (the store serialises its own writes).
            saved = await asyncio.to_thread(
                self.store.save_items,
                spec.name,
                parsed.items,
                facts=facts,
                now=self.clock(),
                poll={
                    "status": "ok",
                    "http_status": fetched.status,
                    "error": extract_error,
                    "etag": fetched.etag,
                    "last_modified": fetched.last_modified,
                    "next_poll": self._next_poll(next_in),
                    "ms": elapsed,
                    "body_hash": digest,
                },
            )
        except StoreError as exc:
            return self._finish(spec, start, error=str(exc), http_status=fetched.status, store_failed=True)
        self._errors[spec.name] = 0
        result = PollResult(
            feed=spec.name,
            status="ok",
            http_status=fetched.status,
            new=saved.new,
            revised=saved.revised,
            seen=len(parsed.items),
            elapsed_ms=int((time.monotonic() - start) * 1000),
            error=extract_error,
            next_poll_in=spec.interval,
        )
        self._emit(result)
        return result

    def _finish(
        self,
        spec: FeedSpec,
        start: float,
        *,
        error: str | None = None,
        http_status: int = 0,
        etag: str | None = None,
        last_modified: str | None = None,
        status: str = "error",
        retry_after: float | None = None,
        store_failed: bool = False,
    ) -> PollResult:
        elapsed = int((time.monotonic() - start) * 1000)
        if error is None:
            self._errors[spec.name] = 0
            next_in = spec.interval
        else:
            errors = self._errors.get(spec.name, 0) + 1
            self._errors[spec.name] = errors
            next_in = backoff_delay(spec.interval, errors, self._rng)
            if store_failed:
                next_in = max(next_in, STORE_PAUSE)
            if retry_after:
                next_in = max(next_in, retry_after)
        if not store_failed:
            try:
                self.store.record_poll(
                    spec.name,
                    status=status,
                    http_status=http_status,
                    error=error,
                    etag=etag,
                    last_modified=last_modified,
                    now=self.clock(),
                    ms=elapsed,
                    next_poll=self._next_poll(next_in),
                )
            except StoreError as exc:
                error = f"{error}; and {exc}" if error else str(exc)
                status = "error"
        result = PollResult(
            feed=spec.name,
            status=status,
            http_status=http_status,
            elapsed_ms=elapsed,
            error=error,
            next_poll_in=next_in,
        )
        self._emit(result)
        return result

    def _next_poll(self, seconds: float) -> datetime:
        """When the feed is next due, on the clock's time scale (schedules run on real seconds)."""
        return self.clock() + timedelta(seconds=seconds * self.clock_rate)

    def _emit(self, result: PollResult) -> None:
        if self.on_result is not None:
            self.on_result(result)

    def _client(self) -> httpx.AsyncClient:
        return make_client(self.limits, max_connections=max(self.settings.poll.concurrency, 4))

    async def poll_once(self, names: Sequence[str] | None = None, force: bool = False) -> list[PollResult]:
        """Poll every enabled feed (or the named ones) once, concurrently."""
        specs = [f for f in self.feeds if names is None or f.name in names]
        async with self._client() as client:
            results = await asyncio.gather(*(self.poll_feed(client, s, force) for s in specs))
        self._prune()
        return list(results)

    def _prune(self) -> None:
        try:
            self.store.prune(self.settings.poll.keep_days, self.clock())
        except StoreError:
            pass

    # -- the long-running schedule --

    async def run(self) -> None:
        """Poll each feed on its own schedule until stop() is called."""
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        states = {}
        try:
            states = {s.name: s for s in self.store.feed_states()}
        except StoreError:
            pass
        async with self._client() as client:
            tasks = []
            for i, spec in enumerate(self.feeds):
                first = i * 0.05  # stagger the first round a little
                st = states.get(spec.name)
                if st and st.consecutive_errors and st.next_poll:
                    self._errors[spec.name] = st.consecutive_errors
                    wait = (st.next_poll - utcnow()).total_seconds()
                    first = max(first, min(wait, spec.interval * 4))
                tasks.append(asyncio.create_task(self._feed_loop(client, spec, first)))
            prune = asyncio.create_task(self._prune_loop())
            await self._stop.wait()
            for t in [*tasks, prune]:
                t.cancel()
            await asyncio.gather(*tasks, prune, return_exceptions=True)

    async def _sleep(self, seconds: float) -> bool:
        """Sleep until the time passes, poll_now() or stop(); True when woken early."""
        assert self._stop is not None and self._wake is not None
        if seconds <= 0:
            return False
        wake = asyncio.create_task(self._wake.wait())
        stop = asyncio.create_task(self._stop.wait())
        done, pending = await asyncio.wait({wake, stop}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        return bool(done)

    async def _feed_loop(self, client: httpx.AsyncClient, spec: FeedSpec, first: float) -> None:
        assert self._stop is not None
        delay = first
        host = urlsplit(spec.url).netloc.lower()
        while not self._stop.is_set():
            woke = await self._sleep(delay)
            if self._stop.is_set():
                return
            hold = self._host_not_before.get(host, 0) - time.monotonic()
            if hold > 0 and not woke:
                delay = hold
                continue
            force = spec.name in self._forced
            self._forced.discard(spec.name)
            # Shield the poll so that stop() lets the write in progress finish.
            result = await asyncio.shield(self.poll_feed(client, spec, force=force))
            delay = result.next_poll_in

    async def _prune_loop(self) -> None:
        while True:
            await asyncio.sleep(3600)
            self._prune()

    def stop(self) -> None:
        """Ask run() to finish (thread-safe)."""
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)

    def poll_now(self, force: bool = False) -> None:
        """Make every feed due now (thread-safe)."""
        if self._loop is None or self._wake is None:
            return

        def _wake() -> None:
            assert self._wake is not None
            self._forced = {f.name for f in self.feeds} if force else set()
            self._wake.set()
            self._wake = asyncio.Event()

        self._loop.call_soon_threadsafe(_wake)
