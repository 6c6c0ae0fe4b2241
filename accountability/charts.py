"""Chart builders: a tidy DataFrame in, a plotly Figure out. No Streamlit, no SQL.

Colours come from palettes that stay distinct for the common forms of colour blindness
(Okabe & Ito; Paul Tol's "muted"), and colour is never the only carrier of meaning: categories
have their own row, qualifiers their own marker shape, precisions their own marker fill.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000")
TOL_MUTED = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499", "#DDDDDD",
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
}
QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "nearly": "nearly ",
}
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


def _base(title: str, x_title: str, y_title: str, height: int = 480) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left"),
        xaxis_title=x_title,
        yaxis_title=y_title,
        height=height,
        margin=dict(l=10, r=10, t=60, b=10),
        font=FONT,
        template="plotly_white",
        legend=dict(orientation="h", yanchor="top", y=-0.15, xanchor="left", x=0),
        hoverlabel=dict(align="left"),
    )
    return fig


def empty_figure(title: str, reason: str) -> go.Figure:
    """A titled figure with no data and a sentence saying why it is empty."""
    fig = _base(title, "", "", height=320)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.add_annotation(
        text=safe(reason), x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
        font=dict(size=15, color="#444"),
    )
    return fig


def _precision_legend(fig: go.Figure, precisions: Sequence[str]) -> None:
    for precision in PRECISION_SYMBOLS:
        if precision in precisions:
            fig.add_trace(
                go.Scatter(
                    x=[None], y=[None], mode="markers", name=f"Date known to the {precision}"
                    if precision != "day" else "Date known to the day",
                    marker=dict(symbol=PRECISION_SYMBOLS[precision], color="#555", size=10),
                    legendgroup="precision", legendgrouptitle_text="Date precision",
                    hoverinfo="skip",
                )
            )


def timeline(events: pd.DataFrame, empty_reason: str = "No events match the filters.") -> go.Figure:
    """Events on a time axis, one row and colour per category; partial dates drawn as spans."""
    title = "Events over time"
    if events.empty:
        return empty_figure(title, empty_reason)
    categories = sorted(events["category"].unique())
    fig = _base(title, "Date", "Category", height=max(360, 80 + 42 * len(categories)))
    partial = events[events["date_precision"] != "day"]
    if not partial.empty:
        xs: list = []
        ys: list = []
        for row in partial.itertuples():
            xs += [row.date, row.date_end, None]
            ys += [row.category, row.category, None]
        fig.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", name="Period the date falls in",
                line=dict(color="rgba(80,80,80,0.35)", width=6), hoverinfo="skip",
                legendgroup="precision",
            )
        )
    for index, category in enumerate(categories):
        rows = events[events["category"] == category]
        middle = rows["date"] + (pd.to_datetime(rows["date_end"]) - pd.to_datetime(rows["date"])) / 2
        custom = list(
            zip(
                rows["date_label"].map(safe),
                rows["date_precision"].map(PRECISION_NAMES.get),
                rows["title"].map(safe),
                rows["actors"].map(safe),
                rows["outlets"].map(safe),
                strict=True,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=middle, y=[category] * len(rows), mode="markers", name=category,
                marker=dict(
                    color=PALETTE[index % len(PALETTE)], size=12,
                    symbol=[PRECISION_SYMBOLS[p] for p in rows["date_precision"]],
                    line=dict(width=2, color=PALETTE[index % len(PALETTE)]),
                ),
                customdata=custom,
                hovertemplate=(
                    "<b>%{customdata[2]}</b><br>%{customdata[0]} (%{customdata[1]})"
                    "<br>Actors: %{customdata[3]}<br>Source: %{customdata[4]}<extra></extra>"
                ),
            )
        )
    _precision_legend(fig, list(events["date_precision"].unique()))
    fig.update_yaxes(categoryorder="array", categoryarray=categories[::-1])
    return fig


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
        return empty_figure(title, empty_reason)
    present = columns[columns["coalition_id"].isin(cells["coalition_id"])]
    col_ids = list(present["coalition_id"])
    col_labels = [f"{safe(r.short_name)}<br>({safe(r.size_label)})" for r in present.itertuples()]
    label_of = dict(zip(col_ids, col_labels, strict=True))
    if sort_by == "name":
        rows = sorted(cells["actor_name"].unique(), key=str.casefold)
    else:
        order = cells.sort_values(["first_join", "actor_name"])
        rows = list(dict.fromkeys(order["actor_name"]))
    row_index = {name: i for i, name in enumerate(rows)}
    col_index = {cid: i for i, cid in enumerate(col_ids)}
    z = [[None] * len(col_ids) for _ in rows]
    text = [[""] * len(col_ids) for _ in rows]
    roles = [r for r in ROLE_ORDER if r in set(cells["role"])]
    for cell in cells.itertuples():
        i, j = row_index[cell.actor_name], col_index[cell.coalition_id]
        z[i][j] = roles.index(cell.role) if colour_by == "role" else cell.joined.year
        text[i][j] = (
            f"<b>{safe(cell.actor_name)}</b> in {safe(label_of[cell.coalition_id].split('<br>')[0])}"
            f"<br>{safe(cell.role)}, joined {safe(cell.join_dates)}"
            + ("<br>joined inside the date range" if cell.joined_in_range else "")
            + (f"<br>{cell.n_records} records: sources give different dates" if cell.n_records > 1 else "")
        )
    height = max(420, 140 + 22 * len(rows))
    fig = _base(title, "Coalition (declared size, members named)", "Member", height=height)
    heat = dict(
        z=z, x=col_labels, y=rows, text=text, hovertemplate="%{text}<extra></extra>",
        xgap=2, ygap=2,
    )
    if colour_by == "role":
        n = len(roles)
        scale = []
        for k, role in enumerate(roles):
            scale += [[k / n, ROLE_COLOURS[role]], [(k + 1) / n, ROLE_COLOURS[role]]]
        fig.add_trace(go.Heatmap(**heat, colorscale=scale, zmin=-0.5, zmax=n - 0.5, showscale=False))
        for role in roles:
            fig.add_trace(
                go.Scatter(
                    x=[None], y=[None], mode="markers", name=role,
                    marker=dict(symbol="square", size=12, color=ROLE_COLOURS[role]),
                    legendgroup="role", legendgrouptitle_text="Role",
                )
            )
    else:
        fig.add_trace(
            go.Heatmap(**heat, colorscale="Viridis", colorbar=dict(title="Join year", dtick=1))
        )
    joined = cells[cells["joined_in_range"]]
    if not joined.empty:
        fig.add_trace(
            go.Scatter(
                x=[label_of[c] for c in joined["coalition_id"]], y=list(joined["actor_name"]),
                mode="markers", name="Joined inside the date range",
                marker=dict(symbol="circle-open", size=11, color="#000", line=dict(width=2)),
                hoverinfo="skip",
            )
        )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=rows, automargin=True)
    fig.update_xaxes(side="top", categoryorder="array", categoryarray=col_labels, tickangle=0)
    fig.update_layout(plot_bgcolor="#f4f4f4")
    return fig


def metric_series(
    figures: pd.DataFrame, label: str, unit: str,
    empty_reason: str = "No figure of this metric was reported within the filters.",
) -> go.Figure:
    """One line per reporter; marker shape shows the qualifier ('more than' is not 'exactly')."""
    title = f"{label}, as reported"
    if figures.empty:
        return empty_figure(title, empty_reason)
    fig = _base(title, "Date the figure refers to", f"{label} ({unit})")
    reporters = list(dict.fromkeys(figures.sort_values("as_of")["reporter"]))
    for index, reporter in enumerate(reporters):
        rows = figures[figures["reporter"] == reporter]
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        custom = list(
            zip(
                [figure_value(v, q) for v, q in zip(rows["value"], rows["qualifier"], strict=True)],
                rows["as_of_label"].map(safe),
                rows["outlets"].map(safe),
                strict=True,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=rows["as_of"], y=rows["value"], mode="lines+markers", name=safe(reporter),
                line=dict(color=colour, width=1.5, dash="dot"),
                marker=dict(
                    color=colour, size=11, line=dict(width=1.5, color=colour),
                    symbol=[QUALIFIER_SYMBOLS.get(q, "circle") for q in rows["qualifier"]],
                ),
                customdata=custom,
                hovertemplate=(
                    f"<b>{safe(reporter)}</b><br>%{{customdata[0]}} {safe(unit)}"
                    "<br>as of %{customdata[1]}<br>Source: %{customdata[2]}<extra></extra>"
                ),
                legendgroup="reporter", legendgrouptitle_text="Reported by",
            )
        )
    for qualifier in QUALIFIER_SYMBOLS:
        if qualifier in set(figures["qualifier"]):
            fig.add_trace(
                go.Scatter(
                    x=[None], y=[None], mode="markers",
                    name=(QUALIFIER_WORDS[qualifier].strip() or "exactly"),
                    marker=dict(symbol=QUALIFIER_SYMBOLS[qualifier], size=11, color="#555"),
                    legendgroup="qualifier", legendgrouptitle_text="Qualifier",
                )
            )
    fig.update_yaxes(rangemode="tozero", tickformat=",")
    return fig
