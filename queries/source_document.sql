-- source_document: one source with its text (corpus documents only) and its quoted passages.
-- params: $source_id
-- columns: source_id, title, outlet, published_label, url, kind, note, text, quotes
SELECT
    s.source_id, s.title, s.outlet, date_label(s.published, s.published_precision) AS published_label,
    s.url, s.kind, s.note, s.text,
    list(c.quote ORDER BY c.record_table, c.record_id) FILTER (WHERE c.quote IS NOT NULL) AS quotes
FROM sources s
LEFT JOIN source_citations c USING (source_id)
WHERE s.source_id = $source_id
GROUP BY ALL;
