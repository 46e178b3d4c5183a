-- Gateway: clerk accounts (sign-in). The id is the clerk id the grains know.
-- Idempotent: safe to run on every start.

CREATE TABLE IF NOT EXISTS clerk_account (
    id              text        PRIMARY KEY,
    display_name    text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('WindowClerk', 'CenterDirector', 'ProxyAgent', 'CityMonitor', 'Administrator')),
    point_code      text        NOT NULL,
    password_hash   text        NOT NULL,
    disabled        boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS clerk_account_point ON clerk_account (point_code);
