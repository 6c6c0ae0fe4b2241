"""Case counts: reported figures over time for one metric, the latest values, disagreements."""

import streamlit as st

from accountability import page_data, web
from accountability.describe import empty_reason, scope

filters = web.current_filters()
names = web.actor_names()
metrics = page_data.metric_choices(web.query, filters)

st.title("Case counts")
if metrics.empty:
    st.info("The dataset holds no reported figures yet.")
    web.end_page()
labels = {m.metric: f"{m.label} ({m.unit})" for m in metrics.itertuples()}
metric = web.picker(
    "Metric",
    "metric",
    list(metrics["metric"]),
    labels,
    web.lookup_table(metrics, "metric", "label"),
    "metrics",
    help="Metrics that count different things are kept apart, never mixed in one line.",
)
chosen = metrics[metrics["metric"] == metric].iloc[0]
st.caption(f"{web.escape(chosen['description'])} Figures {scope(filters, names)}.")

page = web.page_number("figures_page", "figures")
web.prefetch(
    page_data.case_requests(filters, metric, page, web.page_number("disagreements_page", "the disagreements"))
)
events = web.event_markers(page_data.events_overlay(web.query, filters))
chart, figures = page_data.metric_series(web.query, filters, names, chosen, page, events)
if chart.note:
    st.info(chart.note, icon=":material/show_chart:")
web.chart(chart, "cases_chart")
web.table(
    figures,
    "figures_page",
    {
        "as_of_label": "As of",
        "reported": "Figure",
        "unit": "Unit",
        "reporter": "Reported by",
        "citations": st.column_config.TextColumn("Sources", width="large"),
        "note": "Note",
        "review": "Review status",
    },
    download=("Download these figures (CSV)", f"{metric}_{filters.start}_{filters.end}.csv"),
    profiles="reported_by",
)

st.subheader("Latest value of every metric")
latest = page_data.latest_figures(web.query, filters)
if latest.empty:
    st.info(empty_reason("figures", filters, names))
else:
    st.dataframe(
        latest[list(page_data.LATEST_COLUMNS)],
        hide_index=True,
        column_config={
            "label": "Metric",
            "reported": "Latest figure",
            "unit": "Unit",
            "as_of_label": "As of",
            "reported_by": "Reported by",
            "citations": st.column_config.TextColumn("Source", width="large"),
        },
        placeholder=web.EMPTY_CELL,
    )

st.subheader("Where sources disagree")
st.caption(
    "Months in which the same metric was reported with different values or qualifiers: both stand. "
    "Each row lists the first five figures of the month."
)
disagreements = page_data.disagreements(
    web.query, filters, web.page_number("disagreements_page", "the disagreements")
)
web.table(
    disagreements,
    "disagreements_page",
    {
        "month": "Month",
        "label": "Metric",
        "unit": "Unit",
        "reported": st.column_config.TextColumn("Figures reported", width="large"),
        "sources": "Sources",
    },
    download=("Download the disagreements (CSV)", "disagreements.csv"),
    empty=f"No two sources disagree on a figure {scope(filters, names)}.",
)
