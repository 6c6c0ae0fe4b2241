"""Case counts: reported figures over time for one metric, the latest values, disagreements."""

import streamlit as st

from accountability import charts, web
from accountability.charts import figure_value
from accountability.describe import empty_reason, scope

filters = web.current_filters()
names = web.actor_names()
metrics = web.query("metric_options", include_candidates=filters.include_candidates)

st.title("Case counts")
if metrics.empty:
    st.info("The dataset holds no reported figures yet.")
    st.stop()
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

series = web.query("metric_series", metric=metric, **filters.params())
st.plotly_chart(
    charts.metric_series(
        series, chosen["label"], chosen["unit"], empty_reason("figures of this metric", filters, names)
    ),
    key="cases_chart",
    config={"displaylogo": False},
)
if not series.empty:
    table = series.assign(
        reported=[figure_value(v, q) for v, q in zip(series["value"], series["qualifier"], strict=True)]
    )
    st.dataframe(
        table[["as_of_label", "reported", "unit", "reporter", "citations", "note"]],
        hide_index=True,
        column_config={
            "as_of_label": "As of", "reported": "Figure", "unit": "Unit", "reporter": "Reported by",
            "citations": st.column_config.TextColumn("Sources", width="large"), "note": "Note",
        },
    )
    st.download_button(
        "Download these figures (CSV)",
        series.drop(columns=["status"]).to_csv(index=False).encode("utf-8"),
        file_name=f"{metric}_{filters.start}_{filters.end}.csv",
        mime="text/csv",
        icon=":material/download:",
    )

st.subheader("Latest value of every metric")
latest = web.query("latest_figures", **filters.params())
if latest.empty:
    st.info(empty_reason("figures", filters, names))
else:
    st.dataframe(
        latest.assign(
            reported=[figure_value(v, q) for v, q in zip(latest["value"], latest["qualifier"], strict=True)]
        )[["label", "reported", "unit", "as_of_label", "reported_by", "citations"]],
        hide_index=True,
        column_config={
            "label": "Metric", "reported": "Latest figure", "unit": "Unit", "as_of_label": "As of",
            "reported_by": "Reported by", "citations": st.column_config.TextColumn("Source", width="large"),
        },
    )

st.subheader("Where sources disagree")
st.caption("The same metric reported with different values or qualifiers for the same month. Both stand.")
disagreements = web.query("disagreements", **filters.params())
if disagreements.empty:
    st.info(f"No two sources disagree on a figure {scope(filters, names)}.")
else:
    st.dataframe(
        disagreements[["month", "label", "unit", "reported", "sources"]],
        hide_index=True,
        column_config={
            "month": "Month", "label": "Metric", "unit": "Unit",
            "reported": st.column_config.TextColumn("Figures reported", width="large"), "sources": "Sources",
        },
    )
    st.download_button(
        "Download the disagreements (CSV)",
        disagreements.to_csv(index=False).encode("utf-8"),
        file_name="disagreements.csv",
        mime="text/csv",
        icon=":material/download:",
    )
