-- The figures inside the filters in groups of one metric, unit, date, precision and status. Without
-- countries the groups come from the figure_days digest (a group is inside the range whole or not
-- at all); with countries they are counted from the figures themselves.
CREATE MACRO figure_groups(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM figure_days
    WHERE len(countries) = 0
      AND visible(status, include_candidates)
      AND within(as_of, as_of_precision, start_date, end_date)
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
      AND within(as_of, as_of_precision, start_date, end_date)
    UNION ALL
    SELECT * FROM reporter_groups_in(countries, start_date, end_date, include_candidates)
    WHERE len(countries) > 0;

-- The figures inside the filters with their sources lines: without countries from the
-- listed_figures digest (kept by metric and date, lines beside them); with countries from the
-- table, lines left empty for the query to look up for the few it shows.
CREATE MACRO figure_rows(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM listed_figures
    WHERE len(countries) = 0
      AND visible(status, include_candidates)
      AND within(as_of, as_of_precision, start_date, end_date)
    UNION ALL
    SELECT
        stat_id, metric, value, qualifier, unit, as_of, as_of_precision, reported_by, note, status,
        NULL::VARCHAR AS outlets, NULL::VARCHAR AS citations
    FROM filtered_statistics(countries, start_date, end_date, include_candidates)
    WHERE len(countries) > 0;
