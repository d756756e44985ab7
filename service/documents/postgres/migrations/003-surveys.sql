-- Schema 3: surveys whose results feed Hasil (SKM / IKM, IPAK, IPKP), as in a document file (format 6):
-- immutable versions numbered per document (history records the pointer moving), and the pointer of each
-- survey name at its current version.
CREATE TABLE survey_versions (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);

CREATE TABLE surveys (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (document_id, name),
  FOREIGN KEY (document_id, version) REFERENCES survey_versions (document_id, id)
);
