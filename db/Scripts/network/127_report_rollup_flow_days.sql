-- The report's daily chart over closed days, summed once (issue 11, "fast at scale";
-- docs/statistics.md, "Closed days of the daily chart"). A report's chart (matters taken in,
-- completed, returned per day) of a city-quarter read ~25,000 report_rollup_point_day rows (a row
-- per point, day and figure); a day's figures stop changing once the day is over, so the first
-- report that covers a closed day sums its rows once into this table, at the level of the city's
-- own point and of each township with its villages (~16 units a city instead of ~200 points), and
-- every later report reads those. Written by the read side only
-- (Grains/Reports/Rollups/ClosedFlowDays.cs), never by a commit:
--
--   unit     the city's code for the city point's own rows; a township's code (9 digits) for the
--            township and every village below it; '' for the day's marker
--   figure   received, completed, returned; '' for the marker
--
-- A (city, day) is summed whole, with a marker row (unit '', figure '', n 0), in one statement;
-- the backfill of earlier cases (RollupBackfill) deletes the rows of every (city, day) it adds to.
CREATE TABLE IF NOT EXISTS report_rollup_flow_day (
    city    text   NOT NULL,
    day     date   NOT NULL,
    unit    text   NOT NULL,
    figure  text   NOT NULL,
    n       bigint NOT NULL,
    PRIMARY KEY (city, day, unit, figure)
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        GRANT SELECT, INSERT, DELETE ON report_rollup_flow_day TO network_silo;
    END IF;
END
$$;
