-- Delivering the outbox: every notice is tried until it is delivered, found undeliverable for good (failed),
-- or too late to be of use (dropped: a reminder once its session has begun). A worker takes one due notice at a
-- time with FOR UPDATE SKIP LOCKED and keeps the lock while it sends, so any number of workers send each
-- notice once; a temporary failure puts the next try off (next_attempt_at), and a failed notice can be retried.
ALTER TABLE outbox
    ADD COLUMN attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN last_error      text,
    ADD COLUMN failed_at       timestamptz,
    ADD COLUMN dropped_at      timestamptz,
    ADD CONSTRAINT outbox_one_end CHECK (num_nonnulls(delivered_at, failed_at, dropped_at) <= 1);

DROP INDEX outbox_undelivered;
CREATE INDEX outbox_due ON outbox (next_attempt_at, id)
    WHERE delivered_at IS NULL AND failed_at IS NULL AND dropped_at IS NULL;
