import { z } from 'zod';
import { requireTemplate } from '../../shared/builtin-templates/require-template';
import { mapToPortal } from '../../shared/export/portal-mapping';
import type { AnswerRecord, RecordEvidence } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import type { DocumentSession } from '../documents/document-session';
import type { Reply } from './reply';

/**
 * The PortalRB API (the portal's 2026 integration guide): the units an organisation proposes for WBK /
 * WBBM and one unit's LKE answers by the 2026 master's `soal_id`. Errors are `{error, code, message}`.
 */
export const portalError = (status: number, code: string, message: string): Reply => ({
  status,
  body: { error: true, code, message },
});

/** The unit id in a jawaban-unit path: the document's id. */
export const UnitIdSchema = z.uuid();

export interface ProposedUnit {
  id: string;
  name: string;
  year: number | null;
  afirmasi: boolean;
}

/** `GET /pengusulan/unit-wbk` and `/pengusulan/unit-wbbm`. */
export function unitsReply(kind: 'wbk' | 'wbbm', units: ProposedUnit[], thisYear: number): Reply {
  if (units.length === 0)
    return portalError(404, 'DATA_NOT_FOUND', 'Data pengusulan untuk instansi ini belum tersedia');
  const label = kind === 'wbk' ? 'WBK' : 'WBBM';
  return {
    status: 200,
    body: {
      tahun: units.find((u) => u.year !== null)?.year ?? thisYear,
      units: units.map((u) => ({
        id: u.id,
        nama: u.name,
        kategori: u.afirmasi ? `${label}-AFIRMASI` : label,
        afirmasi: u.afirmasi,
      })),
    },
  };
}

let master: TemplateIndex | undefined;

/** `GET /lke/jawaban-unit/{unit_id}`: every soal of the 2026 master, empty fields as null. */
export function answersReply(unitId: string, session: DocumentSession, thisYear: number): Reply {
  master ??= indexTemplate(requireTemplate('zi-2026', { field: 'template' }));
  // A document of another ZI template is placed on the 2026 master's questions first.
  const records: ReadonlyMap<string, AnswerRecord> =
    session.template.id === 'zi-2026'
      ? session.records
      : mapToPortal(session.index, session.records, master).records;
  const answers = [];
  for (const answerable of master.answerableOrder) {
    const refs = answerable.kind === 'indicator' ? answerable.indicator.refs : answerable.input.refs;
    const soalId = refs?.portalrbSoalId;
    if (typeof soalId !== 'number') continue;
    const r = records.get(answerable.id);
    answers.push({
      soal_id: soalId,
      jawaban_unit: text(r?.answer),
      jawaban_tpi: text(r?.reviewerAnswer),
      catatan_unit: text(r?.note),
      bukti_dukung_unit: evidenceText(r?.evidence ?? []),
      catatan_tpi: text(r?.reviewerNote),
    });
  }
  return {
    status: 200,
    body: {
      unit_id: unitId,
      nama_unit: session.metadata.unit ?? session.fileName,
      tahun: session.metadata.year ?? session.template.year ?? thisYear,
      answers,
    },
  };
}

const text = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);

/** Links first, else descriptions or file names, one per line. */
function evidenceText(evidence: readonly RecordEvidence[]): string | null {
  const lines = evidence.map((e) => e.url ?? e.text ?? e.attachment?.fileName ?? '').filter(Boolean);
  return lines.length ? lines.join('\n') : null;
}
