-- coalition_matrix: one cell per member and coalition at the end of the range: role, first join date, whether it joined inside the range, and every date the sources give.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: actor_id, actor_name, actor_kind, coalition_id, role, joined, joined_precision, joined_label, join_dates, joined_in_range, first_join, n_records, unreviewed
WITH held AS (
    SELECT *
    FROM memberships_at_end($countries::VARCHAR[], $end_date::DATE, $include_candidates)
),
cells AS (
    SELECT
        actor_id,
        coalition_id,
        arg_min(role, joined) AS role,
        min(joined) AS joined,
        arg_min(joined_precision, joined) AS joined_precision,
        string_agg(DISTINCT date_label(joined, joined_precision), ' / ') AS join_dates,
        bool_or(joined >= $start_date::DATE) AS joined_in_range,
        count(*) AS n_records,
        bool_and(status = 'candidate') AS unreviewed
    FROM held
    GROUP BY actor_id, coalition_id
)
SELECT
    c.actor_id, a.name AS actor_name, a.kind AS actor_kind, c.coalition_id, c.role,
    c.joined, c.joined_precision, date_label(c.joined, c.joined_precision) AS joined_label,
    c.join_dates, c.joined_in_range,
    min(c.joined) OVER (PARTITION BY c.actor_id) AS first_join,
    c.n_records, c.unreviewed
FROM cells c
JOIN actors a USING (actor_id)
ORDER BY first_join, actor_name, c.coalition_id;
