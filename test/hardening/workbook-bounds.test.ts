import CFB from 'cfb';
import JSZip from 'jszip';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readWorkbookFile } from '../../service/workbooks/read-workbook';
import { convertFiles, findSoffice } from '../../service/workbooks/libreoffice';
import { ProblemError } from '../../shared/problem';
import { expectOneLine, runRbw } from './run-rbw';
import {
  REAL_TOTAL,
  REAL_WORKBOOK,
  appendRow,
  declareDimension,
  reverseRows,
  withBigHiddenSheet,
  withLkeSheet,
  withParts,
  writeZipBomb,
} from './workbook-variants';

// Each case runs rbw as whole processes: generous on a loaded two-core machine (a ceiling, not a benchmark).
vi.setConfig({ testTimeout: 360_000 });

// Hangs and runaway memory are bounded by the harness: the test timeout above and each rbw process's
// limits (PROCESS_LIMITS in run-rbw.ts: killed after its time, a bounded heap). How fast and how small
// the refusals are is measured by the bench (bench/cases/bounds.ts), not asserted here.
const folder = mkdtempSync(join(tmpdir(), 'rbw-hostile-'));
const listing = (dir: string): string[] => readdirSync(dir).sort();

/** Writes `bytes` as `name` in a folder of its own (so that "nothing was created" can be checked). */
function place(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(folder, 'case-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** `rbw score FILE`: one line naming the file, exit 1, within the process's limits, nothing created. */
async function refusedScore(path: string, name: string): Promise<string> {
  const dir = join(path, '..');
  const before = listing(dir);
  const run = await runRbw(['score', path]);
  const line = expectOneLine(run, 'score', name);
  expect(listing(dir)).toEqual(before);
  return line;
}

describe('a workbook package over the limits is refused before anything is built', () => {
  it('a 90 KB sheet numbering one row 99,999,999: one line naming the sheet, in bounded time and memory', async () => {
    const path = place('baris-jauh.xlsx', await withLkeSheet(appendRow(99_999_999)));
    expect(await refusedScore(path, 'baris-jauh.xlsx')).toBe(
      'rbw score: baris-jauh.xlsx: lembar "LKE ZI": lembar memakai atau menyatakan baris 99999999; workbench ' +
        'membaca sampai baris 100000 (LKE asli beberapa ribu baris). Hapus baris di bawah baris 100000 di ' +
        'Excel lalu simpan ulang',
    );
  });

  it('a 1.1 GB zip bomb, declared or lying about its size, is refused without unpacking it', async () => {
    const honest = join(mkdtempSync(join(folder, 'bomb-')), 'bom.xlsx');
    await writeZipBomb(honest, 1.1);
    const problems = await problemsOf(readWorkbookFile(honest));
    expect(problems.map((p) => p.code)).toEqual(['workbook.partTooLarge']);
    expect(await refusedScore(honest, 'bom.xlsx')).toMatch(
      /^rbw score: bom\.xlsx: bagian xl\/worksheets\/sheet3\.xml berukuran 1126 MB setelah dibuka, melebihi 200 MB/,
    );

    const lying = join(mkdtempSync(join(folder, 'bomb-')), 'bom-bohong.xlsx');
    await writeZipBomb(lying, 1.1, true);
    expect(await refusedScore(lying, 'bom-bohong.xlsx')).toBe(
      'rbw score: bom-bohong.xlsx: berkas rusak atau bukan buku kerja Excel yang utuh; minta salinan baru ' +
        'atau simpan ulang di Excel sebagai .xlsx',
    );
  });

  it('a part packed far tighter than any workbook (a smaller bomb under the size limit)', async () => {
    const path = place(
      'padat.xlsx',
      await withParts({ 'xl/media/padding.bin': Buffer.alloc(40 * 1024 * 1024, 32) }),
    );
    expect(await refusedScore(path, 'padat.xlsx')).toMatch(
      /^rbw score: padat\.xlsx: bagian xl\/media\/padding\.bin membesar \d+ kali ukuran terkemasnya \(paling banyak 200\): bom kompresi/,
    );
  });

  it('a package of more parts than the limit', async () => {
    const parts = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`xl/extra/p${i}.xml`, '<x/>']));
    const path = place('banyak-bagian.xlsx', await withParts(parts));
    expect(await refusedScore(path, 'banyak-bagian.xlsx')).toMatch(
      /^rbw score: banyak-bagian\.xlsx: paket berkas berisi 20\d\d bagian, melebihi 2000/,
    );
  });

  it('a sheet declaring the whole grid, and one using a column past the limit', async () => {
    const declared = place('dimensi.xlsx', await withLkeSheet(declareDimension('A1:XFD1048576')));
    expect(await refusedScore(declared, 'dimensi.xlsx')).toMatch(
      /^rbw score: dimensi\.xlsx: lembar "LKE ZI": lembar memakai atau menyatakan baris 1048576/,
    );
    const wide = place('lebar.xlsx', await withLkeSheet(appendRow(230, 'AMK')));
    expect(await refusedScore(wide, 'lebar.xlsx')).toMatch(
      /^rbw score: lebar\.xlsx: lembar "LKE ZI": lembar memakai atau menyatakan kolom ke-1025; workbench membaca sampai kolom ke-1024/,
    );
  });

  it('more cells than the limit, in a hidden sheet: refused naming the sheet, in bounded memory', async () => {
    const path = place('sel.xlsx', await withBigHiddenSheet(17_000));
    expect(await refusedScore(path, 'sel.xlsx')).toBe(
      'rbw score: sel.xlsx: lembar "Utama": buku kerja berisi lebih dari 500000 sel (LKE asli di bawah 100.000); ' +
        'hapus lembar atau baris yang tidak perlu di Excel lalu simpan ulang',
    );
  });

  it('a file larger than the limit is refused before it is read', async () => {
    const dir = mkdtempSync(join(folder, 'big-'));
    const path = join(dir, 'besar.xlsx');
    copyFileSync(REAL_WORKBOOK, path);
    truncateSync(path, 60 * 1024 * 1024); // sparse: costs no disk
    expect(await refusedScore(path, 'besar.xlsx')).toBe(
      'rbw score: besar.xlsx: berkas berukuran 60 MB, melebihi 50 MB yang dibaca workbench (LKE asli di bawah 1 MB); ' +
        'periksa bahwa ini berkas yang benar',
    );
  });

  it('a byte flipped inside a part is found by its checksum', async () => {
    const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const at = stored.indexOf(Buffer.from('<sheetData>')) + 200;
    stored[at] = (stored[at] as number) ^ 0x01;
    const path = place('terbalik.xlsx', stored);
    expect(await refusedScore(path, 'terbalik.xlsx')).toMatch(
      /^rbw score: terbalik\.xlsx: (lembar "[^"]+": )?berkas rusak/,
    );
  });
});

