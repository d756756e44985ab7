-- Format 5: the yearly cycle. Last year's LKE the document was started from (its answers, values,
-- notes and totals as last year's document computed them, mapped onto this year's questions), which
-- answers were carried over from it and whether someone confirmed them, and the recommendations
-- (tindak lanjut) the unit follows up.

-- Last year's document or workbook, read once when this one was started from it: its file and when it
-- was read, and (JSON, shared/yearly/last-year.ts) its per-question answers and values by this year's
-- item id, its totals per node, and what found no place this year.
CREATE TABLE last_year (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  source_file TEXT NOT NULL,
  read_at TEXT NOT NULL,
  json TEXT NOT NULL
) STRICT;

-- The fields carried over from last year into an item's record (JSON): "dari tahun lalu" until
-- someone confirms them (confirmed_at) or changes them.
CREATE TABLE carried_items (
  item_id TEXT PRIMARY KEY,
  record TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_by TEXT
) STRICT;

-- A recommendation of the evaluator on a question, a sub-area, an area or the whole document (target
-- null), where it came from, who follows it up by when, and how far it is.
CREATE TABLE recommendations (
  id INTEGER PRIMARY KEY,
  target_id TEXT,
  text TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('reviewer-note', 'report', 'last-year')),
  proposed INTEGER NOT NULL DEFAULT 0 CHECK (proposed IN (0, 1)),
  pokja TEXT,
  due_month TEXT,
  status TEXT NOT NULL DEFAULT 'belum' CHECK (status IN ('belum', 'proses', 'selesai')),
  evidence TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX recommendations_by_target ON recommendations (target_id);
