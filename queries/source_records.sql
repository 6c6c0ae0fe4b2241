-- source_records: one page of the events, memberships, figures and coalitions drawn from one source, with the quote or note behind each, and how many there are.
-- params: $source_id, $limit, $offset
-- columns: record_table, record_id, date_label, record, quote, note, status, n_total
-- cited is read once (one scan of the citations), then each table looks up only those records; the
-- range of their ids lets DuckDB skip the parts of a large file that hold none of them
WITH cited AS MATERIALIZED (
    SELECT record_table, record_id, quote, note FROM source_citations WHERE source_id = $source_id
),
records AS (
    SELECT 'events' AS record_table, event_id AS record_id, date AS sort_date,
           date_label(date, date_precision) AS date_label, title AS record, status
    FROM events
    WHERE event_id IN (SELECT record_id FROM cited WHERE record_table = 'events')
      AND event_id BETWEEN (SELECT min(record_id) FROM cited WHERE record_table = 'events')
                       AND (SELECT max(record_id) FROM cited WHERE record_table = 'events')
    UNION ALL
    SELECT 'memberships', m.membership_id, m.joined, date_label(m.joined, m.joined_precision),
           a.name || ': ' || m.role || ' of ' || co.name, m.status
    FROM memberships m JOIN actors a USING (actor_id) JOIN coalitions co USING (coalition_id)
    WHERE m.membership_id IN (SELECT record_id FROM cited WHERE record_table = 'memberships')
    UNION ALL
    SELECT 'statistics', s.stat_id, s.as_of, date_label(s.as_of, s.as_of_precision),
           mt.label || ': ' || figure_value(s.value, s.qualifier) || ' ' || s.unit, s.status
    FROM statistics s JOIN metrics mt USING (metric)
    WHERE s.stat_id IN (SELECT record_id FROM cited WHERE record_table = 'statistics')
      AND s.stat_id BETWEEN (SELECT min(record_id) FROM cited WHERE record_table = 'statistics')
                        AND (SELECT max(record_id) FROM cited WHERE record_table = 'statistics')
    UNION ALL
    SELECT 'coalitions', coalition_id, established, date_label(established, established_precision),
           name, 'accepted'
    FROM coalitions
    WHERE coalition_id IN (SELECT record_id FROM cited WHERE record_table = 'coalitions')
)
SELECT c.record_table, c.record_id, r.date_label, r.record, c.quote, c.note, r.status, count(*) OVER () AS n_total
FROM cited c
JOIN records r USING (record_table, record_id)
ORDER BY r.sort_date NULLS LAST, c.record_table, c.record_id
LIMIT $limit OFFSET $offset;
