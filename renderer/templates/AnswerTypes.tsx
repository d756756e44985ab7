import { useTranslation } from 'react-i18next';
import type { AnswerType } from '../../shared/template/answer-type';
import type { Template } from '../../shared/template/template-schema';
import { answerTypeUsers, putAnswerType, removeAnswerType } from '../../shared/template-editor/rule-edits';
import { NumberField } from './NumberField';
import type { Change } from './use-template-editor';

interface Props {
  template: Template;
  change: Change;
  endTyping: () => void;
}

/** The template's answer types: choices with their option keys and values, scales, counts. */
export function AnswerTypes({ template, change, endTyping }: Props) {
  const { t } = useTranslation();
  const types = template.answerTypes;
  const put = (type: AnswerType, index: number, key: string | null = null) =>
    change((tp) => putAnswerType(tp, type, index), key);
  const unique = (base: string) => {
    let label = base;
    for (let n = 2; types.some((a) => a.label === label); n++) label = `${base} ${n}`;
    return label;
  };
  const add = (type: AnswerType) => change((tp) => putAnswerType(tp, type));
  return (
    <section className="te-types" aria-labelledby="te-types-title" data-testid="te-types">
      <h3 id="te-types-title">{t('ui.templateEditor.answerTypes')}</h3>
      {types.map((type, index) => {
        const users = answerTypeUsers(template, type.label).length;
        const k = (field: string) => `type:${index}:${field}`;
        return (
          <div className="te-type-box" key={index} data-testid={`te-answer-type-${index}`}>
            <div className="te-inline">
              <input
                value={type.label}
                aria-label={`${t('ui.templateEditor.typeLabel')} ${index + 1}`}
                onChange={(e) => e.target.value && put({ ...type, label: e.target.value }, index, k('label'))}
                onBlur={endTyping}
              />
              <span className="muted">
                {t(`ui.templateEditor.kinds.${type.kind}`)}
                {users ? ` · ${t('ui.templateEditor.typeInUse', { count: users })}` : ''}
              </span>
              <button
                type="button"
                disabled={users > 0 || types.length < 2}
                aria-label={t('ui.templateEditor.removeType', { label: type.label })}
                title={t('ui.templateEditor.removeType', { label: type.label })}
                onClick={() => change((tp) => removeAnswerType(tp, index))}
              >
                ✕
              </button>
            </div>
            {type.kind === 'choice' && (
              <div className="te-options">
                {type.options.map((option, n) => {
                  const params = { n: n + 1, label: type.label };
                  const setOption = (next: { key: string; value: number }, field: string) =>
                    put(
                      { ...type, options: type.options.map((o, i) => (i === n ? next : o)) },
                      index,
                      k(field),
                    );
                  return (
                    <span className="te-option" key={n}>
                      <input
                        className="te-key"
                        value={option.key}
                        aria-label={t('ui.templateEditor.optionKey', params)}
                        onChange={(e) => setOption({ ...option, key: e.target.value }, `key${n}`)}
                        onBlur={endTyping}
                      />
                      <NumberField
                        className="te-value"
                        value={option.value}
                        label={t('ui.templateEditor.optionValue', params)}
                        onChange={(value) => setOption({ ...option, value }, `value${n}`)}
                        onDone={endTyping}
                      />
                      <button
                        type="button"
                        disabled={type.options.length <= 2}
                        aria-label={t('ui.templateEditor.removeOption', params)}
                        title={t('ui.templateEditor.removeOption', params)}
                        onClick={() =>
                          put({ ...type, options: type.options.filter((_, i) => i !== n) }, index)
                        }
                      >
                        ✕
                      </button>
                    </span>
                  );
                })}
                <button
                  type="button"
                  onClick={() =>
                    put(
                      {
                        ...type,
                        options: [...type.options, { key: `P${type.options.length + 1}`, value: 0 }],
                      },
                      index,
                    )
                  }
                >
                  {t('ui.templateEditor.addOption')}
                </button>
              </div>
            )}
            {type.kind === 'number' && (
              <div className="te-inline">
                {(['min', 'max', 'decimals'] as const).map((field) => (
                  <label key={field}>
                    {t(`ui.templateEditor.${field}`)}
                    <NumberField
                      className="te-value"
                      value={type[field]}
                      label={`${t(`ui.templateEditor.${field}`)} ${type.label}`}
                      testId={`te-type-${index}-${field}`}
                      onChange={(value) =>
                        (field !== 'decimals' || (Number.isInteger(value) && value <= 6)) &&
                        put({ ...type, [field]: value }, index, k(field))
                      }
                      onDone={endTyping}
                    />
                  </label>
                ))}
              </div>
            )}
            {type.kind === 'count' && (
              <label className="radio">
                <input
                  type="checkbox"
                  checked={type.integer}
                  onChange={(e) => put({ ...type, integer: e.target.checked }, index)}
                />
                {t('ui.templateEditor.integer')}
              </label>
            )}
          </div>
        );
      })}
      <div className="te-inline">
        <button
          type="button"
          data-testid="te-add-choice"
          onClick={() =>
            add({
              kind: 'choice',
              label: unique('A/B/C/D'),
              options: [
                { key: 'A', value: 1 },
                { key: 'B', value: 0.67 },
                { key: 'C', value: 0.33 },
                { key: 'D', value: 0 },
              ],
            })
          }
        >
          {t('ui.templateEditor.addChoice')}
        </button>
        <button
          type="button"
          data-testid="te-add-number"
          onClick={() =>
            add({ kind: 'number', label: unique('Nilai (0-100)'), min: 0, max: 100, decimals: 2 })
          }
        >
          {t('ui.templateEditor.addNumber')}
        </button>
        <button type="button" onClick={() => add({ kind: 'count', label: unique('Jumlah'), integer: true })}>
          {t('ui.templateEditor.addCount')}
        </button>
      </div>
    </section>
  );
}
