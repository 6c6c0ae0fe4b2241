-- scale: how many events, memberships and figures the dataset holds.
-- params: none
-- columns: events, memberships, statistics
SELECT
    (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM memberships) AS memberships,
    (SELECT count(*) FROM statistics) AS statistics;
