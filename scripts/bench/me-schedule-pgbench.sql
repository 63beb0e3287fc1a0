-- pgbench script of scripts/bench/me-schedule: the SQL that `GET /v1/me/schedule` runs for a random delegate,
-- statement for statement (pgbench -M extended sends it the way postgres-nio does: unnamed statements with
-- bound values; a colon inside a literal is written \072, since pgbench reads :name as a variable). Keep it
-- in step with:
--   Database.account(presenting:purpose:now:)   token_account (the presented token's SHA-256 from bench_tokens)
--   Database.reportDelegateID(code:)            the delegate's id
--   ScheduleDetail.query                        the delegate's sessions with titles, instants and names
--   SessionRecord.query(classID:)               each class's sessions in local time (one class per delegate here)
\set n random(1, :count)
SELECT * FROM token_account((SELECT token_hash FROM bench_tokens WHERE n = :n), 'api') \gset
SELECT id FROM delegates WHERE code = :delegate_code \gset
WITH chosen AS (
    SELECT id FROM sessions WHERE class_id = NULL::bigint
    UNION SELECT session_id FROM enrollment_sessions WHERE delegate_id = :id::bigint
    UNION SELECT session_id FROM session_lecturers WHERE lecturer_id = NULL::bigint
    UNION SELECT s.id FROM sessions s JOIN rooms r ON r.id = s.room_id
          WHERE r.venue_id = NULL::bigint
            AND (NULL::bigint IS NULL OR s.room_id = NULL::bigint)
)
SELECT s.id, s.class_id, m.title, lower(s.during), upper(s.during), r.name, v.name,
       coalesce((SELECT array_agg(l.full_name ORDER BY l.code) FROM session_lecturers sl
                 JOIN lecturers l ON l.id = sl.lecturer_id WHERE sl.session_id = s.id), '{}')
FROM chosen
JOIN sessions s ON s.id = chosen.id
JOIN modules m ON m.code = s.module_code
LEFT JOIN rooms r ON r.id = s.room_id
LEFT JOIN venues v ON v.id = r.venue_id \aset
SELECT s.id, cl.code, co.code, s.module_code, to_char(z.starts, 'YYYY-MM-DD'),
       z.starts::time < z.afternoon, to_char(z.starts, E'HH24\072MI'), to_char(z.ends, E'HH24\072MI'),
       rv.code || '/' || r.code,
       coalesce((SELECT array_agg(l.code ORDER BY l.code) FROM session_lecturers sl
                 JOIN lecturers l ON l.id = sl.lecturer_id WHERE sl.session_id = s.id), '{}'),
       s.status, s.revision, s.pinned
FROM sessions s
JOIN classes cl ON cl.id = s.class_id
JOIN cohorts co ON co.id = s.cohort_id
LEFT JOIN venues v ON v.id = cl.venue_id
LEFT JOIN rooms r ON r.id = s.room_id
LEFT JOIN venues rv ON rv.id = r.venue_id
CROSS JOIN LATERAL (
    SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') AS starts,
           upper(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') AS ends,
           coalesce(v.afternoon_starts, E'13\07230'::time) AS afternoon
) z
WHERE (NULL::bigint IS NULL OR s.id = NULL::bigint)
  AND (:class_id::bigint IS NULL OR s.class_id = :class_id::bigint)
  AND (NULL::date IS NULL OR z.starts::date >= NULL::date)
  AND (NULL::date IS NULL OR z.starts::date <= NULL::date)
ORDER BY lower(s.during), co.code, s.id;
