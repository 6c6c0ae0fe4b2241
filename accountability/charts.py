"""Chart builders: a tidy DataFrame in, a plotly Figure out. No Streamlit, no SQL.

Colours come from palettes that stay distinct for the common forms of colour blindness
(Okabe & Ito; Paul Tol's "muted"), and colour is never the only carrier of meaning: categories
have their own row, qualifiers their own marker shape, precisions their own marker fill.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import dates, gaps

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000")
TOL_MUTED = (
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
    "#DDDDDD",
)
PALETTE = OKABE_ITO[:6] + TOL_MUTED[:9]

PRECISION_SYMBOLS = {"day": "circle", "month": "diamond-open", "year": "square-open"}
PRECISION_NAMES = {"day": "exact day", "month": "month only", "year": "year only"}
QUALIFIER_SYMBOLS = {
    "exact": "circle",
    "more_than": "triangle-up",
    "at_least": "triangle-up-open",
    "about": "diamond-open",
    "nearly": "triangle-down",
    "at_most": "triangle-down-open",
}
# The one wording of a qualifier; queries/macros/figures.sql says the same in SQL.
QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "at_most": "at most ",
    "about": "about ",
    "nearly": "nearly ",
}
UNREVIEWED = "Unreviewed: proposed by the article ingest, not yet accepted"
UNREVIEWED_COLOUR = OKABE_ITO[4]  # vermillion, apart from the category palette's first entries
ROLE_ORDER = ("founding member", "member", "participant", "signatory", "partner", "referring state")
ROLE_COLOURS = dict(zip(ROLE_ORDER, OKABE_ITO, strict=False))
FONT = dict(family="Source Sans Pro, sans-serif", size=13)


def safe(value: object) -> str:
    """Text from the data as plotly shows it: escaped, so no markup in it is ever rendered."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def figure_value(value: float, qualifier: str) -> str:
    """'more than 19,000' — the number with the words that qualify it."""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return QUALIFIER_WORDS.get(qualifier, "") + number


# The look of plotly's "plotly_white", written out: a named template costs 10-60 ms to apply to
# every chart and adds 6 KB to each one sent to the browser.
AXIS = dict(gridcolor="#EBF0F8", linecolor="#EBF0F8", zerolinecolor="#EBF0F8", automargin=True)
NO_TEMPLATE = dict(data=dict(scatter=[dict(type="scatter")]))  # plotly's "none", as plotly writes it out


def _layout(title: str, x_title: str, y_title: str, height: int = 480) -> dict:
    return dict(
        title=dict(text=title, x=0, xanchor="left"),
        xaxis=dict(title=dict(text=x_title), **AXIS),
        yaxis=dict(title=dict(text=y_title), **AXIS),
        height=height,
        margin=dict(l=10, r=10, t=60, b=10),
        font=FONT,
        template=NO_TEMPLATE,
        paper_bgcolor="white",
        plot_bgcolor="white",
        # At the foot of the chart, not at a fraction of the plot's height under it: the axis title
        # keeps its place whatever the width, and plotly makes room for the legend's lines.
        legend=dict(orientation="h", yref="container", yanchor="bottom", y=0, xanchor="left", x=0),
        hoverlabel=dict(align="left"),
    )


def _plot(traces: list[dict], layout: dict) -> go.Figure:
    """One chart from plain trace dicts, not checked property by property on every rerun.

    Plotly's checks cost 40 ms or more for a chart of a few dozen traces; the tests build
    every chart with the checks on instead (tests/test_charts.py).
    """
    return go.Figure(data=traces, layout=layout, _validate=False)


def _columns(*columns) -> np.ndarray:
    """customdata: one row per point, one column per field."""
    return np.column_stack([np.asarray(column, dtype=object) for column in columns])


def _escaped(values: pd.Series) -> np.ndarray:
    return values.map(safe).to_numpy(dtype=object)


EMPTY_LINE = 40  # characters a line of an empty chart's reason holds: about 320 px at its font size


def empty_chart(title: str, reason: str) -> go.Figure:
    """A titled chart with no data and a sentence saying why it is empty."""
    layout = _layout(title, "", "", height=320)
    layout["xaxis"]["visible"] = layout["yaxis"]["visible"] = False
    layout["annotations"] = [
        dict(
            text=_wrapped(safe(reason), EMPTY_LINE),  # on lines that fit a phone's width
            x=0.5,
            y=0.5,
            xref="paper",
            yref="paper",
            showarrow=False,
            font=dict(size=15, color="#444"),
        )
    ]
    return _plot([], layout)


