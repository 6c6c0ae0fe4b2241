-- filter_options: the states and organisations a user can filter by (those that appear in any table), states first, by name.
-- params: none
-- columns: actor_id, name, kind, iso3, aliases
SELECT actor_id, name, kind, iso3, aliases
FROM actors
WHERE actor_id IN (SELECT actor_id FROM actor_usage)
ORDER BY kind <> 'state', name;
