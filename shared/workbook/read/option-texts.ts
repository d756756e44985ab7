/**
 * The text of each option as the "Penjelasan" column words it ("a. Jika …", "Ya, jika …"), keyed by
 * option key; undefined when fewer than two options are found.
 */
export function optionTextsFrom(
  guidance: string | undefined,
  keys: string[],
): Record<string, string> | undefined {
  if (!guidance) return undefined;
  const texts: Record<string, string> = {};
  for (const line of guidance.split(/\r?\n/)) {
    const trimmed = line.trim();
    for (const key of keys) {
      const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern =
        key.length === 1
          ? new RegExp(`^\\(?${escaped}[.)]\\s*(.+)$`, 'i')
          : new RegExp(`^${escaped}\\b[,.:]?\\s*(.+)$`, 'i');
      const match = pattern.exec(trimmed);
      if (match && texts[key] === undefined) texts[key] = (match[1] as string).trim();
    }
  }
  return Object.keys(texts).length >= 2 ? texts : undefined;
}
