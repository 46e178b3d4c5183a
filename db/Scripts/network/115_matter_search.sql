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

CREATE INDEX IF NOT EXISTS case_record_matter_point_due
    ON case_record (point_code, (COALESCE(state ->> 'dueDate', '9999-12-31')), case_id)
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_city_due
    ON case_record ((left(point_code, 6)), (COALESCE(state ->> 'dueDate', '9999-12-31')), case_id)
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_name_lookup
    ON case_record ((state -> 'citizen' ->> 'nameLookup'))
    WHERE kind = 'matter';

CREATE INDEX IF NOT EXISTS case_record_matter_id_tail_lookup
    ON case_record ((state -> 'citizen' ->> 'idTailLookup'))
    WHERE kind = 'matter';

-- The register reads a point's matters in the order they were taken in, in keyset batches, through
-- 003's (kind, point_code, opened_at) index; a subtree point by point (PostgresMatterSearchStore).
