-- timeline_bins: how many events inside the filters fall in each period ($bin: day, week, month or quarter) of each category; an event dated only to a month or year counts in the period of its first day inside the range.
-- params: $bin, $countries, $start_date, $end_date, $include_candidates
-- columns: bin_start, category, n_events, n_partial
SELECT
    date_trunc($bin, greatest(date, $start_date::DATE))::DATE AS bin_start,
    category,
    count(*) AS n_events,
    count(*) FILTER (WHERE date_precision <> 'day') AS n_partial
FROM filtered_events($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
GROUP BY ALL
ORDER BY bin_start, category;
