-- 001: organisation, accounts, participants and caseload, follow-up notes (FTS5), chat messages,
-- settings, and the hash-chained append-only audit log. Released: never edit; add 002_… instead.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id             TEXT PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name   TEXT NOT NULL,
  role           TEXT NOT NULL CHECK (role IN ('admin', 'counselor', 'participant')),
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  participant_id TEXT UNIQUE REFERENCES participants(id),
  created_at     TEXT NOT NULL,
  deactivated_at TEXT,
  CHECK ((role = 'participant') = (participant_id IS NOT NULL))
) STRICT;

CREATE TABLE participants (
  id           TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  national_id  TEXT,
  counselor_id TEXT REFERENCES users(id),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX participants_by_counselor ON participants(counselor_id, display_name);

CREATE TABLE notes (
  id               INTEGER PRIMARY KEY,
  participant_id   TEXT NOT NULL REFERENCES participants(id),
  author_id        TEXT NOT NULL REFERENCES users(id),
  kind             TEXT NOT NULL CHECK (kind IN ('meeting', 'phone', 'digital', 'other')),
  occurred_on      TEXT NOT NULL,
  duration_minutes INTEGER,
  attendance       TEXT CHECK (attendance IN ('attended', 'no_show', 'cancelled')),
  body             TEXT NOT NULL,
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_participant ON notes(participant_id, occurred_on);

CREATE VIRTUAL TABLE notes_fts USING fts5(
  body,
  content = 'notes',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
  INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE TABLE chat_messages (
  id              INTEGER PRIMARY KEY,
  participant_id  TEXT NOT NULL REFERENCES participants(id),
  conversation_id TEXT NOT NULL,
  author          TEXT NOT NULL CHECK (author IN ('participant', 'counselor', 'assistant')),
  author_user_id  TEXT REFERENCES users(id),
  body            TEXT NOT NULL,
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX chat_messages_by_participant ON chat_messages(participant_id, id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Who did what to which record, when, and how it went. Never free text written by or about a
-- participant: actions, outcomes and reasons are codes. Each row's hash covers the previous one.
CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor_id    TEXT,
  actor_role  TEXT,
  action      TEXT NOT NULL,
  target_type TEXT,
  target_id   TEXT,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'invalid', 'error', 'failed')),
  reason      TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_actor ON audit_log(actor_id, seq);
CREATE INDEX audit_by_target ON audit_log(target_type, target_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
