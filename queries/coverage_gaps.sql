-- coverage_gaps: per metric and reporter, how many accepted figures there are, the first and last date they refer to, and the longest gap in days between two consecutive dates, with the dates on either side (a month- or year-only figure counts from its first day).
-- params: none
-- columns: metric, label, reported_by, reporter, n_figures, first_as_of, last_as_of, gap_days, gap_from, gap_to
WITH dated AS (
    SELECT metric, reported_by, as_of,
           lag(as_of) OVER (PARTITION BY metric, reported_by ORDER BY as_of) AS previous
    FROM statistics
    WHERE status = 'accepted'
),
series AS (
    SELECT
        metric, reported_by, count(*) AS n_figures, min(as_of) AS first_as_of, max(as_of) AS last_as_of,
        max(as_of - previous) AS gap_days,
        -- the latest of the longest gaps, so that ties give one answer
        arg_max(previous, (as_of - previous, as_of)) FILTER (WHERE previous IS NOT NULL) AS gap_from,
        arg_max(as_of, (as_of - previous, as_of)) FILTER (WHERE previous IS NOT NULL) AS gap_to
    FROM dated
    GROUP BY metric, reported_by
)
SELECT
    s.metric, m.label, s.reported_by, coalesce(a.name, 'Reporter not stated') AS reporter,
    s.n_figures, s.first_as_of, s.last_as_of, s.gap_days, s.gap_from, s.gap_to
FROM series s
JOIN metrics m USING (metric)
LEFT JOIN actors a ON a.actor_id = s.reported_by
ORDER BY s.metric, reporter;
