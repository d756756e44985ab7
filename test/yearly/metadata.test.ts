import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { openDocuments } from '../../service/documents/open-documents';
import { api, tempFolder } from '../documents/support';

const folder = tempFolder();
afterEach(() => openDocuments.closeAll());

describe("a document's details (agency, unit, year, model)", () => {
  it('are asked when the window makes a document, and editable later', async () => {
    const call = api();
    const view = await call('app.newDocument', {
      templateId: 'zi-2026',
      path: join(folder, 'baru.rbw'),
      metadata: { agency: 'Kab. Contoh', unit: 'Dinas Pendidikan', year: 2026, model: 'zi' },
    });
    expect(view.metadata).toMatchObject({
      agency: 'Kab. Contoh',
      unit: 'Dinas Pendidikan',
      year: 2026,
      model: 'zi',
    });
    const edited = await call('documents.setMetadata', {
      documentId: view.documentId,
      metadata: { year: 2027 },
    });
    expect(edited.metadata).toMatchObject({ agency: 'Kab. Contoh', year: 2027 });
  });

  it('are given to rbw new as options, the model too', async () => {
    const path = join(folder, 'cli.rbw');
    const out: string[] = [];
    const code = await main(
      [
        'new',
        '--template',
        'zi-2021',
        '--out',
        path,
        '--agency',
        'Kota Contoh',
        '--unit',
        'Kecamatan Timur',
        '--year',
        '2026',
        '--model',
        'rb',
      ],
      { out: (l) => out.push(l), err: (l) => out.push(l) },
    );
    expect(code, out.join('\n')).toBe(0);
    const view = await api()('documents.open', { path });
    expect(view.metadata).toMatchObject({
      agency: 'Kota Contoh',
      unit: 'Kecamatan Timur',
      year: 2026,
      model: 'rb',
    });
  });
});
