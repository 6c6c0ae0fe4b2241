-- metric_options: the metrics with at least one figure, most reported first.
-- params: $include_candidates
-- columns: metric, label, unit, description, n_figures
SELECT m.metric, m.label, m.unit, m.description, count(s.stat_id) AS n_figures
FROM metrics m
JOIN statistics s USING (metric)
WHERE visible(s.status, $include_candidates)
GROUP BY ALL
ORDER BY n_figures DESC, m.label;
