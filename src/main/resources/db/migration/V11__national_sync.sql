-- The national sync of signed versions (TT06 Art. 6.4, 9, 12.2-12.4; HY Art. 8.4; HCM Art. 7.3, 11.7): what the
-- province sent, what the national database answered, and how long it took (lag = acknowledged_at - queued_at).
ALTER TABLE sync_queue ADD COLUMN process_instance_id varchar(64);
ALTER TABLE sync_queue ADD COLUMN idempotency_key varchar(120);
ALTER TABLE sync_queue ADD COLUMN content_sha256 varchar(64);
ALTER TABLE sync_queue ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE sync_queue ADD COLUMN sent_at timestamp with time zone;
ALTER TABLE sync_queue ADD COLUMN acknowledged_at timestamp with time zone;
ALTER TABLE sync_queue ADD COLUMN receipt_id varchar(100);
ALTER TABLE sync_queue ADD COLUMN reason varchar(2000);
-- "Sync state of this person's versions".
CREATE INDEX ix_sync_queue_person ON sync_queue (person_id, queued_at);
