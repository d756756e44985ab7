import type { RecordEvidence } from '../../shared/records/answer-record';

/** Evidence as one line per item, "description | link", which is also how it is typed and pasted. */
export function evidenceText(evidence: readonly RecordEvidence[]): string {
  return evidence.map((e) => [e.text, e.url].filter(Boolean).join(' | ')).join('\n');
}
