-- metric_definitions: every metric the dataset defines, with its unit, its description and how many reviewed figures it has, by label.
-- params: none
-- columns: metric, label, unit, description, n_figures
SELECT m.metric, m.label, m.unit, m.description, count(s.stat_id) AS n_figures
FROM metrics m
LEFT JOIN statistics s ON s.metric = m.metric AND s.status = 'accepted'
GROUP BY ALL
ORDER BY m.label, m.metric;