def _key(name: str, symbol: str, group: str, title: str, **marker) -> dict:
    """A legend entry with no data: explains a marker shape or colour."""
    return dict(
        type="scatter",
        x=[None],
        y=[None],
        mode="markers",
        name=name,
        marker=dict(symbol=symbol, size=marker.pop("size", 11), color=marker.pop("color", "#555"), **marker),
        legendgroup=group,
        legendgrouptitle_text=title,
        hoverinfo="skip",
    )


def _is_candidate(frame: pd.DataFrame) -> pd.Series:
    """Rows that are candidates; frames without a status column hold none."""
    if "status" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["status"] == "candidate"


def _unreviewed_marks(x, y, size: int = 20) -> list[dict]:
    """A ring around every unreviewed record, with its own legend entry: colour is not the only cue."""
    if len(x) == 0:
        return []
    return [
        dict(
            type="scatter",
            x=np.asarray(x, dtype=object),
            y=np.asarray(y, dtype=object),
            mode="markers",
            name=UNREVIEWED,
            hoverinfo="skip",
            legendgroup="review",
            marker=dict(symbol="square-open", size=size, color=UNREVIEWED_COLOUR, line=dict(width=2)),
        )
    ]


def timeline(events: pd.DataFrame, empty_reason: str = "No events match the filters.") -> go.Figure:
    """Events on a time axis, one row and colour per category; partial dates drawn as spans."""
    title = "Events over time"
    if events.empty:
        return empty_chart(title, empty_reason)
    categories = sorted(events["category"].unique())
    traces = []
    partial = events[events["date_precision"] != "day"]
    if not partial.empty:
        gaps = np.full(len(partial), None, dtype=object)  # a break in the line between periods
        traces.append(
            dict(
                type="scatter",
                mode="lines",
                name="Period the date falls in",
                x=_columns(partial["date"], partial["date_end"], gaps).ravel(),
                y=_columns(partial["category"], partial["category"], gaps).ravel(),
                line=dict(color="rgba(80,80,80,0.35)", width=6),
                hoverinfo="skip",
                legendgroup="precision",
            )
        )
    starts, ends = pd.to_datetime(events["date"]), pd.to_datetime(events["date_end"])
    middles = starts + (ends - starts) / 2
    for index, category in enumerate(categories):
        rows = events["category"] == category
        colour = PALETTE[index % len(PALETTE)]
        traces.append(
            dict(
                type="scatter", x=middles[rows].to_numpy(), y=np.full(rows.sum(), category, dtype=object),
                mode="markers", name=category, showlegend=False,  # the rows name the categories
                marker=dict(
                    color=colour,
                    size=12,
                    line=dict(width=2, color=colour),
                    symbol=events.loc[rows, "date_precision"].map(PRECISION_SYMBOLS).to_numpy(dtype=object),
                ),
                customdata=_columns(
                    _escaped(events.loc[rows, "date_label"]),
                    events.loc[rows, "date_precision"].map(PRECISION_NAMES),
                    _escaped(events.loc[rows, "title"])
                    + np.where(_is_candidate(events.loc[rows]), " (unreviewed)", ""),
                    _escaped(events.loc[rows, "actors"]),
                    _escaped(events.loc[rows, "outlets"]),
                ),
                hovertemplate=(
                    "<b>%{customdata[2]}</b><br>%{customdata[0]} (%{customdata[1]})"
                    "<br>Actors: %{customdata[3]}<br>Source: %{customdata[4]}<extra></extra>"
                ),
            )
        )
    candidates = _is_candidate(events).to_numpy()
    traces += _unreviewed_marks(middles[candidates].to_numpy(), events.loc[candidates, "category"])
    precisions = set(events["date_precision"])
    traces += [
        _key(f"Date known to the {p}", PRECISION_SYMBOLS[p], "precision", "Date precision", size=10)
        for p in PRECISION_SYMBOLS
        if p in precisions
    ]
    layout = _layout(title, "Date", "Category", height=max(360, 80 + 42 * len(categories)))
    layout["yaxis"].update(categoryorder="array", categoryarray=categories[::-1])
    # The rows name the categories, so the legend holds only the key to the marker shapes, and
    # sits under the chart: beside it, it would squeeze the time axis on a phone.
    return _plot(traces, layout)


