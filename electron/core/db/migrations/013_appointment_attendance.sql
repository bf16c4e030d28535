-- 013 (issue 19): whether the participant came to an appointment that has been. NULL until the
-- counselor records it; 1 came, 0 did not come. Past appointments are no longer hidden, so the
-- follow-up shows what happened at each one.
ALTER TABLE appointments ADD COLUMN attended INTEGER CHECK (attended IS NULL OR attended IN (0, 1));
ALTER TABLE appointments ADD COLUMN attendance_recorded_at TEXT;
