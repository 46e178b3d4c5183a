-- Gateway: sessions that can be revoked, per-account lockout, forced password change, and the
-- audit log of sign-ins and account changes (issue 14). Idempotent: safe to run on every start.

-- The security stamp changes whenever what a session was granted changes (disabled, role, point,
-- password): every session carries the stamp it was issued with and ends when they differ.
ALTER TABLE clerk_account ADD COLUMN IF NOT EXISTS security_stamp text NOT NULL DEFAULT gen_random_uuid()::text;
-- Failed sign-ins since the last success or lock; how many locks in a row (each lasts longer).
ALTER TABLE clerk_account ADD COLUMN IF NOT EXISTS failed_sign_ins integer NOT NULL DEFAULT 0;
ALTER TABLE clerk_account ADD COLUMN IF NOT EXISTS lockouts integer NOT NULL DEFAULT 0;
ALTER TABLE clerk_account ADD COLUMN IF NOT EXISTS locked_until timestamptz;
-- Set by an administrator's password reset: only the change-password endpoint works until then.
ALTER TABLE clerk_account ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;

-- One row per sign-in (cookie or bearer). The refresh token of a bearer session is stored as its
-- SHA-256 only, replaced on every use (the one before is kept to recognise a replay, which ends
-- the session). A session never outlives expires_at (the absolute lifetime).
CREATE TABLE IF NOT EXISTS clerk_session (
    id                      uuid        PRIMARY KEY,
    clerk_id                text        NOT NULL REFERENCES clerk_account (id) ON DELETE CASCADE,
    kind                    text        NOT NULL CHECK (kind IN ('cookie', 'bearer')),
    security_stamp          text        NOT NULL,
    address                 text,
    created_at              timestamptz NOT NULL,
    expires_at              timestamptz NOT NULL,
    revoked_at              timestamptz,
    refresh_hash            bytea       UNIQUE,
    previous_refresh_hash   bytea
);

CREATE INDEX IF NOT EXISTS clerk_session_open ON clerk_session (clerk_id) WHERE revoked_at IS NULL;
CREATE INDEX IF NOT EXISTS clerk_session_previous_refresh ON clerk_session (previous_refresh_hash) WHERE previous_refresh_hash IS NOT NULL;
CREATE INDEX IF NOT EXISTS clerk_session_expiry ON clerk_session (expires_at);

-- Who did what, when, from where, with what outcome: sign-ins (failed ones too), sign-outs,
-- password changes and every account change made through the administration API.
CREATE TABLE IF NOT EXISTS audit_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_id    text,
    action      text        NOT NULL,
    subject_id  text,
    address     text,
    outcome     text        NOT NULL,
    detail      text
);

CREATE INDEX IF NOT EXISTS audit_event_subject ON audit_event (subject_id, occurred_at);

-- The audit log is never rewritten: rows are only ever appended (as case_ledger).
CREATE OR REPLACE FUNCTION audit_event_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE OR REPLACE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_rewrite();

CREATE OR REPLACE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_rewrite();
