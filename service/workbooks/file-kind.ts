/**
 * What a file really is, from its first bytes and its structure, whatever its extension says: users
 * rename PDFs to .xlsx, save HTML as .xls, and receive password-protected workbooks.
 */
export type FileKind =
  | 'xlsx'
  | 'ods'
  | 'legacy-xls'
  | 'html-or-xml'
  | 'encrypted'
  | 'pdf'
  | 'word'
  | 'other-zip'
  | 'empty'
  | 'unknown';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'pdf';
  if (CFB.every((b, i) => head[i] === b)) return cfbKind(Buffer.from(bytes));
  if (head[0] === 0x50 && head[1] === 0x4b) return zipKind(Buffer.from(bytes));
  const text = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart().toLowerCase();
  if (text.startsWith('<?xml') || text.startsWith('<html') || text.startsWith('<!doctype html'))
    return 'html-or-xml';
  return 'unknown';
}

/** Compound files: encrypted OOXML keeps its package in "EncryptedPackage"; old .xls in "Workbook". */
function cfbKind(bytes: Buffer): FileKind {
  const has = (name: string): boolean => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'legacy-xls';
  if (has('WordDocument')) return 'word';
  return 'unknown';
}

function zipKind(bytes: Buffer): FileKind {
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== 0x04034b50) return 'unknown';
  if (bytes.subarray(30, 38).toString('latin1') === 'mimetype') {
    const mime = bytes.subarray(38, 38 + 60).toString('latin1');
    if (mime.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  }
  if (bytes.includes(Buffer.from('xl/workbook'))) return 'xlsx';
  if (bytes.includes(Buffer.from('word/document'))) return 'word';
  return 'other-zip';
}
