-- Enrollments inserted many at once (the induction enrolls every first-time delegate of the country in one
-- statement) paid a trigger call per row for the seat count, the status history, the notice and the audit row,
-- and each seat-count UPDATE of classes fired the classes' statement triggers again: about 250 µs a row, 25 s for
-- the national induction. An INSERT now does each of those once per statement over its transition table. Updates and
-- deletes keep their row triggers (one enrollment at a time, and `enrollments_seats_refill` relies on their order).
-- What is written is the same: one history row, one notice and one audit row per enrollment, and the count that
-- the capacity check on classes decides, raised once per class by the seats the statement took in it.

DROP TRIGGER enrollments_seats ON enrollments;
CREATE TRIGGER enrollments_seats
    AFTER UPDATE OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_changed();

CREATE FUNCTION enrollments_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE classes c SET enrolled_count = c.enrolled_count + taken.seats
    FROM (SELECT class_id, count(*)::integer AS seats FROM new_rows
          WHERE status IN ('enrolled', 'completed') GROUP BY class_id) taken
    WHERE c.id = taken.class_id;
    INSERT INTO enrollment_status_history (enrollment_id, status, actor)
    SELECT n.id, n.status, coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user)
    FROM new_rows n ORDER BY n.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_seats_insert
    AFTER INSERT ON enrollments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enrollments_inserted();

DROP TRIGGER enrollments_audit ON enrollments;
CREATE TRIGGER enrollments_audit AFTER UPDATE OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER enrollments_audit_insert AFTER INSERT ON enrollments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION write_audit_rows();

-- The notices of enrollments and wait-list places, as write_enrollment_notices words them (0024), a statement at a
-- time. A wait-list place counts those who asked before, this statement's rows included, as the row trigger did.
CREATE FUNCTION write_enrollment_notices_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- The class's words once per class and cohort, not once per delegate.
    WITH about AS (
        SELECT t.class_id, t.cohort_id, class_notice_payload(t.class_id, t.cohort_id) AS payload
        FROM (SELECT DISTINCT class_id, cohort_id FROM new_rows WHERE status IN ('enrolled', 'waitlisted')) t
    )
    INSERT INTO outbox (kind, delegate_id, class_id, payload)
    SELECT n.status, n.delegate_id, n.class_id,
           a.payload
           || CASE WHEN n.status = 'waitlisted' THEN jsonb_build_object('waitlistPlace', (
                  SELECT count(*) FROM enrollments w
                  WHERE w.class_id = n.class_id AND w.status = 'waitlisted'
                    AND (w.requested_at, w.id) <= (n.requested_at, n.id)))
              ELSE '{}'::jsonb END
    FROM new_rows n
    JOIN about a ON a.class_id = n.class_id AND coalesce(a.cohort_id, 0) = coalesce(n.cohort_id, 0)
    WHERE n.status IN ('enrolled', 'waitlisted') ORDER BY n.id;
    RETURN NULL;
END;
$$;
DROP TRIGGER enrollments_notices ON enrollments;
CREATE TRIGGER enrollments_notices
    AFTER UPDATE OF status ON enrollments
    FOR EACH ROW EXECUTE FUNCTION write_enrollment_notices();
CREATE TRIGGER enrollments_notices_insert AFTER INSERT ON enrollments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION write_enrollment_notices_inserted();
