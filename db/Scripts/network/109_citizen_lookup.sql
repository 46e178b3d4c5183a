-- Citizens' personal data is sealed in the case state (AES-GCM, Grains/PersonalData); the resident
-- ID number can be found only by its keyed lookup value (HMAC-SHA256), kept beside the sealed data.
--
-- An earlier build indexed that value with an expression over `state`. No screen searches by the
-- whole ID number (search uses the name and the ID's last four: 115_matter_search.sql), and an
-- index over an expression of `state` makes every update of a case write every index of its row
-- (no HOT update is possible when an indexed column changes, and `state` changes at every step):
-- the index is dropped. Idempotent.

DROP INDEX IF EXISTS case_record_citizen_lookup;
