-- Cần gì để kịp thời gian vàng, as a job (issue 19): the induction's what-if re-plans once per trial and takes
-- about ten minutes for the whole country, longer than a request may wait. Staff ask for a run (the API or the
-- console), the service's job tick takes it and writes its answer here, and the asker reads it back.
--
-- Taking a run: a runner locks the oldest waiting row `FOR UPDATE SKIP LOCKED`, so two runners never take one,
-- then holds a session-level advisory lock on (ttbd's what-if runs, the run's id) on its own connection for as
-- long as it plans, and commits `running`. A runner that dies drops that lock with its connection: a row still
-- `running` whose lock nobody holds is taken again.
--
-- Not audited: a run writes nothing of the center's (every trial rolls back), and its row already says who asked
-- for what and when, like `job_runs` says what the jobs did.
CREATE TABLE what_if_runs (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program             text NOT NULL CHECK (program <> '' AND length(program) <= 50),
    term                text NOT NULL CHECK (term <> '' AND length(term) <= 50),
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    class_size          int NOT NULL CHECK (class_size > 0),
    latest_end          date,
    online_provinces    text[] NOT NULL DEFAULT '{}',
    time_limit_ms       int8 NOT NULL CHECK (time_limit_ms > 0),
    seed                int8 NOT NULL DEFAULT 1,
    requested_by        text NOT NULL,
    requested_at        timestamptz NOT NULL,
    status              text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    runner              text,
    started_at          timestamptz,
    finished_at         timestamptz,
    -- What `ttbd plan induction --what-if --format json` prints for the same inputs.
    result              jsonb,
    -- The same answer as people read it: its sentences kept as patterns and values, worded when read.
    answer              jsonb,
    -- Why a run failed, in English (the log has the rest).
    failure             text,
    CONSTRAINT what_if_runs_window CHECK (starts_on <= ends_on AND (latest_end IS NULL OR latest_end > ends_on)),
    CONSTRAINT what_if_runs_outcome CHECK (
        (status = 'done') = (result IS NOT NULL AND answer IS NOT NULL) AND (status = 'failed') = (failure IS NOT NULL)
        AND (status IN ('queued') OR started_at IS NOT NULL)
        AND (status IN ('done', 'failed')) = (finished_at IS NOT NULL))
);
-- The runners' queue: the oldest unfinished first.
CREATE INDEX what_if_runs_unfinished ON what_if_runs (id) WHERE status IN ('queued', 'running');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app') THEN
        GRANT SELECT, INSERT, UPDATE ON what_if_runs TO ttbd_app;
    END IF;
END;
$$;
