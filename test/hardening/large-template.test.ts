import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../service/api/dispatch';
import { createDocument } from '../../service/documents/create-document';
import { openDocuments } from '../../service/documents/open-documents';
import { anyFile } from '../../service/workbench/file-access';
import { flatTemplate } from './flat-template';

const folder = mkdtempSync(join(tmpdir(), 'rbw-large-'));

afterEach(() => openDocuments.closeAll());

/**
 * The quadratic path (every indicator's "gain" rescoring the whole sub-area) took minutes at 40k items;
 * the harness's timeout bounds each opening here, and the bench (bench/cases/bounds.ts) measures how the
 * time grows from 10k to 40k items (linear: about 4 ×).
 */
describe('opening a document with a very large template', () => {
  it.each([10_000, 40_000])(
    '%i items in one sub-area open, every question counted',
    async (items) => {
      const path = join(folder, `besar-${items}.rbw`);
      await createDocument(path, { template: flatTemplate(items) });
      const view = (await dispatch('documents.open', { path }, { author: 'uji', files: anyFile })) as {
        documentId: string;
        scores: { unit: { questions: number; answered: number } };
      };
      expect(view.scores.unit).toMatchObject({ questions: items, answered: 0 });
      await dispatch('documents.close', { documentId: view.documentId }, { author: 'uji', files: anyFile });
    },
    300_000,
  );
});