def membership_matrix(
    cells: pd.DataFrame,
    columns: pd.DataFrame,
    colour_by: str = "role",
    sort_by: str = "first join",
    empty_reason: str = "No state or organisation belongs to a coalition within the filters.",
) -> go.Figure:
    """Members (rows) by coalitions (columns, oldest first); a cell is a membership.

    Colour shows the role or the join year; a ring marks joins that fall inside the date range.
    """
    title = "Coalition membership at the end of the date range"
    if cells.empty or columns.empty:
        return empty_chart(title, empty_reason)
    present = columns[columns["coalition_id"].isin(cells["coalition_id"])]
    col_ids = list(present["coalition_id"])
    # Columns are labelled by short name; the full name and the sizes are in each cell's hover text.
    short_of = dict(zip(col_ids, present["short_name"].fillna(present["name"]).map(safe), strict=True))
    name_of = dict(zip(col_ids, present["name"].map(safe), strict=True))
    size_of = dict(zip(col_ids, present["size_label"].map(safe), strict=True))
    col_labels = [short_of[c] for c in col_ids]
    label_of = short_of
    if sort_by == "name":
        rows = sorted(cells["actor_name"].unique(), key=str.casefold)
    else:
        order = cells.sort_values(["first_join", "actor_name"])
        rows = list(dict.fromkeys(order["actor_name"]))
    i = cells["actor_name"].map({name: k for k, name in enumerate(rows)}).to_numpy()
    j = cells["coalition_id"].map({cid: k for k, cid in enumerate(col_ids)}).to_numpy()
    roles = [r for r in ROLE_ORDER if r in set(cells["role"])]
    z = np.full((len(rows), len(col_ids)), np.nan)
    z[i, j] = (
        cells["role"].map({role: k for k, role in enumerate(roles)})
        if colour_by == "role"
        else pd.to_datetime(cells["joined"]).dt.year
    ).to_numpy(dtype=float)
    text = np.full((len(rows), len(col_ids)), "", dtype=object)
    text[i, j] = [
        f"<b>{safe(cell.actor_name)}</b> in {name_of[cell.coalition_id]}"
        f"<br>{size_of[cell.coalition_id]}<br>{safe(cell.role)}, joined {safe(cell.join_dates)}"
        + ("<br>joined inside the date range" if cell.joined_in_range else "")
        + (f"<br>{cell.n_records} records: sources give different dates" if cell.n_records > 1 else "")
        for cell in cells.itertuples()
    ]
    heat = dict(
        type="heatmap",
        z=z,
        x=col_labels,
        y=rows,
        text=text,
        hovertemplate="%{text}<extra></extra>",
        xgap=2,
        ygap=2,
    )
    if colour_by == "role":
        n = len(roles)
        scale = []
        for k, role in enumerate(roles):
            scale += [[k / n, ROLE_COLOURS[role]], [(k + 1) / n, ROLE_COLOURS[role]]]
        traces = [dict(heat, colorscale=scale, zmin=-0.5, zmax=n - 0.5, showscale=False)]
        traces += [_key(role, "square", "role", "Role", size=12, color=ROLE_COLOURS[role]) for role in roles]
    else:
        traces = [dict(heat, colorscale="Viridis", colorbar=dict(title=dict(text="Join year"), dtick=1))]
    if "unreviewed" in cells.columns:
        pending = cells[cells["unreviewed"].astype(bool)]
        traces += _unreviewed_marks(pending["coalition_id"].map(label_of), pending["actor_name"], size=16)
    joined = cells[cells["joined_in_range"].astype(bool)]
    if not joined.empty:
        traces.append(
            dict(
                type="scatter",
                x=joined["coalition_id"].map(label_of).to_numpy(dtype=object),
                y=joined["actor_name"].to_numpy(dtype=object),
                mode="markers",
                name="Joined inside the date range",
                marker=dict(symbol="circle-open", size=7, color="#000", line=dict(width=1.5)),
                hoverinfo="skip",
            )
        )
    height = max(420, 260 + 22 * len(rows))
    layout = _layout(title, "", "Member", height=height)
    # The slanted labels grow the top margin: the title stays above them, at the top of the chart.
    layout["title"].update(yref="container", y=1, yanchor="top", pad=dict(t=12))
    layout["yaxis"].update(autorange="reversed", categoryorder="array", categoryarray=rows)
    layout["xaxis"].update(
        # Slanted at 45 degrees, short names stay apart down to about 40 pixels a column, and
        # read more easily than steeper ones; the matrix reads top-down, so they go on top.
        side="top", categoryorder="array", categoryarray=col_labels, tickangle=-45
    )
    layout["plot_bgcolor"] = "#f4f4f4"
    return _plot(traces, layout)


