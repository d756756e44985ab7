/**
 * The numbering of LKE rows: "A." components, "I." sub-components, "1." areas, "i." sub-areas, "a."
 * questions and "-" for unnumbered ones. Used to tell a code from a title and to notice where a list
 * restarts (a sub-area split into sub-sub-areas numbered "i." again).
 */

export type NumberingStyle =
  'upper-letter' | 'upper-roman' | 'digit' | 'lower-roman' | 'lower-letter' | 'dash';

export interface Numbering {
  style: NumberingStyle;
  /** 1 for "a", "i", "1", "A", "I"; 0 for "-". */
  ordinal: number;
}

const CODE = /^\(?([A-Za-z]{1,4}|\d{1,3})[.)]?$/;
const EMBEDDED = /^\(?([A-Za-z]|[IVXivx]{1,4}|\d{1,3})[.)]\s+(\S[\s\S]*)$/;
const DASH = /^[-–—•·*]$/;
const DASH_TITLE = /^[-–—•·]\s*(\S[\s\S]*)$/;

/** Whether a cell's text is a code on its own ("a.", "iii.", "1", "-"). */
export function isCode(text: string): boolean {
  const trimmed = text.trim();
  if (DASH.test(trimmed)) return true;
  const match = CODE.exec(trimmed);
  return !!match && readings(match[1] as string).length > 0;
}

/** A title that starts with its code ("a. Terdapat …", "- Jumlah …"): the code and the rest. */
export function splitEmbeddedCode(text: string): { code: string; title: string } | null {
  const trimmed = text.trim();
  const dash = DASH_TITLE.exec(trimmed);
  if (dash) return { code: '-', title: (dash[1] as string).trim() };
  const match = EMBEDDED.exec(trimmed);
  if (!match || !readings(match[1] as string).length) return null;
  return {
    code: trimmed.slice(0, trimmed.length - (match[2] as string).length).trim(),
    title: match[2] as string,
  };
}

/** Every way a code can be read: "i" is the roman one or the letter i. */
export function readings(code: string): Numbering[] {
  const core = code.trim().replace(/^\(/, '').replace(/[.)]$/, '');
  if (DASH.test(core) || core === '') return DASH.test(core) ? [{ style: 'dash', ordinal: 0 }] : [];
  if (/^\d{1,3}$/.test(core)) return [{ style: 'digit', ordinal: Number(core) }];
  const found: Numbering[] = [];
  const roman = romanValue(core);
  if (roman !== null)
    found.push({ style: core === core.toUpperCase() ? 'upper-roman' : 'lower-roman', ordinal: roman });
  if (/^[A-Za-z]$/.test(core)) {
    const upper = core === core.toUpperCase();
    found.push({
      style: upper ? 'upper-letter' : 'lower-letter',
      ordinal: core.toLowerCase().charCodeAt(0) - 96,
    });
  }
  return found;
}

/** Whether `next` continues the list `previous` belongs to ("ii." after "i.", "c." after "b."). */
export function continues(previous: string, next: string): boolean {
  return readings(previous).some((p) =>
    readings(next).some((n) => n.style === p.style && p.style !== 'dash' && n.ordinal === p.ordinal + 1),
  );
}

/** Whether a code starts a list ("a.", "i.", "1.", "A.", "I."). */
export function startsList(code: string): boolean {
  return readings(code).some((r) => r.ordinal === 1);
}

/** Whether two codes are written in the same style (both lower roman, both digits…). */
export function sameStyle(a: string, b: string): boolean {
  return readings(a).some((x) => readings(b).some((y) => x.style === y.style));
}

function romanValue(text: string): number | null {
  if (!/^(?:[IVXLC]+|[ivxlc]+)$/.test(text)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i] as string] as number;
    const following = values[lower[i + 1] as string] ?? 0;
    total += value < following ? -value : value;
  }
  // Only canonical numerals up to 39 ("iv", "xii"): "vx" or "iiii" are not numbering.
  const canonical = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  const tens = ['', 'x', 'xx', 'xxx'];
  if (total < 1 || total > 39) return null;
  return `${tens[Math.floor(total / 10)]}${canonical[total % 10]}` === lower ? total : null;
}
