import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { tempFolder } from '../documents/support';
import { referenceDir } from '../fixtures/workbooks/reference-models';

const ZI_2021 = join(referenceDir, 'workbooks', 'lke-zi-2021-filled.xlsx');

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: () => undefined });
  return { code, out: out.join('\n') };
}

describe('the portfolio’s last year', () => {
  it('is the total of last year’s LKE a document was started from (95.5762, the workbook’s own), with the change', async () => {
    const root = tempFolder();
    const units = join(root, 'units');
    mkdirSync(units);
    const doc = join(units, 'dinas-uji.rbw');
    const created = await rbw(
      'new',
      '--template',
      'zi-2026',
      '--from',
      ZI_2021,
      '--out',
      doc,
      '--unit',
      'Dinas Uji',
    );
    expect(created.code).toBe(0);
    const listed = await rbw('portfolio', units, '--json', '--cache', join(root, 'cache'));
    expect(listed.code).toBe(0);
    const unit = (JSON.parse(listed.out) as Portfolio).units[0]!;
    expect(unit.unit).toBe('Dinas Uji');
    expect(unit.priorTotal).toBeCloseTo(95.5762, 4);
    expect(unit.change).toBeCloseTo((unit.total ?? 0) - 95.57619047619048, 6);
  });
});
