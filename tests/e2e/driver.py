"""Drive the dashboard in Debian's Chromium: serve it, open pages, wait until the charts are drawn.

Shared by the browser tests (tests/e2e) and `python -m benchmarks browser`. Playwright
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

CHECKOUT = Path(__file__).resolve().parents[2]  # where app.py is

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
# page -> (address, how many plotly charts it draws)
PAGES = {
    "overview": ("/", 1),
    "timeline": ("/timeline", 1),
    "coalitions": ("/coalitions", 2),
    "cases": ("/cases", 1),
    "sources": ("/sources", 0),
    "actor": ("/actor", 1),
    "methods": ("/methods", 0),
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

# Counts finished script runs two ways, so that a wait after a click cannot mistake the state
# before the rerun for the state after it. `shown`: the app's state went from running to
# notRunning. `received`: the server's "script finished" message arrived on the websocket (field 6
# of a ForwardMsg, value 0 = finished successfully); a loaded browser can handle a whole run's
# messages at once and render only the end state, so `shown` alone can miss a run. `changedAt`:
# the last change to the page, so that a run known only from its message is awaited until the
# page has stopped changing.
_COUNT_RUNS = """window.__runs = {shown: 0, received: 0, receivedAt: 0, changedAt: 0};
new MutationObserver(records => {
    window.__runs.changedAt = performance.now();
    records.forEach(r => {
        const shown = r.oldValue === 'running' && r.target.dataset?.testScriptState === 'notRunning';
        if (shown) window.__runs.shown++;
    });
}).observe(document, {subtree: true, childList: true, characterData: true, attributes: true,
                      attributeOldValue: true});

function scriptFinished(buffer) {
    const bytes = new Uint8Array(buffer);
    let at = 0;
    const varint = () => {
        let value = 0, shift = 0, byte;
        do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
        return value;
    };
    while (at < bytes.length) {
        const tag = varint(), field = Math.floor(tag / 8), wire = tag % 8;
        if (wire === 0) { const value = varint(); if (field === 6) return value === 0; }
        else if (wire === 2) { const length = varint(); at += length; }
        else if (wire === 1) at += 8;
        else if (wire === 5) at += 4;
        else return false;
    }
    return false;
}

const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
        super(...args);
        this.addEventListener('message', event => {
            if (event.data instanceof ArrayBuffer && scriptFinished(event.data)) {
                window.__runs.received++;
                window.__runs.receivedAt = performance.now();
            }
        });
    }
};"""

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
def serve(data_dir: Path | None = None, timeout: float = 60, entry: str = "serve.py") -> Iterator[str]:
    """`streamlit run serve.py` (the dashboard, its API and middleware) on a free local port; yields its
    base URL, stops it on exit.

    data_dir None serves the data the app finds itself ($ACCOUNTABILITY_DATA or data/).
    entry "app.py" serves the script alone, without serve.py's middleware.
    """
    port = free_port()
    env = dict(os.environ)
    if data_dir is not None:
        env["ACCOUNTABILITY_DATA"] = str(data_dir)
    command = [
        sys.executable, "-m", "streamlit", "run", entry,
        "--server.port", str(port), "--server.address", "127.0.0.1",
    ]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=CHECKOUT, env=env, stdout=log, stderr=subprocess.STDOUT)
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


def runs_finished(page) -> dict:
    """The page's run counts, to pass to `wait_rerun` after an action."""
    return page.evaluate("() => ({shown: window.__runs.shown, received: window.__runs.received})")


# Quiet time after a run known only from its message: React renders a batch of updates in a
# task of its own, soon after the messages are handled.
QUIET_MS = 250

# The time at which a run that finished after `before` was drawn with `count` charts, or false.
RERUN_DRAWN_AT = f"""([before, count]) => {{
    if (!({DRAWN_JS})(count)) return false;
    const runs = window.__runs;
    if (runs.shown > before.shown) return performance.now();
    const settled = Math.max(runs.changedAt, runs.receivedAt);
    return runs.received > before.received && performance.now() - settled > {QUIET_MS} && settled;
}}"""


# What a wait that timed out was waiting for, so that its failure says what the page showed.
_STATE_JS = """() => ({
    url: location.href,
    script: document.querySelector('[data-testid=stApp]')?.dataset.testScriptState,
    connection: document.querySelector('[data-testid=stApp]')?.dataset.testConnectionState,
    runs: window.__runs,
    plots: document.querySelectorAll('.js-plotly-plot').length,
    shareLink: !!document.querySelector('[data-testid=stSidebar] [data-testid=stCode]'),
    exceptions: [...document.querySelectorAll('[data-testid=stException]')].map(e => e.innerText),
})"""


class NotDrawn(AssertionError):
    pass


def _wait(page, condition: str, arg, timeout: float, expected: str):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        return page.wait_for_function(condition, arg=arg, timeout=timeout, polling="raf").json_value()
    except PlaywrightTimeout:
        state = page.evaluate(_STATE_JS)
        raise NotDrawn(f"waited {timeout / 1000:.0f} s for {expected}; the page: {state}") from None


def wait_rerun(page, before: dict, count: int, timeout: float = 30_000) -> float:
    """Wait for a script run that finished after `before`, and for its charts drawn; returns when."""
    expected = f"a run after {before} with {count} charts drawn"
    return _wait(page, RERUN_DRAWN_AT, [before, count], timeout, expected)


def wait_drawn(page, count: int, timeout: float = 30_000) -> None:
    _wait(page, DRAWN_JS, count, timeout, f"{count} charts drawn")


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
