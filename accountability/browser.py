"""Drive the dashboard in Debian's Chromium: serve it, open pages, wait until the charts are drawn.

Shared by the browser tests (tests/e2e) and `python -m accountability browser-bench`. Playwright
is imported only where a browser is launched: the dashboard itself does not need it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .config import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1440, "height": 900}
# page -> (address, how many plotly charts it draws)
PAGES = {
    "overview": ("/", 0),
    "timeline": ("/timeline", 1),
    "coalitions": ("/coalitions", 2),
    "cases": ("/cases", 1),
    "sources": ("/sources", 0),
}
SIDEBAR = "[data-testid=stSidebar]"

# True once a script run has finished and drawn the share link (the last thing app.py draws),
# and `count` plotly charts are drawn: laid out, with their map outlines where they have a map.
DRAWN_JS = """count => {
    const app = document.querySelector('[data-testid=stApp]');
    if (!app || app.dataset.testScriptState !== 'notRunning') return false;
    if (!document.querySelector('[data-testid=stSidebar] [data-testid=stCode]')) return false;
    const plots = [...document.querySelectorAll('.js-plotly-plot')];
    return plots.length === count && plots.every(p => p._fullLayout && p.querySelector('.main-svg')
        && p._fullLayout._subplots.geo.every(id => p._fullLayout[id]._subplot?.topojson));
}"""

# Counts finished script runs (the app's state going from running to notRunning), so that a
# wait after a click cannot mistake the state before the rerun for the state after it.
_COUNT_RUNS = """window.__runsFinished = 0;
new MutationObserver(records => records.forEach(r => {
    const finished = r.oldValue === 'running' && r.target.dataset.testScriptState === 'notRunning';
    if (finished) window.__runsFinished++;
})).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                       attributeFilter: ['data-test-script-state']});"""

# Every chart's traces as plain JSON (typed arrays as lists) and its title as text (Streamlit's
# theme wraps titles in <b>, once per draw).
_CHARTS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(p => JSON.parse(JSON.stringify(
    {title: (p.layout.title?.text ?? '').replace(/<[^>]*>/g, ''), data: p.data},
    (key, value) => ArrayBuffer.isView(value) ? Array.from(value) : value)))"""


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(data_dir: Path | None = None, timeout: float = 60) -> Iterator[str]:
    """`streamlit run app.py` on a free local port; yields its base URL, stops it on exit.

    data_dir None serves the data the app finds itself ($ACCOUNTABILITY_DATA or data/).
    """
    port = free_port()
    env = dict(os.environ)
    if data_dir is not None:
        env["ACCOUNTABILITY_DATA"] = str(data_dir)
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base, process, timeout, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(base: str, process: subprocess.Popen, timeout: float, log) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    log.seek(0)
    output = log.read().decode(errors="replace")[-3000:]
    raise ServerError(f"the dashboard did not start at {base}:\n{output}")


def launch(playwright):
    """Debian's Chromium through Playwright (never a browser that Playwright downloads)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def new_context(chromium):
    """A fresh context (no cache, cookies or storage) at desktop size that counts script runs."""
    context = chromium.new_context(viewport=DESKTOP)
    context.add_init_script(_COUNT_RUNS)
    return context


def runs_finished(page) -> int:
    return page.evaluate("() => window.__runsFinished")


def wait_rerun(page, before: int, count: int, timeout: float = 30_000) -> None:
    """Wait for a script run that finished after `before` runs, and for its charts drawn."""
    page.wait_for_function(
        f"([before, count]) => window.__runsFinished > before && ({DRAWN_JS})(count)",
        arg=[before, count], timeout=timeout, polling="raf",
    )


def wait_drawn(page, count: int, timeout: float = 30_000) -> None:
    page.wait_for_function(DRAWN_JS, arg=count, timeout=timeout, polling="raf")


def open_page(page, url: str, count: int) -> None:
    """Open a dashboard address and wait until its script has run and its charts are drawn."""
    page.goto(url)
    wait_drawn(page, count)


def charts(page) -> list[dict]:
    """The charts on the page, as plotly holds them: [{title, data: [trace, ...]}, ...]."""
    return page.evaluate(_CHARTS)


def pick_country(page, typed: str, name: str) -> None:
    """Type into the sidebar's country filter and choose `name` from the list it offers."""
    box = page.locator(f"{SIDEBAR} [data-testid=stMultiSelect]").get_by_role("combobox")
    box.click()
    box.press_sequentially(typed)
    page.get_by_role("option", name=name, exact=True).click()
    page.keyboard.press("Escape")
