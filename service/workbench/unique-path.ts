import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A file name in `dir` that does not exist yet: "name.ext", else "name (2).ext", "name (3).ext", … */
export function uniquePath(dir: string, name: string, extension: string): string {
  mkdirSync(dir, { recursive: true });
  const safe = name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'dokumen';
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${safe}${n === 1 ? '' : ` (${n})`}${extension}`);
    if (!existsSync(candidate)) return candidate;
  }
}
