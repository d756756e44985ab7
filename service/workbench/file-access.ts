import { existsSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { ProblemError } from '../../shared/problem';

/**
 * What a path is for: `open` a document or a workbook (imported on the fly); `read` a workbook or a
 * pokja's file; `create` a new document; `export` an .xlsx file (it may replace one); `merge` a pokja's
 * file or another copy of a document into the open one; read a `survey`'s responses.
 */
export type FilePurpose = 'open' | 'read' | 'create' | 'export' | 'merge' | 'survey';

const EXTENSIONS: Record<FilePurpose, readonly string[]> = {
  open: ['.rbw', '.xlsx', '.xls', '.ods'],
  read: ['.xlsx', '.xls', '.ods'],
  create: ['.rbw'],
  export: ['.xlsx'],
  merge: ['.xlsx', '.rbw'],
  // Respondents' answers of a survey (Google Forms and SKM applications' exports).
  survey: ['.csv', '.xlsx', '.xls', '.ods'],
};

/** Which paths a caller may have the service read or write. */
export interface FileAccess {
  /**
   * The absolute path when the caller may use it for `purpose`; else a ProblemError that says only that
   * the place is not open to it, the same whether or not anything exists there.
   */
  allow(path: string, purpose: FilePurpose): string;
  /** The folders whose files the window may list and use (none for the command line). */
  roots(): string[];
}

/** The command line: every path is one the user typed. */
export const anyFile: FileAccess = { allow: (path) => resolve(path), roots: () => [] };

export interface GrantSources {
  /** The workbench's data folder, asked on every call (RBW_DATA_DIR is set by the desktop app). */
  dataFolder: () => string;
  /** Documents the user opened before (the recent list): theirs to open again. */
  recent: () => string[];
}

/**
 * The window's access (browser mode, the desktop app): only paths the user gave — files picked in a
 * native dialog or named on the command line, folders opened at start — and the workbench's own data
 * folder. A path from the window itself (a typed path, a path from another page holding the token) is
 * refused unless it lies there, before anything is looked up on disk, so that nothing outside is read,
 * written or even found to exist.
 */
export class FileGrants implements FileAccess {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  constructor(private readonly sources: GrantSources) {}

  /** A file the user chose (a dialog, the command line, a recent document). */
  grantFile(path: string): void {
    this.files.add(key(resolve(path)));
  }

  /** A folder the user opened: everything below it (documents, workbooks, exports) is theirs. */
  grantFolder(path: string): void {
    this.folders.add(key(resolve(path)));
  }

  /** The folders open to the window: the data folder first, then those the user opened. */
  roots(): string[] {
    return [resolve(this.sources.dataFolder()), ...this.folders];
  }

  allow(path: string, purpose: FilePurpose): string {
    const absolute = resolve(path);
    const refused = new ProblemError([{ code: 'access.outside', where: { file: path } }]);
    const granted =
      this.files.has(key(absolute)) ||
      (purpose === 'open' && this.sources.recent().some((file) => key(resolve(file)) === key(absolute)));
    const roots = this.roots();
    if (!granted && !roots.some((root) => within(root, absolute))) throw refused;
    if (!EXTENSIONS[purpose].includes(extname(absolute).toLowerCase())) {
      throw new ProblemError([
        { code: 'access.fileType', params: { types: EXTENSIONS[purpose].join(', ') }, where: { file: path } },
      ]);
    }
    // A link inside an open folder must not lead outside it.
    if (!granted && !roots.some((root) => within(realRoot(root), realLocation(absolute)))) throw refused;
    return absolute;
  }
}

/** `path` is `root` or lies below it. */
function within(root: string, path: string): boolean {
  const rel = relative(key(root), key(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Where a path really is: links resolved for the part that exists (a new file's folder). */
function realLocation(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return resolve(realpathSync(existing), relative(existing, path));
  } catch {
    return path;
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

const key = (path: string): string =>
  process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
