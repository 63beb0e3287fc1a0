-- Least privilege: the role that migrates owns the schema; the service and the staff commands connect as
-- ttbd_app, which can read and write rows and nothing else: no DDL, no TRUNCATE, no disabling a trigger
-- (only an owner may), and on the append-only trails, only adding rows.
--
-- Roles belong to the whole server. Where the migrating role may not create roles (a managed server), the
-- server's admin creates ttbd_app (CREATE ROLE ttbd_app LOGIN PASSWORD '…') and runs `ttbd db migrate`
-- again: the grants below are made then, and skipped with a notice until then. A restore, which brings
-- back no grants (the archive's server may lack the role), calls the function again.
CREATE FUNCTION grant_application_role() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app')
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
        BEGIN
            CREATE ROLE ttbd_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;  -- another database of this server created it at the same moment
        END;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ttbd_app') THEN
        RAISE NOTICE 'role ttbd_app does not exist and % may not create it; ask the server''s admin', current_user;
        RETURN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO ttbd_app', current_database());
    GRANT USAGE ON SCHEMA public TO ttbd_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ttbd_app;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ttbd_app;
    REVOKE UPDATE, DELETE ON audit_log, enrollment_status_history FROM ttbd_app;
    REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM ttbd_app;
    -- Tables later migrations create get the same rights.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ttbd_app;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ttbd_app;
END;
$$;

SELECT grant_application_role();
