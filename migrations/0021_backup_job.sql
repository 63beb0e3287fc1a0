-- The backup job of `ttbd serve --backup-every` records its runs beside the other jobs. A backup that failed
-- (a full disk, a server that went away) leaves a row too, with why, so the last good backup and the faults
-- since are one query away; the other jobs still record only what they finished.
-- For a backup, rows_changed is the rows the archive holds and detail the archive's path.
ALTER TABLE job_runs
    DROP CONSTRAINT job_runs_job_check,
    ADD CONSTRAINT job_runs_job_check CHECK (job IN ('session-reminders', 'close-attendance', 'backup')),
    ADD COLUMN outcome text NOT NULL DEFAULT 'succeeded' CHECK (outcome IN ('succeeded', 'failed')),
    ADD COLUMN detail text;
