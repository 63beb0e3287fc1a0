-- pgbench script of scripts/bench/me-schedule: the SQL that `GET /v1/me/schedule` runs for a random delegate,
-- statement for statement. Run with -M prepared: the service prepares both statements once per pooled
-- connection, as pgbench then does. A colon inside a literal is written \072, since pgbench reads :name as a
-- variable. Keep it in step with:
--   AccountStore.presented(_:purpose:now:) TokenAccount: token_account, with the delegate's revision for the ETag
--                                                 (the token's SHA-256 from bench_tokens)
--   DelegateTimetable.sql                       the delegate's sessions, no from/to given
\set n random(1, :count)
SELECT * FROM token_account((SELECT token_hash FROM bench_tokens WHERE n = :n), 'api') \gset
SELECT s.id, cl.code, co.code, s.module_code, s.status, s.revision, s.pinned, m.title,
       lower(s.during), upper(s.during), z.starts, z.ends, z.starts::time < z.afternoon,
       rv.code || '/' || r.code, r.name, rv.name,
       coalesce(lec.codes, '{}'), coalesce(lec.names, '{}')
FROM enrollments e
JOIN sessions s ON s.class_id = e.class_id AND s.status <> 'cancelled'
     AND (e.cohort_id IS NULL OR s.cohort_id = e.cohort_id)
JOIN classes cl ON cl.id = s.class_id
JOIN cohorts co ON co.id = s.cohort_id
JOIN modules m ON m.code = s.module_code
LEFT JOIN venues v ON v.id = cl.venue_id
LEFT JOIN rooms r ON r.id = s.room_id
LEFT JOIN venues rv ON rv.id = r.venue_id
LEFT JOIN LATERAL (
    SELECT array_agg(l.code ORDER BY l.code) AS codes, array_agg(l.full_name::text ORDER BY l.code) AS names
    FROM session_lecturers sl JOIN lecturers l ON l.id = sl.lecturer_id
    WHERE sl.session_id = s.id
) lec ON true
CROSS JOIN LATERAL (
    SELECT lower(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') AS starts,
           upper(s.during) AT TIME ZONE coalesce(v.time_zone, 'Asia/Ho_Chi_Minh') AS ends,
           coalesce(v.afternoon_starts, E'13\07230'::time) AS afternoon
) z
WHERE e.delegate_id = :delegate_id AND e.status IN ('enrolled', 'completed')
  AND (NULL::text IS NULL OR z.starts::date >= NULL::text::date)
  AND (NULL::text IS NULL OR z.starts::date <= NULL::text::date);
