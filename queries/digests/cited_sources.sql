-- cited_sources: every citation with the source it names (title, outlet, address, kind, date), kept by record like the citations file, so that the sources of some records are read in one place.
-- columns: record_table, record_id, source_id, quote, note, title, outlet, url, kind, published, published_precision
SELECT c.record_table, c.record_id, c.source_id, c.quote, c.note,
       s.title, s.outlet, s.url, s.kind, s.published, s.published_precision
FROM citations c
JOIN sources s USING (source_id)
ORDER BY c.record_table, c.record_id, c.source_id;
