-- Lists of people follow a Vietnamese dictionary: the given name is compared whole, tone marks included, before
-- the middle name is looked at, and the middle name before the family name. One string under "vi-x-icu" cannot
-- do that: ICU weighs the base letters of the whole string before any mark, so "Ấn Thị Ngô" came before
-- "Ân Văn Nguyễn" and "Ánh Hoàng Ngọc Lê" before "Anh Thị Vũ". An array is compared element by element, each
-- element fully under the collation the array is given, so the sort key (given, middle names, family: see
-- VietnameseName.sortKey) becomes three elements, the middle one empty when there is none.
CREATE FUNCTION name_order(sort_key text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE
        WHEN position(' ' IN sort_key) = 0 THEN ARRAY[sort_key, '', '']
        ELSE ARRAY[split_part(sort_key, ' ', 1), coalesce(substring(sort_key FROM '^\S+ (.*) \S+$'), ''),
                   split_part(sort_key, ' ', -1)]
    END;

DROP INDEX delegates_sorted;
CREATE INDEX delegates_sorted ON delegates (name_order(name_sort_key) COLLATE "vi-x-icu", full_name COLLATE "vi-x-icu");
