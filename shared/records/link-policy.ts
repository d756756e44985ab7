import type { RecordEvidence } from './answer-record';

/**
 * Which evidence links the workbench keeps as links: http, https and mailto only. Anything else —
 * `javascript:`, `file:`, `data:`, a UNC path (`\\server\share`), a bare path — could run code or open
 * files on the computer of whoever clicks it, and comes from documents and workbooks users receive from
 * others; it is kept as text and never shown, stored or exported as a live link. One policy for the
 * import, the API, the screen and every export.
 */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

export function isSafeLink(url: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !(LINK_SCHEMES as readonly string[]).includes(scheme)) return false;
  // No control characters or backslashes: browsers strip or rewrite them, and with them the scheme.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(url)) return false;
  return scheme === 'mailto:' || /^\s*https?:\/\/[^/\s]/i.test(url);
}

/**
 * Evidence with every link the policy refuses turned into text (appended to the description), and the
 * links it turned. Safe evidence comes back as it was.
 */
export function keepLinksSafe(evidence: readonly RecordEvidence[]): {
  evidence: RecordEvidence[];
  refused: string[];
} {
  const refused: string[] = [];
  const kept = evidence.map((piece) => {
    if (piece.url === undefined || isSafeLink(piece.url)) return piece;
    refused.push(piece.url);
    const { url, ...rest } = piece;
    const text = [rest.text, url].filter((t) => t !== undefined && t !== '').join(' ');
    return { ...rest, text };
  });
  return { evidence: refused.length ? kept : [...evidence], refused };
}

/** The links in raw evidence (as an API client or a workbook gives it) that the policy refuses. */
export function refusedLinks(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((piece: unknown) => (piece as { url?: unknown } | null)?.url)
    .filter((url): url is string => typeof url === 'string' && !isSafeLink(url));
}
