-- Superseded by 003_case_store.sql: the deadline sweep's columns (next_check_date,
-- due_provisional) and its index now live on `case_record`. If an old deployment's `matter`
-- table predates them, 003 adds them before carrying the rows over.
-- Kept, empty, under its old name so schema_history of old deployments stays readable.
SELECT 1;