describe('rows stored out of order in the sheet XML', () => {
  it('give the total Excel computes (95.5762), not another', async () => {
    const path = place('urutan-terbalik.xlsx', await withLkeSheet(reverseRows));
    const run = await runRbw(['score', path, '--rule', 'workbook', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).total).toBeCloseTo(REAL_TOTAL, 4);
  });
});

describe('password-protected legacy and OpenDocument workbooks', () => {
  const soffice = findSoffice();
  let converted: { xls: string; ods: string };
  beforeAll(async () => {
    if (!soffice) return;
    const dir = mkdtempSync(join(folder, 'lo-'));
    const source = join(dir, 'lke.xlsx');
    copyFileSync(REAL_WORKBOOK, source);
    await convertFiles(soffice, [source], join(dir, 'xls'), 'xls');
    await convertFiles(soffice, [source], join(dir, 'ods'), 'ods');
    converted = { xls: join(dir, 'xls', 'lke.xls'), ods: join(dir, 'ods', 'lke.ods') };
  }, 120_000);

  it.skipIf(!soffice)('a .xls with a password says "protected", without asking LibreOffice', async () => {
    const container = CFB.read(readFileSync(converted.xls), { type: 'buffer' });
    const stream = Buffer.from(CFB.find(container, 'Workbook')?.content as Uint8Array);
    const bofLength = 4 + stream.readUInt16LE(2);
    // FILEPASS (0x002F) right after BOF, as Excel writes it for XOR obfuscation with a password.
    const filepass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56]);
    const encrypted = Buffer.concat([stream.subarray(0, bofLength), filepass, stream.subarray(bofLength)]);
    CFB.utils.cfb_del(container, '/Workbook');
    CFB.utils.cfb_add(container, '/Workbook', encrypted);
    const path = place('berkunci.xls', Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array));
    const run = await runRbw(['score', path], { env: { RBW_SOFFICE: '/nonexistent/soffice' } });
    expect(expectOneLine(run, 'score', 'berkunci.xls')).toBe(
      'rbw score: berkunci.xls: buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya ' +
        '(File › Info › Protect Workbook) lalu simpan ulang',
    );
  });

  it.skipIf(!soffice)('an .ods with a password says "protected", without asking LibreOffice', async () => {
    const zip = await JSZip.loadAsync(readFileSync(converted.ods));
    const manifest = (await zip.file('META-INF/manifest.xml')?.async('string')) as string;
    zip.file(
      'META-INF/manifest.xml',
      manifest.replace(
        /(<manifest:file-entry [^>]*manifest:full-path="content\.xml"[^>]*?)\/>/,
        '$1><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">' +
          '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>' +
          '</manifest:encryption-data></manifest:file-entry>',
      ),
    );
    zip.file('content.xml', Buffer.alloc(4096, 0x5a));
    // The mimetype entry stays first and stored, as ODF requires (that is how the kind is recognised).
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const path = place('berkunci.ods', bytes);
    const run = await runRbw(['score', path], { env: { RBW_SOFFICE: '/nonexistent/soffice' } });
    expect(expectOneLine(run, 'score', 'berkunci.ods')).toMatch(
      /^rbw score: berkunci\.ods: buku kerja dilindungi kata sandi/,
    );
  });
});

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problems;
    throw error;
  }
  throw new Error('expected a refusal');
}

mkdirSync(folder, { recursive: true });
