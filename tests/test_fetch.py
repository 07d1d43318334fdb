"""feeds.fetch against a real HTTP server on 127.0.0.1: validators, codings, bombs, deadlines."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
import zlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import brotli
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from feeds.fetch import FetchLimits, fetch, make_client, parse_retry_after

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
ETAG = 'W/"abc-123"'
LAST_MODIFIED = "Wed, 21 Oct 2015 07:28:00 GMT"


@pytest.fixture
async def client() -> AsyncIterator:
    async with make_client(FetchLimits()) as c:
        yield c


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """512 MiB of zeros, gzip-compressed incrementally (about 500 KiB)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [comp.compress(block) for _ in range(512)]
    parts.append(comp.flush())
    return b"".join(parts)


async def test_ok_then_not_modified_echoes_validators(httpserver: HTTPServer, client) -> None:
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304)
        return Response(
            RSS,
            content_type="application/rss+xml",
            headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
        )

    httpserver.expect_request("/feed").respond_with_handler(handler)
    url = httpserver.url_for("/feed")
    first = await fetch(client, url, limits=FetchLimits())
    assert first.ok and first.status == 200 and first.body == RSS
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    assert first.headers["content-type"] == "application/rss+xml"
    assert first.url == url and first.elapsed_ms >= 0
    assert "If-None-Match" not in seen[0] and "If-Modified-Since" not in seen[0]
    assert seen[0]["User-Agent"].startswith("sitroom/")
    assert seen[0]["Accept-Encoding"] == "gzip, deflate, br"

    second = await fetch(
        client, url, etag=first.etag, last_modified=first.last_modified, limits=FetchLimits()
    )
    assert second.status == 304 and second.not_modified and second.ok
    assert second.body == b""
    # Sent verbatim, and echoed back when the 304 carries no validators of its own.
    assert seen[1]["If-None-Match"] == ETAG
    assert seen[1]["If-Modified-Since"] == LAST_MODIFIED
    assert (second.etag, second.last_modified) == (ETAG, LAST_MODIFIED)


