-- api_memberships: one page of the memberships held at the end of the range, of one coalition ($coalition_id) or of all (NULL), in the coalition page's order, with citations and how many there are.
-- params: $countries, $end_date, $include_candidates, $coalition_id, $limit, $offset
-- columns: membership_id, coalition_id, coalition, actor_id, member, iso3, role, joined, joined_precision, joined_label, left, left_label, note, status, citations, n_total
WITH matching AS NOT MATERIALIZED (
    SELECT m.*, a.name AS member, a.iso3
    FROM memberships_at_end($countries::VARCHAR[], $end_date::DATE, $include_candidates) m
    JOIN actors a USING (actor_id)
    WHERE $coalition_id::VARCHAR IS NULL OR m.coalition_id = $coalition_id::VARCHAR
),
page AS (
    SELECT *, (SELECT count(*) FROM matching) AS n_total
    FROM matching ORDER BY joined, member, membership_id LIMIT $limit OFFSET $offset
)
SELECT
    p.membership_id, p.coalition_id, c.name AS coalition, p.actor_id, p.member, p.iso3, p.role,
    p.joined, p.joined_precision, date_label(p.joined, p.joined_precision) AS joined_label,
    p."left", date_label(p."left", p.left_precision) AS left_label, p.note, p.status, cit.citations, p.n_total
FROM page p
JOIN coalitions c USING (coalition_id)
LEFT JOIN record_citations('memberships', (SELECT list(membership_id) FROM page)) cit
    ON cit.record_id = p.membership_id
ORDER BY p.joined, p.member, p.membership_id;
