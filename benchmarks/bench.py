"""The benchmark: each page's data path in the app's engine (DuckDB) against a pandas baseline.

For every page and engine a fresh process imports what it needs, opens the data and renders the
page once with the default filters (cold), then once after each of several filter changes (warm:
the median), and reports its peak memory and the bytes it would send to the browser (chart JSON
and the Arrow data of the tables shown). Rendering is what a rerun of the page does, without the
browser: the page's queries or pandas steps, building its charts, serialising charts and tables.

Like the app, the DuckDB engine keeps query results in a cache keyed by their parameters
(accountability/shared.py, handing out shallow copies), so a filter change reruns only the
queries whose parameters changed. The pandas engine keeps its DataFrames in memory, as
st.cache_resource would.

Run it as `python -m benchmarks bench --data DIR --json FILE`; the worker that measures one
page and engine runs as `python -m benchmarks.bench WORKER_ARGS_JSON`.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from types import SimpleNamespace

from accountability.shared import Shared, frozen

PAGES = ("overview", "timeline", "coalitions", "cases", "sources")
ENGINES = ("duckdb", "pandas")
WARM_RUNS = 7
STEPS = (  # the data functions pages call; page_data.py and baseline.py both define them
    "sidebar", "overview", "latest_figures", "timeline", "coalition_columns", "coalition_matrix",
    "coalition_members", "metric_choices", "metric_series", "disagreements", "source_list", "source_detail",
)


@dataclass(frozen=True)
class Result:
    page: str
    engine: str
    cold_ms: float
    warm_ms: float
    peak_rss_mb: float
    payload_kb: float
    import_ms: float  # loading the libraries, before cold_ms starts


# --- what each page renders, written once for both engines ---------------------------------------


def render_overview(e, filters, names, turn: int):
    summary, latest = e.overview(filters)
    return [], [summary.to_frame().T, latest]


def render_timeline(e, filters, names, turn: int):
    chart, table = e.timeline(filters, names)
    return [chart.plot], [table.shown]


def render_coalitions(e, filters, names, turn: int):
    columns = e.coalition_columns(filters)
    chart, _ = e.coalition_matrix(filters, names, columns)
    members = e.coalition_members(filters, columns["coalition_id"].iloc[0]) if len(columns) else None
    return [chart.plot], [] if members is None else [members.shown]


def render_cases(e, filters, names, turn: int):
    metric = e.metric_choices(filters).iloc[0]
    e.prefetch_cases(filters, metric["metric"])
    chart, figures = e.metric_series(filters, names, metric)
    latest = e.latest_figures(filters)
    return [chart.plot], [figures.shown, latest, e.disagreements(filters).shown]


def render_sources(e, filters, names, turn: int):
    # The sources page does not follow the filters: its "change" is another page of the list
    # and the first source on it.
    listing = e.source_list(turn)
    document, records = e.source_detail(listing.rows["source_id"].iloc[0])
    text = document["text"] if document is not None and isinstance(document["text"], str) else ""
    return [], [listing.shown, records.shown, text]


RENDER = {
    "overview": render_overview, "timeline": render_timeline, "coalitions": render_coalitions,
    "cases": render_cases, "sources": render_sources,
}


# --- the two engines ----------------------------------------------------------------------------


class CachedQuery:
    """A named-query runner that keeps results by their parameters, as the app does."""

    def __init__(self, run: Callable):
        self.run = run
        self.store = Shared(max_entries=512)

    def __call__(self, name: str, **params):
        return self.store.get((name, frozen(params)), lambda: self.run(name, **params)).copy(deep=False)


def engine_module(engine: str):
    """The module of page steps of an engine (importing it loads its libraries)."""
    if engine == "duckdb":
        from accountability import page_data

        return page_data
    from benchmarks import baseline

    return baseline


def open_engine(engine: str, data_dir: Path) -> SimpleNamespace:
    """The page steps of one engine, bound to its open data: a connection, or DataFrames in memory."""
    if engine == "duckdb":
        from accountability import db

        first = CachedQuery(partial(db.run, db.connect(data_dir)))
        prefetch_cases = partial(start_ahead, first)
    else:
        from benchmarks import baseline

        first = baseline.load(data_dir)
        prefetch_cases = lambda filters, metric: None  # noqa: E731 (pandas has its frames in memory and keeps the lock)
    module = engine_module(engine)
    steps = {step: partial(getattr(module, step), first) for step in STEPS}
    return SimpleNamespace(**steps, prefetch_cases=prefetch_cases)


AHEAD = ThreadPoolExecutor(max_workers=2)


def start_ahead(query: CachedQuery, filters, metric: str) -> None:
    """As the Case counts page does (web.prefetch): its queries that wait on nothing, started in the
    background while the chart's queries run."""
    from accountability.page_data import case_requests

    for name, params in case_requests(filters, metric):
        AHEAD.submit(query, name, **params)


def payload_bytes(plots, tables) -> int:
    """What the page sends: each chart as plotly JSON, each table as Arrow IPC, text as UTF-8."""
    import plotly.io as pio
    import pyarrow as pa

    size = sum(len(pio.to_json(plot, validate=False)) for plot in plots)
    for table in tables:
        if isinstance(table, str):
            size += len(table.encode("utf-8"))
            continue
        try:
            arrow = pa.Table.from_pandas(table, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types: sent as text, as Streamlit does
            arrow = pa.Table.from_pandas(table.astype(str), preserve_index=False)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, arrow.schema) as writer:
            writer.write_table(arrow)
        size += sink.getvalue().size
    return size


