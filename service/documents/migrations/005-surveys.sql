-- Format 6: surveys whose results feed Hasil (SKM / IKM, IPAK, IPKP). Every import or change of a
-- survey writes a new version (JSON, shared/survey/survey.ts: settings, respondents' answers, the
-- questions bound to it), never changed afterwards; `surveys` points each survey name at its current
-- version. History records the pointer moving (field 'survey'), so undo and redo of an import only move
-- the pointer back and forth.
CREATE TABLE survey_versions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE surveys (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL REFERENCES survey_versions (id)
) STRICT;
