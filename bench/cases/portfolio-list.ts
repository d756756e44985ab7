import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { importToDocument } from '../../service/workbench/import-to-document';
import type { BenchCase } from '../support/bench-case';
import { answerEdits } from '../support/edits';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, REPO, tempFolder } from '../support/files';
import { sampleInTurn } from '../support/measure';

const run = promisify(execFile);
const node = (...args: string[]) => run(process.execPath, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
const DOCUMENTS = 100;

/**
 * Case 10 (issue 15): `rbw portfolio` of a folder of 100 unit documents, each imported from the real
 * ZI workbook with 20 answers of its own, as a whole process (the prebuilt bundle), against
 * `rbw score one.rbw` of one of them. The documents' scores were stored by a first listing (as they are
 * whenever they change), so listing needs no formula engine; scoring one builds the workbook's.
 */
export const portfolioListCase: BenchCase = {
  name: 'portfolio-list',
  title: 'rbw portfolio of 100 documents against rbw score of one',
  run: async ({ runs, log }) => {
    log('  node scripts/build-cli.mjs (the bundle npm ci builds)');
    await node('scripts/build-cli.mjs');
    const folder = tempFolder('portfolio-list');
    log(`  preparing ${DOCUMENTS} documents`);
    const first = join(folder, 'unit-000.rbw');
    const imported = await importToDocument({ path: REAL_WORKBOOK }, { author: 'bench', out: first });
    imported.workbook.engine.destroy();
    for (let unit = 1; unit < DOCUMENTS; unit++) {
      const path = join(folder, `unit-${String(unit).padStart(3, '0')}.rbw`);
      copyFileSync(first, path);
      const session = await DocumentSession.open(path);
      const edits = answerEdits(session.index, 20, unit);
      setFields(
        session,
        edits.map((e) => ({ itemId: e.itemId, field: 'answer' as const, value: e.value })),
        'bench',
      );
      session.close();
    }
    const rbw = join(REPO, 'bin', 'rbw.mjs');
    log('  first listing: every document scored once and its scores stored');
    const listed = JSON.parse((await node(rbw, 'portfolio', folder, '--json')).stdout) as {
      units: unknown[];
    };
    if (listed.units.length !== DOCUMENTS)
      throw new Error(`rbw portfolio listed ${listed.units.length} units`);
    log('  rbw portfolio DIR and rbw score one.rbw in turn');
    const [portfolio, score] = await sampleInTurn(
      [
        { run: () => node(rbw, 'portfolio', folder, '--json') },
        { run: () => node(rbw, 'score', join(folder, 'unit-042.rbw')) },
      ],
      runs(1, 7),
    );
    return [
      figure({
        id: 'portfolio.list.100',
        case: 10,
        what: `\`rbw portfolio DIR --json\` of ${DOCUMENTS} documents (stored scores), a whole process`,
        samples: portfolio as number[],
        baseline: { what: '`rbw score one.rbw` (one of them), a whole process', samples: score as number[] },
        target: targets.ratioAtMost(2),
      }),
    ];
  },
};
