-- Notices of a changed session, written by the change itself (the transactional outbox): when a planned session
-- moves (its time or room) or is cancelled — by hand, by a re-plan, by anything — every delegate seated in it gets
-- a notice in the same transaction, so no change goes untold and none is told that did not happen. The payload
-- is the reminder's, plus where and when the session was before. A cancelled class's delegates hear it once, from
-- their withdrawal (migration 0024), not once more for each of its sessions.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('session_reminder', 'session_changed', 'session_cancelled'));

-- What a notice about a session says of it, for the reminders (the jobs) and the change notices alike.
CREATE FUNCTION session_notice_payload(s sessions) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'classCode', cl.code, 'cohortCode', co.code, 'moduleCode', s.module_code, 'moduleTitle', m.title,
        'startsAt', lower(s.during), 'endsAt', upper(s.during),
        'timeZone', coalesce(v.time_zone, 'Asia/Ho_Chi_Minh'),
        'roomName', r.name, 'venueName', coalesce(rv.name, v.name), 'online', cl.online)
    FROM classes cl
    JOIN cohorts co ON co.id = s.cohort_id
    JOIN modules m ON m.code = s.module_code
    LEFT JOIN venues v ON v.id = cl.venue_id
    LEFT JOIN rooms r ON r.id = s.room_id
    LEFT JOIN venues rv ON rv.id = r.venue_id
    WHERE cl.id = s.class_id
$$;

CREATE FUNCTION write_session_change_notices() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO outbox (kind, delegate_id, session_id, session_revision, payload)
    SELECT CASE WHEN NEW.status = 'cancelled' THEN 'session_cancelled' ELSE 'session_changed' END,
           e.delegate_id, NEW.id, NEW.revision,
           session_notice_payload(NEW) || jsonb_build_object(
               'previousStartsAt', lower(OLD.during), 'previousEndsAt', upper(OLD.during),
               'previousRoomName', (SELECT name FROM rooms WHERE id = OLD.room_id))
    FROM enrollments e
    JOIN classes cl ON cl.id = e.class_id
    WHERE e.class_id = NEW.class_id AND e.status IN ('enrolled', 'completed') AND cl.status <> 'cancelled'
      AND (e.cohort_id IS NULL OR e.cohort_id = NEW.cohort_id)
    ON CONFLICT ON CONSTRAINT outbox_once DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER sessions_change_notices
    AFTER UPDATE ON sessions
    FOR EACH ROW
    WHEN (OLD.status = 'planned'
          AND (NEW.status = 'cancelled' OR OLD.during IS DISTINCT FROM NEW.during
               OR OLD.room_id IS DISTINCT FROM NEW.room_id))
    EXECUTE FUNCTION write_session_change_notices();