def metric_series(
    figures: pd.DataFrame,
    label: str,
    unit: str,
    empty_reason: str = "No figure of this metric was reported within the filters.",
    events: pd.DataFrame | None = None,
) -> go.Figure:
    """One line per reporter; marker shape shows the qualifier ('more than' is not 'exactly').

    With `events` (events_overlay rows), the events are marked along the bottom of the chart.
    """
    title = f"{label}, as reported"
    if figures.empty:
        return empty_chart(title, empty_reason)
    units = list(dict.fromkeys(figures["unit"]))
    ordered = figures.sort_values("as_of", kind="stable")
    # Figures of one metric given in different units count different things: never one line.
    lines = list(dict.fromkeys(zip(ordered["reporter"], ordered["unit"], strict=True)))
    traces = []
    for index, (reporter, line_unit) in enumerate(lines):
        rows = ordered[(ordered["reporter"] == reporter) & (ordered["unit"] == line_unit)]
        name = reporter if len(units) == 1 else f"{reporter} ({line_unit})"
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        # More than six months without a figure: the line breaks there instead of bridging the gap.
        x, y, symbols, customdata = gaps.broken(
            rows["as_of"].to_numpy(),
            rows["value"].to_numpy(),
            rows["qualifier"].map(QUALIFIER_SYMBOLS).fillna("circle").to_numpy(dtype=object),
            _columns(
                [figure_value(v, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)],
                _escaped(rows["as_of_label"]),
                _escaped(rows["outlets"]),
            ),
        )
        traces.append(
            dict(
                type="scatter",
                x=x,
                y=y,
                mode="lines+markers",
                name=safe(name),
                line=dict(color=colour, width=1.5, dash="dot"),
                marker=dict(color=colour, size=11, line=dict(width=1.5, color=colour), symbol=symbols),
                customdata=customdata,
                hovertemplate=(
                    f"<b>{safe(reporter)}</b><br>%{{customdata[0]}} {safe(line_unit)}"
                    "<br>as of %{customdata[1]}<br>Source: %{customdata[2]}<extra></extra>"
                ),
                legendgroup="reporter",
                legendgrouptitle_text="Reported by",
            )
        )
    candidates = figures[_is_candidate(figures)]
    traces += _unreviewed_marks(candidates["as_of"].to_numpy(), candidates["value"].to_numpy())
    traces += _qualifier_keys(set(figures["qualifier"]), "Qualifier")
    y_title = f"{label} ({unit})" if units == [unit] else f"{label} ({', '.join(units)}: one line per unit)"
    layout = _layout(title, "Date the figure refers to", y_title)
    _shade_gaps(layout, ordered, "as_of")
    _reporters_legend(layout, len(lines))
    layout["yaxis"].update(rangemode="tozero", tickformat=",")
    _add_events(traces, layout, events)
    return _plot(traces, layout)


def _shade_gaps(layout: dict, frame: pd.DataFrame, date: str) -> None:
    """A grey band over each gap of more than six months in a reporter's series."""
    shapes = [
        dict(
            type="rect",
            xref="x",
            yref="paper",
            x0=start,
            x1=end,
            y0=0,
            y1=1,
            layer="below",
            fillcolor="#EEEEEE",
            opacity=0.6,
            line=dict(width=0),
        )
        for _, start, end in gaps.gap_spans(frame, "reporter", date)
    ]
    if shapes:
        layout["shapes"] = shapes


def _reporters_legend(layout: dict, reporters: int) -> None:
    """Beyond a handful of reporters the legend goes to the right, one per line, and scrolls."""
    if reporters > 8:
        layout["legend"] = dict(orientation="v", yanchor="top", y=1, xanchor="left", x=1.02)


def _qualifier_keys(qualifiers: set[str], title: str) -> list[dict]:
    """Legend entries for the marker shapes of the qualifiers that occur."""
    return [
        _key(QUALIFIER_WORDS[q].strip() or "exactly", QUALIFIER_SYMBOLS[q], "qualifier", title)
        for q in QUALIFIER_SYMBOLS
        if q in qualifiers
    ]


# Bars and points for counts per period: where each period starts and how long it is.
PERIODS = {
    "day": dict(xperiod=86_400_000),
    "week": dict(xperiod=7 * 86_400_000, xperiod0="2000-01-03"),  # weeks start on Mondays
    "month": dict(xperiod="M1"),
    "quarter": dict(xperiod="M3", xperiod0="2000-01-01"),
}


def period_labels(starts: pd.Series, bin_: str) -> list[str]:
    """'14 Jul 2022', 'week of 11 Jul 2022', 'Jul 2022', 'Q3 2022'."""
    # Each distinct period is worded once: a chart at scale has thousands of points and few periods.
    days = np.asarray(pd.to_datetime(pd.Series(starts)), dtype="datetime64[D]")
    distinct, positions = np.unique(days, return_inverse=True)
    words = np.asarray([_period_label(d, bin_) for d in distinct.astype(object)], dtype=object)
    return words[positions.reshape(-1)].tolist()


def _period_label(start: date, bin_: str) -> str:
    if bin_ == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if bin_ == "month":
        return dates.label(start, "month")
    return ("week of " if bin_ == "week" else "") + dates.label(start, "day")


