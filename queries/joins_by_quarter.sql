-- joins_by_quarter: how many members joined each coalition in each quarter of the range (a join dated to the day or month), and per year for joins the sources date only to the year; with the first members' names. A member whose sources give different join dates counts once, at the earliest.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: coalition_id, short_name, name, established, period, period_start, n_joins, members
WITH joins AS (
    SELECT m.coalition_id, m.actor_id, min(m.joined) AS joined,
           CASE WHEN arg_min(m.joined_precision, m.joined) = 'year' THEN 'year' ELSE 'quarter' END AS period
    FROM memberships m
    WHERE visible(m.status, $include_candidates)
      AND m.joined <= $end_date::DATE
      AND period_end(m.joined, m.joined_precision) >= $start_date::DATE
      AND (len($countries::VARCHAR[]) = 0 OR list_contains($countries::VARCHAR[], m.actor_id))
    GROUP BY m.coalition_id, m.actor_id
),
counted AS (
    SELECT
        j.coalition_id, j.period,
        date_trunc(j.period, j.joined)::DATE AS period_start,
        count(*) AS n_joins,
        list(DISTINCT a.name ORDER BY a.name) AS names
    FROM joins j
    JOIN actors a USING (actor_id)
    GROUP BY ALL
)
SELECT
    c.coalition_id, coalesce(c.short_name, c.name) AS short_name, c.name, c.established,
    n.period, n.period_start, n.n_joins,
    array_to_string(n.names[1:5], ', ')
        || CASE WHEN len(n.names) > 5 THEN format(' and {} more', len(n.names) - 5) ELSE '' END AS members
FROM counted n
JOIN coalitions c USING (coalition_id)
ORDER BY c.established NULLS LAST, c.coalition_id, n.period_start;
