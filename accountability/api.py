"""The read-only data API: what each page shows, as JSON or CSV, at the address of its link.

    /api/v1/<data>.json|.csv   events, memberships, statistics, coalitions, actors, sources
    /api/v1/records/<id>.json  one record with its citations
    /api/v1/release.json       the data release served and what it holds
    /api/v1/changes.atom       what the latest releases changed, as a feed

A dashboard link with its path replaced by a data address returns the rows its page shows: the
query is read by the pages' own codec (accountability.filters), and a table's page number in
the link (`events_page=3`) becomes the offset unless `offset` is given.

`answer(path, raw_query, items)` knows nothing of the web server: it turns a path and the query's
(key, value) pairs into an Answer (status, body, headers). Answers are cached by release, path
and query, so a repeated request costs no query; `routes()` serves them through Starlette.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import db, releases
from .api_data import PAGE_DATA, RESOURCES, Request
from .api_format import csv_body, json_body, records, table_columns
from .config import DATA_LICENCE, DATA_LICENCE_URL, data_dir
from .feed import atom_feed
from .filters import (
    FILTER_KEYS,
    PICK_KEYS,
    Filters,
    canonical_query,
    listed,
    query_string,
    shown,
    whole_number,
)
from .lookups import known
from .page_data import PAGE_SIZE, Sidebar, dataset_summary, sidebar
from .schema import TABLES

log = logging.getLogger(__name__)

PREFIX = "/api/v1"
DEFAULT_LIMIT = PAGE_SIZE  # a page of the dashboard's tables
MAX_LIMIT = 1_000
MAX_OFFSET = 100_000_000
MAX_QUERY_BYTES = 8_192
MAX_PARAMS = 400  # (key, value) pairs in one query
MAX_REPEATS = 200  # values of one key: the codec reads no more
MAX_ID = 200
CACHE_ENTRIES = 1_024
CACHE_BYTES = 64 * 1024 * 1024
CACHE_CONTROL = "public, max-age=60"
SAFE_HEADERS = {"X-Content-Type-Options": "nosniff"}  # a browser never reads an answer as a page
LICENCE = {
    "name": DATA_LICENCE,
    "url": DATA_LICENCE_URL,
    "note": "The compilation is under this licence; quoted passages remain their publishers'.",
}
PAGING_KEYS = ("limit", "offset")
FORMATS = {"json": "application/json", "csv": "text/csv; charset=utf-8"}


class BadRequest(Exception):
    """Input the API refuses; the message says what is wrong in plain words."""


class NotFound(Exception):
    pass


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    media_type: str
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, message: str, **extra: object) -> Answer:
    return Answer(status, json_body({"error": message, "status": status, **extra}), FORMATS["json"])


# --- the data of one release ----------------------------------------------------------------------


def current_release() -> str:
    return releases.current_id(data_dir()) or ""


@lru_cache(maxsize=2)
def _connection(root: Path, release: str) -> db.Connection:
    return db.connect(releases.served_dir(root, release))


def _built_at() -> tuple[int, ...]:
    """When the table files of a directory without releases were written: a rebuild is new data."""
    files = (data_dir() / f"{table}.parquet" for table in TABLES)
    return tuple(f.stat().st_mtime_ns if f.is_file() else 0 for f in files)


def connection(release: str) -> db.Connection:
    return _connection(data_dir(), release)


def runner(release: str) -> Callable[..., pd.DataFrame]:
    con = connection(release)
    return lambda name, **params: db.run(con, name, **params)


@lru_cache(maxsize=4)
def _sidebar(root: Path, release: str) -> Sidebar:
    return sidebar(runner(release))


def _damaged(release: str, names: Sequence[str]) -> list[str]:
    """The messages of the damaged table files that these named queries read."""
    tables = frozenset().union(*(db.tables_read(name) for name in names))
    damaged = connection(release).damaged
    return [message for file, message in damaged.items() if file.removesuffix(".parquet") in tables]


# --- reading a request ----------------------------------------------------------------------------


def check_size(raw_query: str, items: Sequence[tuple[str, str]]) -> None:
    """Refuse a query too long, with too many parameters, or one parameter repeated too often."""
    if len(raw_query) > MAX_QUERY_BYTES:
        raise BadRequest(
            f"The query is {len(raw_query):,} characters long; the API reads at most {MAX_QUERY_BYTES:,}."
        )
    if len(items) > MAX_PARAMS:
        raise BadRequest(f"The query has {len(items):,} parameters; the API reads at most {MAX_PARAMS:,}.")
    counts: dict[str, int] = {}
    for key, _ in items:
        counts[key] = counts.get(key, 0) + 1
    for key, count in counts.items():
        if count > MAX_REPEATS:
            raise BadRequest(
                f"The parameter {shown(key)} is given {count:,} times; the API reads at most {MAX_REPEATS}."
            )


def _whole_number(query: dict[str, list[str]], key: str, default: int, low: int, high: int) -> int:
    values = query.get(key)
    if not values:
        return default
    if len(values) > 1:
        raise BadRequest(f"{key} is given {len(values)} times; give it once.")
    token = values[0].strip()
    if not whole_number(token) or not low <= int(token) <= high:
        raise BadRequest(
            f"{key}={shown(token, 20)} cannot be read: it must be a whole number from {low:,} to {high:,}."
        )
    return int(token)


def read_request(items: Sequence[tuple[str, str]], bar: Sidebar) -> Request:
    """The filters (by the pages' codec), the paging and the notices of a request's query."""
    query: dict[str, list[str]] = {}
    for key, value in items:
        query.setdefault(key, []).append(value)
    filters, notices = Filters.from_query(query, known(bar))
    limit = _whole_number(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _whole_number(query, "offset", 0, 0, MAX_OFFSET)
    unknown = [key for key in query if key not in (*FILTER_KEYS, *PICK_KEYS, *PAGING_KEYS)]
    if unknown:
        notices.append(f"Ignored unknown link parameters: {listed(unknown)}.")
    return Request(query, filters, limit, offset, notices, offset_given="offset" in query)


# --- answers --------------------------------------------------------------------------------------


def _link(path: str, query: Mapping[str, Sequence[str]]) -> str:
    text = query_string(query)
    return f"{PREFIX}/{path}" + (f"?{text}" if text else "")


def page_links(query: Mapping[str, Sequence[str]], page_path: str) -> dict[str, str]:
    """The API addresses of what a page shows, for its link's query: {"JSON": ..., "CSV": ...}."""
    name = PAGE_DATA.get(page_path)
    return {ext.upper(): _link(f"{name}.{ext}", query) for ext in FORMATS} if name else {}


def data_answer(release: str, name: str, extension: str, items: Sequence[tuple[str, str]]) -> Answer:
    resource = RESOURCES[name]
    damaged = _damaged(release, resource.queries)
    if damaged:
        return error(503, " ".join(damaged))
    bar = _sidebar(data_dir(), release)
    request = read_request(items, bar)
    rows = resource.read(runner(release), request)
    understood = canonical_query(request.filters, bar.span, request.picks)
    headers = {"X-Total-Count": str(rows.total), "X-Release": release}
    if extension == "csv":
        filename = f"{name}.csv"
        return Answer(200, csv_body(rows.frame), FORMATS["csv"],
                      {**headers, "Content-Disposition": f'inline; filename="{filename}"'})
    paging = {"limit": [str(request.limit)]}
    after = rows.offset + request.limit
    next_link = _link(f"{name}.json", {**understood, **paging, "offset": [str(after)]})
    document = {
        "data": name,
        "about": resource.about,
        "release": release or None,
        "licence": LICENCE,
        "filters": {
            "countries": list(request.filters.countries),
            "start": request.filters.start.isoformat(),
            "end": request.filters.end.isoformat(),
            "include_candidates": request.filters.include_candidates,
            **{key: value for key, value in request.picks.items() if value},
        },
        "query": query_string(understood),
        "notices": request.notices,
        "total": rows.total,
        "offset": rows.offset,
        "limit": request.limit,
        "next": next_link if after < rows.total else None,
        "csv": _link(f"{name}.csv", {**understood, **paging, "offset": [str(rows.offset)]}),
        "columns": table_columns(rows.frame),
        "rows": records(rows.frame),
    }
    return Answer(200, json_body(document), FORMATS["json"], headers)


def record_answer(release: str, record_id: str) -> Answer:
    if not record_id or len(record_id) > MAX_ID or not record_id.isprintable():
        raise BadRequest(f"A record id is printable text of 1 to {MAX_ID} characters.")
    damaged = _damaged(release, ("api_record", "api_citations"))
    if damaged:
        return error(503, " ".join(damaged))
    run = runner(release)
    found = run("api_record", record_id=record_id)
    if found.empty:
        return error(404, f"No record has the id {shown(record_id, 60)}.")
    table = found["record_table"].iloc[0]
    cited = run("api_citations", record_table=table, ids=[record_id])
    citations = cited["citations"].iloc[0] if len(cited) else []
    document = {
        "release": release or None,
        "licence": LICENCE,
        "record_table": table,
        "record": json.loads(found["record"].iloc[0]),
        "citations": records(pd.DataFrame({"c": [citations]}))[0]["c"],
        "notices": [],
    }
    if len(found) > 1:
        document["notices"] = [f"The id is also used in {', '.join(found['record_table'].iloc[1:])}."]
    return Answer(200, json_body(document), FORMATS["json"])


def release_answer(release: str) -> Answer:
    root = data_dir()
    con = connection(release)
    document: dict[str, object] = {"release": release or None, "licence": LICENCE}
    if release:
        record = releases.load(root, release)
        document |= {key: record.get(key) for key in ("date", "previous", "counts", "files")}
        document["history"] = [r["id"] for r in releases.history(root, release)]
    elif not _damaged(release, ("dataset_summary",)):
        summary = dataset_summary(runner(release), Filters(*_sidebar(root, release).span))
        counted = ("events", "memberships", "figures", "sources")
        document["counts"] = {key: int(summary[key]) for key in counted}
    document["damaged"] = sorted(con.damaged.values())
    return Answer(200, json_body(document), FORMATS["json"])


def changes_answer(release: str, base: str) -> Answer:
    history = releases.history(data_dir(), release, limit=5) if release else []
    return Answer(200, atom_feed(history, base), "application/atom+xml; charset=utf-8")


def route(path: str, release: str, items: Sequence[tuple[str, str]], base: str) -> Answer:
    """The answer to one path under /api/v1/ (without the prefix)."""
    if path == "release.json":
        return release_answer(release)
    if path == "changes.atom":
        return changes_answer(release, base)
    if path.startswith("records/") and path.endswith(".json"):
        return record_answer(release, path.removeprefix("records/").removesuffix(".json"))
    name, dot, extension = path.rpartition(".")
    if dot and name in RESOURCES and extension in FORMATS:
        return data_answer(release, name, extension, items)
    raise NotFound(path)


# --- the cache ------------------------------------------------------------------------------------


class AnswerCache:
    """Answers by (release, path, query), least recently used out first, bounded in count and bytes."""

    def __init__(self, entries: int = CACHE_ENTRIES, size: int = CACHE_BYTES):
        self.entries, self.size, self.bytes = entries, size, 0
        self._answers: OrderedDict[tuple, Answer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Answer | None:
        with self._lock:
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, key: tuple, answer: Answer) -> None:
        with self._lock:
            if key in self._answers or len(answer.body) > self.size // 8:
                return
            self._answers[key] = answer
            self.bytes += len(answer.body)
            while len(self._answers) > self.entries or self.bytes > self.size:
                _, dropped = self._answers.popitem(last=False)
                self.bytes -= len(dropped.body)

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self.bytes = 0


CACHE = AnswerCache()


def _etagged(answer: Answer) -> Answer:
    etag = '"' + hashlib.sha256(answer.body).hexdigest()[:32] + '"'
    cache = CACHE_CONTROL if answer.status < 500 else "no-store"
    return Answer(answer.status, answer.body, answer.media_type,
                  {**answer.headers, "ETag": etag, "Cache-Control": cache})


def answer(path: str, raw_query: str, items: Sequence[tuple[str, str]], base: str = "") -> Answer:
    """The answer to a GET of PREFIX/<path>?<raw_query>: cached, with ETag; never a traceback."""
    try:
        release = current_release()
        key = (str(data_dir()), release or _built_at(), path, tuple(items))
        cached = CACHE.get(key)
        if cached is not None:
            return cached
        check_size(raw_query, items)
        result = _etagged(route(path, release, items, base))
        if result.status < 500:
            CACHE.put(key, result)
        return result
    except BadRequest as problem:
        return _etagged(error(400, str(problem)))
    except NotFound:
        known_routes = [f"{PREFIX}/{r}.json" for r in RESOURCES] + [f"{PREFIX}/release.json"]
        where = shown(f"{PREFIX}/{path}", 80)
        return error(404, f"There is nothing at {where}. See the routes in docs/api.md.", routes=known_routes)
    except (db.MissingData, db.DamagedData) as problem:
        return error(503, str(problem))
    except Exception:  # an answer must never be a traceback: log it, say so in plain words
        log.exception("the API could not answer %s", path)
        return error(500, "The API could not answer this request. It has been logged.")


# --- the web server -------------------------------------------------------------------------------


def routes() -> list:
    """The Starlette routes of the API, for st.App(routes=...): every GET under /api/ answers here."""
    from starlette.responses import Response
    from starlette.routing import Route

    def serve(request) -> Response:
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        base = f"{request.url.scheme}://{request.url.netloc}"
        result = answer(request.path_params["path"], raw_query, request.query_params.multi_items(), base)
        etag = result.headers.get("ETag")
        if result.status == 200 and etag and etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})
        headers = {**result.headers, **SAFE_HEADERS}
        return Response(result.body, result.status, headers=headers, media_type=result.media_type)

    def elsewhere(request) -> Response:
        result = error(404, f"There is nothing at {shown(request.url.path, 80)}. The API is at {PREFIX}/.")
        return Response(result.body, 404, headers=SAFE_HEADERS, media_type=result.media_type)

    return [
        Route(PREFIX + "/{path:path}", serve, methods=["GET", "HEAD"]),
        Route("/api/{path:path}", elsewhere, methods=["GET", "HEAD"]),
        Route("/api", elsewhere, methods=["GET", "HEAD"]),
    ]
