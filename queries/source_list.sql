-- source_list: one page of the sources (articles held in full first, then newest first), and how many sources there are.
-- params: $limit, $offset
-- columns: source_id, title, outlet, published, published_label, url, kind, n_total
SELECT
    source_id, title, outlet, published,
    date_label(published, published_precision) AS published_label,
    url, kind,
    count(*) OVER () AS n_total
FROM sources
ORDER BY kind, published DESC NULLS LAST, title, source_id
LIMIT $limit OFFSET $offset;
