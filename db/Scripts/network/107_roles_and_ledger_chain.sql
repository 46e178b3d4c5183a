-- Issue 14: least privilege for the processes, a ledger (台帐) nobody rewrites, and a hash chain
-- over each case's ledger rows. Idempotent: runs on every start, in one transaction, as the
-- migration role (network_migration, the owner of the schema) or a superuser (db/DatabaseMigrator.cs).
-- A later script that adds a table grants what each role needs on it in that script.

-- 1. The roles the processes run as. They hold privileges only (NOLOGIN here): the embedded server
--    (db/DatabaseRoles.cs) makes them LOGIN roles with passwords; a deployment does the same, or
--    creates login roles that are members of them (CREATE ROLE silo1 LOGIN PASSWORD '…' IN ROLE network_silo).
--    Created here only when the migrating role may create roles; otherwise the DBA creates them.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['network_silo', 'network_gateway'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL; -- created meanwhile by the migration of another database of this server
                END;
            ELSE
                RAISE NOTICE 'role % does not exist and % may not create it: its privileges are not granted', r, current_user;
            END IF;
        END IF;
    END LOOP;
END
$$;

-- Nobody but the owner creates objects; nobody creates temporary tables unless granted.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- 2. The hash chain over each case's ledger rows: hash = SHA-256(previous row's hash || canonical
--    bytes of this row), the first row of a case chained from 32 zero bytes. The canonical bytes
--    are the row's fields in this order, each as a 4-byte big-endian length and its UTF-8 bytes
--    (a NULL as the length -1 and no bytes): kind, case_id, sequence (decimal), occurred_at
--    (microseconds since 1970-01-01 UTC, decimal), actor_id, point_code, window_id, action,
--    status_before, status_after, detail, changes (the json text as stored, 003).
--    db/LedgerChain.cs computes the same bytes: the case store sends each row's hash computed with
--    it when it knows the case's previous hash (almost always: Grains/Cases/Storage/LedgerHeads.cs),
--    and the trigger below computes it otherwise; the verifier (dbtool verify-ledger) recomputes
--    every row's hash independently of both.
ALTER TABLE case_ledger ADD COLUMN IF NOT EXISTS hash bytea;

CREATE OR REPLACE FUNCTION case_ledger_genesis() RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT decode(repeat('00', 32), 'hex')
$$;

CREATE OR REPLACE FUNCTION case_ledger_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN decode('ffffffff', 'hex')
                ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
$$;

-- Before the change set was json (003), the link took it as jsonb.
DROP FUNCTION IF EXISTS case_ledger_link(bytea, text, text, integer, timestamptz, text, text, text, text, text, text, text, jsonb);

CREATE OR REPLACE FUNCTION case_ledger_link(
    previous bytea, kind text, case_id text, sequence integer, occurred_at timestamptz, actor_id text,
    point_code text, window_id text, action text, status_before text, status_after text, detail text, changes json)
RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(previous
        || case_ledger_field(kind)
        || case_ledger_field(case_id)
        || case_ledger_field(sequence::text)
        || case_ledger_field((extract(epoch FROM occurred_at) * 1000000)::bigint::text)
        || case_ledger_field(actor_id)
        || case_ledger_field(point_code)
        || case_ledger_field(window_id)
        || case_ledger_field(action)
        || case_ledger_field(status_before)
        || case_ledger_field(status_after)
        || case_ledger_field(detail)
        || case_ledger_field(changes::text))
$$;

-- Every row is chained as it is inserted, whoever inserts it (the case store's group commit, a
-- carry-over): a row inserted without its hash gets it here, from the case's row with the greatest
-- lower sequence. Writers of one case are serialised by its case_record row (version check), so
-- that row is committed. A row inserted with its hash (the case store, which computed it from the
-- previous row it wrote or read) costs no trigger call; the verifier checks both alike.
CREATE OR REPLACE FUNCTION case_ledger_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous bytea;
BEGIN
    SELECT l.hash INTO previous
    FROM case_ledger l
    WHERE l.kind = NEW.kind AND l.case_id = NEW.case_id AND l.sequence < NEW.sequence
    ORDER BY l.sequence DESC
    LIMIT 1;
    NEW.hash := case_ledger_link(COALESCE(previous, case_ledger_genesis()), NEW.kind, NEW.case_id, NEW.sequence,
        NEW.occurred_at, NEW.actor_id, NEW.point_code, NEW.window_id, NEW.action, NEW.status_before,
        NEW.status_after, NEW.detail, NEW.changes);
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER case_ledger_chain
    BEFORE INSERT ON case_ledger
    FOR EACH ROW WHEN (NEW.hash IS NULL) EXECUTE FUNCTION case_ledger_chain();

-- Rows written by earlier builds have no hash: chained here once, in (kind, case_id, sequence)
-- order, as they stand at this migration (the chain vouches for them from now on). The
-- append-only trigger is off for this transaction only.
DO $$
DECLARE
    r record;
    previous bytea;
    last_kind text;
    last_case text;
