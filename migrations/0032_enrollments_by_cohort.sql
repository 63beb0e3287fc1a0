-- A class's page counts each cohort's members (ClassStore.classDetail): with no index on the cohort, that read
-- every enrollment of the term, 5 ms on 30,000 and ten times that on a national roster (scripts/bench/console).
CREATE INDEX enrollments_by_cohort ON enrollments (cohort_id);
