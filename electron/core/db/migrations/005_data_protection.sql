-- 005: data protection by design (issue 9). The legal-basis register and its change log, the
-- versioned privacy notice and who has read which version, data-subject requests with their
-- deadline, objections, legal holds, erasures and retention runs; restriction and erasure marks on
-- the participant. Released: never edit; add the next number instead.
-- Structured values are JSON beside the columns queries filter on; free text a person wrote is
-- only in `note`/`reason` columns that erasure clears.

-- Art. 18: processing restricted (the record is kept, frozen and hidden from processing).
ALTER TABLE participants ADD COLUMN restricted_at TEXT;
-- Erased, but the row is kept because records the law requires (the decision log within its
-- six-month minimum) still point at it: name and national id are gone, only the id is left.
ALTER TABLE participants ADD COLUMN erased_at TEXT;

-- The organisation's role (controller, or processor for NAV / another controller with the
-- agreement referenced) and who participants contact. One row; data NULL until an admin records it.
CREATE TABLE privacy_organisation (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  data       TEXT CHECK (data IS NULL OR json_valid(data)),
  updated_at TEXT NOT NULL,
  updated_by TEXT REFERENCES users(id)
) STRICT;
INSERT INTO privacy_organisation (id, data, updated_at) VALUES (1, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- The recorded basis per processing purpose (GDPR art. 6, and art. 9 for special categories).
-- A purpose without a row does not run. Follow-up, the purpose the app exists for, starts with
-- the usual basis of a tiltaksarrangør (6(1)(e) with tiltaksforskriften § 1-7), marked as a
-- default (recorded_by NULL) for the admin to confirm or change; it can be changed, not removed.
CREATE TABLE privacy_legal_bases (
  purpose     TEXT PRIMARY KEY CHECK (purpose IN ('followUp', 'chatbot', 'gamification', 'decisionSupport', 'decisionSupportDevelopment', 'statistics', 'trainingExport')),
  data        TEXT NOT NULL CHECK (json_valid(data)),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT REFERENCES users(id)
) STRICT;
INSERT INTO privacy_legal_bases (purpose, data, recorded_at, recorded_by) VALUES (
  'followUp',
  json_object(
    'article6', 'e',
    'supplementaryBasis', 'Forskrift om arbeidsmarkedstiltak (tiltaksforskriften) § 1-7',
    'balancingTest', NULL,
    'consent', NULL,
    'specialCategories', json('false'),
    'article9', NULL,
    'article9SupplementaryBasis', NULL,
    'note', NULL
  ),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  NULL
);

-- Every change of the register, in order (accountability, art. 5(2)): never updated or deleted.
CREATE TABLE privacy_register_log (
  seq      INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  actor_id TEXT,
  action   TEXT NOT NULL CHECK (action IN ('organisation', 'record', 'remove')),
  purpose  TEXT,
  data     TEXT CHECK (data IS NULL OR json_valid(data))
) STRICT;
CREATE TRIGGER privacy_register_log_no_update BEFORE UPDATE ON privacy_register_log BEGIN
  SELECT RAISE(ABORT, 'privacy_register_log is append-only');
END;
CREATE TRIGGER privacy_register_log_no_delete BEFORE DELETE ON privacy_register_log BEGIN
  SELECT RAISE(ABORT, 'privacy_register_log is append-only');
END;

-- The privacy notice, one row per version: generated from the register (and the retention rules)
-- whenever its text changes. content is the notice as shown, purposes the purposes it covers.
CREATE TABLE privacy_notices (
  version      INTEGER PRIMARY KEY,
  created_at   TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  purposes     TEXT NOT NULL CHECK (json_valid(purposes)),
  content      TEXT NOT NULL CHECK (json_valid(content))
) STRICT;

-- Who has been shown which version: the participant themself, or their counselor in a session.
CREATE TABLE privacy_notice_reads (
  participant_id TEXT NOT NULL REFERENCES participants(id),
  version        INTEGER NOT NULL REFERENCES privacy_notices(version),
  read_by        TEXT NOT NULL REFERENCES users(id),
  via            TEXT NOT NULL CHECK (via IN ('participant', 'counselor')),
  read_at        TEXT NOT NULL,
  PRIMARY KEY (participant_id, version)
) STRICT, WITHOUT ROWID;

-- Data-subject requests (art. 15–21) with their deadline: one month from receipt (art. 12(3)),
-- extendable by two further months with a reason. Kept after an erasure (it documents the
-- request was met), so participant_id has no foreign key and note is cleared then.
CREATE TABLE privacy_requests (
  id               TEXT PRIMARY KEY,
  participant_id   TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('access', 'portability', 'rectification', 'erasure', 'restriction', 'objection')),
  received_on      TEXT NOT NULL CHECK (length(received_on) = 10 AND date(received_on) = received_on),
  deadline         TEXT NOT NULL CHECK (length(deadline) = 10 AND date(deadline) = deadline),
  extended_to      TEXT CHECK (extended_to IS NULL OR (length(extended_to) = 10 AND date(extended_to) = extended_to)),
  status           TEXT NOT NULL CHECK (status IN ('open', 'completed', 'refused')),
  outcome          TEXT,
  note             TEXT CHECK (note IS NULL OR length(note) <= 2000),
  registered_by    TEXT NOT NULL,
  registered_at    TEXT NOT NULL,
  closed_at        TEXT,
  closed_by        TEXT,
  CHECK ((status = 'open') = (closed_at IS NULL))
) STRICT;
CREATE INDEX privacy_requests_by_participant ON privacy_requests(participant_id, received_on);
CREATE INDEX privacy_requests_open ON privacy_requests(deadline) WHERE status = 'open';

