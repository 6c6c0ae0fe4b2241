-- filter_options: the states and organisations a user can filter by, states first, by name.
-- params: none
-- columns: actor_id, name, kind, iso3, aliases
SELECT actor_id, name, kind, iso3, aliases
FROM actors
WHERE actor_id IN (SELECT actor_id FROM memberships)
   OR actor_id IN (SELECT unnest(actor_ids) FROM events)
   OR actor_id IN (SELECT reported_by FROM statistics)
ORDER BY kind <> 'state', name;
