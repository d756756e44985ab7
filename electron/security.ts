import { fileURLToPath } from 'node:url';

/**
 * The desktop app's rules for what its window may do, kept apart from Electron so that tests check them
 * without the Electron binary (electron/main.ts applies them).
 */

/** Only the app's own page (the file it loaded, any #fragment) may call the service. */
export function isOwnPage(senderUrl: string | undefined, pageUrl: string): boolean {
  if (!senderUrl) return false;
  try {
    const sender = new URL(senderUrl);
    const page = new URL(pageUrl);
    if (sender.protocol !== 'file:' || page.protocol !== 'file:') return false;
    return fileURLToPath(sender) === fileURLToPath(page) && sender.host === page.host;
  } catch {
    return false;
  }
}

/**
 * The link a document's evidence may open in the user's browser: http or https only (javascript:,
 * file:, data:, UNC and the like never), without user names or passwords in it; null otherwise.
 */
export function externalLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * A link the window wants to open (an evidence link clicked): opened in the browser only when it is
 * http(s) and the user confirms it, since it comes from a document that may not be trustworthy.
 */
export async function openLinkWhenConfirmed(
  url: string,
  ask: { confirm: (link: string) => Promise<boolean>; open: (link: string) => Promise<void> },
): Promise<boolean> {
  const link = externalLink(url);
  if (!link || !(await ask.confirm(link))) return false;
  await ask.open(link);
  return true;
}

/** The window asks for no permission (camera, notifications, geolocation …): every request is denied. */
export const denyPermission = (
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void => callback(false);
