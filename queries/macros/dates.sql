-- Partial dates: a date column holds the first day of the period its *_precision column names
-- (day, month or year). These macros say where the period ends and how to write it; they match
-- accountability/dates.py (period_end, label), which tests/test_dates_and_corpus.py checks.

-- The last day of the period a partial date names.
CREATE MACRO period_end(d, p) AS
    CASE p WHEN 'year' THEN make_date(year(d), 12, 31)
           WHEN 'month' THEN last_day(d)
           ELSE d END;

-- A label that never claims more than the precision: '14 Jul 2022', 'Mar 2023', '2024'.
CREATE MACRO date_label(d, p) AS
    CASE WHEN d IS NULL THEN NULL
         WHEN p = 'year' THEN strftime(d, '%Y')
         WHEN p = 'month' THEN strftime(d, '%b %Y')
         ELSE strftime(d, '%-d %b %Y') END;
