import JSZip from 'jszip';

/** A worksheet part larger than this is read for empty cells before exceljs parses it. */
const LARGE_PART = 2 * 1024 * 1024;
const EMPTY_CELL = /<c [^>]*\/>/g;

/**
 * The workbook without the empty cells that only carry a style. LibreOffice saves a sheet whose rows are
 * formatted to the last column as 16,384 such cells a row (`<dimension ref="A1:XFD212"/>`): 70 MB of XML
 * that would cost exceljs 20 s and a gigabyte to read, though not one of those cells holds anything.
 * Only reading uses the slimmed copy; the workbook itself (and its formatting) is kept as it was.
 */
export async function slimForReading(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const large = Object.values(zip.files).filter(
    (file) => /^xl\/worksheets\/[^/]+\.xml$/.test(file.name) && uncompressedSize(file) > LARGE_PART,
  );
  if (!large.length) return bytes;
  for (const file of large) zip.file(file.name, (await file.async('string')).replace(EMPTY_CELL, ''));
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

function uncompressedSize(file: JSZip.JSZipObject): number {
  // JSZip keeps the size the zip directory declares; it is not part of its typed surface.
  return (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}
