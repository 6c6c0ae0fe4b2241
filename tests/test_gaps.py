"""A gap of more than six months in a series is drawn as a gap, with a note, never bridged."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from accountability import charts, gaps


def _figures(reporter: str, *days: str) -> pd.DataFrame:
    stamps = pd.to_datetime(list(days))
    return pd.DataFrame(
        {
            "as_of": stamps,
            "value": [1000.0 * (i + 1) for i in range(len(days))],
            "qualifier": "exact",
            "unit": "cases",
            "reporter": reporter,
            "as_of_label": [f"{d:%-d %b %Y}" for d in stamps],
            "outlets": "Example News",
        }
    )


SERIES = pd.concat(
    [
        _figures("Prosecutors", "2022-08-01", "2022-11-01", "2023-09-01", "2023-12-01"),
        _figures("Ombudsman", "2022-08-01", "2023-01-31"),  # exactly six months: not a gap
    ],
    ignore_index=True,
)


def test_a_gap_is_long_past_six_calendar_months():
    assert not gaps.is_long_gap(date(2022, 1, 31), date(2022, 7, 31))
    assert gaps.is_long_gap(date(2022, 1, 31), date(2022, 8, 1))


def test_a_long_gap_breaks_the_line_and_is_shaded():
    plot = charts.metric_series(SERIES, "Cases", "cases")
    go.Figure(plot)  # the chart passes plotly's own checks
    prosecutors, ombudsman = (t for t in plot.data if t.legendgroup == "reporter")
    assert prosecutors.mode == "lines+markers" and not prosecutors.connectgaps
    assert list(prosecutors.y) == [1000.0, 2000.0, None, 3000.0, 4000.0]
    assert pd.Timestamp(prosecutors.x[2]) == pd.Timestamp("2023-04-02")  # halfway through the gap
    assert list(prosecutors.customdata[2]) == ["", "", ""]
    assert list(prosecutors.marker.symbol) == ["circle", "circle", "circle", "circle", "circle"]
    assert list(ombudsman.y) == [1000.0, 2000.0]
    (band,) = plot.layout.shapes
    assert pd.Timestamp(band.x0) == pd.Timestamp("2022-11-01")
    assert pd.Timestamp(band.x1) == pd.Timestamp("2023-09-01")


def test_the_gap_is_said_in_words():
    assert gaps.gap_note(SERIES, "reporter", "as_of") == (
        "No figure for more than 6 months: Prosecutors, Nov 2022 to Sep 2023. "
        "The line is broken there, not drawn across, and the gap is shaded."
    )
    assert gaps.gap_note(SERIES[SERIES["reporter"] == "Ombudsman"], "reporter", "as_of") == ""


def test_counts_per_period_break_at_a_long_gap_too():
    bins = pd.DataFrame(
        {
            "bin_start": pd.to_datetime(["2022-07-01", "2022-08-01", "2023-06-01"]),
            "reporter": "Prosecutors",
            "n_figures": [1, 2, 1],
            "value_min": [10.0, 20.0, 50.0],
            "value_max": [10.0, 30.0, 50.0],
            "value_last": [10.0, 30.0, 50.0],
            "qualifier_last": "exact",
            "unit": "cases",
        }
    )
    plot = charts.metric_bins(bins, "Cases", "cases", "month")
    go.Figure(plot)
    (line,) = (t for t in plot.data if t.legendgroup == "reporter")
    assert list(line.y) == [10.0, 30.0, None, 50.0]
    assert list(line.error_y.arrayminus) == [0.0, 10.0, None, 0.0]
    assert len(plot.layout.shapes) == 1


def test_every_step_of_a_series_is_judged_as_one_step_is():
    import random

    from accountability.gaps import is_long_gap, long_gaps

    rng = random.Random(0)
    days = sorted(pd.Timestamp("2022-01-31") + pd.Timedelta(days=rng.randrange(0, 1500)) for _ in range(300))
    days += [pd.Timestamp("2026-07-31"), pd.Timestamp("2027-01-31"), pd.Timestamp("2027-08-01")]
    expected = [i for i in range(1, len(days)) if is_long_gap(days[i - 1], days[i])]
    assert long_gaps(days) == expected
    assert len(days) - 1 in expected  # 31 Jan to 1 Aug: more than six months
    assert len(days) - 2 not in expected  # 31 Jul to 31 Jan: exactly six


def test_six_months_from_every_day_of_two_years_is_judged_as_one_step_is():
    """Month ends (31 Aug to 28 or 29 Feb) and leap days: each step on its own, as two-date series."""
    from accountability.gaps import is_long_gap, long_gaps

    for start in pd.date_range("2023-01-01", "2024-12-31"):
        for days in (180, 181, 182, 183, 184, 185):
            end = start + pd.Timedelta(days=days)
            assert (long_gaps([start, end]) == [1]) == is_long_gap(start, end), (start, end)


def test_each_line_has_its_own_gaps_whatever_the_order_of_the_rows():
    """Many lines in one frame, rows shuffled: each line's gaps are found as if it were alone."""
    import random

    rng = random.Random(1)
    rows = []
    for reporter in ("A", "B", "C"):
        offsets = rng.sample(range(0, 1500, 30), 12)  # a dozen figures over four years: some gaps
        rows += [(reporter, pd.Timestamp("2022-01-01") + pd.Timedelta(days=d)) for d in offsets]
    rng.shuffle(rows)
    frame = pd.DataFrame(rows, columns=["reporter", "as_of"])
    expected = []
    for reporter in ("A", "B", "C"):
        days = sorted(day for name, day in rows if name == reporter)
        steps = [i for i in range(1, len(days)) if gaps.is_long_gap(days[i - 1], days[i])]
        expected += [(reporter, days[i - 1], days[i]) for i in steps]
    assert expected, "the draw should hold gaps"
    assert gaps.gap_spans(frame, "reporter", "as_of") == sorted(expected, key=lambda s: (s[1], s[0]))
