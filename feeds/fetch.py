"""One bounded HTTP (or file:) fetch: one deadline, capped decompressed size, checked redirects."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import brotli
import httpx

from feeds import __version__
from feeds.models import FetchResult
from feeds.sanitize import clean_text

RETRY_AFTER_MIN = 60.0
RETRY_AFTER_MAX = 86_400.0
_CHUNK = 64 * 1024
"""Largest piece of decompressed output produced per step."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True)
class FetchLimits:
    """Hard limits for one request."""

    timeout: float = 30.0
    """One wall-clock deadline for the whole request, redirects and body included (seconds)."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted, counted after decompression."""
    max_redirects: int = 5
    allow_private_redirects: bool = False
    """Follow redirects to loopback, private, link-local or unspecified addresses."""
    user_agent: str = f"sitroom/{__version__} (+https://github.com/sitroom)"


class _Refused(Exception):
    """A fetch failed for a reason we state in one line."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


def make_client(limits: FetchLimits, max_connections: int = 16) -> httpx.AsyncClient:
    """An AsyncClient that neither follows redirects nor decodes bodies (fetch does both)."""
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(limits.timeout),
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        headers={
            "User-Agent": limits.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate, br",
        },
    )


def _human_size(n: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def _one_line(exc: BaseException, prefix: str) -> str:
    text = clean_text(str(exc), limit=200)
    return f"{prefix}: {text}" if text else f"{prefix} ({type(exc).__name__})"


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date), clamped 1 min..24 h.

    Garbage, empty or missing values give None.
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 100:
        return None
    if value.isascii() and value.isdigit():
        seconds = float(int(value[:12]))
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, RETRY_AFTER_MIN), RETRY_AFTER_MAX)


# --- decompression --------------------------------------------------------------------------


class _Stage:
    """Incremental decoder for one content coding with bounded output per step."""

    def feed(self, data: bytes) -> Iterator[bytes]:
        raise NotImplementedError

    def finish(self) -> Iterator[bytes]:
        return iter(())


class _ZlibStage(_Stage):
    """gzip (wbits 47: gzip or zlib header) or deflate (zlib-wrapped or raw, sniffed)."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self.obj: zlib._Decompress | None = zlib.decompressobj(wbits=47) if coding == "gzip" else None
        self.head = b""

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.obj is None:
            self.head += data
            if len(self.head) < 2:
                return
            b0, b1 = self.head[0], self.head[1]
            is_zlib = (b0 & 0x0F) == 8 and ((b0 << 8) | b1) % 31 == 0
            self.obj = zlib.decompressobj(wbits=15 if is_zlib else -15)
            data, self.head = self.head, b""
        yield from self._drain(data)

    def _drain(self, data: bytes) -> Iterator[bytes]:
        obj = self.obj
        assert obj is not None
        while True:
            if obj.eof:
                # gzip allows several members; anything else after the end is ignored.
                if self.coding != "gzip" or not data.strip(b"\0"):
                    return
                obj = self.obj = zlib.decompressobj(wbits=47)
            out = obj.decompress(data, _CHUNK)
            data = obj.unconsumed_tail
            if out:
                yield out
            if obj.eof:
                data = obj.unused_data + data
                continue
            if not data and len(out) < _CHUNK:
                return

    def finish(self) -> Iterator[bytes]:
        if self.obj is None:
            if self.head:
                raise _Refused(f"{self.coding} body truncated")
            return
        if not self.obj.eof:
            out = self.obj.flush(_CHUNK)
            if out:
                yield out
            if not self.obj.eof:
                raise _Refused(f"{self.coding} body truncated")


class _BrotliStage(_Stage):
    def __init__(self) -> None:
        self.obj = brotli.Decompressor()

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.obj.is_finished():
            return
        out = self.obj.process(data, output_buffer_limit=_CHUNK)
        # Output beyond the limit stays buffered inside the decoder: drain it in bounded steps.
        while out:
            yield out
            if self.obj.is_finished():
                return
            out = self.obj.process(b"", output_buffer_limit=_CHUNK)

    def finish(self) -> Iterator[bytes]:
        if not self.obj.is_finished():
            raise _Refused("br body truncated")
        return iter(())


