"""A shared link's first visit over an emulated network, with and without compressed static files.

Two servers on the same data: `app.py` alone (Streamlit serves its JavaScript uncompressed) and
`serve.py` (the same app with static files gzipped once and kept). Each is visited once before
timing, so that what is measured is a reader's first visit to a running server, not the server's
own first request. Then, alternately, a fresh browser (no cache) opens the shared link under
Chromium's network emulation (CDP Network.emulateNetworkConditions) and we record the time from
navigation start to the charts drawn, and the bytes that crossed the network: every HTTP response
as encoded on the wire, and the websocket's frames.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

ENTRIES = {"plain": "app.py", "gzip": "serve.py"}


@dataclass
class Network:
    down_mbit: float = 10.0
    up_mbit: float = 5.0
    rtt_ms: float = 40.0

    def conditions(self) -> dict:
        return {
            "offline": False,
            "latency": self.rtt_ms,
            "downloadThroughput": self.down_mbit * 1e6 / 8,
            "uploadThroughput": self.up_mbit * 1e6 / 8,
        }

    def __str__(self) -> str:
        return f"{self.down_mbit:g} Mbit/s down, {self.up_mbit:g} Mbit/s up, {self.rtt_ms:g} ms round trip"


@dataclass
class Visit:
    drawn_ms: float
    http_bytes: int
    websocket_bytes: int


@dataclass
class Series:
    visits: list[Visit] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(v, attribute) for v in self.visits)


def visit(chromium, browser, url: str, count: int, network: Network | None, drawn_at: str) -> Visit:
    """One first visit in a fresh browser context under the emulated network (None: none)."""
    context = browser.new_context(chromium)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    http: dict[str, int] = {}
    frames: list[int] = []
    cdp.on("Network.loadingFinished", lambda e: http.__setitem__(e["requestId"], e["encodedDataLength"]))
    # Binary frames arrive base64-encoded: three bytes for every four characters.
    cdp.on("Network.webSocketFrameReceived",
           lambda e: frames.append(len(e["response"]["payloadData"]) * 3 // 4))
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    if network is not None:
        cdp.send("Network.emulateNetworkConditions", network.conditions())
    try:
        page.goto(url, timeout=120_000, wait_until="commit")  # what counts is the charts drawn
        drawn = page.wait_for_function(drawn_at, arg=count, polling="raf", timeout=120_000).json_value()
        page.wait_for_timeout(500)  # the last loadingFinished events reach us while we wait
        return Visit(drawn, sum(http.values()), sum(frames))
    finally:
        context.close()


def measure(chromium, browser, root, pages: dict[str, tuple[str, int]], query: str, runs: int,
            network: Network, drawn_at: str) -> dict[tuple[str, str], Series]:
    """(page, plain|gzip) -> its first visits; the two servers run side by side, visited alternately."""
    from contextlib import ExitStack

    results = {(name, kind): Series() for name in pages for kind in ENTRIES}
    with ExitStack() as stack:
        bases = {kind: stack.enter_context(browser.serve(root, entry=entry))
                 for kind, entry in ENTRIES.items()}
        for name, (path, count) in pages.items():
            for base in bases.values():  # the server's own first request, untimed
                visit(chromium, browser, f"{base}{path}?{query}", count, None, drawn_at)
            for _ in range(runs):
                for kind, base in bases.items():
                    results[name, kind].visits.append(
                        visit(chromium, browser, f"{base}{path}?{query}", count, network, drawn_at))
    return results


def report(results: dict[tuple[str, str], Series], network: Network, runs: int) -> None:
    print(f"\nfirst visit of the shared link, fresh browser, {network}; medians of {runs}")
    print(f"{'page':<12}{'served':<8}{'HTTP bytes':>12}{'websocket':>11}{'drawn':>10}")
    pages = dict.fromkeys(name for name, _ in results)
    for name in pages:
        for kind in ENTRIES:
            series = results[name, kind]
            print(f"{name:<12}{kind:<8}{series.median('http_bytes') / 1e6:>9.2f} MB"
                  f"{series.median('websocket_bytes') / 1e3:>8.0f} KB{series.median('drawn_ms'):>7.0f} ms")
        plain, gzipped = results[name, "plain"], results[name, "gzip"]
        print(f"{'':<12}{'ratio':<8}{plain.median('http_bytes') / gzipped.median('http_bytes'):>10.1f} x"
              f"{'':>11}{plain.median('drawn_ms') / gzipped.median('drawn_ms'):>8.1f} x")
