import { problemsOf } from '../documents/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSession } from '../../service/documents/document-session';
import { exportDocument } from '../../service/export/export-document';
import { builtinDocument, exportFolder } from './support';

const folder = exportFolder();
let session: DocumentSession;

/** Whatever the export did, the folder holds no temporary file and the document did not change. */
function expectNothingLeftAndDocumentUntouched(revision: number): void {
  expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(session.undoState().revision).toBe(revision);
}

beforeAll(async () => {
  session = await builtinDocument(folder, 'lke.rbw', 'zi-2021', { 'A.I.1.i.a': { answer: 'Ya' } });
});

afterAll(() => session?.close());

describe('writing an export safely', () => {
  it('refuses a workbook open in LibreOffice (its lock file) and leaves the file as it was', async () => {
    const target = join(folder, 'terbuka.xlsx');
    writeFileSync(target, 'the copy on screen');
    writeFileSync(join(folder, '.~lock.terbuka.xlsx#'), ',tester,host,01.01.2026 10:00,file:///');
    const revision = session.undoState().revision;
    const problems = await problemsOf(exportDocument(session, { format: 'lke', path: target }));
    expect(problems).toEqual([
      {
        code: 'export.openElsewhere',
        params: { app: 'LibreOffice', lock: '.~lock.terbuka.xlsx#' },
        where: { file: 'terbuka.xlsx' },
      },
    ]);
    expect(readFileSync(target, 'utf8')).toBe('the copy on screen');
    expectNothingLeftAndDocumentUntouched(revision);
  });

  it('refuses a workbook open in Excel (its ~$ owner file)', async () => {
    const target = join(folder, 'excel.xlsx');
    writeFileSync(join(folder, '~$excel.xlsx'), 'owner');
    const problems = await problemsOf(exportDocument(session, { format: 'rekap', path: target }));
    expect(problems.map((p) => [p.code, p.params?.app])).toEqual([['export.openElsewhere', 'Excel']]);
  });

  it('refuses a read-only file and leaves it as it was', async () => {
    const target = join(folder, 'hanya-baca.xlsx');
    writeFileSync(target, 'final version');
    chmodSync(target, 0o444);
    const revision = session.undoState().revision;
    const problems = await problemsOf(exportDocument(session, { format: 'lke', path: target }));
    expect(problems).toEqual([{ code: 'export.readOnly', where: { file: 'hanya-baca.xlsx' } }]);
    expect(readFileSync(target, 'utf8')).toBe('final version');
    expectNothingLeftAndDocumentUntouched(revision);
  });

  it('refuses any name but .xlsx, so that an export can never land on the document itself', async () => {
    const problems = await problemsOf(exportDocument(session, { format: 'lke', path: session.path }));
    expect(problems).toEqual([{ code: 'export.notXlsx', where: { file: 'lke.rbw' } }]);
  });

  it('refuses a folder that does not exist', async () => {
    const problems = await problemsOf(
      exportDocument(session, { format: 'lke', path: join(folder, 'x', 'a.xlsx') }),
    );
    expect(problems.map((p) => p.code)).toEqual(['export.noFolder']);
  });

  it('replaces a closed file with the complete export, through a temporary file', async () => {
    const target = join(folder, 'lama.xlsx');
    writeFileSync(target, 'last week');
    const before = statSync(target).ino;
    const result = await exportDocument(session, { format: 'lke', path: target });
    expect(result).toMatchObject({ path: target, fileName: 'lama.xlsx', format: 'lke' });
    // A new file moved into place, not the old one written over in place.
    expect(statSync(target).ino).not.toBe(before);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    expectNothingLeftAndDocumentUntouched(session.undoState().revision);
  });

  it('refuses the 2026 upload of one pokja: the portal takes a unit’s whole LKE', async () => {
    mkdirSync(join(folder, 'p'), { recursive: true });
    const problems = await problemsOf(
      exportDocument(session, { format: 'portal2026', pokja: 'Pokja 1', path: join(folder, 'p', 'a.xlsx') }),
    );
    expect(problems.map((p) => p.code)).toEqual(['export.pokjaNotForPortal']);
  });
});
