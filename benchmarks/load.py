"""`python -m benchmarks load`: many readers at once, each a Streamlit session driven without a browser.

A reader does what the frontend does: it asks for the page (which, through the proxy, gives it
the affinity cookie), opens the websocket /_stcore/stream, and sends BackMsg protobufs: a
`rerun_script` with the shared link's query string, then, after a think time, a rerun with a new
value of the country or date filter as a widget state, echoing back the query string the app wrote.
Each interaction lasts from the BackMsg sent to the ForwardMsg `script_finished` received.
Only the browser's drawing is left out: what is measured is the server's answer. A browser per
reader (Playwright) would cost this 2-core machine more CPU than the servers it measures.

For each number of readers the servers are started afresh (one process alone, or replicas behind
nginx: deploy/cluster.py), warmed by one reader, then measured: errors, time per interaction,
the servers' CPU time per script run (from /proc), their peak memory, and memory per session.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from accountability.config import add_data_option

# page address -> its name in ClientState (Streamlit's url_path; the default page has none)
PAGES = {"/": "", "/timeline": "timeline", "/coalitions": "coalitions", "/cases": "cases",
         "/sources": "sources"}
TIMEOUT = 60.0  # seconds one interaction may take before it counts as an error
CLOCK_TICKS = 100  # /proc times are in ticks of 1/100 s on Linux


@dataclass
class Reader:
    interactions: list[tuple[str, float]] = field(default_factory=list)  # (open|change, seconds)
    errors: list[str] = field(default_factory=list)
    runs: int = 0


class Session:
    """One reader's websocket session with the app, speaking Streamlit's protocol."""

    def __init__(self, socket, page: str):
        self.socket = socket
        self.page = page
        self.page_hash = ""
        self.query = ""
        self.widgets: dict[str, object] = {}  # widget id -> the WidgetState value we set
        self.countries: tuple[str, list[str]] | None = None  # the country filter's id and options
        self.dates: tuple[str, list[str]] | None = None  # the date filter's id and first value

    async def rerun(self) -> int:
        """Ask for a script run with the current state; wait until it has finished; how many ran."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.page_script_hash = self.page_hash
        for widget_id, values in self.widgets.items():
            widget = state.widget_states.widgets.add()
            widget.id = widget_id
            widget.string_array_value.data.extend(values)
        await self.socket.send(message.SerializeToString())
        runs = 0
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(await self.socket.recv())
            kind = reply.WhichOneof("type")
            if kind == "script_finished":
                runs += 1
                if reply.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                    return runs
                if reply.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:  # st.rerun: one more
                    raise RuntimeError(f"the run ended with status {reply.script_finished}")
            if kind == "new_session":
                self.page_hash = reply.new_session.page_script_hash
            elif kind == "navigation":
                self.page_hash = reply.navigation.page_script_hash
            elif kind == "page_info_changed":  # the address the app wrote, sent back as a browser does
                self.query = reply.page_info_changed.query_string
            elif kind == "delta" and reply.delta.WhichOneof("type") == "new_element":
                self._element(reply.delta.new_element)

    def _element(self, element) -> None:
        kind = element.WhichOneof("type")
        if kind == "exception":
            raise RuntimeError(f"the page shows an exception: {element.exception.message}")
        if kind == "multiselect" and self.countries is None:
            self.countries = (element.multiselect.id, list(element.multiselect.options))
        elif kind == "date_input" and self.dates is None:
            self.dates = (element.date_input.id, list(element.date_input.value or element.date_input.default))

    def change(self, rng: random.Random) -> None:
        """A new value for one filter: one to three countries, none, or another date range."""
        choice = rng.random()
        if self.dates and choice < 0.3:
            widget_id, (first, last) = self.dates
            start, end = date.fromisoformat(first).toordinal(), date.fromisoformat(last).toordinal()
            picked = sorted(rng.sample(range(start, end + 1), 2))
            self.widgets[widget_id] = [date.fromordinal(d).isoformat() for d in picked]
        elif self.countries:
            widget_id, options = self.countries
            self.widgets[widget_id] = [] if choice > 0.9 else rng.sample(options, rng.randint(1, 3))


