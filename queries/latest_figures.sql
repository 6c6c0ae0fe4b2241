-- latest_figures: the most recent figure of each metric inside the filters (latest date, then highest value, then last id), with its source.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: metric, label, unit, value, qualifier, as_of, as_of_precision, as_of_label, reported_by, outlets, citations, n_figures
WITH figures AS NOT MATERIALIZED (
    SELECT * FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
),
last AS (
    -- the latest date and highest value first: comparing dates and numbers is cheaper than ids
    SELECT metric, max((as_of, value)) AS top, count(*) AS n_figures FROM figures GROUP BY metric
),
latest AS (
    SELECT f.metric, max(f.stat_id) AS stat_id, any_value(l.n_figures) AS n_figures
    FROM figures f
    JOIN last l ON f.metric = l.metric AND f.as_of = l.top[1] AND f.value = l.top[2]
    WHERE f.as_of >= (SELECT min(top[1]) FROM last)  -- lets DuckDB read only the last part of the file
    GROUP BY f.metric
)
SELECT
    r.metric, m.label, s.unit, s.value, s.qualifier, s.as_of, s.as_of_precision,
    date_label(s.as_of, s.as_of_precision) AS as_of_label,
    a.name AS reported_by, src.outlets, src.citations, r.n_figures
FROM latest r
JOIN statistics s USING (stat_id)
JOIN metrics m ON m.metric = r.metric
LEFT JOIN actors a ON a.actor_id = s.reported_by
LEFT JOIN record_sources('statistics', (SELECT list(stat_id) FROM latest)) src ON src.record_id = r.stat_id
ORDER BY r.n_figures DESC, m.label;
