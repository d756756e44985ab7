import { existsSync, rmSync } from 'node:fs';
import type { Envelope } from '../../shared/api/envelope';

/** Places outside anything the user gave the window, as the attacks of issue 12 used them. */
export const OUTSIDE = {
  document: '/etc/rbw-probe.rbw',
  workbook: '/etc/rbw-probe.xlsx',
  secret: '/etc/shadow',
  missing: '/etc/rbw-no-such-file.rbw',
} as const;

/**
 * The calls a page holding the token (or a compromised window) would make to write or probe files
 * outside: each must be refused with the same one problem, and nothing may appear there.
 */
export function attacks(documentId: string): [string, unknown][] {
  return [
    ['documents.create', { path: OUTSIDE.document, templateId: 'zi-2021' }],
    ['app.newDocument', { templateId: 'zi-2021', path: OUTSIDE.document }],
    ['documents.saveAs', { documentId, path: OUTSIDE.document }],
    ['app.export', { documentId, format: 'lke', path: OUTSIDE.workbook }],
    ['app.export', { documentId, format: 'rekap', path: '/tmp/../etc/rbw-probe.xlsx' }],
    ['documents.open', { path: OUTSIDE.secret }],
    ['app.openPath', { path: OUTSIDE.secret }],
    ['app.importWorkbook', { path: '/etc/passwd.xlsx' }],
    ['app.merge', { documentId, path: OUTSIDE.workbook }],
    // The portfolio's rekap: the folder it lists and where it is written.
    ['portfolio.export', { folder: '/etc' }],
    ['portfolio.export', { folder: '/etc', path: OUTSIDE.workbook }],
    ['plan.export', { documentId, target: '+1', path: OUTSIDE.workbook }],
    ['app.merge', { documentId, path: OUTSIDE.document, dryRun: true }],
    // Starting from last year: where the new document goes, and last year's file it reads.
    [
      'documents.startFromLastYear',
      { templateId: 'zi-2021', path: OUTSIDE.document, lastYearPath: OUTSIDE.missing },
    ],
    ['documents.startFromLastYear', { templateId: 'zi-2021', lastYearPath: '/etc/shadow.rbw' }],
    // Last year's document, which the rekap opens, named relative to this one.
    [
      'documents.setMetadata',
      { documentId, metadata: { priorYearDocument: '../../../../../../etc/shadow.rbw' } },
    ],
  ];
}

/** The envelope of a refused call: one problem, "not open to the window", naming only the path given. */
export function expectRefused(envelope: Envelope, path: string): void {
  if (envelope.ok) throw new Error(`the call to ${path} was served`);
  const [problem, ...more] = envelope.problems;
  if (more.length || problem?.code !== 'access.outside' || problem.where?.file !== path) {
    throw new Error(`unexpected answer for ${path}: ${JSON.stringify(envelope.problems)}`);
  }
}

/** Nothing was written outside (removed if it was, so that one failed run does not poison the next). */
export function writtenOutside(): string[] {
  const found = [OUTSIDE.document, OUTSIDE.workbook].filter((path) => existsSync(path));
  for (const path of found) rmSync(path, { force: true });
  return found;
}

/** The path each attack names (as the refusal names it). */
export const pathOf = (input: unknown): string => {
  const given = input as { path?: string; folder?: string; metadata?: { priorYearDocument: string } };
  return given.path ?? given.folder ?? '/etc/shadow.rbw';
};
