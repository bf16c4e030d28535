-- Each chat message as it sits in the model's context (pseudonymised, like model_text): for a
-- participant message the turn's whole user message (its passages and instruction last), for an
-- answer the JSON the model wrote (or the canonical JSON of a fixed answer). The next turn sends
-- these unchanged, so the model process evaluates only what is new; after a restart or an
-- eviction it rebuilds the same context from them.
ALTER TABLE chat_messages ADD COLUMN model_turn TEXT;
