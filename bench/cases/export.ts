import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importToDocument } from '../../service/workbench/import-to-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { undo } from '../../service/documents/undo-redo';
import { exportDocument } from '../../service/export/export-document';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, tempFolder } from '../support/files';
import { loadWorkbook } from '../support/floor';
import { sampleInTurn } from '../support/measure';

/**
 * Case 2: the document imported from the real workbook exported back into its own layout (`lke`), as
 * imported and after one answer changed (every formula result then recomputed), against exceljs writing
 * the workbook it has just read.
 */
// Reform › Manajemen Perubahan › iii. Membangun Budaya Kerja: answered A in the real workbook.
const ITEM = 'A.II.1.iii.a';

export const exportCase: BenchCase = {
  name: 'export',
  title: 'Export of the imported document',
  run: async ({ runs, log }) => {
    const folder = tempFolder('export');
    const { path } = await importToDocument(
      { path: REAL_WORKBOOK },
      { author: 'bench', out: join(folder, 'lke.rbw') },
    );
    const session = await DocumentSession.open(path);
    const plan = runs(3, 15);
    try {
      const workbook = await loadWorkbook(await readFile(REAL_WORKBOOK));
      const out = join(folder, 'export.xlsx');
      log('  exceljs write, export as imported, export after one edit, in turn');
      const [floor, asImported, edited] = (await sampleInTurn(
        [
          { run: () => workbook.xlsx.writeFile(join(folder, 'exceljs.xlsx')) },
          { run: () => exportDocument(session, { format: 'lke', path: out }) },
          {
            // One answer changed before (A → B, untimed) and taken back by undo after.
            before: () => setFields(session, [{ itemId: ITEM, field: 'answer', value: 'B' }], 'bench'),
            run: () => exportDocument(session, { format: 'lke', path: out }),
            after: () => undo(session, 1, 'bench'),
          },
        ],
        plan,
      )) as [number[], number[], number[]];
      const baseline = { what: 'exceljs writeFile of the workbook it read', samples: floor };
      return [
        figure({
          id: 'export.document',
          case: 2,
          what: 'Export the imported document into its workbook (exportDocument, format lke)',
          samples: asImported,
          baseline,
          target: targets.ratioAtMost(1.5),
        }),
        figure({
          id: 'export.edited',
          case: 2,
          what: 'Same export after one answer changed (every formula result recomputed)',
          samples: edited,
          baseline,
          target: targets.ratioAtMost(1.5),
        }),
      ];
    } finally {
      session.close();
    }
  },
};
