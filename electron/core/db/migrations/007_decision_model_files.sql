-- 007: decision-model files an admin imported (issue 8). The newest row is the active model; the
-- bundled baseline is used while there is none. Kept in the encrypted database so the choice
-- survives a restart and a swap of the file behind the app's back is impossible.
CREATE TABLE decision_model_files (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  model_version TEXT NOT NULL,
  content TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL -- user id of the admin (no foreign key: a forgotten account must not block it)
);
