-- Schema 5: replicas (laptops that cloned a document, `rbw sync`). Every action a replica sends has an
-- id of its own; the server keeps the ids it has applied, with the revision they became (null when
-- nothing had to be written), in the transaction that applies them, so a sync cut anywhere and repeated
-- applies each action once.
CREATE TABLE replica_applied (
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  action_uid TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  revision INTEGER,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, action_uid)
);

CREATE INDEX replica_applied_by_revision ON replica_applied (document_id, revision);
