-- Report rollups (issue 11, docs/statistics.md): daily figures per (China day, point, window, item,
-- clerk), kept by the case store in the same transaction as the cases they count, so period reports
-- sum a few rows per day instead of reading the ledger. Idempotent.
--
-- One row per (city, day, point, window, item, clerk, figure, bucket) with a count n. A figure is
-- a name (received, accepted, completed, onTime, late, overdue, returned, supplements, handedUp,
-- joint, daysUsed, rating, complaint, complaintFinding, ticket, waited, receivedHour, closedHour);
-- its bucket splits it where a report needs a distribution or a reason (days used, a rating's
-- level, the minutes waited, the hour of the day, a return's reason), '' otherwise. A missing
-- window, item or clerk is ''. city = left(point_code, 6), first in the key, so a city's (or a
-- township's) period is one index range (city, day).
--
-- Each commit adds the difference between the facts of its case before and after
-- (Grains/Reports/Rollups), so rows only ever gain or lose counts; a row may reach 0.
DO $$
BEGIN
    IF to_regclass('report_rollup') IS NULL THEN
        CREATE TABLE report_rollup (
            city        text   NOT NULL,
            day         date   NOT NULL,
            point_code  text   NOT NULL,
            window_id   text   NOT NULL,
            item_id     text   NOT NULL,
            clerk_id    text   NOT NULL,
            figure      text   NOT NULL,
            bucket      text   NOT NULL,
            n           bigint NOT NULL,
            PRIMARY KEY (city, day, point_code, window_id, item_id, clerk_id, figure, bucket)
        ) WITH (fillfactor = 70);

        -- Cases committed before rollups existed: the backfill (Grains/Reports/Rollups/RollupBackfill.cs)
        -- adds each one's facts and removes it from this list, in one transaction per batch. Until
        -- then a commit of such a case adds nothing (its facts come whole with the backfill).
        CREATE TABLE report_rollup_pending (
            kind    text NOT NULL,
            case_id text NOT NULL,
            PRIMARY KEY (kind, case_id)
        );

        INSERT INTO report_rollup_pending (kind, case_id)
        SELECT kind, case_id FROM case_record WHERE kind IN ('matter', 'rating', 'complaint', 'queue');
    END IF;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        GRANT SELECT, INSERT, UPDATE ON report_rollup TO network_silo;
        GRANT SELECT, DELETE ON report_rollup_pending TO network_silo;
    END IF;
END
$$;
