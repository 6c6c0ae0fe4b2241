"""Static files gzipped once and kept: an ASGI middleware for the st.App entry (serve.py).

Streamlit serves its JavaScript uncompressed (7.2 MB on a first visit) and a plain
GZipMiddleware would compress the 4.7 MB plotly bundle again on every request (0.33 s of
CPU each time). Files served from disk carry an ETag that changes with the file's
modification time and size; this middleware compresses such a response the first time it
is asked for, keeps the bytes under (path, ETag), and answers every later request from them,
with the headers the file had (Streamlit's `public, immutable` on hashed bundles included).

Only clients that accept gzip get it; every answer says `Vary: Accept-Encoding` so that a
shared cache keeps the two forms apart. The compressed form has its own ETag (suffix `-gz`,
as a strong validator must differ between encodings), and a revalidation with it is
translated back so that the file handler can still answer 304.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio.to_thread

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/manifest+json")
MIN_SIZE = 1024  # smaller bodies do not shrink enough to be worth a header
MAX_SIZE = 32 * 1024 * 1024  # bodies beyond this pass through as they are
SUFFIX = "-gz"
# Dynamic answers (downloads, uploads, the websocket's HTTP side) are never kept.
NOT_KEPT = ("/media/", "/_stcore/", "/api/")
PATHSEND = "http.response.pathsend"


def accepts_gzip(header: str) -> bool:
    """Whether an Accept-Encoding value allows gzip (`gzip;q=0` refuses it; `*` allows it)."""
    allowed = {}
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        allowed[name.strip().lower()] = quality > 0
    return allowed.get("gzip", allowed.get("x-gzip", allowed.get("*", False)))


class Kept:
    """Compressed bodies by (path, ETag), least recently used dropped beyond `limit` bytes.

    Each key is compressed once even when many first requests arrive together: they wait
    for the first one's result.
    """

    def __init__(self, limit: int = 64 * 1024 * 1024, level: int = 9):
        self.limit = limit
        self.level = level
        self.size = 0
        self.compressions = 0
        self._bodies: OrderedDict[tuple[str, str], bytes] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], anyio.Event] = {}

    def get(self, key: tuple[str, str]) -> bytes | None:
        with self._lock:
            body = self._bodies.get(key)
            if body is not None:
                self._bodies.move_to_end(key)
            return body

    async def compress(self, key: tuple[str, str], body: bytes) -> bytes:
        while (kept := self.get(key)) is None:
            pending = self._pending.get(key)
            if pending is None:
                break
            await pending.wait()
        if kept is not None:
            return kept
        done = self._pending[key] = anyio.Event()
        try:
            # mtime=0: the same file gives the same bytes in every replica.
            compressed = await anyio.to_thread.run_sync(
                lambda: gzip.compress(body, compresslevel=self.level, mtime=0))
            self._put(key, compressed)
            return compressed
        finally:
            del self._pending[key]
            done.set()

    def _put(self, key: tuple[str, str], body: bytes) -> None:
        with self._lock:
            self.compressions += 1
            old = self._bodies.pop(key, None)
            self.size += len(body) - (len(old) if old else 0)
            self._bodies[key] = body
            while self.size > self.limit and len(self._bodies) > 1:
                _, dropped = self._bodies.popitem(last=False)
                self.size -= len(dropped)


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in headers if k.lower() == name), "")


def _without(headers: list[tuple[bytes, bytes]], *names: bytes) -> list[tuple[bytes, bytes]]:
    return [(k, v) for k, v in headers if k.lower() not in names]


def _vary(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    vary = _header(headers, b"vary")
    if "accept-encoding" in vary.lower():
        return headers
    value = f"{vary}, Accept-Encoding" if vary else "Accept-Encoding"
    return [*_without(headers, b"vary"), (b"vary", value.encode("latin-1"))]


def _gz_etag(etag: str) -> str:
    weak, tag = ("W/", etag[2:]) if etag.startswith("W/") else ("", etag)
    return f'{weak}{tag[:-1]}{SUFFIX}"' if tag.endswith('"') else f"{weak}{tag}{SUFFIX}"


def _plain_etags(value: str) -> str:
    """If-None-Match with our `-gz` ETags turned back into the file handler's."""
    return value.replace(f'{SUFFIX}"', '"')


