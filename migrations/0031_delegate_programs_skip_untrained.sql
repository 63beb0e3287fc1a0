-- The golden-time tracker (and the console's dashboard, which shows it) took 3 s on 20,000 delegates: the view
-- called trained_in_program for every delegate and program pair of every enrollment, though the function can only
-- answer true for a pair with a completed enrollment (its first condition). The pair now knows whether it has one,
-- and the function runs only then: the same answers, without a call per seated or wait-listed delegate.
CREATE OR REPLACE VIEW delegate_programs AS
SELECT pairs.delegate_id, pairs.curriculum_code, t.trained, NOT t.trained AS in_progress, pairs.seated
FROM (
    SELECT e.delegate_id, c.curriculum_code, bool_or(e.status IN ('enrolled', 'completed')) AS seated,
           bool_or(e.status = 'completed') AS completed
    FROM enrollments e JOIN classes c ON c.id = e.class_id
    WHERE e.status IN ('enrolled', 'waitlisted', 'completed')
    GROUP BY e.delegate_id, c.curriculum_code
) pairs
CROSS JOIN LATERAL (
    SELECT pairs.completed AND trained_in_program(pairs.delegate_id, pairs.curriculum_code) AS trained
) t;