async def read(base: str, path: str, link: str, changes: int, think: float, rng: random.Random,
               until: float, reader: Reader) -> None:
    """One reader: open the shared link, then `changes` filter changes with a think time before each."""
    from websockets.asyncio.client import connect

    host = base.removeprefix("http://")
    started = time.perf_counter()
    try:
        cookie = await asyncio.to_thread(_cookie, f"{base}{path}?{link}")
        async with connect(f"ws://{host}/_stcore/stream", subprotocols=["streamlit"], max_size=None,
                           additional_headers={"Cookie": cookie} if cookie else None,
                           ping_interval=None, open_timeout=TIMEOUT) as socket:
            session = Session(socket, PAGES[path])
            session.query = link
            reader.runs += await asyncio.wait_for(session.rerun(), TIMEOUT)
            reader.interactions.append(("open", time.perf_counter() - started))
            for _ in range(changes):
                await asyncio.sleep(think * rng.uniform(0.6, 1.4))
                if time.monotonic() > until:
                    reader.errors.append("not done within the time allowed")
                    return
                session.change(rng)
                started = time.perf_counter()
                reader.runs += await asyncio.wait_for(session.rerun(), TIMEOUT)
                reader.interactions.append(("change", time.perf_counter() - started))
    except Exception as error:  # every failure is counted, whatever it is
        reader.errors.append(f"{type(error).__name__}: {error}"[:200])


def _cookie(url: str) -> str:
    """GET the page as a browser does first; the affinity cookie the proxy sets, if any."""
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
        response.read()
        cookies = response.headers.get_all("Set-Cookie") or []
    return "; ".join(c.split(";", 1)[0] for c in cookies)


@dataclass
class Process:
    pid: int

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0


@dataclass
class Result:
    target: str
    readers: int
    interactions: int
    errors: int
    p50_s: float
    p95_s: float
    max_s: float
    open_p95_s: float
    runs: int
    cpu_ms_per_run: float
    peak_rss_mb: list[float]
    rss_before_mb: list[float]
    mb_per_session: float
    wall_s: float
    load_average: tuple[float, float]  # the machine's 1-minute load before and after the run
    first_errors: list[str]


async def _sample_memory(processes: list[Process], peaks: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        for i, process in enumerate(processes):
            peaks[i] = max(peaks[i], process.rss_mb())
        try:
            await asyncio.wait_for(stop.wait(), 0.5)
        except TimeoutError:
            pass


async def _load(base: str, processes: list[Process], readers: int, links: list[tuple[str, str]],
                changes: int, think: float, limit: float, seed: int
                ) -> tuple[list[Reader], list[float], float]:
    rng = random.Random(seed)
    until = time.monotonic() + limit
    peaks = [p.rss_mb() for p in processes]
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_memory(processes, peaks, stop))
    results = [Reader() for _ in range(readers)]

    async def one(i: int) -> None:
        await asyncio.sleep(rng.uniform(0, think))  # readers arrive within the first think time
        path, link = links[i % len(links)]
        await read(base, path, link, changes, think, random.Random(rng.random()), until, results[i])

    started = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(readers))), limit + TIMEOUT)
    wall = time.perf_counter() - started
    stop.set()
    await sampler
    return results, peaks, wall


