-- Gateway: Idempotency-Key records, shared by every gateway. A retried request with the same
-- key (same clerk, same route, same body) is answered with the stored response. For intake the
-- row also holds the receipt number minted for the key, so a retry after a crash reuses it.
-- Idempotent: safe to run on every start.

CREATE TABLE IF NOT EXISTS idempotency_key (
    clerk_id        text        NOT NULL,
    idempotency_key text        NOT NULL,
    method          text        NOT NULL,
    route           text        NOT NULL,
    request_hash    text        NOT NULL,
    receipt_number  text,
    status_code     integer,
    content_type    text,
    response_body   bytea,
    locked_until    timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (clerk_id, idempotency_key)
);

-- The Location header of a stored 201, replayed with it.
ALTER TABLE idempotency_key ADD COLUMN IF NOT EXISTS location text;

CREATE INDEX IF NOT EXISTS idempotency_key_created ON idempotency_key (created_at);

-- The receipt number's {yyyyMMdd}-{tail} reserved when the key is claimed: an intake under the key
-- takes it without another write, and a retry (any gateway, any day) reuses it.
ALTER TABLE idempotency_key ADD COLUMN IF NOT EXISTS reserved_suffix text;
