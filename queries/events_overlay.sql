-- events_overlay: the events inside the filters as markers for a chart, oldest first: date, the middle of its period, title, category and sources; at most $limit of them.
-- params: $countries, $start_date, $end_date, $include_candidates, $limit
-- columns: event_id, date, date_precision, date_label, middle, title, category, outlets, status
WITH page AS (
    SELECT *
    FROM filtered_events($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
    ORDER BY date, event_id
    LIMIT $limit
)
SELECT
    e.event_id, e.date, e.date_precision, date_label(e.date, e.date_precision) AS date_label,
    e.date + ((period_end(e.date, e.date_precision) - e.date) // 2)::INTEGER AS middle,
    e.title, e.category, src.outlets, e.status
FROM page e
LEFT JOIN record_sources('events', (SELECT list(event_id) FROM page)) src ON src.record_id = e.event_id
ORDER BY e.date, e.event_id;
