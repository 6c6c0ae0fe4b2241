-- disagreements: one page of the months in which sources report the same metric with different values or qualifiers, inside the filters; each with its first five figures (by date, then value, then id) and how many there are.
-- params: $countries, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: metric, label, month, unit, n_figures, reported, sources, n_total
WITH figures AS NOT MATERIALIZED (
    SELECT s.stat_id, s.metric, s.unit, s.value, s.qualifier, s.as_of, s.as_of_precision, s.reported_by,
           date_trunc('month', s.as_of) AS month
    FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
    WHERE s.as_of_precision <> 'year'
),
page AS MATERIALIZED (
    SELECT g.metric, m.label, g.month, g.unit, g.n_figures, count(*) OVER () AS n_total
    FROM (
        SELECT metric, month, unit, count(*) AS n_figures
        FROM figures
        GROUP BY ALL
        -- more than one distinct (value, qualifier) pair
        HAVING min(value) <> max(value) OR min(qualifier) <> max(qualifier)
    ) g
    JOIN metrics m USING (metric)
    ORDER BY g.month, m.label, g.metric, g.unit
    LIMIT $limit OFFSET $offset
),
shown AS (
    -- the first five figures of each month on the page; the date range lets DuckDB read only those months
    SELECT f.*, row_number() OVER (PARTITION BY f.metric, f.month, f.unit ORDER BY f.as_of, f.value, f.stat_id) AS nth
    FROM figures f
    JOIN page p USING (metric, month, unit)
    WHERE f.as_of >= (SELECT min(month) FROM page) AND f.as_of < (SELECT max(month) FROM page) + INTERVAL 1 MONTH
    QUALIFY nth <= 5
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
LEFT JOIN record_sources('statistics', (SELECT list(stat_id) FROM shown)) src ON src.record_id = f.stat_id
GROUP BY p.metric, p.label, p.month, p.unit, p.n_figures, p.n_total
ORDER BY p.month, p.label, p.metric, p.unit;
