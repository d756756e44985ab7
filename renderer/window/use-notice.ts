import type { TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { withQuestionTitles } from '../components/notice-words';
import type { Workbench } from '../state/use-workbench';
import type { TemplateIndex } from '../../shared/template/template-index';

const INFO_SECONDS = 10;

/**
 * The notice above the grid, as its bar reads it: a confirmation goes away by itself after a while; an
 * error stays until it is resolved or dismissed; a question named by its number gets its title.
 */
export function useNotice(wb: Workbench, index: TemplateIndex | null, t: TFunction) {
  const { notice, setNotice } = wb;
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), INFO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice, setNotice]);
  return useMemo(
    () => ({
      notice,
      dismiss: () => setNotice(null),
      describe: (line: string) =>
        withQuestionTitles(line, index, (field) => {
          const key = `ui.columns.${field}`;
          const label = t(key);
          return label === key ? null : label;
        }),
    }),
    [notice, setNotice, index, t],
  );
}
