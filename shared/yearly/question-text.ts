/**
 * The text of a question as it is compared between two years' templates: lower case, accents and
 * punctuation dropped, spacing collapsed. "Apakah  telah dibentuk Tim Kerja?" and "apakah telah
 * dibentuk tim kerja" are the same question.
 */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The pairs of neighbouring characters of each word (with a space at both ends of the word). */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const pair = padded.slice(i, i + 2);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * How alike two normalised texts are, from 0 (nothing in common) to 1 (the same): the Sørensen–Dice
 * coefficient of their character bigrams, so that a changed word ending, a typo or a reworded clause
 * lowers it a little, a different question a lot.
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let size = 0;
  let shared = 0;
  for (const n of left.values()) size += n;
  for (const [pair, n] of right) {
    size += n;
    shared += Math.min(n, left.get(pair) ?? 0);
  }
  return size === 0 ? 0 : (2 * shared) / size;
}
