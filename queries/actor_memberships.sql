-- actor_memberships: every membership record of one state or organisation (whatever the date range: a profile shows the whole story), oldest join first, with the coalition, the first and last day of the join and leave periods, and its sources.
-- params: $actor_id, $include_candidates
-- columns: membership_id, coalition_id, coalition, short_name, coalition_kind, role, joined, joined_end, joined_precision, joined_label, left, left_end, left_precision, left_label, note, outlets, citations, status
WITH held AS (
    SELECT * FROM memberships WHERE actor_id = $actor_id AND visible(status, $include_candidates)
)
SELECT
    m.membership_id, m.coalition_id, c.name AS coalition, c.short_name, c.kind AS coalition_kind, m.role,
    m.joined, period_end(m.joined, m.joined_precision) AS joined_end, m.joined_precision,
    date_label(m.joined, m.joined_precision) AS joined_label,
    m."left", period_end(m."left", m.left_precision) AS left_end, m.left_precision,
    date_label(m."left", m.left_precision) AS left_label,
    m.note, src.outlets, src.citations, m.status
FROM held m
JOIN coalitions c USING (coalition_id)
LEFT JOIN record_sources('memberships', (SELECT list(membership_id) FROM held)) src
    ON src.record_id = m.membership_id
ORDER BY m.joined, c.short_name, m.membership_id;
