-- The staff console (issue 16): staff, lecturers and admins sign in with a username and a password, and their
-- browser sessions live here, so that every `ttbd serve` behind a load balancer knows them.
--
-- A password is kept as its bcrypt hash, in a table of its own: the audit trail records that a password was set
-- and by whom, never the hash (the generic trigger would copy the whole row into the trail).
CREATE TABLE account_passwords (
    account_id      bigint PRIMARY KEY REFERENCES accounts ON DELETE CASCADE,
    bcrypt_hash     text NOT NULL CHECK (bcrypt_hash ~ '^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$'),
    changed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_password_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    who text := coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user);
BEGIN
    INSERT INTO audit_log (actor, table_name, action, row_id, before, after)
    VALUES (who, TG_TABLE_NAME, lower(TG_OP), coalesce(NEW.account_id, OLD.account_id)::text,
            CASE WHEN TG_OP <> 'INSERT' THEN jsonb_build_object('account_id', OLD.account_id, 'changed_at', OLD.changed_at) END,
            CASE WHEN TG_OP <> 'DELETE' THEN jsonb_build_object('account_id', NEW.account_id, 'changed_at', NEW.changed_at) END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER account_passwords_audit AFTER INSERT OR UPDATE OR DELETE ON account_passwords
    FOR EACH ROW EXECUTE FUNCTION audit_password_change();

-- A signed-in browser: the key is the SHA-256 of the cookie's random id, so the table alone signs nobody in.
-- Not audited: a session is a login's working state, and sign-ins are logged by the service. The job
-- forget-console-sessions deletes the ones that ended.
CREATE TABLE console_sessions (
    key_hash        bytea PRIMARY KEY CHECK (octet_length(key_hash) = 32),
    value           jsonb NOT NULL,
    expires_at      timestamptz
);
CREATE INDEX console_sessions_by_expiry ON console_sessions (expires_at);

ALTER TABLE job_runs
    DROP CONSTRAINT job_runs_job_check,
    ADD CONSTRAINT job_runs_job_check
        CHECK (job IN ('session-reminders', 'close-attendance', 'backup', 'forget-console-sessions'));
