-- Figures in groups of one metric, unit, date, precision and status: the shape of the figure_days
-- digest. Every figure of a group has the same date and precision, so a range of dates holds a
-- group whole or not at all, and a page can take the groups from the digest alone.
CREATE MACRO figure_groups_in(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT
        metric, unit, as_of, as_of_precision, status,
        date_trunc('month', as_of)::DATE AS month,
        count(*) AS n_figures,
        min(value) AS value_min,
        max(value) AS value_max,
        min(qualifier) AS qualifier_min,
        max(qualifier) AS qualifier_max,
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
    GROUP BY metric, unit, as_of, as_of_precision, status;

-- Figures in groups of one metric, reporter, unit, date, precision and status: the shape of the
-- reporter_days digest, from which a metric's counts per reporter and period are added up.
CREATE MACRO reporter_groups_in(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT
        metric, reported_by, unit, as_of, as_of_precision, status,
        count(*) AS n_figures,
        min(value) AS value_min,
        max(value) AS value_max,
        -- the latest: latest date, then highest value, then qualifier (its unit is the period's)
        max({'as_of': as_of, 'value': value, 'qualifier': qualifier, 'unit': unit}) AS last
    FROM filtered_statistics(countries, start_date, end_date, include_candidates)
    GROUP BY metric, reported_by, unit, as_of, as_of_precision, status;