class CompressedAssets:
    """ASGI middleware: gzip static files once, keep them, serve the kept bytes."""

    def __init__(self, app: ASGIApp, kept: Kept | None = None):
        self.app = app
        self.kept = kept if kept is not None else Kept()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") != "GET" or path.startswith(NOT_KEPT):
            await self.app(scope, receive, send)
            return
        headers = list(scope.get("headers", []))
        wants_gzip = accepts_gzip(_header(headers, b"accept-encoding")) and not _header(headers, b"range")
        match = _header(headers, b"if-none-match")
        revalidates_gzip = wants_gzip and f'{SUFFIX}"' in match
        if revalidates_gzip:
            headers = [*_without(headers, b"if-none-match"),
                       (b"if-none-match", _plain_etags(match).encode("latin-1"))]
            scope = {**scope, "headers": headers}
        if wants_gzip and PATHSEND in scope.get("extensions", {}):
            # A file sent by path (on servers that offer it) could not be compressed: ask for bytes.
            scope = {**scope, "extensions": {k: v for k, v in scope["extensions"].items() if k != PATHSEND}}
        response = _Response(self.kept, path, wants_gzip, revalidates_gzip, send)
        await self.app(scope, receive, response.on_message)


class _Response:
    """One response on its way out: held back while it may become a kept compressed body."""

    def __init__(self, kept: Kept, path: str, wants_gzip: bool, revalidates_gzip: bool, send: Send):
        self.kept, self.path, self.send = kept, path, send
        self.wants_gzip, self.revalidates_gzip = wants_gzip, revalidates_gzip
        self.start: Message = {}
        self.key: tuple[str, str] | None = None  # set while the body is held back to be compressed
        self.chunks: list[bytes] = []
        self.done = False  # the kept body has been sent: the handler's remaining messages are dropped

    def _keepable(self, message: Message) -> tuple[str, str] | None:
        headers = message.get("headers", [])
        etag = _header(headers, b"etag")
        kind = _header(headers, b"content-type").lower()
        length = _header(headers, b"content-length")
        if (message["status"] != 200 or not etag or _header(headers, b"content-encoding")
                or not kind.startswith(COMPRESSIBLE)):
            return None
        if length.isdigit() and not MIN_SIZE <= int(length) <= MAX_SIZE:
            return None
        return (self.path, etag)

    async def on_message(self, message: Message) -> None:
        if self.done:
            return
        if message["type"] == "http.response.start":
            self.key = self._keepable(message) if self.wants_gzip else None
            if self.key is None:
                await self.send(self._plain_start(message))
                return
            self.start = message
            if (kept := self.kept.get(self.key)) is not None:
                await self._send_gzip(kept)
            return
        if self.key is None or message["type"] != "http.response.body":
            await self.send(message)
            return
        self.chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            await self._send_gzip(await self.kept.compress(self.key, b"".join(self.chunks)))

    def _plain_start(self, message: Message) -> Message:
        """The handler's own headers, with Vary (and the compressed ETag on a 304 that confirms it)."""
        headers = list(message.get("headers", []))
        etag = _header(headers, b"etag")
        if message.get("status") not in (200, 304) or not etag:
            return message
        if self.revalidates_gzip and message.get("status") == 304:
            headers = [*_without(headers, b"etag"), (b"etag", _gz_etag(etag).encode("latin-1"))]
        return {**message, "headers": _vary(headers)}

    async def _send_gzip(self, body: bytes) -> None:
        headers = _without(self.start["headers"], b"content-length", b"etag", b"accept-ranges")
        headers += [
            (b"content-encoding", b"gzip"),
            (b"content-length", str(len(body)).encode()),
            (b"etag", _gz_etag(_header(self.start["headers"], b"etag")).encode("latin-1")),
        ]
        await self.send({**self.start, "headers": _vary(headers)})
        await self.send({"type": "http.response.body", "body": body})
        self.done = True
