import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { DocumentSession } from '../documents/document-session';
import type { MergeRequest } from './run-merge';

/**
 * Merges a file given by location, or uploaded (browser mode), into the document: another copy of the
 * document (`.rbw`) or a pokja's file (`.xlsx`). Excel is loaded only for a pokja's file.
 */
export async function mergeFile(
  session: DocumentSession,
  source: { path: string } | { fileName: string; contentBase64: string },
  author: string,
  request: MergeRequest,
): Promise<MergeOutcome> {
  if ('path' in source) return mergePath(session, source.path, author, request);
  const dir = await mkdtemp(join(tmpdir(), 'rbw-merge-'));
  try {
    const path = join(dir, basename(source.fileName));
    await writeFile(path, Buffer.from(source.contentBase64, 'base64'));
    return await mergePath(session, path, author, request);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function mergePath(
  session: DocumentSession,
  path: string,
  author: string,
  request: MergeRequest,
): Promise<MergeOutcome> {
  if (extname(path).toLowerCase() === '.rbw') {
    const { mergeDocumentFile } = await import('./merge-document-file');
    return mergeDocumentFile(session, path, author, request);
  }
  const { mergePokjaFile } = await import('./merge-pokja-file');
  return mergePokjaFile(session, path, author, request);
}
