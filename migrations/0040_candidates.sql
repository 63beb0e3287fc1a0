-- Người ứng cử: people standing for election, trained before they are delegates (program CT-D), who are not on
-- the delegate roster. They are rows of `delegates` with the standing 'candidate', so enrollment, attendance,
-- certificates, notices, tokens and the sign-in sheet work for them unchanged; what reads "the delegates"
-- (the roster, the delegate list, induction, the golden-time report) reads the standing 'delegate' only. A
-- separate persons table would have made every enrollment, mark and certificate point at one of two tables.
ALTER TABLE delegates
    ADD COLUMN standing text NOT NULL DEFAULT 'delegate' CHECK (standing IN ('delegate', 'candidate')),
    -- When a candidate is elected, their record is linked to their delegate record, which their enrollments,
    -- attendance and certificates move to; the candidate's row stays, so the trail keeps who they were.
    ADD COLUMN linked_delegate_id bigint REFERENCES delegates,
    ADD COLUMN linked_at timestamptz,
    ADD CONSTRAINT delegates_linked_candidate CHECK (
        (linked_delegate_id IS NULL) = (linked_at IS NULL)
        AND (linked_delegate_id IS NULL OR (standing = 'candidate' AND linked_delegate_id <> id))),
    -- One candidate record per delegate record: a person stands once in a term.
    ADD CONSTRAINT delegates_one_candidate_per_delegate UNIQUE (linked_delegate_id),
    -- Induction and the golden time take the first-time delegates of a term: a candidate is neither first-time
    -- nor full-time, so they stay out of both by construction.
    ADD CONSTRAINT delegates_candidate_not_serving CHECK (standing = 'delegate' OR NOT (first_time OR full_time));

-- A national id is one person's among the delegates, and one person's among the candidates; a delegate and a
-- candidate share it when the candidate was elected, which is how their records are found to link. A
-- constraint, not an index, so the roster's bulk load sets it aside and rebuilds it as it did the old one.
ALTER TABLE delegates DROP CONSTRAINT delegates_national_id_key;
ALTER TABLE delegates ADD CONSTRAINT delegates_national_id_per_standing UNIQUE (national_id, standing);

-- A candidate registered with a delegate's national id is that delegate, not a new person: refused, unless it
-- is the delegate the candidate is linked to. (Registrations and roster imports take one advisory lock, so the
-- store's own check sees the other's rows; this holds against any other writer.)
CREATE FUNCTION candidate_national_id_free() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    holder text;
BEGIN
    SELECT d.code INTO holder FROM delegates d
    WHERE d.national_id = NEW.national_id AND d.standing = 'delegate' AND d.id IS DISTINCT FROM NEW.linked_delegate_id
    LIMIT 1;
    IF holder IS NOT NULL THEN
        RAISE EXCEPTION 'national id % of candidate % belongs to delegate %', NEW.national_id, NEW.code, holder
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'candidates_national_id_of_delegate';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER candidates_national_id_free
    BEFORE INSERT OR UPDATE OF national_id, linked_delegate_id ON delegates
    FOR EACH ROW WHEN (NEW.standing = 'candidate' AND NEW.national_id IS NOT NULL)
    EXECUTE FUNCTION candidate_national_id_free();

-- A candidate never turns into a delegate in place (nor the reverse): the elected get linked instead, so a
-- delegate's trail never starts in the middle of a candidate's.
CREATE FUNCTION standing_unchanged() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'delegate % cannot change standing from % to %', NEW.code, OLD.standing, NEW.standing
        USING ERRCODE = 'check_violation', CONSTRAINT = 'delegates_standing_unchanged';
END;
$$;
CREATE TRIGGER delegates_standing_unchanged
    BEFORE UPDATE OF standing ON delegates
    FOR EACH ROW WHEN (OLD.standing IS DISTINCT FROM NEW.standing)
    EXECUTE FUNCTION standing_unchanged();

-- An audience may name candidates: `candidate` (or `candidate+council`, …). Only such a group admits one.
ALTER TABLE curricula DROP CONSTRAINT curricula_audience_check;
ALTER TABLE curricula ADD CONSTRAINT curricula_audience_check CHECK (
    array_to_string(audience, ',') ~ '^((national_assembly|province_council|commune_council|council|first-time|full-time|candidate)(\+(national_assembly|province_council|commune_council|council|first-time|full-time|candidate))*(,|$))*$'
);
