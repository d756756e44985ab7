import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { dataDir } from './data-dir';

const MAX_RECENT = 10;
const RecentSchema = z.array(z.object({ path: z.string(), openedAt: z.string() }));
export type RecentDocument = z.infer<typeof RecentSchema>[number];

const file = (): string => join(dataDir(), 'recent.json');
const listeners = new Set<(recent: RecentDocument[]) => void>();

/** Calls `listener` with the new list whenever a document is remembered (the desktop app's File menu). */
export function onRecentChange(listener: (recent: RecentDocument[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Recently opened documents, newest first, those that still exist. A damaged list reads as empty. */
export function recentDocuments(): RecentDocument[] {
  try {
    const parsed = RecentSchema.safeParse(JSON.parse(readFileSync(file(), 'utf8')));
    return parsed.success ? parsed.data.filter((r) => existsSync(r.path)) : [];
  } catch {
    return [];
  }
}

/** Puts a document at the top of the list (written atomically: temp file, then rename). */
export function rememberDocument(path: string, now: Date): RecentDocument[] {
  const absolute = resolve(path);
  const list = [
    { path: absolute, openedAt: now.toISOString() },
    ...recentDocuments().filter((r) => r.path !== absolute),
  ];
  const kept = list.slice(0, MAX_RECENT);
  const temp = `${file()}.tmp`;
  writeFileSync(temp, JSON.stringify(kept, null, 1));
  renameSync(temp, file());
  for (const listener of listeners) listener(kept);
  return kept;
}
