-- Reported figures as they are said: the number with the words that qualify it, 'more than 19,000'.
-- The one wording of a figure in SQL; it matches accountability/charts.py (QUALIFIER_WORDS,
-- figure_value), which tests/test_queries.py checks for every qualifier of the schema.

CREATE MACRO qualifier_words(q) AS
    CASE q WHEN 'exact' THEN '' WHEN 'more_than' THEN 'more than ' WHEN 'at_least' THEN 'at least '
           WHEN 'at_most' THEN 'at most ' WHEN 'about' THEN 'about ' WHEN 'nearly' THEN 'nearly '
           ELSE '' END;

CREATE MACRO figure_value(v, q) AS
    qualifier_words(q)
    || CASE WHEN v = round(v) THEN format('{:,}', v::BIGINT) ELSE format('{:,.2f}', v) END;
