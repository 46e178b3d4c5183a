-- The project's own tables: the current state of every matter and its ledger (台帐).
-- Idempotent: safe to run on every start.

CREATE TABLE IF NOT EXISTS matter (
    receipt_number  text        PRIMARY KEY,
    point_code      text        NOT NULL,
    window_id       text        NOT NULL,
    item_id         text        NOT NULL,
    status          text        NOT NULL,
    current_point_code text     NOT NULL,
    handler_clerk_id   text     NOT NULL,
    version         integer     NOT NULL CHECK (version > 0),
    state           jsonb       NOT NULL,
    received_at     timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS matter_point_status ON matter (point_code, status);
CREATE INDEX IF NOT EXISTS matter_window_handler ON matter (point_code, window_id, handler_clerk_id)
    WHERE status NOT IN ('Completed', 'Returned');
CREATE INDEX IF NOT EXISTS matter_current_point ON matter (current_point_code)
    WHERE status NOT IN ('Completed', 'Returned');

-- One row per state change of a matter. (receipt_number, sequence) is unique, so a retried
-- write can never record the same step twice.
CREATE TABLE IF NOT EXISTS ledger (
    id              bigserial   PRIMARY KEY,
    receipt_number  text        NOT NULL,
    sequence        integer     NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor_id        text        NOT NULL,
    point_code      text        NOT NULL,
    window_id       text,
    action          text        NOT NULL,
    status_before   text,
    status_after    text        NOT NULL,
    detail          text,
    state_before    jsonb,
    state_after     jsonb       NOT NULL,
    CONSTRAINT ledger_step_once UNIQUE (receipt_number, sequence)
);

CREATE INDEX IF NOT EXISTS ledger_point_time ON ledger (point_code, occurred_at);
