-- Planning moves many sessions in one transaction: session A may take B's half-day before B has left it.
-- The double-booking constraints become deferrable (still checked at once unless a transaction defers them), so
-- the planner checks them after its last write, and the invariant still holds at every commit.
ALTER TABLE sessions
    DROP CONSTRAINT sessions_room_free,
    ADD CONSTRAINT sessions_room_free EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (status <> 'cancelled' AND room_id IS NOT NULL) DEFERRABLE INITIALLY IMMEDIATE,
    DROP CONSTRAINT sessions_cohort_free,
    ADD CONSTRAINT sessions_cohort_free EXCLUDE USING gist (cohort_id WITH =, during WITH &&)
        WHERE (status <> 'cancelled') DEFERRABLE INITIALLY IMMEDIATE;

ALTER TABLE session_lecturers
    DROP CONSTRAINT session_lecturers_free,
    ADD CONSTRAINT session_lecturers_free EXCLUDE USING gist (lecturer_id WITH =, during WITH &&)
        WHERE (active) DEFERRABLE INITIALLY IMMEDIATE;
