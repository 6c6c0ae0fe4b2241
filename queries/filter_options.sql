-- filter_options: the states and organisations a user can filter by (those that appear in any table), states first, by name.
-- params: none
-- columns: actor_id, name, kind, iso3, aliases
WITH used AS (
    -- UNION keeps each id once as it goes, instead of holding every event's actors in memory
    SELECT actor_id FROM memberships
    UNION
    SELECT reported_by FROM statistics
    UNION
    SELECT unnest(actor_ids) FROM events
)
SELECT actor_id, name, kind, iso3, aliases
FROM actors
WHERE actor_id IN (SELECT actor_id FROM used)
ORDER BY kind <> 'state', name;
