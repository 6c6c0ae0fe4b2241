-- headline_sources: the sources line of every figure the figure_days digest names (each group's latest and first five): the figures the latest-figures and disagreements tables show when no country is chosen, kept in one small file instead of looked up among every citation.
-- columns: record_id, outlets, citations, n_sources
WITH groups AS MATERIALIZED (
    SELECT top, first_five
    FROM figure_groups_in([]::VARCHAR[], DATE '0001-01-01', DATE '9999-12-31', true)
),
named AS (
    SELECT top.stat_id FROM groups
    UNION
    SELECT unnest(first_five).stat_id FROM groups
)
SELECT
    c.record_id,
    outlets_line(s.outlet, s.title) AS outlets,
    citations_line(c.source_id, s.title, s.outlet, s.url) AS citations,
    count(*) AS n_sources
FROM citations c
JOIN sources s USING (source_id)
WHERE c.record_table = 'statistics' AND c.record_id IN (SELECT stat_id FROM named)
GROUP BY c.record_id
ORDER BY c.record_id;
