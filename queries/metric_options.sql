-- metric_options: the metrics with at least one figure, most reported first.
-- params: $include_candidates
-- columns: metric, label, unit, description, n_figures
SELECT m.metric, m.label, m.unit, m.description, sum(g.n_figures)::BIGINT AS n_figures
FROM metrics m
JOIN figure_days g USING (metric)
WHERE visible(g.status, $include_candidates)
GROUP BY ALL
ORDER BY n_figures DESC, m.label;
