"""`python -m benchmarks browser`: how fast pages draw in Chromium, and screenshots.

For each page, five times: open a shared link (two states, a date range) in a fresh browser
(nothing cached) and time navigation start -> charts drawn; open it again in the same browser
(assets cached); then add a country in the sidebar and time the click -> charts redrawn.
Prints the medians against the targets, and the most script runs one link open took. Then a shared
link's first visit over an emulated network (10 Mbit/s, 40 ms round trip unless told), with and
without compressed static files (benchmarks/first_visit.py). Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from accountability.config import add_data_option, data_dir
from accountability.releases import served_dir
from accountability.schema import TABLES

LINK_TARGET_MS = 1000
CHANGE_TARGET_MS = 400
SCREENSHOT_LIMIT = 300_000  # bytes
RUNS_SETTLE_MS = 750

# Resolves to the time since navigation started once the charts are drawn (see browser.DRAWN_JS).
_DRAWN_AT = "count => ({drawn})(count) && performance.now()"
_MARK_CLICK = """() => document.addEventListener('pointerdown',
    () => { window.__clickedAt = performance.now(); }, {capture: true, once: true})"""


def register_browser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "browser",
        help="time pages drawing in Chromium (shared link, filter change); optionally take screenshots",
    )
    add_data_option(parser, fallback="; the test fixture if empty")
    parser.add_argument("--runs", type=int, default=5, help="runs per page (default 5)")
    parser.add_argument(
        "--screenshots", type=Path, default=None, metavar="DIR",
        help="also save screenshots of each page there at 1440x900 and 390x844 (e.g. docs/screenshots)",
    )
    parser.add_argument("--part", choices=("all", "pages", "first-visit"), default="all",
                        help="the page timings, the first visit over an emulated network, or both")
    parser.add_argument("--first-visit-pages", default="timeline,coalitions",
                        help="comma-separated pages whose first visit is measured")
    parser.add_argument("--first-visit-runs", type=int, default=3, help="first visits per page and server")
    parser.add_argument("--down-mbit", type=float, default=10.0, help="emulated download speed, Mbit/s")
    parser.add_argument("--up-mbit", type=float, default=5.0, help="emulated upload speed, Mbit/s")
    parser.add_argument("--rtt-ms", type=float, default=40.0, help="emulated round trip, ms")
    parser.set_defaults(run=_run)


def _data(choice: str | None, scratch: Path) -> tuple[Path, str]:
    root = data_dir(choice)
    if all((served_dir(root) / f"{table}.parquet").is_file() for table in TABLES):
        return root, str(root)
    # No built data here yet: the tests' tiny fixture, built by the real build.
    from accountability.build import build
    from tests.fixture_data import write_curated

    build(write_curated(scratch))
    return scratch, f"the test fixture (no built data in {root})"


def _link(root: Path) -> tuple[str, str]:
    """A shared link as the sidebar gives it (the two states that joined coalitions first, by
    ISO code, and two years from the first join, so that every page has coalitions to draw), and
    the name of the state that the filter change adds.
    """
    from accountability import db

    con = db.connect(root)
    span = db.run(con, "date_span").iloc[0]
    start, end = span["first_date"].date(), span["last_date"].date()
    cells = db.run(
        con, "coalition_matrix", countries=[], start_date=start, end_date=end, include_candidates=False,
        limit=1_000_000, offset=0,
    ).sort_values(["first_join", "actor_name"], kind="stable")
    options = db.run(con, "filter_options")
    names = dict(zip(options["actor_id"], options["name"], strict=True))
    # States in the order they first joined a coalition, then the others.
    states = list(dict.fromkeys([*cells.loc[cells["actor_kind"] == "state", "actor_id"],
                                 *options.loc[options["kind"] == "state", "actor_id"]]))
    start = max(start, cells["first_join"].min().date()) if len(cells) else start
    end = min(end, start.replace(year=start.year + 2))
    pairs = [("country", c) for c in states[:2]] + [("dates", str(start)), ("dates", str(end))]
    return urlencode(pairs), names[states[2]]


def _run(args: argparse.Namespace) -> int:
    from playwright.sync_api import sync_playwright

    from tests.e2e import driver as browser

    from . import first_visit

    if not browser.CHROMIUM.is_file():
        print(f"No Chromium at {browser.CHROMIUM}: `apt-get install chromium`.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        root, described = _data(args.data, Path(scratch))
        query, extra = _link(root)
        print(f"data: {described}\nshared link: ?{query}")
        print(f"filter change: add {extra}; {args.runs} runs a page\n")
        with sync_playwright() as playwright:
            chromium = browser.launch(playwright)
            if args.part in ("all", "pages"):
                with browser.serve(root) as base:
                    rows = [
                        (name, *_time_page(chromium, browser, base + path + "?" + query, count, extra,
                                           args.runs))
                        for name, (path, count) in browser.PAGES.items()
                    ]
                    if args.screenshots:
                        _screenshots(chromium, browser, base, args.screenshots)
                _print(rows)
            if args.part in ("all", "first-visit"):
                network = first_visit.Network(args.down_mbit, args.up_mbit, args.rtt_ms)
                pages = {name: browser.PAGES[name] for name in args.first_visit_pages.split(",")}
                drawn_at = _DRAWN_AT.format(drawn=browser.DRAWN_JS)
                results = first_visit.measure(
                    chromium, browser, root, pages, query, args.first_visit_runs, network, drawn_at)
                first_visit.report(results, network, args.first_visit_runs)
            chromium.close()
    return 0


def _time_page(
    chromium, browser, url: str, count: int, extra: str, runs: int
) -> tuple[float, float, float, float]:
    cold, warm, change, script_runs = [], [], [], []
    drawn_at = _DRAWN_AT.format(drawn=browser.DRAWN_JS)
    for _ in range(runs):
        context = browser.new_context(chromium)
        page = context.new_page()
        page.goto(url)
        cold.append(page.wait_for_function(drawn_at, arg=count, polling="raf", timeout=60_000).json_value())
        page.wait_for_timeout(RUNS_SETTLE_MS)  # any further run a link caused would have finished by now
        script_runs.append(browser.runs_finished(page)["received"])
        change.append(_time_change(page, browser, count, extra))
        page.goto(url)
        warm.append(page.wait_for_function(drawn_at, arg=count, polling="raf", timeout=60_000).json_value())
        context.close()
    return statistics.median(cold), statistics.median(warm), statistics.median(change), max(script_runs)


def _time_change(page, browser, count: int, extra: str) -> float:
    """Add a country in the sidebar; time from the click on it to the charts redrawn."""
    box = page.locator(f"{browser.SIDEBAR} [data-testid=stMultiSelect]").get_by_role("combobox")
    box.click()
    box.press_sequentially(extra)  # the whole name: the list shows only its first matches
    option = page.get_by_role("option", name=extra, exact=True)
    option.wait_for()
    page.evaluate(_MARK_CLICK)
    before = browser.runs_finished(page)
    option.click()
    done = browser.wait_rerun(page, before, count, timeout=60_000)
    return done - page.evaluate("() => window.__clickedAt")


def _screenshots(chromium, browser, base: str, folder: Path) -> None:
    """The default view of each page at desktop and at phone size, plus the Coalitions map."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    shots = [(name, path, count, False) for name, (path, count) in browser.PAGES.items()]
    shots.append(("coalitions-map", *browser.PAGES["coalitions"], True))
    for suffix, viewport in (("", browser.DESKTOP), ("-phone", browser.PHONE)):
        context = browser.new_context(chromium)
        page = context.new_page()
        page.set_viewport_size(viewport)
        for name, path, count, scroll_to_map in shots:
            browser.open_page(page, base + path, count)
            if scroll_to_map:
                page.locator(".js-plotly-plot").nth(1).scroll_into_view_if_needed()
            page.mouse.move(0, 0)  # no hover label in the picture
            page.wait_for_timeout(500)
            target = folder / f"{name}{suffix}.png"
            page.screenshot(path=target)
            # A 256-colour palette keeps a dashboard screenshot sharp and small.
            Image.open(target).convert("RGB").quantize(256).save(target, optimize=True)
            size = target.stat().st_size
            over = " - over 300 KB" if size > SCREENSHOT_LIMIT else ""
            print(f"wrote {target} ({size // 1000} KB){over}")
        context.close()


def _print(rows: list[tuple[str, float, float, float, float]]) -> None:
    header = f"{'link, fresh browser':>22}{'link, cached':>16}{'filter change':>16}{'runs a link':>13}"
    print(f"{'page':<12}{header}")
    for name, cold, warm, change, script_runs in rows:
        print(f"{name:<12}{cold:>19.0f} ms{warm:>13.0f} ms{change:>13.0f} ms{script_runs:>13.0f}")
    print(f"\nmedians; targets: a shared link drawn within {LINK_TARGET_MS} ms, "
          f"a filter change redrawn within {CHANGE_TARGET_MS} ms")
    slow = [r[0] for r in rows if r[1] > LINK_TARGET_MS or r[3] > CHANGE_TARGET_MS]
    print("over target: " + (", ".join(slow) if slow else "none"))
