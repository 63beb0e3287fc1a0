-- Every table whose rows staff change is audited, not only enrollment, attendance, sessions, certificates
-- and accounts: a partial roster import that blanked a delegate's fields left no trace before this.

-- Delegates arrive by the hundred thousand in one roster import, where a row trigger calling PL/pgSQL per
-- row costs more than the import itself; a statement trigger writes the whole statement's trail in one
-- set-based insert from the transition tables. Only rows that differ are recorded.
CREATE FUNCTION write_audit_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    who text := coalesce(nullif(current_setting('ttbd.actor', true), ''), session_user);
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (actor, table_name, action, row_id, before, after)
        SELECT who, TG_TABLE_NAME, 'insert', n.id::text, NULL, to_jsonb(n) FROM new_rows n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_log (actor, table_name, action, row_id, before, after)
        SELECT who, TG_TABLE_NAME, 'update', n.id::text, to_jsonb(o), to_jsonb(n)
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE to_jsonb(o) <> to_jsonb(n);
    ELSE
        INSERT INTO audit_log (actor, table_name, action, row_id, before, after)
        SELECT who, TG_TABLE_NAME, 'delete', o.id::text, to_jsonb(o), NULL FROM old_rows o;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER delegates_audit_insert AFTER INSERT ON delegates
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION write_audit_rows();
CREATE TRIGGER delegates_audit_update AFTER UPDATE ON delegates
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION write_audit_rows();
CREATE TRIGGER delegates_audit_delete AFTER DELETE ON delegates
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION write_audit_rows();

-- A class's enrolled_count moves with every enrollment, which the enrollment's own trail already records;
-- auditing it again on the class would double the trail of the busiest write.
CREATE TRIGGER classes_audit AFTER INSERT OR DELETE ON classes
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER classes_audit_update AFTER UPDATE ON classes
    FOR EACH ROW WHEN (to_jsonb(OLD) - 'enrolled_count' IS DISTINCT FROM to_jsonb(NEW) - 'enrolled_count')
    EXECUTE FUNCTION write_audit();

CREATE TRIGGER class_modules_audit AFTER INSERT OR UPDATE OR DELETE ON class_modules
    FOR EACH ROW EXECUTE FUNCTION write_audit('class_id', 'module_code');
CREATE TRIGGER cohorts_audit AFTER INSERT OR UPDATE OR DELETE ON cohorts
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER venues_audit AFTER INSERT OR UPDATE OR DELETE ON venues
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER rooms_audit AFTER INSERT OR UPDATE OR DELETE ON rooms
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER lecturers_audit AFTER INSERT OR UPDATE OR DELETE ON lecturers
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER lecturer_modules_audit AFTER INSERT OR UPDATE OR DELETE ON lecturer_modules
    FOR EACH ROW EXECUTE FUNCTION write_audit('lecturer_id', 'module_code');
CREATE TRIGGER unavailability_audit AFTER INSERT OR UPDATE OR DELETE ON unavailability
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER materials_audit AFTER INSERT OR UPDATE OR DELETE ON materials
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER module_materials_audit AFTER INSERT OR UPDATE OR DELETE ON module_materials
    FOR EACH ROW EXECUTE FUNCTION write_audit('module_code', 'material_id');
CREATE TRIGGER terms_audit AFTER INSERT OR UPDATE OR DELETE ON terms
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER curricula_audit AFTER INSERT OR UPDATE OR DELETE ON curricula
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER modules_audit AFTER INSERT OR UPDATE OR DELETE ON modules
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER module_prerequisites_audit AFTER INSERT OR UPDATE OR DELETE ON module_prerequisites
    FOR EACH ROW EXECUTE FUNCTION write_audit('module_code', 'prerequisite_code');
CREATE TRIGGER provinces_audit AFTER INSERT OR UPDATE OR DELETE ON provinces
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER communes_audit AFTER INSERT OR UPDATE OR DELETE ON communes
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER bodies_audit AFTER INSERT OR UPDATE OR DELETE ON bodies
    FOR EACH ROW EXECUTE FUNCTION write_audit();

