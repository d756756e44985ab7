-- Format 6: a document that is a replica of a document on the organisation's server (`rbw clone`): which
-- server and document, whose account, and how far the last sync got. The token to reach the server is
-- kept in the workbench's folder, never here.

-- The one row of a replica: the server's URL and document id, the login it was cloned with, its own id
-- (the prefix of every action id it sends), the server's revision it last saw, the local revision the
-- clone ended at (actions up to it came with the clone) and when it last synced.
CREATE TABLE replica (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  server TEXT NOT NULL,
  document_id TEXT NOT NULL,
  login TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  server_revision INTEGER NOT NULL,
  cloned_revision INTEGER NOT NULL,
  synced_at TEXT
) STRICT;

-- Local actions after the clone that need no sending: those the server sent (`server`) and those it
-- has applied (`sent`). Every other later action is waiting to be sent.
CREATE TABLE replica_actions (
  action_id INTEGER PRIMARY KEY REFERENCES actions (id),
  origin TEXT NOT NULL CHECK (origin IN ('server', 'sent'))
) STRICT;
