-- source_list: every source, newest first, with how many records it supports.
-- params: none
-- columns: source_id, title, outlet, published, published_label, url, kind, n_records
SELECT
    s.source_id, s.title, s.outlet, s.published,
    date_label(s.published, s.published_precision) AS published_label,
    s.url, s.kind, count(c.record_id) AS n_records
FROM sources s
LEFT JOIN citations c USING (source_id)
GROUP BY ALL
ORDER BY s.kind, s.published DESC NULLS LAST, s.title;
