-- coverage_coalitions: every coalition, its declared size beside how many distinct actors the accepted memberships name (an actor reported twice, with conflicting dates, counts once; those that left are counted apart), the share named, and its note.
-- params: none
-- columns: coalition_id, short_name, declared_size, declared_size_unit, named, departed, records, share_named, note
WITH members AS (
    -- one row per coalition and actor: still a member unless every record of it has a leave date
    SELECT coalition_id, actor_id, bool_and("left" IS NOT NULL) AS departed, count(*) AS records
    FROM memberships
    WHERE status = 'accepted'
    GROUP BY coalition_id, actor_id
)
SELECT
    c.coalition_id, c.short_name, c.declared_size, c.declared_size_unit,
    count(m.actor_id) FILTER (WHERE NOT m.departed) AS named,
    count(m.actor_id) FILTER (WHERE m.departed) AS departed,
    coalesce(sum(m.records), 0)::BIGINT AS records,
    CASE WHEN c.declared_size > 0
         THEN count(m.actor_id) FILTER (WHERE NOT m.departed) / c.declared_size END AS share_named,
    c.note
FROM coalitions c
LEFT JOIN members m USING (coalition_id)
GROUP BY c.coalition_id, c.short_name, c.declared_size, c.declared_size_unit, c.note
ORDER BY share_named NULLS LAST, c.coalition_id;
