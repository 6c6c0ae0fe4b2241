-- date_span: the first and last day covered by any event, membership or figure.
-- params: none
-- columns: first_date, last_date
SELECT min(first_day) AS first_date, max(last_day) AS last_date
FROM (
    SELECT date AS first_day, period_end(date, date_precision) AS last_day FROM events
    UNION ALL
    SELECT joined, period_end(joined, joined_precision) FROM memberships
    UNION ALL
    SELECT as_of, period_end(as_of, as_of_precision) FROM statistics
);
