"""Memberships: named states and organisations that join, sign, or are members or participants
of a named team, agreement, declaration, group or register. A list gives one record per member;
an actor named as not joining is no member; a bilateral agreement ("between A and B") is no coalition.

The extractor walks each sentence's cues (joining_cues), drops those that tell no joining
(not_joining), reads their members (member_names, member_lists) and their coalition
(joined_coalition), and dates each record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .actors import Actor
from .coalitions import Coalition
from .document import DocumentView
from .joined_coalition import cue_coalition, referral_coalition
from .joining_cues import (
    CHAIRS,
    CUES,
    FOUNDS,
    INCLUDES,
    PARTY,
    PARTY_ROLE,
    REFERRALS,
    REFERRED_BY,
    SET_UP_BY,
    SUPPORTED_BY,
    TAKES_PART,
    member_role,
)
from .member_clauses import antecedent, clause_after, clause_before, subject
from .member_lists import (
    COUNT_LEAD,
    COUNTED_LIST,
    LIST_LEAD,
    LIST_OPENER,
    PEOPLE_LEAD,
    Listed,
    coded_members,
    counted_only,
    goes_on,
    listed_later,
    listed_next,
)
from .member_names import PERSON, Member, blank, followers_after, members_after, members_before
from .not_joining import (
    ACCOMPANIED,
    BILATERAL,
    CONDITIONAL,
    DENIED,
    FUTURE,
    IRREALIS,
    MULTILATERAL,
    NEGATION,
    NO_COALITION_OBJECT,
    NOUN_USE,
    UNDONE,
    VOTERS,
    WEAK,
    actor_subject,
    agreed_together,
    coalition_beside,
    decided,
)
from .proposals import Proposal
from .treaties import in_force_date
from .when import DateMention

COALITION_FOR_REVIEW = "Which coalition the text means is left for review."
# A cue in the past tense: 'joined', 'set up', 'became', 'were members'.
PAST = re.compile(r"(?:ed|set up|became|was|were)\b", re.I)


def extract(view: DocumentView) -> list[Proposal]:
    proposals: list[Proposal] = []
    # Each member's record and whether the text dated it: a later sentence's date beats an earlier
    # 'recently signed' that fell back to the publication date.
    seen: dict[tuple[str, str, bool], tuple[Proposal, bool]] = {}
    listed: Listed | None = None

    def add(
        analysed, coalition, member: Member, role: str, date: DateMention | None, party: bool = False
    ) -> None:
        if coalition and re.search(rf"(?:^|\bof the ){re.escape(member.actor.name)}$", coalition.name):
            return  # the court of 'the Statute of the Court' is not its own member
        # A treaty signed one year and ratified another: the signature and the party-ship are two records.
        key = (
            coalition.coalition_id if coalition else "",
            _party(view, member.actor).actor_id,
            party,
        )
        other = seen.get((*key[:2], not key[2]))
        if other and not (date and other[1] and other[0].fields["joined"][:4] != date.value[:4]):
            key = (*key[:2], not key[2])
        earlier = seen.get(key)
        if earlier and (earlier[1] or date is None):
            return
        proposal = _proposal(view, analysed, coalition, _party(view, member.actor), role, date)
        if earlier:
            proposals[proposals.index(earlier[0])] = proposal
        else:
            proposals.append(proposal)
        seen[key] = (proposal, date is not None)

    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        if text.isupper():
            continue
        # 'an agreement between A and B' is no coalition; a joining elsewhere in the sentence may be.
        pairs = [] if re.search(r"\binclud", text, re.I) else [m.span() for m in BILATERAL.finditer(text)]
        undated = blank(text, [(d.start, d.end) for d in analysed.dates])  # 'May 2024' is no 'may'
        found = False
        for pattern, cue_role, side in CUES:
            for match in pattern.finditer(text):
                if IRREALIS.search(undated[: match.start()]) or re.match(r"\s*forces\b", text[match.end() :]):
                    continue
                if CONDITIONAL.search(undated[: match.start()]):
                    continue
                if side == "before" and pattern is not PARTY and NOUN_USE.search(text[: match.start()]):
                    continue  # 'as a sign that', 'the signing of the convention': a noun, no one's act
                if match.groupdict().get("noun") in ("part", "Part") and not coalition_beside(
                    analysed, match, side
                ):
                    continue  # 'part of a state policy', 'as part of mediation efforts'

                if (
                    FUTURE.search(undated[: match.start()])
                    and cue_role != "participant"
                    and not decided(analysed, match)
                ):
                    continue
                if UNDONE.search(text, match.end()) or DENIED.search(undated[: match.start()]):
                    continue
                if any(re.fullmatch(r"\s+to\s+", text[m.end : match.start()]) for m in analysed.actors):
                    continue  # 'Chile to join the team', a headline's future: a plan
                if pattern in (CHAIRS, FOUNDS) and not coalition_beside(analysed, match, side):
                    continue
                if WEAK.match(match.group(0)) and not agreed_together(analysed, match, side):
                    continue
                if pattern is TAKES_PART and NO_COALITION_OBJECT.match(text, match.end()):
                    continue
                if pattern is INCLUDES and actor_subject(analysed, match.start()):
                    continue
                if VOTERS.search(subject(text, match.start())):
                    continue  # 'the states voting against included A and B': a vote, no joining
                if match.group(0).startswith(",") and (
                    not coalition_beside(analysed, match, "after")
                    or NEGATION.search(subject(text, match.start()))
                ):
                    continue  # 'the team, including A and B'; not 'delegates from 40 states, including A'

                if ACCOMPANIED.match(text, match.start()) and PERSON.search(subject(text, match.start())):
                    continue
                members, coalition, clause = _cue_members(view, index, analysed, match, side)
                members = [m for m in members if not any(s <= m.start < e for s, e in pairs)]
                if not members and not found and counted_only(analysed, match, side, clause):
                    # 'signed by 44 countries.' with the names in the next sentence ('Among them: A, B').
                    coalition = cue_coalition(view, index, analysed, match, side)
                    date = in_force_date(analysed) or _clause_date(analysed, clause, match.start(), [])
                    role = member_role(cue_role, match, coalition, text)
                    # Who backs an unnamed text (a resolution put to the vote) joins nothing.
                    listed = (
                        Listed(index, coalition, role, date)
                        if coalition or pattern is not SUPPORTED_BY
                        else None
                    )
                    continue
                if not members or any(match.end() <= s < clause[1] for s, _ in pairs):
                    continue
                if match.groupdict().get("between") and len(members) < MULTILATERAL:
                    continue
                if pattern in (FOUNDS, SET_UP_BY) and len(_parties(text, members)) < 2:
                    continue  # one body that sets something up creates its own organ, founds no coalition
                # Unsure which coalition: the membership is proposed with its coalition left for review.
                role = PARTY_ROLE if pattern is PARTY else member_role(cue_role, match, coalition, text)
                date = None
                for member in members:
                    date = (
                        member.date
                        or in_force_date(analysed)
                        or _clause_date(analysed, clause, match.start(), members)
                    )
                    if PAST.search(match.group(0)) and not FUTURE.search(undated[: match.start()]):
                        date = _not_after(view, date)
                    add(analysed, coalition, member, role, date, pattern is PARTY)
                found, listed = True, Listed(index, coalition, role, date)
        if not found and listed and listed_next(view, listed, index):
            for mention in analysed.free_actors():
                if mention.start >= LIST_OPENER.match(text).end() and not re.match(
                    r"\s+member\s+(?:states|countries)\b", text[mention.end :]
                ):  # 'EU member states' are the states, not the union
                    member = Member(mention.actor, mention.start, mention.end)
                    add(analysed, listed.coalition, member, listed.role, listed.date)
            listed = None
        elif not found and listed and goes_on(view, listed, index):
            own = analysed.dates[0] if analysed.dates else listed.date
            for mention in analysed.free_actors():
                add(
                    analysed,
                    listed.coalition,
                    Member(mention.actor, mention.start, mention.end),
                    listed.role,
                    own,
                )
            listed.index = index
    return proposals


def _not_after(view: DocumentView, date: DateMention | None) -> DateMention | None:
    """A joining told in the past tense with a day or month that names no year ('on 25 March' on a page
    of 3 March) happened before the page: that day of the year before."""
    published = view.published
    if date is None or published is None or re.search(r"\b\d{4}\b", date.text) or date.precision == "year":
        return date
    if date.value[: len(published.value)] <= published.value:
        return date
    value = f"{int(date.value[:4]) - 1}{date.value[4:]}"
    return replace(date, value=value, note=f"“{date.text.strip()}” read as {value}: a joining told as past.")


def _parties(text: str, members: list[Member]) -> set[str]:
    """The distinct parties among members; 'Lithuania's prosecutors' is one party, not two."""
    return {m.actor.actor_id for m in members if not re.match(r"['’]s\b", text[m.end :])}


