-- Notices of a delegate's place in a class and of their certificates, written by the change itself (the
-- transactional outbox), as session changes are: a seat, a wait-list place, its promotion to a seat, a withdrawal
-- (saying why when the class was cancelled), a certificate issued. They are about a class, not a session.
--
-- A delegate says how notices reach them (delegates.notify_by): by e-mail, by the center's webhook (its SMS
-- gateway or Zalo account), or not at all; left empty, by e-mail when they have an address, otherwise by the
-- webhook.
ALTER TABLE delegates ADD COLUMN notify_by text CHECK (notify_by IN ('email', 'webhook', 'none'));

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox
    ALTER COLUMN session_id DROP NOT NULL,
    ALTER COLUMN session_revision DROP NOT NULL,
    ADD COLUMN class_id bigint REFERENCES classes,
    ADD CONSTRAINT outbox_kind_check CHECK (kind IN (
        'session_reminder', 'session_changed', 'session_cancelled',
        'enrolled', 'waitlisted', 'promoted', 'withdrawn', 'certificate_issued')),
    ADD CONSTRAINT outbox_about CHECK (
        CASE WHEN kind LIKE 'session\_%' THEN session_id IS NOT NULL AND session_revision IS NOT NULL
             ELSE class_id IS NOT NULL END);

-- What a notice about a class says of it: its curriculum, dates and place, and why it was cancelled.
CREATE FUNCTION class_notice_payload(class bigint, cohort bigint) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'classCode', cl.code, 'curriculumTitle', cu.title, 'cohortCode', co.code,
        'startsOn', cl.starts_on, 'endsOn', cl.ends_on, 'venueName', v.name, 'online', cl.online,
        'classCancelled', cl.status = 'cancelled', 'cancellationReason', cl.cancellation_reason)
    FROM classes cl
    JOIN curricula cu ON cu.code = cl.curriculum_code
    LEFT JOIN cohorts co ON co.id = cohort
    LEFT JOIN venues v ON v.id = cl.venue_id
    WHERE cl.id = class
$$;

CREATE FUNCTION write_enrollment_notices() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    notice text := CASE
        WHEN TG_OP = 'INSERT' AND NEW.status IN ('enrolled', 'waitlisted') THEN NEW.status
        WHEN TG_OP = 'UPDATE' AND OLD.status = 'waitlisted' AND NEW.status = 'enrolled' THEN 'promoted'
        WHEN TG_OP = 'UPDATE' AND OLD.status IN ('enrolled', 'waitlisted') AND NEW.status = 'withdrawn'
            THEN 'withdrawn'
    END;
    payload jsonb;
BEGIN
    IF notice IS NULL THEN
        RETURN NULL;
    END IF;
    payload := class_notice_payload(NEW.class_id, NEW.cohort_id);
    IF notice = 'waitlisted' THEN
        -- Served in arrival order, so the place is the count of those who asked before, and this one.
        payload := payload || jsonb_build_object('waitlistPlace', (
            SELECT count(*) FROM enrollments w
            WHERE w.class_id = NEW.class_id AND w.status = 'waitlisted'
              AND (w.requested_at, w.id) <= (NEW.requested_at, NEW.id)));
    END IF;
    INSERT INTO outbox (kind, delegate_id, class_id, payload) VALUES (notice, NEW.delegate_id, NEW.class_id, payload);
    RETURN NULL;
END;
$$;

CREATE TRIGGER enrollments_notices
    AFTER INSERT OR UPDATE OF status ON enrollments
    FOR EACH ROW EXECUTE FUNCTION write_enrollment_notices();

CREATE FUNCTION write_certificate_notice() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outbox (kind, delegate_id, class_id, payload)
    VALUES ('certificate_issued', NEW.delegate_id, NEW.class_id,
            class_notice_payload(NEW.class_id, NULL)
            || jsonb_build_object('certificateNumber', NEW.number, 'issuedAt', NEW.issued_at));
    RETURN NULL;
END;
$$;

CREATE TRIGGER certificates_notice
    AFTER INSERT ON certificates
    FOR EACH ROW EXECUTE FUNCTION write_certificate_notice();
