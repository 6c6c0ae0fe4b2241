-- source_listing: every source in the order its list shows them (articles held in full first, then newest first), numbered from 1, with how many records each supports.
-- columns: position, source_id, title, outlet, published, published_precision, url, kind, n_records
WITH usage AS (SELECT source_id, count(*) AS n_records FROM citations GROUP BY source_id)
SELECT
    row_number() OVER (ORDER BY s.kind, s.published DESC NULLS LAST, s.title, s.source_id) AS position,
    s.source_id, s.title, s.outlet, s.published, s.published_precision, s.url, s.kind,
    coalesce(u.n_records, 0) AS n_records
FROM sources s
LEFT JOIN usage u USING (source_id)
ORDER BY position;
