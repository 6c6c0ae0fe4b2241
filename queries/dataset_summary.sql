-- dataset_summary: how much the dataset holds, whatever the filters.
-- params: $include_candidates
-- columns: events, coalitions, members, memberships, figures, metrics, sources, corpus_documents, first_date, last_date
SELECT
    e.events,
    (SELECT count(*) FROM coalitions) AS coalitions,
    e.members, e.memberships, e.figures, e.metrics,
    (SELECT count(*) FROM sources) AS sources,
    (SELECT count(*) FROM sources WHERE kind = 'corpus') AS corpus_documents,
    e.events_first AS first_date, e.events_last AS last_date
FROM record_extent e
WHERE e.include_candidates = $include_candidates;
