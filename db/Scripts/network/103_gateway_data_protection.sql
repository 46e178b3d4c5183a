-- Gateway: ASP.NET Core data protection keys, shared so that a cookie or bearer token issued by
-- one gateway is accepted by every other. Idempotent: safe to run on every start.

CREATE TABLE IF NOT EXISTS data_protection_key (
    friendly_name   text        PRIMARY KEY,
    xml             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
