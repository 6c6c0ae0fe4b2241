-- listed_figures: every figure with its sources line beside it, kept by metric and date, so that a page of one metric's figures reads only the part of one file that holds them.
-- columns: stat_id, metric, value, qualifier, unit, as_of, as_of_precision, reported_by, note, status, outlets, citations
SELECT
    s.stat_id, s.metric, s.value, s.qualifier, s.unit, s.as_of, s.as_of_precision, s.reported_by, s.note, s.status,
    l.outlets, l.citations
FROM statistics s
LEFT JOIN figure_lines() l ON l.record_id = s.stat_id
ORDER BY s.metric, s.as_of, s.stat_id;
