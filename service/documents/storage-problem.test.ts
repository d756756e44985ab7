import { describe, expect, it } from 'vitest';
import { storageProblem } from './storage-problem';

const failure = (code: string) => Object.assign(new Error(`${code} happened`), { code });

describe('storage failures as problems', () => {
  it('names the file and tells a damaged file, a busy one, a full disk and an unwritable one apart', () => {
    const codes = [
      'SQLITE_CORRUPT',
      'SQLITE_NOTADB',
      'SQLITE_BUSY',
      'SQLITE_FULL',
      'SQLITE_READONLY',
      'EACCES',
    ];
    expect(codes.map((code) => storageProblem(failure(code), 'lke.rbw')?.problems[0])).toEqual([
      { code: 'document.damaged', params: { detail: 'SQLITE_CORRUPT happened' }, where: { file: 'lke.rbw' } },
      { code: 'document.damaged', params: { detail: 'SQLITE_NOTADB happened' }, where: { file: 'lke.rbw' } },
      { code: 'document.busy', params: { detail: 'SQLITE_BUSY happened' }, where: { file: 'lke.rbw' } },
      { code: 'document.diskFull', params: { detail: 'SQLITE_FULL happened' }, where: { file: 'lke.rbw' } },
      {
        code: 'document.readOnly',
        params: { detail: 'SQLITE_READONLY happened' },
        where: { file: 'lke.rbw' },
      },
      { code: 'document.cannotWrite', params: { detail: 'EACCES happened' }, where: { file: 'lke.rbw' } },
    ]);
  });

  it('leaves a bug a bug', () => {
    expect(storageProblem(new TypeError('x is undefined'), 'lke.rbw')).toBeUndefined();
    expect(storageProblem(failure('SQLITE_ERROR'), 'lke.rbw')).toBeUndefined();
  });
});
