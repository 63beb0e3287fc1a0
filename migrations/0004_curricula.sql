-- khung chương trình: curricula made of modules (chuyên đề), with prerequisites and materials.
CREATE TABLE curricula (
    code            code_text PRIMARY KEY,
    term_code       text NOT NULL REFERENCES terms,
    title           nfc_text NOT NULL,
    target_groups   text[] NOT NULL DEFAULT '{}',
    -- Completion rule: share of sessions attended and whether every required module must be attended.
    min_attendance  numeric(4, 3) NOT NULL DEFAULT 0.8 CHECK (min_attendance > 0 AND min_attendance <= 1),
    requires_all_required_modules boolean NOT NULL DEFAULT true
);

CREATE TABLE modules (
    code                code_text PRIMARY KEY,
    curriculum_code     text NOT NULL REFERENCES curricula ON UPDATE CASCADE,
    position            integer NOT NULL CHECK (position > 0),
    title               nfc_text NOT NULL,
    title_en            text,
    -- buổi: each session is a half day (sáng or chiều).
    half_day_sessions   integer NOT NULL CHECK (half_day_sessions > 0),
    target_groups       text[] NOT NULL DEFAULT '{}',
    elective            boolean NOT NULL DEFAULT false,
    assessment          text NOT NULL DEFAULT 'attendance'
        CHECK (assessment IN ('attendance', 'exercise', 'test', 'project')),
    UNIQUE (curriculum_code, position)
);

CREATE TABLE module_prerequisites (
    module_code         text NOT NULL REFERENCES modules ON DELETE CASCADE,
    prerequisite_code   text NOT NULL REFERENCES modules,
    PRIMARY KEY (module_code, prerequisite_code),
    CHECK (module_code <> prerequisite_code)
);

-- tài liệu: a handbook, slides, a link or a file with its checksum.
CREATE TABLE materials (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        code_text NOT NULL UNIQUE,
    title       nfc_text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('handbook', 'slides', 'link', 'file', 'video')),
    url         text,
    file_path   text,
    sha256      text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CHECK (url IS NOT NULL OR file_path IS NOT NULL),
    CHECK (file_path IS NULL OR sha256 IS NOT NULL)
);

CREATE TABLE module_materials (
    module_code     text NOT NULL REFERENCES modules ON DELETE CASCADE,
    material_id     bigint NOT NULL REFERENCES materials ON DELETE CASCADE,
    PRIMARY KEY (module_code, material_id)
);
