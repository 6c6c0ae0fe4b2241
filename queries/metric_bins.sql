-- metric_bins: the figures of one metric inside the filters per reporter and period ($bin: day, week, month or quarter): how many, their range, and the latest (latest date, then highest value, then qualifier) with its unit; a month- or year-only figure counts in the period of its first day inside the range.
-- params: $bin, $metric, $countries, $start_date, $end_date, $include_candidates
-- columns: bin_start, reporter, n_figures, value_min, value_max, value_last, qualifier_last, as_of_last, unit
WITH bins AS (
    SELECT
        date_trunc($bin, greatest(as_of, $start_date::DATE))::DATE AS bin_start,
        reported_by,
        sum(n_figures)::BIGINT AS n_figures,
        min(value_min) AS value_min,
        max(value_max) AS value_max,
        max(last) AS last
    FROM reporter_groups($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
    WHERE metric = $metric
    GROUP BY ALL
)
SELECT
    b.bin_start, coalesce(a.name, 'Reporter not stated') AS reporter, b.n_figures, b.value_min, b.value_max,
    b.last.value AS value_last, b.last.qualifier AS qualifier_last, b.last.as_of AS as_of_last, b.last.unit AS unit
FROM bins b
LEFT JOIN actors a ON a.actor_id = b.reported_by
ORDER BY b.bin_start, reporter, b.reported_by;
