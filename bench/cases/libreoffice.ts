import { anyFile } from '../../service/workbench/file-access';
import { join } from 'node:path';
import { dispatch } from '../../service/api/dispatch';
import { openDocuments } from '../../service/documents/open-documents';
import { convertFiles, findSoffice } from '../../service/workbooks/libreoffice';
import { exportDocument } from '../../service/export/export-document';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, tempFolder } from '../support/files';
import { sampleInTurn } from '../support/measure';

/**
 * Case 5: what a user without the workbench has to recompute the workbook: LibreOffice headless opening
 * it with every formula recalculated (a private profile set to recalculate on load, as the tests'
 * oracle does) and saving it as .xlsx; against the workbench importing it into a scored document (both
 * rules, as the app opens it) and exporting it back into its layout.
 */
export const libreofficeCase: BenchCase = {
  name: 'libreoffice',
  title: 'LibreOffice recalculation vs import + score + export',
  run: async ({ runs, log }) => {
    const soffice = findSoffice();
    if (!soffice) {
      log('  LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui): case skipped');
      return [];
    }
    const folder = tempFolder('libreoffice');
    process.env.RBW_DATA_DIR = folder;
    const context = { author: 'bench', files: anyFile };
    let opened = '';
    let n = 0;
    log('  soffice --convert-to xlsx (recalculating profile) and the workbench, in turn');
    const [office, ours] = (await sampleInTurn(
      [
        {
          run: () =>
            convertFiles(soffice, [REAL_WORKBOOK], join(folder, 'lo'), 'xlsx', { recalculate: true }),
        },
        {
          run: async () => {
            const view = await dispatch('app.importWorkbook', { path: REAL_WORKBOOK }, context);
            opened = (view as { documentId: string }).documentId;
            await exportDocument(openDocuments.get(opened).session, {
              format: 'lke',
              path: join(folder, `out-${n++}.xlsx`),
            });
          },
          after: () => dispatch('documents.close', { documentId: opened }, context),
        },
      ],
      runs(2, 7),
    )) as [number[], number[]];
    return [
      figure({
        id: 'recalc.workbench',
        case: 5,
        what: 'Import + score (both rules) + export of the real workbook',
        samples: ours,
        baseline: { what: 'LibreOffice headless: open, recalculate all, save .xlsx', samples: office },
        target: targets.timesFaster(8),
      }),
    ];
  },
};
