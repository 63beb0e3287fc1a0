-- Notices of survey rounds (issue 19): when a round of migration 0037 opens, each delegate who may answer it is told
-- once, through the outbox, with the command and the link to answer it; two days before it closes, those who have not
-- answered are reminded once.
--
-- survey_round_notices says which delegate was told what of which round ('opened', 'closing'). Its unique key is what
-- keeps each to one notice, however many job runs or `ttbd serve` processes write at once: a writer inserts the row
-- and the outbox row in one statement, and a second writer of the same key waits for the first and then writes
-- neither. It is about being told, not about answering: an 'opened' row is written for everyone who may answer and a
-- 'closing' row for everyone told it opened, whether they have answered or not; only the reminder's outbox row is
-- left out for those survey_respondents names (which ttbd_app may read: it is there to remind the others), and
-- nothing reads survey_answers. Like the outbox it is ttbd's own bookkeeping, not a change staff make, so it is not
-- audited; ttbd_app gets it through 0020's default privileges.
CREATE TABLE survey_round_notices (
    survey_code  text NOT NULL REFERENCES surveys ON UPDATE CASCADE ON DELETE CASCADE,
    class_id     bigint REFERENCES classes ON DELETE CASCADE,
    module_code  text REFERENCES modules ON UPDATE CASCADE,
    delegate_id  bigint NOT NULL REFERENCES delegates ON DELETE CASCADE,
    notice       text NOT NULL CHECK (notice IN ('opened', 'closing')),
    noticed_at   timestamptz NOT NULL,
    CONSTRAINT survey_round_notices_once
        UNIQUE NULLS NOT DISTINCT (survey_code, class_id, module_code, delegate_id, notice)
);
CREATE INDEX survey_round_notices_by_delegate ON survey_round_notices (delegate_id);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check, DROP CONSTRAINT outbox_about;
ALTER TABLE outbox
    ADD CONSTRAINT outbox_kind_check CHECK (kind IN (
        'session_reminder', 'session_changed', 'session_cancelled',
        'enrolled', 'waitlisted', 'promoted', 'withdrawn', 'certificate_issued', 'survey_opened',
        'survey_closing')),
    -- A needs survey's round has no class: the payload names the survey, and the class when there is one.
    ADD CONSTRAINT outbox_about CHECK (
        CASE WHEN kind LIKE 'session\_%' THEN session_id IS NOT NULL AND session_revision IS NOT NULL
             WHEN kind LIKE 'survey\_%' THEN payload ? 'surveyCode'
             ELSE class_id IS NOT NULL END);

ALTER TABLE job_runs
    DROP CONSTRAINT job_runs_job_check,
    ADD CONSTRAINT job_runs_job_check
        CHECK (job IN ('session-reminders', 'close-attendance', 'backup', 'forget-console-sessions',
                       'open-expired-reservations', 'survey-notices'));

-- The last day a round takes answers as it stands now (a moved session moves it), or null when the round is gone
-- (its class cancelled): the delivery reads it, so a notice never names a stale day and one for a closed round is
-- dropped.
CREATE FUNCTION survey_round_closes_on(survey text, class bigint, module text) RETURNS date
    LANGUAGE sql STABLE AS $$
    SELECT r.closes_on FROM survey_rounds r
    WHERE r.survey_code = survey AND r.class_id IS NOT DISTINCT FROM class AND r.module_code IS NOT DISTINCT FROM module
$$;

-- What a survey notice says of its round: the survey, the class and its program, the module, the last day.
CREATE FUNCTION survey_notice_payload(survey text, class bigint, module text, last_day date) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'surveyCode', s.code, 'surveyTitle', s.title, 'classCode', cl.code, 'curriculumTitle', cu.title,
        'moduleCode', m.code, 'moduleTitle', m.title, 'closesOn', last_day)
    FROM surveys s
    LEFT JOIN classes cl ON cl.id = class
    LEFT JOIN curricula cu ON cu.code = cl.curriculum_code
    LEFT JOIN modules m ON m.code = module
    WHERE s.code = survey
$$;

