-- Issue 15: an intake's Idempotency-Key is recorded by the case store in the same transaction as
-- the matter's first commit (no claim before, no response stored after). Such a row names the
-- case it opened (case_kind, receipt_number = the case id), has no stored response (a retry is
-- answered by the case itself) and a lease that never lapses (locked_until = 'infinity'), so a
-- gateway of an earlier build never takes it over. The gateway still claims keys of commands on
-- existing matters itself, in the same table, so one key is one request whatever its route.
ALTER TABLE idempotency_key ADD COLUMN IF NOT EXISTS case_kind text;
