import { createHash } from 'node:crypto';

/** The SHA-256 of a session or bearer token, hex: what the database keeps instead of the token. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