def measure(target: str, replicas: int, readers: int, root: Path, links: list[tuple[str, str]],
            changes: int, think: float, limit: float, seed: int) -> Result:
    from deploy import cluster

    with tempfile.TemporaryDirectory() as run_dir:
        started = cluster.start(replicas, cluster.free_port(), Path(run_dir), root, proxy=target == "proxy")
        try:
            processes = [Process(pid) for pid in started.replica_pids()]
            # Each replica opens each link once first: imports, the connection and the links' queries
            # are ready, as on a server that has been up for a while.
            for replica in started.replicas:
                asyncio.run(_load(replica, processes, len(links), links, 0, 0, limit, seed))
            before_rss = [p.rss_mb() for p in processes]
            load_before = os.getloadavg()[0]
            before_cpu = sum(p.cpu_seconds() for p in processes)
            done, peaks, wall = asyncio.run(
                _load(started.proxy, processes, readers, links, changes, think, limit, seed))
            cpu = sum(p.cpu_seconds() for p in processes) - before_cpu
            load_after = os.getloadavg()[0]
        finally:
            cluster.stop(Path(run_dir))
    times = sorted(t for r in done for _, t in r.interactions)
    opens = sorted(t for r in done for kind, t in r.interactions if kind == "open")
    runs = sum(r.runs for r in done)
    errors = [e for r in done for e in r.errors]

    def pct(values: list[float], q: float) -> float:
        return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else (
            values[0] if values else float("nan"))

    return Result(
        target=f"{replicas} replicas behind nginx" if target == "proxy" else "one process",
        readers=readers, interactions=len(times), errors=len(errors),
        p50_s=pct(times, 50), p95_s=pct(times, 95), max_s=max(times, default=float("nan")),
        open_p95_s=pct(opens, 95), runs=runs, cpu_ms_per_run=1000 * cpu / max(runs, 1),
        peak_rss_mb=[round(p) for p in peaks], rss_before_mb=[round(b) for b in before_rss],
        mb_per_session=sum(p - b for p, b in zip(peaks, before_rss, strict=True)) / readers,
        wall_s=wall, load_average=(load_before, load_after), first_errors=sorted(set(errors))[:5],
    )


def shared_links(root: Path) -> list[tuple[str, str]]:
    """A shared link per page with charts, each with two states and two years, as the sidebar gives."""
    from .browser import _link

    query, _ = _link(root)
    return [(path, query) for path in ("/timeline", "/coalitions", "/cases", "/")]


def register_load(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("load", help="many concurrent readers over Streamlit's websocket, no browser")
    add_data_option(parser)
    parser.add_argument("--readers", default="10,25,50", help="comma-separated counts (default 10,25,50)")
    parser.add_argument("--targets", default="one,proxy",
                        help="one: a process alone; proxy: replicas behind nginx (default both)")
    parser.add_argument("--replicas", type=int, default=2, help="replicas behind the proxy (default 2)")
    parser.add_argument("--changes", type=int, default=10, help="filter changes per reader (default 10)")
    parser.add_argument("--think", type=float, default=5.0, help="mean seconds between interactions")
    parser.add_argument("--limit", type=float, default=150.0, help="seconds a load run may last")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, help="write the results to this file")
    parser.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> int:
    from .browser import _data

    with tempfile.TemporaryDirectory() as scratch:
        root, described = _data(args.data, Path(scratch))
        links = shared_links(root)
        print(f"data: {described}; {args.changes} changes a reader, ~{args.think:g} s apart")
        results = []
        for target in args.targets.split(","):
            for readers in (int(n) for n in args.readers.split(",")):
                replicas = args.replicas if target == "proxy" else 1
                result = measure(target, replicas, readers, root, links, args.changes, args.think,
                                 args.limit, args.seed)
                results.append(result)
                _print_row(result, header=len(results) == 1)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


def _print_row(r: Result, header: bool) -> None:
    if header:
        print(f"{'served by':<28}{'readers':>8}{'done':>6}{'errors':>7}{'p50 s':>7}{'p95 s':>7}{'max s':>7}"
              f"{'CPU ms/run':>11}{'peak MB/process':>17}{'MB/session':>11}{'wall s':>8}{'load':>11}")
    print(f"{r.target:<28}{r.readers:>8}{r.interactions:>6}{r.errors:>7}{r.p50_s:>7.2f}{r.p95_s:>7.2f}"
          f"{r.max_s:>7.2f}{r.cpu_ms_per_run:>11.0f}{'/'.join(map(str, r.peak_rss_mb)):>17}"
          f"{r.mb_per_session:>11.1f}{r.wall_s:>8.0f}"
          f"{r.load_average[0]:>6.1f}-{r.load_average[1]:<4.1f}", flush=True)
    for error in r.first_errors:
        print(f"    {error}")
