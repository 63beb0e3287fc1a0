-- Extensions the schema relies on, and the text helpers every name column uses.
-- btree_gist: equality on ids inside EXCLUDE constraints with time ranges.
-- unaccent + pg_trgm: accent- and case-insensitive search over Vietnamese names.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads its dictionary by search_path), so it cannot back an index.
-- Naming the dictionary makes the result depend on the argument alone, so IMMUTABLE holds.
-- unaccent maps đ/Đ to d/D, which Vietnamese search needs.
CREATE FUNCTION fold_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Text is stored in Unicode NFC: a name typed with combining marks must equal the same name precomposed.
CREATE DOMAIN nfc_text AS text CHECK (VALUE IS NFC NORMALIZED AND VALUE <> '');

-- Codes from outside (delegate, province, module codes) are text so leading zeros survive.
CREATE DOMAIN code_text AS text CHECK (VALUE ~ '^[A-Za-z0-9][A-Za-z0-9._/-]*$');
