-- Orleans cluster membership (Microsoft.Orleans.Clustering.AdoNet 10.4.2, silos and clients).
--
-- Contract with the provider:
--   * Required keys (a silo refuses to start if one is missing): UpdateIAmAlivetimeKey,
--     InsertMembershipVersionKey, InsertMembershipKey, UpdateMembershipKey, MembershipReadRowKey,
--     MembershipReadAllKey, DeleteMembershipTableEntriesKey, GatewaysQueryKey,
--     CleanupDefunctSiloEntriesKey.
--   * Optional key CleanupDefunctSiloEntryKey: when present, the provider itself picks the Dead
--     rows that are old enough and deletes them one by one through it, passing the values it read;
--     CleanupDefunctSiloEntriesKey is then never run. Both are installed here.
--   * Parameters: @DeploymentId (the cluster id), @Address (text), @Port, @Generation, @SiloName,
--     @HostName, @Status (int, SiloStatus: 3 = Active, 6 = Dead), @ProxyPort, @SuspectTimes
--     (text "silo,date|silo,date" or NULL), @StartTime, @IAmAliveTime, @Version (the table
--     version the caller last read).
--   * Insert/update/version-insert must answer one row with one column: > 0 means done, 0 means
--     not done (the provider then re-reads the table and retries). Reads answer the version row
--     joined with the member rows, columns read by name.
--
-- Idempotent: tables are created only when missing, functions are replaced, query texts upserted.

-- One row per cluster. Version is the membership table's optimistic-concurrency token: every
-- successful insert/update of a member row bumps it by one.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port and generation identify it).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Adds a silo row, but only while the cluster's version still equals the one the caller read.
-- The version row is locked first, so concurrent writers of one cluster queue up behind each
-- other; the row is inserted and the version bumped together, or nothing changes at all.
CREATE OR REPLACE FUNCTION orleans_membership_insert(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_silo_name       text,
    p_host_name       text,
    p_status          integer,
    p_proxy_port      integer,
    p_start_time      timestamptz,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
    v_rows    integer;
BEGIN
    SELECT t.Version INTO v_current
    FROM OrleansMembershipVersionTable t
    WHERE t.DeploymentId = p_deployment_id
    FOR UPDATE;

    -- Unknown cluster, stale version, or a version that cannot be bumped any more.
    IF v_current IS NULL OR p_version IS NULL OR v_current <> p_version OR v_current >= 2147483647 THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port,
         p_start_time, p_i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
        -- This silo incarnation is already registered: report failure, keep the version.
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        Timestamp = now()
    WHERE DeploymentId = p_deployment_id;

    RETURN 1;
END
$fn$;

-- Changes a silo row's status and suspicions under the same version rule as the insert above.
-- The heartbeat time never moves backwards: a writer holding an older copy of the row must not
-- undo a heartbeat that the silo itself wrote in the meantime.
CREATE OR REPLACE FUNCTION orleans_membership_update(
    p_deployment_id   text,
    p_address         text,
    p_port            integer,
    p_generation      integer,
    p_status          integer,
    p_suspect_times   text,
    p_i_am_alive_time timestamptz,
    p_version         integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_current integer;
    v_rows    integer;
BEGIN
    SELECT t.Version INTO v_current
    FROM OrleansMembershipVersionTable t
    WHERE t.DeploymentId = p_deployment_id
    FOR UPDATE;

    IF v_current IS NULL OR p_version IS NULL OR v_current <> p_version OR v_current >= 2147483647 THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable m
    SET Status = p_status,
        SuspectTimes = p_suspect_times,
        IAmAliveTime = GREATEST(m.IAmAliveTime, p_i_am_alive_time)
    WHERE m.DeploymentId = p_deployment_id
      AND m.Address = p_address
      AND m.Port = p_port
      AND m.Generation = p_generation;

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1,
        Timestamp = now()
    WHERE DeploymentId = p_deployment_id;

    RETURN 1;
END
$fn$;

-- Heartbeat. Not versioned and its result is ignored; it only ever moves IAmAliveTime forward.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', $q$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
      AND Address = @Address AND @Address IS NOT NULL
      AND Port = @Port AND @Port IS NOT NULL
      AND Generation = @Generation AND @Generation IS NOT NULL;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Creates the cluster's version row (version 0) unless it exists. Answers 1 if it was created,
-- 0 if it was already there.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        SELECT @DeploymentId WHERE @DeploymentId IS NOT NULL
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer AS row_count FROM created;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', $q$
    SELECT orleans_membership_insert(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version) AS row_count;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', $q$
    SELECT orleans_membership_update(
        @DeploymentId, @Address, @Port, @Generation,
        @Status, @SuspectTimes, @IAmAliveTime, @Version) AS row_count;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- One silo's row plus the table version. The outer join keeps the version row in the answer when
-- the silo has no row yet (the member columns are then NULL, which the provider understands).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', $q$
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
       AND m.Address = @Address AND @Address IS NOT NULL
       AND m.Port = @Port AND @Port IS NOT NULL
       AND m.Generation = @Generation AND @Generation IS NOT NULL
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Every silo row of the cluster plus the table version (same shape as MembershipReadRowKey).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', $q$
    SELECT
        v.DeploymentId,
        m.Address,
        m.Port,
        m.Generation,
        m.SiloName,
        m.HostName,
        m.Status,
        m.ProxyPort,
        m.SuspectTimes,
        m.StartTime,
        m.IAmAliveTime,
        v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Forgets a whole cluster: its silo rows first (they reference the version row), then the version.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    DELETE FROM OrleansMembershipVersionTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Gateways for clients: silos in the requested status (Active) that listen for clients.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', $q$
    SELECT
        Address,
        ProxyPort,
        Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
      AND Status = @Status AND @Status IS NOT NULL
      AND ProxyPort > 0;
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Bulk clean-up, used by the provider only when CleanupDefunctSiloEntryKey is absent. Removes Dead
-- rows (6) that started and last beat before the cut-off and carry no suspicion; live, joining
-- and shutting-down silos are never touched. The version is not bumped.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
      AND Status = 6
      AND StartTime < @IAmAliveTime
      AND IAmAliveTime < @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = '';
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Per-row clean-up (preferred by 10.4.2). The provider has already decided from a fresh read that
-- this Dead row is defunct; the row goes only if it is still exactly what was read (same times,
-- same suspicions), so a row changed in between survives until the next round. No version bump.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
      AND Status = 6
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND StartTime = @StartTime
      AND IAmAliveTime = @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
