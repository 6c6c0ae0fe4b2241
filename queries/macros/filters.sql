-- The filters every page shares, as table macros, so that each query applies them the same way.
-- A record is visible when accepted, or when it is a candidate and candidates are shown.
-- A partial date (month, year) is inside a range when any day of its period is: then it starts no
-- earlier than the first of January of the range's first year, a bound DuckDB can skip parts of a
-- file by (it cannot by the end of a period).

CREATE MACRO visible(status, include_candidates) AS
    status = 'accepted' OR (include_candidates AND status = 'candidate');

-- A date of some precision inside the range: the last line is implied by the two before it, and
-- lets DuckDB skip the parts of a file that end before the range's first year.
CREATE MACRO within(d, precision, start_date, end_date) AS
    d <= end_date
    AND period_end(d, precision) >= start_date
    AND d >= make_date(year(start_date), 1, 1);

-- Events in the range that involve one of the countries (all events when none are chosen).
CREATE MACRO filtered_events(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM events
    WHERE visible(status, include_candidates)
      AND within(date, date_precision, start_date, end_date)
      AND (len(countries) = 0 OR list_has_any(actor_ids, countries));

-- Memberships held at the end of the range, by the chosen countries (all when none are chosen).
CREATE MACRO memberships_at_end(countries, end_date, include_candidates) AS TABLE
    SELECT *
    FROM memberships
    WHERE visible(status, include_candidates)
      AND joined <= end_date
      AND ("left" IS NULL OR "left" > end_date)
      AND (len(countries) = 0 OR list_contains(countries, actor_id));

-- Figures in the range that concern one of the countries: about it, reported by it, or about
-- a coalition that it belongs to at the end of the range. The coalitions are one short list,
-- looked up row by row only when countries are chosen (a join would run for every figure).
CREATE MACRO filtered_statistics(countries, start_date, end_date, include_candidates) AS TABLE
    SELECT *
    FROM statistics
    WHERE visible(status, include_candidates)
      AND within(as_of, as_of_precision, start_date, end_date)
      AND (
          len(countries) = 0
          OR list_contains(countries, subject_iso3)
          OR list_contains(countries, reported_by)
          OR list_contains(
              (SELECT list(coalition_id) FROM memberships_at_end(countries, end_date, include_candidates)),
              coalition_id
          )
      );
