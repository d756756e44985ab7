import { describe, expect, it } from 'vitest';
import { fileKind } from './file-kind';

const cfb = (...streams: string[]): Uint8Array =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
  ]);

describe('telling what a file really is', () => {
  it('sees through the extension: a PDF, a password-protected workbook, a legacy .xls, a Word file', () => {
    expect(fileKind(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(fileKind(cfb('Root Entry', 'EncryptionInfo', 'EncryptedPackage'))).toBe('encrypted');
    expect(fileKind(cfb('Root Entry', 'Workbook'))).toBe('legacy-xls');
    expect(fileKind(cfb('Root Entry', 'WordDocument'))).toBe('word');
  });

  it('tells an .xlsx from an .ods and an HTML page saved as .xls', () => {
    const zip = (name: string, content = ''): Uint8Array => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      return Buffer.concat([header, Buffer.from(name + content)]);
    };
    expect(fileKind(zip('[Content_Types].xml', 'xl/workbook.xml'))).toBe('xlsx');
    expect(fileKind(zip('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
    expect(fileKind(Buffer.from('<html><table></table></html>'))).toBe('html-or-xml');
    expect(fileKind(new Uint8Array())).toBe('empty');
  });
});
