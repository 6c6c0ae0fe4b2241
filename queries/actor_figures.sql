-- actor_figures: one page of the figures one state or organisation reported, or that are about it (its ISO3 code as the subject), inside the date range, newest first, and how many there are.
-- params: $actor_id, $start_date, $end_date, $include_candidates, $limit, $offset
-- columns: stat_id, as_of, as_of_label, label, value, qualifier, unit, reporter, relation, outlets, citations, note, status, n_total
WITH actor AS (
    SELECT actor_id, iso3 FROM actors WHERE actor_id = $actor_id
),
taken AS (
    SELECT s.*, count(*) OVER () AS n_total
    FROM statistics s, actor a
    WHERE visible(s.status, $include_candidates)
      AND s.as_of <= $end_date::DATE
      AND period_end(s.as_of, s.as_of_precision) >= $start_date::DATE
      AND (s.reported_by = a.actor_id OR s.subject_iso3 = a.iso3)
),
page AS (
    SELECT * FROM taken ORDER BY as_of DESC, metric, stat_id LIMIT $limit OFFSET $offset
)
SELECT
    s.stat_id, s.as_of, date_label(s.as_of, s.as_of_precision) AS as_of_label, m.label, s.value, s.qualifier,
    s.unit, coalesce(r.name, 'Reporter not stated') AS reporter,
    CASE WHEN s.reported_by = $actor_id AND s.subject_iso3 = (SELECT iso3 FROM actor) THEN 'reported by it, about it'
         WHEN s.reported_by = $actor_id THEN 'reported by it'
         ELSE 'about it' END AS relation,
    src.outlets, src.citations, s.note, s.status, s.n_total
FROM page s
JOIN metrics m USING (metric)
LEFT JOIN actors r ON r.actor_id = s.reported_by
LEFT JOIN record_sources('statistics', (SELECT list(stat_id) FROM page)) src ON src.record_id = s.stat_id
ORDER BY s.as_of DESC, s.metric, s.stat_id;
