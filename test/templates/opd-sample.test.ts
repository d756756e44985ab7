import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPD_TEMPLATE_FILE, opdTemplateFileText } from '../../scripts/make-opd-samples';
import { Scorer } from '../../shared/scoring/scorer';
import { bestAnswer } from '../../shared/template/answer-type';
import { parseTemplateFile } from '../../shared/template/template-file';
import { indexTemplate } from '../../shared/template/template-index';

/** The made-up Pemda OPD model shipped in examples/templates (made by scripts/make-opd-samples.ts). */
describe('sample OPD template', () => {
  const text = readFileSync(OPD_TEMPLATE_FILE, 'utf8');

  it('equals a fresh run of the script', () => {
    expect(text, 'run npx tsx scripts/make-opd-samples.ts').toBe(opdTemplateFileText());
  });

  it('is a valid template file: RB General 65 + RB Tematik 35, three answer types, a derived % row', () => {
    const parsed = parseTemplateFile(text, 'opd-pemda-contoh.rbwt');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { template } = parsed.value;
    expect(template.root.children.map((c) => [c.title, c.weight])).toEqual([
      ['RB GENERAL PERANGKAT DAERAH', 65],
      ['RB TEMATIK PERANGKAT DAERAH', 35],
    ]);
    const index = indexTemplate(template);
    const kinds = new Set(index.indicatorOrder.map((i) => i.answerType));
    expect([...kinds]).toEqual(
      expect.arrayContaining(['Ya/Tidak', 'A/B/C', 'A/B/C/D', '%', 'Nilai (0-100)']),
    );
    // Every best answer (and SKP on time for every employee) is the whole 100.
    const scorer = new Scorer(index);
    for (const a of index.answerableOrder) {
      const best = a.type.kind === 'count' ? 10 : bestAnswer(a.type);
      if (best !== null) scorer.setAnswer(a.id, best);
    }
    expect(scorer.total()).toBeCloseTo(100, 9);
  });
});
