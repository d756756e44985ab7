/**
 * What the organisation's server transport (web/org-server.ts) and its commands (`rbw serve`, `rbw users`,
 * `rbw push`, `rbw portal-token`) use of the service.
 */
export { OrganisationServer } from '../server/organisation-server';
export type { Reply, SignedIn } from '../server/organisation-server';
export { ROLES, RoleSchema } from '../documents/postgres/accounts-store';
export type { Role } from '../documents/postgres/accounts-store';
export { CALLBACK_PATH, LOGIN_PATH, OidcSignIn, PENDING_COOKIE } from '../server/oidc-sign-in';
