-- 012: what the caseload needs of a participant's chat messages and notes, one row per participant,
-- so "Mine deltakere" reads 100 short rows instead of seeking into the two largest tables (whose
-- index pages outgrow SQLCipher's page cache as an organisation's log grows, and are then read and
-- decrypted again on every list). Kept by triggers, like notes_fts: every path that writes or
-- deletes messages and notes (the services, retention, erasure) keeps it right without knowing it.
CREATE TABLE caseload_summary (
  participant_id   TEXT PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
  -- The latest note of a meeting that took place (no-shows and cancellations are not contact).
  last_note_on     TEXT,
  -- The latest chat message (by id) and who wrote it.
  last_msg_id      INTEGER,
  last_msg_author  TEXT,
  last_msg_at      TEXT,
  -- The latest chat message written by a person (not the assistant).
  last_human_id    INTEGER,
  last_human_at    TEXT
) STRICT, WITHOUT ROWID;

INSERT INTO caseload_summary (participant_id, last_note_on, last_msg_id, last_msg_author, last_msg_at, last_human_id, last_human_at)
SELECT p.id,
  (SELECT max(n.occurred_on) FROM notes n WHERE n.participant_id = p.id AND coalesce(n.attendance, 'attended') = 'attended'),
  lm.id, lm.author, lm.created_at, lh.id, lh.created_at
FROM participants p
LEFT JOIN chat_messages lm ON lm.id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = p.id)
LEFT JOIN chat_messages lh ON lh.id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = p.id AND m.author <> 'assistant');

CREATE TRIGGER caseload_summary_participant AFTER INSERT ON participants BEGIN
  INSERT INTO caseload_summary (participant_id) VALUES (NEW.id);
END;

-- A new message is the latest unless it was given a lower id than the one recorded.
CREATE TRIGGER caseload_summary_message_insert AFTER INSERT ON chat_messages BEGIN
  INSERT INTO caseload_summary (participant_id) VALUES (NEW.participant_id) ON CONFLICT DO NOTHING;
  UPDATE caseload_summary SET last_msg_id = NEW.id, last_msg_author = NEW.author, last_msg_at = NEW.created_at
    WHERE participant_id = NEW.participant_id AND coalesce(last_msg_id, -1) < NEW.id;
  UPDATE caseload_summary SET last_human_id = NEW.id, last_human_at = NEW.created_at
    WHERE participant_id = NEW.participant_id AND NEW.author <> 'assistant' AND coalesce(last_human_id, -1) < NEW.id;
END;

-- Deleting or changing a message recomputes the participant's row from the index (one seek each).
CREATE TRIGGER caseload_summary_message_delete AFTER DELETE ON chat_messages BEGIN
  UPDATE caseload_summary SET
    last_msg_id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = OLD.participant_id),
    last_human_id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = OLD.participant_id AND m.author <> 'assistant')
    WHERE participant_id = OLD.participant_id AND (last_msg_id = OLD.id OR last_human_id = OLD.id);
  UPDATE caseload_summary SET
    last_msg_author = (SELECT m.author FROM chat_messages m WHERE m.id = last_msg_id),
    last_msg_at = (SELECT m.created_at FROM chat_messages m WHERE m.id = last_msg_id),
    last_human_at = (SELECT m.created_at FROM chat_messages m WHERE m.id = last_human_id)
    WHERE participant_id = OLD.participant_id;
END;

CREATE TRIGGER caseload_summary_message_update AFTER UPDATE OF participant_id, author, created_at ON chat_messages BEGIN
  UPDATE caseload_summary SET
    last_msg_id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = caseload_summary.participant_id),
    last_human_id = (SELECT max(m.id) FROM chat_messages m WHERE m.participant_id = caseload_summary.participant_id AND m.author <> 'assistant')
    WHERE participant_id IN (OLD.participant_id, NEW.participant_id);
  UPDATE caseload_summary SET
    last_msg_author = (SELECT m.author FROM chat_messages m WHERE m.id = last_msg_id),
    last_msg_at = (SELECT m.created_at FROM chat_messages m WHERE m.id = last_msg_id),
    last_human_at = (SELECT m.created_at FROM chat_messages m WHERE m.id = last_human_id)
    WHERE participant_id IN (OLD.participant_id, NEW.participant_id);
END;

CREATE TRIGGER caseload_summary_note_insert AFTER INSERT ON notes
  WHEN coalesce(NEW.attendance, 'attended') = 'attended' BEGIN
  INSERT INTO caseload_summary (participant_id) VALUES (NEW.participant_id) ON CONFLICT DO NOTHING;
  UPDATE caseload_summary SET last_note_on = NEW.occurred_on
    WHERE participant_id = NEW.participant_id AND coalesce(last_note_on, '') < NEW.occurred_on;
END;

CREATE TRIGGER caseload_summary_note_delete AFTER DELETE ON notes BEGIN
  UPDATE caseload_summary SET last_note_on = (
    SELECT max(n.occurred_on) FROM notes n WHERE n.participant_id = OLD.participant_id AND coalesce(n.attendance, 'attended') = 'attended')
    WHERE participant_id = OLD.participant_id;
END;

CREATE TRIGGER caseload_summary_note_update AFTER UPDATE OF participant_id, occurred_on, attendance ON notes BEGIN
  UPDATE caseload_summary SET last_note_on = (
    SELECT max(n.occurred_on) FROM notes n WHERE n.participant_id = caseload_summary.participant_id AND coalesce(n.attendance, 'attended') = 'attended')
    WHERE participant_id IN (OLD.participant_id, NEW.participant_id);
END;

-- The caseload's own rows: a counselor's participants who are neither restricted nor erased, with
-- every column the list reads from participants, so the list never visits the table itself
-- (EXPLAIN QUERY PLAN: "USING COVERING INDEX participants_caseload").
-- (SQLite reads restricted_at and erased_at from the index to test them, partial index or not.)
CREATE INDEX participants_caseload ON participants(counselor_id, display_name, id, created_at, restricted_at, erased_at)
  WHERE restricted_at IS NULL AND erased_at IS NULL;
