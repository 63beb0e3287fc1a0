-- The console's dashboard (issue 16) on every visit: the sessions of today in time order (an index on their start,
-- walked until the dashboard has enough), and a count of the notices that failed for good (a partial index keeps
-- that count to the failed few instead of a scan of every notice ever sent).
CREATE INDEX sessions_by_start ON sessions (lower(during));
CREATE INDEX outbox_failed ON outbox (failed_at) WHERE failed_at IS NOT NULL;
