import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ProblemError } from '../../shared/problem';

/** Reads a UTF-8 file; a missing or unreadable file becomes a ProblemError naming it. */
export async function readUserFileText(path: string): Promise<string> {
  return (await readUserFileBytes(path)).toString('utf8');
}

const MEGABYTE = 1024 * 1024;

/**
 * Reads a file the user named; a missing or unreadable file becomes a ProblemError naming it, and so
 * does a file larger than `maxBytes` (checked before reading, so that a huge file costs nothing).
 */
export async function readUserFileBytes(path: string, options: { maxBytes?: number } = {}): Promise<Buffer> {
  try {
    if (options.maxBytes !== undefined) {
      const { size } = await stat(path);
      if (size > options.maxBytes) {
        throw new ProblemError([
          {
            code: 'file.tooLarge',
            params: { size: Math.ceil(size / MEGABYTE), max: Math.floor(options.maxBytes / MEGABYTE) },
            where: { file: basename(path) },
          },
        ]);
      }
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProblemError([
      code === 'ENOENT'
        ? { code: 'file.notFound', where: { file: path } }
        : {
            code: 'file.unreadable',
            params: { message: (error as Error).message },
            where: { file: basename(path) },
          },
    ]);
  }
}
