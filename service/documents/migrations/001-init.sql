-- RB Workbench document, format 1: the template it was made from, its metadata, one record per answered
-- item, and every change ever made (for history and undo).

-- 'RBWb': tells a workbench document from any other SQLite file.
PRAGMA application_id = 1380079458;

-- Key/value facts about the document: metadata (JSON), createdAt, createdBy.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- A copy of the template (JSON), so the document still opens after the built-in templates change.
CREATE TABLE template (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  json TEXT NOT NULL
) STRICT;

-- One row per answerable item that has ever been filled. Answers keep their type (text or number).
CREATE TABLE records (
  item_id TEXT PRIMARY KEY,
  answer ANY,
  note TEXT,
  evidence TEXT NOT NULL DEFAULT '[]',
  reviewer_answer ANY,
  reviewer_note TEXT,
  pokja TEXT,
  status TEXT CHECK (status IN ('belum', 'proses', 'selesai')),
  target_month TEXT
) STRICT;

-- One row per user action (an edit, a paste, a restore, an undo …). `state` places it on the undo
-- stack: done / undone / discarded; null for undo and redo entries, which only record what happened.
CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT,
  state TEXT CHECK (state IN ('done', 'undone', 'discarded')),
  target INTEGER REFERENCES actions (id)
) STRICT;

CREATE INDEX actions_by_state ON actions (state, id);

-- The fields each action changed, old and new value as JSON. A null item is the document metadata.
CREATE TABLE changes (
  action_id INTEGER NOT NULL REFERENCES actions (id),
  seq INTEGER NOT NULL,
  item_id TEXT,
  field TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  PRIMARY KEY (action_id, seq)
) STRICT, WITHOUT ROWID;
