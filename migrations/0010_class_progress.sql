-- What running a class needs (issue 4): who a program is for in words a program can check, the zone of a
-- room, and one definition of "attended" and "completed" that every command and report reads.

-- Who may take a program, as tokens a delegate is checked against. A token joins conditions with '+'
-- (all must hold); a delegate is eligible when any token holds. Conditions: national_assembly,
-- province_council, commune_council, council (either council), first-time, full-time. Empty: anyone.
ALTER TABLE curricula ADD COLUMN audience text[] NOT NULL DEFAULT '{}' CHECK (
    array_to_string(audience, ',') ~ '^((national_assembly|province_council|commune_council|council|first-time|full-time)(\+(national_assembly|province_council|commune_council|council|first-time|full-time))*(,|$))*$'
);

-- Where in a venue a room is (a building, a floor), for people finding it.
ALTER TABLE rooms ADD COLUMN zone nfc_text;

-- The modules a class teaches: the ones listed for it, or its whole curriculum when none are listed.
CREATE VIEW class_module_list AS
SELECT c.id AS class_id, m.code AS module_code, m.position, m.elective, m.half_day_sessions
FROM classes c
JOIN modules m ON m.curriculum_code = c.curriculum_code
WHERE NOT EXISTS (SELECT 1 FROM class_modules cm WHERE cm.class_id = c.id)
   OR EXISTS (SELECT 1 FROM class_modules cm WHERE cm.class_id = c.id AND cm.module_code = m.code);

-- The sessions a seated enrollment is expected at (its cohort's, or the whole class's when it has no
-- cohort; never cancelled ones) and how the delegate was marked.
CREATE VIEW enrollment_sessions AS
SELECT e.id AS enrollment_id, e.class_id, e.delegate_id, s.id AS session_id, s.module_code,
       s.status AS session_status, a.status AS attendance_status,
       a.status IN ('present', 'late') AS attended
FROM enrollments e
JOIN sessions s ON s.class_id = e.class_id AND s.status <> 'cancelled'
    AND (e.cohort_id IS NULL OR s.cohort_id = e.cohort_id)
LEFT JOIN attendance a ON a.session_id = s.id AND a.delegate_id = e.delegate_id
WHERE e.status IN ('enrolled', 'completed');

-- Each seated enrollment against its program's completion rule. Only held (closed) sessions count: a
-- session still to come is neither attended nor missed. `completes` is the rule: at least the program's
-- share of held sessions attended (present or late) and, when the program says so, every required
-- module of the class attended at least once.
CREATE VIEW enrollment_progress AS
SELECT e.id AS enrollment_id, e.class_id, e.delegate_id, e.status,
       coalesce(p.held_sessions, 0) AS held_sessions,
       coalesce(p.attended_sessions, 0) AS attended_sessions,
       missing.modules AS missing_required_modules,
       coalesce(p.held_sessions, 0) > 0
           AND coalesce(p.attended_sessions, 0) >= cu.min_attendance * p.held_sessions
           AND (NOT cu.requires_all_required_modules OR cardinality(missing.modules) = 0) AS completes
FROM enrollments e
JOIN classes c ON c.id = e.class_id
JOIN curricula cu ON cu.code = c.curriculum_code
LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE es.session_status = 'held') AS held_sessions,
           count(*) FILTER (WHERE es.session_status = 'held' AND es.attended) AS attended_sessions
    FROM enrollment_sessions es WHERE es.enrollment_id = e.id
) p ON true
CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(ml.module_code ORDER BY ml.position), '{}') AS modules
    FROM class_module_list ml
    WHERE ml.class_id = e.class_id AND NOT ml.elective
      AND NOT EXISTS (
          SELECT 1 FROM enrollment_sessions es
          WHERE es.enrollment_id = e.id AND es.module_code = ml.module_code
            AND es.session_status = 'held' AND es.attended)
) missing
WHERE e.status IN ('enrolled', 'completed');

-- A delegate has been trained in a program when an enrollment in one of its classes completed.
CREATE VIEW delegate_programs AS
SELECT e.delegate_id, c.curriculum_code,
       bool_or(e.status = 'completed') AS trained,
       bool_or(e.status IN ('enrolled', 'waitlisted')) AS in_progress
FROM enrollments e
JOIN classes c ON c.id = e.class_id
WHERE e.status IN ('enrolled', 'waitlisted', 'completed')
GROUP BY e.delegate_id, c.curriculum_code;
