-- Schema 4: sign-in through the agency's OpenID Connect provider (single sign-on).

-- The provider's subject (`sub`) an account signs in as; an admin sets it when adding the account, or it
-- is recorded the first time the provider vouches for an e-mail address equal to the account's login.
ALTER TABLE users ADD COLUMN oidc_subject TEXT UNIQUE;

-- A sign-in under way at the provider: the SHA-256 of the browser's pending-sign-in cookie, the state and
-- nonce sent and the PKCE verifier kept for the code exchange. Used once, kept ten minutes at most.
CREATE TABLE oidc_pending (
  cookie_hash TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
