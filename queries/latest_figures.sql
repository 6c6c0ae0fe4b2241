-- latest_figures: the most recent figure of each metric inside the filters (latest date, then highest value, then last id), with its source.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: metric, label, unit, value, qualifier, as_of, as_of_precision, as_of_label, reported_by, outlets, citations, n_figures
WITH latest AS (
    SELECT metric, max(top) AS top, sum(n_figures)::BIGINT AS n_figures
    FROM figure_groups($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
    GROUP BY metric
),
chosen AS MATERIALIZED (
    -- the figures themselves: their dates let DuckDB read only the parts of the file that hold them
    SELECT s.*, l.n_figures
    FROM statistics s
    JOIN latest l ON s.stat_id = l.top.stat_id AND s.metric = l.metric AND s.as_of = l.top.as_of
)
SELECT
    s.metric, m.label, s.unit, s.value, s.qualifier, s.as_of, s.as_of_precision,
    date_label(s.as_of, s.as_of_precision) AS as_of_label,
    a.name AS reported_by, src.outlets, src.citations, s.n_figures
FROM chosen s
JOIN metrics m ON m.metric = s.metric
LEFT JOIN actors a ON a.actor_id = s.reported_by
LEFT JOIN figure_sources($countries::VARCHAR[], (SELECT list(stat_id) FROM chosen)) src ON src.record_id = s.stat_id
ORDER BY s.n_figures DESC, m.label;
