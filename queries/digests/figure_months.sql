-- figure_months: every figure in groups of one metric, unit, month, precision and status, with what the pages need of each group.
-- columns: metric, unit, month, as_of_precision, status, n_figures, value_min, value_max, qualifier_min, qualifier_max, first_as_of, last_as_of, first_end, last_end, top, first_five
SELECT *
FROM figure_groups_in([]::VARCHAR[], DATE '0001-01-01', DATE '9999-12-31', true, NULL::DATE, NULL::DATE)
ORDER BY metric, month, unit, as_of_precision, status;
