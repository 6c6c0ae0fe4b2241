"""Static files gzipped once and kept (accountability.assets), on Streamlit's own file handler."""

from __future__ import annotations

import gzip
import os

import anyio
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route
from starlette.testclient import TestClient
from streamlit.web.server.starlette.starlette_static_routes import create_streamlit_static_handler

from accountability.assets import CompressedAssets, Kept, accepts_gzip

BUNDLE = "static/js/plotly.abc123.js"
SCRIPT = ("function draw(chart) { return chart.layout.title; }\n" * 2000).encode()
GZIP = {"Accept-Encoding": "gzip, deflate, br"}
PLAIN = {"Accept-Encoding": "identity"}


@pytest.fixture
def files(tmp_path):
    (tmp_path / "static" / "js").mkdir(parents=True)
    (tmp_path / BUNDLE).write_bytes(SCRIPT)
    (tmp_path / "index.html").write_bytes(b"<!doctype html><title>x</title>" + b" " * 2000)
    (tmp_path / "tiny.js").write_bytes(b"let a = 1;")
    (tmp_path / "picture.png").write_bytes(os.urandom(4000))
    return tmp_path


@pytest.fixture
def kept():
    return Kept()


@pytest.fixture
def client(files, kept):
    def download(request):
        return PlainTextResponse("date,event\n" * 500)

    app = Starlette(
        routes=[Route("/media/table.csv", download),
                Mount("/", app=create_streamlit_static_handler(str(files), None))],
        middleware=[Middleware(CompressedAssets, kept=kept)],
    )
    with TestClient(app) as test_client:
        yield test_client


def raw(client, path, headers):
    """The response as sent: the body left compressed, as the network carries it."""
    with client.stream("GET", path, headers=headers) as response:
        return response, b"".join(response.iter_raw())


def test_a_bundle_is_gzipped_with_its_immutable_cache_headers(client):
    response, body = raw(client, f"/{BUNDLE}", GZIP)
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == SCRIPT
    assert int(response.headers["content-length"]) == len(body) < len(SCRIPT) / 10
    assert response.headers["cache-control"] == "public, immutable, max-age=31536000"
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["etag"].endswith('-gz"')
    assert response.headers["content-type"].startswith(("text/javascript", "application/javascript"))


def test_a_bundle_is_compressed_once_and_then_served_from_the_kept_bytes(client, kept):
    first = raw(client, f"/{BUNDLE}", GZIP)[1]
    again = [raw(client, f"/{BUNDLE}", GZIP)[1] for _ in range(3)]
    assert again == [first] * 3
    assert kept.compressions == 1


def test_a_changed_file_is_compressed_again(client, files, kept):
    raw(client, f"/{BUNDLE}", GZIP)
    changed = SCRIPT + b"// a new build\n"
    (files / BUNDLE).write_bytes(changed)
    os.utime(files / BUNDLE, (1, 1))
    assert gzip.decompress(raw(client, f"/{BUNDLE}", GZIP)[1]) == changed
    assert kept.compressions == 2


@pytest.mark.parametrize("accept", ["identity", "gzip;q=0", "br", ""])
def test_a_client_that_does_not_accept_gzip_gets_the_file_as_it_is(client, accept):
    response, body = raw(client, f"/{BUNDLE}", {"Accept-Encoding": accept})
    assert "content-encoding" not in response.headers
    assert body == SCRIPT
    assert response.headers["vary"] == "Accept-Encoding"
    assert response.headers["cache-control"] == "public, immutable, max-age=31536000"
    assert not response.headers["etag"].endswith('-gz"')


def test_the_page_document_is_gzipped_and_stays_no_cache(client):
    for path in ("/", "/timeline"):
        response, body = raw(client, path, GZIP)
        assert response.headers["content-encoding"] == "gzip"
        assert gzip.decompress(body).startswith(b"<!doctype html>")
        assert response.headers["cache-control"] == "no-cache"


def test_a_revalidation_of_the_gzipped_form_is_answered_304(client):
    etag = raw(client, "/", GZIP)[0].headers["etag"]
    response, body = raw(client, "/", {**GZIP, "If-None-Match": etag})
    assert response.status_code == 304
    assert body == b""
    assert response.headers["etag"] == etag
    plain_etag = raw(client, "/", PLAIN)[0].headers["etag"]
    assert plain_etag != etag
    assert raw(client, "/", {**PLAIN, "If-None-Match": plain_etag})[0].headers["etag"] == plain_etag


@pytest.mark.parametrize("path", ["/tiny.js", "/picture.png"])
def test_small_or_already_compressed_files_pass_through(client, files, kept, path):
    response, body = raw(client, path, GZIP)
    assert "content-encoding" not in response.headers
    assert body == (files / path.lstrip("/")).read_bytes()
    assert kept.compressions == 0


def test_a_range_request_gets_the_plain_bytes_it_asked_for(client):
    response, body = raw(client, f"/{BUNDLE}", {**GZIP, "Range": "bytes=0-99"})
    assert response.status_code == 206
    assert body == SCRIPT[:100]


def test_dynamic_answers_are_never_kept(client, kept):
    response, body = raw(client, "/media/table.csv", GZIP)
    assert "content-encoding" not in response.headers
    assert body.startswith(b"date,event\n")
    assert kept.compressions == 0


def test_first_requests_arriving_together_compress_once(kept):
    results = []

    async def ask():
        results.append(await kept.compress(("/x.js", '"1"'), SCRIPT))

    async def main():
        async with anyio.create_task_group() as group:
            for _ in range(8):
                group.start_soon(ask)

    anyio.run(main)
    assert kept.compressions == 1
    assert {gzip.decompress(r) for r in results} == {SCRIPT}


def test_the_least_recently_used_bodies_go_beyond_the_limit():
    kept = Kept(limit=2500)

    async def fill():
        for name in ("a", "b", "c"):
            await kept.compress((name, '"1"'), os.urandom(1000))

    anyio.run(fill)
    assert kept.get(("a", '"1"')) is None
    assert kept.get(("c", '"1"')) is not None
    assert kept.size <= 2500


@pytest.mark.parametrize(
    ("header", "accepted"),
    [("gzip", True), ("gzip, deflate, br, zstd", True), ("GZIP;q=0.5", True), ("gzip;q=0", False),
     ("*", True), ("*, gzip;q=0", False), ("br", False), ("", False), ("x-gzip", True)],
)
def test_accept_encoding(header, accepted):
    assert accepts_gzip(header) is accepted


def test_a_server_that_sends_files_by_path_is_asked_for_the_bytes_instead():
    seen = []

    async def inner(scope, receive, send):
        seen.append(dict(scope.get("extensions", {})))

    async def ask(accept: bytes):
        scope = {"type": "http", "method": "GET", "path": "/static/js/a.js",
                 "headers": [(b"accept-encoding", accept)],
                 "extensions": {"http.response.pathsend": {}, "other": {}}}
        await CompressedAssets(inner)(scope, None, None)

    anyio.run(ask, b"gzip")
    anyio.run(ask, b"identity")
    assert seen == [{"other": {}}, {"http.response.pathsend": {}, "other": {}}]
