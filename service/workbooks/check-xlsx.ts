import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import JSZip from 'jszip';
import { ProblemError } from '../../shared/problem';
import { sortSheetRows } from './sort-sheet-rows';
import { SheetLimitExceeded, SheetScanner } from './sheet-scan';
import type { PackagePart } from './zip-package';
import { ZipPackage, corrupt, refuse } from './zip-package';

/**
 * Checks an .xlsx package before exceljs reads it (see PACKAGE_LIMITS): the zip's parts, their sizes
 * and packing, and every worksheet's declared dimension, row numbers, columns and cells, streaming each
 * part so that memory stays bounded whatever the file claims. Returns the bytes to read: the same
 * bytes, or — when a sheet stores its rows out of order, which exceljs reads wrongly (a shared
 * formula before its master is lost) — a copy with those rows in order. ProblemError naming the file
 * and sheet otherwise.
 */
export async function checkXlsxPackage(bytes: Buffer, file: string): Promise<Buffer> {
  return (await checkPackage(bytes, file, false)).bytes;
}

/** A checked package: the bytes to read and, when they are the file's own, its parts unpacked. */
export interface CheckedXlsx {
  bytes: Buffer;
  /**
   * Every part unpacked while it was checked, by name in the package's order, so that the reader need
   * not unpack them again; null for a package too large to hold unpacked or rewritten for reading.
   */
  parts: Map<string, Buffer> | null;
}

/** checkXlsxPackage keeping the parts it unpacked (see CheckedXlsx). */
export function checkXlsxParts(bytes: Buffer, file: string): Promise<CheckedXlsx> {
  return checkPackage(bytes, file, true);
}

/** Parts are kept unpacked up to this many bytes in all (a real LKE unpacks to under 5 MB). */
const KEEP_UNPACKED = 32 * 1024 * 1024;

/**
 * Packages found sound in this process, by digest, so that the same bytes are not unpacked and scanned
 * twice (a workbook just imported, checked again as its document opens). Only packages read as they
 * are: one that needed rewriting for the reader is checked each time. The limits are constants, so the
 * verdict on the same bytes cannot change.
 */
const sound = new Set<string>();
const SOUND_KEPT = 32;

const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('base64');

async function checkPackage(bytes: Buffer, file: string, keepParts: boolean): Promise<CheckedXlsx> {
  if (!keepParts && sound.has(digestOf(bytes))) return { bytes, parts: null };
  const checked = await checkUnpacking(bytes, file, keepParts);
  if (checked.bytes === bytes) {
    if (sound.size >= SOUND_KEPT) sound.delete(sound.values().next().value as string);
    sound.add(digestOf(bytes));
  }
  return checked;
}

async function checkUnpacking(bytes: Buffer, file: string, keepParts: boolean): Promise<CheckedXlsx> {
  const zip = await ZipPackage.open(bytes, file);
  try {
    const sheets = await worksheetNames(zip, file);
    const kept = keepParts && keepable(zip) ? new Map<string, Buffer>() : null;
    let cells = 0;
    const unordered: string[] = [];
    const padded: string[] = [];
    for (const part of zip.parts.values()) {
      const chunks: Buffer[] = [];
      const keep = kept ? (chunk: Buffer) => chunks.push(chunk) : undefined;
      const sheet = sheets.get(part.name);
      if (sheet === undefined && !/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
        await zip.consume(part, file, keep ?? (() => undefined));
      } else {
        const scan = await scanSheet(zip, part, file, sheet ?? part.name, cells, keep);
        cells += scan.cells;
        if (scan.outOfOrder) unordered.push(part.name);
        if (scan.empty > EMPTY_CELLS_KEPT) padded.push(part.name);
      }
      kept?.set(part.name, Buffer.concat(chunks));
    }
    if (!unordered.length && !padded.length) return { bytes, parts: kept };
    const slim = new Map<string, string>();
    for (const name of padded) {
      const part = zip.parts.get(name) as PackagePart;
      const filter = new EmptyCellFilter();
      await zip.consume(part, file, (chunk) => filter.write(chunk));
      slim.set(name, filter.close());
    }
    return { bytes: await rewritten(bytes, slim, unordered, file), parts: null };
  } finally {
    zip.close();
  }
}

