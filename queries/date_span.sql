-- date_span: the first and last day covered by any event, membership or figure.
-- params: none
-- columns: first_date, last_date
SELECT first_date, last_date FROM record_extent WHERE include_candidates;