def _stages(content_encoding: str) -> list[_Stage]:
    """Decoders in the order to apply them (the reverse of the order the server applied them)."""
    stages: list[_Stage] = []
    for raw in reversed(content_encoding.lower().split(",")):
        coding = raw.strip()
        if coding in ("", "identity", "none"):
            continue
        if coding in ("gzip", "x-gzip"):
            stages.append(_ZlibStage("gzip"))
        elif coding == "deflate":
            stages.append(_ZlibStage("deflate"))
        elif coding == "br":
            stages.append(_BrotliStage())
        else:
            raise _Refused(f"unsupported Content-Encoding {clean_text(coding, limit=40)!r}")
    if len(stages) > 3:
        raise _Refused("too many content encodings")
    return stages


def _run(stages: list[_Stage], data: bytes, index: int = 0) -> Iterator[bytes]:
    if index == len(stages):
        if data:
            yield data
        return
    for out in stages[index].feed(data):
        yield from _run(stages, out, index + 1)


def _finish(stages: list[_Stage], index: int = 0) -> Iterator[bytes]:
    if index == len(stages):
        return
    for out in stages[index].finish():
        yield from _run(stages, out, index + 1)
    yield from _finish(stages, index + 1)


async def _read_body(response: httpx.Response, max_bytes: int) -> bytes:
    """The decoded body, refused as soon as it would exceed max_bytes."""
    too_big = f"body larger than {_human_size(max_bytes)}"
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise _Refused(too_big, response.status_code)
    stages = _stages(response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    total = 0
    raw_total = 0
    try:
        async for raw in response.aiter_raw():
            raw_total += len(raw)
            if raw_total > max_bytes:
                raise _Refused(too_big, response.status_code)
            for out in _run(stages, raw):
                total += len(out)
                if total > max_bytes:
                    raise _Refused(too_big, response.status_code)
                parts.append(out)
        for out in _finish(stages):
            total += len(out)
            if total > max_bytes:
                raise _Refused(too_big, response.status_code)
            parts.append(out)
    except (zlib.error, brotli.error) as exc:
        raise _Refused(_one_line(exc, "cannot decompress body"), response.status_code) from exc
    except _Refused as exc:
        exc.status = exc.status or response.status_code
        raise
    return b"".join(parts)


# --- address checks -------------------------------------------------------------------------


def _is_private_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return _is_private_ip(mapped)
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_reserved
        or ip.is_multicast
    )


async def _is_private_host(host: str, port: int) -> bool:
    """True when the host is, or resolves to, a loopback/private/link-local/unspecified address."""
    host = host.strip("[]").rstrip(".").lower()
    if not host or host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return _is_private_ip(ipaddress.ip_address(host.split("%", 1)[0]))
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise _Refused(_one_line(exc, f"cannot resolve {clean_text(host, limit=100)}")) from exc
    for _family, _type, _proto, _name, sockaddr in infos:
        try:
            ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        except ValueError:
            return True
        if _is_private_ip(ip):
            return True
    return False


# --- file: URLs -----------------------------------------------------------------------------


def _read_file(path: str, max_bytes: int) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _Refused(f"body larger than {_human_size(max_bytes)}")
    return data


async def _fetch_file(url: str, limits: FetchLimits) -> FetchResult:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise _Refused("file: URL with a host refused")
    path = url2pathname(unquote(parts.path))
    try:
        body = await asyncio.to_thread(_read_file, path, limits.max_bytes)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _Refused(f"cannot read {clean_text(path, limit=200)}: {reason}") from exc
    headers = {"content-length": str(len(body))}
    return FetchResult(status=200, body=body, headers=headers, url=url)


# --- the fetch ------------------------------------------------------------------------------


