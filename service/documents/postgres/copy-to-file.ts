import { basename } from 'node:path';
import { copyDocument } from '../storage/copy-document';
import type { DocumentStore } from '../storage/document-store';
import { createDatabase } from '../sqlite/open-database';

/** Writes a document of the organisation's database as a workbench file (.rbw) at `path` (new). */
export function copyToFile(store: DocumentStore, path: string): void {
  const file = createDatabase(path);
  try {
    store.read((from) => file.write((to) => copyDocument(from, to, basename(path))));
  } finally {
    file.close();
  }
}