async def test_not_modified_with_new_validators(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_response(Response(status=304, headers={"ETag": '"new"'}))
    result = await fetch(client, httpserver.url_for("/feed"), etag='"old"', limits=FetchLimits())
    assert result.not_modified and result.etag == '"new"' and result.last_modified is None


@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b, wbits=-15)),
        ("br", brotli.compress),
    ],
    ids=["gzip", "x-gzip", "deflate-zlib", "deflate-raw", "br"],
)
async def test_compressed_bodies(httpserver: HTTPServer, client, coding: str, encode) -> None:
    body = RSS * 2000
    httpserver.expect_request("/feed").respond_with_response(
        Response(encode(body), headers={"Content-Encoding": coding})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.ok, result.error
    assert result.body == body


async def test_multi_member_gzip(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(
            gzip.compress(b"abc") + gzip.compress(b"def") + b"\0\0",
            headers={"Content-Encoding": "gzip"},
        )
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.body == b"abcdef"


async def test_corrupt_gzip_is_an_error(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(b"\x1f\x8b\x08\x00garbage-garbage", headers={"Content-Encoding": "gzip"})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert not result.ok and "decompress" in (result.error or "")


async def test_unknown_content_encoding(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(b"xx", headers={"Content-Encoding": "zstd"})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.error == "unsupported Content-Encoding 'zstd'"


async def test_gzip_bomb_refused_with_bounded_memory(
    httpserver: HTTPServer, client, gzip_bomb: bytes
) -> None:
    assert len(gzip_bomb) < 600 * 1024
    httpserver.expect_request("/bomb").respond_with_response(
        Response(gzip_bomb, headers={"Content-Encoding": "gzip"})
    )
    tracemalloc.start()
    try:
        result = await fetch(client, httpserver.url_for("/bomb"), limits=FetchLimits())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error == "body larger than 10 MiB"
    assert result.status == 200 and result.body == b""
    assert peak < 20 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"


async def test_brotli_bomb_refused(httpserver: HTTPServer, client) -> None:
    bomb = brotli.compress(bytes(64 << 20), quality=5)
    httpserver.expect_request("/bomb").respond_with_response(
        Response(bomb, headers={"Content-Encoding": "br"})
    )
    limits = FetchLimits(max_bytes=1 << 20)
    result = await fetch(client, httpserver.url_for("/bomb"), limits=limits)
    assert result.error == "body larger than 1 MiB"


async def test_plain_body_over_limit(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/big").respond_with_data(b"x" * 5000)
    result = await fetch(client, httpserver.url_for("/big"), limits=FetchLimits(max_bytes=4096))
    assert result.error == "body larger than 4 KiB"
    at_limit = await fetch(client, httpserver.url_for("/big"), limits=FetchLimits(max_bytes=5000))
    assert at_limit.ok and len(at_limit.body) == 5000


async def test_empty_200_returned_as_is(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/empty").respond_with_data(b"")
    result = await fetch(client, httpserver.url_for("/empty"), limits=FetchLimits())
    assert result.ok and result.status == 200 and result.body == b""


async def test_trickling_server_cut_off_at_deadline() -> None:
    async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            for _ in range(100):
                writer.write(b"<")
                await writer.drain()
                await asyncio.sleep(0.2)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(trickle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    limits = FetchLimits(timeout=1.0)
    try:
        async with make_client(limits) as client:
            loop = asyncio.get_running_loop()
            start = loop.time()
            result = await fetch(client, f"http://127.0.0.1:{port}/", limits=limits)
            took = loop.time() - start
    finally:
        server.close()
    assert result.error == "timed out after 1 s"
    assert result.status == 0
    assert 0.9 <= took < 1.6
    assert 900 <= result.elapsed_ms < 1600


async def test_redirect_followed_when_private_allowed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old").respond_with_response(
        Response(status=301, headers={"Location": "/new"})
    )
    httpserver.expect_request("/new").respond_with_data(RSS, headers={"ETag": '"n"'})
    limits = FetchLimits(allow_private_redirects=True)
    async with make_client(limits) as client:
        result = await fetch(client, httpserver.url_for("/old"), limits=limits)
    assert result.ok and result.body == RSS
    assert result.url == httpserver.url_for("/new") and result.etag == '"n"'


async def test_redirect_loop(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_response(Response(status=302, headers={"Location": "/b"}))
    httpserver.expect_request("/b").respond_with_response(Response(status=307, headers={"Location": "/a"}))
    limits = FetchLimits(allow_private_redirects=True)
    async with make_client(limits) as client:
        result = await fetch(client, httpserver.url_for("/a"), limits=limits)
    assert result.error == "too many redirects (5)"
    assert len(httpserver.log) == 6  # the first request and 5 redirects


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("file:///etc/passwd", "redirect to file: refused"),
        ("ftp://example.org/feed", "redirect to ftp: refused"),
        ("javascript:alert(1)", "invalid redirect Location"),
        ("data:text/xml,<rss/>", "invalid redirect Location"),
        ("gopher://example.org/1", "redirect to gopher: refused"),
    ],
)
async def test_redirect_to_other_schemes_refused(
    httpserver: HTTPServer, client, location: str, message: str
) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(status=302, headers={"Location": location})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.error is not None and result.error.startswith(message)
    assert result.status == 0 and b"root:" not in result.body
    assert len(httpserver.log) == 1


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/x",
        "http://localhost:{port}/x",
        "http://[::1]:{port}/x",
        "http://10.1.2.3/x",
        "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0:{port}/x",
        "http://[::ffff:127.0.0.1]:{port}/x",
    ],
)
async def test_redirect_to_private_address_refused(httpserver: HTTPServer, client, target: str) -> None:
    httpserver.expect_request("/feed").respond_with_response(
        Response(status=302, headers={"Location": target.format(port=httpserver.port)})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.error is not None
    assert result.error.startswith("redirect to private address ")
    assert result.error.endswith(" refused")
    assert len(httpserver.log) == 1


async def test_private_initial_url_refused_when_not_allowed(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_data(RSS)
    url = httpserver.url_for("/feed")
    result = await fetch(client, url, limits=FetchLimits(), allow_private=False)
    assert result.error == "request to private address localhost refused" or (
        result.error == "request to private address 127.0.0.1 refused"
    )
    assert not httpserver.log
    allowed = await fetch(client, url, limits=FetchLimits(), allow_private=True)
    assert allowed.ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("5", 60.0),
        ("99999999", 86400.0),
        ("0", 60.0),
        ("soon", None),
        ("-30", None),
        ("", None),
    ],
)
async def test_429_retry_after_seconds(
    httpserver: HTTPServer, client, value: str, expected: float | None
) -> None:
    headers = {"Retry-After": value} if value else {}
    httpserver.expect_request("/feed").respond_with_response(Response(status=429, headers=headers))
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.status == 429 and result.error == "HTTP 429 TOO MANY REQUESTS"
    assert result.retry_after == expected


async def test_503_retry_after_http_date(httpserver: HTTPServer, client) -> None:
    when = datetime.now(UTC) + timedelta(hours=2)
    httpserver.expect_request("/feed").respond_with_response(
        Response(status=503, headers={"Retry-After": format_datetime(when, usegmt=True)})
    )
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.status == 503 and result.retry_after is not None
    assert 7100 < result.retry_after <= 7200


def test_parse_retry_after_values() -> None:
    now = datetime(2026, 2, 20, 6, 0, tzinfo=UTC)
    assert parse_retry_after("3600", now) == 3600.0
    assert parse_retry_after("Fri, 20 Feb 2026 07:00:00 GMT", now) == 3600.0
    assert parse_retry_after("Fri, 20 Feb 2026 05:00:00 GMT", now) == 60.0  # in the past
    assert parse_retry_after("Fri, 20 Feb 9999 07:00:00 GMT", now) == 86400.0
    assert parse_retry_after("1e9", now) is None
    assert parse_retry_after("NaN", now) is None
    assert parse_retry_after("\x1b[2J", now) is None
    assert parse_retry_after(None, now) is None
    assert parse_retry_after(" 90 ", now) == 90.0


async def test_server_error(httpserver: HTTPServer, client) -> None:
    httpserver.expect_request("/feed").respond_with_data("oops", status=500)
    result = await fetch(client, httpserver.url_for("/feed"), limits=FetchLimits())
    assert result.status == 500 and result.error == "HTTP 500 INTERNAL SERVER ERROR"
    assert result.retry_after is None and result.body == b""


async def test_connection_refused(client) -> None:
    result = await fetch(client, "http://127.0.0.1:9/feed", limits=FetchLimits())
    assert result.status == 0 and result.error is not None
    assert result.error.startswith("connection failed")
    assert "\n" not in result.error


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("gopher://example.org/", "unsupported URL scheme gopher:"),
        ("example.org/feed", "unsupported URL scheme (none):"),
        ("file://otherhost/etc/passwd", "file: URL with a host refused"),
    ],
)
async def test_bad_schemes(client, url: str, message: str) -> None:
    result = await fetch(client, url, limits=FetchLimits())
    assert result.status == 0 and result.error == message


async def test_file_url_bounded_read(tmp_path: Path, client) -> None:
    path = tmp_path / "feed file.xml"
    path.write_bytes(RSS)
    result = await fetch(client, path.as_uri(), limits=FetchLimits())
    assert result.ok and result.status == 200 and result.body == RSS
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 3000)
    refused = await fetch(client, big.as_uri(), limits=FetchLimits(max_bytes=2048))
    assert refused.error == "body larger than 2 KiB" and refused.body == b""
    missing = await fetch(client, (tmp_path / "nope.xml").as_uri(), limits=FetchLimits())
    assert missing.status == 0 and missing.error is not None
    assert missing.error.endswith("No such file or directory")
