-- lớp bồi dưỡng, khóa/nhóm, buổi học: classes deliver a curriculum, cohorts take them together, and
-- sessions are half-days on the calendar. The database itself refuses a room, a lecturer or a cohort
-- in two overlapping sessions.
CREATE TABLE classes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            code_text NOT NULL UNIQUE,
    curriculum_code text NOT NULL REFERENCES curricula ON UPDATE CASCADE,
    venue_id        bigint REFERENCES venues,
    online          boolean NOT NULL DEFAULT false,
    capacity        integer NOT NULL CHECK (capacity > 0),
    -- Seats taken, kept by the enrollment trigger; the check is what stops an over-full class under
    -- concurrent enrollments, because every seat change updates (and so locks) this row.
    enrolled_count  integer NOT NULL DEFAULT 0,
    starts_on       date NOT NULL,
    ends_on         date NOT NULL,
    audience        text[] NOT NULL DEFAULT '{}',
    status          text NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'open', 'running', 'closed', 'cancelled')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT classes_capacity CHECK (enrolled_count BETWEEN 0 AND capacity),
    CONSTRAINT classes_window CHECK (ends_on >= starts_on),
    CONSTRAINT classes_place CHECK (online <> (venue_id IS NOT NULL))
);
CREATE INDEX classes_by_curriculum ON classes (curriculum_code);

-- The modules a class teaches, when it delivers only part of its curriculum.
CREATE TABLE class_modules (
    class_id        bigint NOT NULL REFERENCES classes ON DELETE CASCADE,
    module_code     text NOT NULL REFERENCES modules,
    PRIMARY KEY (class_id, module_code)
);

CREATE TABLE cohorts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id    bigint NOT NULL REFERENCES classes ON DELETE CASCADE,
    code        code_text NOT NULL,
    size_hint   integer CHECK (size_hint > 0),
    UNIQUE (class_id, code),
    UNIQUE (id, class_id)
);

CREATE TABLE sessions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id    bigint NOT NULL,
    cohort_id   bigint NOT NULL,
    module_code text NOT NULL REFERENCES modules,
    room_id     bigint REFERENCES rooms,
    during      tstzrange NOT NULL,
    status      text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    -- Staff pinned it by hand: the planner leaves it where it is.
    pinned      boolean NOT NULL DEFAULT false,
    -- iCalendar SEQUENCE: raised on every change a subscriber must see.
    revision    integer NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (cohort_id, class_id) REFERENCES cohorts (id, class_id) ON DELETE CASCADE,
    CONSTRAINT sessions_time CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
    CONSTRAINT sessions_room_free EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (status <> 'cancelled' AND room_id IS NOT NULL),
    CONSTRAINT sessions_cohort_free EXCLUDE USING gist (cohort_id WITH =, during WITH &&)
        WHERE (status <> 'cancelled')
);
CREATE INDEX sessions_by_class ON sessions (class_id, lower(during));
CREATE INDEX sessions_during ON sessions USING gist (during);

-- Lecturers of a session. Each row carries a copy of the session's time and state, kept by triggers,
-- because an exclusion constraint can only compare columns of one table.
CREATE TABLE session_lecturers (
    session_id  bigint NOT NULL REFERENCES sessions ON DELETE CASCADE,
    lecturer_id bigint NOT NULL REFERENCES lecturers,
    during      tstzrange NOT NULL,
    active      boolean NOT NULL,
    PRIMARY KEY (session_id, lecturer_id),
    CONSTRAINT session_lecturers_free EXCLUDE USING gist (lecturer_id WITH =, during WITH &&) WHERE (active)
);

CREATE FUNCTION copy_session_time_to_lecturer() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    SELECT s.during, s.status <> 'cancelled' INTO NEW.during, NEW.active
    FROM sessions s WHERE s.id = NEW.session_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER session_lecturers_time
    BEFORE INSERT OR UPDATE ON session_lecturers
    FOR EACH ROW EXECUTE FUNCTION copy_session_time_to_lecturer();

CREATE FUNCTION session_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.during, NEW.room_id, NEW.status, NEW.module_code)
        IS DISTINCT FROM (OLD.during, OLD.room_id, OLD.status, OLD.module_code) THEN
        NEW.revision := OLD.revision + 1;
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER sessions_revision
    BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION session_changed();

CREATE FUNCTION propagate_session_time() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE session_lecturers SET during = NEW.during, active = NEW.status <> 'cancelled'
    WHERE session_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER sessions_lecturer_times
    AFTER UPDATE OF during, status ON sessions
    FOR EACH ROW EXECUTE FUNCTION propagate_session_time();

CREATE TRIGGER sessions_audit AFTER INSERT OR UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER session_lecturers_audit AFTER INSERT OR UPDATE OR DELETE ON session_lecturers
    FOR EACH ROW EXECUTE FUNCTION write_audit('session_id', 'lecturer_id');
