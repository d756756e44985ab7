import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AuthorNameSchema } from '../../shared/records/author-name';
import { dataDir, dataDirPath } from './data-dir';

const SettingsSchema = z.object({
  /** The user's name, set in the window: history names it for every change made after. */
  author: AuthorNameSchema.nullable().default(null),
  /** The window asked for the name once (answered or put off): it does not ask again at start. */
  authorAsked: z.boolean().default(false),
});
export type AppSettings = z.infer<typeof SettingsSchema>;

const UNSET: AppSettings = { author: null, authorAsked: false };
const file = (): string => join(dataDir(), 'settings.json');
/** The same path without making the folder: every call of a window reads it (readAppSettings). */
const fileToRead = (): string => join(dataDirPath(), 'settings.json');

/** The settings as last read or written by this process, by file (the data folder may differ per run). */
let known: { file: string; settings: AppSettings } | null = null;

/**
 * The window's settings, kept in the workbench's folder: read once, then as this process last wrote them
 * (every call of a window asks, so the edit path reads no file). A missing or damaged file reads as unset.
 */
export function readAppSettings(): AppSettings {
  const path = fileToRead();
  if (known?.file === path) return known.settings;
  let settings = UNSET;
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) settings = parsed.data;
  } catch {
    // unset
  }
  known = { file: path, settings };
  return settings;
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
  known = { file: file(), settings };
  return settings;
}
