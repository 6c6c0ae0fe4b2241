-- record_extent: how much the dataset holds, with candidates left out (false) and shown (true), and the days it covers.
-- columns: include_candidates, events, members, memberships, figures, metrics, events_first, events_last, first_date, last_date
WITH dated AS (
    SELECT date AS first_day, period_end(date, date_precision) AS last_day FROM events
    UNION ALL
    SELECT joined, period_end(joined, joined_precision) FROM memberships
    UNION ALL
    SELECT as_of, period_end(as_of, as_of_precision) FROM statistics
),
span AS (SELECT min(first_day) AS first_date, max(last_day) AS last_date FROM dated),
events_span AS (SELECT min(date) AS first, max(period_end(date, date_precision)) AS last FROM events),
choice AS (SELECT unnest([false, true]) AS include_candidates)
SELECT
    c.include_candidates,
    (SELECT count(*) FROM events WHERE visible(status, c.include_candidates)) AS events,
    (SELECT count(DISTINCT actor_id) FROM memberships WHERE visible(status, c.include_candidates)) AS members,
    (SELECT count(*) FROM memberships WHERE visible(status, c.include_candidates)) AS memberships,
    (SELECT count(*) FROM statistics WHERE visible(status, c.include_candidates)) AS figures,
    (SELECT count(DISTINCT metric) FROM statistics WHERE visible(status, c.include_candidates)) AS metrics,
    e.first AS events_first, e.last AS events_last, s.first_date, s.last_date
FROM choice c, events_span e, span s
ORDER BY c.include_candidates;
