-- How the case store's rows are kept (issue 15: the write path's cost in the database). Idempotent;
-- changes nothing (takes no lock on the tables) once applied, so a silo starting beside busy ones
-- does not stall their commits.
--
-- 1. A case's state, and a ledger row's change set when it carries the whole state (a case's first
--    step), are a few kilobytes: PostgreSQL compresses values over ~2 kB before storing them, with
--    pglz by default, which showed in the server's profile under intake load (pglz_compress).
--    lz4 compresses several times faster at a similar size. A server built without lz4 keeps pglz.
--    Only values written from now on are affected; both stay readable.
DO $$
BEGIN
    IF (SELECT attcompression FROM pg_attribute WHERE attrelid = 'case_record'::regclass AND attname = 'state') <> 'l' THEN
        ALTER TABLE case_record ALTER COLUMN state SET COMPRESSION lz4;
    END IF;

    IF (SELECT attcompression FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'changes') <> 'l' THEN
        ALTER TABLE case_ledger ALTER COLUMN changes SET COMPRESSION lz4;
    END IF;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 is not available on this server: case states stay compressed with pglz (%)', SQLERRM;
END
$$;

-- 2. A case row is updated in place several times in its life: room left in each page lets an
--    update that changes no indexed column stay on its page (a HOT update: no index entries
--    written). Applies to pages written from now on.
DO $$
BEGIN
    IF NOT COALESCE((SELECT 'fillfactor=80' = ANY (reloptions) FROM pg_class WHERE oid = 'case_record'::regclass), false) THEN
        ALTER TABLE case_record SET (fillfactor = 80);
    END IF;
END
$$;
