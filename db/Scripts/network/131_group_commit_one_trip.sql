-- The group commit in one round trip (issue 15, docs/speed-pg-client.md). Idempotent; once applied
-- it changes nothing and takes no lock.
--
-- A group of case commits is sent as one batch without an explicit transaction: PostgreSQL runs the
-- batch's statements as one implicit transaction and commits it at the batch's end (the protocol's
-- Sync), so no separate COMMIT round trip. For that no row count may have to be read before
-- committing: a versioned update of a case row checks its version in SQL and, when it affected no
-- row (the case is no longer at the version the commit was made from), calls this function, whose
-- error rolls the whole batch back. The writer recognises the SQLSTATE (NV409) and writes the group
-- again one statement per case row in an explicit transaction, which names the commits that lost.
CREATE OR REPLACE FUNCTION case_version_lost(kind text, case_id text, expected integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case % % is no longer at version %', kind, case_id, expected
        USING ERRCODE = 'NV409', HINT = 'The group commit writes its group again row-wise.';
END
$$;
