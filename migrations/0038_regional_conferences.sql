-- Regional conferences (hội nghị vùng) of the HĐND standing committees (issue 19): the six socio-economic
-- regions of course-catalog/regions.yaml, and conferences beside classes, with their programme, the bodies
-- invited, the delegates those bodies register and who attended each session.

-- vùng kinh tế - xã hội, as the catalog lists them.
CREATE TABLE regions (
    code    code_text PRIMARY KEY,
    name    nfc_text NOT NULL UNIQUE
);

-- A province belongs to at most one region (the catalog checks that it belongs to exactly one). `position` is
-- the order the host of the region's conferences rotates in; deferred, so an import may reorder a region.
CREATE TABLE region_provinces (
    province_code   text PRIMARY KEY REFERENCES provinces ON DELETE CASCADE,
    region_code     text NOT NULL REFERENCES regions ON DELETE CASCADE,
    position        integer NOT NULL CHECK (position > 0),
    CONSTRAINT region_provinces_order UNIQUE (region_code, position) DEFERRABLE INITIALLY DEFERRED
);

-- hội nghị: held in a host province of its region, at a venue (a hall of the host, not a training venue), on
-- whole days. `seats_per_body` is what each invited body gets unless its invitation says otherwise.
CREATE TABLE conferences (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                code_text NOT NULL UNIQUE,
    title               nfc_text NOT NULL,
    region_code         text NOT NULL REFERENCES regions,
    host_province_code  text NOT NULL REFERENCES provinces,
    venue               nfc_text NOT NULL,
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    seats_per_body      integer CHECK (seats_per_body > 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX conferences_by_host ON conferences (region_code, host_province_code, starts_on);

-- The programme: numbered sessions (1, 2, …) with a title, a speaker and a time range.
CREATE TABLE conference_sessions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conference_id   bigint NOT NULL REFERENCES conferences ON DELETE CASCADE,
    number          integer NOT NULL CHECK (number > 0),
    title           nfc_text NOT NULL,
    speaker         nfc_text,
    during          tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
    UNIQUE (conference_id, number),
    UNIQUE (id, conference_id)
);

-- The bodies invited (each the HĐND of a province, whose standing committee attends), and the seats each
-- has. `registered_count` moves with its registrations, so the CHECK decides the capacity under any number of
-- concurrent registrations: each one updates this row, and they take turns on its lock.
CREATE TABLE conference_invitations (
    conference_id       bigint NOT NULL REFERENCES conferences ON DELETE CASCADE,
    body_id             bigint NOT NULL REFERENCES bodies,
    seats               integer CHECK (seats > 0),
    registered_count    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (conference_id, body_id),
    CONSTRAINT conference_invitations_seats CHECK (registered_count >= 0 AND (seats IS NULL OR registered_count <= seats))
);

-- A delegate registered by their body. The body is the delegate's own (set by the trigger below, never
-- given), and the reference to the invitations admits only delegates of invited bodies.
CREATE TABLE conference_registrations (
    conference_id   bigint NOT NULL,
    delegate_id     bigint NOT NULL REFERENCES delegates,
    body_id         bigint NOT NULL,
    registered_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (conference_id, delegate_id),
    CONSTRAINT conference_registrations_invited FOREIGN KEY (conference_id, body_id)
        REFERENCES conference_invitations ON DELETE CASCADE
);

CREATE FUNCTION conference_registration_body() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    SELECT body_id INTO NEW.body_id FROM delegates WHERE id = NEW.delegate_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER conference_registrations_body BEFORE INSERT OR UPDATE ON conference_registrations
    FOR EACH ROW EXECUTE FUNCTION conference_registration_body();

CREATE FUNCTION conference_registration_counted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE conference_invitations SET registered_count = registered_count - 1
        WHERE conference_id = OLD.conference_id AND body_id = OLD.body_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE conference_invitations SET registered_count = registered_count + 1
        WHERE conference_id = NEW.conference_id AND body_id = NEW.body_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER conference_registrations_seats AFTER INSERT OR UPDATE OR DELETE ON conference_registrations
    FOR EACH ROW EXECUTE FUNCTION conference_registration_counted();

