-- Who takes which class, who came to which session, and who completed what.
CREATE TABLE enrollments (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id        bigint NOT NULL REFERENCES classes,
    cohort_id       bigint,
    delegate_id     bigint NOT NULL REFERENCES delegates,
    status          text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn', 'completed')),
    -- Arrival order: the wait list is served by it.
    requested_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    FOREIGN KEY (cohort_id, class_id) REFERENCES cohorts (id, class_id)
);
-- A delegate is enrolled (or waiting) at most once in a class; a withdrawn row does not count.
CREATE UNIQUE INDEX enrollments_one_active ON enrollments (class_id, delegate_id)
    WHERE status IN ('enrolled', 'waitlisted', 'completed');
CREATE INDEX enrollments_waitlist ON enrollments (class_id, requested_at, id) WHERE status = 'waitlisted';
CREATE INDEX enrollments_by_delegate ON enrollments (delegate_id);

-- The append-only status history of each enrollment, written by the trigger below.
CREATE TABLE enrollment_status_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrollment_id   bigint NOT NULL REFERENCES enrollments,
    status          text NOT NULL,
    at              timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor           text NOT NULL
);
CREATE TRIGGER enrollment_status_history_append_only
    BEFORE UPDATE OR DELETE ON enrollment_status_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Keeps classes.enrolled_count equal to the seats held, so the capacity check on classes decides,
-- and records every status in the history.
CREATE FUNCTION enrollment_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    held_before integer := CASE WHEN TG_OP <> 'INSERT' AND OLD.status IN ('enrolled', 'completed') THEN 1 ELSE 0 END;
    held_after integer := CASE WHEN TG_OP <> 'DELETE' AND NEW.status IN ('enrolled', 'completed') THEN 1 ELSE 0 END;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.class_id <> NEW.class_id THEN
        RAISE EXCEPTION 'an enrollment cannot move to another class; withdraw and enroll instead'
            USING ERRCODE = 'check_violation';
    END IF;
    IF held_after <> held_before THEN
        UPDATE classes SET enrolled_count = enrolled_count + held_after - held_before
        WHERE id = coalesce(NEW.class_id, OLD.class_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.status <> NEW.status) THEN
        INSERT INTO enrollment_status_history (enrollment_id, status, actor)
        VALUES (NEW.id, NEW.status, coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user));
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_seats
    AFTER INSERT OR UPDATE OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_changed();
CREATE TRIGGER enrollments_audit AFTER INSERT OR UPDATE OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION write_audit();

-- điểm danh.
CREATE TABLE attendance (
    session_id      bigint NOT NULL REFERENCES sessions ON DELETE CASCADE,
    delegate_id     bigint NOT NULL REFERENCES delegates,
    status          text NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    checked_in_at   timestamptz,
    marked_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, delegate_id)
);

-- Only a delegate enrolled in the session's class can be marked.
CREATE FUNCTION attendance_requires_enrollment() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM sessions s
        JOIN enrollments e ON e.class_id = s.class_id
        WHERE s.id = NEW.session_id AND e.delegate_id = NEW.delegate_id
          AND e.status IN ('enrolled', 'completed')
    ) THEN
        RAISE EXCEPTION 'delegate % is not enrolled in the class of session %', NEW.delegate_id, NEW.session_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'attendance_enrolled';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER attendance_enrolled
    BEFORE INSERT OR UPDATE OF session_id, delegate_id ON attendance
    FOR EACH ROW EXECUTE FUNCTION attendance_requires_enrollment();
CREATE TRIGGER attendance_audit AFTER INSERT OR UPDATE OR DELETE ON attendance
    FOR EACH ROW EXECUTE FUNCTION write_audit('session_id', 'delegate_id');

-- giấy chứng nhận: one per delegate and class, numbered GCN-<year>-<serial>.
CREATE SEQUENCE certificate_serial;
CREATE TABLE certificates (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number      text NOT NULL UNIQUE CHECK (number ~ '^GCN-[0-9]{4}-[0-9]{6,}$'),
    class_id    bigint NOT NULL REFERENCES classes,
    delegate_id bigint NOT NULL REFERENCES delegates,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    UNIQUE (class_id, delegate_id)
);
CREATE TRIGGER certificates_audit AFTER INSERT OR UPDATE OR DELETE ON certificates
    FOR EACH ROW EXECUTE FUNCTION write_audit();
