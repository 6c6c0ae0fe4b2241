-- actor_sources: the sources behind the memberships, events and figures of one state or organisation, newest first, with how many of its records each supports.
-- params: $actor_id, $include_candidates
-- columns: source_id, title, outlet, published, published_label, url, kind, n_records
WITH actor AS (
    SELECT actor_id, iso3 FROM actors WHERE actor_id = $actor_id
),
records AS (
    SELECT 'memberships' AS record_table, membership_id AS record_id FROM memberships
    WHERE actor_id = $actor_id AND visible(status, $include_candidates)
    UNION ALL
    SELECT 'events', event_id FROM events
    WHERE list_contains(actor_ids, $actor_id) AND visible(status, $include_candidates)
    UNION ALL
    SELECT 'statistics', stat_id FROM statistics
    WHERE (reported_by = $actor_id OR subject_iso3 = (SELECT iso3 FROM actor)) AND visible(status, $include_candidates)
)
SELECT
    s.source_id, s.title, s.outlet, s.published, date_label(s.published, s.published_precision) AS published_label,
    s.url, s.kind, count(*) AS n_records
FROM citations c
JOIN records r USING (record_table, record_id)
JOIN sources s USING (source_id)
GROUP BY ALL
ORDER BY s.published DESC NULLS LAST, s.title, s.source_id;
