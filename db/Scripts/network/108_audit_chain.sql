-- Gateway: the audit log as one hash chain (issue 14). Every row of audit_event carries its place
-- in the chain (chain_seq, 1, 2, 3, ... without gaps), the hash of the row before it and its own
-- hash: SHA-256 over the previous hash followed by the row's canonical bytes (audit_event_canonical;
-- Gateway.Web/Security/AuditChain.cs computes the same bytes to check the chain). The first row's
-- previous hash is 32 zero bytes.
--
-- One chain for the whole log, whichever gateway writes: a BEFORE INSERT trigger takes a
-- transaction-level advisory lock, reads the last row of the chain and links the new row to it, so
-- concurrent writers are serialised from their audit insert to their commit (audit rows are
-- written last in their transactions, so the lock is held briefly; the log is written on sign-ins
-- and administrative acts, not on the matters' hot path). The chain is formed in PostgreSQL, so
-- every writer is chained, whatever its build. The trigger refuses transactions that are not READ
-- COMMITTED (a fixed snapshot would not see the row committed just before the lock was granted),
-- and the unique index on chain_seq refuses a fork in any case.
-- Idempotent: safe to run on every start.

ALTER TABLE audit_event ADD COLUMN IF NOT EXISTS chain_seq bigint;
ALTER TABLE audit_event ADD COLUMN IF NOT EXISTS previous_hash bytea;
ALTER TABLE audit_event ADD COLUMN IF NOT EXISTS hash bytea;

CREATE UNIQUE INDEX IF NOT EXISTS audit_event_chain ON audit_event (chain_seq);

-- One field of the canonical form: '|-' for NULL, else '|' || its length in UTF-8 bytes || ':' || it.
CREATE OR REPLACE FUNCTION audit_event_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '|-' ELSE '|' || octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;

-- The canonical bytes of a row (version 1): its id, place in the chain, time (UTC, microseconds),
-- actor, action, subject, address, outcome and detail, each length-prefixed, in UTF-8.
CREATE OR REPLACE FUNCTION audit_event_canonical(
    p_id bigint, p_chain_seq bigint, p_occurred_at timestamptz, p_actor_id text, p_action text,
    p_subject_id text, p_address text, p_outcome text, p_detail text) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT convert_to(
        'audit_event/v1'
        || audit_event_field(p_id::text)
        || audit_event_field(p_chain_seq::text)
        || audit_event_field(to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_event_field(p_actor_id)
        || audit_event_field(p_action)
        || audit_event_field(p_subject_id)
        || audit_event_field(p_address)
        || audit_event_field(p_outcome)
        || audit_event_field(p_detail),
        'UTF8')
$$;

-- Links a new row to the last one. SECURITY DEFINER: a role that may only INSERT into audit_event
-- still chains its rows (it need not read the log).
CREATE OR REPLACE FUNCTION audit_event_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    last_seq  bigint;
    last_hash bytea;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'audit_event rows are chained in READ COMMITTED transactions only, not %', current_setting('transaction_isolation')
            USING ERRCODE = 'feature_not_supported';
    END IF;

    -- The audit chain's lock ("AuditCh"); held until this transaction ends.
    PERFORM pg_advisory_xact_lock(18424947612599144);
    SELECT chain_seq, hash INTO last_seq, last_hash FROM audit_event WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
    NEW.chain_seq := coalesce(last_seq, 0) + 1;
    NEW.previous_hash := coalesce(last_hash, decode(repeat('00', 32), 'hex'));
    NEW.hash := sha256(NEW.previous_hash || audit_event_canonical(
        NEW.id, NEW.chain_seq, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.subject_id, NEW.address, NEW.outcome, NEW.detail));
    RETURN NEW;
END
$$;

-- Rows written before this script are chained once, in id order (the append-only triggers are
-- set aside for that one update, inside this script's transaction).
DO $$
DECLARE
    r         record;
    seq       bigint := 0;
    previous  bytea := decode(repeat('00', 32), 'hex');
BEGIN
    IF EXISTS (SELECT 1 FROM audit_event WHERE chain_seq IS NULL) AND NOT EXISTS (SELECT 1 FROM audit_event WHERE chain_seq IS NOT NULL) THEN
        ALTER TABLE audit_event DISABLE TRIGGER USER;
        FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
            seq := seq + 1;
            UPDATE audit_event
            SET chain_seq = seq,
                previous_hash = previous,
                hash = sha256(previous || audit_event_canonical(r.id, seq, r.occurred_at, r.actor_id, r.action, r.subject_id, r.address, r.outcome, r.detail))
            WHERE id = r.id
            RETURNING hash INTO previous;
        END LOOP;
        ALTER TABLE audit_event ENABLE TRIGGER USER;
    END IF;
END
$$;

CREATE OR REPLACE TRIGGER audit_event_chain_link
    BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_link();

CREATE INDEX IF NOT EXISTS audit_event_action ON audit_event (action, occurred_at);
