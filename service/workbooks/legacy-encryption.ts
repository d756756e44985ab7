import CFB from 'cfb';
import { ZipPackage } from './zip-package';

const BOF = 0x0809;
const FILEPASS = 0x002f;
const EOF = 0x000a;

/**
 * Whether a legacy .xls is password-protected: its Workbook stream (read from the compound file with
 * SheetJS's `cfb`) carries a FILEPASS record in the workbook globals, right after BOF, for every kind
 * of .xls encryption (XOR, RC4, RC4 CryptoAPI). LibreOffice would only say that it cannot convert it.
 */
export function isEncryptedXls(bytes: Uint8Array): boolean {
  let stream: Uint8Array | undefined;
  try {
    const container = CFB.read(bytes, { type: 'buffer' });
    const entry = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
    stream = entry?.content ? Uint8Array.from(entry.content) : undefined;
  } catch {
    return false;
  }
  if (!stream || stream.length < 4) return false;
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (view.getUint16(0, true) !== BOF) return false;
  // Globals end at their EOF record; FILEPASS, when present, comes within the first few records.
  for (let at = 0, seen = 0; at + 4 <= stream.length && seen < 64; seen++) {
    const type = view.getUint16(at, true);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    at += 4 + view.getUint16(at + 2, true);
  }
  return false;
}

/**
 * Whether an OpenDocument package (.ods) is password-protected: its manifest gives encryption data for
 * the parts it encrypted. The package's parts and sizes are checked like an .xlsx's on the way.
 */
export async function isEncryptedOds(bytes: Buffer, file: string): Promise<boolean> {
  const zip = await ZipPackage.open(bytes, file);
  try {
    const manifest = await zip.text('META-INF/manifest.xml', file);
    return manifest !== undefined && /<(?:\w+:)?encryption-data\b/.test(manifest);
  } finally {
    zip.close();
  }
}
