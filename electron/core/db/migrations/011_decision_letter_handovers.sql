-- 011 (issue 17): that the "not needed" information letter was handed over to the person: which
-- decision, in bokmål or nynorsk, how (printed and given, given in person, sent by the
-- organisation's own channel) and when. Append-only; erased with the case.
CREATE TABLE decision_letter_handovers (
  id             TEXT PRIMARY KEY,
  case_id        TEXT NOT NULL REFERENCES decision_cases(id),
  record_id      TEXT NOT NULL,
  handed_over_at TEXT NOT NULL,
  data           TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX decision_letter_handovers_by_case ON decision_letter_handovers(case_id);
CREATE TRIGGER decision_letter_handovers_no_update BEFORE UPDATE ON decision_letter_handovers BEGIN
  SELECT RAISE(ABORT, 'decision_letter_handovers is append-only');
END;
