-- coalition_members: one page of the membership records of one coalition held at the end of the range, with dates, citations and how many records there are in all.
-- params: $coalition_id, $end_date, $include_candidates, $limit, $offset
-- columns: membership_id, actor_id, member, iso3, role, joined, joined_label, left_label, note, outlets, citations, status, n_total
WITH held AS (
    SELECT m.*, a.name AS member, a.iso3, count(*) OVER () AS n_total
    FROM memberships_at_end([]::VARCHAR[], $end_date::DATE, $include_candidates) m
    JOIN actors a USING (actor_id)
    WHERE m.coalition_id = $coalition_id
),
page AS (
    SELECT * FROM held ORDER BY joined, member, membership_id LIMIT $limit OFFSET $offset
)
SELECT
    p.membership_id, p.actor_id, p.member, p.iso3, p.role, p.joined,
    date_label(p.joined, p.joined_precision) AS joined_label,
    date_label(p."left", p.left_precision) AS left_label,
    p.note, src.outlets, src.citations, p.status, p.n_total
FROM page p
LEFT JOIN record_sources('memberships', (SELECT list(membership_id) FROM page)) src
    ON src.record_id = p.membership_id
ORDER BY p.joined, p.member, p.membership_id;
