import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The reference folder: $RBW_REFERENCE, else ../shared/reference beside the repository. */
export const referenceDir = process.env.RBW_REFERENCE ?? resolve(repoRoot, '..', 'shared', 'reference');

/** The real, filled LKE ZI 2021 workbook of the reference material. */
export const REAL_WORKBOOK = join(referenceDir, 'workbooks', 'lke-zi-2021-filled.xlsx');

export function readModel(name: string): ModelFile {
  return JSON.parse(readFileSync(join(referenceDir, 'models', name), 'utf8')) as ModelFile;
}

/** The parts of a reference model file the generators read. */
export interface ModelFile {
  model: string;
  source: unknown;
  answer_values: Record<string, Record<string, number>>;
  tree: ModelNode;
}

export interface ModelOption {
  key: string;
  value: number;
  label?: string;
}

export interface ModelNode {
  code?: string | null;
  title?: string;
  weight?: number;
  row?: number;
  level?: string;
  portalrb_id?: number;
  soal_id?: number;
  answer_type?: string;
  penjelasan?: string;
  kriteria_nilai?: string;
  bobot_maksimal_raw?: number;
  options?: ModelOption[];
  formula_K?: string | null;
  formula_L?: string;
  role?: string;
  inputs?: ModelNode[];
  excel?: { sheet: string; row: number };
  children?: ModelNode[];
}
