-- Figures in groups of one metric, unit, month, precision and status: the shape of the figure_months
-- digest, so that a page can take most groups from the digest and the rest from the figures.
-- first_day and last_day (NULL for no bound) narrow the figures read to some months: DuckDB then
-- skips the parts of the file that hold none of them.
CREATE MACRO figure_groups_in(countries, start_date, end_date, include_candidates, first_day, last_day) AS TABLE
    SELECT
        metric, unit, date_trunc('month', as_of)::DATE AS month, as_of_precision, status,
        count(*) AS n_figures,
        min(value) AS value_min,
        max(value) AS value_max,
        min(qualifier) AS qualifier_min,
        max(qualifier) AS qualifier_max,
        min(as_of) AS first_as_of,
        max(as_of) AS last_as_of,
        min(period_end(as_of, as_of_precision)) AS first_end,
        max(period_end(as_of, as_of_precision)) AS last_end,
        -- the latest figure: latest date, then highest value, then last id
        max({'as_of': as_of, 'value': value, 'stat_id': stat_id}) AS top,
        -- the first five figures: by date, then value, then id
        min_by(
            {
                'as_of': as_of, 'value': value, 'stat_id': stat_id, 'qualifier': qualifier,
                'as_of_precision': as_of_precision, 'reported_by': reported_by
            },
            {'as_of': as_of, 'value': value, 'stat_id': stat_id},
            5
        ) AS first_five
    FROM filtered_statistics(countries, start_date, end_date, include_candidates)
    WHERE (first_day IS NULL OR as_of >= first_day) AND (last_day IS NULL OR as_of <= last_day)
    GROUP BY ALL;