def _reason(response: httpx.Response) -> str:
    phrase = clean_text(response.reason_phrase, limit=80)
    if not phrase:
        try:
            phrase = HTTPStatus(response.status_code).phrase
        except ValueError:
            phrase = ""
    return f"HTTP {response.status_code} {phrase}".rstrip()


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
    allow_private: bool,
) -> FetchResult:
    current = url.strip()
    request_headers: dict[str, str] = {}
    if etag:
        request_headers["If-None-Match"] = etag
    if last_modified:
        request_headers["If-Modified-Since"] = last_modified
    for hop in range(limits.max_redirects + 1):
        try:
            parts = urlsplit(current)
        except ValueError as exc:
            raise _Refused(_one_line(exc, "invalid URL")) from exc
        scheme = parts.scheme.lower()
        if scheme == "file":
            if hop:
                raise _Refused("redirect to file: refused")
            return await _fetch_file(current, limits)
        if scheme not in ("http", "https"):
            shown = clean_text(scheme, limit=20) or "(none)"
            if hop:
                raise _Refused(f"redirect to {shown}: refused")
            raise _Refused(f"unsupported URL scheme {shown}:")
        try:
            request = client.build_request("GET", current, headers=request_headers)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError) as exc:
            raise _Refused(_one_line(exc, "invalid URL")) from exc
        check = limits.allow_private_redirects if hop else allow_private
        if not check:
            host = request.url.host
            port = request.url.port or (443 if request.url.scheme == "https" else 80)
            if await _is_private_host(host, port):
                what = "redirect to" if hop else "request to"
                raise _Refused(f"{what} private address {clean_text(host, limit=100)} refused")
        try:
            response = await client.send(request, stream=True)
        except httpx.InvalidURL as exc:
            # httpx pre-builds the next request from any Location and chokes on some (mailto:...).
            raise _Refused(_one_line(exc, "invalid redirect Location")) from exc
        try:
            status = response.status_code
            headers = {k.lower(): v for k, v in response.headers.items()}
            if status in _REDIRECTS:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise _Refused(f"{_reason(response)} without Location", status)
                if hop == limits.max_redirects:
                    raise _Refused(f"too many redirects ({limits.max_redirects})", status)
                try:
                    current = urljoin(str(response.url), location)
                except ValueError as exc:
                    raise _Refused(_one_line(exc, "invalid redirect"), status) from exc
                continue
            final_url = str(response.url)
            if status == 304:
                return FetchResult(
                    status=304,
                    headers=headers,
                    url=final_url,
                    etag=headers.get("etag") or etag,
                    last_modified=headers.get("last-modified") or last_modified,
                )
            if 200 <= status < 300:
                body = await _read_body(response, limits.max_bytes)
                return FetchResult(
                    status=status,
                    body=body,
                    headers=headers,
                    url=final_url,
                    etag=headers.get("etag"),
                    last_modified=headers.get("last-modified"),
                )
            retry_after = None
            if status in (429, 503):
                retry_after = parse_retry_after(headers.get("retry-after"))
            return FetchResult(
                status=status,
                headers=headers,
                url=final_url,
                retry_after=retry_after,
                error=_reason(response),
            )
        finally:
            await response.aclose()
    raise _Refused(f"too many redirects ({limits.max_redirects})")  # pragma: no cover


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits,
    allow_private: bool = True,
) -> FetchResult:
    """Fetch one feed URL; never raises for network or protocol problems (see FetchResult.error).

    ``etag`` and ``last_modified`` are sent verbatim as If-None-Match / If-Modified-Since.
    ``allow_private`` lets the initial URL (written in the config) point at a private host.
    """
    start = time.monotonic()
    result: FetchResult
    try:
        async with asyncio.timeout(limits.timeout):
            result = await _fetch(client, url, etag, last_modified, limits, allow_private)
    except TimeoutError:
        result = FetchResult(status=0, url=url, error=f"timed out after {limits.timeout:g} s")
    except _Refused as exc:
        result = FetchResult(status=exc.status, url=url, error=str(exc))
    except httpx.TimeoutException:
        result = FetchResult(status=0, url=url, error=f"timed out after {limits.timeout:g} s")
    except httpx.ConnectError as exc:
        result = FetchResult(status=0, url=url, error=_one_line(exc, "connection failed"))
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        result = FetchResult(status=0, url=url, error=_one_line(exc, "invalid URL"))
    except httpx.HTTPError as exc:
        result = FetchResult(status=0, url=url, error=_one_line(exc, type(exc).__name__))
    except (OSError, ValueError, UnicodeError) as exc:
        result = FetchResult(status=0, url=url, error=_one_line(exc, type(exc).__name__))
    return replace(result, elapsed_ms=int((time.monotonic() - start) * 1000))
