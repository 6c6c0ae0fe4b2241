-- disagreements: one page of the months in which sources report the same metric with different values or qualifiers, inside the filters; each with its first five figures (by date, then value) and how many there are.
-- params: $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: metric, label, month, unit, n_figures, reported, sources, n_total
WITH figures AS (
    SELECT s.stat_id, s.metric, s.unit, s.value, s.qualifier, s.as_of, s.as_of_precision, s.reported_by,
           date_trunc('month', s.as_of) AS month
    FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
    WHERE s.as_of_precision <> 'year'
),
groups AS (
    SELECT
        f.metric, m.label, f.month, f.unit,
        count(*) AS n_figures,
        min_by(f.stat_id, (f.as_of, f.value, f.stat_id), 5) AS first_ids,
        count(*) OVER () AS n_total
    FROM figures f
    JOIN metrics m USING (metric)
    GROUP BY f.metric, m.label, f.month, f.unit
    -- more than one distinct (value, qualifier) pair
    HAVING min(f.value) <> max(f.value) OR min(f.qualifier) <> max(f.qualifier)
    ORDER BY f.month, m.label, f.metric, f.unit
    LIMIT $limit OFFSET $offset
),
shown AS (
    SELECT metric, month, unit, unnest(first_ids) AS stat_id, generate_subscripts(first_ids, 1) AS nth
    FROM groups
)
SELECT
    g.metric, g.label, strftime(g.month, '%b %Y') AS month, g.unit, g.n_figures,
    string_agg(
        CASE f.qualifier WHEN 'exact' THEN '' WHEN 'more_than' THEN 'more than '
             WHEN 'at_least' THEN 'at least ' ELSE f.qualifier || ' ' END
        || format('{:,}', f.value::BIGINT) || ' (' || date_label(f.as_of, f.as_of_precision)
        || coalesce(', ' || a.name, '') || ')',
        '; ' ORDER BY sh.nth
    ) || CASE WHEN g.n_figures > 5 THEN format(' … and {:,} more', g.n_figures - 5) ELSE '' END AS reported,
    -- every outlet behind the figures shown, once
    array_to_string(list_sort(list_distinct(flatten(list(string_split(src.outlets, '; '))))), '; ') AS sources,
    g.n_total
FROM groups g
JOIN shown sh USING (metric, month, unit)
JOIN figures f ON f.stat_id = sh.stat_id
LEFT JOIN actors a ON a.actor_id = f.reported_by
LEFT JOIN record_sources('statistics', (SELECT list(stat_id) FROM shown)) src ON src.record_id = f.stat_id
GROUP BY g.metric, g.label, g.month, g.unit, g.n_figures, g.n_total
ORDER BY g.month, g.label, g.metric, g.unit;
