-- actor_usage: how many events, memberships and figures name each actor (only actors named at least once).
-- columns: actor_id, n_events, n_memberships, n_figures
WITH named AS (
    SELECT unnest(actor_ids) AS actor_id, 1 AS n_events, 0 AS n_memberships, 0 AS n_figures FROM events
    UNION ALL
    SELECT actor_id, 0, 1, 0 FROM memberships
    UNION ALL
    SELECT reported_by, 0, 0, 1 FROM statistics WHERE reported_by IS NOT NULL
)
SELECT actor_id, sum(n_events)::BIGINT AS n_events, sum(n_memberships)::BIGINT AS n_memberships,
       sum(n_figures)::BIGINT AS n_figures
FROM named
GROUP BY actor_id
ORDER BY actor_id;
