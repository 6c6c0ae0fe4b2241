-- The sources behind some records of one table (ids: a list of their ids), one row per record,
-- as a list of citations a program can read: the source, where to find it, and the quote.
CREATE MACRO record_citations(tbl, ids) AS TABLE
    SELECT
        c.record_id,
        list({
            'source_id': s.source_id, 'title': s.title, 'outlet': s.outlet,
            'published': date_label(s.published, s.published_precision), 'url': s.url, 'kind': s.kind,
            'quote': c.quote, 'note': c.note
        } ORDER BY s.source_id) AS citations
    FROM citations c
    JOIN sources s USING (source_id)
    WHERE c.record_table = tbl
      AND c.record_id BETWEEN list_min(ids) AND list_max(ids)
      AND c.record_id IN (SELECT unnest(ids))
    GROUP BY c.record_id;
