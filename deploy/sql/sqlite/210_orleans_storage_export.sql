-- The export reads every stored ticket of one kind page by page, in grain-id order, straight from the grain state rows:
-- this index lets each page start where the last one ended instead of scanning the rows of every other grain type.
CREATE INDEX IF NOT EXISTS ix_orleansstorage_type_key ON OrleansStorage (GrainTypeString, ServiceId, GrainIdN0, GrainIdN1);
