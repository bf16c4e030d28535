-- 006: the caseload's "last contact" looks up each participant's latest message written by a
-- person (not the assistant). A partial index makes that one seek instead of a walk back over the
-- assistant's replies (caseload of 100 on the benchmark organisation: ~36 ms → see test/bench/db).
CREATE INDEX chat_messages_human_by_participant ON chat_messages(participant_id, id) WHERE author <> 'assistant';
