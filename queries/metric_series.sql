-- metric_series: every figure of one metric inside the filters, by reporter and date.
-- params: $metric, $countries, $start_date, $end_date, $include_candidates
-- columns: stat_id, as_of, as_of_end, as_of_precision, as_of_label, value, qualifier, unit, reporter, outlets, citations, note, status
SELECT
    s.stat_id, s.as_of, period_end(s.as_of, s.as_of_precision) AS as_of_end, s.as_of_precision,
    date_label(s.as_of, s.as_of_precision) AS as_of_label,
    s.value, s.qualifier, s.unit,
    coalesce(a.name, 'Reporter not stated') AS reporter,
    src.outlets, src.citations, s.note, s.status
FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
LEFT JOIN actors a ON a.actor_id = s.reported_by
LEFT JOIN record_sources('statistics') src ON src.record_id = s.stat_id
WHERE s.metric = $metric
ORDER BY s.as_of, reporter, s.stat_id;
