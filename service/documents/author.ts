import { userInfo } from 'node:os';

/**
 * Who is editing, for history: the name given (`--author`, the app's setting), else RBW_AUTHOR, else
 * the operating-system user name.
 */
export function resolveAuthor(given?: string | undefined): string {
  const name = given?.trim() || process.env.RBW_AUTHOR?.trim();
  if (name) return name;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
