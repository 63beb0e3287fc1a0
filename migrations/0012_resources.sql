-- Hand-made sessions (issue 4): why staff cancelled a session, for the people who expected it.
ALTER TABLE sessions ADD COLUMN cancel_reason nfc_text;
