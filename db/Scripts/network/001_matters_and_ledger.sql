-- Superseded by 003_case_store.sql. This script created the tables `matter` and `ledger`, which
-- stored the full state before and after every step (a ledger growing quadratically). Matters now
-- live in `case_record` / `case_ledger` (kind 'matter'), and `matter` / `ledger` are views over
-- them. 003 carries the rows of an old deployment's tables over and drops those tables.
-- Kept, empty, under its old name so schema_history of old deployments stays readable.
SELECT 1;
