import { useTranslation } from 'react-i18next';
import type { CategoryBand } from '../../shared/template/category-band';
import { INDEKS_RB_BANDS } from '../../shared/template/category-band';
import type { Predicate } from '../../shared/template/predicate-schema';
import type { Template } from '../../shared/template/template-schema';
import { setCategories, setPredicates } from '../../shared/template-editor/rule-edits';
import { allNodes } from '../../shared/template-editor/tree-edits';
import { NumberField } from './NumberField';
import type { Change } from './use-template-editor';

interface Props {
  template: Template;
  change: Change;
  endTyping: () => void;
}

/** The score categories ("> above – upTo") and predicates with a minimum score of a part of the model. */
export function Categories({ template, change, endTyping }: Props) {
  const { t } = useTranslation();
  const bands = template.categories ?? [];
  const predicates = template.predicates ?? [];
  const putBand = (i: number, band: CategoryBand, key: string | null = null) =>
    change(
      (tp) =>
        setCategories(
          tp,
          bands.map((b, n) => (n === i ? band : b)),
        ),
      key,
    );
  const putPredicate = (i: number, predicate: Predicate, key: string | null = null) =>
    change(
      (tp) =>
        setPredicates(
          tp,
          predicates.map((p, n) => (n === i ? predicate : p)),
        ),
      key,
    );
  const groups = allNodes(template).filter((n) => n.kind === 'group');
  return (
    <section className="te-categories" aria-labelledby="te-categories-title">
      <h3 id="te-categories-title">{t('ui.templateEditor.categories')}</h3>
      {bands.map((band, i) => (
        <div className="te-inline" key={i}>
          <input
            className="te-key"
            value={band.label}
            aria-label={`${t('ui.templateEditor.categoryLabel')} ${i + 1}`}
            onChange={(e) =>
              e.target.value && putBand(i, { ...band, label: e.target.value }, `band:${i}:label`)
            }
            onBlur={endTyping}
          />
          <NumberField
            className="te-value"
            value={band.above}
            label={`${t('ui.templateEditor.above')} ${band.label}`}
            onChange={(above) => putBand(i, { ...band, above }, `band:${i}:above`)}
            onDone={endTyping}
          />
          <NumberField
            className="te-value"
            value={band.upTo}
            label={`${t('ui.templateEditor.upTo')} ${band.label}`}
            onChange={(upTo) => putBand(i, { ...band, upTo }, `band:${i}:upTo`)}
            onDone={endTyping}
          />
          <button
            type="button"
            aria-label={t('ui.templateEditor.removeCategory', { label: band.label })}
            title={t('ui.templateEditor.removeCategory', { label: band.label })}
            onClick={() =>
              change((tp) =>
                setCategories(
                  tp,
                  bands.filter((_, n) => n !== i),
                ),
              )
            }
          >
            ✕
          </button>
        </div>
      ))}
      <div className="te-inline">
        <button
          type="button"
          onClick={() =>
            change((tp) =>
              setCategories(tp, [...bands, { label: `K${bands.length + 1}`, above: 0, upTo: 0 }]),
            )
          }
        >
          {t('ui.templateEditor.addCategory')}
        </button>
        <button type="button" onClick={() => change((tp) => setCategories(tp, [...INDEKS_RB_BANDS]))}>
          {t('ui.templateEditor.indeksRbBands')}
        </button>
      </div>
      <h3>{t('ui.templateEditor.predicates')}</h3>
      {predicates.map((predicate, i) => (
        <div className="te-type-box" key={i}>
          <div className="te-inline">
            <input
              value={predicate.title}
              aria-label={`${t('ui.templateEditor.predicateTitle')} ${i + 1}`}
              onChange={(e) =>
                e.target.value && putPredicate(i, { ...predicate, title: e.target.value }, `pred:${i}:title`)
              }
              onBlur={endTyping}
            />
            <button
              type="button"
              aria-label={t('ui.templateEditor.removePredicate', { title: predicate.title })}
              title={t('ui.templateEditor.removePredicate', { title: predicate.title })}
              onClick={() =>
                change((tp) =>
                  setPredicates(
                    tp,
                    predicates.filter((_, n) => n !== i),
                  ),
                )
              }
            >
              ✕
            </button>
          </div>
          {predicate.conditions.map((condition, c) =>
            condition.kind === 'minimum' ? (
              <div className="te-inline" key={condition.id}>
                <select
                  value={condition.node}
                  aria-label={`${t('ui.templateEditor.conditionNode')} ${predicate.title}`}
                  onChange={(e) => {
                    const conditions = predicate.conditions.map((x, n) =>
                      n === c ? { ...condition, node: e.target.value } : x,
                    );
                    putPredicate(i, { ...predicate, conditions });
                  }}
                >
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {`${g.code} ${g.title}`.trim()}
                    </option>
                  ))}
                </select>
                <NumberField
                  className="te-value"
                  value={condition.threshold}
                  label={`${t('ui.templateEditor.threshold')} ${predicate.title}`}
                  onChange={(threshold) => {
                    const conditions = predicate.conditions.map((x, n) =>
                      n === c ? { ...condition, threshold } : x,
                    );
                    putPredicate(i, { ...predicate, conditions }, `pred:${i}:${c}`);
                  }}
                  onDone={endTyping}
                />
              </div>
            ) : (
              <p className="muted" key={condition.id}>
                {condition.label}
              </p>
            ),
          )}
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          change((tp) =>
            setPredicates(tp, [
              ...predicates,
              {
                id: `p${predicates.length + 1}`,
                title: `Predikat ${predicates.length + 1}`,
                conditions: [
                  { kind: 'minimum', id: 'total', label: 'Nilai total', node: tp.root.id, threshold: 75 },
                ],
              },
            ]),
          )
        }
      >
        {t('ui.templateEditor.addPredicate')}
      </button>
    </section>
  );
}
