import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PredicateResult } from '../../shared/scoring/predicates';
import { fmt } from './format';

/**
 * Each predicate with every condition's figure, threshold and verdict; "every area" under both readings.
 * Redrawn only when the predicates change (an edit's score update leaves them out when they did not).
 */
export const PredicateList = memo(function PredicateList({ predicates }: { predicates: PredicateResult[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h3>{t('ui.predicates')}</h3>
      {predicates.map((p) => (
        <details key={p.id} className="predicate" data-testid={`predicate-${p.id}`}>
          <summary>
            <b>{p.title}</b> <Verdict pass={p.pass.whole} label={t('ui.wholeArea')} />{' '}
            <Verdict pass={p.pass.halves} label={t('ui.halves')} />
          </summary>
          <ul>
            {p.conditions.map((c) => (
              <li key={c.id} className={c.pass ? 'pass' : 'fail'}>
                <span aria-hidden="true">{c.pass ? '✓' : '✗'}</span> {c.label}:{' '}
                <b>{c.kind === 'every-area' ? `${fmt(c.figure * 100)}%` : fmt(c.figure)}</b>
                {typeof c.answer === 'number' && <span className="muted"> ({fmt(c.answer)})</span>}
                {c.readings && (
                  <ul className="areas">
                    {(['whole', 'halves'] as const).flatMap((reading) =>
                      (c.readings?.[reading].areas ?? [])
                        .filter((a) => !a.pass)
                        .map((a) => (
                          <li key={`${reading}-${a.key}`} className="fail">
                            {a.title} ({t(reading === 'whole' ? 'ui.wholeArea' : 'ui.halves')}):{' '}
                            {fmt(a.share * 100)}%
                          </li>
                        )),
                    )}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
});

function Verdict({ pass, label }: { pass: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <span className={`verdict ${pass ? 'pass' : 'fail'}`} title={label}>
      {pass ? t('ui.met') : t('ui.notMet')} <small>({label})</small>
    </span>
  );
}
