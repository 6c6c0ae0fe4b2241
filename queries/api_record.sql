-- api_record: one record of any table by its id, as JSON, and the table it is in (a source without its full text).
-- params: $record_id
-- columns: record_table, record
SELECT 'events' AS record_table, to_json(e) AS record FROM events e WHERE event_id = $record_id
UNION ALL
SELECT 'memberships', to_json(m) FROM memberships m WHERE membership_id = $record_id
UNION ALL
SELECT 'statistics', to_json(s) FROM statistics s WHERE stat_id = $record_id
UNION ALL
SELECT 'coalitions', to_json(c) FROM coalitions c WHERE coalition_id = $record_id
UNION ALL
SELECT 'actors', to_json(a) FROM actors a WHERE actor_id = $record_id
UNION ALL
SELECT 'sources', to_json(s) FROM (SELECT * EXCLUDE (text) FROM sources WHERE source_id = $record_id) s;
