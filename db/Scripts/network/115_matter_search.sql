-- Finding matters and the register (台帐), issue 11. Idempotent; runs on every start.
--
-- Search sorts by deadline, then receipt number, and pages by keyset (the key of the last row
-- seen), so every page is an index range scan whatever its number. The deadline key of a matter
-- without one sorts last. One index per scope: a point, or a whole city (its townships' subtrees
-- are read from the city's index, filtered).
--
-- Names and ID numbers are sealed in the state (Grains/PersonalData); the grain writes keyed
-- lookup values (HMAC) of the whole name and of the ID number's last four characters beside the
-- sealed citizen at every commit. Only those values are indexed: no index holds a name.
--
-- The deadline key and the two lookup values are stored columns generated from the state as a row
-- is written (issue 15), not index expressions over `state`: PostgreSQL can update a row in place
-- without touching its indexes (a HOT update) only when no indexed column's value changes, and
-- `state` changes at every step of a case. A generated column changes only when its own value does,
-- so a step that leaves the deadline and the citizen alone writes no index entry here.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'case_record'::regclass AND attname = 'due_key' AND NOT attisdropped) THEN
        -- Rewrites the table once (the generated values of the rows already there).
        ALTER TABLE case_record
            ADD COLUMN due_key text GENERATED ALWAYS AS (COALESCE(state ->> 'dueDate', '9999-12-31')) STORED,
            ADD COLUMN name_lookup text GENERATED ALWAYS AS (state -> 'citizen' ->> 'nameLookup') STORED,
            ADD COLUMN id_tail_lookup text GENERATED ALWAYS AS (state -> 'citizen' ->> 'idTailLookup') STORED;
    END IF;
END
$$;

DROP INDEX IF EXISTS case_record_matter_point_due;
DROP INDEX IF EXISTS case_record_matter_city_due;
DROP INDEX IF EXISTS case_record_matter_name_lookup;
DROP INDEX IF EXISTS case_record_matter_id_tail_lookup;

CREATE INDEX IF NOT EXISTS case_record_matter_point_due_key
    ON case_record (point_code, due_key, case_id)
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_city_due_key
    ON case_record ((left(point_code, 6)), due_key, case_id)
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_name
    ON case_record (name_lookup)
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_id_tail
    ON case_record (id_tail_lookup)
    WHERE kind = 'matter';

-- The register reads a point's matters in the order they were taken in, in keyset batches, through
-- 003's (kind, point_code, opened_at) index; a subtree point by point (PostgresMatterSearchStore).
