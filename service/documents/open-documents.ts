import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProblemError } from '../../shared/problem';
import { DocumentSession } from './document-session';
import { OpenDocument } from './open-document';

/**
 * The documents this process has open, by the id the API hands out and by file: opening a file that is
 * open already gives the same OpenDocument (one session, one workbook engine per file).
 */
export class OpenDocuments {
  private readonly byId = new Map<string, OpenDocument>();
  private readonly byFile = new Map<string, OpenDocument>();
  /** Opens under way, so that two calls opening one file at once share it. */
  private readonly opening = new Map<string, Promise<OpenDocument>>();

  /** The open document of this file, opened (and checked) now if it is not open yet. */
  open(path: string): Promise<OpenDocument> {
    const absolute = resolve(path);
    const known = this.byFile.get(fileKey(absolute));
    if (known) return Promise.resolve(known);
    let pending = this.opening.get(absolute);
    if (!pending) {
      pending = this.openNew(absolute).finally(() => this.opening.delete(absolute));
      this.opening.set(absolute, pending);
    }
    return pending;
  }

  /**
   * A document of the organisation's database, under its own id as the API's id (opened now with
   * `open` if this process does not have it open yet).
   */
  openStored(id: string, open: () => Promise<DocumentSession>): Promise<OpenDocument> {
    const known = this.byId.get(id);
    if (known) return Promise.resolve(known);
    const key = `stored:${id}`;
    let pending = this.opening.get(key);
    if (!pending) {
      pending = open()
        .then((session) => {
          const doc = new OpenDocument(id, session);
          this.byId.set(id, doc);
          return doc;
        })
        .finally(() => this.opening.delete(key));
      this.opening.set(key, pending);
    }
    return pending;
  }

  /** The document of this file if this process has it open (nothing is opened). */
  find(path: string): OpenDocument | undefined {
    return this.byFile.get(fileKey(resolve(path)));
  }

  /** The open document with this id; a ProblemError when it was closed (or never opened). */
  get(documentId: string): OpenDocument {
    const doc = this.byId.get(documentId);
    if (doc) return doc;
    throw new ProblemError([{ code: 'document.notOpen', params: { id: documentId } }]);
  }

  close(documentId: string): boolean {
    const doc = this.byId.get(documentId);
    if (!doc) return false;
    this.byId.delete(documentId);
    for (const [key, value] of this.byFile) if (value === doc) this.byFile.delete(key);
    doc.close();
    return true;
  }

  /** Closes every document (on quit). */
  closeAll(): void {
    for (const id of [...this.byId.keys()]) this.close(id);
  }

  private async openNew(absolute: string): Promise<OpenDocument> {
    const session = await DocumentSession.open(absolute);
    // The same file under another name (a link, another spelling) is the same document.
    const key = fileKey(realpathSync(absolute));
    const known = this.byFile.get(key);
    if (known) {
      session.close();
      return known;
    }
    const doc = new OpenDocument(randomUUID(), session);
    this.byId.set(doc.id, doc);
    this.byFile.set(key, doc);
    this.byFile.set(fileKey(absolute), doc);
    return doc;
  }
}

/** Windows and macOS file names ignore case by default. */
const fileKey = (path: string): string =>
  process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;

/** The documents open in this process (the app's window, browser mode, a CLI command). */
export const openDocuments = new OpenDocuments();
