-- A record's sources on one line, as the pages show them (aggregates over its citations, each
-- joined to its source): the outlets, and a readable citation list. One wording for the
-- cited_sources lookups and for the digest that keeps the lines of the figures pages show most.

CREATE MACRO outlets_line(outlet, title) AS
    string_agg(DISTINCT coalesce(outlet, title), '; ' ORDER BY coalesce(outlet, title));

CREATE MACRO citations_line(source_id, title, outlet, url) AS
    string_agg(title || coalesce(' (' || outlet || ')', '') || coalesce(' ' || url, ''), ' | ' ORDER BY source_id);

-- Each figure's sources line, from the citations and sources tables: what the digests that keep a
-- figure's sources beside it are made of.
CREATE MACRO figure_lines() AS TABLE
    SELECT
        c.record_id,
        outlets_line(s.outlet, s.title) AS outlets,
        citations_line(c.source_id, s.title, s.outlet, s.url) AS citations,
        count(*) AS n_sources
    FROM citations c
    JOIN sources s USING (source_id)
    WHERE c.record_table = 'statistics'
    GROUP BY c.record_id;
