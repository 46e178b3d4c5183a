-- Orleans grain state (Microsoft.Orleans.Persistence.AdoNet 10.4.2, AddAdoNetGrainStorage).
--
-- Contract with the provider:
--   * Keys: WriteToStorageKey, ReadFromStorageKey, ClearStorageKey (all required) and
--     DeleteStorageKey (needed only with DeleteStateOnClear = true; installed anyway).
--   * Every query gets @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
--     @GrainIdExtensionString (NULL when the key has no string part) and @ServiceId; writes,
--     clears and deletes also get @GrainStateVersion (the ETag the grain holds, NULL if it has
--     never seen a stored row); writes also get @PayloadBinary.
--   * Read answers at most one row with columns PayloadBinary and Version. A row whose payload is
--     NULL means "cleared": the grain starts from default state but keeps the version as ETag.
--   * Write/clear/delete answer the new version in their first column. Answering the caller's own
--     version, NULL or no row at all tells the provider that someone else changed the state first,
--     and it throws InconsistentStateException.
--
-- Idempotent: the table and index are created only when missing, the function is replaced and
-- the query texts are upserted.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer                     NOT NULL,
    GrainIdN0              bigint                      NOT NULL,
    GrainIdN1              bigint                      NOT NULL,
    GrainTypeHash          integer                     NOT NULL,
    GrainTypeString        varchar(512)                NOT NULL,
    GrainIdExtensionString varchar(512)                NULL,
    ServiceId              varchar(150)                NOT NULL,
    PayloadBinary          bytea                       NULL,
    ModifiedOn             timestamp without time zone NOT NULL, -- UTC wall clock
    Version                integer                     NULL
);

-- The two hashes narrow a lookup to (almost always) one row; the remaining columns confirm it.
CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage USING btree (GrainIdHash, GrainTypeHash);

-- Stores a grain's state with optimistic concurrency and answers the version now stored.
--   * p_version given: overwrite the row only if it still carries that version; answer
--     p_version + 1 on success, p_version itself when the row moved on (a conflict).
--   * p_version NULL: the grain never saw a row, so create one with version 1; if a row exists
--     already, answer NULL (a conflict). Writers of the same grain are serialised by a
--     transaction-scoped advisory lock on the two hashes, so two first writes cannot both insert.
CREATE OR REPLACE FUNCTION orleans_storage_write(
    p_grain_id_hash    integer,
    p_grain_id_n0      bigint,
    p_grain_id_n1      bigint,
    p_grain_type_hash  integer,
    p_grain_type       text,
    p_grain_id_ext     text,
    p_service_id       text,
    p_version          integer,
    p_payload          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_rows integer;
BEGIN
    IF p_version IS NOT NULL THEN
        UPDATE OrleansStorage s
        SET PayloadBinary = p_payload,
            ModifiedOn = (now() AT TIME ZONE 'utc'),
            Version = s.Version + 1
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_ext
          AND s.ServiceId = p_service_id
          AND s.Version = p_version;

        GET DIAGNOSTICS v_rows = ROW_COUNT;
        IF v_rows > 0 THEN
            RETURN p_version + 1;
        END IF;
        RETURN p_version;
    END IF;

    PERFORM pg_advisory_xact_lock(p_grain_id_hash, p_grain_type_hash);

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
         ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT
        p_grain_id_hash, p_grain_id_n0, p_grain_id_n1, p_grain_type_hash, p_grain_type, p_grain_id_ext,
        p_service_id, p_payload, (now() AT TIME ZONE 'utc'), 1
    WHERE p_grain_id_hash IS NOT NULL
      AND p_grain_type_hash IS NOT NULL
      AND p_grain_type IS NOT NULL
      AND p_service_id IS NOT NULL
      AND NOT EXISTS (
        SELECT 1
        FROM OrleansStorage s
        WHERE s.GrainIdHash = p_grain_id_hash
          AND s.GrainTypeHash = p_grain_type_hash
          AND s.GrainIdN0 = p_grain_id_n0
          AND s.GrainIdN1 = p_grain_id_n1
          AND s.GrainTypeString = p_grain_type
          AND s.GrainIdExtensionString IS NOT DISTINCT FROM p_grain_id_ext
          AND s.ServiceId = p_service_id);

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows > 0 THEN
        RETURN 1;
    END IF;
    RETURN NULL;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', $q$
    SELECT orleans_storage_write(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', $q$
    SELECT
        PayloadBinary,
        Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
      AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
      AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
      AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
      AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Clear keeps the row (and so the version sequence) but drops the payload; answers the new version.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        ModifiedOn = (now() AT TIME ZONE 'utc'),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
      AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
      AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
      AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
      AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
      AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Delete (DeleteStateOnClear = true) removes the row; it answers the deleted version + 1 so that the
-- provider sees a version different from the one it held.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
      AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
      AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
      AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
      AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
      AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version + 1 AS NewGrainStateVersion;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
