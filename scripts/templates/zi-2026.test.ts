import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../../shared/builtin-templates';
import { indexTemplate } from '../../shared/template/template-index';
import type { ModelNode } from './reference';
import { readModel } from './reference';

describe('zi-2026 template', () => {
  const index = indexTemplate(builtinTemplate('zi-2026') ?? (undefined as never));

  it('has one answerable item per PortalRB soal (127), with its Excel upload row', () => {
    const soal = index.answerableOrder.map((a) => (a.kind === 'input' ? a.input.refs : a.indicator.refs));
    expect(soal.map((r) => r?.portalrbSoalId)).toEqual(Array.from({ length: 127 }, (_, i) => i + 1));
    const rows = new Map<number, number>();
    const visit = (node: ModelNode): void => {
      if (node.soal_id !== undefined && node.excel) rows.set(node.soal_id, node.excel.row);
      node.children?.forEach(visit);
    };
    visit(readModel('zi-2026-portalrb.json').tree);
    expect(soal.map((r) => r?.portalRow)).toEqual(soal.map((r) => rows.get(r?.portalrbSoalId as number)));
  });

  it('derives LHKPN 2026 as reported ÷ (head + officials + others)', () => {
    const lhkpn = index.indicators.get('A.II.5.iii.a.a');
    expect(lhkpn?.derive).toMatchObject({
      numerator: ['A.II.5.iii.a.a.4'],
      denominator: ['A.II.5.iii.a.a.1', 'A.II.5.iii.a.a.2', 'A.II.5.iii.a.a.3'],
    });
  });
});
