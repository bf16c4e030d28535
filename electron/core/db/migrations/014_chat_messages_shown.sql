-- 014: a participant's latest messages ("participant + last 50 messages": the chat and the
-- counselor's view of it) read from one short range of one index. With only
-- chat_messages_by_participant(participant_id, id), each of the 50 rows was fetched from the table
-- by rowid; a participant's messages lie scattered over as many table pages as there are messages
-- (conversations across the organisation interleave in the log), and SQLCipher decrypts every page
-- it reads, so the read cost about twice plain SQLite's. This index holds everything
-- messagesRepo.latest reads, ordered as it reads it (the messages still shown have replaced_at NULL,
-- so they sit together, by id): 50 messages of chat length fill a few adjacent index pages. It
-- costs about one more copy of the message text, inside the encrypted file like the table itself.
-- (A partial index WHERE replaced_at IS NULL is not used as a covering index by SQLite, since the
-- statement names replaced_at; so the column leads instead.)
CREATE INDEX chat_messages_shown_by_participant
  ON chat_messages(participant_id, replaced_at, id, conversation_id, author, created_at, body);
