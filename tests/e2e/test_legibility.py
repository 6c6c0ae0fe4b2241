"""Legible at a glance, on a desktop and on a phone, and usable with the keyboard alone.

These tests serve the bundled data (not the tiny fixture): cut-off text, crowded labels and
sideways scrolling show only with real names, real numbers and fifteen coalitions.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.e2e import driver as browser
from tests.e2e.conftest import Tab

SIZES = {"desktop": browser.DESKTOP, "phone": browser.PHONE}

# Boxes whose text is wider than they are: cut off (ellipsis, hidden overflow) or spilling over
# their neighbours. Left out: what is meant to scroll or to show one line of a longer value
# (tables draw on a canvas and scroll; code blocks; a closed select shows its choice on one line
# and the full text is in its list and written out beside it), plotly's SVG (checked apart), and
# boxes of no width (the closed sidebar's) and the skip link, one pixel wide until it has the focus.
OVERFLOWING = """() => {
    const skip = '[data-testid=stDataFrame], [data-testid=stCode], .js-plotly-plot, input, textarea, '
        + '[data-baseweb=select], [data-testid=stSkipToContent]';
    const boxes = new Set();
    const app = document.querySelector('[data-testid=stApp]');
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        let box = node.parentElement;  // the text's box: its nearest element that is not inline
        while (box && getComputedStyle(box).display === 'inline') box = box.parentElement;
        if (box && box.clientWidth && !box.closest(skip) && box.checkVisibility()) boxes.add(box);
    }
    const found = [];
    for (const box of boxes) {
        if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) continue;  // meant to scroll
        // 4 px: the padding of a highlighted quote at the end of a line, not its text
        if (box.scrollWidth > box.clientWidth + 4) {
            found.push(`${box.tagName.toLowerCase()} ${box.dataset.testid ?? ''} `
                + `(${box.scrollWidth} > ${box.clientWidth} px): ${box.textContent.trim().slice(0, 60)}`);
        }
    }
    return found;
}"""

# How far the page body and the main area can be scrolled sideways, in pixels.
SIDEWAYS = """() => {
    const main = document.querySelector('[data-testid=stMain]');
    return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
                    main.scrollWidth - main.clientWidth);
}"""

# Pairs of the matrix's column labels whose boxes intersect. The labels are slanted, so each box
# is taken in the labels' own rotated frame (where it is upright), not as the page's bounding box.
TICKS_OVERLAP = """() => {
    const plot = [...document.querySelectorAll('.js-plotly-plot')]
        .find(p => (p.layout.title?.text ?? '').includes('Coalition membership'));
    const boxes = [...plot.querySelectorAll('.xtick text')].map(text => {
        const m = text.getScreenCTM(), b = text.getBBox();
        const angle = Math.atan2(m.b, m.a), cos = Math.cos(-angle), sin = Math.sin(-angle);
        const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height],
                         [b.x + b.width, b.y + b.height]].map(([x, y]) => {
            const sx = m.a * x + m.c * y + m.e, sy = m.b * x + m.d * y + m.f;
            return [sx * cos - sy * sin, sx * sin + sy * cos];
        });
        const xs = corners.map(c => c[0]), ys = corners.map(c => c[1]);
        return {label: text.textContent, x0: Math.min(...xs), x1: Math.max(...xs),
                y0: Math.min(...ys), y1: Math.max(...ys)};
    });
    const pairs = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
        if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) {
            pairs.push([a.label, b.label]);
        }
    }));
    return {labels: boxes.length, pairs};
}"""


@pytest.fixture(scope="module")
def bundled(chromium):
    with browser.serve() as base:
        yield base


@pytest.fixture
def reader(chromium_browser, bundled):
    """A factory of Tabs on the bundled data at a given size, each in a fresh browser context."""
    contexts = []

    def new(size: str = "desktop") -> Tab:
        context = browser.new_context(chromium_browser)
        contexts.append(context)
        page = context.new_page()
        page.set_viewport_size(SIZES[size])
        opened = Tab(page, bundled)
        page.on("pageerror", lambda error: opened.console_errors.append(f"uncaught: {error}"))
        return opened

    yield new
    for context in contexts:
        context.close()


@pytest.mark.parametrize("size", SIZES)
def test_no_text_is_cut_or_spills_on_any_page(reader, size):
    user = reader(size)
    for name in browser.PAGES:
        user.open(name)
        assert user.page.evaluate(OVERFLOWING) == [], f"{name} at {size} size"
        assert not user.console_errors, user.console_errors


def test_on_a_phone_the_body_never_scrolls_sideways_and_the_sidebar_is_closed(reader):
    user = reader("phone")
    for name in browser.PAGES:
        user.open(name)
        assert user.page.evaluate(SIDEWAYS) <= 0, name
        assert user.page.locator(browser.SIDEBAR).get_attribute("data-collapsed") == "true", name


def test_the_matrix_column_labels_do_not_overlap(reader):
    user = reader("desktop")
    user.open("coalitions")
    ticks = user.page.evaluate(TICKS_OVERLAP)
    assert ticks["labels"] >= 10  # the bundled data has more than a dozen coalitions
    assert ticks["pairs"] == []


def test_every_chart_has_a_sentence_and_its_data_within_reach(reader):
    user = reader("desktop")
    for name, (_, count) in browser.PAGES.items():
        user.open(name)
        expanders = user.page.get_by_text("The data of this chart", exact=True)
        assert expanders.count() == count, name


# --- the keyboard alone ------------------------------------------------------------------------

FOCUSED = "selector => !!document.activeElement && document.activeElement.matches(selector)"


def tab_to(user: Tab, selector: str, back: bool = False, presses: int = 80) -> None:
    """Press Tab (Shift+Tab: back) until the element that matches `selector` has the focus."""
    for _ in range(presses):
        if user.page.evaluate(FOCUSED, selector):
            return
        user.page.keyboard.press("Shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {selector}")


def keyed(user: Tab, name: str, *keys: str) -> None:
    """Press keys that rerun the script, and wait until that run is drawn."""
    user.rerun_after(lambda: [user.page.keyboard.press(key) for key in keys], name)


def test_a_keyboard_alone_pages_a_table_downloads_it_filters_and_picks(reader):
    user = reader("desktop")
    user.open("timeline")

    # The events table's pager: the next page of rows.
    tab_to(user, "[data-testid=stMain] [data-testid=stNumberInput] input")
    keyed(user, "timeline", "ArrowUp", "Enter")
    user.until(lambda: _assert(user.query().get("events_page") == ["2"]))
    assert user.page.get_by_text("Rows 101–").count() == 1

    # Its download, with Enter.
    tab_to(user, "[data-testid=stDownloadButton] button")
    with user.page.expect_download() as download:
        user.page.keyboard.press("Enter")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows[0][:2] == ["event_id", "date"] and len(rows) > 100

    # A country in the sidebar filter: typed, its option reached with an arrow key, chosen with Enter.
    tab_to(user, f"{browser.SIDEBAR} [data-testid=stMultiSelect] input")
    user.page.keyboard.type("Lithuania")
    keyed(user, "timeline", "ArrowDown", "Enter")
    user.page.keyboard.press("Escape")
    user.until(lambda: _assert(user.query().get("country") == ["LTU"]))
    assert user.countries() == ["Lithuania"]

    # Another page through the sidebar's link, then another metric with the arrow keys.
    tab_to(user, f'{browser.SIDEBAR} a[href*="cases"]', back=True)
    keyed(user, "cases", "Enter")
    first = user.query()["metric"]
    tab_to(user, "[data-testid=stMain] [data-testid=stSelectbox] input")
    keyed(user, "cases", "ArrowDown", "ArrowDown", "Enter")
    user.until(lambda: _assert(user.query()["metric"] != first))
    assert user.query().get("country") == ["LTU"]  # the filter came along


def _assert(condition: bool) -> None:
    assert condition
