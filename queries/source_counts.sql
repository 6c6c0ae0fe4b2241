-- source_counts: how many records each source supports (one count of the whole citations table, kept by the cache, instead of a scan for every page of the source list).
-- params: none
-- columns: source_id, n_records
SELECT source_id, count(*) AS n_records
FROM citations
GROUP BY source_id
ORDER BY source_id;
