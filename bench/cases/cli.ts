import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readWorkbookBytes } from '../../service/workbooks/read-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { neededSheets } from '../../shared/workbook/graph/needed-sheets';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, REPO } from '../support/files';
import { sampleInTurn } from '../support/measure';

const run = promisify(execFile);
const node = (...args: string[]) => run(process.execPath, args, { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });

/**
 * Case 9: the `rbw` command as whole processes, as a user starts it (`npx rbw …` right after `npm ci`:
 * the prebuilt bundle). `rbw templates` against `node -e 0`; `rbw score` of the real workbook against a
 * plain script that only reads it with exceljs and builds the sheets it reads in HyperFormula.
 */
export const cliCase: BenchCase = {
  name: 'cli',
  title: 'The rbw command, whole processes',
  run: async ({ runs, log }) => {
    log('  node scripts/build-cli.mjs (the bundle npm ci builds)');
    await node('scripts/build-cli.mjs');
    const probe = await importWorkbook(REAL_WORKBOOK);
    probe.engine.destroy();
    const data = (await readWorkbookBytes(await readFile(REAL_WORKBOOK), 'lke.xlsx')).data;
    const sheets = [...neededSheets(data, probe.layout.sheet)];
    const rbw = join(REPO, 'bin', 'rbw.mjs');
    const floor = join(REPO, 'bench', 'support', 'read-and-build.mjs');
    // Checked once: the bundle is what runs (not the sources through tsx), and it scores as expected.
    const check = await node(rbw, 'score', REAL_WORKBOOK, '--json');
    if (JSON.parse(check.stdout).totals.workbook !== 95.5762) throw new Error('rbw score gave another total');
    // And V8 takes the code caches the build made (a refused one only makes rbw slower, silently).
    const caches = await node(
      '--input-type=module',
      '-e',
      `import { loadBundle } from './bin/run-bundle.mjs'; const b = loadBundle('dist/cli');
       await b.main(['score', ${JSON.stringify(REAL_WORKBOOK)}], { out: () => {}, err: () => {} });
       console.log(Object.entries(b.scripts).map(([name, s]) => name + ' ' + s.cache).join(', '));`,
    );
    log(`  code caches: ${caches.stdout.trim()}`);
    log('  rbw templates, node -e 0, rbw score lke.xlsx and the plain script in turn');
    const [templates, bare, score, plain] = await sampleInTurn(
      [
        { run: () => node(rbw, 'templates') },
        { run: () => node('-e', '0') },
        { run: () => node(rbw, 'score', REAL_WORKBOOK) },
        { run: () => node(floor, REAL_WORKBOOK, ...sheets) },
      ],
      runs(2, 15),
    );
    return [
      figure({
        id: 'cli.templates',
        case: 9,
        what: '`rbw templates`, a whole process (the prebuilt bundle)',
        samples: templates as number[],
        baseline: { what: '`node -e 0`', samples: bare as number[] },
        target: targets.ratioAtMost(4),
      }),
      figure({
        id: 'cli.score.workbook',
        case: 9,
        what: '`rbw score lke.xlsx` (real workbook: both rules, findings, the table), a whole process',
        samples: score as number[],
        baseline: {
          what: `plain script: exceljs reads it, HyperFormula builds ${sheets.join(', ')}`,
          samples: plain as number[],
        },
        target: targets.ratioAtMost(1.2),
      }),
    ];
  },
};
