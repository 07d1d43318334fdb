"""A real local HTTP server playing the demo scenario: validators, gzip, scripted faults."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import signal
import sys
import threading
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType, TracebackType
from typing import TextIO
from urllib.parse import urlsplit

from feeds.demo.clock import DEFAULT_SPEED, DEFAULT_START_OFFSET, DemoClock, default_anchor
from feeds.demo.render import CONTENT_TYPES, render, rfc822
from feeds.demo.scenario import Scenario, Source, build_scenario

_CLOCK_SLACK = timedelta(minutes=30)
"""How far past the last item the default clock may run."""


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _wants_gzip(accept_encoding: str) -> bool:
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().lower()
            if q.startswith("q="):
                try:
                    return float(q[2:]) > 0
                except ValueError:
                    return False
            return True
    return False


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    bare = etag.strip('"')
    for tag in header.split(","):
        tag = tag.strip().removeprefix("W/").strip('"')
        if tag in (bare, bare + "-gzip"):
            return True
    return False


def _toml_str(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _toml_list(values: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(_toml_str(v) for v in values) + "]"


def _duration(seconds: float) -> str:
    return f"{round(seconds)}s" if seconds < 60 else f"{round(seconds / 60)}m"


class _Handler(BaseHTTPRequestHandler):
    """Serves one request from the owning DemoServer (HTTP/1.0: one request a connection)."""

    server: _HTTPServer
    timeout = 10
    server_version = "sitroom-demo/1"

    def log_message(self, format: str, *args: object) -> None:
        self.server.demo.requests += 1

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def do_GET(self) -> None:
        self._respond(head=False)

    def _send(self, status: int, headers: dict[str, str], body: bytes, head: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    def _respond(self, head: bool) -> None:
        demo = self.server.demo
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._send(200, {"Content-Type": "text/html; charset=utf-8"}, demo.index(), head)
            return
        source = demo.source_at(path)
        if source is None:
            self._send(404, {"Content-Type": "text/plain; charset=utf-8"}, b"not found\n", head)
            return
        delay = demo.delay_for(source)
        if delay > 0 and demo.stopping.wait(delay):
            return  # shutting down: drop the connection
        now = demo.clock.now()
        fault = source.failure.fault_at(now - demo.scenario.anchor)
        if fault is not None:
            headers = {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store"}
            if fault.retry_after is not None:
                headers["Retry-After"] = str(fault.retry_after)
            self._send(fault.status, headers, f"{fault.status} scripted fault\n".encode(), head)
            return
        body, newest = render(demo.scenario, source, now)
        etag = _etag(body)
        headers = {
            "Content-Type": CONTENT_TYPES[source.format],
            "Cache-Control": "no-cache",
            "Vary": "Accept-Encoding",
        }
        if newest is not None:
            headers["Last-Modified"] = rfc822(newest)
        gz = _wants_gzip(self.headers.get("Accept-Encoding", ""))
        headers["ETag"] = etag[:-1] + '-gzip"' if gz else etag
        if self._not_modified(etag, newest):
            self._send(304, headers, b"", head)
            return
        if gz:
            body = gzip.compress(body, compresslevel=6, mtime=0)
            headers["Content-Encoding"] = "gzip"
        self._send(200, headers, body, head)

    def _not_modified(self, etag: str, newest: datetime | None) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
            return _etag_matches(inm, etag)
        ims = self.headers.get("If-Modified-Since")
        if ims is None or newest is None:
            return False
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError, IndexError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return newest.replace(microsecond=0) <= since


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, address: tuple[str, int], demo: DemoServer) -> None:
        self.demo = demo
        super().__init__(address, _Handler)


class DemoServer:
    """Serves every scenario source at its path on 127.0.0.1, driven by a DemoClock.

    `slow_delay` overrides the real-time delay of slow sources (None: the scenario's plan).
    """

    def __init__(
        self,
        scenario: Scenario | None = None,
        clock: DemoClock | None = None,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        speed: float | None = None,
        slow_delay: float | None = None,
    ) -> None:
        self.scenario = scenario or build_scenario(default_anchor())
        self.clock = clock or DemoClock(
            self.scenario.anchor,
            DEFAULT_SPEED if speed is None else speed,
            DEFAULT_START_OFFSET,
            limit=self.scenario.duration + _CLOCK_SLACK,
        )
        self.host = host
        self.port = port
        self.slow_delay = slow_delay
        self.requests = 0
        self.stopping = threading.Event()
        self._routes = {s.path: s for s in self.scenario.sources}
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> DemoServer:
        if self._httpd is not None:
            raise RuntimeError("server already started")
        self.stopping.clear()
        self._httpd = _HTTPServer((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"sitroom-demo-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wait for request threads and the server thread, free the port."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    @property
    def running(self) -> bool:
        return self._httpd is not None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url_for(self, source: Source) -> str:
        return self.base_url + source.path + (f"?{source.query}" if source.query else "")

    def feed_urls(self) -> dict[str, str]:
        return {s.name: self.url_for(s) for s in self.scenario.sources}

    def source_at(self, path: str) -> Source | None:
        return self._routes.get(path)

    def delay_for(self, source: Source) -> float:
        if source.failure.delay <= 0:
            return 0.0
        return source.failure.delay if self.slow_delay is None else self.slow_delay

    def index(self) -> bytes:
        rows = "".join(
            f'<li><a href="{html.escape(self.url_for(s))}">{html.escape(s.name)}</a> '
            f"({s.format}) {html.escape(s.title)}</li>"
            for s in self.scenario.sources
        )
        now = self.clock.now().strftime("%Y-%m-%d %H:%M UTC")
        return (
            f"<!doctype html><title>sitroom demo</title><h1>sitroom demo feeds</h1>"
            f"<p>{html.escape(self.scenario.truce_name)}; simulated time {now}</p>"
            f"<ul>{rows}</ul>\n"
        ).encode()

    # --- config ------------------------------------------------------------------------------

    def config_toml(self, interval: float = 4.0) -> str:
        """A ready sitroom config for the demo feeds (needs a started server for the port)."""
        sc = self.scenario
        lines = [
            "# sitroom demo config: a scripted, fictional ceasefire week served on localhost",
            "[truce]",
            f"name = {_toml_str(sc.truce_name)}",
            f'start = "{sc.truce_start.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"',
            f"parties = {_toml_list(sc.parties)}",
            f"area = {_toml_str(sc.area)}",
            "",
            "[poll]",
            f'interval = "{_duration(interval)}"',
            "concurrency = 8",
            "per_host = 8",
            'timeout = "30s"',
            "",
            "[watch]",
        ]
        lines += [f"{name} = {_toml_list(words)}" for name, words in sc.watch]
        for source in sc.sources:
            lines += [
                "",
                "[[feeds]]",
                f"name = {_toml_str(source.name)}",
                f"url = {_toml_str(self.url_for(source))}",
                f'kind = "{source.format}"',
                f'interval = "{_duration(source.interval)}"',
                f"tags = {_toml_list(source.tags)}",
            ]
        return "\n".join(lines) + "\n"


def serve_forever(port: int = 0, speed: float | None = None, out: TextIO = sys.stdout) -> None:
    """Run the demo server until Ctrl-C or SIGTERM, printing the feed URLs and a ready config."""
    stop = threading.Event()
    previous = None
    in_main = threading.current_thread() is threading.main_thread()

    def _on_term(signum: int, frame: FrameType | None) -> None:
        stop.set()

    if in_main:
        previous = signal.signal(signal.SIGTERM, _on_term)
    server = DemoServer(port=port, speed=speed)
    try:
        server.start()
        print(f"sitroom demo feeds on {server.base_url}/ (Ctrl-C to stop)", file=out)
        for name, url in server.feed_urls().items():
            print(f"  {name:14} {url}", file=out)
        print("\n# --- config.toml ---", file=out)
        print(server.config_toml(), file=out, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while not stop.wait(0.5):
                pass
    finally:
        server.stop()
        if in_main and previous is not None:
            signal.signal(signal.SIGTERM, previous)
        print("sitroom demo server stopped", file=out, flush=True)
