-- api_citations: the citations of some records of one table ($record_table, $ids), one row per record.
-- params: $record_table, $ids
-- columns: record_id, citations
SELECT record_id, citations
FROM record_citations($record_table, $ids::VARCHAR[])
ORDER BY record_id;