-- Objections (art. 21, where the basis is 6(1)(e) or (f)) and withdrawn consent (6(1)(a)), per
-- purpose. While pending or upheld the purpose does not run for this participant.
CREATE TABLE privacy_objections (
  id             TEXT PRIMARY KEY,
  participant_id TEXT NOT NULL REFERENCES participants(id),
  purpose        TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('objection', 'consent_withdrawn')),
  status         TEXT NOT NULL CHECK (status IN ('pending', 'upheld', 'rejected')),
  received_at    TEXT NOT NULL,
  request_id     TEXT,
  decided_at     TEXT,
  decided_by     TEXT REFERENCES users(id),
  -- The compelling legitimate grounds when an objection is rejected (required then).
  reason         TEXT CHECK (reason IS NULL OR length(reason) <= 2000),
  CHECK ((status = 'pending') = (decided_at IS NULL))
) STRICT;
CREATE INDEX privacy_objections_by_participant ON privacy_objections(participant_id, purpose);

-- Legal hold: nothing of this participant is deleted (retention or erasure) while it stands.
CREATE TABLE retention_holds (
  participant_id TEXT PRIMARY KEY REFERENCES participants(id),
  placed_at      TEXT NOT NULL,
  placed_by      TEXT NOT NULL REFERENCES users(id),
  reason         TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
) STRICT;

-- Each run of the retention job: when, why, and how many rows per category and table (ids only).
CREATE TABLE retention_runs (
  id        INTEGER PRIMARY KEY,
  ran_at    TEXT NOT NULL,
  run_on    TEXT NOT NULL,
  trigger   TEXT NOT NULL CHECK (trigger IN ('schedule', 'manual')),
  ran_by    TEXT,
  summary   TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;
CREATE INDEX retention_runs_by_day ON retention_runs(run_on);

-- Erasures carried out (art. 17): who, when, and which legally kept records were left (counts and
-- dates only). No foreign key: the participant row is usually gone.
CREATE TABLE privacy_erasures (
  participant_id TEXT PRIMARY KEY,
  erased_at      TEXT NOT NULL,
  erased_by      TEXT NOT NULL,
  request_id     TEXT,
  kept           TEXT NOT NULL CHECK (json_valid(kept))
) STRICT;
