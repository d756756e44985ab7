import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AuthorNameSchema } from '../../shared/records/author-name';
import { dataDir } from './data-dir';

const SettingsSchema = z.object({
  /** The user's name, set in the window: history names it for every change made after. */
  author: AuthorNameSchema.nullable().default(null),
  /** The window asked for the name once (answered or put off): it does not ask again at start. */
  authorAsked: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof SettingsSchema>;

const UNSET: AppSettings = { author: null, authorAsked: false };
const file = (): string => join(dataDir(), 'settings.json');

/** The window's settings, kept in the workbench's folder. A missing or damaged file reads as unset. */
export function readAppSettings(): AppSettings {
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(file(), 'utf8')));
    return parsed.success ? parsed.data : UNSET;
  } catch {
    return UNSET;
  }
}

/**
 * Sets the user's name (null: none in the app, history names the operating-system user) and notes that
 * the window asked. Written atomically: a temp file, then a rename.
 */
export function saveAuthor(name: string | null): AppSettings {
  const settings: AppSettings = {
    ...readAppSettings(),
    author: name === null ? null : AuthorNameSchema.parse(name),
    authorAsked: true,
  };
  const temp = `${file()}.tmp`;
  writeFileSync(temp, JSON.stringify(settings, null, 1));
  renameSync(temp, file());
  return settings;
}
