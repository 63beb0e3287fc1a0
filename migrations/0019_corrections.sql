-- Everyday corrections staff could not make: revoking a certificate, cancelling a class, and setting a
-- rule aside for one delegate. Each says why, and the audit trail says who and when.

-- A revoked certificate says why; `verify` shows it.
ALTER TABLE certificates ADD COLUMN revocation_reason nfc_text;

-- A cancelled class says why.
ALTER TABLE classes ADD COLUMN cancellation_reason nfc_text;

-- A rule of a program set aside for one delegate by a staff member, with the reason: the catalog's
-- "hoặc ≥ 1 năm làm đại biểu" beside a prerequisite, or a re-elected leader admitted to a program for
-- first-time delegates. Enrollment reads it; the rule stays for everyone else.
CREATE TABLE waivers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegate_id     bigint NOT NULL REFERENCES delegates,
    curriculum_code text NOT NULL REFERENCES curricula ON UPDATE CASCADE,
    rule            text NOT NULL CHECK (rule IN ('audience', 'prerequisites')),
    reason          nfc_text NOT NULL,
    granted_by      text NOT NULL,
    granted_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (delegate_id, curriculum_code, rule)
);
CREATE TRIGGER waivers_audit AFTER INSERT OR UPDATE OR DELETE ON waivers
    FOR EACH ROW EXECUTE FUNCTION write_audit();
