-- Vietnamese writes the kind of an administrative unit in lower case inside a longer name: "HĐND thành phố
-- Hà Nội", "HĐND xã Ba Vì", "Đoàn ĐBQH tỉnh Nghệ An", while the unit alone is "Thành phố Hà Nội". Bodies were
-- named 'HĐND ' || the unit's name, which read "HĐND Thành phố Hà Nội". lower() cannot do it: it follows the
-- database's ctype, which may be C, and must not touch the proper name after the kind.
CREATE FUNCTION unit_in_sentence(unit text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE
        WHEN unit LIKE 'Thành phố %' THEN 'thành phố' || substr(unit, 10)
        WHEN unit LIKE 'Tỉnh %' THEN 'tỉnh' || substr(unit, 5)
        WHEN unit LIKE 'Xã %' THEN 'xã' || substr(unit, 3)
        WHEN unit LIKE 'Phường %' THEN 'phường' || substr(unit, 7)
        WHEN unit LIKE 'Đặc khu %' THEN 'đặc khu' || substr(unit, 8)
        ELSE unit
    END;

UPDATE bodies b SET name = 'HĐND ' || unit_in_sentence(p.name)
FROM provinces p
WHERE b.kind = 'province_council' AND p.code = b.province_code AND b.name <> 'HĐND ' || unit_in_sentence(p.name);

UPDATE bodies b SET name = 'HĐND ' || unit_in_sentence(c.name)
FROM communes c
WHERE b.kind = 'commune_council' AND c.code = b.commune_code AND b.name <> 'HĐND ' || unit_in_sentence(c.name);
