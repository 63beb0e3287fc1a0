-- The term of scripts/bench/me-schedule, as fixture data in bulk (psql -v seats=60): one online class of
-- program CT-B per :seats delegates, cohorts N1 and N2 of half each, 20 half-day sessions per cohort over two
-- weeks (Monday to Friday, sáng 07:30–11:30 and chiều 13:30–17:00 in Vietnam's time) with one lecturer each,
-- every delegate seated, and one API token per delegate. Classes start in ten waves two weeks apart from
-- 2026-12-07, so no lecturer, room or cohort is double-booked. The audit and seat triggers are off while it
-- loads: this is a benchmark's fixture, not staff work.
\set ON_ERROR_STOP on
BEGIN;
ALTER TABLE classes DISABLE TRIGGER USER;
ALTER TABLE enrollments DISABLE TRIGGER USER;
ALTER TABLE sessions DISABLE TRIGGER USER;
ALTER TABLE session_lecturers DISABLE TRIGGER USER;
ALTER TABLE accounts DISABLE TRIGGER USER;
ALTER TABLE api_tokens DISABLE TRIGGER USER;

CREATE TEMPORARY TABLE seated AS
SELECT id AS delegate_id, code, full_name, row_number() OVER (ORDER BY id) - 1 AS n FROM delegates;

INSERT INTO classes (code, curriculum_code, online, capacity, enrolled_count, starts_on, ends_on, status)
SELECT 'ME-' || lpad(k::text, 5, '0'), 'CT-B', true, :seats, :seats,
       date '2026-12-07' + 14 * (k % 10), date '2026-12-07' + 14 * (k % 10) + 11, 'open'
FROM generate_series(0, (SELECT (count(*) - 1) / :seats FROM seated)::int) AS k;

INSERT INTO cohorts (class_id, code, size_hint)
SELECT c.id, cohort, :seats / 2 FROM classes c CROSS JOIN (VALUES ('N1'), ('N2')) AS x(cohort)
WHERE c.code LIKE 'ME-%';

INSERT INTO lecturers (code, full_name, name_sort_key)
SELECT 'GV-' || lpad(i::text, 4, '0'), 'Giảng viên số ' || i, 'số ' || i || ' Giảng viên'
FROM generate_series(0, 2 * ((SELECT count(*) FROM seated) / :seats / 10 + 1)::int) AS i;

-- Day d (0…9) of a class is the d-th weekday from its start; a cohort meets sáng and chiều.
INSERT INTO sessions (class_id, cohort_id, module_code, during)
SELECT co.class_id, co.id, m.code,
       tstzrange(day + slot.starts, day + slot.ends, '[)')
FROM cohorts co
JOIN classes c ON c.id = co.class_id AND c.code LIKE 'ME-%'
CROSS JOIN generate_series(0, 9) AS d
CROSS JOIN LATERAL (SELECT (c.starts_on + 7 * (d / 5) + d % 5)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS day) t
CROSS JOIN (VALUES (interval '7 hours 30 minutes', interval '11 hours 30 minutes'),
                   (interval '13 hours 30 minutes', interval '17 hours')) AS slot(starts, ends)
JOIN modules m ON m.curriculum_code = 'CT-B' AND m.position = 1 + d % 8;

-- Lecturer of a session: unique among the classes of one wave (class number / 10, cohort), so never two at once.
INSERT INTO session_lecturers (session_id, lecturer_id, during, active)
SELECT s.id, l.id, s.during, true
FROM sessions s
JOIN classes c ON c.id = s.class_id
JOIN cohorts co ON co.id = s.cohort_id
JOIN lecturers l ON l.code = 'GV-' || lpad((2 * (substr(c.code, 4)::int / 10) + (co.code = 'N2')::int)::text, 4, '0');

INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
SELECT c.id, co.id, s.delegate_id, 'enrolled'
FROM seated s
JOIN classes c ON c.code = 'ME-' || lpad((s.n / :seats)::text, 5, '0')
JOIN cohorts co ON co.class_id = c.id AND co.code = CASE WHEN s.n % :seats < :seats / 2 THEN 'N1' ELSE 'N2' END;

INSERT INTO accounts (username, display_name, role, delegate_id)
SELECT lower(code), full_name, 'delegate', delegate_id FROM seated;

-- A token in ttbd's format ("ttbd_" + 43 base64url characters), derived from the delegate so runs agree;
-- the database keeps only its SHA-256, as `ttbd tokens issue` does.
CREATE TABLE bench_tokens AS
SELECT n + 1 AS n, delegate_id,
       'ttbd_' || translate(rtrim(encode(sha256(convert_to('me-schedule-bench-' || delegate_id, 'UTF8')), 'base64'), '='),
                            '+/', '-_') AS token
FROM seated;
ALTER TABLE bench_tokens ADD PRIMARY KEY (n);
ALTER TABLE bench_tokens ADD COLUMN token_hash bytea;
UPDATE bench_tokens SET token_hash = sha256(convert_to(token, 'UTF8'));

INSERT INTO api_tokens (account_id, purpose, token_hash)
SELECT a.id, 'api', b.token_hash FROM bench_tokens b JOIN accounts a ON a.delegate_id = b.delegate_id;

ALTER TABLE classes ENABLE TRIGGER USER;
ALTER TABLE enrollments ENABLE TRIGGER USER;
ALTER TABLE sessions ENABLE TRIGGER USER;
ALTER TABLE session_lecturers ENABLE TRIGGER USER;
ALTER TABLE accounts ENABLE TRIGGER USER;
ALTER TABLE api_tokens ENABLE TRIGGER USER;
COMMIT;
VACUUM ANALYZE;
