-- Saved views of the search page: one row per view, and one per group it is shared with, so "the views I own or
-- that are shared with my groups" is one indexed query. Groups are stored in lower case; version orders writes.
CREATE TABLE IF NOT EXISTS saved_views
(
    id        TEXT    NOT NULL PRIMARY KEY,
    owner     TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    view_json TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_saved_views_owner ON saved_views (owner);

CREATE TABLE IF NOT EXISTS saved_view_shares
(
    view_id    TEXT NOT NULL,
    group_name TEXT NOT NULL,
    PRIMARY KEY (view_id, group_name)
);

CREATE INDEX IF NOT EXISTS ix_saved_view_shares_group ON saved_view_shares (group_name);
