-- Surveys (course-catalog/surveys.yaml): evaluations after a program's classes or modules, and needs surveys of a
-- term. Answers are anonymous by design, against the staff who read the database through ttbd_app:
--
-- * survey_respondents says who answered which round (a survey, and its class and module): staff may know it (to
--   remind the others, to count the response rate). It holds nothing of what was said, and no time.
-- * survey_answers holds what was said, without the delegate: no delegate id, no serial id, no time. Its key is
--   sha256(secret || delegate, survey, class, module), so a delegate's second answer replaces the first (one answer
--   per delegate and round, changeable until it closes) while nobody without the secret can tell whose a row is.
--   The secret (survey_secret) and the answers are closed to ttbd_app: it writes through answer_survey() and reads
--   through released_survey_answers(), both SECURITY DEFINER, so no staff front end can read a key, a row's
--   physical order (ctid, which follows insertion order) or a round still open or too small.
-- * Neither table is audited: the trail records the actor's account and the time of each change, which would tie
--   an answer to its delegate. Nor does an answer leave a notice in the outbox.
-- * A hash of the secret and a fixed-layout message is used rather than an HMAC: pgcrypto is not among the
--   extensions ttbd installs, and length extension needs a known hash, which no role but the owner ever reads.
--
-- The owner role (migrations, `ttbd db …`) can read everything, the secret too: it is the database's administrator.
CREATE TABLE surveys (
    code        code_text PRIMARY KEY,
    title       nfc_text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('class', 'module', 'needs')),
    programs    text[] NOT NULL DEFAULT '{}',
    open_days   integer CHECK (open_days > 0),
    term_code   text REFERENCES terms ON UPDATE CASCADE,
    opens_on    date,
    closes_on   date,
    -- The questions as TrainingModel's SurveyQuestion encodes them: checked when the catalog is read.
    questions   jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
    CONSTRAINT surveys_timing CHECK (CASE kind
        WHEN 'needs' THEN term_code IS NOT NULL AND opens_on <= closes_on AND open_days IS NULL AND programs = '{}'
        ELSE open_days IS NOT NULL AND programs <> '{}' AND term_code IS NULL AND opens_on IS NULL AND closes_on IS NULL
    END)
);
CREATE TRIGGER surveys_audit AFTER INSERT OR UPDATE OR DELETE ON surveys
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');