-- Who attended a session: only a delegate registered for its conference.
-- (`conference_session_id`, not `session_id`: the audit trail names a `session_id` as a class's session.)
CREATE TABLE conference_attendance (
    conference_session_id   bigint NOT NULL,
    conference_id           bigint NOT NULL,
    delegate_id             bigint NOT NULL,
    marked_at               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (conference_session_id, delegate_id),
    CONSTRAINT conference_attendance_session FOREIGN KEY (conference_session_id, conference_id)
        REFERENCES conference_sessions (id, conference_id) ON DELETE CASCADE,
    CONSTRAINT conference_attendance_registered FOREIGN KEY (conference_id, delegate_id)
        REFERENCES conference_registrations ON DELETE CASCADE
);

-- Staff change every one of these rows; the invitation's registered_count moves with each registration, whose
-- own trail records it.
CREATE TRIGGER regions_audit AFTER INSERT OR UPDATE OR DELETE ON regions
    FOR EACH ROW EXECUTE FUNCTION write_audit('code');
CREATE TRIGGER region_provinces_audit AFTER INSERT OR UPDATE OR DELETE ON region_provinces
    FOR EACH ROW EXECUTE FUNCTION write_audit('region_code', 'province_code');
CREATE TRIGGER conferences_audit AFTER INSERT OR UPDATE OR DELETE ON conferences
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER conference_sessions_audit AFTER INSERT OR UPDATE OR DELETE ON conference_sessions
    FOR EACH ROW EXECUTE FUNCTION write_audit();
CREATE TRIGGER conference_invitations_audit AFTER INSERT OR DELETE ON conference_invitations
    FOR EACH ROW EXECUTE FUNCTION write_audit('conference_id', 'body_id');
CREATE TRIGGER conference_invitations_audit_update AFTER UPDATE ON conference_invitations
    FOR EACH ROW WHEN (to_jsonb(OLD) - 'registered_count' IS DISTINCT FROM to_jsonb(NEW) - 'registered_count')
    EXECUTE FUNCTION write_audit('conference_id', 'body_id');
CREATE TRIGGER conference_registrations_audit AFTER INSERT OR UPDATE OR DELETE ON conference_registrations
    FOR EACH ROW EXECUTE FUNCTION write_audit('conference_id', 'delegate_id');
CREATE TRIGGER conference_attendance_audit AFTER INSERT OR UPDATE OR DELETE ON conference_attendance
    FOR EACH ROW EXECUTE FUNCTION write_audit('conference_session_id', 'delegate_id');

-- The trail names the new rows and references in words, as it does the others (0017): each function below
-- handles the conference tables and hands everything else to the function it wraps.
ALTER FUNCTION audit_label(text, bigint) RENAME TO audit_label_before_conferences;
CREATE FUNCTION audit_label(field text, id bigint) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE field
        WHEN 'conference_id' THEN coalesce((SELECT code FROM conferences WHERE conferences.id = $2), $2::text)
        WHEN 'conference_session_id' THEN coalesce(
            (SELECT c.code || ' #' || s.number FROM conference_sessions s JOIN conferences c ON c.id = s.conference_id
             WHERE s.id = $2), $2::text)
        ELSE audit_label_before_conferences(field, id)
    END
$$;

ALTER FUNCTION audit_subject(text, jsonb) RENAME TO audit_subject_before_conferences;
CREATE FUNCTION audit_subject(table_name text, fields jsonb) RETURNS text
    LANGUAGE sql STABLE AS $$
    SELECT CASE table_name
        WHEN 'region_provinces' THEN (fields ->> 'region_code') || ' ' || (fields ->> 'province_code')
        WHEN 'conference_sessions' THEN audit_label('conference_session_id', (fields ->> 'id')::bigint)
            || ' ' || (fields ->> 'title')
        WHEN 'conference_invitations' THEN audit_label('body_id', (fields ->> 'body_id')::bigint)
            || ' @ ' || audit_label('conference_id', (fields ->> 'conference_id')::bigint)
        WHEN 'conference_registrations' THEN audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
            || ' @ ' || audit_label('conference_id', (fields ->> 'conference_id')::bigint)
        WHEN 'conference_attendance' THEN audit_label('delegate_id', (fields ->> 'delegate_id')::bigint)
            || ' @ ' || audit_label('conference_session_id', (fields ->> 'conference_session_id')::bigint)
        ELSE audit_subject_before_conferences(table_name, fields)
    END
$$;

SELECT grant_application_role();
