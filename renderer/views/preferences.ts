import { z } from 'zod';
import type { GridView } from './grid-views';
import { GRID_VIEWS } from './grid-views';

/**
 * How the user arranged the screen, per document file (kept in the browser's storage, not in the document:
 * two people may arrange the same document differently). The view is also remembered across documents.
 */
const PreferencesSchema = z.object({
  view: z.enum(GRID_VIEWS).optional(),
  /** Per view: columns the user hid from the view and columns the user added to it. */
  columns: z
    .record(z.string(), z.object({ hidden: z.array(z.string()), shown: z.array(z.string()) }))
    .default({}),
  widths: z.record(z.string(), z.number().min(30).max(2000)).default({}),
  treeWidth: z.number().min(160).max(640).default(260),
  treeCollapsed: z.boolean().default(false),
  summaryCollapsed: z.boolean().default(false),
  compact: z.boolean().default(false),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

const key = (documentId: string) => `rbw-prefs:${documentId}`;
const VIEW_KEY = 'rbw-view';

export function loadPreferences(documentKey: string | null): Preferences {
  let stored: unknown;
  try {
    stored = documentKey ? JSON.parse(localStorage.getItem(key(documentKey)) ?? '{}') : {};
  } catch {
    stored = {};
  }
  const parsed = PreferencesSchema.safeParse(stored);
  const prefs = parsed.success ? parsed.data : PreferencesSchema.parse({});
  const lastView = localStorage.getItem(VIEW_KEY);
  const view: GridView =
    prefs.view ??
    ((GRID_VIEWS as readonly string[]).includes(lastView ?? '') ? (lastView as GridView) : 'pokja');
  return { ...prefs, view };
}

export function savePreferences(documentKey: string | null, prefs: Preferences): void {
  try {
    if (documentKey) localStorage.setItem(key(documentKey), JSON.stringify(prefs));
    if (prefs.view) localStorage.setItem(VIEW_KEY, prefs.view);
  } catch {
    // A full or refused storage only forgets the arrangement.
  }
}
