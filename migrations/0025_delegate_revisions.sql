-- What a delegate's phone polls (their calendar feed, /v1/me/…) is answered "304 Not Modified" from one row when
-- nothing they see has changed since: a revision per delegate, moved on by every change to their own records
-- (enrollments, attendance, certificates, their roster entry and account) and to the sessions of their classes,
-- and one shared revision moved on by changes everyone sees alike (rooms, venues, modules, materials, classes,
-- lecturers, places). The service's ETag is the pair. Statement-level triggers with transition tables keep a
-- bulk change (an enrollment of 1,500, a re-plan) to one update per delegate.
CREATE TABLE delegate_revisions (
    delegate_id     bigint PRIMARY KEY REFERENCES delegates ON DELETE CASCADE,
    revision        bigint NOT NULL,
    changed_at      timestamptz NOT NULL
);

CREATE TABLE shared_revision (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    revision        bigint NOT NULL,
    changed_at      timestamptz NOT NULL
);
INSERT INTO shared_revision VALUES (true, 1, now());

-- In delegate order, so two transactions that move the same delegates on never wait for each other in a circle.
CREATE FUNCTION bump_delegate_revisions(delegates bigint[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO delegate_revisions (delegate_id, revision, changed_at)
    SELECT ids.id, 1, clock_timestamp() FROM (SELECT DISTINCT unnest(delegates) AS id) ids
    WHERE EXISTS (SELECT 1 FROM delegates d WHERE d.id = ids.id)
    ORDER BY ids.id
    ON CONFLICT (delegate_id) DO UPDATE
        SET revision = delegate_revisions.revision + 1, changed_at = EXCLUDED.changed_at
$$;

-- Rows that name their delegate (delegate_id).
CREATE FUNCTION delegate_rows_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_delegate_revisions(ARRAY(SELECT delegate_id FROM changed));
    RETURN NULL;
END;
$$;

-- The roster's own rows.
CREATE FUNCTION delegate_records_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_delegate_revisions(ARRAY(SELECT id FROM changed));
    RETURN NULL;
END;
$$;

-- Sessions: everyone in their classes (including the wait list, whose schedule-to-be changes).
CREATE FUNCTION class_sessions_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_delegate_revisions(ARRAY(
        SELECT e.delegate_id FROM enrollments e
        WHERE e.class_id IN (SELECT class_id FROM changed) AND e.status <> 'withdrawn'));
    RETURN NULL;
END;
$$;

-- A session's lecturers: everyone in the session's class.
CREATE FUNCTION session_lecturers_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM bump_delegate_revisions(ARRAY(
        SELECT e.delegate_id FROM enrollments e JOIN sessions s ON s.class_id = e.class_id
        WHERE s.id IN (SELECT session_id FROM changed) AND e.status <> 'withdrawn'));
    RETURN NULL;
END;
$$;

CREATE FUNCTION shared_rows_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE shared_revision SET revision = revision + 1, changed_at = clock_timestamp();
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    watched record;
BEGIN
    FOR watched IN SELECT * FROM (VALUES
        ('enrollments', 'delegate_rows_changed'), ('attendance', 'delegate_rows_changed'),
        ('certificates', 'delegate_rows_changed'), ('accounts', 'delegate_rows_changed'),
        ('delegates', 'delegate_records_changed'), ('sessions', 'class_sessions_changed'),
        ('session_lecturers', 'session_lecturers_changed')) AS w (tbl, fn)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tbl || '_revision_insert', watched.tbl,
                       watched.fn);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tbl || '_revision_update', watched.tbl,
                       watched.fn);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
                       'FOR EACH STATEMENT EXECUTE FUNCTION %I()', watched.tbl || '_revision_delete', watched.tbl,
                       watched.fn);
    END LOOP;
    FOR watched IN SELECT * FROM unnest(ARRAY[
        'rooms', 'venues', 'modules', 'materials', 'module_materials', 'class_modules', 'curricula', 'lecturers',
        'cohorts', 'provinces', 'communes']) AS w (tbl)
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION shared_rows_changed()', watched.tbl || '_revision',
                       watched.tbl);
    END LOOP;
END;
$$;

-- A class's seat count changes with every enrollment (and is not shown to delegates): only the other columns move
-- the shared revision, so enrollments in different classes do not queue on its row.
CREATE TRIGGER classes_revision
    AFTER INSERT OR DELETE OR TRUNCATE ON classes
    FOR EACH STATEMENT EXECUTE FUNCTION shared_rows_changed();
CREATE TRIGGER classes_revision_update
    AFTER UPDATE OF code, curriculum_code, venue_id, online, capacity, starts_on, ends_on, audience, status,
        cancellation_reason ON classes
    FOR EACH STATEMENT EXECUTE FUNCTION shared_rows_changed();
