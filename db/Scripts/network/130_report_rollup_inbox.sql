-- The rollups' inbox (issue 15, docs/rollup-fold.md): the case commit no longer upserts the ~10
-- rollup rows of each intake into report_rollup, report_rollup_point_day and report_rollup_point_month
-- (half of PostgreSQL's work per intake, and row locks on hot rows that the group writers waited on);
-- it appends one row per group commit here, in the same transaction as the cases, with the group's
-- facts summed per key (and the backfill's filter of report_rollup_pending applied). The silo's folder
-- (Grains/Reports/Rollups/RollupFold.cs, RollupFolder.cs), and every reader before it reads, takes
-- rows oldest first under one advisory lock, adds them to the three tables and deletes them, in one
-- transaction: a row is counted exactly once, and rows a crash leaves here are folded at the next start
-- (or the next read). Idempotent; nothing to fill on a database migrated by main (its commits wrote the
-- rollups directly).
--
--   days .. counts   the facts, element by element: (day, point, window, item, clerk, figure, bucket, n);
--                    the city is left(point, 6)
--   written_at       the start of the commit's transaction (how long the fold lags)
CREATE TABLE IF NOT EXISTS report_rollup_inbox (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    written_at  timestamptz NOT NULL DEFAULT now(),
    days        date[]   NOT NULL,
    points      text[]   NOT NULL,
    windows     text[]   NOT NULL,
    items       text[]   NOT NULL,
    clerks      text[]   NOT NULL,
    figures     text[]   NOT NULL,
    buckets     text[]   NOT NULL,
    counts      bigint[] NOT NULL
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        GRANT SELECT, INSERT, DELETE ON report_rollup_inbox TO network_silo;
        GRANT SELECT, INSERT, UPDATE ON report_rollup, report_rollup_point_day, report_rollup_point_month TO network_silo;
    END IF;
END
$$;
