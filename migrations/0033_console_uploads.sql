-- Nhập dữ liệu in the console (issue 16): an admin uploads a roster or a sheet of venues, rooms or lecturers, sees
-- the dry run, and only then applies it. The file waits here between the two steps, so that the apply reads the
-- very bytes the dry run read, whichever `ttbd serve` behind the load balancer answers it.
--
-- Not audited: an upload changes nothing until it is applied, and the apply's changes are audited like any
-- import's. An applied upload is deleted; one left unapplied for a day is deleted by forget-console-sessions.
CREATE TABLE console_uploads (
    id              uuid PRIMARY KEY,
    account_id      bigint NOT NULL REFERENCES accounts ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('roster', 'venues', 'rooms', 'lecturers')),
    file_name       text NOT NULL CHECK (file_name <> '' AND length(file_name) <= 255),
    sheet           text,
    contents        bytea NOT NULL,
    expires_at      timestamptz NOT NULL
);
CREATE INDEX console_uploads_by_expiry ON console_uploads (expires_at);
