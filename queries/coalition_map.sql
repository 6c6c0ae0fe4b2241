-- coalition_map: one row per member of one coalition at the end of the range, with its ISO3 code when it is a state (only those can be drawn on a map), its first role and first join date.
-- params: $coalition_id, $end_date, $include_candidates
-- columns: actor_id, member, actor_kind, iso3, role, joined_label
SELECT
    m.actor_id, a.name AS member, a.kind AS actor_kind, a.iso3,
    arg_min(m.role, m.joined) AS role,
    date_label(min(m.joined), arg_min(m.joined_precision, m.joined)) AS joined_label
FROM memberships_at_end([]::VARCHAR[], $end_date::DATE, $include_candidates) m
JOIN actors a USING (actor_id)
WHERE m.coalition_id = $coalition_id
GROUP BY m.actor_id, a.name, a.kind, a.iso3
ORDER BY a.iso3 IS NULL, a.name;
