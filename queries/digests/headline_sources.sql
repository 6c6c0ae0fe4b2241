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
SELECT *
FROM figure_lines()
WHERE record_id IN (SELECT stat_id FROM named)
ORDER BY record_id;
