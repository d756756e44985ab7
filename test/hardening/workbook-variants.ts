import JSZip from 'jszip';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/** The real, filled ZI workbook (read at test time, never copied into the repo). */
export const REAL_WORKBOOK = '../shared/reference/workbooks/lke-zi-2021-filled.xlsx';
/** Its LKE sheet's part and the total its formulas give (SOURCES.md: 'LKE ZI'!L208 = 95.5762). */
export const LKE_PART = 'xl/worksheets/sheet3.xml';
export const REAL_TOTAL = 95.5762;

/** The real workbook with its LKE sheet's XML changed by `change`. */
export async function withLkeSheet(change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
  const xml = (await zip.file(LKE_PART)?.async('string')) as string;
  zip.file(LKE_PART, change(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The real workbook with parts added (name → content). */
export async function withParts(parts: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const rowsOf = (xml: string): string[] => xml.match(/<row [\s\S]*?<\/row>|<row [^>]*\/>/g) ?? [];

/** The sheet's rows stored in reverse order (as some tools write them); Excel reads them all the same. */
export const reverseRows = (xml: string): string => {
  const rows = rowsOf(xml);
  const start = xml.indexOf(rows[0] as string);
  const end = xml.lastIndexOf(rows.at(-1) as string) + (rows.at(-1) as string).length;
  return xml.slice(0, start) + [...rows].reverse().join('') + xml.slice(end);
};

/** One more row at the end of the sheet, numbered `row`, holding one text cell in column `col`. */
export const appendRow =
  (row: number, col = 'A') =>
  (xml: string): string =>
    xml.replace(
      '</sheetData>',
      `<row r="${row}"><c r="${col}${row}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
    );

/** The sheet's declared dimension set to `ref`. */
export const declareDimension =
  (ref: string) =>
  (xml: string): string =>
    xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`);

/**
 * A zip bomb shaped like a workbook, written to `path` by streaming (never held in memory): the real
 * workbook's small parts plus a worksheet part of `gigabytes` GB of spaces, which deflate packs about
 * 1,000 to 1. With `lie`, the zip's directory declares that part as 1 KB (sizes in a zip are only
 * claims). Returns the file's size.
 */
export async function writeZipBomb(path: string, gigabytes: number, lie = false): Promise<number> {
  const out = createWriteStream(path);
  let offset = 0;
  const write = async (chunk: Buffer): Promise<void> => {
    offset += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const central: Buffer[] = [];
  const addEntry = async (name: string, packed: Buffer[], size: number, crc: number): Promise<void> => {
    const packedSize = packed.reduce((n, b) => n + b.length, 0);
    const nameBytes = Buffer.from(name);
    const declared = lie ? Math.min(size, 1024) : size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(packedSize, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const at = offset;
    await write(Buffer.concat([header, nameBytes]));
    for (const chunk of packed) await write(chunk);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(packedSize, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(at, 42);
    central.push(entry, nameBytes);
  };
  const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]?.dir)) {
    const content =
      name === LKE_PART ? Buffer.alloc(0) : ((await zip.file(name)?.async('nodebuffer')) as Buffer);
    if (name === LKE_PART) {
      const { packed, size, crc } = await deflateSpaces(gigabytes);
      await addEntry(name, packed, size, crc);
    } else {
      const packed = await deflate(content);
      await addEntry(name, [packed], content.length, crc32(content));
    }
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(directory);
  await write(end);
  out.end();
  await once(out, 'finish');
  return offset;
}

async function deflate(bytes: Buffer): Promise<Buffer> {
  const stream = createDeflateRaw();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.end(bytes);
  await once(stream, 'end');
  return Buffer.concat(chunks);
}

/** `gigabytes` GB of spaces, deflated as a stream: the packed chunks, the size and the CRC-32. */
async function deflateSpaces(gigabytes: number): Promise<{ packed: Buffer[]; size: number; crc: number }> {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  const blocks = Math.round(gigabytes * 1024);
  const stream = createDeflateRaw({ level: 9 });
  const packed: Buffer[] = [];
  stream.on('data', (c: Buffer) => packed.push(c));
  let crc = 0;
  for (let i = 0; i < blocks; i++) {
    crc = crc32(block, crc);
    if (!stream.write(block)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'end');
  return { packed, size: blocks * block.length, crc };
}

/**
 * The real workbook with its first three evidence hyperlinks pointing at a script, a local file and a
 * UNC share, as a hostile workbook would: opening them from the workbench must never run or open them.
 */
export async function withHostileLinks(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
  const name = 'xl/worksheets/_rels/sheet3.xml.rels';
  let rels = (await zip.file(name)?.async('string')) as string;
  for (const [id, target] of Object.entries(HOSTILE_LINKS)) {
    rels = rels.replace(new RegExp(`(Id="${id}"[^>]*Target=")[^"]*"`), `$1${target}"`);
  }
  zip.file(name, rels);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The hyperlinks withHostileLinks plants, by relationship id (cells Q86, Q87, Q88 of 'LKE ZI'). */
export const HOSTILE_LINKS: Record<string, string> = {
  rId1: 'javascript:alert(document.cookie)',
  rId2: 'file:///etc/passwd',
  rId3: '\\\\server\\share\\bukti.pdf',
};

/** The real workbook with its hidden sheet 'Utama' replaced by `rows` × 30 numbers. */
export async function withBigHiddenSheet(rows: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(REAL_WORKBOOK));
  const columns = Array.from({ length: 30 }, (_, c) =>
    String.fromCharCode(65 + (c % 26)).repeat(c < 26 ? 1 : 2),
  );
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(
      `<row r="${r}">${columns.map((col, c) => `<c r="${col}${r}"><v>${r * c}</v></c>`).join('')}</row>`,
    );
  }
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${body.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
