"""Actor profile: one state or organisation across the dataset: memberships, events, figures, sources."""

from dataclasses import replace
from datetime import date

import streamlit as st

from accountability import page_data, web
from accountability.describe import scope

filters = web.current_filters()
dates = scope(replace(filters, countries=()), {})  # the country filter does not narrow a profile
options = web.sidebar().options
names = web.actor_names()

st.title("Actor profile")
if options.empty:
    st.info("The dataset names no state or organisation yet, so there is no profile to show.")
else:
    kinds = dict(zip(options["actor_id"], options["kind"], strict=True))
    actor_id = web.picker(
        "State or organisation",
        "actor",
        list(options["actor_id"]),
        {a: f"{names[a]} ({kinds[a]})" for a in options["actor_id"]},
        web.known().countries,
        "states or organisations",
        help="Every state and organisation that takes part in a coalition, an event or reports a figure. "
        "Type to search by name or ISO 3166 code.",
    )
    profile = page_data.actor_profile(
        web.query, filters, actor_id, date.today(),
        web.page_number("actor_events_page", "the events"),
        web.page_number("actor_figures_page", "the figures"),
    )
    actor, name = profile.actor, web.escape(names[actor_id])  # shown as Markdown: escaped
    code = f" · ISO 3166 code {actor['iso3']}" if actor["iso3"] else ""
    aliases = list(actor["aliases"]) if actor["aliases"] is not None else []
    also = f" · also called {', '.join(aliases)}" if aliases else ""
    st.header(name, anchor=False)
    st.caption(web.escape(f"{actor['kind'].capitalize()}{code}{also}"))
    counts = st.columns(3)
    counts[0].metric("Memberships", f"{actor['n_memberships']:,}", help="Records of joining a coalition")
    counts[1].metric("Events", f"{actor['n_events']:,}", help="Events it took part in, whatever the dates")
    counts[2].metric("Figures", f"{actor['n_figures']:,}", help="Figures it reported or that are about it")

    st.subheader("Memberships")
    st.caption(
        "Every coalition it joined, whatever the date range: a bar runs from the join to the leave, or to "
        "today; its colour and pattern give the role. A join known only to the month or year starts faint "
        "on the first day of that period, and the solid bar once the period is over. Hover a bar for its "
        "dates and sources; the table below lists them too."
    )
    web.chart(profile.memberships, "actor_memberships_chart")
    web.table(
        profile.membership_rows,
        "actor_memberships_page",
        {
            "coalition": "Coalition", "role": "Role", "joined_label": "Joined", "left_label": "Left",
            "citations": st.column_config.TextColumn("Sources", width="large"), "note": "Note",
            "review": "Review status",
        },
        download=None,
    )

    st.subheader(f"Events {name} took part in")
    st.caption(f"Events {dates}, with their sources.")
    web.table(
        profile.events,
        "actor_events_page",
        {
            "date_label": "Date (as precise as the source)", "title": "Event", "category": "Category",
            "place": "Place", "actors": "With", "coalition": "Coalition",
            "citations": st.column_config.TextColumn("Sources", width="large"), "note": "Note on the date",
            "review": "Review status",
        },
        download=(
            f"Download {name}'s events (CSV)", f"events_{actor_id}_{filters.start}_{filters.end}.csv"
        ),
        empty=page_data.profile_empty(f"events of {name}", filters),
    )

    st.subheader("Figures it reported or that are about it")
    st.caption(f"Figures {dates}, newest first: reported by {name}, or about it as a country.")
    web.table(
        profile.figures,
        "actor_figures_page",
        {
            "as_of_label": "As of", "label": "Metric", "reported": "Figure", "unit": "Unit",
            "reporter": "Reported by", "relation": "How it concerns them",
            "citations": st.column_config.TextColumn("Sources", width="large"), "note": "Note",
            "review": "Review status",
        },
        download=(
            f"Download {name}'s figures (CSV)", f"figures_{actor_id}_{filters.start}_{filters.end}.csv"
        ),
        empty=page_data.profile_empty(f"figures reported by or about {name}", filters),
    )

    st.subheader("Sources")
    sources = profile.sources
    if sources.empty:
        st.info(f"No source is cited for a record of {name}.")
    else:
        st.caption(f"{len(sources):,} sources behind {name}'s memberships, events and figures, newest first.")
        st.dataframe(
            sources[list(page_data.ACTOR_SOURCE_COLUMNS)],
            hide_index=True,
            column_config={
                "published_label": "Published", "title": "Title", "outlet": "Outlet", "kind": "Kind",
                "n_records": st.column_config.NumberColumn("Records cited", format="%d"),
                "url": st.column_config.LinkColumn("Address"),
            },
        )
