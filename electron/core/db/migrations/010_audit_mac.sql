-- 010 (issue 16): every audit entry carries an HMAC under a key held only in the key slots'
-- protected material (never in this database). Entries before this migration have none:
-- meta.audit_mac_from is the first sequence number that must have one.

ALTER TABLE audit_log ADD COLUMN mac TEXT;
INSERT INTO meta (key, value) SELECT 'audit_mac_from', CAST(COALESCE(MAX(seq), 0) + 1 AS TEXT) FROM audit_log;