def timeline_counts(
    counts: pd.DataFrame, bin_: str, empty_reason: str = "No events match the filters."
) -> go.Figure:
    """Events per period as stacked bars, a colour per category: for more events than a chart can draw."""
    title = "Events over time"
    if counts.empty:
        return empty_chart(title, empty_reason)
    labels = np.asarray(period_labels(counts["bin_start"], bin_), dtype=object)
    traces = []
    for index, category in enumerate(sorted(counts["category"].unique())):
        rows = (counts["category"] == category).to_numpy()
        traces.append(
            dict(
                type="bar",
                x=counts["bin_start"].to_numpy()[rows],
                y=counts["n_events"].to_numpy()[rows],
                name=category,
                marker=dict(color=PALETTE[index % len(PALETTE)], line=dict(width=0)),
                customdata=_columns(labels[rows], counts["n_partial"].to_numpy()[rows]),
                hovertemplate=(
                    f"<b>%{{y:,}} {safe(category)}</b><br>%{{customdata[0]}}"
                    "<br>%{customdata[1]:,} of them dated only to the month or year<extra></extra>"
                ),
                xperiodalignment="start",
                **PERIODS[bin_],
            )
        )
    layout = _layout(title, "Date", f"Events per {bin_}")
    layout.update(barmode="stack", bargap=0.1)
    return _plot(traces, layout)


def metric_bins(
    bins: pd.DataFrame,
    label: str,
    unit: str,
    bin_: str,
    empty_reason: str = "No figure of this metric was reported within the filters.",
    events: pd.DataFrame | None = None,
) -> go.Figure:
    """Per reporter and period: the latest figure (shape: qualifier), a bar from lowest to highest."""
    title = f"{label}, as reported"
    if bins.empty:
        return empty_chart(title, empty_reason)
    reporters = list(dict.fromkeys(bins.sort_values(["bin_start", "reporter"])["reporter"]))
    # Every point's fields are made once for the whole frame, then cut into a line per reporter.
    last, low, high = (bins[c].to_numpy() for c in ("value_last", "value_min", "value_max"))
    symbols = bins["qualifier_last"].map(QUALIFIER_SYMBOLS).fillna("circle").to_numpy(dtype=object)
    customdata = _columns(
        period_labels(bins["bin_start"], bin_),
        bins["n_figures"],
        [figure_value(v, q) for v, q in zip(last, bins["qualifier_last"], strict=True)],
        [f"{a:,.0f} to {b:,.0f}" for a, b in zip(low, high, strict=True)],
    )
    starts = bins["bin_start"].to_numpy()
    lines = bins.groupby("reporter", sort=False, dropna=False).indices  # each reporter's rows, by date
    traces = []
    for index, reporter in enumerate(reporters):
        rows = lines[reporter]
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        x, y, above, below, marks, points = gaps.broken(
            starts[rows], last[rows], high[rows] - last[rows], last[rows] - low[rows], symbols[rows],
            customdata[rows],
        )
        traces.append(
            dict(
                type="scatter",
                x=x,
                y=y,
                mode="lines+markers",
                name=safe(reporter),
                line=dict(color=colour, width=1.5, dash="dot"),
                marker=dict(color=colour, size=9, symbol=marks),
                error_y=dict(
                    type="data",
                    symmetric=False,
                    color=colour,
                    thickness=1,
                    width=0,
                    array=above,
                    arrayminus=below,
                ),
                customdata=points,
                hovertemplate=(
                    f"<b>{safe(reporter)}</b>, %{{customdata[0]}}<br>latest: %{{customdata[2]}} {safe(unit)}"
                    "<br>%{customdata[1]:,} figures, from %{customdata[3]}<extra></extra>"
                ),
                legendgroup="reporter",
                legendgrouptitle_text="Reported by",
                xperiodalignment="start",
                **PERIODS[bin_],
            )
        )
    traces += _qualifier_keys(set(bins["qualifier_last"]), "Qualifier of the latest figure")
    layout = _layout(title, f"Period the figures refer to ({bin_})", f"{label} ({unit})")
    _shade_gaps(layout, bins, "bin_start")
    _reporters_legend(layout, len(reporters))
    layout["yaxis"].update(rangemode="tozero", tickformat=",")
    _add_events(traces, layout, events)
    return _plot(traces, layout)


