-- enroll_delegate (0011, 0039) with the audit actor set for the statement that calls it. One delegate enrolled
-- alone needs no transaction block: the rules are read and checked first, then this one statement takes the seat
-- and commits, so the class stays locked only while it runs. In a transaction block, enrollers of a class waited
-- for each other's round trip to COMMIT as well (issue 20: 64 clients over 20 classes).
CREATE FUNCTION enroll_delegate_as(actor text, target_class bigint, target_delegate bigint)
    RETURNS TABLE (
        enrollment_id bigint, outcome text, cohort_code text, waitlist_position bigint, other_class text,
        existing_status text
    )
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('ttbd.actor', actor, true);
    RETURN QUERY SELECT * FROM enroll_delegate(target_class, target_delegate);
END;
$$;
