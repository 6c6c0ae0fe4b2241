"""The words of the data model in plain language: one definition per vocabulary value, written once.

The Methods page shows them; tests check that every value in schema.py has a definition here
and that nothing here is left over from a value the schema no longer has.
"""

from __future__ import annotations

EVENT_CATEGORIES = {
    "agreement": "An agreement, treaty or arrangement is signed or concluded between states or institutions.",
    "accession": "A state or organisation joins an existing team, agreement or body.",
    "meeting or conference": "A meeting, conference or summit where the partners discuss accountability.",
    "warrant": "A court issues, or makes public, an arrest warrant.",
    "institution launched": "A new body, office, register or centre starts its work.",
    "investigation": "An investigation is opened, widened or its findings are announced.",
    "referral": "A state refers the situation in Ukraine to a court's prosecutor.",
    "attack": "An attack that the sources report as a possible war crime.",
    "report": "A report or set of findings is published.",
    "pledge": "Money, staff or other support is promised.",
    "visit": "An official visit, for example by a prosecutor, to a place or an institution.",
    "ratification": "A state's parliament or government approves a treaty so that it binds the state.",
    "statement": "A public declaration or statement, without a new agreement behind it.",
    "withdrawal": "A state or organisation leaves a team, agreement or body.",
    "judgment": (
        "A court delivers a verdict, sentence or ruling: a national war-crimes trial, an appeal, "
        "or a judgment of an international court."
    ),
    "return": "Children or other people whom Russia deported or held are brought back to Ukraine.",
    "entry into force": (
        "A treaty or agreement starts to bind its parties (for a state that joins later, on its own date)."
    ),
}

ROLES = {
    "founding member": "Took part from the start: among those who set the coalition up.",
    "member": "Joined after the start, or the sources do not say whether it was there from the start.",
    "participant": "Takes part in the coalition's work without being one of its parties "
    "(for example an agency supporting a joint investigation team).",
    "signatory": "Signed or endorsed the declaration, convention or agreement.",
    "partner": "Cooperates with the coalition under an agreement, without being a member.",
    "referring state": "A state party to the Rome Statute that referred the situation in Ukraine "
    "to the Prosecutor of the International Criminal Court.",
}

# What the date in a membership's "joined" column means, per kind of coalition.
JOINED = {
    "joint investigation team": "the day the state or agency signed the team's agreement, or the day its "
    "accession to the team took effect",
    "declaration": "the day the state or organisation signed or endorsed the declaration",
    "memorandum": "the day the memorandum was signed",
    "core group": "the day the sources first report the state as a member of the group",
    "register": "the day the state joined the register or signed the convention, as the sources report it",
    "tribunal": "the day the state signed the agreement or joined the partial agreement behind the tribunal",
    "advisory group": "the day the group was set up, or the day the sources first name the state in it",
    "referral": "the day the state's referral reached the Prosecutor of the International Criminal Court",
    "prosecution centre": "the day the state or agency started to take part in the centre's work",
    "coordination group": "the day the sources first report the state or organisation taking part",
}

COALITION_KINDS = {
    "joint investigation team": "Prosecutors of several states working on one investigation under an "
    "agreement.",
    "declaration": "A political declaration that states sign or endorse.",
    "memorandum": "A memorandum of understanding between institutions.",
    "core group": "A small group of states preparing a new institution.",
    "register": "A register of claims or damage, or the convention that sets one up.",
    "tribunal": "A court, or the agreement that sets one up.",
    "advisory group": "Experts who advise Ukraine's prosecutors.",
    "referral": "States that referred the situation in Ukraine to the International Criminal Court.",
    "prosecution centre": "A centre where prosecutors of several states prepare cases together.",
    "coordination group": "States and organisations that coordinate their work on one aim.",
}

ACTOR_KINDS = {
    "state": "A country, named by its ISO 3166 three-letter code.",
    "international organisation": "An organisation of states, such as the Council of Europe or the "
    "United Nations.",
    "court or prosecutor": "A court, or a prosecutor's office.",
    "agency": "An agency of an organisation of states, such as Eurojust.",
    "government body": "A ministry or other body of one state's government.",
    "civil society organisation": "A non-governmental organisation, such as a human rights group.",
    "media": "A newspaper, broadcaster or news agency.",
    "person": "One person, named by the sources.",
}

PRECISIONS = {
    "day": "The source gives the day.",
    "month": "The source gives only the month: the date is stored as the month's first day and shown as "
    "“Mar 2023”; charts draw the whole month faintly, never a day the source does not give.",
    "year": "The source gives only the year: stored as 1 January, shown as “2024”, drawn as the whole year.",
}

QUALIFIERS = {
    "exact": "The figure as given, with no qualifying word.",
    "more_than": "The source says “more than” the number.",
    "about": "The source says “about” or “around” the number.",
    "nearly": "The source says “nearly” or “almost” the number.",
    "at_least": "The source says “at least” the number, or it is the lower end of a range.",
    "at_most": "The upper end of a range the source gives (“from 40 to 44 states” gives at least 40, "
    "at most 44).",
}

STATUSES = {
    "accepted": "Curated by hand, or proposed by the article ingest and accepted by an analyst. Shown.",
    "candidate": "Proposed by the article ingest and not yet reviewed. Shown only with "
    "“Include unreviewed records”, ringed in orange.",
    "rejected": "Proposed by the article ingest and rejected by an analyst. Never shown.",
}

SOURCE_KINDS = {
    "corpus": "An article held in full text: every quote from it is checked to be a verbatim part of it.",
    "reference": "A page cited by its address: the records paraphrase it and the text is not held here.",
}
