-- figure_days: every figure in groups of one metric, unit, date, precision and status, with what the pages need of each group.
-- columns: metric, unit, as_of, as_of_precision, status, month, n_figures, value_min, value_max, qualifier_min, qualifier_max, top, first_five
SELECT *
FROM figure_groups_in([]::VARCHAR[], DATE '0001-01-01', DATE '9999-12-31', true)
ORDER BY as_of, metric, unit, as_of_precision, status;
