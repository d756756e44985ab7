import type { Group, Indicator, Template, TemplateNode } from '../../shared/template/template-schema';
import type { ModelFile, ModelNode } from './reference';
import {
  childId,
  displayCode,
  modelGroup,
  normaliseAnswerType,
  optionTexts,
  zeroDenominatorValue,
  ziAnswerTypes,
  ziPredicates,
} from './zi-common';

const LEVELS: Record<string, Group['level']> = {
  komponen: 'component',
  sub_komponen: 'sub-component',
  area_perubahan: 'area',
  sub_area: 'sub-area',
};

/**
 * The 2026 master lists `Jumlah` inputs as questions but not the `%` rows computed from them (its notes
 * refer to the 2021 workbook formulas). Each entry says which soal feed one derived row, in the same
 * order as the 2021 workbook's `%` rows, whose titles the derived rows take.
 */
const DERIVED_ROWS: {
  inputs: number[];
  numerator: number[];
  subtract?: number[];
  denominator: number[];
  onAllZero?: number;
}[] = [
  { inputs: [88, 89], numerator: [89], denominator: [88] },
  { inputs: [90, 91], numerator: [91], denominator: [90] },
  { inputs: [102, 103, 104], numerator: [102], subtract: [103], denominator: [102], onAllZero: 1 },
  { inputs: [105, 106], numerator: [106], denominator: [105] },
  { inputs: [110, 111, 112], numerator: [112], denominator: [110] },
  { inputs: [113, 114, 115, 116], numerator: [116], denominator: [113, 114, 115] },
  { inputs: [117, 118, 119, 120], numerator: [120], denominator: [117, 118, 119] },
  { inputs: [122, 123], numerator: [123], denominator: [122] },
];

/** LKE Zona Integritas 2026, from the national portal's master (PortalRB) with its Excel upload rows. */
export function buildZi2026(model: ModelFile, model2021: ModelFile): Template {
  const percentRows = collectPercentRows(model2021.tree);
  if (percentRows.length !== DERIVED_ROWS.length) {
    throw new Error(`Expected ${DERIVED_ROWS.length} % rows in the 2021 model, found ${percentRows.length}`);
  }
  return {
    format: 'rbw-template',
    schemaVersion: 1,
    id: 'zi-2026',
    version: '2026.1',
    title: 'LKE Zona Integritas 2026 (PortalRB)',
    model: 'zi',
    year: 2026,
    source: model.model,
    unanswered: 'skip',
    answerTypes: ziAnswerTypes(model),
    root: buildGroup(model.tree, 'ROOT', '', 'root', percentRows),
    predicates: ziPredicates(),
  };
}

function buildGroup(
  node: ModelNode,
  id: string,
  code: string,
  level: Group['level'],
  percentRows: ModelNode[],
): Group {
  const groups = (node.children ?? []).filter((c) => c.children?.length);
  const soal = (node.children ?? []).filter((c) => c.soal_id !== undefined);
  const children: TemplateNode[] = groups.length
    ? groups.map((child, position) =>
        buildGroup(
          child,
          childId(id, child.code ?? null, position),
          displayCode(child.code ?? null, position),
          LEVELS[child.level ?? ''] ?? 'sub-area',
          percentRows,
        ),
      )
    : buildIndicators(soal, id, level !== 'sub-area', percentRows);
  return modelGroup(
    node,
    { id, code, level },
    children,
    node.portalrb_id ? { portalrbId: node.portalrb_id } : undefined,
  );
}

/**
 * Questions in order; the `Jumlah` soal of one derived row become its inputs. Soal directly under a
 * sub-component (Hasil) carry their points; soal of a sub-area are averaged (the master's bobot of 1 on
 * soal 92 is not a weight: the sub-area carries it).
 */
function buildIndicators(
  soal: ModelNode[],
  parentId: string,
  carryPoints: boolean,
  percentRows: ModelNode[],
): Indicator[] {
  const indicators: Indicator[] = [];
  for (const item of soal) {
    const id = item.soal_id as number;
    const spec = DERIVED_ROWS.findIndex((d) => d.inputs.includes(id));
    if (spec >= 0) {
      if ((DERIVED_ROWS[spec] as (typeof DERIVED_ROWS)[number]).inputs[0] === id) {
        indicators.push(derivedIndicator(spec, soal, parentId, indicators.length, percentRows));
      }
      continue;
    }
    const position = indicators.length;
    const texts = optionTexts(item.options);
    indicators.push({
      kind: 'indicator',
      id: childId(parentId, null, position),
      code: displayCode(null, position),
      title: (item.title ?? '').trim(),
      answerType: normaliseAnswerType(item.answer_type ?? ''),
      ...(item.kriteria_nilai ? { guidance: item.kriteria_nilai.trim() } : {}),
      ...(texts ? { optionTexts: texts } : {}),
      ...(carryPoints ? { weight: item.bobot_maksimal_raw ?? 0 } : {}),
      refs: refsOf(item),
    });
  }
  return indicators;
}

function derivedIndicator(
  spec: number,
  soal: ModelNode[],
  parentId: string,
  position: number,
  percentRows: ModelNode[],
): Indicator {
  const rule = DERIVED_ROWS[spec] as (typeof DERIVED_ROWS)[number];
  const id = childId(parentId, null, position);
  const inputId = (soalId: number): string => `${id}.${rule.inputs.indexOf(soalId) + 1}`;
  const title = (percentRows[spec]?.title ?? '').trim();
  const first = soal.find((s) => s.soal_id === rule.inputs[0]);
  return {
    kind: 'indicator',
    id,
    code: displayCode(null, position),
    title,
    answerType: '%',
    ...(first?.kriteria_nilai ? { guidance: first.kriteria_nilai.trim() } : {}),
    inputs: rule.inputs.map((soalId) => {
      const item = soal.find((s) => s.soal_id === soalId) as ModelNode;
      return {
        id: inputId(soalId),
        code: '-',
        title: (item.title ?? '').trim(),
        answerType: 'Jumlah',
        refs: refsOf(item),
      };
    }),
    derive: {
      kind: 'ratio',
      numerator: rule.numerator.map(inputId),
      subtract: (rule.subtract ?? []).map(inputId),
      denominator: rule.denominator.map(inputId),
      requires: rule.inputs.map(inputId),
      min: 0,
      max: 1,
      onZeroDenominator: zeroDenominatorValue(title),
      ...(rule.onAllZero !== undefined ? { onAllZero: rule.onAllZero } : {}),
    },
  };
}

function refsOf(item: ModelNode): Record<string, number | string> {
  return {
    portalrbSoalId: item.soal_id as number,
    ...(item.excel ? { portalSheet: item.excel.sheet, portalRow: item.excel.row } : {}),
  };
}

function collectPercentRows(node: ModelNode): ModelNode[] {
  if (!node.children?.length) return node.answer_type === '%' && node.inputs?.length ? [node] : [];
  return node.children.flatMap(collectPercentRows);
}
