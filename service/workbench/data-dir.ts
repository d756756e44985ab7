import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the workbench keeps its own files (recent documents, documents imported on the fly):
 * $RBW_DATA_DIR, else %APPDATA%\rb-workbench on Windows, else $XDG_DATA_HOME (~/.local/share)/rb-workbench.
 */
export function dataDir(): string {
  const dir = dataDirPath();
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The same folder's path, without making it (to read a file that may not be there yet). */
export function dataDirPath(): string {
  return (
    process.env.RBW_DATA_DIR ??
    (process.platform === 'win32' && process.env.APPDATA
      ? join(process.env.APPDATA, 'rb-workbench')
      : join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'rb-workbench'))
  );
}
