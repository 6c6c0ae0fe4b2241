-- disagreements: the same metric reported with different values or qualifiers for the same month, inside the filters.
-- params: $countries, $start_date, $end_date, $include_candidates
-- columns: metric, label, month, unit, n_figures, reported, sources
WITH figures AS (
    SELECT s.*, date_trunc('month', s.as_of) AS month
    FROM filtered_statistics($countries::VARCHAR[], $start_date::DATE, $end_date::DATE, $include_candidates) s
    WHERE s.as_of_precision <> 'year'
),
groups AS (
    SELECT metric, month, unit
    FROM figures
    GROUP BY ALL
    HAVING count(DISTINCT (value, qualifier)) > 1
)
SELECT
    f.metric, m.label, strftime(f.month, '%b %Y') AS month, f.unit,
    count(*) AS n_figures,
    string_agg(
        CASE f.qualifier WHEN 'exact' THEN '' WHEN 'more_than' THEN 'more than '
             WHEN 'at_least' THEN 'at least ' WHEN 'at_most' THEN 'at most ' ELSE f.qualifier || ' ' END
        || format('{:,}', f.value::BIGINT) || ' (' || date_label(f.as_of, f.as_of_precision)
        || coalesce(', ' || a.name, '') || ')',
        '; ' ORDER BY f.as_of, f.value
    ) AS reported,
    string_agg(DISTINCT src.outlets, '; ') AS sources
FROM figures f
JOIN groups g USING (metric, month, unit)
JOIN metrics m USING (metric)
LEFT JOIN actors a ON a.actor_id = f.reported_by
LEFT JOIN record_sources('statistics') src ON src.record_id = f.stat_id
GROUP BY f.metric, m.label, f.month, f.unit
ORDER BY f.month, m.label;