def warm_filters(span: tuple[date, date], countries: list[str]):
    """The filter changes a user makes on an open page: a year, a country, a quarter for two
    countries, a week, unreviewed records too, two years, a few days for a rarer country."""
    from accountability.filters import Filters

    first, last = span
    middle = first + (last - first) / 2
    popular, rare = countries
    return [
        Filters(date(middle.year, 1, 1), date(middle.year, 12, 31)),
        Filters(first, last, (popular,)),
        Filters(middle, middle + timedelta(days=91), (popular, rare)),
        Filters(middle - timedelta(days=6), middle),
        Filters(first, last, include_candidates=True),
        Filters(middle - timedelta(days=730), middle),
        Filters(middle - timedelta(days=3), middle, (rare,)),
    ][:WARM_RUNS]


def measure(page: str, engine: str, data_dir: Path, countries: list[str]) -> Result:
    """One page in one engine, in this (fresh) process."""
    began = time.perf_counter()
    engine_module(engine)
    import plotly.io  # noqa: F401 (both engines send charts as plotly JSON)
    import pyarrow  # noqa: F401 (and tables as Arrow)

    from accountability.filters import Filters

    imported = time.perf_counter() - began
    began = time.perf_counter()
    e = open_engine(engine, data_dir)
    bar = e.sidebar()
    render = RENDER[page]
    payloads = [payload_bytes(*render(e, Filters(*bar.span), bar.names, 0))]
    cold = time.perf_counter() - began
    warm = []
    for turn, filters in enumerate(warm_filters(bar.span, countries), start=1):
        began = time.perf_counter()
        payloads.append(payload_bytes(*render(e, filters, bar.names, turn)))
        warm.append(time.perf_counter() - began)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return Result(
        page, engine, round(cold * 1000, 1), round(statistics.median(warm) * 1000, 1),
        round(peak_kb / 1024, 1), round(max(payloads) / 1024, 1), round(imported * 1000, 1),
    )


# --- the driver ---------------------------------------------------------------------------------


QUERIES = Path(__file__).resolve().parent / "queries"


def scale_and_countries(data_dir: Path) -> tuple[dict, list[str]]:
    """How big the data is, and a popular and a rarer country to filter by (same for both engines)."""
    from accountability import db

    con = db.connect(data_dir)
    queries = db.queries(QUERIES)
    scale = {table: int(count) for table, count in db.run_query(con, queries["scale"]).iloc[0].items()}
    ranked = list(db.run_query(con, queries["states_by_events"])["actor_id"])
    con.close()
    return scale, [ranked[0], ranked[min(len(ranked) - 1, len(ranked) // 3)]]


def run_worker(page: str, engine: str, data_dir: Path, countries: list[str], timeout: float) -> Result:
    """Measure one page and engine in a new Python process."""
    args = json.dumps({"page": page, "engine": engine, "data": str(data_dir), "countries": countries})
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, *sys.path])}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench", args],
        capture_output=True, text=True, timeout=timeout, check=False, env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{page}/{engine} failed:\n{done.stderr[-3000:]}")
    return Result(**json.loads(done.stdout.strip().splitlines()[-1]))


def table(results: list[Result]) -> str:
    """Each page's charts in both engines, and how the app compares with the baseline."""
    lines = [
        f"{'page':11} {'engine':7} {'cold ms':>9} {'warm ms':>9} {'peak MB':>9} {'payload KB':>11}",
    ]
    by_key = {(r.page, r.engine): r for r in results}
    for page in dict.fromkeys(r.page for r in results):
        for engine in ENGINES:
            r = by_key.get((page, engine))
            if r:
                lines.append(
                    f"{page:11} {engine:7} {r.cold_ms:>9,.0f} {r.warm_ms:>9,.0f} {r.peak_rss_mb:>9,.0f} "
                    f"{r.payload_kb:>11,.1f}"
                )
        ours, theirs = by_key.get((page, "duckdb")), by_key.get((page, "pandas"))
        if ours and theirs:
            lines.append(
                f"{'':11} {'ratio':7} {theirs.cold_ms / ours.cold_ms:>8.1f}x "
                f"{theirs.warm_ms / ours.warm_ms:>8.1f}x {ours.peak_rss_mb / theirs.peak_rss_mb:>9.2f} "
                f"{ours.payload_kb / theirs.payload_kb:>11.2f}"
            )
    lines.append(
        "ratio: cold and warm, how many times faster duckdb is; peak MB and payload, duckdb / pandas"
    )
    return "\n".join(lines)


def bench(
    data_dir: Path,
    json_path: Path | None,
    pages=PAGES,
    engines=ENGINES,
    timeout: float = 3600,
    progress: Callable[[str], None] = print,
) -> dict:
    load_before = os.getloadavg()[0]
    scale, countries = scale_and_countries(data_dir)
    progress(", ".join(f"{count:,} {table}" for table, count in scale.items()))
    results = []
    # One engine's pages, then the other's: at ten million events pandas holds 10-13 GB, which pushes
    # the table files out of the page cache and would slow the DuckDB page run just after it.
    for engine in engines:
        for page in pages:
            result = run_worker(page, engine, data_dir, countries, timeout)
            progress(f"  {page:11} {engine:7} cold {result.cold_ms:,.0f} ms, warm {result.warm_ms:,.0f} ms")
            results.append(result)
    report = {
        "scale": scale,
        "results": [asdict(r) for r in results],
        "warm_changes": WARM_RUNS,
        "cpus": os.cpu_count(),
        # other work on the machine slows both engines: the load average before and after the run
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }
    if json_path:
        Path(json_path).parent.mkdir(parents=True, exist_ok=True)
        Path(json_path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    progress(table(results))
    return report


if __name__ == "__main__":
    job = json.loads(sys.argv[1])
    result = measure(job["page"], job["engine"], Path(job["data"]), job["countries"])
    print(json.dumps(asdict(result)))
