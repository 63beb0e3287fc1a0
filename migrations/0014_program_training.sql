-- A class may teach only part of a program (`classes create --modules`), and completing that part is not
-- the whole program: a delegate is trained in a program once their completed classes together taught every
-- required module of it. Anyone else with a seat, a wait-list place or a completed part is in progress.

-- One delegate and one program, so a caller asking about one delegate reads only that delegate's rows.
CREATE FUNCTION trained_in_program(delegate bigint, program text) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
               SELECT 1 FROM enrollments e JOIN classes c ON c.id = e.class_id
               WHERE e.delegate_id = delegate AND c.curriculum_code = program AND e.status = 'completed')
       AND NOT EXISTS (
               SELECT 1 FROM modules m
               WHERE m.curriculum_code = program AND NOT m.elective
                 AND NOT EXISTS (
                     SELECT 1 FROM enrollments done
                     JOIN class_module_list taught ON taught.class_id = done.class_id
                     WHERE done.delegate_id = delegate AND done.status = 'completed'
                       AND taught.module_code = m.code))
$$;

CREATE OR REPLACE VIEW delegate_programs AS
SELECT pairs.delegate_id, pairs.curriculum_code, t.trained, NOT t.trained AS in_progress
FROM (
    SELECT DISTINCT e.delegate_id, c.curriculum_code
    FROM enrollments e JOIN classes c ON c.id = e.class_id
    WHERE e.status IN ('enrolled', 'waitlisted', 'completed')
) pairs
CROSS JOIN LATERAL (SELECT trained_in_program(pairs.delegate_id, pairs.curriculum_code) AS trained) t;