-- Each time a survey is answered: a class survey once per class of its programs, opening when the class's last
-- session ends; a module survey once per module of each class, when the module's last session there ends; a needs
-- survey once, from its first day. Each closes at the end of its last day (Vietnam's), open_days after opening.
CREATE VIEW survey_rounds AS
    SELECT s.code AS survey_code, c.id AS class_id, NULL::text AS module_code, max(upper(x.during)) AS opens_at,
           (max(upper(x.during)) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + s.open_days AS closes_on
    FROM surveys s
    JOIN classes c ON c.curriculum_code = ANY (s.programs) AND c.status <> 'cancelled'
    JOIN sessions x ON x.class_id = c.id AND x.status <> 'cancelled'
    WHERE s.kind = 'class'
    GROUP BY s.code, c.id, s.open_days
    UNION ALL
    SELECT s.code, c.id, x.module_code, max(upper(x.during)),
           (max(upper(x.during)) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + s.open_days
    FROM surveys s
    JOIN classes c ON c.curriculum_code = ANY (s.programs) AND c.status <> 'cancelled'
    JOIN sessions x ON x.class_id = c.id AND x.status <> 'cancelled'
    WHERE s.kind = 'module'
    GROUP BY s.code, c.id, x.module_code, s.open_days
    UNION ALL
    SELECT s.code, NULL, NULL, s.opens_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', s.closes_on
    FROM surveys s WHERE s.kind = 'needs';

-- Who may answer a round: the delegates enrolled in its class (seated or completed), or for a needs survey the
-- delegates of its term.
CREATE FUNCTION survey_round_eligible(survey text, class bigint, delegate bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN class IS NULL THEN EXISTS (
            SELECT 1 FROM delegates d JOIN surveys s ON s.term_code = d.term_code
            WHERE d.id = delegate AND s.code = survey)
        ELSE EXISTS (
            SELECT 1 FROM enrollments e
            WHERE e.class_id = class AND e.delegate_id = delegate AND e.status IN ('enrolled', 'completed'))
    END
$$;

CREATE TABLE survey_respondents (
    survey_code  text NOT NULL REFERENCES surveys ON UPDATE CASCADE,
    class_id     bigint REFERENCES classes ON DELETE CASCADE,
    module_code  text REFERENCES modules ON UPDATE CASCADE,
    delegate_id  bigint NOT NULL REFERENCES delegates ON DELETE CASCADE,
    CONSTRAINT survey_respondents_once UNIQUE NULLS NOT DISTINCT (survey_code, class_id, module_code, delegate_id)
);

CREATE TABLE survey_answers (
    answer_key     bytea PRIMARY KEY CHECK (length(answer_key) = 32),
    survey_code    text NOT NULL REFERENCES surveys ON UPDATE CASCADE,
    class_id       bigint REFERENCES classes ON DELETE CASCADE,
    module_code    text REFERENCES modules ON UPDATE CASCADE,
    -- The respondent's province, for the report by province: released only without the class (below).
    province_code  text REFERENCES provinces ON UPDATE CASCADE,
    answers        jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object')
);
CREATE INDEX survey_answers_by_round ON survey_answers (survey_code, class_id, module_code);

CREATE TABLE survey_secret (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    secret    bytea NOT NULL CHECK (length(secret) = 32)
);
-- gen_random_uuid draws from the server's strong random source: two of them give 244 random bits.
INSERT INTO survey_secret (secret)
    VALUES (sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')));

-- A delegate's answer to a round, replacing their earlier one. Says why when it refuses: 'no_round' (the class has
-- no such round, or not yet any session), 'not_yours' (not enrolled, or not of the term), 'not_open', 'closed';
-- 'answered' when kept.
CREATE FUNCTION answer_survey(
    delegate bigint, survey text, class bigint, module text, answers jsonb, now timestamptz
) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    round survey_rounds;
    key bytea;
BEGIN
    SELECT * INTO round FROM survey_rounds r
    WHERE r.survey_code = survey AND r.class_id IS NOT DISTINCT FROM class AND r.module_code IS NOT DISTINCT FROM module;
    IF NOT FOUND THEN
        RETURN 'no_round';
    ELSIF NOT survey_round_eligible(survey, class, delegate) THEN
        RETURN 'not_yours';
    ELSIF now < round.opens_at THEN
        RETURN 'not_open';
    ELSIF (now AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > round.closes_on THEN
        RETURN 'closed';
    END IF;
    SELECT sha256(s.secret || convert_to(
            concat_ws('|', delegate::text, survey, coalesce(class::text, ''), coalesce(module, '')), 'UTF8'))
        INTO key FROM survey_secret s;
    INSERT INTO survey_respondents (survey_code, class_id, module_code, delegate_id)
        VALUES (survey, class, module, delegate)
        ON CONFLICT ON CONSTRAINT survey_respondents_once DO NOTHING;
    INSERT INTO survey_answers AS a (answer_key, survey_code, class_id, module_code, province_code, answers)
        SELECT key, survey, class, module, d.province_code, answer_survey.answers FROM delegates d WHERE d.id = delegate
        ON CONFLICT (answer_key) DO UPDATE SET answers = EXCLUDED.answers, province_code = EXCLUDED.province_code;
    RETURN 'answered';
END
$$;

-- What a report may read of a survey's answers: only of rounds closed (their answers can no longer change, so two
-- reports cannot be differenced to reveal one late answer), only of rounds with at least `minimum` answers (never
-- fewer than 5), in the order of their random keys. By province, a row carries its province and no class or
-- module; otherwise its class and module and no province: no row ever ties a class to a province, which would
-- narrow a class's answer to its one or two delegates of that province.
CREATE FUNCTION released_survey_answers(survey text, by_province boolean, minimum integer, now timestamptz)
    RETURNS TABLE (class_id bigint, module_code text, province_code text, answers jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH closed AS (
        SELECT r.class_id, r.module_code FROM survey_rounds r
        WHERE r.survey_code = survey AND (now AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > r.closes_on
    ), large AS (
        SELECT a.class_id, a.module_code FROM survey_answers a
        JOIN closed c ON c.class_id IS NOT DISTINCT FROM a.class_id AND c.module_code IS NOT DISTINCT FROM a.module_code
        WHERE a.survey_code = survey
        GROUP BY a.class_id, a.module_code HAVING count(*) >= greatest(minimum, 5)
    )
    SELECT CASE WHEN by_province THEN NULL ELSE a.class_id END,
           CASE WHEN by_province THEN NULL ELSE a.module_code END,
           CASE WHEN by_province THEN a.province_code END, a.answers
    FROM survey_answers a
    JOIN large l ON l.class_id IS NOT DISTINCT FROM a.class_id AND l.module_code IS NOT DISTINCT FROM a.module_code
    WHERE a.survey_code = survey
    ORDER BY a.answer_key
$$;

-- ttbd_app reads and writes the answers only through the two functions above. The default privileges of 0020 gave
-- it the new tables; they are taken back here, and again after every grant (a restore grants everything anew).
CREATE OR REPLACE FUNCTION withhold_survey_answers() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app') THEN
        REVOKE ALL ON survey_answers, survey_secret FROM ttbd_app;
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION grant_application_role() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        BEGIN
            CREATE ROLE ttbd_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;  -- another database of this server created it at the same moment
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app') THEN
        RAISE NOTICE 'role ttbd_app does not exist and % may not create it; ask the server''s admin', current_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ttbd_app', current_database());
    GRANT USAGE ON SCHEMA public TO ttbd_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ttbd_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ttbd_app;
    REVOKE UPDATE, DELETE ON audit_log, enrollment_status_history FROM ttbd_app;
    REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ttbd_app;
    PERFORM withhold_survey_answers();
    -- Tables later migrations create get the same rights.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ttbd_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ttbd_app;
END;
$$;

SELECT withhold_survey_answers();