def _party(view: DocumentView, actor: Actor) -> Actor:
    """A state's government body takes part for its state: 'the US Department of State' -> the USA."""
    if actor.kind != "government body":
        return actor
    return view.context.actors.state_in(actor.name) or actor


def _cue_members(view: DocumentView, index: int, analysed, match: re.Match, side: str):
    """The members a cue names, its coalition, and the clause (start, end) whose date is theirs."""
    text = analysed.text
    end = clause_after(text, match.end())
    followers: list[Member] = []
    if side == "after":
        start, first = match.start(), match.end()
        if text[end : end + 1] == ":" and COUNTED_LIST.match(text, match.end(), end):
            first, end = end + 1, clause_after(text, end + 1)  # 'signed by 34 states: A, B, ...'
        if not text[first:].strip() and index + 1 < len(view.sentences):
            # 'The declaration was signed by' ends a line; the list of signatories is the next one.
            listed = view.sentences[index + 1]
            lead = LIST_LEAD.match(listed.text)
            members = members_after(view, listed, lead.end() if lead else 0, clause_after(listed.text, 0))
            coalition = cue_coalition(view, index, analysed, match, side) if members else None
            return members, coalition, (start, end)
        people = PEOPLE_LEAD.match(text, first, end)
        lead = COUNT_LEAD.match(text, first, end) or LIST_LEAD.match(text, first, end) or people
        members = members_after(view, analysed, lead.end() if lead else first, end, known_only=bool(people))
    else:
        start = clause_before(analysed, match.start())
        members = members_before(analysed, start, match.start()) or [
            Member(m.actor, m.start, m.end) for m in antecedent(analysed, start)
        ]
        followers, follow_start = followers_after(analysed, match.end())
        end = min(end, follow_start)
        if not members and not NEGATION.search(text[start:end]):
            members = listed_later(view, analysed, (start, end), match)
    coded = coded_members(view, analysed, start, end)
    members = coded or members
    if not members:
        return [], None, (start, end)
    coalition = referral_coalition(view, index, match.re is REFERRED_BY) if match.re in REFERRALS else None
    coalition = coalition or cue_coalition(view, index, analysed, match, side)
    return members + followers, coalition, (start, end)


