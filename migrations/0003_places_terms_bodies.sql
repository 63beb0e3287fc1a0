-- Where delegates come from: the 34 provinces and 3,321 communes of the 2025 reform (no districts),
-- the terms of office, and the elected bodies (the National Assembly and each People's Council).
CREATE TABLE provinces (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name        nfc_text NOT NULL UNIQUE,
    kind        text NOT NULL CHECK (kind IN ('tỉnh', 'thành phố trung ương')),
    codename    text NOT NULL UNIQUE
);

CREATE TABLE communes (
    code            text PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
    province_code   text NOT NULL REFERENCES provinces,
    name            nfc_text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('xã', 'phường', 'đặc khu')),
    UNIQUE (province_code, name)
);

-- nhiệm kỳ: a five-year term of office, e.g. 2026-2031.
CREATE TABLE terms (
    code                text PRIMARY KEY CHECK (code ~ '^[0-9]{4}-[0-9]{4}$'),
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    -- The "golden time": first-time delegates should finish their induction by this day.
    induction_ends_on   date,
    CHECK (ends_on > starts_on),
    CHECK (induction_ends_on IS NULL OR induction_ends_on BETWEEN starts_on AND ends_on)
);

-- Cơ quan dân cử: the National Assembly, the HĐND of a province, or the HĐND of a commune.
CREATE TABLE bodies (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('national_assembly', 'province_council', 'commune_council')),
    province_code   text REFERENCES provinces,
    commune_code    text REFERENCES communes,
    name            nfc_text NOT NULL,
    CHECK (
        (kind = 'national_assembly' AND province_code IS NULL AND commune_code IS NULL)
        OR (kind = 'province_council' AND province_code IS NOT NULL AND commune_code IS NULL)
        OR (kind = 'commune_council' AND commune_code IS NOT NULL)
    )
);
CREATE UNIQUE INDEX bodies_one_national_assembly ON bodies (kind) WHERE kind = 'national_assembly';
CREATE UNIQUE INDEX bodies_one_per_province ON bodies (province_code) WHERE kind = 'province_council';
CREATE UNIQUE INDEX bodies_one_per_commune ON bodies (commune_code) WHERE kind = 'commune_council';

-- đại biểu: an elected representative of one body in one term.
CREATE TABLE delegates (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            code_text NOT NULL UNIQUE,
    full_name       nfc_text NOT NULL,
    -- Vietnamese order: given name, then middle names, then family name (computed by TrainingModel).
    name_sort_key   text NOT NULL,
    gender          text CHECK (gender IN ('female', 'male', 'other')),
    birth_date      date CHECK (birth_date > '1900-01-01'),
    -- CCCD: 12 digits; its prefix is one of the 63 former province codes, so it is not checked
    -- against the current provinces.
    national_id     text UNIQUE CHECK (national_id ~ '^[0-9]{12}$'),
    phone           text,
    email           text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
    body_id         bigint NOT NULL REFERENCES bodies,
    province_code   text REFERENCES provinces,
    commune_code    text REFERENCES communes,
    term_code       text NOT NULL REFERENCES terms,
    first_time      boolean NOT NULL DEFAULT false,
    full_time       boolean NOT NULL DEFAULT false,
    position        nfc_text
);
CREATE INDEX delegates_name_search ON delegates USING gin (fold_text(full_name) gin_trgm_ops);
CREATE INDEX delegates_sorted ON delegates (name_sort_key COLLATE "vi-x-icu", full_name COLLATE "vi-x-icu");
CREATE INDEX delegates_by_body ON delegates (body_id, term_code);
CREATE INDEX delegates_first_time ON delegates (term_code, province_code) WHERE first_time;
