-- source_list: one page of the sources (articles held in full first, then newest first), with how many records each supports, and how many sources there are.
-- params: $limit, $offset
-- columns: source_id, title, outlet, published, published_label, url, kind, n_records, n_total
SELECT
    source_id, title, outlet, published,
    date_label(published, published_precision) AS published_label,
    url, kind, n_records,
    (SELECT count(*) FROM source_listing) AS n_total
FROM source_listing
WHERE position > $offset AND position <= $offset + $limit
ORDER BY position;