def coalition_map(
    members: pd.DataFrame,
    centres: Mapping[str, tuple[float, float]],
    chosen: Sequence[str] = (),
    empty_reason: str = "No member of this coalition is a state that can be drawn on the map.",
) -> go.Figure:
    """A coalition's member states on a world map, one colour per role; chosen ones outlined.

    `centres` maps the ISO3 codes the outline file can draw to (lon, lat); members without an
    outline (organisations, states too small to draw) are left out, and the view fits the
    others. Each location carries its actor_id as customdata[0], so a click can become a filter.
    """
    title = "Member states on the map"
    states = members[members["iso3"].isin(set(centres))] if not members.empty else members
    if states.empty:
        return empty_chart(title, empty_reason)
    plot = _plot([], _layout(title, "", "", height=460))
    chosen = set(chosen)
    for role in ROLE_ORDER:
        rows = states[states["role"] == role]
        if rows.empty:
            continue
        colour = ROLE_COLOURS[role]
        outlined = [actor in chosen for actor in rows["actor_id"]]
        labels = zip(rows["actor_id"], rows["member"].map(safe), rows["joined_label"].map(safe), strict=True)
        plot.add_trace(
            go.Choropleth(
                locations=list(rows["iso3"]),
                locationmode="ISO-3",
                z=[1] * len(rows),
                colorscale=[[0, colour], [1, colour]],
                showscale=False,
                name=role,
                showlegend=True,
                marker=dict(
                    line=dict(
                        color=["#000" if o else "#fff" for o in outlined],
                        width=[2.5 if o else 0.6 for o in outlined],
                    )
                ),
                customdata=list(labels),
                hovertemplate=(
                    f"<b>%{{customdata[1]}}</b><br>{safe(role)}, joined %{{customdata[2]}}"
                    "<br>Click to add to the country filter<extra></extra>"
                ),
                legendgroup="role",
                legendgrouptitle_text="Role",
            )
        )
    plot.update_geos(
        scope="world",
        resolution=110,
        projection_type="natural earth",
        showframe=False,
        showcountries=True,
        countrycolor="#bbb",
        showland=True,
        landcolor="#eee",
        showocean=False,
        showlakes=False,
        **_map_view([centres[code] for code in states["iso3"]]),
    )
    plot.update_layout(margin=dict(l=0, r=0, t=50, b=0))
    return plot


def _map_view(points: Sequence[tuple[float, float]]) -> dict:
    """Geo axis ranges around the members' centres, so a European coalition fills the map.

    plotly's own fitbounds measures whole outlines, and outlines that cross the 180th meridian
    swing the view to the Pacific; centres do not. Spread over most of the globe: the world.
    """
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    if max(lons) - min(lons) > 120:
        return dict(lataxis_range=[-58, 85], lonaxis_range=[-170, 190], projection_rotation_lon=10)
    lat_range = [max(min(lats) - 8, -60), min(max(lats) + 8, 85)]
    # At least 2.5 degrees of longitude per degree of latitude, so the map is wider than tall.
    half_width = max((max(lons) - min(lons)) / 2 + 14, 1.25 * (lat_range[1] - lat_range[0]))
    middle = (max(lons) + min(lons)) / 2
    return dict(
        lonaxis_range=[max(middle - half_width, -180), min(middle + half_width, 180)],
        lataxis_range=lat_range,
        projection_rotation_lon=middle,
    )


# --- one actor's memberships, and events along a time axis ----------------------------------------

ROLE_PATTERNS = {  # a pattern per role as well as a colour: colour is never the only carrier
    "founding member": "", "member": "/", "participant": ".", "signatory": "x", "partner": "-",
    "referring state": "+",
}
UNCERTAIN_COLOUR = "rgba(80,80,80,0.35)"  # as the timeline's "Period the date falls in"
DAY_MS = 86_400_000


