import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswer } from '../../shared/answers/parse-answer';
import type { AnswerKind, AnswerType } from '../../shared/answers/kinds';
import { ANSWER_KINDS, kindOf } from '../../shared/answers/kinds';
import type { AnswerValue } from '../../shared/answers/kinds/spec';
import type { ValidationRule } from '../../shared/export/sheet-plan';
import { formatNumber } from '../../shared/format/number';
import { seededRandom } from '../../shared/random';

/**
 * Answers typed by hand for each kind, with what the regulation makes them worth (worked out by hand:
 * B of A/B/C is half of A; 3,62 on the 0–4 scale is 3,62 ÷ 4; WTP is 3 of 3 points; a count is not
 * scored). A kind added to ANSWER_KINDS without its lines here does not compile, and fails below.
 */
const HAND: Record<
  AnswerKind,
  { type: AnswerType; typed: string; stored: AnswerValue; share: number | null }[]
> = {
  choice: [
    {
      type: {
        kind: 'choice',
        label: 'A/B/C',
        options: [
          { key: 'A', value: 1 },
          { key: 'B', value: 0.5 },
          { key: 'C', value: 0 },
        ],
      },
      typed: 'b',
      stored: 'B',
      share: 0.5,
    },
    {
      type: {
        kind: 'choice',
        label: 'Opini BPK',
        options: [
          { key: 'WTP', value: 3 },
          { key: 'WDP', value: 2 },
          { key: 'TW', value: 1 },
          { key: 'TMP', value: 0 },
        ],
      },
      typed: 'WTP',
      stored: 'WTP',
      share: 1,
    },
  ],
  count: [
    { type: { kind: 'count', label: 'Jumlah', integer: true }, typed: '1.234', stored: 1234, share: null },
    { type: { kind: 'count', label: 'Rupiah', integer: false }, typed: '2,5', stored: 2.5, share: null },
  ],
  number: [
    {
      type: { kind: 'number', label: 'Nilai (0-4)', min: 0, max: 4, decimals: 2 },
      typed: '3,62',
      stored: 3.62,
      share: 0.905,
    },
    {
      type: { kind: 'number', label: 'Nilai (1-5)', min: 1, max: 5, decimals: 2 },
      typed: '2',
      stored: 2,
      share: 0.25,
    },
  ],
};

const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
const sheet = hf.getSheetId(hf.addSheet('S')) as number;
afterAll(() => hf.destroy());

/** What Excel's formula for the kind gives with `answer` in A1 (null: the cell is empty). */
function inExcel(type: AnswerType, answer: AnswerValue | null): unknown {
  const formula = kindOf(type).formula(type, 'A1', (s) => String(s), '"Blm Diisi"');
  if (formula === null) return null;
  hf.setSheetContent(sheet, [[answer, `=${formula}`]]);
  return hf.getCellValue({ sheet, row: 0, col: 1 });
}

/** Whether Excel's check on an answer cell lets the value in. */
function passes(rule: ValidationRule, value: AnswerValue): boolean {
  if (rule.kind === 'list') return rule.options.includes(String(value));
  if (typeof value !== 'number') return false;
  if (rule.kind === 'whole') return Number.isInteger(value) && value >= rule.min;
  return value >= rule.min && value <= rule.max;
}

/** An answer as a user types it back: the key, or the number the Indonesian way. */
const typedBack = (value: AnswerValue): string =>
  typeof value === 'number' ? formatNumber(value, 6).replace(/,?0+$/, '') : value;

const samples = Object.entries(HAND).flatMap(([kind, lines]) => lines.map((line) => ({ kind, ...line })));

describe('every answer kind has its spec, and the spec agrees with itself and with Excel', () => {
  it('has hand-worked answers for every kind of the record', () => {
    for (const kind of Object.keys(ANSWER_KINDS))
      expect(HAND[kind as AnswerKind]?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(samples)(
    '$kind $type.label: "$typed" is stored as $stored, worth $share, in the workbench and in Excel',
    (line) => {
      const spec = kindOf(line.type);
      expect(parseAnswer(line.type, line.typed)).toEqual({ ok: true, value: line.stored });
      expect(parseAnswer(line.type, typedBack(line.stored))).toEqual({ ok: true, value: line.stored });
      expect(passes(spec.validation(line.type), line.stored)).toBe(true);
      const share = spec.share(line.type, line.stored);
      if (line.share === null) {
        expect(share).toBeNull();
        expect(inExcel(line.type, line.stored)).toBeNull();
        return;
      }
      expect(share).toBeCloseTo(line.share, 9);
      expect(inExcel(line.type, line.stored)).toBeCloseTo(line.share, 9);
      expect(inExcel(line.type, null)).toBe('Blm Diisi');
    },
  );

  it.each(samples)(
    '$kind $type.label: the best answer is worth the whole and every planned step reads back',
    (line) => {
      const spec = kindOf(line.type);
      const best = spec.best(line.type);
      const steps = spec.choices(line.type, null, 1);
      if (line.share === null) {
        expect(best).toBeNull();
        expect(steps).toEqual([]);
        return;
      }
      expect(best).not.toBeNull();
      expect(spec.share(line.type, best as AnswerValue)).toBe(1);
      expect(steps.at(-1)?.share).toBe(1);
      for (const [i, step] of steps.entries()) {
        expect(parseAnswer(line.type, typedBack(step.answer))).toEqual({ ok: true, value: step.answer });
        expect(spec.share(line.type, step.answer)).toBe(step.share);
        if (i > 0) expect(step.effort).toBeGreaterThan((steps[i - 1] as { effort: number }).effort);
      }
    },
  );

  it.each(samples)(
    '$kind $type.label: trial answers are answers a user could type, and Excel scores them alike',
    (line) => {
      const spec = kindOf(line.type);
      const random = seededRandom(23);
      for (let i = 0; i < 40; i++) {
        const answer = spec.trialAnswer(line.type, random);
        expect(parseAnswer(line.type, typedBack(answer))).toEqual({ ok: true, value: answer });
        expect(passes(spec.validation(line.type), answer)).toBe(true);
        const share = spec.share(line.type, answer);
        if (share === null) expect(inExcel(line.type, answer)).toBeNull();
        else expect(inExcel(line.type, answer)).toBeCloseTo(share, 9);
      }
    },
  );
});
