import type { OperationOutput } from '../../shared/api/contract';

export type RecentEntry = OperationOutput<'app.recent'>[number];

/**
 * A recent document's title as users name it: agency · unit (else the file name, without .rbw), then the
 * year and the model from its metadata.
 */
export function recentTitle(entry: Pick<RecentEntry, 'metadata' | 'fileName'>): string {
  const meta = entry.metadata;
  const whose = [meta?.agency, meta?.unit].filter(Boolean).join(' · ');
  return [whose || entry.fileName.replace(/\.rbw$/i, ''), meta?.year, meta?.model?.toUpperCase()]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' · ');
}
