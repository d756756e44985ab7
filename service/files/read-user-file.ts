import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ProblemError } from '../../shared/problem';

/** Reads a UTF-8 file; a missing or unreadable file becomes a ProblemError naming it. */
export async function readUserFileText(path: string): Promise<string> {
  return (await readUserFileBytes(path)).toString('utf8');
}

/** Reads a file the user named; a missing or unreadable file becomes a ProblemError naming it. */
export async function readUserFileBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
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
