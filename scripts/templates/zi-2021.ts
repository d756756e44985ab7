import type {
  Derivation,
  Group,
  Indicator,
  Input,
  Template,
  TemplateNode,
} from '../../shared/template/template-schema';
import type { ModelFile, ModelNode } from './reference';
import {
  childId,
  displayCode,
  modelGroup,
  levelAt,
  normaliseAnswerType,
  optionTexts,
  zeroDenominatorValue,
  ziAnswerTypes,
  ziPredicates,
} from './zi-common';

/** LKE Zona Integritas, Lampiran III PermenPANRB 90/2021, from the model of the official `LKE ZI` sheet. */
export function buildZi2021(model: ModelFile): Template {
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: 'zi-2021',
    version: '2021.1',
    title: 'LKE Zona Integritas 2021 (PermenPANRB 90/2021)',
    model: 'zi',
    year: 2021,
    source: model.model,
    unanswered: 'skip',
    answerTypes: ziAnswerTypes(model),
    root: buildGroup(model.tree, 'ROOT', '', 0),
    predicates: ziPredicates(),
  };
}

function buildGroup(node: ModelNode, id: string, code: string, depth: number): Group {
  const children = (node.children ?? []).map((child, position): TemplateNode => {
    const childIdentifier = childId(id, child.code ?? null, position);
    const childCode = displayCode(child.code ?? null, position);
    return child.children?.length
      ? buildGroup(child, childIdentifier, childCode, depth + 1)
      : buildIndicator(child, childIdentifier, childCode);
  });
  const level = levelAt(depth);
  return modelGroup(node, { id, code, level }, children, node.row ? { lkeRow: node.row } : undefined);
}

function buildIndicator(node: ModelNode, id: string, code: string): Indicator {
  const texts = optionTexts(node.options);
  const indicator: Indicator = {
    kind: 'indicator',
    id,
    code,
    title: (node.title ?? '').trim(),
    answerType: normaliseAnswerType(node.answer_type ?? ''),
    ...(node.penjelasan ? { guidance: node.penjelasan.trim() } : {}),
    ...(texts ? { optionTexts: texts } : {}),
    ...(node.weight !== undefined ? { weight: node.weight } : {}),
    ...(node.row ? { refs: { lkeRow: node.row } } : {}),
  };
  if (node.inputs?.length && node.formula_K) {
    const { inputs, derive } = deriveFromWorkbook(node, id);
    indicator.inputs = inputs;
    indicator.derive = derive;
  }
  return indicator;
}

const rowsIn = (formula: string): number[] => [...formula.matchAll(/K(\d+)/g)].map((m) => Number(m[1]));

/**
 * Reads the ratio a `%` row computes from its `Jumlah` inputs out of the workbook formula in column K:
 * `IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))` is 130 ÷ 129 capped at 1, the
 * discipline row `(K155-K156)/K155` floored at 0 with 1 when both are 0. An input that is itself a sum
 * (`K179+K180+K181`) is replaced by its terms.
 */
function deriveFromWorkbook(node: ModelNode, indicatorId: string): { inputs: Input[]; derive: Derivation } {
  const formula = node.formula_K as string;
  const sums = new Map<number, number[]>();
  const inputs: Input[] = [];
  const idOfRow = new Map<number, string>();
  for (const input of node.inputs ?? []) {
    if (input.formula_K) {
      sums.set(input.row as number, rowsIn(input.formula_K.replace(/^IF\(OR\([^)]*\),"Blm Diisi",/, '')));
      continue;
    }
    const inputId = `${indicatorId}.${inputs.length + 1}`;
    idOfRow.set(input.row as number, inputId);
    inputs.push({
      id: inputId,
      code: '-',
      title: (input.title ?? '').replace(/^-\s*/, '').trim(),
      answerType: 'Jumlah',
      refs: { lkeRow: input.row as number },
    });
  }
  const expand = (rows: number[]): string[] =>
    rows
      .flatMap((row) => sums.get(row) ?? [row])
      .map((row) => {
        const found = idOfRow.get(row);
        if (!found) throw new Error(`Row ${node.row}: K${row} is not an input of this indicator`);
        return found;
      });
  const requires = expand(rowsIn(/OR\(([^)]*)\)/.exec(formula)?.[1] ?? ''));
  const decrease = /\(K(\d+)-K(\d+)\)\/K(\d+)/.exec(formula);
  const ratio = /IF\(K(\d+)\/K(\d+)>1/.exec(formula);
  const onZeroDenominator = zeroDenominatorValue(node.title ?? '');
  if (decrease) {
    return {
      inputs,
      derive: {
        kind: 'ratio',
        numerator: expand([Number(decrease[1])]),
        subtract: expand([Number(decrease[2])]),
        denominator: expand([Number(decrease[3])]),
        requires,
        min: 0,
        max: 1,
        onZeroDenominator,
        ...(/AND\(K\d+=0,K\d+=0\),1/.test(formula) ? { onAllZero: 1 } : {}),
      },
    };
  }
  if (!ratio) throw new Error(`Row ${node.row}: unrecognised derived formula ${formula}`);
  return {
    inputs,
    derive: {
      kind: 'ratio',
      numerator: expand([Number(ratio[1])]),
      subtract: [],
      denominator: expand([Number(ratio[2])]),
      requires,
      min: 0,
      max: 1,
      onZeroDenominator,
    },
  };
}
