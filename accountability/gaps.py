"""Long gaps in a figure series: more than six months without a figure is shown as a gap.

A chart breaks its line there instead of drawing across it, and says so in words; the
coverage command reports the same gaps. Pure: no Streamlit, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

LONG_GAP_MONTHS = 6
NOTE_LIMIT = 6  # gaps named in a chart's note; the rest are counted


def is_long_gap(start, end) -> bool:
    """More than six calendar months from start to end (31 Jan to 31 Jul is not; to 1 Aug is)."""
    return pd.Timestamp(end) > pd.Timestamp(start) + pd.DateOffset(months=LONG_GAP_MONTHS)


def long_gaps(dates: Sequence) -> list[int]:
    """The positions i of sorted dates where the step from dates[i - 1] to dates[i] is a long gap.

    Whole arrays at once, as is_long_gap says it for one step: a chart at scale has thousands.
    Dates are compared as days (the time of day, which no record has, is dropped).
    """
    days = np.asarray(pd.to_datetime(pd.Series(dates)), dtype="datetime64[D]")
    if len(days) < 2:
        return []
    earlier = days[:-1]
    # six calendar months later, the day clipped to the month's last (31 Aug -> 28 or 29 Feb)
    months = earlier.astype("datetime64[M]")
    later = months + LONG_GAP_MONTHS
    month_end = (later + 1).astype("datetime64[D]") - 1
    limits = np.minimum(later.astype("datetime64[D]") + (earlier - months.astype("datetime64[D]")), month_end)
    return [int(i) + 1 for i in np.flatnonzero(days[1:] > limits)]


def broken(x: np.ndarray, *columns: np.ndarray) -> tuple[np.ndarray, ...]:
    """x and its columns with an empty point inside every long gap of x, so plotly breaks the line.

    The empty point sits halfway through the gap; a numeric column (y) has None there, a text
    column (marker symbols) repeats the value before it, and a 2-D column (customdata) has a row
    of empty strings.
    """
    positions = long_gaps(x)
    if not positions:
        return (x, *columns)
    stamps = pd.to_datetime(pd.Series(x))
    middles = [stamps.iloc[i - 1] + (stamps.iloc[i] - stamps.iloc[i - 1]) / 2 for i in positions]
    out = [np.insert(np.asarray(x, dtype=object), positions, np.asarray(middles, dtype=object))]
    for column in columns:
        column = np.asarray(column, dtype=object)
        if column.ndim == 2:
            fillers = [[""] * column.shape[1]] * len(positions)
        elif all(isinstance(value, str) for value in column):
            fillers = [column[i - 1] for i in positions]
        else:
            fillers = [None] * len(positions)
        out.append(np.insert(column, positions, np.asarray(fillers, dtype=object), axis=0))
    return tuple(out)


def gap_spans(frame: pd.DataFrame, line: str, date: str) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """(line, last date before, first date after) for each long gap of each line, by date."""
    if frame.empty:
        return []
    # Every line at once (a chart at scale has dozens): sorted by line then date, a step is a gap
    # where both ends are of the same line.
    ordered = pd.DataFrame({"line": frame[line].astype(str), "date": pd.to_datetime(frame[date])})
    ordered = ordered.sort_values(["line", "date"], kind="stable")
    names = ordered["line"].to_numpy()
    dates = pd.DatetimeIndex(ordered["date"])
    steps = long_gaps(dates)
    spans = [(names[i], dates[i - 1], dates[i]) for i in steps if names[i] == names[i - 1]]
    return sorted(spans, key=lambda span: (span[1], span[0]))


def gap_note(frame: pd.DataFrame, line: str, date: str) -> str:
    """In words: which lines have gaps of more than six months, and when; empty when none."""
    spans = gap_spans(frame, line, date) if not frame.empty else []
    if not spans:
        return ""
    named = [f"{name}, {start:%b %Y} to {end:%b %Y}" for name, start, end in spans[:NOTE_LIMIT]]
    more = len(spans) - NOTE_LIMIT
    return (
        f"No figure for more than {LONG_GAP_MONTHS} months: "
        + "; ".join(named)
        + (f"; and {more} more" if more > 0 else "")
        + ". The line is broken there, not drawn across, and the gap is shaded."
    )
