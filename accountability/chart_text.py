"""The text alternative of each chart: one sentence that says what it shows, and its data as a table.

Pure functions of the frames the charts draw, so that the words always match the picture.
Dates are written as the data gives them ('25 Mar 2022', 'Mar 2022', '2022'), never more precisely.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .charts import figure_value, period_labels


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 event', '131 events', '2 joins'."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def _top(totals: pd.Series) -> tuple[object, int]:
    """The label with the highest total (the first of equals, in the order given) and that total."""
    best = totals.idxmax()
    return best, int(totals.loc[best])


def _busiest(totals: pd.Series, words: str) -> str:
    """'; most in 2023 (48)' - or nothing when several share the highest total."""
    best, n = _top(totals)
    return "" if (totals == n).sum() > 1 else f"; {words} {best} ({n:,})"


def _span(first: str, last: str) -> str:
    return f"in {first}" if first == last else f"from {first} to {last}"


def quarter_labels(starts: Sequence) -> list[str]:
    return period_labels(pd.Series(starts), "quarter")


# --- timeline ------------------------------------------------------------------------------------


def timeline_summary(events: pd.DataFrame) -> str:
    """'131 events from 28 Feb 2022 to 12 May 2026; most in 2023 (48); most often an accession (35).'"""
    if events.empty:
        return "No events to show."
    ordered = events.sort_values("date", kind="stable")
    years = pd.to_datetime(ordered["date"]).dt.year.value_counts(sort=False).sort_index()
    span = _span(ordered["date_label"].iloc[0], ordered["date_label"].iloc[-1])
    return (
        f"{counted(len(events), 'event')} {span}"
        + _busiest(years, "most in")
        + _busiest(ordered["category"].value_counts(sort=False), "the most frequent category is")
        + "."
    )


def timeline_counts_summary(counts: pd.DataFrame, bin_: str) -> str:
    """The same sentence for events counted per period."""
    if counts.empty:
        return "No events to show."
    labels = period_labels(counts["bin_start"].sort_values(), bin_)
    years = counts.groupby(pd.to_datetime(counts["bin_start"]).dt.year)["n_events"].sum()
    categories = counts.groupby("category", sort=False)["n_events"].sum()
    return (
        f"{counted(int(counts['n_events'].sum()), 'event')} {_span(labels[0], labels[-1])}, "
        f"counted per {bin_}"
        + _busiest(years, "most in")
        + _busiest(categories, "the most frequent category is")
        + "."
    )


def timeline_table(events: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Date": events["date_label"],
            "Event": events["title"],
            "Category": events["category"],
            "Actors": events["actors"],
            "Source": events["outlets"],
        }
    )


def timeline_counts_table(counts: pd.DataFrame, bin_: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Period": period_labels(counts["bin_start"], bin_),
            "Category": counts["category"],
            "Events": counts["n_events"],
            "Dated only to the month or year": counts["n_partial"],
        }
    )


# --- coalitions ----------------------------------------------------------------------------------


def matrix_summary(cells: pd.DataFrame, columns: pd.DataFrame, total_members: int) -> str:
    """'84 members hold 350 memberships in 15 coalitions; the 40 shown ...; most named: ICC referral (41).'"""
    if cells.empty:
        return "No memberships to show."
    members = cells["actor_name"].nunique()
    short = dict(zip(columns["coalition_id"], columns["short_name"], strict=True))
    coalition, named = _top(cells["coalition_id"].value_counts(sort=False))
    busiest, held = _top(cells["actor_name"].value_counts(sort=False))
    shown = (
        f"The {members:,} members shown, of {total_members:,},"
        if total_members > members
        else f"{counted(members, 'member')}"
    )
    return (
        f"{shown} hold {counted(len(cells), 'membership')} in "
        f"{counted(cells['coalition_id'].nunique(), 'coalition')}; the coalition with most of them is "
        f"{short.get(coalition, coalition)} ({named:,}), and {busiest} belongs to the most coalitions "
        f"({held:,})."
    )


def matrix_table(cells: pd.DataFrame, columns: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(columns["coalition_id"], columns["name"], strict=True))
    return pd.DataFrame(
        {
            "Member": cells["actor_name"],
            "Coalition": cells["coalition_id"].map(names),
            "Role": cells["role"],
            "Joined": cells["join_dates"],
        }
    ).sort_values(
        ["Member", "Coalition"], key=lambda column: column.astype(str).str.casefold(), ignore_index=True
    )


def map_summary(states: pd.DataFrame, coalition: str) -> str:
    """'31 member states of the Core Group on the map: 29 as member, 2 as founding member.'"""
    if states.empty:
        return f"No member state of {coalition} can be drawn on the map."
    roles = states["role"].value_counts()
    listed = ", ".join(f"{n:,} as {role}" for role, n in roles.items())
    return f"{counted(len(states), 'member state')} of {coalition} on the map: {listed}."


def map_table(states: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {"Member": states["member"], "Role": states["role"], "Joined": states["joined_label"]}
    )


# --- figures -------------------------------------------------------------------------------------


def _latest_sentence(value: float, qualifier: str, unit: str, when: str, reporter: object) -> str:
    by = f", {reporter}" if isinstance(reporter, str) and reporter else ""
    return f"the latest is {figure_value(value, qualifier)} {unit} ({when}{by})."


def series_summary(figures: pd.DataFrame, label: str, unit: str) -> str:
    """'42 figures of War crimes registered from 2 Aug 2022 to Mar 2026 by 1 reporter; the latest is ...'"""
    if figures.empty:
        return f"No figures of {label} to show."
    ordered = figures.sort_values(["as_of", "value"], kind="stable")
    last = ordered.iloc[-1]
    return (
        f"{counted(len(figures), 'figure')} of {label} "
        f"{_span(ordered['as_of_label'].iloc[0], last['as_of_label'])}, "
        f"by {counted(figures['reporter'].nunique(), 'reporter')}; "
        + _latest_sentence(
            last["value"], last["qualifier"], last["unit"], last["as_of_label"], last["reporter"]
        )
    )


def series_table(figures: pd.DataFrame) -> pd.DataFrame:
    reported = [
        figure_value(v, q) for v, q in zip(figures["value"], figures["qualifier"], strict=True)
    ]
    return pd.DataFrame(
        {
            "As of": figures["as_of_label"],
            "Figure": reported,
            "Unit": figures["unit"],
            "Reported by": figures["reporter"],
            "Source": figures["outlets"],
        }
    )


def bins_summary(bins: pd.DataFrame, label: str, unit: str, bin_: str) -> str:
    """The same sentence for figures summarised per reporter and period."""
    if bins.empty:
        return f"No figures of {label} to show."
    ordered = bins.sort_values(["bin_start", "value_last"], kind="stable")
    labels = period_labels(ordered["bin_start"], bin_)
    last = ordered.iloc[-1]
    return (
        f"{counted(int(bins['n_figures'].sum()), 'figure')} of {label} {_span(labels[0], labels[-1])}, "
        f"by {counted(bins['reporter'].nunique(), 'reporter')}, summarised per {bin_}; "
        + _latest_sentence(
            last["value_last"], last["qualifier_last"], unit, labels[-1], last["reporter"]
        )
    )


def bins_table(bins: pd.DataFrame, unit: str, bin_: str) -> pd.DataFrame:
    latest = [
        figure_value(v, q) for v, q in zip(bins["value_last"], bins["qualifier_last"], strict=True)
    ]
    return pd.DataFrame(
        {
            "Period": period_labels(bins["bin_start"], bin_),
            "Reported by": bins["reporter"],
            "Figures": bins["n_figures"],
            f"Latest ({unit})": latest,
            "Lowest": bins["value_min"],
            "Highest": bins["value_max"],
        }
    )


# --- the overview ------------------------------------------------------------------------------


def join_periods(joins: pd.DataFrame) -> list[str]:
    """'Q2 2023' for a quarter; '2023' for joins the sources date only to the year."""
    return [
        str(start.year) if period == "year" else quarter_labels([start])[0]
        for start, period in zip(
            pd.to_datetime(joins["period_start"]), joins["period"], strict=True
        )
    ]


def joins_summary(joins: pd.DataFrame) -> str:
    """'346 joins to 15 coalitions from Q1 2022 to Q2 2026; the busiest quarter was Q2 2023 (46 joins) ...'"""
    if joins.empty:
        return "No joins to show."
    quarters = joins[joins["period"] == "quarter"].sort_values("period_start", kind="stable")
    total = int(joins["n_joins"].sum())
    text = f"{counted(total, 'join')} to {counted(joins['coalition_id'].nunique(), 'coalition')}"
    if not quarters.empty:
        per_quarter = quarters.groupby("period_start")["n_joins"].sum()
        busiest, in_busiest = _top(per_quarter)
        labels = quarter_labels([per_quarter.index[0], per_quarter.index[-1], busiest])
        biggest = quarters.loc[quarters["n_joins"].idxmax()]
        when = quarter_labels([biggest["period_start"]])[0]
        text += (
            f" {_span(labels[0], labels[1])}; the busiest quarter was {labels[2]} "
            f"({counted(in_busiest, 'join')}), the largest single step {biggest['short_name']} in {when} "
            f"({biggest['n_joins']:,})"
        )
    year_only = int(joins.loc[joins["period"] == "year", "n_joins"].sum())
    if year_only:
        text += f"; {counted(year_only, 'join')} that the sources date only to the year"
    return text + "."


def joins_table(joins: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Coalition": joins["name"],
            "Period": join_periods(joins),
            "Joined": joins["n_joins"],
            "Members": joins["members"],
        }
    )


def memberships_summary(memberships: pd.DataFrame, name: str) -> str:
    """'Poland: 6 memberships in 5 coalitions, the first joined 25 Mar 2022 (JIT), the latest ...; 1 left.'"""
    if memberships.empty:
        return f"No membership of {name} is recorded."
    ordered = memberships.sort_values("joined", kind="stable")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    text = (
        f"{name}: {counted(len(ordered), 'membership')} in "
        f"{counted(ordered['coalition_id'].nunique(), 'coalition')}, the first joined "
        f"{first['joined_label']} ({first['short_name']})"
    )
    if len(ordered) > 1:
        text += f", the latest {last['joined_label']} ({last['short_name']})"
    left = int(ordered["left"].notna().sum())
    return text + (f"; {counted(left, 'membership')} ended." if left else "; none has ended.")


def memberships_table(memberships: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Coalition": memberships["coalition"],
            "Role": memberships["role"],
            "Joined": memberships["joined_label"],
            "Left": memberships["left_label"].fillna(""),
        }
    )
