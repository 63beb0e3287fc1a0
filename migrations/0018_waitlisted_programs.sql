-- The golden-time tracker counted a delegate only wait-listed for their induction program as "Đang học"
-- (learning): Hà Nội showed 61 learning where 3 had a seat. A pair now says whether any of its enrollments
-- holds a seat, so the wait-listed are counted apart. in_progress keeps its meaning (enrolled or waiting),
-- which the induction planner relies on to leave such delegates out of new classes.
CREATE OR REPLACE VIEW delegate_programs AS
SELECT pairs.delegate_id, pairs.curriculum_code, t.trained, NOT t.trained AS in_progress, pairs.seated
FROM (
    SELECT e.delegate_id, c.curriculum_code, bool_or(e.status IN ('enrolled', 'completed')) AS seated
    FROM enrollments e JOIN classes c ON c.id = e.class_id
    WHERE e.status IN ('enrolled', 'waitlisted', 'completed')
    GROUP BY e.delegate_id, c.curriculum_code
) pairs
CROSS JOIN LATERAL (SELECT trained_in_program(pairs.delegate_id, pairs.curriculum_code) AS trained) t;
