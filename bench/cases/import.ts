import { anyFile } from '../../service/workbench/file-access';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../service/api/dispatch';
import { readWorkbookBytes } from '../../service/workbooks/read-workbook';
import { createDocument } from '../../service/documents/create-document';
import { importWorkbook, openWorkbookEngine } from '../../service/workbooks/import-workbook';
import type { WorkbookEngine } from '../../service/workbooks/workbook-engine';
import { neededSheets } from '../../shared/workbook/graph/needed-sheets';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, tempFolder } from '../support/files';
import { readAndBuild } from '../support/floor';
import { sampleInTurn } from '../support/measure';

/**
 * Case 1: the real ZI workbook opened as a scored document, as the app's "Import" does it (import,
 * document written, opened, both rules scored, the view built), and the importer alone; against exceljs
 * reading the file plus HyperFormula building the sheets the LKE reads (the floor of this stack).
 */
export const importCase: BenchCase = {
  name: 'import',
  title: 'Import of the real ZI workbook',
  run: async ({ runs, log }) => {
    const bytes = await readFile(REAL_WORKBOOK);
    const probe = await importWorkbook(REAL_WORKBOOK);
    probe.engine.destroy();
    const folder = tempFolder('import-parts');
    let made = 0;
    let rebuilt: WorkbookEngine | undefined;
    const sheets = neededSheets((await readWorkbookBytes(bytes, 'lke.xlsx')).data, probe.layout.sheet);
    process.env.RBW_DATA_DIR = tempFolder('import');
    const context = { author: 'bench', files: anyFile };
    let opened = '';
    log('  floor, importWorkbook and app.importWorkbook in turn');
    const [floor, imported, document, written, rule] = await sampleInTurn(
      [
        { run: async () => (await readAndBuild(bytes, sheets)).destroy() },
        { run: async () => (await importWorkbook(REAL_WORKBOOK)).engine.destroy() },
        {
          run: async () => {
            const view = await dispatch('app.importWorkbook', { path: REAL_WORKBOOK }, context);
            opened = (view as { documentId: string }).documentId;
          },
          after: () => dispatch('documents.close', { documentId: opened }, context),
        },
        {
          run: () =>
            createDocument(join(folder, `lke-${made++}.rbw`), {
              template: probe.template,
              records: probe.records,
              sourceWorkbook: { fileName: 'lke.xlsx', bytes: probe.xlsx, layout: probe.layout },
              author: 'bench',
            }),
        },
        {
          run: async () => {
            rebuilt = await openWorkbookEngine(probe.xlsx, probe.layout);
          },
          after: () => rebuilt?.destroy(),
        },
      ],
      runs(3, 15),
    );
    const baseline = {
      what: `exceljs read + HyperFormula build of ${[...sheets].join(', ')}`,
      samples: floor as number[],
    };
    return [
      figure({
        id: 'import.document',
        case: 1,
        what: 'Open .xlsx as a scored document (app.importWorkbook: import, write .rbw, open, both rules, view)',
        samples: document as number[],
        baseline,
        target: targets.ratioAtMost(1.3),
      }),
      figure({
        id: 'import.workbook',
        case: 1,
        what: 'importWorkbook alone (read, formula engine, template, records, both totals, findings)',
        samples: imported as number[],
        baseline,
      }),
      figure({
        id: 'import.part.write',
        case: 1,
        what: 'part: the imported workbook written as a new .rbw (createDocument: template, records, bytes)',
        samples: written as number[],
      }),
      figure({
        id: 'import.part.rule',
        case: 1,
        what: "part: the workbook rule's engine built again from the stored bytes (openWorkbookEngine)",
        samples: rule as number[],
        baseline,
      }),
    ];
  },
};
