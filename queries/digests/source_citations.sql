-- source_citations: every citation, kept by source (the citations file is kept by record), so that one source's citations are read without reading them all.
-- columns: source_id, record_table, record_id, quote, note
SELECT source_id, record_table, record_id, quote, note
FROM citations
ORDER BY source_id, record_table, record_id;
