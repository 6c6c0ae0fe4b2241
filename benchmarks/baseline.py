"""The same pages written the way dashboards usually are, for the benchmark to compare against.

Every table is read into pandas at start; each rerun filters with boolean masks, groups with
pandas and draws with plotly.express. It computes what page_data.py computes, page for page and
row for row (tests/test_baseline.py checks that), so the benchmark compares two ways of getting
the same screen, not two different dashboards. It is written as a careful pandas user would:
vectorised masks, the list column exploded once at load, citations looked up for shown rows only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.express as px

from accountability.charts import empty_chart, figure_value, period_labels
from accountability.dates import label
from accountability.describe import empty_reason
from accountability.filters import Filters
from accountability.gaps import gap_note
from accountability.page_data import (
    BINS,
    DISAGREEMENT_COLUMNS,
    DISAGREEMENT_ROWS,
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    MATRIX_ROWS,
    MAX_POINTS,
    MAX_RECORDS,
    MEMBER_COLUMNS,
    PAGE_SIZE,
    RECORD_COLUMNS,
    SOURCE_COLUMNS,
    Chart,
    Sidebar,
    TablePage,
    choose_bin,
    clamp,
    count_note,
)
from accountability.schema import TABLES

DATES = {
    "sources": ["published"],
    "coalitions": ["established"],
    "events": ["date"],
    "memberships": ["joined", "left"],
    "statistics": ["as_of"],
}


@dataclass
class Tables:
    sources: pd.DataFrame
    actors: pd.DataFrame
    coalitions: pd.DataFrame
    metrics: pd.DataFrame
    events: pd.DataFrame
    memberships: pd.DataFrame
    statistics: pd.DataFrame
    citations: pd.DataFrame
    event_actors: pd.DataFrame  # (event_id, actor_id): the list column exploded once, for masks


def load(data_dir: Path) -> Tables:
    """Every table in memory, dates as datetimes."""
    frames = {table: pd.read_parquet(Path(data_dir) / f"{table}.parquet") for table in TABLES}
    for table, columns in DATES.items():
        for column in columns:
            frames[table][column] = pd.to_datetime(frames[table][column])
    pairs = frames["events"][["event_id", "actor_ids"]].explode("actor_ids").dropna()
    return Tables(**frames, event_actors=pairs.rename(columns={"actor_ids": "actor_id"}))


# --- what the SQL macros do ---------------------------------------------------------------------


def period_end(days: pd.Series, precision: pd.Series) -> pd.Series:
    year_end = days + pd.offsets.YearEnd(0)
    month_end = days + pd.offsets.MonthEnd(0)
    return days.where(precision == "day", month_end.where(precision == "month", year_end))


def date_label(days: pd.Series, precision: pd.Series) -> pd.Series:
    labels = [None if pd.isna(d) else label(d, p) for d, p in zip(days, precision, strict=True)]
    return pd.Series(labels, index=days.index, dtype=object)


def truncate(days: pd.Series, bin_: str) -> pd.Series:
    """The first day of the day, week (Monday), month or quarter each date falls in."""
    if bin_ == "day":
        return days.dt.normalize()
    if bin_ == "week":
        return days.dt.normalize() - pd.to_timedelta(days.dt.weekday, unit="D")
    return days.dt.to_period("M" if bin_ == "month" else "Q").dt.start_time


def visible(frame: pd.DataFrame, include_candidates: bool) -> pd.Series:
    return (frame["status"] == "accepted") | (include_candidates & (frame["status"] == "candidate"))


def filtered_events(t: Tables, filters: Filters) -> pd.DataFrame:
    e = t.events
    mask = visible(e, filters.include_candidates) & (e["date"] <= pd.Timestamp(filters.end))
    mask &= period_end(e["date"], e["date_precision"]) >= pd.Timestamp(filters.start)
    if filters.countries:
        involved = t.event_actors.loc[t.event_actors["actor_id"].isin(filters.countries), "event_id"]
        mask &= e["event_id"].isin(involved)
    return e[mask]


def memberships_at_end(t: Tables, countries, end, include_candidates: bool) -> pd.DataFrame:
    m = t.memberships
    end = pd.Timestamp(end)
    mask = visible(m, include_candidates) & (m["joined"] <= end)
    mask &= m["left"].isna() | (m["left"] > end)
    if countries:
        mask &= m["actor_id"].isin(countries)
    return m[mask]


def filtered_statistics(t: Tables, filters: Filters) -> pd.DataFrame:
    s = t.statistics
    mask = visible(s, filters.include_candidates) & (s["as_of"] <= pd.Timestamp(filters.end))
    mask &= period_end(s["as_of"], s["as_of_precision"]) >= pd.Timestamp(filters.start)
    if filters.countries:
        held = memberships_at_end(t, filters.countries, filters.end, filters.include_candidates)
        mask &= (
            s["subject_iso3"].isin(filters.countries)
            | s["reported_by"].isin(filters.countries)
            | s["coalition_id"].isin(held["coalition_id"])
        )
    return s[mask]


def record_sources(t: Tables, table: str, ids) -> pd.DataFrame:
    """Outlets and citation lines of some records, indexed by record_id."""
    c = t.citations
    c = c[(c["record_table"] == table) & c["record_id"].isin(ids)]
    c = c.merge(t.sources[["source_id", "title", "outlet", "url"]], on="source_id").sort_values(
        ["record_id", "source_id"]
    )
    c["name"] = c["outlet"].fillna(c["title"])
    c["entry"] = c["title"] + (" (" + c["outlet"] + ")").fillna("") + (" " + c["url"]).fillna("")
    grouped = c.groupby("record_id")
    return pd.DataFrame(
        {
            "outlets": grouped["name"].agg(lambda names: "; ".join(sorted(set(names)))),
            "citations": grouped["entry"].agg(" | ".join),
        }
    )


def _with_sources(t: Tables, table: str, frame: pd.DataFrame, key: str) -> pd.DataFrame:
    found = record_sources(t, table, frame[key])
    return frame.assign(
        outlets=frame[key].map(found["outlets"]).astype(object),
        citations=frame[key].map(found["citations"]).astype(object),
    )


def _names(t: Tables) -> pd.Series:
    return t.actors.set_index("actor_id")["name"]


def _reported(frame: pd.DataFrame) -> pd.DataFrame:
    reported = [figure_value(v, q) for v, q in zip(frame["value"], frame["qualifier"], strict=True)]
    return frame.assign(reported=pd.Series(reported, index=frame.index, dtype=object))


def _page(frame: pd.DataFrame, page: int, size: int | None = None) -> tuple[pd.DataFrame, int]:
    size = size or PAGE_SIZE
    page = clamp(page, len(frame), size)
    return frame.iloc[page * size : (page + 1) * size], page * size


def _counts(
    frame: pd.DataFrame, column: str, filters: Filters, by: list[str], agg
) -> tuple[pd.DataFrame, str]:
    """Records per period, at the finest period for the range that keeps the chart under MAX_POINTS."""
    starts = frame[column].clip(lower=pd.Timestamp(filters.start))
    for bin_ in BINS[BINS.index(choose_bin(filters.start, filters.end)) :]:
        counts = (
            frame.assign(bin_start=truncate(starts, bin_))
            .groupby(["bin_start", *by], as_index=False)
            .agg(**agg)
        )
        if len(counts) <= MAX_POINTS:
            break
    return counts.sort_values(["bin_start", *by], ignore_index=True), bin_


# --- the sidebar and the overview ---------------------------------------------------------------


def sidebar(t: Tables) -> Sidebar:
    used = (
        set(t.memberships["actor_id"])
        | set(t.event_actors["actor_id"])
        | set(t.statistics["reported_by"].dropna())
    )
    options = t.actors[t.actors["actor_id"].isin(used)]
    options = options.assign(_state=options["kind"] != "state").sort_values(["_state", "name"])
    firsts = [t.events["date"].min(), t.memberships["joined"].min(), t.statistics["as_of"].min()]
    lasts = [
        period_end(t.events["date"], t.events["date_precision"]).max(),
        period_end(t.memberships["joined"], t.memberships["joined_precision"]).max(),
        period_end(t.statistics["as_of"], t.statistics["as_of_precision"]).max(),
    ]
    columns = ["actor_id", "name", "kind", "iso3", "aliases"]
    return Sidebar(options[columns].reset_index(drop=True), (min(firsts).date(), max(lasts).date()))


def overview(t: Tables, filters: Filters) -> tuple[pd.Series, pd.DataFrame]:
    def shown(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[visible(frame, filters.include_candidates)]

    summary = pd.Series(
        {
            "events": len(shown(t.events)),
            "coalitions": len(t.coalitions),
            "members": shown(t.memberships)["actor_id"].nunique(),
            "memberships": len(shown(t.memberships)),
            "figures": len(shown(t.statistics)),
            "metrics": shown(t.statistics)["metric"].nunique(),
            "sources": len(t.sources),
            "corpus_documents": int((t.sources["kind"] == "corpus").sum()),
            "first_date": t.events["date"].min(),
            "last_date": period_end(t.events["date"], t.events["date_precision"]).max(),
        }
    )
    return summary, latest_figures(t, filters)


def latest_figures(t: Tables, filters: Filters) -> pd.DataFrame:
    s = filtered_statistics(t, filters)
    ordered = s.sort_values(["as_of", "value", "stat_id"], ascending=False)
    latest = ordered.groupby("metric").head(1).copy()
    latest["n_figures"] = latest["metric"].map(s["metric"].value_counts())
    latest = latest.merge(t.metrics[["metric", "label"]], on="metric")
    latest["as_of_label"] = date_label(latest["as_of"], latest["as_of_precision"])
    latest["reported_by"] = latest["reported_by"].map(_names(t)).astype(object)
    latest = _with_sources(t, "statistics", latest, "stat_id")
    latest = latest.sort_values(["n_figures", "label"], ascending=[False, True], ignore_index=True)
    columns = [
        "metric",
        "label",
        "unit",
        "value",
        "qualifier",
        "as_of",
        "as_of_precision",
        "as_of_label",
        "reported_by",
        "outlets",
        "citations",
        "n_figures",
    ]
    return _reported(latest[columns])


# --- timeline -----------------------------------------------------------------------------------


def event_rows(t: Tables, events: pd.DataFrame) -> pd.DataFrame:
    names = _names(t)
    out = events.copy()
    out["date_end"] = period_end(out["date"], out["date_precision"])
    out["date_label"] = date_label(out["date"], out["date_precision"])
    out["actors"] = [
        ", ".join(sorted(names[i] for i in set(ids) if i in names.index)) or None for ids in out["actor_ids"]
    ]
    out["coalition"] = out["coalition_id"].map(t.coalitions.set_index("coalition_id")["name"]).astype(object)
    out = _with_sources(t, "events", out, "event_id")
    columns = [
        "event_id",
        "date",
        "date_end",
        "date_precision",
        "date_label",
        "title",
        "category",
        "place",
        "actors",
        "coalition",
        "outlets",
        "citations",
        "note",
        "status",
    ]
    return out[columns].reset_index(drop=True)


def timeline(t: Tables, filters: Filters, names: Mapping[str, str], page: int = 0) -> tuple[Chart, TablePage]:
    events = filtered_events(t, filters).sort_values(["date", "event_id"])
    partial = {
        "n_events": ("event_id", "size"),
        "n_partial": ("date_precision", lambda p: int((p != "day").sum())),
    }
    counts, bin_ = _counts(events, "date", filters, ["category"], partial)
    reason = empty_reason("events", filters, names)
    if len(events) <= MAX_RECORDS:
        drawn = event_rows(t, events)
        plot = (
            px.scatter(
                drawn,
                x="date",
                y="category",
                color="category",
                symbol="date_precision",
                hover_data=["title", "date_label", "actors", "outlets"],
                title="Events over time",
            )
            if len(drawn)
            else empty_chart("Events over time", reason)
        )
        chart = Chart(plot, drawn)
        rows, offset = _page(drawn, page)
    else:
        chart = Chart(
            px.bar(
                counts,
                x="bin_start",
                y="n_events",
                color="category",
                hover_data=["n_partial"],
                title="Events over time",
            ),
            counts,
            count_note(len(events), "events", bin_, filters, "counts by category"),
        )
        shown, offset = _page(events, page)
        rows = event_rows(t, shown)
    return chart, TablePage(rows.reset_index(drop=True), offset, len(events), EVENT_COLUMNS, PAGE_SIZE)


# --- coalitions ---------------------------------------------------------------------------------


def coalition_columns(t: Tables, filters: Filters) -> pd.DataFrame:
    held = memberships_at_end(t, (), filters.end, filters.include_candidates)
    named = held.groupby("coalition_id")["actor_id"].nunique()
    c = t.coalitions.copy()
    c["named_members"] = c["coalition_id"].map(named).fillna(0).astype(int)
    c["established_label"] = date_label(c["established"], c["established_precision"])
    c["size_label"] = [
        f"{n} named"
        if pd.isna(size)
        else f"{int(size)} {unit if isinstance(unit, str) else 'members'}, {n} named"
        for size, unit, n in zip(c["declared_size"], c["declared_size_unit"], c["named_members"], strict=True)
    ]
    c = c[
        (c["established"].fillna(pd.Timestamp("1900-01-01")) <= pd.Timestamp(filters.end))
        | (c["named_members"] > 0)
    ]
    c = c.sort_values(["established", "coalition_id"], na_position="last", ignore_index=True)
    return c[
        [
            "coalition_id",
            "name",
            "short_name",
            "kind",
            "established",
            "established_label",
            "declared_size",
            "declared_size_unit",
            "named_members",
            "size_label",
        ]
    ]


def matrix_cells(t: Tables, filters: Filters) -> pd.DataFrame:
    held = memberships_at_end(t, filters.countries, filters.end, filters.include_candidates)
    held = held.sort_values(["joined", "joined_precision", "membership_id"])
    keys = ["actor_id", "coalition_id"]
    cells = held.groupby(keys, as_index=False).agg(
        role=("role", "first"),
        joined=("joined", "first"),
        joined_precision=("joined_precision", "first"),
        joined_in_range=("joined", lambda d: bool((d >= pd.Timestamp(filters.start)).any())),
        n_records=("membership_id", "size"),
        unreviewed=("status", lambda s: bool((s == "candidate").all())),
    )
    dates = held.drop_duplicates([*keys, "joined", "joined_precision"])
    dates = dates.assign(label=date_label(dates["joined"], dates["joined_precision"]))
    listed = dates.groupby(keys)["label"].agg(
        lambda labels: (
            " / ".join(labels.iloc[:3]) + (f" … {len(labels)} dates in all" if len(labels) > 3 else "")
        )
    )
    cells["join_dates"] = [listed[key] for key in zip(cells["actor_id"], cells["coalition_id"], strict=True)]
    cells["joined_label"] = date_label(cells["joined"], cells["joined_precision"])
    cells = cells.merge(
        t.actors[["actor_id", "name", "kind"]].rename(columns={"name": "actor_name", "kind": "actor_kind"})
    )
    members = cells.groupby(["actor_id", "actor_name"], as_index=False).agg(
        n_coalitions=("coalition_id", "size"), first_join=("joined", "min")
    )
    members = members.sort_values(
        ["n_coalitions", "first_join", "actor_name", "actor_id"],
        ascending=[False, True, True, True],
        ignore_index=True,
    )
    members["row_rank"] = np.arange(1, len(members) + 1)
    members["n_rows"] = len(members)
    cells = cells.merge(members[["actor_id", "first_join", "row_rank", "n_rows"]], on="actor_id")
    return cells


def coalition_matrix(
    t: Tables,
    filters: Filters,
    names: Mapping[str, str],
    columns: pd.DataFrame,
    page: int = 0,
    colour_by: str = "role",
    sort_by: str = "first join",
) -> tuple[Chart, TablePage]:
    cells = matrix_cells(t, filters)
    total = int(cells["n_rows"].iloc[0]) if len(cells) else 0
    page = clamp(page, total, MATRIX_ROWS)
    cells = cells[(cells["row_rank"] > page * MATRIX_ROWS) & (cells["row_rank"] <= (page + 1) * MATRIX_ROWS)]
    cells = cells.sort_values(["first_join", "actor_name", "coalition_id"], ignore_index=True)[
        [
            "actor_id",
            "actor_name",
            "actor_kind",
            "coalition_id",
            "role",
            "joined",
            "joined_precision",
            "joined_label",
            "join_dates",
            "joined_in_range",
            "first_join",
            "n_records",
            "row_rank",
            "n_rows",
            "unreviewed",
        ]
    ]
    rows = TablePage(cells, page * MATRIX_ROWS, total, (), MATRIX_ROWS)
    note = ""
    if total > MATRIX_ROWS:
        note = (
            f"Members {rows.caption.removeprefix('Rows ')}, ranked by how many coalitions they belong to, "
            "then by their earliest join, then by name. Choose other members below the chart."
        )
    title = "Coalition membership at the end of the date range"
    if cells.empty:
        plot = empty_chart(title, empty_reason("memberships", filters, names))
    else:
        shown = cells.merge(columns[["coalition_id", "short_name"]], on="coalition_id")
        order = sorted(shown["actor_name"].unique(), key=str.casefold) if sort_by == "name" else None
        plot = px.scatter(
            shown,
            x="short_name",
            y="actor_name",
            color="role" if colour_by == "role" else shown["joined"].dt.year,
            symbol="joined_in_range",
            hover_data=["join_dates", "n_records"],
            title=title,
            category_orders={"actor_name": order} if order else None,
        )
        plot.update_traces(marker=dict(symbol="square", size=14))
    return Chart(plot, cells, note), rows


def coalition_members(t: Tables, filters: Filters, coalition_id: str, page: int = 0) -> TablePage:
    held = memberships_at_end(t, (), filters.end, filters.include_candidates)
    held = held[held["coalition_id"] == coalition_id].merge(
        t.actors[["actor_id", "name", "iso3"]].rename(columns={"name": "member"}), on="actor_id"
    )
    held = held.sort_values(["joined", "member", "membership_id"])
    shown, offset = _page(held, page)
    shown = shown.assign(
        joined_label=date_label(shown["joined"], shown["joined_precision"]),
        left_label=date_label(shown["left"], shown["left_precision"]),
    )
    shown = _with_sources(t, "memberships", shown, "membership_id")
    columns = [
        "membership_id",
        "actor_id",
        "member",
        "iso3",
        "role",
        "joined",
        "joined_label",
        "left_label",
        "note",
        "outlets",
        "citations",
        "status",
    ]
    return TablePage(shown[columns].reset_index(drop=True), offset, len(held), MEMBER_COLUMNS, PAGE_SIZE)


# --- case counts --------------------------------------------------------------------------------


def metric_choices(t: Tables, filters: Filters) -> pd.DataFrame:
    s = t.statistics[visible(t.statistics, filters.include_candidates)]
    m = t.metrics.assign(n_figures=t.metrics["metric"].map(s["metric"].value_counts()))
    m = m[m["n_figures"].notna()].astype({"n_figures": int})
    return m.sort_values(["n_figures", "label"], ascending=[False, True], ignore_index=True)


def figure_rows(t: Tables, figures: pd.DataFrame) -> pd.DataFrame:
    out = figures.assign(
        as_of_end=period_end(figures["as_of"], figures["as_of_precision"]),
        as_of_label=date_label(figures["as_of"], figures["as_of_precision"]),
    )
    out = _with_sources(t, "statistics", out, "stat_id")
    columns = [
        "stat_id",
        "as_of",
        "as_of_end",
        "as_of_precision",
        "as_of_label",
        "value",
        "qualifier",
        "unit",
        "reporter",
        "reported_by",
        "outlets",
        "citations",
        "note",
        "status",
    ]
    return _reported(out[columns].reset_index(drop=True))


def metric_series(
    t: Tables, filters: Filters, names: Mapping[str, str], metric: pd.Series, page: int = 0
) -> tuple[Chart, TablePage]:
    s = filtered_statistics(t, filters)
    s = s[s["metric"] == metric["metric"]]
    s = s.assign(reporter=s["reported_by"].map(_names(t)).fillna("Reporter not stated"))
    s = s.sort_values(["as_of", "reporter", "stat_id"])
    title = f"{metric['label']}, as reported"
    reason = empty_reason("figures of this metric", filters, names)
    if len(s) <= MAX_RECORDS:
        drawn = figure_rows(t, s)
        plot = (
            px.line(
                drawn,
                x="as_of",
                y="value",
                color="reporter",
                symbol="qualifier",
                markers=True,
                hover_data=["reported", "as_of_label", "outlets"],
                title=title,
            )
            if len(drawn)
            else empty_chart(title, reason)
        )
        chart = Chart(plot, drawn.drop(columns="reported"), gap_note(drawn, "reporter", "as_of"))
        rows, offset = _page(drawn, page)
    else:
        last = s.sort_values(["as_of", "value", "qualifier"])
        bins, bin_ = _counts(
            last,
            "as_of",
            filters,
            ["reporter"],
            dict(
                n_figures=("stat_id", "size"),
                value_min=("value", "min"),
                value_max=("value", "max"),
                value_last=("value", "last"),
                qualifier_last=("qualifier", "last"),
                as_of_last=("as_of", "max"),
                unit=("unit", "last"),
            ),
        )
        plot = px.line(
            bins.assign(
                above=bins["value_max"] - bins["value_last"],
                below=bins["value_last"] - bins["value_min"],
                period=period_labels(bins["bin_start"], bin_),
            ),
            x="bin_start",
            y="value_last",
            color="reporter",
            symbol="qualifier_last",
            markers=True,
            error_y="above",
            error_y_minus="below",
            hover_data=["period", "n_figures"],
            title=title,
        )
        shown_as = "points, one per reporter: the latest plot of each period, a bar from lowest to highest"
        counted = count_note(len(s), "figures", bin_, filters, shown_as)
        notes = [counted, gap_note(bins, "reporter", "bin_start")]
        chart = Chart(plot, bins, " ".join(filter(None, notes)))
        shown, offset = _page(s, page)
        rows = figure_rows(t, shown)
    return chart, TablePage(rows.reset_index(drop=True), offset, len(s), FIGURE_COLUMNS, PAGE_SIZE)


def disagreements(t: Tables, filters: Filters, page: int = 0) -> TablePage:
    f = filtered_statistics(t, filters)
    f = f[f["as_of_precision"] != "year"]
    f = f.assign(month=truncate(f["as_of"], "month"))
    keys = ["metric", "month", "unit"]
    groups = f.groupby(keys, as_index=False).agg(
        n_figures=("stat_id", "size"),
        low=("value", "min"),
        high=("value", "max"),
        q_low=("qualifier", "min"),
        q_high=("qualifier", "max"),
    )
    groups = groups[(groups["low"] != groups["high"]) | (groups["q_low"] != groups["q_high"])]
    groups = groups.merge(t.metrics[["metric", "label"]], on="metric")
    groups = groups.sort_values(["month", "label", "metric", "unit"], ignore_index=True)
    shown, offset = _page(groups, page, DISAGREEMENT_ROWS)
    columns = ["metric", "label", "month", "unit", "n_figures", "reported", "sources"]
    if shown.empty:
        return TablePage(pd.DataFrame(columns=columns), offset, 0, DISAGREEMENT_COLUMNS, DISAGREEMENT_ROWS)
    first = f.merge(shown[keys], on=keys).sort_values(["as_of", "value", "stat_id"]).groupby(keys).head(5)
    first = _with_sources(t, "statistics", first, "stat_id")
    who = first["reported_by"].map(_names(t))
    when = date_label(first["as_of"], first["as_of_precision"])
    first["text"] = [
        f"{figure_value(v, q)} ({d}{', ' + w if isinstance(w, str) else ''})"
        for q, v, d, w in zip(first["qualifier"], first["value"], when, who, strict=True)
    ]
    per_month = first.groupby(keys).agg(
        reported=("text", "; ".join),
        sources=(
            "outlets",
            lambda joined: "; ".join(sorted({o for j in joined.dropna() for o in j.split("; ")})),
        ),
    )
    table = shown.join(per_month, on=keys)
    table["reported"] += [f" … and {n - 5:,} more" if n > 5 else "" for n in table["n_figures"]]
    table["month"] = table["month"].dt.strftime("%b %Y")
    return TablePage(
        table[columns].reset_index(drop=True), offset, len(groups), DISAGREEMENT_COLUMNS, DISAGREEMENT_ROWS
    )


# --- sources ------------------------------------------------------------------------------------


def source_list(t: Tables, page: int = 0) -> TablePage:
    s = t.sources.sort_values(
        ["kind", "published", "title", "source_id"], ascending=[True, False, True, True]
    )
    shown, offset = _page(s, page)
    counts = t.citations.loc[t.citations["source_id"].isin(shown["source_id"]), "source_id"].value_counts()
    shown = shown.assign(
        published_label=date_label(shown["published"], shown["published_precision"]),
        n_records=shown["source_id"].map(counts).fillna(0).astype(int),
    )
    columns = ["source_id", "title", "outlet", "published", "published_label", "url", "kind", "n_records"]
    return TablePage(shown[columns].reset_index(drop=True), offset, len(t.sources), SOURCE_COLUMNS, PAGE_SIZE)


def source_records(t: Tables, source_id: str) -> pd.DataFrame:
    cited = t.citations[t.citations["source_id"] == source_id]
    names = _names(t)
    parts = []
    e = t.events[t.events["event_id"].isin(cited["record_id"])]
    parts.append(
        pd.DataFrame(
            {
                "record_table": "events",
                "record_id": e["event_id"],
                "sort_date": e["date"],
                "date_label": date_label(e["date"], e["date_precision"]),
                "record": e["title"],
                "status": e["status"],
            }
        )
    )
    m = t.memberships[t.memberships["membership_id"].isin(cited["record_id"])]
    coalition_names = t.coalitions.set_index("coalition_id")["name"]
    parts.append(
        pd.DataFrame(
            {
                "record_table": "memberships",
                "record_id": m["membership_id"],
                "sort_date": m["joined"],
                "date_label": date_label(m["joined"], m["joined_precision"]),
                "record": m["actor_id"].map(names)
                + ": "
                + m["role"]
                + " of "
                + m["coalition_id"].map(coalition_names),
                "status": m["status"],
            }
        )
    )
    s = t.statistics[t.statistics["stat_id"].isin(cited["record_id"])]
    labels = t.metrics.set_index("metric")["label"]
    parts.append(
        pd.DataFrame(
            {
                "record_table": "statistics",
                "record_id": s["stat_id"],
                "sort_date": s["as_of"],
                "date_label": date_label(s["as_of"], s["as_of_precision"]),
                "record": [
                    f"{labels[mt]}: {figure_value(v, q)} {u}"
                    for mt, q, v, u in zip(s["metric"], s["qualifier"], s["value"], s["unit"], strict=True)
                ],
                "status": s["status"],
            }
        )
    )
    c = t.coalitions[t.coalitions["coalition_id"].isin(cited["record_id"])]
    parts.append(
        pd.DataFrame(
            {
                "record_table": "coalitions",
                "record_id": c["coalition_id"],
                "sort_date": c["established"],
                "date_label": date_label(c["established"], c["established_precision"]),
                "record": c["name"],
                "status": "accepted",
            }
        )
    )
    records = pd.concat([p for p in parts if len(p)]) if any(len(p) for p in parts) else parts[0]
    joined = cited.merge(records, on=["record_table", "record_id"])
    joined = joined.sort_values(
        ["sort_date", "record_table", "record_id"], na_position="last", ignore_index=True
    )
    return joined[["record_table", "record_id", "date_label", "record", "quote", "note", "status"]]


def source_detail(t: Tables, source_id: str, page: int = 0) -> tuple[pd.Series | None, TablePage]:
    found = t.sources[t.sources["source_id"] == source_id]
    document = None
    if len(found):
        document = found.iloc[0].copy()
        document["published_label"] = date_label(found["published"], found["published_precision"]).iloc[0]
        cited = t.citations[t.citations["source_id"] == source_id].sort_values(["record_table", "record_id"])
        quotes = cited["quote"].dropna().tolist()
        document["quotes"] = quotes or None
    records = source_records(t, source_id)
    shown, offset = _page(records, page)
    return document, TablePage(shown.reset_index(drop=True), offset, len(records), RECORD_COLUMNS, PAGE_SIZE)
