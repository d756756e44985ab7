import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import { MEGABYTE, PACKAGE_LIMITS } from './package-limits';

/** One part of a zip package as its central directory declares it. */
export interface PackagePart {
  name: string;
  packedBytes: number;
  declaredBytes: number;
  entry: yauzl.Entry;
}

/**
 * A zip package (.xlsx, .ods) opened for checking: its central directory has been read and every part's
 * declared size and packing ratio checked against PACKAGE_LIMITS, before anything is unpacked. Parts
 * are then unpacked one at a time as streams; yauzl stops a part that unpacks to more than it declared,
 * so that a zip bomb lying about its sizes costs no more than one that tells the truth.
 *
 * yauzl rather than JSZip (which exceljs uses) because it reads the central directory without unpacking
 * anything, validates actual against declared sizes while streaming, and is small and well kept (MIT).
 */
export class ZipPackage {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly parts: ReadonlyMap<string, PackagePart>,
    /** Parts the central directory lists (a name listed twice counts twice; `parts` keeps one). */
    readonly listed: number,
  ) {}

  static async open(bytes: Buffer, file: string): Promise<ZipPackage> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(bytes, {
        lazyEntries: true,
        validateEntrySizes: true,
        strictFileNames: false,
      });
    } catch (error) {
      throw corrupt(file, error);
    }
    if (zip.entryCount > PACKAGE_LIMITS.entries) {
      zip.close();
      throw refuse(file, 'workbook.tooManyParts', {
        count: zip.entryCount,
        max: PACKAGE_LIMITS.entries,
      });
    }
    const parts = new Map<string, PackagePart>();
    let total = 0;
    let listed = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        listed++;
        if (entry.isEncrypted()) throw refuse(file, 'workbook.encrypted');
        const part = {
          name: entry.fileName,
          packedBytes: entry.compressedSize,
          declaredBytes: entry.uncompressedSize,
          entry,
        };
        checkPart(part, file);
        total += part.declaredBytes;
        if (total > PACKAGE_LIMITS.totalBytes) {
          throw refuse(file, 'workbook.tooLargeUnpacked', {
            size: megabytes(total),
            max: megabytes(PACKAGE_LIMITS.totalBytes),
          });
        }
        parts.set(part.name, part);
      }
    } catch (error) {
      zip.close();
      throw error instanceof ProblemError ? error : corrupt(file, error);
    }
    return new ZipPackage(zip, parts, listed);
  }

  /** Unpacks one part as a stream of chunks; a part that unpacks to more than it declared is an error. */
  async stream(part: PackagePart): Promise<Readable> {
    return this.zip.openReadStreamPromise(part.entry);
  }

  /** Unpacks one (small) part whole, as text; undefined when the package has no such part. */
  async text(name: string, file: string): Promise<string | undefined> {
    const part = this.parts.get(name);
    if (!part) return undefined;
    const chunks: Buffer[] = [];
    await this.consume(part, file, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks).toString('utf8');
  }

  /** Unpacks a part, handing each chunk to `use`; an error from `use` stops unpacking at once. */
  async consume(part: PackagePart, file: string, use: (chunk: Buffer) => void): Promise<void> {
    let stream: Readable;
    try {
      stream = await this.stream(part);
    } catch (error) {
      throw corrupt(file, error);
    }
    let crc = 0;
    let refused: unknown;
    try {
      for await (const chunk of stream) {
        crc = crc32(chunk as Buffer, crc);
        try {
          use(chunk as Buffer);
        } catch (error) {
          refused = error;
          throw error;
        }
      }
      // yauzl checks sizes but not checksums: a flipped byte in a stored part would pass unseen.
      if (crc >>> 0 !== part.entry.crc32 >>> 0) throw new Error(`${part.name}: checksum mismatch`);
    } catch (error) {
      stream.destroy();
      if (error === refused || error instanceof ProblemError) throw error;
      throw corrupt(file, error);
    }
  }

  close(): void {
    this.zip.close();
  }
}

function checkPart(part: Omit<PackagePart, 'entry'>, file: string): void {
  if (part.declaredBytes > PACKAGE_LIMITS.entryBytes) {
    throw refuse(file, 'workbook.partTooLarge', {
      part: part.name,
      size: megabytes(part.declaredBytes),
      max: megabytes(PACKAGE_LIMITS.entryBytes),
    });
  }
  const ratio = part.declaredBytes / Math.max(part.packedBytes, 1);
  if (part.declaredBytes > PACKAGE_LIMITS.ratioFromBytes && ratio > PACKAGE_LIMITS.ratio) {
    throw refuse(file, 'workbook.packedTooTight', {
      part: part.name,
      ratio: Math.round(ratio),
      max: PACKAGE_LIMITS.ratio,
    });
  }
}

const megabytes = (bytes: number): number => Math.ceil((bytes / MEGABYTE) * 10) / 10;

export const refuse = (file: string, code: string, params: Problem['params'] = {}, sheet?: string) =>
  new ProblemError([{ code, params, where: { file, ...(sheet !== undefined ? { sheet } : {}) } }]);

export const corrupt = (file: string, error: unknown): ProblemError =>
  refuse(file, 'workbook.corrupt', { message: firstLine(error) });

export function firstLine(error: unknown): string {
  return (
    String((error as Error)?.message ?? error)
      .split('\n')[0]
      ?.slice(0, 200) ?? ''
  );
}
