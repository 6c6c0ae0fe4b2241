-- metric_series: one page of the figures of one metric inside the filters, by date and reporter.
-- params: $metric, $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: stat_id, as_of, as_of_end, as_of_precision, as_of_label, value, qualifier, unit, reporter, reported_by, outlets, citations, note, status
WITH page AS MATERIALIZED (
    SELECT s.*, coalesce(a.name, 'Reporter not stated') AS reporter
    FROM figure_rows($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
    LEFT JOIN actors a ON a.actor_id = s.reported_by
    WHERE s.metric = $metric
    ORDER BY s.as_of, reporter, s.stat_id
    LIMIT $limit OFFSET $offset
),
looked_up AS (
    -- with countries the page's figures came without their sources: only theirs are looked up
    SELECT * FROM record_sources('statistics', (SELECT list(stat_id) FROM page))
    WHERE len($countries::VARCHAR[]) > 0
)
SELECT
    s.stat_id, s.as_of, period_end(s.as_of, s.as_of_precision) AS as_of_end, s.as_of_precision,
    date_label(s.as_of, s.as_of_precision) AS as_of_label,
    s.value, s.qualifier, s.unit, s.reporter, s.reported_by,
    coalesce(s.outlets, src.outlets) AS outlets, coalesce(s.citations, src.citations) AS citations,
    s.note, s.status
FROM page s
LEFT JOIN looked_up src ON src.record_id = s.stat_id
ORDER BY s.as_of, s.reporter, s.stat_id;
