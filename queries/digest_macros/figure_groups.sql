-- The figures inside the filters in groups of one metric, unit, month, precision and status.
-- Without countries, a group the range holds whole comes from the figure_months digest, and only the
-- groups the range cuts through (day-precision figures of its first and last months) are counted
-- from the figures themselves; with countries, every group is counted from the figures.
CREATE MACRO figure_groups(countries, start_date, end_date, include_candidates) AS TABLE
    WITH kept AS (
        SELECT *, last_as_of <= end_date AND first_end >= start_date AS whole
        FROM figure_months
        WHERE len(countries) = 0
          AND visible(status, include_candidates)
          AND first_as_of <= end_date AND last_end >= start_date
    ),
    cut AS (SELECT metric, unit, month, as_of_precision, status FROM kept WHERE NOT whole)
    SELECT * EXCLUDE (whole) FROM kept WHERE whole
    UNION ALL
    SELECT g.*
    FROM figure_groups_in(
        countries, start_date, end_date, include_candidates, date_trunc('month', start_date)::DATE, last_day(start_date)
    ) g
    SEMI JOIN cut USING (metric, unit, month, as_of_precision, status)
    -- a range from the first of a month to the last of a month cuts no group: no figure is read
    WHERE day(start_date) <> 1 OR (last_day(start_date) = last_day(end_date) AND end_date <> last_day(end_date))
    UNION ALL
    SELECT g.*
    FROM figure_groups_in(
        countries, start_date, end_date, include_candidates, date_trunc('month', end_date)::DATE, last_day(end_date)
    ) g
    SEMI JOIN cut USING (metric, unit, month, as_of_precision, status)
    WHERE last_day(end_date) <> last_day(start_date) AND end_date <> last_day(end_date)
    UNION ALL
    SELECT * FROM figure_groups_in(countries, start_date, end_date, include_candidates, NULL, NULL)
    WHERE len(countries) > 0;
