-- Citizens' personal data is sealed in the case state (AES-GCM, Grains/PersonalData); the resident
-- ID number can be found only by its keyed lookup value (HMAC-SHA256), kept beside the sealed data.
-- This index serves exact searches by ID number. Idempotent.

CREATE INDEX IF NOT EXISTS case_record_citizen_lookup ON case_record ((state -> 'citizen' ->> 'lookup'))
    WHERE state -> 'citizen' ? 'lookup';
