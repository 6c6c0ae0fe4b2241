"""`python -m benchmarks fuzz`: hostile links at volume, against a live server and through AppTest.

--n requests go to a server started here (`streamlit run serve.py` on 127.0.0.1) over every API
route and every page address, from 4 clients; --pages links run through AppTest over every page
(a page's answer over HTTP is the same HTML for any query: its script runs on the websocket, so
AppTest is where a page meets the link). Prints the answers by status, the exceptions shown to a
user and the 5xx (both must be 0), and the median and p95 latency. Seeded: the same --seed
sends the same links.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qsl

from accountability.config import add_data_option, data_dir

from .hostile import hostile_query

DATA = ("events", "memberships", "statistics", "coalitions", "actors", "sources")
API_ROUTES = [f"/api/v1/{name}.{ext}" for name in DATA for ext in ("json", "csv")]
OTHER_ROUTES = ["/api/v1/release.json", "/api/v1/changes.atom", "/api/v1/records/{id}.json", "/api/v1/{id}"]
PAGE_PATHS = ["/", "/timeline", "/coalitions", "/cases", "/sources"]
PAGES = ["overview", "timeline", "coalitions", "cases", "sources"]
CLIENTS = 4


def register_fuzz(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "fuzz", help="send hostile links to a live server and through AppTest; count what fails"
    )
    add_data_option(parser, fallback="; the test fixture if empty")
    parser.add_argument("--n", type=int, default=10_000, help="requests to the live server (default 10000)")
    parser.add_argument("--pages", type=int, default=1_000, help="links run through AppTest (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.set_defaults(run=_run)


def _address(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        path = rng.choice(API_ROUTES)
    elif roll < 0.85:
        path = rng.choice(OTHER_ROUTES).format(id=hostile_query(rng)[:60] or "x")
    else:
        path = rng.choice(PAGE_PATHS)
    query = hostile_query(rng)
    return path + ("?" + query if query else "")


def _fetch(base: str, address: str) -> tuple[int | str, float, bool]:
    """(status, seconds, whether the body shows a traceback); the error's name when there was no answer."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + address, timeout=60) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as error:
        status = error.code
        try:
            body = error.read()
        except OSError:  # the server answered and closed (a request line over its limit)
            body = b""
    except (OSError, ValueError) as problem:
        return f"no answer ({type(problem).__name__})", time.perf_counter() - started, False
    return status, time.perf_counter() - started, b"Traceback" in body


def _report(title: str, statuses: Counter, shown: int, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else 0.0
    print(f"\n{title}: {sum(statuses.values()):,} links")
    print("  answers by status: " + ", ".join(f"{k}: {v:,}" for k, v in sorted(statuses.items(), key=str)))
    print(f"  exceptions shown to a user: {shown}")
    print(f"  5xx: {sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500)}")
    if ordered:
        print(f"  latency: median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")


def live(base: str, n: int, seed: int) -> tuple[Counter, int]:
    rng = random.Random(seed)
    addresses = [_address(rng) for _ in range(n)]
    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(lambda address: _fetch(base, address), addresses))
    statuses = Counter(status for status, _, _ in results)
    shown = sum(traceback for _, _, traceback in results)
    _report("Live server (API routes and page addresses)", statuses, shown, [s for _, s, _ in results])
    return statuses, shown


def through_apptest(n: int, seed: int) -> tuple[Counter, int]:
    import streamlit as st
    from streamlit.logger import set_log_level
    from streamlit.testing.v1 import AppTest

    from tests.e2e.driver import CHECKOUT

    set_log_level("error")  # each bare run warns that it has no server
    rng = random.Random(seed + 1)
    statuses: Counter = Counter()
    shown = 0
    seconds = []
    for index in range(n):
        page = PAGES[index % len(PAGES)]
        link: dict[str, list[str]] = {}
        for key, value in parse_qsl(hostile_query(rng), keep_blank_values=True):
            link.setdefault(key, []).append(value)
        if index % 50 == 0:
            st.cache_data.clear()
        at = AppTest.from_file(str(CHECKOUT / "app.py"), default_timeout=60)
        for key, values in link.items():
            at.query_params[key] = values
        if page != "overview":
            at.switch_page(f"pages/{page}.py")
        started = time.perf_counter()
        at.run()
        seconds.append(time.perf_counter() - started)
        failed = bool(at.exception)
        shown += failed
        statuses["exception" if failed else "notice" if at.warning else "clean"] += 1
        if failed:
            print(f"  {page}?{link!r:.200}: {[e.value for e in at.exception]}", file=sys.stderr)
    _report("AppTest (every page)", statuses, shown, seconds)
    return statuses, shown


def served_data(choice: str | None, scratch: Path) -> tuple[Path, str]:
    """The data directory asked for (or data/) when it has tables to serve, else the tests' fixture."""
    from accountability.releases import served_dir
    from accountability.schema import TABLES

    root = data_dir(choice)
    if all((served_dir(root) / f"{table}.parquet").is_file() for table in TABLES):
        return root, str(served_dir(root))
    from accountability.build import build
    from tests.fixture_data import write_curated

    build(write_curated(scratch))
    return scratch, f"the test fixture (no built data in {root})"


def _run(args: argparse.Namespace) -> int:
    import os

    from tests.e2e.driver import serve

    with tempfile.TemporaryDirectory() as scratch:
        root, described = served_data(args.data, Path(scratch))
        print(f"Data: {described}; seed {args.seed}")
        failures = 0
        if args.n:
            with serve(root) as base:
                statuses, shown = live(base, args.n, args.seed)
            # A request line over the server's limit may be cut off unanswered: reported, not a failure.
            failures += shown + sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500)
        if args.pages:
            os.environ["ACCOUNTABILITY_DATA"] = str(root)
            statuses, shown = through_apptest(args.pages, args.seed)
            failures += shown
        print(json.dumps({"failures": failures}))
    return 1 if failures else 0