-- How the trail names a row someone reads: a code and a name instead of `delegate_id: 1946`. Rows that
-- are gone since keep their number.
CREATE FUNCTION audit_label(field text, id bigint) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        CASE field
            WHEN 'delegate_id' THEN (SELECT code || ' ' || full_name FROM delegates WHERE delegates.id = $2)
            WHEN 'class_id' THEN (SELECT code FROM classes WHERE classes.id = $2)
            WHEN 'cohort_id' THEN
                (SELECT c.code || '/' || h.code FROM cohorts h JOIN classes c ON c.id = h.class_id WHERE h.id = $2)
            WHEN 'session_id' THEN
                (SELECT c.code || ' ' || s.module_code || ' '
                        || to_char(lower(s.during) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI')
                 FROM sessions s JOIN classes c ON c.id = s.class_id WHERE s.id = $2)
            WHEN 'venue_id' THEN (SELECT code FROM venues WHERE venues.id = $2)
            WHEN 'room_id' THEN (SELECT v.code || '/' || r.code FROM rooms r JOIN venues v ON v.id = r.venue_id WHERE r.id = $2)
            WHEN 'lecturer_id' THEN (SELECT code || ' ' || full_name FROM lecturers WHERE lecturers.id = $2)
            WHEN 'body_id' THEN (SELECT name FROM bodies WHERE bodies.id = $2)
            WHEN 'account_id' THEN (SELECT username FROM accounts WHERE accounts.id = $2)
            WHEN 'material_id' THEN (SELECT code FROM materials WHERE materials.id = $2)
            WHEN 'enrollment_id' THEN
                (SELECT d.code || ' @ ' || c.code FROM enrollments e
                 JOIN delegates d ON d.id = e.delegate_id JOIN classes c ON c.id = e.class_id WHERE e.id = $2)
        END,
        $2::text)
$$;

-- A row of the trail with every reference replaced by its label.
CREATE FUNCTION audit_readable(fields jsonb) RETURNS jsonb
    LANGUAGE sql STABLE AS $$
    SELECT jsonb_object_agg(
        key,
        CASE WHEN key LIKE '%\_id' AND jsonb_typeof(value) = 'number' THEN to_jsonb(audit_label(key, value::text::bigint))
             ELSE value END)
    FROM jsonb_each(fields)
$$;

-- What the row is, in words: the delegate's code and name, the class and delegate of an enrollment, …
CREATE FUNCTION audit_subject(table_name text, fields jsonb) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE table_name
        WHEN 'delegates' THEN (fields ->> 'code') || ' ' || (fields ->> 'full_name')
        WHEN 'lecturers' THEN (fields ->> 'code') || ' ' || (fields ->> 'full_name')
        WHEN 'accounts' THEN fields ->> 'username'
        WHEN 'certificates' THEN (fields ->> 'number') || ' ' || audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
        WHEN 'enrollments' THEN audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
            || ' @ ' || audit_label('class_id', (fields ->> 'class_id')::bigint)
        WHEN 'attendance' THEN audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
            || ' @ ' || audit_label('session_id', (fields ->> 'session_id')::bigint)
        WHEN 'sessions' THEN audit_label('session_id', (fields ->> 'id')::bigint)
        WHEN 'session_lecturers' THEN audit_label('lecturer_id', (fields ->> 'lecturer_id')::bigint)
            || ' @ ' || audit_label('session_id', (fields ->> 'session_id')::bigint)
        WHEN 'rooms' THEN audit_label('room_id', (fields ->> 'id')::bigint)
        WHEN 'cohorts' THEN audit_label('cohort_id', (fields ->> 'id')::bigint)
        WHEN 'api_tokens' THEN audit_label('account_id', (fields ->> 'account_id')::bigint)
        WHEN 'class_modules' THEN audit_label('class_id', (fields ->> 'class_id')::bigint) || ' ' || (fields ->> 'module_code')
        WHEN 'lecturer_modules' THEN audit_label('lecturer_id', (fields ->> 'lecturer_id')::bigint) || ' ' || (fields ->> 'module_code')
        WHEN 'module_materials' THEN (fields ->> 'module_code') || ' ' || audit_label('material_id', (fields ->> 'material_id')::bigint)
        WHEN 'unavailability' THEN (fields ->> 'kind') || ' ' || (fields ->> 'during')
        WHEN 'module_prerequisites' THEN (fields ->> 'module_code') || ' ← ' || (fields ->> 'prerequisite_code')
        WHEN 'bodies' THEN fields ->> 'name'
        WHEN 'waivers' THEN audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
            || ' ' || (fields ->> 'curriculum_code') || ' ' || (fields ->> 'rule')
        ELSE coalesce(fields ->> 'code', fields ->> 'id')
    END
$$;
