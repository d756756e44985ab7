-- Schema 2: accounts, sessions, roles, the audit log and the PortalRB tokens.

-- A local account; the password as an argon2id hash. `pokja` names the pokja of a pokja member.
CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  login TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'pokja', 'evaluator', 'viewer')),
  pokja TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A signed-in browser: the SHA-256 of its cookie's token (the token itself is never stored) and the
-- CSRF token its page must send back with every call.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL
);

-- Who works on which document beyond their organisation-wide role (evaluators assigned, pokja members).
CREATE TABLE memberships (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  document_id UUID NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, document_id)
);

-- Every write and every refusal: who, when, what, on which document.
CREATE TABLE audit (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  organisation_id BIGINT REFERENCES organisations (id),
  user_id BIGINT REFERENCES users (id),
  document_id UUID,
  operation TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
  detail TEXT
);

-- Which units the organisation proposes for WBK or WBBM (PortalRB), by document.
CREATE TABLE proposals (
  document_id UUID PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('wbk', 'wbbm')),
  afirmasi BOOLEAN NOT NULL DEFAULT FALSE
);

-- Read-only bearer tokens of the PortalRB API, per organisation: only their SHA-256 is kept.
CREATE TABLE portal_tokens (
  id BIGSERIAL PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revoked_at TIMESTAMPTZ
);

-- Failed sign-ins per login, for the rate limit (kept in the database so that every server sees them).
CREATE TABLE login_failures (
  login TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX login_failures_by_login ON login_failures (login, at);
