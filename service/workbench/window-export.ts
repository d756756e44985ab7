import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dataDir } from './data-dir';
import { uniquePath } from './unique-path';

/**
 * A workbook the window asked for: written to `path` (the desktop app's save dialog), else to the
 * workbench's exports folder as `NAME.xlsx` (numbered when taken) with its bytes returned, because browser
 * mode has no file paths and offers them as a download.
 */
export async function exportForWindow(
  path: string | undefined,
  name: string,
  write: (target: string) => Promise<void>,
): Promise<{ path: string; fileName: string; contentBase64?: string }> {
  const target = path ?? uniquePath(join(dataDir(), 'exports'), name, '.xlsx');
  await write(target);
  return {
    path: target,
    fileName: basename(target),
    ...(path ? {} : { contentBase64: (await readFile(target)).toString('base64') }),
  };
}
