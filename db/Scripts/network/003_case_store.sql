-- Every kind of case (matters first) and one ledger (台帐) for all of them.
-- Idempotent: runs on every start, in one transaction (db/DatabaseMigrator.cs).

-- The current state of every case, with the columns the read side queries.
CREATE TABLE IF NOT EXISTS case_record (
    kind               text        NOT NULL,
    case_id            text        NOT NULL,
    point_code         text        NOT NULL,
    current_point_code text        NOT NULL,
    window_id          text,
    handler_id         text,
    status             text        NOT NULL,
    is_open            boolean     NOT NULL,
    version            integer     NOT NULL CHECK (version > 0),
    state              jsonb       NOT NULL,
    opened_at          timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    next_check_date    date,
    due_provisional    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (kind, case_id)
);

CREATE INDEX IF NOT EXISTS case_record_open_window_handler ON case_record (kind, point_code, window_id, handler_id) WHERE is_open;
CREATE INDEX IF NOT EXISTS case_record_next_check ON case_record (kind, point_code, next_check_date)
    WHERE is_open AND (next_check_date IS NOT NULL OR due_provisional);
CREATE INDEX IF NOT EXISTS case_record_point_opened ON case_record (kind, point_code, opened_at DESC);

-- One row per step of a case: who, when, where, what, and the RFC 6902 JSON Patch from the state
-- before the step to the state after it. (kind, case_id, sequence) is unique, so a retried write
-- can never record the same step twice.
CREATE TABLE IF NOT EXISTS case_ledger (
    id            bigserial   PRIMARY KEY,
    kind          text        NOT NULL,
    case_id       text        NOT NULL,
    sequence      integer     NOT NULL,
    occurred_at   timestamptz NOT NULL,
    actor_id      text        NOT NULL,
    point_code    text        NOT NULL,
    window_id     text,
    action        text        NOT NULL,
    status_before text,
    status_after  text        NOT NULL,
    detail        text,
    changes       json        NOT NULL,
    CONSTRAINT case_ledger_step_once UNIQUE (kind, case_id, sequence)
);

CREATE INDEX IF NOT EXISTS case_ledger_point_time ON case_ledger (point_code, occurred_at);

-- A rule of the trade: the register is never rewritten. Rows are only ever appended.
CREATE OR REPLACE FUNCTION case_ledger_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_ledger is append-only: % is refused (the register is never rewritten)', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE OR REPLACE TRIGGER case_ledger_append_only
    BEFORE UPDATE OR DELETE ON case_ledger
    FOR EACH ROW EXECUTE FUNCTION case_ledger_refuse_rewrite();

CREATE OR REPLACE TRIGGER case_ledger_no_truncate
    BEFORE TRUNCATE ON case_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION case_ledger_refuse_rewrite();

-- Old deployments: `matter` and `ledger` were tables (001/002 before this script). Carry every row
-- over (a ledger row's full states become a top-level JSON Patch) and drop them; the views below
-- take their names. This whole script is one transaction: all of it or nothing.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass('matter') AND c.relkind = 'r') THEN
        -- A deployment that never ran the old 002 lacks the sweep's columns.
        ALTER TABLE matter ADD COLUMN IF NOT EXISTS next_check_date date;
        ALTER TABLE matter ADD COLUMN IF NOT EXISTS due_provisional boolean NOT NULL DEFAULT false;

        INSERT INTO case_record (kind, case_id, point_code, current_point_code, window_id, handler_id, status, is_open,
                                 version, state, opened_at, updated_at, next_check_date, due_provisional)
        SELECT 'matter', receipt_number, point_code, current_point_code, window_id, handler_clerk_id, status,
               status NOT IN ('Completed', 'Returned'), version, state, received_at, updated_at, next_check_date, due_provisional
        FROM matter;

        DROP TABLE matter;
        RAISE NOTICE 'matter rows carried over into case_record; table matter dropped';
    END IF;

    IF EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass('ledger') AND c.relkind = 'r') THEN
        INSERT INTO case_ledger (kind, case_id, sequence, occurred_at, actor_id, point_code, window_id, action,
                                 status_before, status_after, detail, changes)
        SELECT 'matter', l.receipt_number, l.sequence, l.occurred_at, l.actor_id, l.point_code, l.window_id, l.action,
               l.status_before, l.status_after, l.detail, d.changes::json
        FROM ledger l
        CROSS JOIN LATERAL (
            SELECT CASE
                -- The first step (or a state that is not an object): the whole state, one op at the root.
                WHEN l.state_before IS NULL OR jsonb_typeof(l.state_before) <> 'object' OR jsonb_typeof(l.state_after) <> 'object'
                    THEN jsonb_build_array(jsonb_build_object('op', 'add', 'path', '', 'value', l.state_after))
                -- Later steps: one op per top-level property that changed, appeared or went.
                ELSE COALESCE((
                    SELECT jsonb_agg(o.op ORDER BY o.rank, o.name)
                    FROM (
                        SELECT 1 AS rank, a.key AS name,
                               jsonb_build_object('op', CASE WHEN l.state_before ? a.key THEN 'replace' ELSE 'add' END,
                                                  'path', '/' || replace(replace(a.key, '~', '~0'), '/', '~1'),
                                                  'value', a.value) AS op
                        FROM jsonb_each(l.state_after) a
                        WHERE l.state_before -> a.key IS DISTINCT FROM a.value
                        UNION ALL
                        SELECT 2, b.key,
                               jsonb_build_object('op', 'remove', 'path', '/' || replace(replace(b.key, '~', '~0'), '/', '~1'))
                        FROM jsonb_each(l.state_before) b
                        WHERE NOT l.state_after ? b.key
                    ) o), '[]'::jsonb)
            END AS changes
        ) d
        ORDER BY l.id;

        DROP TABLE ledger;
        RAISE NOTICE 'ledger rows carried over into case_ledger; table ledger dropped';
    END IF;
END
$$;

-- A step's change set is kept as the case store sent it (json, not jsonb): the store chains those
-- very bytes into the case's hash chain (107, Grains/Cases/Storage/LedgerHeads.cs), and json is
-- only checked, not parsed into a tree, on insert. A ledger of an earlier build (jsonb) turns into
-- json once; each value's text is then the text its hash was computed over (jsonb as text).
DO $$
BEGIN
    IF (SELECT atttypid = 'jsonb'::regtype FROM pg_attribute WHERE attrelid = 'case_ledger'::regclass AND attname = 'changes') THEN
        DROP VIEW IF EXISTS ledger;
        ALTER TABLE case_ledger ALTER COLUMN changes TYPE json USING changes::json;
        RAISE NOTICE 'case_ledger.changes turned from jsonb into json';
    END IF;
END
$$;

-- Matters as the read side and reports knew them: views over kind 'matter' with the old names.
CREATE OR REPLACE VIEW matter AS
SELECT case_id            AS receipt_number,
       point_code,
       window_id,
       state ->> 'itemId' AS item_id,
       status,
       current_point_code,
       handler_id         AS handler_clerk_id,
       version,
       state,
       opened_at          AS received_at,
       updated_at,
       next_check_date,
       due_provisional,
       is_open
FROM case_record
WHERE kind = 'matter';

CREATE OR REPLACE VIEW ledger AS
SELECT id,
       case_id AS receipt_number,
       sequence,
       occurred_at,
       actor_id,
       point_code,
       window_id,
       action,
       status_before,
       status_after,
       detail,
       changes
FROM case_ledger
WHERE kind = 'matter';
