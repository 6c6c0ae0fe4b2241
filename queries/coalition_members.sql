-- coalition_members: every membership record of one coalition held at the end of the range, with dates and citations.
-- params: $coalition_id, $end_date, $include_candidates
-- columns: membership_id, actor_id, member, iso3, role, joined, joined_label, left_label, note, outlets, citations, status
SELECT
    m.membership_id, m.actor_id, a.name AS member, a.iso3, m.role, m.joined,
    date_label(m.joined, m.joined_precision) AS joined_label,
    date_label(m."left", m.left_precision) AS left_label,
    m.note, src.outlets, src.citations, m.status
FROM memberships_at_end([]::VARCHAR[], $end_date::DATE, $include_candidates) m
JOIN actors a USING (actor_id)
LEFT JOIN record_sources('memberships') src ON src.record_id = m.membership_id
WHERE m.coalition_id = $coalition_id
ORDER BY m.joined, a.name, m.membership_id;
