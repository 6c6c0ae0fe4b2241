"""`python -m benchmarks api`: how fast the data API answers, on a live server at 127.0.0.1.

For each route: cold (a query not answered before, so its named queries run; the connection is
already open) and warm (the same query again: the answer comes from the cache), --runs of each,
median and p95. Then requests per second from 8 concurrent clients (a thread pool with urllib),
once over queries never asked before and once over repeated ones. Prints a Markdown table.
Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from accountability.config import add_data_option

CLIENTS = 8
ROUTES = (
    "events.json", "events.csv", "memberships.json", "statistics.json", "coalitions.json", "actors.json",
    "sources.json", "records/{record}.json", "release.json", "changes.atom",
)


def register_api(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("api", help="time each API route cold and warm, and requests/s with 8 clients")
    add_data_option(parser, fallback="; the test fixture if empty")
    parser.add_argument("--runs", type=int, default=20, help="cold and warm requests per route (default 20)")
    parser.add_argument("--load", type=int, default=400, help="requests per concurrency run (default 400)")
    parser.add_argument("--json", default=None, help="also write the results to this file")
    parser.set_defaults(run=_run)


def fetch(address: str) -> float:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(address, timeout=300) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise RuntimeError(f"{address} answered {status}")
    return time.perf_counter() - started


def _ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered) * 1000, ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000


def _route(base: str, route: str, record: str, variant: int) -> str:
    """The route with a query no earlier request asked (variant picks the page size), or none."""
    path = f"{base}/api/v1/{route.format(record=record)}"
    if route.startswith(("records/", "release", "changes")):
        return path + f"?v={variant}"  # an unknown parameter: a fresh cache key, the same work
    return path + f"?limit={100 - variant % 50}&offset={variant}"


def time_routes(base: str, record: str, runs: int) -> dict[str, dict[str, float]]:
    results = {}
    for route in ROUTES:
        cold = [fetch(_route(base, route, record, 1_000 + i)) for i in range(runs)]
        warm_address = _route(base, route, record, 0)
        fetch(warm_address)
        warm = [fetch(warm_address) for _ in range(runs)]
        (cold_median, cold_p95), (warm_median, warm_p95) = _ms(cold), _ms(warm)
        results[route] = {"cold_median_ms": cold_median, "cold_p95_ms": cold_p95,
                          "warm_median_ms": warm_median, "warm_p95_ms": warm_p95}
    return results


def load(base: str, record: str, requests: int, fresh: bool) -> float:
    """Requests per second from CLIENTS threads over every route, fresh queries or repeated ones."""
    variants = [(10_000 + i) if fresh else i % 3 for i in range(requests)]
    addresses = [_route(base, ROUTES[i % len(ROUTES)], record, v) for i, v in enumerate(variants)]
    if not fresh:
        for address in set(addresses):
            fetch(address)
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(fetch, addresses))
    return requests / (time.perf_counter() - started)


def _relative(described: str) -> str:
    """A data directory inside the checkout as the results file names it: relative, as a reader's."""
    path, here = Path(described), Path.cwd()
    return str(path.relative_to(here)) if path.is_absolute() and path.is_relative_to(here) else described


def _run(args: argparse.Namespace) -> int:
    import tempfile

    from benchmarks.fuzz import served_data
    from tests.e2e.driver import serve

    with tempfile.TemporaryDirectory() as scratch:
        root, described = served_data(args.data, Path(scratch))
        with serve(root, timeout=300) as base:
            started = time.perf_counter()
            with urllib.request.urlopen(f"{base}/api/v1/events.json?limit=1", timeout=300) as response:
                record = json.loads(response.read())["rows"][0]["event_id"]
            opened = time.perf_counter() - started
            routes = time_routes(base, record, args.runs)
            fresh = load(base, record, args.load, fresh=True)
            repeated = load(base, record, args.load, fresh=False)
    print(f"Data: {described}. First answer (opens the data): {opened * 1000:,.0f} ms.\n")
    print("| route | cold median | cold p95 | warm median | warm p95 |")
    print("|---|---:|---:|---:|---:|")
    for route, r in routes.items():
        print(f"| {route} | {r['cold_median_ms']:,.1f} ms | {r['cold_p95_ms']:,.1f} ms "
              f"| {r['warm_median_ms']:,.1f} ms | {r['warm_p95_ms']:,.1f} ms |")
    print(f"\n{CLIENTS} concurrent clients, every route in turn: {fresh:,.0f} requests/s on queries "
          f"never asked before, {repeated:,.0f} requests/s on repeated ones.")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"data": _relative(described), "first_ms": opened * 1000, "routes": routes,
             "requests_per_s": {"fresh": fresh, "repeated": repeated}}, indent=2), encoding="utf-8")
    return 0
