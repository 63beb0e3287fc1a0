-- The append-only audit log: who, when, what, before and after, for every change to the tables that
-- carry people's records. The actor comes from the session setting ttbd.actor, which the store sets
-- in each transaction; changes made outside ttbd are attributed to the database role.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    table_name  text NOT NULL,
    action      text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    row_id      text NOT NULL,
    before      jsonb,
    after       jsonb,
    CHECK ((action = 'insert') = (before IS NULL) AND (action = 'delete') = (after IS NULL))
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id, at);

CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows cannot be changed or removed', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

CREATE FUNCTION write_audit() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    key text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_row = new_row THEN
        RETURN NEW;
    END IF;
    -- The row's key: its id, or the key columns the trigger names (for tables keyed by a pair).
    SELECT string_agg(coalesce(new_row, old_row) ->> column_name, '/')
    INTO key
    FROM unnest(CASE WHEN TG_NARGS = 0 THEN ARRAY['id'] ELSE TG_ARGV END) AS column_name;
    INSERT INTO audit_log (actor, table_name, action, row_id, before, after)
    VALUES (
        coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user),
        TG_TABLE_NAME,
        lower(TG_OP),
        key,
        old_row,
        new_row
    );
    RETURN coalesce(NEW, OLD);
END;
$$;