/**
 * Whether the parts can be handed to the reader unpacked: small enough in all, and every name plain
 * ASCII as stored (a reader decoding names its own way would then find the same names).
 */
function keepable(zip: ZipPackage): boolean {
  let total = 0;
  for (const part of zip.parts.values()) {
    total += part.declaredBytes;
    const raw = part.entry.fileNameRaw;
    if (!/^[\x20-\x7e]*$/.test(part.name) || (raw && raw.toString('latin1') !== part.name)) return false;
  }
  return total <= KEEP_UNPACKED && zip.parts.size === zip.listed;
}

async function scanSheet(
  zip: ZipPackage,
  part: PackagePart,
  file: string,
  sheet: string,
  before: number,
  keep?: (chunk: Buffer) => void,
) {
  const scanner = new SheetScanner(before);
  try {
    await zip.consume(part, file, (chunk) => {
      scanner.write(chunk);
      keep?.(chunk);
    });
    return scanner.close();
  } catch (error) {
    if (error instanceof SheetLimitExceeded) throw refuse(file, error.code, error.params, sheet);
    if (error instanceof ProblemError) throw error;
    throw new ProblemError([
      {
        code: 'workbook.corrupt',
        params: { message: String((error as Error).message) },
        where: { file, sheet },
      },
    ]);
  }
}

/** Worksheet part → sheet name, from xl/workbook.xml and its relationships (for messages). */
async function worksheetNames(zip: ZipPackage, file: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = await zip.text('xl/workbook.xml', file);
  const rels = await zip.text('xl/_rels/workbook.xml.rels', file);
  if (workbook === undefined || rels === undefined) return names;
  const targets = new Map<string, string>();
  for (const [, attributes = ''] of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id && target) targets.set(id, target);
  }
  for (const [, attributes = ''] of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attribute(attributes, 'name');
    const target = targets.get(attribute(attributes, 'r:id') ?? '');
    if (name === undefined || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
    names.set(path, name);
  }
  return names;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? '';
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });

/** Style-only cells beyond this many in a sheet are dropped before exceljs reads it. */
const EMPTY_CELLS_KEPT = 20_000;

/**
 * The package with some sheet parts replaced (style-only cells dropped) and the rows of others put in
 * order (sizes were checked before). Only reading uses it; the workbook's own bytes stay as they are.
 */
async function rewritten(
  bytes: Buffer,
  slim: Map<string, string>,
  unordered: string[],
  file: string,
): Promise<Buffer> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const [name, xml] of slim) zip.file(name, xml);
    for (const name of unordered) {
      const xml = slim.get(name) ?? (await zip.file(name)?.async('string'));
      if (xml !== undefined) zip.file(name, sortSheetRows(xml));
    }
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  } catch (error) {
    throw corrupt(file, error);
  }
}

/**
 * A sheet's XML without its style-only cells, chunk by chunk: LibreOffice saves a row formatted to the
 * sheet's end as 16,384 such cells — 70 MB of XML for a 212-row LKE, which exceljs would take 20 s and
 * a gigabyte to read though not one of those cells holds anything.
 */
class EmptyCellFilter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private readonly kept: string[] = [];

  write(chunk: Buffer): void {
    const text = this.pending + this.decoder.write(chunk);
    const open = text.lastIndexOf('<');
    const complete = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
    this.kept.push(text.slice(0, complete).replace(EMPTY_CELL, ''));
    this.pending = text.slice(complete);
  }

  close(): string {
    this.kept.push((this.pending + this.decoder.end()).replace(EMPTY_CELL, ''));
    return this.kept.join('');
  }
}

const EMPTY_CELL = /<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*\/>/g;
