-- Format 2: named snapshots, files stored in the document, the official workbook a document was
-- imported from, and the history of one item without scanning every change.

CREATE INDEX changes_by_item ON changes (item_id, action_id);

-- A named, dated copy of every record and the metadata ("dikirim ke APIP 12 Mei"), with the totals of
-- the moment so that the list shows them without rescoring.
CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  records TEXT NOT NULL,
  metadata TEXT NOT NULL,
  total REAL NOT NULL,
  reviewer_total REAL NOT NULL
) STRICT;

-- Evidence files stored in the document, by the SHA-256 of their bytes. Never deleted: history and
-- snapshots may still point at them.
CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  media_type TEXT,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  added_at TEXT NOT NULL
) STRICT;

-- The official .xlsx the document was imported from, byte for byte, for export back into it.
CREATE TABLE source_workbook (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  file_name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
