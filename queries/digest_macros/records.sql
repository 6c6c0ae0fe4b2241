-- The citations of some records of one table (ids: a list of their ids), each with its source,
-- from the cited_sources digest. Taking the ids lets DuckDB read only the citations of the rows on
-- screen; the range of the ids lets it skip the parts of the file that hold none of them.
CREATE MACRO cited(tbl, ids) AS TABLE
    SELECT record_id, quote, note, source_id, title, outlet, url, kind, published, published_precision
    FROM cited_sources
    WHERE record_table = tbl
      AND record_id BETWEEN list_min(ids) AND list_max(ids)
      AND record_id IN (SELECT unnest(ids));

-- The sources behind some records, one row per record, as a list of citations a program can read:
-- the source, where to find it, and the quote.
CREATE MACRO record_citations(tbl, ids) AS TABLE
    SELECT
        record_id,
        list({
            'source_id': source_id, 'title': title, 'outlet': outlet,
            'published': date_label(published, published_precision), 'url': url, 'kind': kind,
            'quote': quote, 'note': note
        } ORDER BY source_id) AS citations
    FROM cited(tbl, ids)
    GROUP BY record_id;

-- The sources behind some records, one line per record: as outlets and as a readable citation list.
CREATE MACRO record_sources(tbl, ids) AS TABLE
    SELECT
        record_id,
        outlets_line(outlet, title) AS outlets,
        citations_line(source_id, title, outlet, url) AS citations,
        count(*) AS n_sources
    FROM cited(tbl, ids)
    GROUP BY record_id;

-- The sources behind some figures, as record_sources gives them. Without countries, the figures a
-- page takes from the figure_days digest (each group's latest and first five) are all in the
-- headline_sources digest, a small file; with countries they are looked up among all citations.
CREATE MACRO figure_sources(countries, ids) AS TABLE
    SELECT * FROM headline_sources
    WHERE len(countries) = 0 AND record_id IN (SELECT unnest(ids))
    UNION ALL
    SELECT * FROM record_sources('statistics', ids)
    WHERE len(countries) > 0;
