import type { UserRow } from '../documents/postgres/accounts-store';

/** The signed-in user of a request. */
export type SignedIn = UserRow & { csrf: string };
