-- states_by_events: every state that takes part in an event, the most frequent first.
-- params: none
-- columns: actor_id, events
SELECT actor_id, count(*) AS events
FROM (SELECT unnest(actor_ids) AS actor_id FROM events)
JOIN actors USING (actor_id)
WHERE kind = 'state'
GROUP BY actor_id
ORDER BY events DESC, actor_id;
