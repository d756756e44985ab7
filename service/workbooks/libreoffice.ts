import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TIMEOUT_MS = 180_000;

/**
 * The LibreOffice executable: $RBW_SOFFICE when set (only that one, so that it can also say "none"),
 * else soffice or libreoffice on PATH; null when there is none.
 */
export function findSoffice(): string | null {
  const chosen = process.env.RBW_SOFFICE;
  if (chosen) return existsSync(chosen) ? chosen : null;
  for (const candidate of ['soffice', 'libreoffice']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, candidate))) return join(dir, candidate);
    }
  }
  return null;
}

// OOXMLRecalcMode/ODFRecalcMode 0 = always recalculate on load; otherwise LibreOffice keeps the cached
// (possibly stale) results that the file carries.
const RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Recalculate every formula on load instead of keeping cached results. */
  recalculate?: boolean;
}

/**
 * Converts files to .xlsx with LibreOffice headless, all in one run (each start costs 1–2 s), into
 * `outDir` under their own base names. A private, temporary profile keeps the user's LibreOffice
 * settings out of it and lets us ask for a full recalculation.
 */
export async function convertToXlsx(
  soffice: string,
  files: string[],
  outDir: string,
  options: ConvertOptions = {},
): Promise<void> {
  await convertFiles(soffice, files, outDir, 'xlsx', options);
}

/** Like `convertToXlsx`, to any format LibreOffice writes ("xls", "ods", "xlsx"). */
export async function convertFiles(
  soffice: string,
  files: string[],
  outDir: string,
  format: string,
  options: ConvertOptions = {},
): Promise<void> {
  const profile = await mkdtemp(join(tmpdir(), 'rbw-lo-profile-'));
  try {
    if (options.recalculate) {
      await mkdir(join(profile, 'user'), { recursive: true });
      await writeFile(join(profile, 'user', 'registrymodifications.xcu'), RECALCULATE);
    }
    await mkdir(outDir, { recursive: true });
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: TIMEOUT_MS },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Converts one file's bytes to .xlsx bytes in a temporary folder that is removed afterwards. */
export async function convertBytesToXlsx(
  soffice: string,
  bytes: Uint8Array,
  extension: string,
): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), 'rbw-convert-'));
  try {
    const input = join(work, `workbook${extension}`);
    await writeFile(input, bytes);
    const out = join(work, 'out');
    await convertToXlsx(soffice, [input], out);
    const produced = (await readdir(out).catch(() => [])).find((f) => f.endsWith('.xlsx'));
    if (!produced) throw new Error('LibreOffice produced no file');
    return await readFile(join(out, produced));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
