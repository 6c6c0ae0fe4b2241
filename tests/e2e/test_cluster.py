"""Through the proxy: two replicas behind nginx (deploy/), as readers of a deployment reach them.

The cluster serves the fixture data. A reader stays on one replica (the affinity cookie): the
link opens, a filter change reruns on the replica that holds the session, and a download, which
that replica keeps in its memory, arrives.
"""

from __future__ import annotations

import csv
import io
import os
import re

import pytest

from deploy import cluster as local_cluster
from tests.e2e import driver as browser
from tests.e2e.conftest import tabs

LINK = "country=LTU&dates=2022-01-01&dates=2023-12-31"


@pytest.fixture(scope="module")
def proxied(chromium, fixture_dir, tmp_path_factory):
    if local_cluster.nginx_binary() is None:
        problem = "nginx is not installed: `apt-get install nginx` (.ci/run does)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the proxy test cannot run under CI: {problem}")
        pytest.skip(problem)
    run_dir = tmp_path_factory.mktemp("cluster")
    started = local_cluster.start(replicas=2, port=local_cluster.free_port(), run_dir=run_dir,
                                  data_dir=fixture_dir)
    try:
        yield started
    finally:
        local_cluster.stop(run_dir)


@pytest.fixture
def reader(chromium_browser, proxied):
    with tabs(chromium_browser, proxied.proxy) as new:
        yield new()


def upstreams_by_cookie(access_log: str) -> dict[str, set[str]]:
    """affinity cookie -> the replicas that answered requests carrying it."""
    seen: dict[str, set[str]] = {}
    for line in access_log.splitlines():
        match = re.search(r" (\S+) \S+ replica=(\w+)$", line)
        if match:
            seen.setdefault(match.group(2), set()).add(match.group(1))
    return seen


def test_a_shared_link_a_filter_change_and_a_download_through_the_proxy(reader, proxied):
    reader.open("timeline", LINK)
    assert reader.query()["country"] == ["LTU"]
    assert reader.countries() == ["Lithuania"]

    reader.rerun_after(lambda: browser.pick_country(reader.page, "Pol", "Poland"), "timeline")

    def both_chosen():
        assert reader.query()["country"] == ["LTU", "POL"]
        assert reader.countries() == ["Lithuania", "Poland"]

    reader.until(both_chosen)

    with reader.page.expect_download() as download:
        reader.page.get_by_role("button", name=re.compile("Download these events")).click()
    rows = list(csv.DictReader(io.StringIO(download.value.path().read_text(encoding="utf-8"))))
    assert rows, "the download is empty"
    assert download.value.suggested_filename == "events_2022-01-01_2023-12-31.csv"
    reader.assert_clean()

    cookie = next(c["value"] for c in reader.page.context.cookies() if c["name"] == "replica")
    answered = upstreams_by_cookie((proxied.run_dir / "nginx-access.log").read_text())[cookie]
    assert len(answered) == 1, f"one reader's requests went to {answered}"
    assert answered <= {r.removeprefix("http://") for r in proxied.replicas}


def test_every_replica_serves_readers(chromium_browser, proxied):
    """Readers are spread: among twelve readers placed at random, each replica gets some."""
    with tabs(chromium_browser, proxied.proxy) as new:
        for _ in range(12):
            page = new().page
            for _ in range(2):  # the second request carries the cookie the first one got
                page.goto(proxied.proxy + "/_stcore/health")
    answered = set().union(*upstreams_by_cookie((proxied.run_dir / "nginx-access.log").read_text()).values())
    assert answered == {r.removeprefix("http://") for r in proxied.replicas}
