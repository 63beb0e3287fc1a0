-- Chỗ dành riêng (issue 19): a class may hold seats for the delegates of one province, or of one kind of body
-- (the National Assembly, the province councils, the commune councils), until a day; after that day the seats
-- nobody of the group took open to all. The rule lives where capacity does, under the class's row lock, so it
-- holds for every enroller at once, for the wait list's promotions and for staff changing the class.
--
-- The arithmetic, for a class of capacity K with E seats taken, on a day D:
--   a reservation is active while D <= reserved_until; it still holds max(seats - taken, 0) seats, where taken
--   counts every seated member of its group (members use the reserved seats first, those seated before the
--   reservation was made too);
--   a delegate may take a seat when E + (the seats active reservations hold for groups the delegate is not in)
--   < K. A member of a group thus takes its reserved seats or the open ones; an outsider only the open ones.
-- Seats held never exceed the free seats once they fit, so no outsider ever takes a reserved seat before its day.
--
-- The day D is the transaction's `ttbd.today` when the caller injects one (tests, the job for the instant it
-- runs), otherwise today in Vietnam by the server's clock. When a reservation expires, nothing happens at that
-- instant: the open-expired-reservations job seats the wait-listed who may now take the opened seats, and the
-- next enrollment in the class does the same before taking its own seat, so a newcomer never overtakes them.

CREATE TABLE class_reservations (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id        bigint NOT NULL REFERENCES classes ON DELETE CASCADE,
    province_code   text REFERENCES provinces,
    body_kind       text CHECK (body_kind IN ('national_assembly', 'province_council', 'commune_council')),
    seats           integer NOT NULL CHECK (seats > 0),
    reserved_until  date NOT NULL,
    CONSTRAINT class_reservations_one_group CHECK ((province_code IS NULL) <> (body_kind IS NULL)),
    CONSTRAINT class_reservations_once UNIQUE NULLS NOT DISTINCT (class_id, province_code, body_kind)
);
CREATE TRIGGER class_reservations_audit AFTER INSERT OR UPDATE OR DELETE ON class_reservations
    FOR EACH ROW EXECUTE FUNCTION write_audit();

-- The trail names a reservation by its class and group: `B-HN-01 79`, `B-HN-01 commune_council`.
ALTER FUNCTION audit_subject(text, jsonb) RENAME TO audit_subject_before_reservations;
CREATE FUNCTION audit_subject(table_name text, fields jsonb) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE table_name
        WHEN 'class_reservations' THEN audit_label('class_id', (fields ->> 'class_id')::bigint)
            || ' ' || coalesce(fields ->> 'province_code', fields ->> 'body_kind')
        ELSE audit_subject_before_reservations(table_name, fields)
    END
$$;

-- The day reservations are judged by.
CREATE FUNCTION reservation_day() RETURNS date
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('ttbd.today', true), '')::date,
                    (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
$$;

-- Whether the group of a reservation (a province or a kind of body) holds a delegate of this province and body.
CREATE FUNCTION reservation_holds(
    reserved_province text, reserved_body text, delegate_province text, delegate_body text
) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(reserved_province = delegate_province OR reserved_body = delegate_body, false)
$$;

-- The seated members of a group in a class.
CREATE FUNCTION reservation_taken(target_class bigint, reserved_province text, reserved_body text) RETURNS integer
    LANGUAGE sql STABLE AS $$
    SELECT count(*)::int
    FROM enrollments e JOIN delegates d ON d.id = e.delegate_id LEFT JOIN bodies b ON b.id = d.body_id
    WHERE e.class_id = target_class AND e.status IN ('enrolled', 'completed')
      AND reservation_holds(reserved_province, reserved_body, d.province_code, b.kind)
$$;

-- The seats the active reservations of a class hold on `day` for the groups a delegate of this province and
-- body is not in: the free seats that delegate may not take.
CREATE FUNCTION seats_held_from(target_class bigint, day date, delegate_province text, delegate_body text)
    RETURNS integer
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(greatest(r.seats - reservation_taken(target_class, r.province_code, r.body_kind), 0)), 0)::int
    FROM class_reservations r
    WHERE r.class_id = target_class AND r.reserved_until >= day
      AND NOT reservation_holds(r.province_code, r.body_kind, delegate_province, delegate_body)
$$;

