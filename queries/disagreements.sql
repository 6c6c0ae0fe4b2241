-- disagreements: one page of the months in which sources report the same metric with different values or qualifiers, inside the filters; each with its first five figures (by date, then value, then id) and how many there are.
-- params: $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: metric, label, month, unit, n_figures, reported, sources, n_total
WITH groups AS MATERIALIZED (
    SELECT *
    FROM figure_groups($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates)
    WHERE as_of_precision <> 'year'
),
page AS MATERIALIZED (
    SELECT g.*, m.label, count(*) OVER () AS n_total
    FROM (
        SELECT metric, month, unit, sum(n_figures)::BIGINT AS n_figures
        FROM groups
        GROUP BY metric, month, unit
        -- more than one distinct (value, qualifier) pair
        HAVING min(value_min) <> max(value_max) OR min(qualifier_min) <> max(qualifier_max)
    ) g
    JOIN metrics m USING (metric)
    ORDER BY g.month, m.label, g.metric, g.unit
    LIMIT $limit OFFSET $offset
),
shown AS MATERIALIZED (
    -- the first five of each month on the page: its groups' first five, merged
    SELECT
        g.metric, g.month, g.unit, f.nth, f.figure.stat_id, f.figure.as_of, f.figure.as_of_precision,
        f.figure.value, f.figure.qualifier, f.figure.reported_by
    FROM (
        SELECT metric, month, unit, list_sort(flatten(list(first_five)))[1:5] AS first_five
        FROM groups
        SEMI JOIN page USING (metric, month, unit)
        GROUP BY metric, month, unit
    ) g, unnest(g.first_five) WITH ORDINALITY AS f(figure, nth)
)
SELECT
    p.metric, p.label, strftime(p.month, '%b %Y') AS month, p.unit, p.n_figures,
    string_agg(
        figure_value(f.value, f.qualifier) || ' (' || date_label(f.as_of, f.as_of_precision)
        || coalesce(', ' || a.name, '') || ')',
        '; ' ORDER BY f.nth
    ) || CASE WHEN p.n_figures > 5 THEN format(' … and {:,} more', p.n_figures - 5) ELSE '' END AS reported,
    -- every outlet behind the figures shown, once
    array_to_string(list_sort(list_distinct(flatten(list(string_split(src.outlets, '; '))))), '; ') AS sources,
    p.n_total
FROM page p
JOIN shown f USING (metric, month, unit)
LEFT JOIN actors a ON a.actor_id = f.reported_by
LEFT JOIN figure_sources($countries::VARCHAR[], (SELECT list(stat_id) FROM shown)) src ON src.record_id = f.stat_id
GROUP BY p.metric, p.label, p.month, p.unit, p.n_figures, p.n_total
ORDER BY p.month, p.label, p.metric, p.unit;
