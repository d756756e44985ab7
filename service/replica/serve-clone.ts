import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CloneReply } from '../../shared/replica/sync-protocol';
import { DocumentSession } from '../documents/document-session';

/**
 * A document of the server as a workbench file (`POST /server/clone`): every record, file and action of
 * its history with the server's revision numbers, read in one transaction; the replica starts from it.
 */
export async function serveClone(session: DocumentSession, documentId: string): Promise<CloneReply> {
  const dir = await mkdtemp(join(tmpdir(), 'rbw-clone-'));
  try {
    const path = join(dir, 'clone.rbw');
    await session.store.copyTo(path);
    const bytes = await readFile(path);
    const copy = await DocumentSession.open(path);
    try {
      return {
        documentId,
        name: session.fileName,
        revision: copy.revision(),
        base64: bytes.toString('base64'),
      };
    } finally {
      copy.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
