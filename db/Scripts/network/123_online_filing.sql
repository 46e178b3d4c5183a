-- Online filing (网上申报), seals and Open311 (issue 13). Idempotent.
--
-- 1. The files applicants upload with an online application: kept in the database beside the cases
--    (never in a folder under the web root, never executed), read and written by the silos only
--    (the application's grain decides who may have them; the gateway never reads this table).
--    STORAGE EXTERNAL: PDFs, JPEGs and PNGs are compressed already, so TOAST does not try again.
CREATE TABLE IF NOT EXISTS online_application_file (
    application_number text NOT NULL,
    file_id            text NOT NULL,
    material           text NOT NULL,
    file_name          text NOT NULL,
    content_type       text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size               bigint NOT NULL CHECK (size > 0),
    sha256             text NOT NULL,
    content            bytea NOT NULL,
    stored_at          timestamptz NOT NULL,
    PRIMARY KEY (application_number, file_id)
);
ALTER TABLE online_application_file ALTER COLUMN content SET STORAGE EXTERNAL;

-- 2. Open311 clients (GeoReport v2 api_key): one per registered client, the key kept only as its
--    SHA-256 (a key is 32 random bytes, so a plain hash is enough); issued by a director or the city
--    monitor for points within their reach, revocable.
CREATE TABLE IF NOT EXISTS open311_client (
    client_id    text PRIMARY KEY,
    name         text NOT NULL,
    key_hash     bytea NOT NULL UNIQUE,
    scope_code   text NOT NULL,
    issued_by    text NOT NULL,
    issued_at    timestamptz NOT NULL,
    revoked_at   timestamptz
);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        GRANT SELECT, INSERT, DELETE ON online_application_file TO network_silo;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_gateway') THEN
        GRANT SELECT, INSERT, UPDATE ON open311_client TO network_gateway;
    END IF;
END
$$;
