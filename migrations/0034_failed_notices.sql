-- The console's dashboard (issue 16) counts the notices that failed for good, on every visit: a partial index
-- keeps that count to the failed few instead of a scan of every notice ever sent.
CREATE INDEX outbox_failed ON outbox (failed_at) WHERE failed_at IS NOT NULL;
