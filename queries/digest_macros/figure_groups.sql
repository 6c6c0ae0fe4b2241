-- The figures inside the filters in groups of one metric, unit, date, precision and status. Without
-- countries the groups come from the figure_days digest (a group is inside the range whole or not
-- at all); with countries they are counted from the figures themselves.
CREATE MACRO figure_groups(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM figure_days
    WHERE len(countries) = 0
      AND visible(status, include_candidates)
      AND as_of <= end_date
      AND period_end(as_of, as_of_precision) >= start_date
    UNION ALL
    SELECT * FROM figure_groups_in(countries, start_date, end_date, include_candidates)
    WHERE len(countries) > 0;

-- The figures inside the filters in groups of one metric, reporter, unit, date, precision and
-- status: from the reporter_days digest without countries, from the figures with them.
CREATE MACRO reporter_groups(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM reporter_days
    WHERE len(countries) = 0
      AND visible(status, include_candidates)
      AND as_of <= end_date
      AND period_end(as_of, as_of_precision) >= start_date
      AND as_of >= make_date(year(start_date), 1, 1)  -- implied by the line above; DuckDB can skip by it
    UNION ALL
    SELECT * FROM reporter_groups_in(countries, start_date, end_date, include_candidates)
    WHERE len(countries) > 0;