def _clause_date(analysed, clause: tuple[int, int], cue: int, members: list[Member]) -> DateMention | None:
    """The date of the cue's clause that no member claims as its own, nearest the cue; else, the
    sentence's date nearest the cue."""
    owned = {m.date for m in members if m.date}
    inside = [d for d in analysed.dates if clause[0] <= d.start < clause[1] and d not in owned]
    chosen = inside or [d for d in analysed.dates if d not in owned]
    return min(chosen, key=lambda d: abs(d.start - cue)) if chosen else None


def _proposal(
    view: DocumentView,
    analysed,
    coalition: Coalition | None,
    actor: Actor,
    role: str,
    date: DateMention | None,
) -> Proposal:
    if date is not None:
        joined, precision, note = date.value, date.precision, date.note
    else:
        fallback = view.fallback_date()
        joined, precision, why = fallback if fallback else ("", "", "")
        note = f"Joined no later than {joined}: {why}." if fallback else ""
    if coalition is None:
        note = f"{note} {COALITION_FOR_REVIEW}".strip()
    fields = {
        "coalition_id": coalition.coalition_id if coalition else "",
        "actor_id": actor.actor_id,
        "role": role,
        "joined": joined,
        "joined_precision": precision,
        "note": note.strip(),
    }
    return Proposal("memberships", fields, [analysed.text], [*([coalition] if coalition else []), actor])
