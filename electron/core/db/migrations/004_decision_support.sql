-- 004: decision support for dialogmøte 2 (issue 8). Cases, working sessions, the append-only
-- decision log (kept at least six months; only the retention purge deletes) and observed outcomes.
-- Each row keeps its full record as JSON beside the columns the queries filter on.

CREATE TABLE decision_cases (
  id             TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  created_by     TEXT NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL,
  data           TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX decision_cases_by_participant ON decision_cases(participant_id);

CREATE TABLE decision_sessions (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES decision_cases(id),
  updated_at TEXT NOT NULL,
  data       TEXT NOT NULL CHECK (json_valid(data))
) STRICT;

CREATE TABLE decision_records (
  id           TEXT PRIMARY KEY,
  session_id   TEXT NOT NULL UNIQUE,
  case_id      TEXT NOT NULL REFERENCES decision_cases(id),
  counselor_id TEXT NOT NULL REFERENCES users(id),
  decided_at   TEXT NOT NULL,
  data         TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX decision_records_by_counselor ON decision_records(counselor_id, decided_at);
CREATE INDEX decision_records_by_time ON decision_records(decided_at);
CREATE TRIGGER decision_records_no_update BEFORE UPDATE ON decision_records BEGIN
  SELECT RAISE(ABORT, 'decision_records is append-only');
END;

CREATE TABLE decision_outcomes (
  case_id     TEXT PRIMARY KEY REFERENCES decision_cases(id),
  recorded_at TEXT NOT NULL,
  data        TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
