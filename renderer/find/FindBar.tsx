import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { FindHit } from './search';
import { findQuestions } from './search';

interface Props {
  index: TemplateIndex;
  records: ReadonlyMap<string, AnswerRecord>;
  onJump: (hit: FindHit) => void;
  onClose: () => void;
}

/**
 * Find (Ctrl+F) over every question's code, title, note and evidence: Enter goes to the next hit,
 * Shift+Enter to the previous, Escape closes; the grid scrolls to the question and focuses it.
 */
export function FindBar({ index, records, onJump, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => findQuestions(index, records, query), [index, records, query]);
  useEffect(() => input.current?.focus(), []);

  const go = (step: number) => {
    if (!hits.length) return;
    const next = (at + step + hits.length) % hits.length;
    setAt(next);
    onJump(hits[next] as FindHit);
  };
  const hit = at >= 0 ? hits[at] : undefined;

  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <label>
        <span className="sr-only">{t('ui.find.label')}</span>
        <input
          ref={input}
          type="search"
          value={query}
          placeholder={t('ui.find.placeholder')}
          data-testid="find-input"
          onChange={(e) => {
            setQuery(e.target.value);
            setAt(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onClose();
            }
          }}
        />
      </label>
      <span className="find-count" aria-live="polite" data-testid="find-count">
        {query.trim()
          ? hits.length
            ? t('ui.find.count', { at: at + 1 || '–', count: hits.length })
            : t('ui.find.none')
          : ''}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!hits.length} aria-label={t('ui.find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => go(1)} disabled={!hits.length} aria-label={t('ui.find.next')}>
        ↓
      </button>
      {hit && (
        <span className="find-hit" title={hit.title}>
          <b>{hit.id}</b> {hit.title} <span className="muted">({t(`ui.find.fields.${hit.field}`)})</span>
        </span>
      )}
      <button type="button" className="find-close" onClick={onClose} aria-label={t('ui.actions.close')}>
        ×
      </button>
    </div>
  );
}
