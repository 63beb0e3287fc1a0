-- What `ttbd catalog import` needs to apply the same catalog again and again (issue 3).

-- Holidays and sittings from the catalog carry a key (`holiday:2026-09-02`,
-- `sitting:national_assembly:2026-05-20`), so a second import finds them instead of adding them twice, and
-- an entry removed from the catalog can be removed from here. Rows people add by hand have no key.
ALTER TABLE unavailability ADD COLUMN catalog_key text;
CREATE UNIQUE INDEX unavailability_catalog_key ON unavailability (catalog_key);

-- A program's module order is checked at commit, so one import can reorder modules in a single statement.
ALTER TABLE modules DROP CONSTRAINT modules_curriculum_code_position_key;
ALTER TABLE modules ADD CONSTRAINT modules_position_unique UNIQUE (curriculum_code, position)
    DEFERRABLE INITIALLY DEFERRED;

-- A module may combine assessments, written with '+': B08 ends with an essay (bài thu hoạch) and a survey.
ALTER TABLE modules DROP CONSTRAINT modules_assessment_check;
ALTER TABLE modules ADD CONSTRAINT modules_assessment_check CHECK (
    assessment ~ '^(attendance|exercise|test|project|essay|survey)(\+(attendance|exercise|test|project|essay|survey))*$'
);

-- The alternative to a module's prerequisites, in words: C01 needs B07 "or a year as a delegate".
ALTER TABLE modules ADD COLUMN prerequisite_note nfc_text;
