/**
 * What users type into a cell, read the way they mean it: `y` for Ya, `Mei 2026` for a target month,
 * a status in words. Anything not recognised goes to the service as typed (which names what is wrong).
 */

const MONTHS: Record<'id' | 'en', readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `2026-05` as "Mei 2026" (or "May 2026"). */
export function monthText(month: string | null, language: string): string {
  if (!month) return '';
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const names = MONTHS[language === 'en' ? 'en' : 'id'];
  return `${names[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/**
 * A target month as typed: "Mei 2026", "mei 26", "Agu 2026", "05/2026", "5-2026", "2026-05". Returns
 * `YYYY-MM`, or the text unchanged when it is no month.
 */
export function parseMonth(text: string): string {
  const typed = text.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(typed);
  if (iso) return month(Number(iso[1]), Number(iso[2])) ?? text;
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(typed);
  if (numeric) return month(year(numeric[2] as string), Number(numeric[1])) ?? text;
  const named = /^([a-z]+)\.?\s+(\d{2}|\d{4})$/.exec(typed);
  if (named) {
    const name = named[1] as string;
    const index = [...MONTHS.id, ...MONTHS.en].findIndex(
      (m) => name.length >= 3 && m.toLowerCase().startsWith(name),
    );
    if (index >= 0) return month(year(named[2] as string), (index % 12) + 1) ?? text;
  }
  return text;
}

const year = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const month = (y: number, m: number) => (m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}` : null);

/**
 * An answer typed as the start of one option: `y` → Ya, `t` → Tidak, `b` → B. Only a start that fits
 * exactly one option is expanded.
 */
export function expandAnswer(text: string, options: readonly string[]): string {
  const typed = text.trim().toLowerCase();
  if (!typed) return text;
  const exact = options.find((o) => o.toLowerCase() === typed);
  if (exact) return exact;
  const fits = options.filter((o) => o.toLowerCase().startsWith(typed));
  return fits.length === 1 ? (fits[0] as string) : text;
}

/** A status typed in words ("Proses", "done") as its key; other text unchanged. */
export function parseStatus(text: string, labels: Record<string, string>): string {
  const typed = text.trim().toLowerCase();
  for (const [key, label] of Object.entries(labels)) {
    if (typed === key || typed === label.toLowerCase()) return key;
  }
  return text;
}
