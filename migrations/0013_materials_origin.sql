-- Materials come from the catalog or from `ttbd materials add`. A catalog import makes the catalog's
-- materials exactly what it lists, so it must know which rows are its own: the ones staff added by hand stay,
-- with their links to modules. Rows that exist now were all imported from the catalog.
ALTER TABLE materials ADD COLUMN from_catalog boolean NOT NULL DEFAULT true;
ALTER TABLE materials ALTER COLUMN from_catalog SET DEFAULT false;
