-- What the HTTP service needs beyond the accounts and tokens of 0008: the outbox its reminders go to,
-- the record of its background jobs, and the indexes its hot paths read.

-- A token is found by its SHA-256 alone (the UNIQUE index of 0008); the service then checks purpose,
-- expiry, revocation and the account in the same row. Revoking reads a user's live tokens of a purpose.
CREATE INDEX api_tokens_live ON api_tokens (account_id, purpose) WHERE revoked_at IS NULL;

-- The account of a token and who it is, in one call whose plan is made once per connection: it runs
-- on every request of the service.
CREATE FUNCTION token_account(presented bytea, wanted_purpose text)
    RETURNS TABLE (
        token_hash bytea, expires_at timestamptz, revoked_at timestamptz, disabled_at timestamptz,
        account_id bigint, username text, display_name text, role text,
        delegate_id bigint, delegate_code text, lecturer_id bigint, lecturer_code text)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT t.token_hash, t.expires_at, t.revoked_at, a.disabled_at,
           a.id, a.username, a.display_name::text, a.role,
           a.delegate_id, d.code::text, a.lecturer_id, l.code::text
    FROM api_tokens t
    JOIN accounts a ON a.id = t.account_id
    LEFT JOIN delegates d ON d.id = a.delegate_id
    LEFT JOIN lecturers l ON l.id = a.lecturer_id
    WHERE t.token_hash = presented AND t.purpose = wanted_purpose;
END;
$$;

-- Messages waiting for a delivery adapter (mail, SMS, Zalo: later). A reminder is written once per
-- delegate, session and revision of the session: running the job again writes nothing, and moving a
-- session (a new revision) reminds again.
CREATE TABLE outbox (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                text NOT NULL CHECK (kind IN ('session_reminder')),
    delegate_id         bigint NOT NULL REFERENCES delegates,
    session_id          bigint NOT NULL REFERENCES sessions ON DELETE CASCADE,
    session_revision    integer NOT NULL,
    -- What the message says, as the job saw the session: the adapter needs no other query.
    payload             jsonb NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    delivered_at        timestamptz,
    CONSTRAINT outbox_once UNIQUE (kind, delegate_id, session_id, session_revision)
);
CREATE INDEX outbox_undelivered ON outbox (created_at) WHERE delivered_at IS NULL;

-- Every run of a background job: which job, which process (host:pid), the instant it worked for,
-- when it ran and how many rows it changed. Runs that found another process holding the job's lock
-- leave no row.
CREATE TABLE job_runs (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job             text NOT NULL CHECK (job IN ('session-reminders', 'close-attendance')),
    runner          text NOT NULL,
    as_of           timestamptz NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz NOT NULL,
    rows_changed    integer NOT NULL CHECK (rows_changed >= 0),
    CHECK (finished_at >= started_at)
);
CREATE INDEX job_runs_by_job ON job_runs (job, started_at);

-- The close-attendance job looks for the planned sessions that ended.
CREATE INDEX sessions_planned_by_end ON sessions (upper(during)) WHERE status = 'planned';
