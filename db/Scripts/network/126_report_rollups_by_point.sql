-- Report rollups at a point's level (issue 11, "fast at scale"; docs/statistics.md). The daily
-- rollup of 117 keeps every (day, point, window, item, clerk, figure, bucket); at a province-year
-- (tens of millions of rollup rows) a city-quarter is close to a million of them. Two coarser
-- tables are kept by the same statement of the case store (Grains/Reports/Rollups/RollupSql.cs),
-- in the same transaction, with window, item and clerk summed away:
--
--   report_rollup_point_month  (city, month, point, figure, bucket): a month, quarter or year of a
--                              point or a subtree, unfiltered, grouped by point or not at all;
--   report_rollup_point_day    (city, figure, day, point, bucket): a period's figures by day (the
--                              report's daily chart), one index range per figure asked for.
--
-- Each row is the sum of the report_rollup rows it covers, at all times. Idempotent: a table that
-- is missing is created and filled from report_rollup (an upgrade of a database with rollups).
DO $$
BEGIN
    IF to_regclass('report_rollup_point_month') IS NULL THEN
        CREATE TABLE report_rollup_point_month (
            city        text   NOT NULL,
            month       date   NOT NULL,
            point_code  text   NOT NULL,
            figure      text   NOT NULL,
            bucket      text   NOT NULL,
            n           bigint NOT NULL,
            PRIMARY KEY (city, month, point_code, figure, bucket)
        ) WITH (fillfactor = 70);

        -- The kinds that count from now on (collection days, appointment books, attendance sheets):
        -- their cases so far are counted once by the backfill (Grains/Reports/Rollups/RollupBackfill.cs).
        INSERT INTO report_rollup_pending (kind, case_id)
        SELECT kind, case_id FROM case_record WHERE kind IN ('collection-day', 'appointment', 'attendance-day')
        ON CONFLICT DO NOTHING;

        INSERT INTO report_rollup_point_month (city, month, point_code, figure, bucket, n)
        SELECT city, date_trunc('month', day)::date, point_code, figure, bucket, sum(n)
        FROM report_rollup
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(n) <> 0;
    END IF;

    IF to_regclass('report_rollup_point_day') IS NULL THEN
        CREATE TABLE report_rollup_point_day (
            city        text   NOT NULL,
            figure      text   NOT NULL,
            day         date   NOT NULL,
            point_code  text   NOT NULL,
            bucket      text   NOT NULL,
            n           bigint NOT NULL,
            PRIMARY KEY (city, figure, day, point_code, bucket)
        ) WITH (fillfactor = 70);

        INSERT INTO report_rollup_point_day (city, figure, day, point_code, bucket, n)
        SELECT city, figure, day, point_code, bucket, sum(n)
        FROM report_rollup
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(n) <> 0;
    END IF;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        GRANT SELECT, INSERT, UPDATE ON report_rollup_point_month, report_rollup_point_day TO network_silo;
    END IF;
END
$$;
