-- The organisation's server, schema 1: every document of every organisation in one database. The
-- tables mirror a document file's (service/documents/migrations), each keyed by its document; a
-- document's revision is the id of its latest action, numbered per document without gaps.

CREATE TABLE organisations (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

-- One row per document. Every write transaction locks its row first (SELECT … FOR UPDATE), so that
-- writes to one document are serialised across connections and servers; `version` counts commits.
CREATE TABLE documents (
  id UUID PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  name TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX documents_by_organisation ON documents (organisation_id);

-- Key/value facts about a document: metadata (JSON), createdAt, createdBy, documentUid, storedScores.
CREATE TABLE document_meta (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, key)
);

-- The template copy (JSON) each document carries.
CREATE TABLE document_templates (
  document_id UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  json TEXT NOT NULL
);

-- One row per filled item. Answers are JSON so that they keep their type (text or number).
CREATE TABLE records (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  answer JSONB,
  note TEXT,
  evidence TEXT NOT NULL DEFAULT '[]',
  reviewer_answer JSONB,
  reviewer_note TEXT,
  pokja TEXT,
  status TEXT CHECK (status IN ('belum', 'proses', 'selesai')),
  target_month TEXT,
  PRIMARY KEY (document_id, item_id)
);

-- One row per user action; `id` is the document's revision after it.
CREATE TABLE actions (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT,
  state TEXT CHECK (state IN ('done', 'undone', 'discarded')),
  target INTEGER,
  PRIMARY KEY (document_id, id)
);

CREATE INDEX actions_by_state ON actions (document_id, state, id);

-- The fields each action changed, old and new value as JSON text. A null item is the metadata.
CREATE TABLE changes (
  document_id UUID NOT NULL,
  action_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  item_id TEXT,
  field TEXT NOT NULL,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  PRIMARY KEY (document_id, action_id, seq),
  FOREIGN KEY (document_id, action_id) REFERENCES actions (document_id, id) ON DELETE CASCADE
);

CREATE INDEX changes_by_item ON changes (document_id, item_id, action_id);

CREATE TABLE snapshots (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  records TEXT NOT NULL,
  metadata TEXT NOT NULL,
  total DOUBLE PRECISION NOT NULL,
  reviewer_total DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (document_id, id)
);

CREATE TABLE attachments (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT,
  size INTEGER NOT NULL,
  bytes BYTEA NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);

CREATE TABLE source_workbooks (
  document_id UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  imported_at TEXT NOT NULL,
  layout TEXT
);

CREATE TABLE last_years (
  document_id UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  source_file TEXT NOT NULL,
  read_at TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE carried_items (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL,
  record TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_by TEXT,
  PRIMARY KEY (document_id, item_id)
);

CREATE TABLE recommendations (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  target_id TEXT,
  text TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('reviewer-note', 'report', 'last-year')),
  proposed BOOLEAN NOT NULL DEFAULT FALSE,
  pokja TEXT,
  due_month TEXT,
  status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'proses', 'selesai')),
  evidence TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
