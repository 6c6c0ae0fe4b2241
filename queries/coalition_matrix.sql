-- coalition_matrix: one page of the membership matrix at the end of the range. Members are ranked by how many coalitions they belong to, then earliest join, then name; one cell per member and coalition: role, first join date, whether it joined inside the range, and the dates the sources give (the first three, then how many).
-- params: $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: actor_id, actor_name, actor_kind, coalition_id, role, joined, joined_precision, joined_label, join_dates, joined_in_range, first_join, n_records, row_rank, n_rows, unreviewed
WITH held AS (
    SELECT *
    FROM memberships_at_end($countries::VARCHAR[], $end_date::DATE, $include_candidates)
),
dates AS (
    SELECT actor_id, coalition_id,
           min_by(date_label(joined, joined_precision), (joined, joined_precision), 3) AS first_dates,
           count(*) AS n_dates
    FROM (SELECT DISTINCT actor_id, coalition_id, joined, joined_precision FROM held)
    GROUP BY actor_id, coalition_id
),
cells AS (
    SELECT
        h.actor_id,
        h.coalition_id,
        arg_min(h.role, (h.joined, h.joined_precision, h.membership_id)) AS role,
        min(h.joined) AS joined,
        arg_min(h.joined_precision, (h.joined, h.joined_precision, h.membership_id)) AS joined_precision,
        array_to_string(any_value(d.first_dates), ' / ')
            || CASE WHEN any_value(d.n_dates) > 3 THEN format(' … {} dates in all', any_value(d.n_dates)) ELSE '' END
            AS join_dates,
        bool_or(h.joined >= $start_date::DATE) AS joined_in_range,
        count(*) AS n_records,
        bool_and(h.status = 'candidate') AS unreviewed
    FROM held h
    JOIN dates d USING (actor_id, coalition_id)
    GROUP BY h.actor_id, h.coalition_id
),
members AS (
    SELECT
        c.actor_id,
        a.name AS actor_name,
        a.kind AS actor_kind,
        min(c.joined) AS first_join,
        row_number() OVER (ORDER BY count(*) DESC, min(c.joined), a.name, c.actor_id) AS row_rank,
        count(*) OVER () AS n_rows
    FROM cells c
    JOIN actors a USING (actor_id)
    GROUP BY c.actor_id, a.name, a.kind
)
SELECT
    c.actor_id, m.actor_name, m.actor_kind, c.coalition_id, c.role,
    c.joined, c.joined_precision, date_label(c.joined, c.joined_precision) AS joined_label,
    c.join_dates, c.joined_in_range, m.first_join, c.n_records, m.row_rank, m.n_rows, c.unreviewed
FROM cells c
JOIN members m USING (actor_id)
WHERE m.row_rank > $offset AND m.row_rank <= $offset + $limit
ORDER BY m.first_join, m.actor_name, c.coalition_id;
