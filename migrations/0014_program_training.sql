-- A class may teach only part of a program (`classes create --modules`), and completing that part is not
-- the whole program: a delegate is trained in a program once their completed classes together taught every
-- required module of it. Anyone else with a seat, a wait-list place or a completed part is in progress.
--
-- The facts enrollment checks for each delegate are PL/pgSQL functions: their plans are made once per
-- connection and kept, where the same SQL inline was planned again on every call (the views inside it cost
-- more to plan than to run). The rules that judge these facts stay in TrainingModel.

-- One delegate and one program, so a caller asking about one delegate reads only that delegate's rows.
CREATE FUNCTION trained_in_program(delegate bigint, program text) RETURNS boolean
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (
               SELECT 1 FROM enrollments e JOIN classes c ON c.id = e.class_id
               WHERE e.delegate_id = delegate AND c.curriculum_code = program AND e.status = 'completed')
       AND NOT EXISTS (
               SELECT 1 FROM modules m
               WHERE m.curriculum_code = program AND NOT m.elective
                 AND NOT EXISTS (
                     SELECT 1 FROM enrollments done
                     JOIN class_module_list taught ON taught.class_id = done.class_id
                     WHERE done.delegate_id = delegate AND done.status = 'completed'
                       AND taught.module_code = m.code));
END;
$$;

-- The prerequisites of a class's modules that the class does not teach itself and the delegate has not
-- completed in another class, in code order.
CREATE FUNCTION missing_prerequisites(target_class bigint, delegate bigint) RETURNS text[]
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY(
        SELECT DISTINCT p.prerequisite_code
        FROM class_module_list ml JOIN module_prerequisites p ON p.module_code = ml.module_code
        WHERE ml.class_id = target_class
          AND NOT EXISTS (SELECT 1 FROM class_module_list own
                          WHERE own.class_id = target_class AND own.module_code = p.prerequisite_code)
          AND NOT EXISTS (SELECT 1 FROM enrollments done
                          JOIN class_module_list taught ON taught.class_id = done.class_id
                          WHERE done.delegate_id = delegate AND done.status = 'completed'
                            AND taught.module_code = p.prerequisite_code)
        ORDER BY 1);
END;
$$;

CREATE OR REPLACE VIEW delegate_programs AS
SELECT pairs.delegate_id, pairs.curriculum_code, t.trained, NOT t.trained AS in_progress
FROM (
    SELECT DISTINCT e.delegate_id, c.curriculum_code
    FROM enrollments e JOIN classes c ON c.id = e.class_id
    WHERE e.status IN ('enrolled', 'waitlisted', 'completed')
) pairs
CROSS JOIN LATERAL (SELECT trained_in_program(pairs.delegate_id, pairs.curriculum_code) AS trained) t;
