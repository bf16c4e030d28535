-- 009 (issue 16): participants hold no slot for the database key. Their password is checked
-- against a verifier kept here, inside the encrypted database (scrypt, the same cost as key slots).
-- A reset sets must_change_password: the next login must choose a new password first.

CREATE TABLE participant_credentials (
  user_id    TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  kdf        TEXT NOT NULL,
  verifier   TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
