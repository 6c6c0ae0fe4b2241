"""Browser tests: the app served by `streamlit run` on fixture data, driven in Debian's Chromium.

One server and one browser serve the whole session; each test opens fresh browser contexts
(no cookies, cache or storage), which record every request, console error and dialog.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e import driver as browser

# Streamlit's frontend, opened on /<page>, first probes /<page>/_stcore/health and host-config,
# which 404, before the real endpoints (streamlit/streamlit#7074). That is not the app's error.
STREAMLIT_PROBE = re.compile(r"^http://127\.0\.0\.1:\d+/[\w-]+/_stcore/(health|host-config)$")
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def pytest_collection_modifyitems(items):
    """Mark the browser tests, and run them last: Playwright's sync API holds the main thread's event
    loop from the first browser test to the end of the session, which tests that run an ASGI app
    with asyncio or anyio in that thread cannot share."""
    browser_tests = [item for item in items if "tests/e2e/" in item.nodeid.replace("\\", "/")]
    for item in browser_tests:
        item.add_marker(pytest.mark.e2e)
    items[:] = [item for item in items if item not in browser_tests] + browser_tests


@pytest.fixture(scope="session")
def chromium():
    """Skip (fail under CI) with a way out when there is no browser to drive."""
    problem = None
    if not browser.CHROMIUM.is_file():
        problem = (
            f"no Chromium at {browser.CHROMIUM}: install Debian's with `apt-get install chromium` "
            "(Playwright's own browser download is not used)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "Playwright is not installed: `pip install -r requirements.txt`"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests cannot run under CI: {problem}")
        pytest.skip(f"browser tests skipped: {problem}")


@pytest.fixture(scope="session")
def server(chromium, fixture_dir):
    with browser.serve(fixture_dir) as base:
        yield base


@pytest.fixture(scope="session")
def chromium_browser(chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = browser.launch(playwright)
        yield launched
        launched.close()


@dataclass
class Tab:
    """One page in a fresh browser context, with what it asked for and what went wrong."""

    page: object
    base: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, name: str, query: str = "") -> None:
        path, count = browser.PAGES[name]
        browser.open_page(self.page, self.base + path + (f"?{query}" if query else ""), count)

    def runs(self, settle: float = 0.75) -> int:
        """Script runs the page has finished so far, counted after it has been still for `settle` s."""
        time.sleep(settle)
        return browser.runs_finished(self.page)["received"]

    def wait_drawn(self, name: str) -> None:
        browser.wait_drawn(self.page, browser.PAGES[name][1])

    def rerun_after(self, action: Callable[[], None], name: str) -> None:
        """Do something that reruns the script, then wait until that run's charts are drawn."""
        before = browser.runs_finished(self.page)
        action()
        browser.wait_rerun(self.page, before, browser.PAGES[name][1])

    @staticmethod
    def until(check: Callable[[], object], timeout: float = 15) -> object:
        """Retry an assertion while the page settles (a click may cause a second, corrective run)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return check()
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def charts(self) -> list[dict]:
        return browser.charts(self.page)

    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.page.url).query)

    def path(self) -> str:
        return urlsplit(self.page.url).path

    def countries(self) -> list[str]:
        """The names the sidebar's country filter shows."""
        tags = self.page.locator(f"{browser.SIDEBAR} [data-testid=stMultiSelect] [data-tag]")
        return [tag.get_attribute("aria-label") for tag in tags.all()]

    def dates(self) -> list[str]:
        """The range the sidebar's date input shows, as ISO dates."""
        fields = self.page.locator(f"{browser.SIDEBAR} [data-testid=stDateInput] input[type=date]")
        return fields.evaluate_all("inputs => inputs.map(i => i.value)")

    def set_dates(self, start: str, end: str) -> None:
        """Type a range into the date input's segments; it takes effect when focus leaves it."""
        date_input = self.page.locator(f"{browser.SIDEBAR} [data-testid=stDateInput]")
        for side, value in (("start", start), ("end", end)):
            date_input.locator(f"[data-range-field={side}] [data-type=year]").click()
            self.page.keyboard.type(value.replace("-", ""))
        self.page.locator(f"{browser.SIDEBAR} h2", has_text="Filters").click()

    def share_link(self) -> str:
        return self.page.locator(f"{browser.SIDEBAR} [data-testid=stCode] code").inner_text().strip()

    def off_server(self) -> list[str]:
        """Requests that left the dashboard's server (data: and blob: URLs stay in the page)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname not in LOCAL_HOSTS
        ]

    def assert_clean(self) -> None:
        assert not self.page.locator("[data-testid=stException]").count(), "the page shows an exception"
        assert not self.console_errors, self.console_errors
        assert not self.dialogs, f"a script ran: {self.dialogs}"
        assert not self.off_server(), self.off_server()


@contextmanager
def tabs(chromium_browser, base: str) -> Iterator[Callable[[], Tab]]:
    """A factory of Tabs on `base`, each in a fresh browser context; all closed at the end."""
    contexts = []

    def new() -> Tab:
        context = browser.new_context(chromium_browser)
        contexts.append(context)
        page = context.new_page()
        opened = Tab(page, base)
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("pageerror", lambda error: opened.console_errors.append(f"uncaught: {error}"))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        page.on(
            "console",
            lambda message: (
                message.type == "error"
                and not STREAMLIT_PROBE.match(message.location.get("url", ""))
                and opened.console_errors.append(f"{message.text} ({message.location.get('url')})")
            ),
        )
        return opened

    try:
        yield new
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def tab(chromium_browser, server):
    """A factory of Tabs, each in a fresh browser context; all closed after the test."""
    with tabs(chromium_browser, server) as new:
        yield new
