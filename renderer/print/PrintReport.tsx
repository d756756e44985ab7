import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { Group, TemplateNode } from '../../shared/template/template-schema';
import { fmt, percent } from '../components/format';
import { answerText } from '../grid/columns';
import type { ShownDocument } from '../state/workbench-state';

/**
 * The printable report (the browser's Print, or Save as PDF): a cover with the unit, year, total,
 * category, components and the Menuju WBK / WBBM predicates, then every area with its questions,
 * answers, values, notes and evidence links, on A4. Drawn only while printing.
 */
export function PrintReport({ doc }: { doc: ShownDocument }) {
  const { t, i18n } = useTranslation();
  const { unit, index, records, view } = doc;
  const meta = view.metadata;
  const nodes = new Map(unit.nodes.map((n) => [n.id, n]));
  const printedAt = new Date().toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  // Areas: the groups two levels under a component (A.I.1 …), or whatever groups hold questions directly.
  const areas: Group[] = [];
  const collect = (node: TemplateNode, depth: number) => {
    if (node.kind !== 'group') return;
    const holdsQuestions = node.children.some((c) => c.kind === 'indicator');
    if (depth === 3 || (holdsQuestions && depth > 0 && depth < 3)) return void areas.push(node);
    node.children.forEach((c) => collect(c, depth + 1));
  };
  collect(index.template.root, 0);

  const rowsOf = (group: Group, depth: number): React.ReactNode[] =>
    group.children.flatMap((child) => {
      if (child.kind === 'group') {
        const score = nodes.get(child.id);
        return [
          <tr key={child.id} className={`heading depth-${depth}`}>
            <td>{child.code}</td>
            <td colSpan={2}>{child.title}</td>
            <td className="num">{fmt(score?.value)}</td>
            <td colSpan={2} className="muted">
              / {fmt(child.weight)}
            </td>
          </tr>,
          ...rowsOf(child, depth + 1),
        ];
      }
      const record = records.get(child.id) ?? EMPTY_RECORD;
      const score = nodes.get(child.id);
      const inputs = (child.inputs ?? []).map((input) => {
        const r = records.get(input.id) ?? EMPTY_RECORD;
        return `${input.title}: ${r.answer === null ? '–' : answerText(r.answer)}`;
      });
      return [
        <tr key={child.id}>
          <td>{child.code}</td>
          <td>
            {child.title}
            {inputs.length > 0 && <div className="inputs">{inputs.join(' · ')}</div>}
          </td>
          <td className="answer">{record.answer === null ? '–' : answerText(record.answer)}</td>
          <td className="num">{fmt(score?.value ?? null)}</td>
          <td>{record.note}</td>
          <td>
            {record.evidence.map((e, i) => (
              <div key={i} className="evidence-line">
                {e.text}
                {e.url && (
                  <>
                    {' '}
                    <a href={e.url}>{e.url}</a>
                  </>
                )}
                {e.attachment && <span className="muted"> [{e.attachment.fileName}]</span>}
              </div>
            ))}
          </td>
        </tr>,
      ];
    });

  return createPortal(
    <div className="print-report" data-testid="print-report" lang={i18n.language}>
      <section className="cover">
        <p className="muted">{view.template.title}</p>
        <h1>{[meta.unit, meta.agency].filter(Boolean).join(' — ') || view.fileName}</h1>
        <p>
          {t('ui.print.year')}: <b>{meta.year ?? '–'}</b>
        </p>
        <p className="cover-total">
          {t('ui.total')}: <b data-testid="print-total">{fmt(unit.total)}</b> · {t('ui.category')}:{' '}
          <b>{unit.category ?? '–'}</b>
        </p>
        <p>{t('ui.answeredOf', { answered: unit.answered, questions: unit.questions })}</p>
        <table className="cover-table">
          <tbody>
            {unit.components.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.code} {c.title}
                </td>
                <td className="num">{fmt(c.value)}</td>
                <td className="num">/ {fmt(c.weight)}</td>
                <td className="num">{percent(c.value, c.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {unit.predicates.length > 0 && (
          <>
            <h2>{t('ui.predicates')}</h2>
            <ul className="predicates">
              {unit.predicates.map((p) => (
                <li key={p.id} data-testid={`print-predicate-${p.id}`}>
                  <b>{p.title}</b>: {p.pass.whole ? t('ui.met') : t('ui.notMet')} ({t('ui.wholeArea')}),{' '}
                  {p.pass.halves ? t('ui.met') : t('ui.notMet')} ({t('ui.halves')})
                  <ul>
                    {p.conditions.flatMap((c) =>
                      c.readings
                        ? // "Every area" under each reading on its own line, with its own verdict and weakest area.
                          (['whole', 'halves'] as const).map((reading) => {
                            const { pass, areas } = c.readings?.[reading] ?? { pass: c.pass, areas: [] };
                            const weakest = areas.length ? Math.min(...areas.map((a) => a.share)) : c.figure;
                            return (
                              <li key={`${c.id}-${reading}`} data-testid={`print-${p.id}-${c.id}-${reading}`}>
                                {pass ? '✓' : '✗'} {c.label} (
                                {t(reading === 'whole' ? 'ui.wholeArea' : 'ui.halves')}): {fmt(weakest * 100)}
                                %
                              </li>
                            );
                          })
                        : [
                            <li key={c.id}>
                              {c.pass ? '✓' : '✗'} {c.label}:{' '}
                              {c.kind === 'every-area' ? `${fmt(c.figure * 100)}%` : fmt(c.figure)}
                            </li>,
                          ],
                    )}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="muted">
          {view.fileName} · {t('ui.print.printedAt', { date: printedAt })}
        </p>
      </section>
      {areas.map((area) => {
        const score = nodes.get(area.id);
        const path = [...ancestors(index.parent, area.id)].reverse().slice(1);
        return (
          <section key={area.id} className="area" data-testid={`print-area-${area.id}`}>
            <h2>
              {path.map((g) => `${g.code} ${g.title} › `).join('')}
              {area.code} {area.title}
              <span className="area-figure">
                {fmt(score?.value)} / {fmt(area.weight)}
              </span>
            </h2>
            <table className="questions">
              <thead>
                <tr>
                  <th>{t('ui.columns.code')}</th>
                  <th>{t('ui.columns.question')}</th>
                  <th>{t('ui.columns.answer')}</th>
                  <th>{t('ui.columns.value')}</th>
                  <th>{t('ui.columns.note')}</th>
                  <th>{t('ui.columns.evidence')}</th>
                </tr>
              </thead>
              <tbody>{rowsOf(area, 0)}</tbody>
            </table>
          </section>
        );
      })}
    </div>,
    document.body,
  );
}

function* ancestors(parent: ReadonlyMap<string, Group>, id: string): Generator<Group> {
  for (let g = parent.get(id); g; g = parent.get(g.id)) yield g;
}
