-- coalition_columns: every coalition established by the end of the range, oldest first, with its declared size and how many members we can name then.
-- params: $end_date, $include_candidates
-- columns: coalition_id, name, short_name, kind, established, established_label, declared_size, declared_size_unit, named_members, size_label
WITH named AS (
    SELECT coalition_id, count(DISTINCT actor_id) AS named_members
    FROM memberships_at_end([]::VARCHAR[], $end_date::DATE, $include_candidates)
    GROUP BY coalition_id
)
SELECT
    c.coalition_id, c.name, c.short_name, c.kind, c.established,
    date_label(c.established, c.established_precision) AS established_label,
    c.declared_size, c.declared_size_unit,
    coalesce(n.named_members, 0) AS named_members,
    CASE WHEN c.declared_size IS NULL THEN coalesce(n.named_members, 0) || ' named'
         ELSE c.declared_size || ' ' || coalesce(c.declared_size_unit, 'members') || ', '
              || coalesce(n.named_members, 0) || ' named' END AS size_label
FROM coalitions c
LEFT JOIN named n USING (coalition_id)
WHERE (coalesce(c.established, DATE '1900-01-01') <= $end_date::DATE OR n.named_members > 0)
  -- A coalition the ingest proposed shows only with the unreviewed records, until one is accepted.
  AND (coalesce(c.note, '') NOT LIKE 'Proposed by ingest%unreviewed.' OR $include_candidates)
ORDER BY c.established NULLS LAST, c.coalition_id;
