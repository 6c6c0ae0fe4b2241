"""Calling the API in tests: straight through `api.answer`, or over ASGI through its Starlette routes."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from accountability import api


def reset() -> None:
    """Empty the API's caches: answers, connections and lookups."""
    api.CACHE.clear()
    api._connection.cache_clear()
    api._sidebar.cache_clear()


def use(monkeypatch, data: Path) -> None:
    monkeypatch.setenv("ACCOUNTABILITY_DATA", str(data))
    reset()


def get(address: str) -> api.Answer:
    """`/api/v1/events.json?country=LTU` as the server answers it (without the HTTP)."""
    parts = urlsplit(address)
    path = parts.path.removeprefix(api.PREFIX + "/")
    return api.answer(path, parts.query, parse_qsl(parts.query, keep_blank_values=True), "http://testserver")


def get_json(address: str) -> dict:
    answer = get(address)
    assert answer.media_type.startswith("application/json"), answer
    return json.loads(answer.body)


def asgi_get(address: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """A GET through the Starlette routes (status, headers, body), with no network."""
    from starlette.applications import Starlette

    app = Starlette(routes=api.routes())
    parts = urlsplit(address)
    scope = {
        "type": "http", "http_version": "1.1", "method": "GET", "scheme": "http", "path": parts.path,
        "raw_path": parts.path.encode(), "query_string": parts.query.encode(), "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
        "server": ("testserver", 80), "client": ("127.0.0.1", 1),
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    # On a thread of its own: a browser test earlier in the session may hold this thread's event loop.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, body