BEGIN
    -- Once the column is NOT NULL (below, after the first backfill) no row can lack its hash: no
    -- scan of the ledger on every start (a province's ledger holds tens of millions of rows).
    IF (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'hash') THEN
        RETURN;
    END IF;

    IF NOT EXISTS (SELECT 1 FROM case_ledger WHERE hash IS NULL) THEN
        RETURN;
    END IF;

    ALTER TABLE case_ledger DISABLE TRIGGER case_ledger_append_only;
    GRANT UPDATE (hash) ON case_ledger TO CURRENT_USER;
    FOR r IN SELECT * FROM case_ledger WHERE hash IS NULL ORDER BY kind, case_id, sequence LOOP
        IF r.kind IS DISTINCT FROM last_kind OR r.case_id IS DISTINCT FROM last_case THEN
            SELECT l.hash INTO previous
            FROM case_ledger l
            WHERE l.kind = r.kind AND l.case_id = r.case_id AND l.sequence < r.sequence
            ORDER BY l.sequence DESC
            LIMIT 1;
            last_kind := r.kind;
            last_case := r.case_id;
        END IF;

        previous := case_ledger_link(COALESCE(previous, case_ledger_genesis()), r.kind, r.case_id, r.sequence,
            r.occurred_at, r.actor_id, r.point_code, r.window_id, r.action, r.status_before, r.status_after,
            r.detail, r.changes);
        UPDATE case_ledger SET hash = previous WHERE id = r.id;
    END LOOP;

    REVOKE UPDATE (hash) ON case_ledger FROM CURRENT_USER;
    ALTER TABLE case_ledger ENABLE TRIGGER case_ledger_append_only;
    RAISE NOTICE 'case_ledger rows of an earlier build chained';
END
$$;

DO $$
BEGIN
    IF NOT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'hash') THEN
        ALTER TABLE case_ledger ALTER COLUMN hash SET NOT NULL;
    END IF;
END
$$;

-- 3. What each process may do, and nothing more (work out from the SQL in Grains/, Gateway.Web/
--    and the Orleans queries in db/Scripts/orleans).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO network_silo', current_database());
        -- Orleans: its stored queries; membership, grain state and reminders (written through
        -- its functions, which run with the caller's rights).
        GRANT SELECT ON orleansquery TO network_silo;
        GRANT SELECT, INSERT, UPDATE, DELETE ON orleansmembershipversiontable, orleansmembershiptable,
            orleansstorage, orleansreminderstable TO network_silo;
        -- The case store: cases are inserted and updated under their version check; the ledger
        -- is appended to; an intake's request key is recorded with its case.
        GRANT SELECT, INSERT, UPDATE ON case_record TO network_silo;
        GRANT SELECT, INSERT ON case_ledger TO network_silo;
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO network_silo', pg_get_serial_sequence('case_ledger', 'id'));
        GRANT SELECT ON matter, ledger TO network_silo;
        GRANT SELECT, INSERT ON idempotency_key TO network_silo;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_gateway') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO network_gateway', current_database());
        -- The Orleans client: its stored queries and the silos' gateway list; the silo death watch.
        GRANT SELECT ON orleansquery, orleansmembershipversiontable, orleansmembershiptable TO network_gateway;
        -- Accounts, sessions, data protection keys, idempotency keys (claimed, completed, purged).
        GRANT SELECT, INSERT, UPDATE ON clerk_account TO network_gateway;
        GRANT SELECT, INSERT, UPDATE, DELETE ON clerk_session TO network_gateway;
        GRANT SELECT, INSERT ON data_protection_key TO network_gateway;
        GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO network_gateway;
        -- The audit log: appended to and read, never rewritten.
        GRANT SELECT, INSERT ON audit_event TO network_gateway;
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO network_gateway', pg_get_serial_sequence('audit_event', 'id'));
    END IF;
END
$$;

-- 4. The ledger and the audit log are never rewritten: no role holds UPDATE, DELETE or TRUNCATE on
--    them (nor through the ledger view), the owner included; the triggers of 003 and 105 refuse
--    them even to a superuser.
REVOKE UPDATE, DELETE, TRUNCATE ON case_ledger, ledger, audit_event FROM PUBLIC;
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT DISTINCT c.relname, a.privilege_type, a.grantee
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE c.oid IN ('case_ledger'::regclass, 'ledger'::regclass, 'audit_event'::regclass)
          AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        EXECUTE format('REVOKE %s ON %I FROM %s', g.privilege_type, g.relname,
            CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;

    FOR g IN
        SELECT DISTINCT c.relname, t.attname, a.grantee
        FROM pg_attribute t
        JOIN pg_class c ON c.oid = t.attrelid
        CROSS JOIN LATERAL aclexplode(t.attacl) a
        WHERE t.attrelid IN ('case_ledger'::regclass, 'ledger'::regclass, 'audit_event'::regclass)
          AND a.privilege_type = 'UPDATE'
    LOOP
        EXECUTE format('REVOKE UPDATE (%I) ON %I FROM %s', g.attname, g.relname,
            CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(g.grantee)) END);
    END LOOP;
END
$$;
