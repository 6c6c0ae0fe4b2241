-- actor_events: one page of the events one state or organisation took part in, inside the date range, oldest first, with the other actors and the sources, and how many there are.
-- params: $actor_id, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: event_id, date, date_end, date_precision, date_label, title, category, place, actors, coalition, outlets, citations, note, status, n_total
WITH taken AS (
    SELECT *, count(*) OVER () AS n_total
    FROM filtered_events([$actor_id]::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
),
page AS (
    SELECT * FROM taken ORDER BY date, event_id LIMIT $limit OFFSET $offset
)
SELECT
    e.event_id, e.date, period_end(e.date, e.date_precision) AS date_end, e.date_precision,
    date_label(e.date, e.date_precision) AS date_label, e.title, e.category, e.place,
    (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM actors a
      WHERE list_contains(e.actor_ids, a.actor_id)) AS actors,
    c.name AS coalition, src.outlets, src.citations, e.note, e.status, e.n_total
FROM page e
LEFT JOIN coalitions c USING (coalition_id)
LEFT JOIN record_sources('events', (SELECT list(event_id) FROM page)) src ON src.record_id = e.event_id
ORDER BY e.date, e.event_id;
