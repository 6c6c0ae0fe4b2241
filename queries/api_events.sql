-- api_events: one page of the events inside the filters in the timeline's order, with their ids, actors, coalition and citations, and how many there are.
-- params: $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: event_id, date, date_end, date_precision, date_label, title, category, place, actor_ids, actors, coalition_id, coalition, note, status, citations, n_total
-- The total is counted apart from the page: a window count would hold every matching row.
WITH total AS (
    SELECT count(*) AS n_total
    FROM filtered_events($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
),
page AS (
    SELECT *, (SELECT n_total FROM total) AS n_total
    FROM filtered_events($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
    ORDER BY date, event_id LIMIT $limit OFFSET $offset
)
SELECT
    e.event_id, e.date, period_end(e.date, e.date_precision) AS date_end, e.date_precision,
    date_label(e.date, e.date_precision) AS date_label, e.title, e.category, e.place, e.actor_ids,
    (SELECT list(a.name ORDER BY a.name) FROM actors a WHERE list_contains(e.actor_ids, a.actor_id)) AS actors,
    e.coalition_id, c.name AS coalition, e.note, e.status, cit.citations, e.n_total
FROM page e
LEFT JOIN coalitions c USING (coalition_id)
LEFT JOIN record_citations('events', (SELECT list(event_id) FROM page)) cit ON cit.record_id = e.event_id
ORDER BY e.date, e.event_id;