def _wrapped(text: str, width: int = 18) -> str:
    """Text on lines of about `width` characters (an axis label, a sentence), so a narrow screen keeps it."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def _row_labels(memberships: pd.DataFrame) -> list[str]:
    """The coalition's short name; a coalition with several records (sources disagree) numbers them.

    The role is in the bar's colour, pattern and hover text, so the label stays short.
    """
    labels = [_wrapped(safe(short)) for short in memberships["short_name"]]
    counts = pd.Series(labels).value_counts()
    seen: dict[str, int] = {}
    numbered = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        numbered.append(f"{label}<br>({seen[label]} of {counts[label]})" if counts[label] > 1 else label)
    return numbered


def _span_ms(start: pd.Series, end: pd.Series) -> np.ndarray:
    """Bar lengths on a date axis (milliseconds), the last day included, never negative."""
    days = (pd.to_datetime(end) - pd.to_datetime(start)).dt.days.clip(lower=0) + 1
    return (days * DAY_MS).to_numpy(dtype=float)


def membership_bars(
    memberships: pd.DataFrame,
    today: date,
    empty_reason: str = "No membership of this state or organisation is recorded.",
) -> go.Figure:
    """One bar per membership record, from the join to the leave (or today), a colour and pattern per role.

    A join (or leave) dated only to a month or year is drawn as a faint bar over that whole period,
    starting on its first day, and the solid bar starts where the period ends: no day is invented.
    """
    title = "Memberships over time"
    if memberships.empty:
        return empty_chart(title, empty_reason)
    frame = memberships.reset_index(drop=True).assign(row=_row_labels(memberships))
    today_ts = pd.Timestamp(today)
    left = pd.to_datetime(frame["left"])
    solid_start = pd.to_datetime(frame["joined_end"]).where(frame["joined_precision"] != "day",
                                                            pd.to_datetime(frame["joined"]))
    # A leave known to the day ends the bar that day; one known to the month or year, the day before
    # its period.
    left_partial = left.notna() & (frame["left_precision"].fillna("day") != "day")
    solid_end = left.where(~left_partial, left - pd.Timedelta(days=1)).where(left.notna(), today_ts)
    until = np.where(left.notna(), "left " + frame["left_label"].fillna("").map(safe), "still a member")
    precision = np.where(frame["joined_precision"] == "day", "",
                         " (" + frame["joined_precision"].map(PRECISION_NAMES).fillna("") + ")")
    customdata = _columns(
        _escaped(frame["coalition"]), _escaped(frame["role"]),
        _escaped(frame["joined_label"]) + precision, until,
        _escaped(frame["outlets"]), _escaped(frame["note"]),
    )
    hover = (
        "<b>%{customdata[0]}</b><br>%{customdata[1]}, joined %{customdata[2]}, %{customdata[3]}"
        "<br>Source: %{customdata[4]}<br>%{customdata[5]}<extra></extra>"
    )
    traces = []
    uncertain = [
        (frame["joined_precision"] != "day", frame["joined"], frame["joined_end"]),
        (left_partial, frame["left"], frame["left_end"]),
    ]
    for index, (rows, start, end) in enumerate(uncertain):
        if rows.any():
            traces.append(
                dict(
                    type="bar", orientation="h", y=frame.loc[rows, "row"].to_numpy(dtype=object),
                    base=pd.to_datetime(start[rows]).dt.strftime("%Y-%m-%d").to_numpy(dtype=object),
                    x=_span_ms(start[rows], end[rows]), name="Month or year the date falls in",
                    marker=dict(color=UNCERTAIN_COLOUR, line=dict(width=0)), showlegend=index == 0,
                    customdata=customdata[rows.to_numpy()], hovertemplate=hover,
                )
            )
    for role in ROLE_ORDER:
        rows = frame["role"] == role
        if not rows.any():
            continue
        traces.append(
            dict(
                type="bar", orientation="h", y=frame.loc[rows, "row"].to_numpy(dtype=object),
                base=solid_start[rows].dt.strftime("%Y-%m-%d").to_numpy(dtype=object),
                x=_span_ms(solid_start[rows], solid_end[rows]), name=role,
                marker=dict(
                    color=ROLE_COLOURS[role], line=dict(width=1, color="#333"),
                    pattern=dict(
                        shape=ROLE_PATTERNS[role], fillmode="overlay", fgcolor="rgba(0,0,0,0.6)", size=7,
                        solidity=0.2,
                    ),
                ),
                customdata=customdata[rows.to_numpy()], hovertemplate=hover,
            )
        )
    candidates = _is_candidate(frame).to_numpy()
    traces += _unreviewed_marks(pd.to_datetime(frame.loc[candidates, "joined"]).to_numpy(),
                                frame.loc[candidates, "row"], size=14)
    # No title and no axis title: the page's heading and caption say what the bars are, and the legend
    # goes above the bars, where nothing can collide with it at any width.
    layout = _layout("", "", "", height=max(300, 200 + 38 * len(frame)))
    layout["title"] = dict(text="")
    layout["xaxis"].update(type="date")
    layout["yaxis"].update(
        autorange="reversed", categoryorder="array", categoryarray=list(frame["row"]), tickfont=dict(size=12)
    )
    layout.update(barmode="overlay", bargap=0.25)
    # Above the bars: below them the legend would run into the date labels.
    layout["legend"].update(y=1.02, yanchor="bottom")
    layout["shapes"] = [
        dict(type="line", xref="x", yref="paper", x0=today_ts, x1=today_ts, y0=0, y1=1, name="Today",
             showlegend=True, line=dict(color="#555", width=1.5, dash="dot"))
    ]
    return _plot(traces, layout)


EVENTS_NAME = "Events (from the timeline)"


def event_marks(events: pd.DataFrame) -> tuple[list[dict], dict]:
    """Events as markers along the bottom of a chart with a date axis, on an axis of their own, and a
    faint line up the chart from each while there are few.

    Returns the traces and the layout keys to add; a marker's fill says how precise its date is.
    """
    if events is None or events.empty:
        return [], {}
    trace = dict(
        type="scatter", x=pd.to_datetime(events["middle"]).to_numpy(), y=np.full(len(events), 0.03),
        yaxis="y2", mode="markers", name=EVENTS_NAME,
        marker=dict(
            symbol=events["date_precision"].map(EVENT_SYMBOLS).to_numpy(dtype=object), size=12,
            color="#444", line=dict(width=1.5, color="#444"),
        ),
        customdata=_columns(
            _escaped(events["title"]) + np.where(_is_candidate(events), " (unreviewed)", ""),
            _escaped(events["date_label"]), _escaped(events["category"]), _escaped(events["outlets"]),
        ),
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>%{customdata[1]} · %{customdata[2]}"
            "<br>Source: %{customdata[3]}<extra>event</extra>"
        ),
        legendgroup="events", legendgrouptitle_text="Events",
    )
    lines = [
        dict(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, layer="below",
             line=dict(color="#BBBBBB", width=1, dash="dot"))
        for x in pd.to_datetime(events["middle"])
    ] if len(events) <= EVENT_LINES else []
    return [trace], {"yaxis2": dict(overlaying="y", range=[0, 1], visible=False, fixedrange=True),
                     "shapes": lines}


# Stars: no qualifier of a figure uses them, so an event is never read as a figure.
EVENT_SYMBOLS = {"day": "star", "month": "star-open", "year": "star-open-dot"}
EVENT_LINES = 40  # beyond this many events, lines up the chart would hide the figures: markers only


def _add_events(traces: list[dict], layout: dict, events: pd.DataFrame | None) -> None:
    extra, keys = event_marks(events)
    traces += extra
    if keys:
        layout["yaxis2"] = keys["yaxis2"]
        layout["shapes"] = keys["shapes"] + list(layout.get("shapes", []))


def joins_by_quarter(
    joins: pd.DataFrame, empty_reason: str = "No member joined a coalition within the filters."
) -> go.Figure:
    """A row per coalition (oldest on top), a disc per quarter sized by how many members joined, the
    number written in it; joins dated only to the year are hollow squares in the middle of their year."""
    title = "Who joined which coalition, quarter by quarter"
    if joins.empty:
        return empty_chart(title, empty_reason)
    rows = list(dict.fromkeys(joins["short_name"]))
    largest = max(int(joins["n_joins"].max()), 1)
    traces = []
    for period, symbol, shift, name in (
        ("quarter", "circle", pd.DateOffset(months=1, days=15), "Members who joined in the quarter"),
        ("year", "square-open", pd.DateOffset(months=6), "Joined that year; the sources give no month"),
    ):
        part = joins[joins["period"] == period]
        if part.empty:
            continue
        counts = part["n_joins"].to_numpy()
        filled = period == "quarter"
        traces.append(
            dict(
                type="scatter", mode="markers+text", name=name,
                x=(pd.to_datetime(part["period_start"]) + shift).to_numpy(),
                y=part["short_name"].to_numpy(dtype=object),
                text=[f"{n:,}" for n in counts], textposition="middle center",
                textfont=dict(color="white" if filled else "#222", size=11),
                marker=dict(
                    symbol=symbol, size=16 + 24 * np.sqrt(counts / largest), color=OKABE_ITO[3],
                    line=dict(width=2 if not filled else 0, color=OKABE_ITO[3]),
                ),
                customdata=_columns(
                    _escaped(part["name"]),
                    period_labels(part["period_start"], "quarter") if filled
                    else pd.to_datetime(part["period_start"]).dt.year.astype(str),
                    _escaped(part["members"]),
                ),
                hovertemplate=(
                    "<b>%{customdata[0]}</b><br>%{customdata[1]}: %{text} joined"
                    "<br>%{customdata[2]}<extra></extra>"
                ),
            )
        )
    layout = _layout(title, "Quarter the members joined in", "", height=max(320, 130 + 34 * len(rows)))
    layout["yaxis"].update(categoryorder="array", categoryarray=rows[::-1])
    # From the first quarter to the end of the last: the discs' size would stretch plotly's own range.
    starts = pd.to_datetime(joins["period_start"])
    ends = starts + pd.to_timedelta(np.where(joins["period"] == "year", 366, 92), unit="D")
    span = [starts.min() - pd.DateOffset(months=1), ends.max() + pd.DateOffset(months=1)]
    layout["xaxis"].update(dtick="M12", tickformat="%Y", ticklabelmode="period", range=span)
    return _plot(traces, layout)
