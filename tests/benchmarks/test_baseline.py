"""The pandas baseline computes what the app computes, so the benchmark compares like with like.

Both engines run every page's data path on the same data and filters, including the paths that
count per period and the pages past the first, and must give equal tables row for row.
"""

from __future__ import annotations

import math
from datetime import date
from functools import partial

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from accountability import db, page_data
from accountability.filters import Filters
from benchmarks import baseline
from benchmarks.synth import synthesize


def plain(value):
    """One cell as a plain Python value: the engines differ in dtypes, not in what they say."""
    if value is None or value is pd.NaT or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, np.ndarray | list):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool | int):
        return float(value)
    if isinstance(value, date):
        return pd.Timestamp(value)
    return value


def normal(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.reset_index(drop=True).astype(object)
    return pd.DataFrame({column: [plain(v) for v in out[column]] for column in out.columns}, dtype=object)


def same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    assert list(left.columns) == list(right.columns)
    pd.testing.assert_frame_equal(normal(left), normal(right))


def same_page(left: page_data.TablePage, right: page_data.TablePage) -> None:
    where = ("offset", "total", "columns", "size")
    assert [getattr(left, k) for k in where] == [getattr(right, k) for k in where]
    same(left.rows, right.rows)


def same_chart(left: page_data.Chart, right: page_data.Chart) -> None:
    assert left.note == right.note
    same(left.data, right.data)


@pytest.fixture(scope="module")
def engines(tmp_path_factory, request):
    """(duckdb query function, pandas tables) on the fixture data or on 5,000 synthetic events."""
    if request.param == "fixture":
        data = request.getfixturevalue("fixture_dir")
    else:
        data = tmp_path_factory.mktemp("synthetic")
        synthesize(5_000, data, seed=3, progress=lambda _: None)
    return partial(db.run, db.connect(data)), baseline.load(data)


FILTERS = [
    dict(),  # the whole range: counts per period on the synthetic data
    dict(start=date(2024, 3, 1), end=date(2024, 3, 31)),  # each record
    dict(start=date(2023, 1, 1), end=date(2025, 6, 30), include_candidates=True),
    dict(countries=("LTU", "XJP", "XBR", "org-001"), start=date(2022, 1, 1), end=date(2024, 12, 31)),
]


def cases():
    for data in ("fixture", "synthetic"):
        for index, changes in enumerate(FILTERS):
            for page in (0, 1):
                yield pytest.param(data, changes, page, id=f"{data}-filters{index}-page{page}")
    # a page past the end of every table (the filters shrank them): both show the first page
    yield pytest.param("synthetic", FILTERS[1], 400, id="synthetic-filters1-page400")


class NoDrawing:
    """Stands in for plotly.express where only the numbers are compared: px is slow to draw."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: go.Figure()


@pytest.mark.parametrize(("engines", "changes", "page"), list(cases()), indirect=["engines"])
def test_both_engines_give_the_same_results(engines, changes, page, monkeypatch):
    monkeypatch.setattr(baseline, "px", NoDrawing())
    query, tables = engines
    bar, other = page_data.sidebar(query), baseline.sidebar(tables)
    assert bar.span == other.span
    same(bar.options.drop(columns="aliases"), other.options.drop(columns="aliases"))
    filters = Filters(**{"start": bar.span[0], "end": bar.span[1], **changes})
    names = bar.names

    summary, latest = page_data.overview(query, filters)
    other_summary, other_latest = baseline.overview(tables, filters)
    same(summary.to_frame().T, other_summary.to_frame().T)
    same(latest, other_latest)

    chart, events = page_data.timeline(query, filters, names, page)
    other_chart, other_events = baseline.timeline(tables, filters, names, page)
    same_chart(chart, other_chart)
    same_page(events, other_events)

    columns = page_data.coalition_columns(query, filters)
    same(columns, baseline.coalition_columns(tables, filters))
    chart, rows = page_data.coalition_matrix(query, filters, names, columns, page)
    other_chart, other_rows = baseline.coalition_matrix(tables, filters, names, columns, page)
    same_chart(chart, other_chart)
    assert (rows.offset, rows.total) == (other_rows.offset, other_rows.total)
    for coalition in columns["coalition_id"][:3]:
        same_page(
            page_data.coalition_members(query, filters, coalition, page),
            baseline.coalition_members(tables, filters, coalition, page),
        )

    metrics = page_data.metric_choices(query, filters)
    same(metrics, baseline.metric_choices(tables, filters))
    for metric in metrics.itertuples(index=False):
        chosen = pd.Series(metric._asdict())
        chart, figures = page_data.metric_series(query, filters, names, chosen, page)
        other_chart, other_figures = baseline.metric_series(tables, filters, names, chosen, page)
        same_chart(chart, other_chart)
        same_page(figures, other_figures)
    same_page(page_data.disagreements(query, filters, page), baseline.disagreements(tables, filters, page))

    listing = page_data.source_list(query, page)
    same_page(listing, baseline.source_list(tables, page))
    for source_id in listing.rows["source_id"][:5]:
        document, records = page_data.source_detail(query, source_id, page)
        other_document, other_records = baseline.source_detail(tables, source_id, page)
        for field in ("source_id", "title", "outlet", "published_label", "url", "kind", "text"):
            assert plain(document[field]) == plain(other_document[field])
        assert sorted(plain(document["quotes"]) or []) == sorted(plain(other_document["quotes"]) or [])
        same_page(records, other_records)


@pytest.mark.parametrize("engines", ["synthetic"], indirect=True)
@pytest.mark.parametrize("changes", FILTERS[:2], ids=["counts", "records"])
def test_the_baseline_draws_with_plotly_express_as_the_app_draws(engines, changes):
    query, tables = engines
    bar = baseline.sidebar(tables)
    filters = Filters(**{"start": bar.span[0], "end": bar.span[1], **changes})
    chart, _ = baseline.timeline(tables, filters, bar.names)
    ours, _ = page_data.timeline(query, filters, bar.names)
    assert bool(chart.note) == bool(ours.note)  # counts per period in both, or each event in both
    kind = "bar" if chart.note else "scatter"
    assert {trace.type for trace in chart.plot.data} == {kind}
    assert sum(len(trace.x) for trace in chart.plot.data) == len(chart.data)
    metric = baseline.metric_choices(tables, filters).iloc[0]
    series, _ = baseline.metric_series(tables, filters, bar.names, metric)
    assert sum(len(trace.x) for trace in series.plot.data) == len(series.data)
