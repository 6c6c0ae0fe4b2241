-- api_statistics: one page of the reported figures inside the filters, of one metric ($metric) or of all (NULL), in the case page's order, with citations and how many there are.
-- params: $metric, $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: stat_id, metric, label, value, qualifier, unit, as_of, as_of_end, as_of_precision, as_of_label, reported_by, reporter, subject_iso3, coalition_id, note, status, citations, n_total
-- The total is counted apart from the page: a window count would hold every matching row.
WITH matching AS NOT MATERIALIZED (
    SELECT s.*, coalesce(a.name, 'Reporter not stated') AS reporter
    FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
    LEFT JOIN actors a ON a.actor_id = s.reported_by
    WHERE $metric::VARCHAR IS NULL OR s.metric = $metric::VARCHAR
),
total AS (
    SELECT count(*) AS n_total FROM matching
),
page AS (
    SELECT *, (SELECT n_total FROM total) AS n_total
    FROM matching ORDER BY as_of, reporter, stat_id LIMIT $limit OFFSET $offset
)
SELECT
    s.stat_id, s.metric, m.label, s.value, s.qualifier, s.unit, s.as_of,
    period_end(s.as_of, s.as_of_precision) AS as_of_end, s.as_of_precision,
    date_label(s.as_of, s.as_of_precision) AS as_of_label, s.reported_by, s.reporter, s.subject_iso3,
    s.coalition_id, s.note, s.status, cit.citations, s.n_total
FROM page s
JOIN metrics m USING (metric)
LEFT JOIN record_citations('statistics', (SELECT list(stat_id) FROM page)) cit ON cit.record_id = s.stat_id
ORDER BY s.as_of, s.reporter, s.stat_id;
