-- metric_bins: the figures of one metric inside the filters per reporter and period ($bin: day, week, month or quarter): how many, their range, and the latest (latest date, then highest value); a month- or year-only figure counts in the period of its first day inside the range.
-- params: $bin, $metric, $countries, $start_date, $end_date, $include_candidates
-- columns: bin_start, reporter, n_figures, value_min, value_max, value_last, qualifier_last, as_of_last, unit
SELECT
    date_trunc($bin, greatest(s.as_of, $start_date::DATE))::DATE AS bin_start,
    coalesce(a.name, 'Reporter not stated') AS reporter,
    count(*) AS n_figures,
    min(s.value) AS value_min,
    max(s.value) AS value_max,
    arg_max(s.value, (s.as_of, s.value, s.stat_id)) AS value_last,
    arg_max(s.qualifier, (s.as_of, s.value, s.stat_id)) AS qualifier_last,
    max(s.as_of) AS as_of_last,
    any_value(s.unit) AS unit
FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
LEFT JOIN actors a ON a.actor_id = s.reported_by
WHERE s.metric = $metric
GROUP BY ALL
ORDER BY bin_start, reporter;
