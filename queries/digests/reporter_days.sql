-- reporter_days: every figure in groups of one metric, reporter, unit, date, precision and status, kept by metric and date, so that one metric's counts per reporter and period read only its part of the file.
-- columns: metric, reported_by, unit, as_of, as_of_precision, status, n_figures, value_min, value_max, last
SELECT *
FROM reporter_groups_in([]::VARCHAR[], DATE '0001-01-01', DATE '9999-12-31', true)
ORDER BY metric, as_of, reported_by, unit, as_of_precision, status;
