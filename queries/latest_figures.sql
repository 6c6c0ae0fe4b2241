-- latest_figures: the most recent figure of each metric inside the filters, with its source.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: metric, label, unit, value, qualifier, as_of, as_of_precision, as_of_label, reported_by, outlets, citations, n_figures
WITH ranked AS (
    SELECT
        s.*,
        row_number() OVER (PARTITION BY s.metric ORDER BY s.as_of DESC, s.value DESC, s.stat_id) AS rank,
        count(*) OVER (PARTITION BY s.metric) AS n_figures
    FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
)
SELECT
    r.metric, m.label, r.unit, r.value, r.qualifier, r.as_of, r.as_of_precision,
    date_label(r.as_of, r.as_of_precision) AS as_of_label,
    a.name AS reported_by, src.outlets, src.citations, r.n_figures
FROM ranked r
JOIN metrics m USING (metric)
LEFT JOIN actors a ON a.actor_id = r.reported_by
LEFT JOIN record_sources('statistics') src ON src.record_id = r.stat_id
WHERE r.rank = 1
ORDER BY r.n_figures DESC, m.label;