-- Whether a delegate may take a free seat of the class now. The caller holds the class's row.
CREATE FUNCTION may_take_seat(target_class bigint, target_delegate bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT c.enrolled_count + seats_held_from(c.id, reservation_day(), d.province_code, b.kind) < c.capacity
    FROM classes c, delegates d LEFT JOIN bodies b ON b.id = d.body_id
    WHERE c.id = target_class AND d.id = target_delegate
$$;

-- A reservation is written under the class's lock, so enrollers and other staff wait for it: it starts today or
-- later, all active reservations fit in the capacity, and none holds fewer seats than its group already took.
CREATE FUNCTION reservation_fits() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    class_capacity integer;
    day date := reservation_day();
    reserved integer;
    taken integer;
BEGIN
    SELECT c.capacity INTO class_capacity FROM classes c WHERE c.id = NEW.class_id FOR UPDATE;
    IF NEW.reserved_until < day THEN
        RAISE EXCEPTION 'a reservation of class % ends on %, before today (%)', NEW.class_id, NEW.reserved_until, day
            USING ERRCODE = 'check_violation', CONSTRAINT = 'class_reservations_not_past';
    END IF;
    SELECT coalesce(sum(r.seats), 0) + NEW.seats INTO reserved
    FROM class_reservations r
    WHERE r.class_id = NEW.class_id AND r.reserved_until >= day
      -- By its group, not its id: an upsert's insert is checked before it turns into the update of that row.
      AND (r.province_code, r.body_kind) IS DISTINCT FROM (NEW.province_code, NEW.body_kind);
    IF reserved > class_capacity THEN
        RAISE EXCEPTION 'class % would reserve % of its % seats', NEW.class_id, reserved, class_capacity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'class_reservations_within_capacity';
    END IF;
    taken := reservation_taken(NEW.class_id, NEW.province_code, NEW.body_kind);
    IF NEW.seats < taken THEN
        RAISE EXCEPTION 'a reservation of class % for % seats; its group holds %', NEW.class_id, NEW.seats, taken
            USING ERRCODE = 'check_violation', CONSTRAINT = 'class_reservations_cover_taken';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER class_reservations_fit
    BEFORE INSERT OR UPDATE ON class_reservations
    FOR EACH ROW EXECUTE FUNCTION reservation_fits();

-- A reservation made smaller, shorter or removed frees seats for the wait list at once.
CREATE FUNCTION reservation_released() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fill_seats(OLD.class_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER class_reservations_release
    AFTER UPDATE OR DELETE ON class_reservations
    FOR EACH ROW EXECUTE FUNCTION reservation_released();

-- A class cannot shrink below the seats it reserves.
CREATE FUNCTION class_capacity_covers_reservations() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    reserved integer;
BEGIN
    SELECT coalesce(sum(r.seats), 0) INTO reserved
    FROM class_reservations r WHERE r.class_id = NEW.id AND r.reserved_until >= reservation_day();
    IF reserved > NEW.capacity THEN
        RAISE EXCEPTION 'class % reserves % seats; its capacity cannot go below', NEW.code, reserved
            USING ERRCODE = 'check_violation', CONSTRAINT = 'class_reservations_within_capacity';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER classes_capacity_covers_reservations
    BEFORE UPDATE OF capacity ON classes
    FOR EACH ROW WHEN (NEW.capacity < OLD.capacity) EXECUTE FUNCTION class_capacity_covers_reservations();

-- As in 0011, with the reservations: a class without any takes the same single query per seat as before; with
-- some, the first wait-listed delegate who may take a free seat gets it, so a seat reserved for a group goes to
-- the first of that group on the list.
CREATE OR REPLACE FUNCTION fill_seats(target_class bigint) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    next_id bigint;
    reserving boolean := EXISTS (SELECT 1 FROM class_reservations r WHERE r.class_id = target_class);
BEGIN
    LOOP
        SELECT e.id INTO next_id
        FROM enrollments e JOIN classes c ON c.id = e.class_id
        WHERE e.class_id = target_class AND e.status = 'waitlisted' AND c.enrolled_count < c.capacity
          AND (NOT reserving OR may_take_seat(target_class, e.delegate_id))
        ORDER BY e.requested_at, e.id
        LIMIT 1;
        EXIT WHEN next_id IS NULL;
        UPDATE enrollments SET status = 'enrolled', cohort_id = emptiest_cohort(target_class),
            updated_at = clock_timestamp()
        WHERE id = next_id;
    END LOOP;
END;
$$;

-- As in 0011, with the reservations: in a class that has any, those already waiting are seated first where seats
-- opened since (a reservation expired), then the delegate gets a seat only where `may_take_seat` allows. A class
-- without reservations pays one index probe of class_reservations.
CREATE OR REPLACE FUNCTION enroll_delegate(target_class bigint, target_delegate bigint)
    RETURNS TABLE (
        enrollment_id bigint, outcome text, cohort_code text, waitlist_position bigint, other_class text,
        existing_status text
    )
    LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    seat classes%ROWTYPE;
    found_id bigint;
    found_status text;
    found_class text;
    new_cohort bigint;
    seated boolean;
BEGIN
    SELECT * INTO seat FROM classes WHERE id = target_class FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no class has the id %', target_class
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollments_class_id_fkey';
    END IF;
    IF seat.status IN ('closed', 'cancelled') THEN
        RAISE EXCEPTION 'class % is %; it takes no enrollments', seat.code, seat.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'enrollments_class_open';
    END IF;
    PERFORM 1 FROM delegates WHERE id = target_delegate FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no delegate has the id %', target_delegate
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollments_delegate_id_fkey';
    END IF;

    SELECT e.id, e.status INTO found_id, found_status
    FROM enrollments e
    WHERE e.class_id = target_class AND e.delegate_id = target_delegate
      AND e.status IN ('enrolled', 'waitlisted', 'completed');
    IF found_id IS NOT NULL THEN
        RETURN QUERY SELECT found_id, 'in_class'::text, NULL::text, NULL::bigint, NULL::text, found_status;
        RETURN;
    END IF;
    SELECT c.code, e.status INTO found_class, found_status
    FROM enrollments e JOIN classes c ON c.id = e.class_id
    WHERE e.delegate_id = target_delegate AND e.status IN ('enrolled', 'waitlisted')
      AND c.curriculum_code = seat.curriculum_code AND c.id <> target_class
    ORDER BY e.requested_at
    LIMIT 1;
    IF found_class IS NOT NULL THEN
        RETURN QUERY SELECT NULL::bigint, 'in_program'::text, NULL::text, NULL::bigint, found_class, found_status;
        RETURN;
    END IF;

    IF EXISTS (SELECT 1 FROM class_reservations r WHERE r.class_id = target_class) THEN
        -- Every change that frees a seat seats the wait list at once; only the passing of a reservation's day does
        -- not, so only then, with seats free, those waiting go first.
        IF seat.enrolled_count < seat.capacity AND EXISTS (
            SELECT 1 FROM class_reservations r
            WHERE r.class_id = target_class AND r.reserved_until < reservation_day())
        THEN
            PERFORM fill_seats(target_class);
        END IF;
        seated := may_take_seat(target_class, target_delegate);
    ELSE
        seated := seat.enrolled_count < seat.capacity;
    END IF;

    IF seated THEN
        new_cohort := emptiest_cohort(target_class);
        INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
        VALUES (target_class, new_cohort, target_delegate, 'enrolled')
        RETURNING id INTO found_id;
        RETURN QUERY SELECT found_id, 'enrolled'::text, (SELECT code::text FROM cohorts WHERE id = new_cohort),
            NULL::bigint, NULL::text, NULL::text;
    ELSE
        INSERT INTO enrollments (class_id, delegate_id, status)
        VALUES (target_class, target_delegate, 'waitlisted')
        RETURNING id INTO found_id;
        RETURN QUERY SELECT found_id, 'waitlisted'::text, NULL::text,
            (SELECT count(*) FROM enrollments w
             WHERE w.class_id = target_class AND w.status = 'waitlisted'
               AND (w.requested_at, w.id) <= (SELECT requested_at, id FROM enrollments WHERE id = found_id)),
            NULL::text, NULL::text;
    END IF;
END;
$$;

-- The open-expired-reservations job: in every open class where a reservation has expired and delegates wait
-- while seats are free, seats those who may now take them. Returns how many it seated.
CREATE FUNCTION open_expired_reservations() RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    target bigint;
    before integer;
    seated integer := 0;
BEGIN
    FOR target IN
        SELECT c.id FROM classes c
        WHERE c.status NOT IN ('closed', 'cancelled') AND c.enrolled_count < c.capacity
          AND EXISTS (SELECT 1 FROM class_reservations r
                      WHERE r.class_id = c.id AND r.reserved_until < reservation_day())
          AND EXISTS (SELECT 1 FROM enrollments e WHERE e.class_id = c.id AND e.status = 'waitlisted')
        ORDER BY c.id
    LOOP
        SELECT c.enrolled_count INTO before FROM classes c WHERE c.id = target FOR UPDATE;
        PERFORM fill_seats(target);
        seated := seated + (SELECT c.enrolled_count FROM classes c WHERE c.id = target) - before;
    END LOOP;
    RETURN seated;
END;
$$;

ALTER TABLE job_runs
    DROP CONSTRAINT job_runs_job_check,
    ADD CONSTRAINT job_runs_job_check
        CHECK (job IN ('session-reminders', 'close-attendance', 'backup', 'forget-console-sessions',
                       'open-expired-reservations'));
