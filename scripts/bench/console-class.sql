-- The class page of scripts/bench/console: CON-120, a class of the term seating 120 of the roster's delegates in
-- four cohorts, with ten sessions, laid down in bulk as fixture data (psql; triggers off, as in
-- me-schedule-term.sql, with the seat count written as the triggers would keep it).
ALTER TABLE classes DISABLE TRIGGER USER;
ALTER TABLE enrollments DISABLE TRIGGER USER;
INSERT INTO classes (code, curriculum_code, online, capacity, enrolled_count, starts_on, ends_on, status)
SELECT 'CON-120', curriculum_code, true, 120, 120, starts_on, ends_on, 'running'
FROM classes WHERE code LIKE 'ME-%' ORDER BY code LIMIT 1;
INSERT INTO cohorts (class_id, code, size_hint)
SELECT c.id, 'N' || n, 30 FROM classes c CROSS JOIN generate_series(1, 4) AS n WHERE c.code = 'CON-120';
INSERT INTO enrollments (class_id, cohort_id, delegate_id, status)
SELECT c.id, co.id, d.id, 'enrolled'
FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM delegates ORDER BY id LIMIT 120) d
JOIN classes c ON c.code = 'CON-120'
JOIN cohorts co ON co.class_id = c.id AND co.code = 'N' || (d.n / 30 + 1);
INSERT INTO sessions (class_id, cohort_id, module_code, during)
SELECT c.id, co.id, s.module_code, s.during
FROM sessions s JOIN classes src ON src.id = s.class_id AND src.code = (
         SELECT code FROM classes WHERE code LIKE 'ME-%' ORDER BY code LIMIT 1)
JOIN cohorts srcco ON srcco.id = s.cohort_id AND srcco.code = 'N1'
JOIN classes c ON c.code = 'CON-120' JOIN cohorts co ON co.class_id = c.id AND co.code = 'N1'
ORDER BY s.during LIMIT 10;
ALTER TABLE enrollments ENABLE TRIGGER USER;
ALTER TABLE classes ENABLE TRIGGER USER;
