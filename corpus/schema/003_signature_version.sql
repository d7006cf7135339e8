-- 003_signature_version: the store records how its near-duplicate
-- signatures were made, so that a corpus signing another way re-signs them
-- instead of comparing signatures that cannot agree. Stores written before
-- this migration get no entry when they hold signatures (their version is
-- unknown: the next ingest re-signs them) and the current one when empty.

CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO store_info (key, value)
SELECT 'signature_version', '3' WHERE NOT EXISTS (SELECT 1 FROM signatures);
