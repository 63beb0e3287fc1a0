-- Withdrawals from regional conferences (issue 19): a body uninvited, a delegate unregistered, and a programme
-- replaced from a file. Attendance taken is a record of who was there: nothing removes it by the way.

-- A registration or a session with attendance cannot go, whatever removes it (an unregistration, a body
-- uninvited with its registrations, a programme re-imported): the marks now hold their rows instead of
-- following them out, and the commands say which marks stand in the way.
ALTER TABLE conference_attendance
    DROP CONSTRAINT conference_attendance_session,
    DROP CONSTRAINT conference_attendance_registered,
    ADD CONSTRAINT conference_attendance_session FOREIGN KEY (conference_session_id, conference_id)
        REFERENCES conference_sessions (id, conference_id),
    ADD CONSTRAINT conference_attendance_registered FOREIGN KEY (conference_id, delegate_id)
        REFERENCES conference_registrations;

-- A programme re-imported renumbers its sessions in one statement: the numbers must be unique when it ends, not
-- after each row.
ALTER TABLE conference_sessions
    DROP CONSTRAINT conference_sessions_conference_id_number_key,
    ADD CONSTRAINT conference_sessions_number UNIQUE (conference_id, number) DEFERRABLE INITIALLY IMMEDIATE;

-- The conferences gather the standing committees of the councils: a candidate (0040) is not yet on a council, so
-- is never registered, and a candidate linked later has no registration to carry over.
CREATE OR REPLACE FUNCTION conference_registration_body() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    person delegates;
BEGIN
    SELECT * INTO person FROM delegates WHERE id = NEW.delegate_id;
    IF person.standing = 'candidate' THEN
        RAISE EXCEPTION 'candidate % cannot be registered for a conference', person.code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'conference_registrations_delegates_only';
    END IF;
    NEW.body_id := person.body_id;
    RETURN NEW;
END;
$$;
