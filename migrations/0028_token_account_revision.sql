-- The revision of what a delegate sees (0025) comes with their token's account, in the one call every request
-- makes: `GET /v1/me/schedule` and the calendar feeds then need one more statement for the timetable, not two
-- (the separate revision query cost a round trip and a parse per request, and its 304 answers a second
-- statement). Other accounts get NULLs.
DROP FUNCTION token_account(bytea, text);

CREATE FUNCTION token_account(presented bytea, wanted_purpose text)
    RETURNS TABLE (
        token_hash bytea, expires_at timestamptz, revoked_at timestamptz, disabled_at timestamptz,
        account_id bigint, username text, display_name text, role text,
        delegate_id bigint, delegate_code text, lecturer_id bigint, lecturer_code text,
        own_revision bigint, shared_revision bigint, changed_at timestamptz)
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    SELECT t.token_hash, t.expires_at, t.revoked_at, a.disabled_at,
           a.id, a.username, a.display_name::text, a.role,
           a.delegate_id, d.code::text, a.lecturer_id, l.code::text,
           CASE WHEN d.id IS NOT NULL THEN coalesce(r.revision, 0) END,
           CASE WHEN d.id IS NOT NULL THEN g.revision END,
           CASE WHEN d.id IS NOT NULL THEN greatest(r.changed_at, g.changed_at) END
    FROM api_tokens t
    JOIN accounts a ON a.id = t.account_id
    LEFT JOIN delegates d ON d.id = a.delegate_id
    LEFT JOIN lecturers l ON l.id = a.lecturer_id
    LEFT JOIN delegate_revisions r ON r.delegate_id = a.delegate_id
    CROSS JOIN shared_revision g
    WHERE t.token_hash = presented AND t.purpose = wanted_purpose;
END;
$$;
