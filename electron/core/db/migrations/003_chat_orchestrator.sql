-- 003: the MI chatbot (issue 7). Conversations with their dialogue state, pseudonym vault and what
-- the model was told for the last turn ("Hva assistenten vet"); the labels of every stored turn
-- (talk class, chosen move, cited passages, how the reply was made); the counselor's crisis flags.
-- Released: never edit; add the next number instead.

-- One conversation of the participant chat. Everything in it that came from a person is held only
-- here, in the encrypted store: the vault maps placeholders back to what they stand for, so it is
-- personal data itself and never leaves this table except to restore text on screen.
CREATE TABLE chat_conversations (
  id                 TEXT PRIMARY KEY,
  participant_id     TEXT NOT NULL REFERENCES participants(id),
  started_by         TEXT NOT NULL REFERENCES users(id),
  started_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  -- chat/mi DialogueState as JSON: labels and counts only, never words.
  dialogue_state     TEXT NOT NULL,
  -- The conversation's PseudonymVault (PseudonymVault.serialize()).
  vault              TEXT NOT NULL,
  -- Scrubbed text of the question or need that information is to answer (elicit–provide–elicit).
  info_query         TEXT,
  -- The step the participant committed to: in their own words (for the activity plan) and
  -- scrubbed (for the model). Cleared when it is added to the plan.
  pending_step       TEXT,
  pending_step_model TEXT,
  step_added_at      TEXT,
  -- JSON: exactly what the model was given for the last turn, pseudonymised as it was sent.
  last_context       TEXT
) STRICT;
CREATE INDEX chat_conversations_by_participant ON chat_conversations(participant_id, updated_at);

-- Labels of each message. model_text is the text as the model saw it (participant) or wrote it
-- (assistant), with placeholders; NULL when it never went to the model (crisis turns, fixed texts).
ALTER TABLE chat_messages ADD COLUMN model_text TEXT;
ALTER TABLE chat_messages ADD COLUMN talk TEXT CHECK (talk IS NULL OR talk IN ('change', 'sustain', 'neutral', 'question'));
ALTER TABLE chat_messages ADD COLUMN talk_subtype TEXT;
ALTER TABLE chat_messages ADD COLUMN move TEXT;
ALTER TABLE chat_messages ADD COLUMN move_variant TEXT;
-- JSON array of the cited knowledge passages: [{id, title, heading, source, date}] (public text).
ALTER TABLE chat_messages ADD COLUMN sources TEXT;
-- model: passed its checks first time; regenerated: on the second try; fallback: the MI phrase
-- library; fixed: a fixed text (opening, "the knowledge base has no answer"); crisis: the fixed
-- crisis message; stopped: the participant stopped it (the partial text is what they saw).
ALTER TABLE chat_messages ADD COLUMN generation TEXT CHECK (generation IS NULL OR generation IN ('model', 'regenerated', 'fallback', 'fixed', 'crisis', 'stopped'));
ALTER TABLE chat_messages ADD COLUMN crisis INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1));
-- Set when the participant asked for a new answer: the old one is kept but no longer shown.
ALTER TABLE chat_messages ADD COLUMN replaced_at TEXT;
CREATE INDEX chat_messages_by_conversation ON chat_messages(conversation_id, id);

-- A crisis turn raises a flag for the counselor. It does not copy the participant's words: it
-- points at the stored message, which the assigned counselor reads through the audited chat.
CREATE TABLE chat_crisis_flags (
  id                   TEXT PRIMARY KEY,
  participant_id       TEXT NOT NULL REFERENCES participants(id),
  conversation_id      TEXT NOT NULL,
  message_id           INTEGER NOT NULL REFERENCES chat_messages(id),
  level                TEXT NOT NULL CHECK (level IN ('concern', 'acute')),
  -- JSON arrays of codes: risk categories and the detector's rule ids.
  categories           TEXT NOT NULL,
  rule_ids             TEXT NOT NULL,
  raised_at            TEXT NOT NULL,
  crisis_message_shown INTEGER NOT NULL CHECK (crisis_message_shown IN (0, 1)),
  seen_at              TEXT,
  seen_by              TEXT REFERENCES users(id),
  CHECK ((seen_at IS NULL) = (seen_by IS NULL))
) STRICT;
CREATE INDEX chat_crisis_flags_by_participant ON chat_crisis_flags(participant_id, raised_at);
