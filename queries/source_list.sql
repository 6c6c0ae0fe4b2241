-- source_list: one page of the sources (articles held in full first, then newest first) with how many records each supports, and how many sources there are.
-- params: $limit, $offset
-- columns: source_id, title, outlet, published, published_label, url, kind, n_records, n_total
WITH page AS (
    SELECT * FROM sources
    ORDER BY kind, published DESC NULLS LAST, title, source_id
    LIMIT $limit OFFSET $offset
),
cited AS (
    SELECT source_id, count(*) AS n_records
    FROM citations
    WHERE source_id IN (SELECT source_id FROM page)
    GROUP BY source_id
)
SELECT
    p.source_id, p.title, p.outlet, p.published,
    date_label(p.published, p.published_precision) AS published_label,
    p.url, p.kind, coalesce(c.n_records, 0) AS n_records,
    (SELECT count(*) FROM sources) AS n_total
FROM page p
LEFT JOIN cited c USING (source_id)
ORDER BY p.kind, p.published DESC NULLS LAST, p.title, p.source_id;
