-- dataset_summary: how much the dataset holds, whatever the filters.
-- params: $include_candidates
-- columns: events, coalitions, members, memberships, figures, metrics, sources, corpus_documents, first_date, last_date
SELECT
    (SELECT count(*) FROM events WHERE visible(status, $include_candidates)) AS events,
    (SELECT count(*) FROM coalitions) AS coalitions,
    (SELECT count(DISTINCT actor_id) FROM memberships WHERE visible(status, $include_candidates)) AS members,
    (SELECT count(*) FROM memberships WHERE visible(status, $include_candidates)) AS memberships,
    (SELECT count(*) FROM statistics WHERE visible(status, $include_candidates)) AS figures,
    (SELECT count(DISTINCT metric) FROM statistics WHERE visible(status, $include_candidates)) AS metrics,
    (SELECT count(*) FROM sources) AS sources,
    (SELECT count(*) FROM sources WHERE kind = 'corpus') AS corpus_documents,
    (SELECT first_date FROM (SELECT min(date) AS first_date FROM events)) AS first_date,
    (SELECT last_date FROM (SELECT max(period_end(date, date_precision)) AS last_date FROM events)) AS last_date;
