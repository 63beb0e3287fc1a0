-- Accounts of the people who use ttbd, and their API tokens (stored as SHA-256 hashes only).
CREATE TABLE accounts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    display_name    nfc_text NOT NULL,
    role            text NOT NULL CHECK (role IN ('admin', 'staff', 'lecturer', 'delegate')),
    delegate_id     bigint UNIQUE REFERENCES delegates,
    lecturer_id     bigint UNIQUE REFERENCES lecturers,
    created_at      timestamptz NOT NULL DEFAULT now(),
    disabled_at     timestamptz,
    CHECK ((role = 'delegate') = (delegate_id IS NOT NULL)),
    CHECK ((role = 'lecturer') = (lecturer_id IS NOT NULL))
);

CREATE TABLE api_tokens (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      bigint NOT NULL REFERENCES accounts ON DELETE CASCADE,
    purpose         text NOT NULL CHECK (purpose IN ('api', 'calendar_feed')),
    token_hash      bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER api_tokens_audit AFTER INSERT OR UPDATE OR DELETE ON api_tokens
    FOR EACH ROW EXECUTE FUNCTION write_audit();
