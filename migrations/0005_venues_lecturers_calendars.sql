-- Where and by whom sessions are taught, and when people and rooms are not available.

-- Whether PostgreSQL knows an IANA zone name. Zone names do not change while a server runs, so the
-- answer depends on the argument alone.
CREATE FUNCTION is_time_zone(name text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
    PERFORM now() AT TIME ZONE name;
    RETURN true;
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN false;
END;
$$;
CREATE TABLE venues (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            code_text NOT NULL UNIQUE,
    name            nfc_text NOT NULL,
    province_code   text REFERENCES provinces,
    address         text,
    -- Output is in the venue's local time.
    time_zone       text NOT NULL DEFAULT 'Asia/Ho_Chi_Minh' CHECK (is_time_zone(time_zone)),
    -- Half-day slots: sáng (morning) and chiều (afternoon).
    morning_starts      time NOT NULL DEFAULT '07:30',
    morning_ends        time NOT NULL DEFAULT '11:30',
    afternoon_starts    time NOT NULL DEFAULT '13:30',
    afternoon_ends      time NOT NULL DEFAULT '17:00',
    online          boolean NOT NULL DEFAULT false,
    CHECK (morning_starts < morning_ends AND morning_ends <= afternoon_starts
        AND afternoon_starts < afternoon_ends)
);

CREATE TABLE rooms (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id    bigint NOT NULL REFERENCES venues ON DELETE CASCADE,
    code        code_text NOT NULL,
    name        nfc_text NOT NULL,
    capacity    integer NOT NULL CHECK (capacity > 0),
    online      boolean NOT NULL DEFAULT false,
    UNIQUE (venue_id, code)
);

-- giảng viên, báo cáo viên.
CREATE TABLE lecturers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            code_text NOT NULL UNIQUE,
    full_name       nfc_text NOT NULL,
    name_sort_key   text NOT NULL,
    organisation    nfc_text,
    home_province   text REFERENCES provinces,
    email           text,
    phone           text
);
CREATE INDEX lecturers_name_search ON lecturers USING gin (fold_text(full_name) gin_trgm_ops);

CREATE TABLE lecturer_modules (
    lecturer_id     bigint NOT NULL REFERENCES lecturers ON DELETE CASCADE,
    module_code     text NOT NULL REFERENCES modules ON DELETE CASCADE,
    PRIMARY KEY (lecturer_id, module_code)
);

-- Periods when a lecturer, a room or a whole body is not available: leave, closures, public holidays
-- (no owner: everyone) and kỳ họp, the sittings of a body during which its delegates are busy.
CREATE TABLE unavailability (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('holiday', 'sitting', 'leave', 'closure', 'other')),
    lecturer_id     bigint REFERENCES lecturers ON DELETE CASCADE,
    room_id         bigint REFERENCES rooms ON DELETE CASCADE,
    body_id         bigint REFERENCES bodies ON DELETE CASCADE,
    during          tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
    reason          nfc_text,
    CHECK (num_nonnulls(lecturer_id, room_id, body_id) <= 1),
    CHECK ((kind = 'holiday') = (num_nonnulls(lecturer_id, room_id, body_id) = 0)),
    CHECK (kind <> 'sitting' OR body_id IS NOT NULL)
);
CREATE INDEX unavailability_during ON unavailability USING gist (during);
