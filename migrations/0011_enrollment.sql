-- Enrollment (issue 4): the seat decision and the wait list live in the database, so every path that seats
-- a delegate or frees a seat follows the same rules, under any number of staff enrolling at once.

-- The cohort a delegate who gets a seat joins: the one with the fewest seated members, the oldest on a tie.
-- NULL when the class has no cohorts.
CREATE FUNCTION emptiest_cohort(target_class bigint) RETURNS bigint
    LANGUAGE sql AS $$
    SELECT co.id FROM cohorts co
    LEFT JOIN enrollments e ON e.cohort_id = co.id AND e.status IN ('enrolled', 'completed')
    WHERE co.class_id = target_class
    GROUP BY co.id
    ORDER BY count(e.id), co.id
    LIMIT 1
$$;

-- Seats the wait-listed delegates of a class, first asked first served, while it has free seats. The caller
-- holds the class row (it has just changed its seat count), so two of these never run at once for a class.
CREATE FUNCTION fill_seats(target_class bigint) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    next_id bigint;
BEGIN
    LOOP
        SELECT e.id INTO next_id
        FROM enrollments e JOIN classes c ON c.id = e.class_id
        WHERE e.class_id = target_class AND e.status = 'waitlisted' AND c.enrolled_count < c.capacity
        ORDER BY e.requested_at, e.id
        LIMIT 1;
        EXIT WHEN next_id IS NULL;
        UPDATE enrollments SET status = 'enrolled', cohort_id = emptiest_cohort(target_class),
            updated_at = clock_timestamp()
        WHERE id = next_id;
    END LOOP;
END;
$$;

-- A freed seat goes to the first wait-listed delegate in the same transaction, whatever freed it: a
-- withdrawal, a deletion, a status set by hand. Triggers of a table fire in the order of their names, so this
-- one runs after `enrollments_seats` (0007) has lowered the seat count and recorded the status.
CREATE FUNCTION enrollment_seat_freed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('enrolled', 'completed')
       AND (TG_OP = 'DELETE' OR NEW.status NOT IN ('enrolled', 'completed')) THEN
        PERFORM fill_seats(OLD.class_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER enrollments_seats_refill
    AFTER UPDATE OF status OR DELETE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_seat_freed();

-- A class given more seats seats its wait list too.
CREATE FUNCTION class_capacity_raised() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM fill_seats(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER classes_fill_seats
    AFTER UPDATE OF capacity ON classes
    FOR EACH ROW WHEN (NEW.capacity > OLD.capacity) EXECUTE FUNCTION class_capacity_raised();

-- One delegate asks for a seat in one class: the single call every enroller makes (and the benchmark's
-- pgbench script). Locking the class row makes concurrent callers take turns in arrival order: a seat while
-- enrolled_count < capacity, in the cohort with the fewest members, and the wait list after, with its
-- position. Locking the delegate row (after the class, always in that order) makes the rules about the
-- delegate's other enrollments hold under concurrency: when the delegate is already in this class
-- (`in_class`, with `existing_status`) or enrolled or wait-listed in another class of the same program
-- (`in_program`, with `other_class` and `existing_status`), nothing is written. The rules that do not race
-- (audience, prerequisites, already trained) are the caller's, checked before in the same transaction.
CREATE FUNCTION enroll_delegate(target_class bigint, target_delegate bigint)
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

    IF seat.enrolled_count < seat.capacity THEN
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