-- Tells each delegate who may answer a round open at `now` (as answer_survey() judges it: enrolled in the class,
-- seated or completed; for a needs survey, a delegate of its term) and was not told of it yet, and says how many
-- were told. Candidates hear of their classes' surveys, not of a term's needs survey, which asks the delegates.
-- The anti-join (on equalities a hash join can take: an id is never 0, a code never empty) keeps a run over a
-- term's whole roster cheap once it has been told; ON CONFLICT settles a race with another writer.
CREATE FUNCTION write_survey_round_notices(now timestamptz) RETURNS integer
    LANGUAGE sql AS $$
    WITH open AS MATERIALIZED (
        SELECT r.survey_code, r.class_id, r.module_code, r.closes_on FROM survey_rounds r
        WHERE r.opens_at <= now AND r.closes_on >= (now AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    ), eligible AS (
        SELECT o.survey_code, o.class_id, o.module_code, e.delegate_id
        FROM open o JOIN enrollments e ON e.class_id = o.class_id AND e.status IN ('enrolled', 'completed')
        UNION ALL
        SELECT o.survey_code, NULL, NULL, d.id
        FROM open o JOIN surveys s ON s.code = o.survey_code
        JOIN delegates d ON d.term_code = s.term_code AND d.standing = 'delegate'
        WHERE o.class_id IS NULL
    ), told AS (
        INSERT INTO survey_round_notices (survey_code, class_id, module_code, delegate_id, notice, noticed_at)
        SELECT e.survey_code, e.class_id, e.module_code, e.delegate_id, 'opened', now FROM eligible e
        WHERE NOT EXISTS (
            SELECT 1 FROM survey_round_notices n
            WHERE n.survey_code = e.survey_code AND coalesce(n.class_id, 0) = coalesce(e.class_id, 0)
              AND coalesce(n.module_code, '') = coalesce(e.module_code, '') AND n.delegate_id = e.delegate_id
              AND n.notice = 'opened')
        ON CONFLICT ON CONSTRAINT survey_round_notices_once DO NOTHING
        RETURNING survey_code, class_id, module_code, delegate_id
    ), written AS (
        INSERT INTO outbox (kind, delegate_id, class_id, payload)
        SELECT 'survey_opened', t.delegate_id, t.class_id,
               survey_notice_payload(t.survey_code, t.class_id, t.module_code, o.closes_on)
        FROM told t
        JOIN open o ON o.survey_code = t.survey_code AND coalesce(o.class_id, 0) = coalesce(t.class_id, 0)
                   AND coalesce(o.module_code, '') = coalesce(t.module_code, '')
        RETURNING 1
    )
    SELECT count(*)::integer FROM written
$$;

-- Reminds, from `days` days before a round's last day, each delegate told it opened (a day or more before `now`)
-- who has not answered, once, and says how many were reminded. The 'closing' row is written for all of them, answered
-- or not, so the record of who was reminded says nothing of who answered.
CREATE FUNCTION write_survey_closing_reminders(now timestamptz, days integer) RETURNS integer
    LANGUAGE sql AS $$
    WITH closing AS MATERIALIZED (
        SELECT r.survey_code, r.class_id, r.module_code, r.closes_on FROM survey_rounds r
        WHERE r.opens_at <= now
          AND r.closes_on - (now AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN 0 AND days
    ), told AS (
        INSERT INTO survey_round_notices (survey_code, class_id, module_code, delegate_id, notice, noticed_at)
        SELECT n.survey_code, n.class_id, n.module_code, n.delegate_id, 'closing', now
        FROM closing c
        JOIN survey_round_notices n ON n.survey_code = c.survey_code AND coalesce(n.class_id, 0) = coalesce(c.class_id, 0)
                                   AND coalesce(n.module_code, '') = coalesce(c.module_code, '')
        WHERE n.notice = 'opened' AND n.noticed_at <= now - interval '1 day'
          AND NOT EXISTS (
            SELECT 1 FROM survey_round_notices r
            WHERE r.survey_code = n.survey_code AND coalesce(r.class_id, 0) = coalesce(n.class_id, 0)
              AND coalesce(r.module_code, '') = coalesce(n.module_code, '') AND r.delegate_id = n.delegate_id
              AND r.notice = 'closing')
        ON CONFLICT ON CONSTRAINT survey_round_notices_once DO NOTHING
        RETURNING survey_code, class_id, module_code, delegate_id
    ), written AS (
        INSERT INTO outbox (kind, delegate_id, class_id, payload)
        SELECT 'survey_closing', t.delegate_id, t.class_id,
               survey_notice_payload(t.survey_code, t.class_id, t.module_code, c.closes_on)
        FROM told t
        JOIN closing c ON c.survey_code = t.survey_code AND coalesce(c.class_id, 0) = coalesce(t.class_id, 0)
                      AND coalesce(c.module_code, '') = coalesce(t.module_code, '')
        WHERE NOT EXISTS (
            SELECT 1 FROM survey_respondents p
            WHERE p.survey_code = t.survey_code AND coalesce(p.class_id, 0) = coalesce(t.class_id, 0)
              AND coalesce(p.module_code, '') = coalesce(t.module_code, '') AND p.delegate_id = t.delegate_id)
        RETURNING 1
    )
    SELECT count(*)::integer FROM written
$$;

-- A needs survey asks the term's delegates what they need; a candidate shares the term code but is not one of them,
-- so they are neither told of it (above) nor let answer it.
CREATE OR REPLACE FUNCTION survey_round_eligible(survey text, class bigint, delegate bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN class IS NULL THEN EXISTS (
            SELECT 1 FROM delegates d JOIN surveys s ON s.term_code = d.term_code
            WHERE d.id = delegate AND s.code = survey AND d.standing = 'delegate')
        ELSE EXISTS (
            SELECT 1 FROM enrollments e
            WHERE e.class_id = class AND e.delegate_id = delegate AND e.status IN ('enrolled', 'completed'))
    END
$$;
