import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import type { SurveyView } from '../../shared/api/survey-operations';
import type { TemplateIndex } from '../../shared/template/template-index';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { fmt } from '../components/format';
import { fileToBase64 } from './pick-path';

type SurveyRead = OperationOutput<'surveys.read'>;
type Suggestion = OperationOutput<'surveys.list'>['suggestions'][number];
type Kind = 'skm' | 'ipak' | 'ipkp';

/** The NRR lines of the SKM conversion table (NI): A from 3,5324, B from 3,0644, C from 2,60. */
const SKM_LINES = [
  { at: 2.6, label: 'C' },
  { at: 3.0644, label: 'B' },
  { at: 3.5324, label: 'A' },
];

/**
 * The document's surveys (SKM, IPAK, IPKP): import of a file of responses with the column match shown
 * for confirmation, each survey's value and category with the computation stated, per-element bars with
 * the category lines, respondents per service type, and which Hasil question takes its value from it.
 */
export function SurveyDialog({
  documentId,
  index,
  onChanged,
  onApply,
  onError,
  onClose,
}: {
  documentId: string;
  index: TemplateIndex;
  /** Applies a suggested answer as the user's own edit of the question (one undo step). */
  onApply: (itemId: string, answer: string) => Promise<unknown>;
  /** After an import or a binding: the document's view is fetched again (answers and marks). */
  onChanged: () => void;
  onError: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [surveys, setSurveys] = useState<SurveyView[]>([]);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [form, setForm] = useState({ path: '', kind: 'skm' as Kind, name: '', scale: '4', population: '' });
  const [preview, setPreview] = useState<SurveyRead | null>(null);
  /** A file chosen in the browser (its bytes are sent), in place of a path typed in the folder. */
  const [upload, setUpload] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const reload = useCallback(
    () =>
      void call('surveys.list', { documentId }).then((r) => {
        setSurveys(r.surveys);
        setSuggestions(r.suggestions);
      }, onError),
    [documentId, onError],
  );
  useEffect(reload, [reload]);
  const request = () => ({
    documentId,
    ...(upload ?? { path: form.path.trim() }),
    kind: form.kind,
    ...(form.name.trim() ? { name: form.name.trim() } : {}),
    scale: Number(form.scale) as 4 | 5 | 6,
    ...(form.population ? { population: Number(form.population) } : {}),
  });
  const read = async () => {
    try {
      setPreview(await call('surveys.read', request()));
    } catch (error) {
      setPreview(null);
      onError(error);
    }
  };
  const accept = async () => {
    try {
      await call('surveys.import', request());
      setPreview(null);
      reload();
      onChanged();
    } catch (error) {
      onError(error);
    }
  };
  const bind = async (name: string, itemId: string) => {
    try {
      await call('surveys.bind', { documentId, name, itemId });
      reload();
      onChanged();
    } catch (error) {
      onError(error);
    }
  };
  const apply = async (s: Suggestion) => {
    try {
      await onApply(s.code, s.answer);
      reload();
    } catch (error) {
      onError(error);
    }
  };
  const bindable = index.indicatorOrder.filter((i) => {
    const type = index.answerTypes.get(i.answerType);
    return type?.kind === 'number' && type.min === 0 && (type.max === 4 || type.max === 100);
  });
  return (
    <Dialog title={t('ui.survey.title')} onClose={onClose} testId="survey-dialog">
      <form
        className="survey-import"
        onSubmit={(e) => {
          e.preventDefault();
          void read();
        }}
      >
        <label>
          {t('ui.survey.upload')}
          <input
            type="file"
            accept=".csv,.xlsx,.ods,.xls"
            data-testid="survey-upload"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setPreview(null);
              setUpload(file ? { fileName: file.name, contentBase64: await fileToBase64(file) } : null);
            }}
          />
        </label>
        <label>
          {t('ui.survey.file')}
          <input
            value={form.path}
            disabled={upload !== null}
            onChange={(e) => setForm({ ...form, path: e.target.value })}
            data-testid="survey-path"
            placeholder="skm-2026.csv"
          />
        </label>
        <label>
          {t('ui.survey.kind')}
          <select
            value={form.kind}
            onChange={(e) => {
              const kind = e.target.value as Kind;
              setForm({ ...form, kind, scale: kind === 'skm' ? '4' : form.scale });
            }}
            data-testid="survey-kind"
          >
            <option value="skm">SKM (IKM)</option>
            <option value="ipak">IPAK</option>
            <option value="ipkp">IPKP</option>
          </select>
        </label>
        <label>
          {t('ui.survey.scale')}
          <select
            value={form.scale}
            onChange={(e) => setForm({ ...form, scale: e.target.value })}
            disabled={form.kind === 'skm'}
          >
            <option value="4">1–4</option>
            <option value="5">1–5</option>
            <option value="6">1–6</option>
          </select>
        </label>
        <label>
          {t('ui.survey.name')}
          <input
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            data-testid="survey-name"
          />
        </label>
        <label>
          {t('ui.survey.population')}
          <input
            type="number"
            min={1}
            value={form.population}
            onChange={(e) => setForm({ ...form, population: e.target.value })}
          />
        </label>
        <button type="submit" disabled={!upload && !form.path.trim()} data-testid="survey-read">
          {t('ui.survey.read')}
        </button>
      </form>
      {preview && (
        <section className="survey-preview" data-testid="survey-preview">
          <h3>{t('ui.survey.match', { respondents: preview.survey.respondents })}</h3>
          <table className="survey-columns">
            <thead>
              <tr>
                <th scope="col">{t('ui.survey.column')}</th>
                <th scope="col">{t('ui.survey.header')}</th>
                <th scope="col">{t('ui.survey.item')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.columns.map((c) => (
                <tr key={c.column}>
                  <td>{c.column}</td>
                  <td>{c.header}</td>
                  <td>{c.itemName ?? (c.field ? t(`ui.survey.fields.${c.field}`) : '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.leftOut.map((l) => (
            <p key={l.row} className="warning">
              {t('survey.leftOut', { ...l })}
            </p>
          ))}
          <button type="button" onClick={() => void accept()} data-testid="survey-accept">
            {t('ui.survey.accept')}
          </button>
        </section>
      )}
      {surveys.length === 0 && !preview && <p className="muted">{t('survey.none')}</p>}
      {surveys.length > 0 && <Suggestions suggestions={suggestions} onApply={(s) => void apply(s)} />}
      {surveys.map((s) => (
        <SurveyCard key={s.name} survey={s} bindable={bindable} onBind={(id) => void bind(s.name, id)} />
      ))}
    </Dialog>
  );
}

/** The answers the survey records suggest for the Pengungkit questions, each applied only on the user's click. */
function Suggestions({
  suggestions,
  onApply,
}: {
  suggestions: Suggestion[];
  onApply: (s: Suggestion) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="survey-suggestions" data-testid="survey-suggestions">
      <h3>{t('ui.survey.suggestions')}</h3>
      {suggestions.map((s) => (
        <div key={s.code} className="survey-suggestion" data-testid={`survey-suggestion-${s.code}`}>
          <p>
            {t('ui.survey.suggestion', { ...s, current: s.current ?? '—' })}
            <br />
            <span className="muted">{t(s.reason.code, s.reason.params)}</span>
          </p>
          <button
            type="button"
            disabled={s.current === s.answer}
            onClick={() => onApply(s)}
            data-testid="survey-suggestion-apply"
          >
            {t(s.current === s.answer ? 'ui.survey.applied' : 'ui.survey.apply', { answer: s.answer })}
          </button>
        </div>
      ))}
      <p className="muted">{t('ui.survey.noPublication')}</p>
    </section>
  );
}

function SurveyCard({
  survey: s,
  bindable,
  onBind,
}: {
  survey: SurveyView;
  bindable: TemplateIndex['indicatorOrder'];
  onBind: (itemId: string) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const max = s.kind === 'skm' ? 4 : s.scale;
  const lines =
    s.kind === 'skm'
      ? SKM_LINES
      : s.minimums
        ? [
            { at: fromLke(s.minimums.wbk, s), label: 'WBK' },
            { at: fromLke(s.minimums.wbbm, s), label: 'WBBM' },
          ]
        : [];
  const stated =
    s.kind === 'skm'
      ? t(s.weights === 'exact' ? 'surveyReport.weightsExact' : 'surveyReport.weightsRounded')
      : t(`surveyReport.conversion.${s.conversion}`, { scale: s.scale, average: fmt(s.average ?? 0, 4) });
  return (
    <section className="survey-card" data-testid={`survey-${s.name}`}>
      <h3>
        {s.name} ({s.kind.toUpperCase()}) — {s.kind === 'skm' ? 'IKM' : t('ui.survey.value')}{' '}
        <b data-testid="survey-index">{s.index === null ? '—' : fmt(s.index, 2)}</b>{' '}
        {s.category && <span className="category-badge">{s.category}</span>}
      </h3>
      <p className="muted">
        {s.respondents} {t('surveyReport.respondents')} · {s.sourceFile} · {s.firstDate ?? '—'} …{' '}
        {s.lastDate ?? '—'}
      </p>
      <p>{stated}</p>
      {s.minimums && (
        <p data-testid="survey-minimums">
          {t('surveyReport.minimums', { wbk: fmt(s.minimums.wbk, 2), wbbm: fmt(s.minimums.wbbm, 2) })}
        </p>
      )}
      {s.warnings.map((w, i) => (
        <p key={i} className="warning">
          {t(w.code, w.params ?? {})}
        </p>
      ))}
      <ul className="survey-bars" aria-label={t('surveyReport.elements')}>
        {s.elements.map((e) => (
          <li key={e.key}>
            <span className="survey-bar-name">{e.name}</span>
            <span className="survey-bar-track">
              <span
                className="survey-bar"
                style={{ width: `${((e.nrr ?? 0) / max) * 100}%` }}
                role="img"
                aria-label={`${e.name}: NRR ${e.nrr === null ? '—' : fmt(e.nrr, 3)}`}
              />
              {lines.map((l) => (
                <span
                  key={l.label}
                  className="survey-line"
                  style={{ left: `${(l.at / max) * 100}%` }}
                  title={l.label}
                />
              ))}
            </span>
            <span className="survey-bar-value">{e.nrr === null ? '—' : fmt(e.nrr, 3)}</span>
          </li>
        ))}
      </ul>
      <p className="muted survey-legend">{lines.map((l) => `${l.label} ${fmt(l.at, 2)}`).join(' · ')}</p>
      {s.byServiceType.length > 0 && (
        <table className="survey-services">
          <caption>{t('surveyReport.byServiceType')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ui.survey.serviceType')}</th>
              <th scope="col">{t('surveyReport.respondents')}</th>
              <th scope="col">{s.kind === 'skm' ? 'IKM' : t('ui.survey.value')}</th>
              <th scope="col">{t('ui.survey.category')}</th>
            </tr>
          </thead>
          <tbody>
            {s.byServiceType.map((g) => (
              <tr key={g.serviceType}>
                <td>{g.serviceType}</td>
                <td>{g.respondents}</td>
                <td>{g.index === null ? '—' : fmt(g.index, 2)}</td>
                <td>{g.category ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {s.boundTo.map((b) => (
        <p key={b.itemId} data-testid="survey-bound">
          {t('surveyReport.bound', {
            code: b.itemId,
            title: b.title,
            value: b.value === null ? '—' : fmt(b.value, 4),
          })}
        </p>
      ))}
      <div className="survey-bind">
        <label>
          {t('ui.survey.bindTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="survey-bind-target">
            <option value="">—</option>
            {bindable.map((i) => (
              <option key={i.id} value={i.id}>
                {i.id} {i.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!target} onClick={() => onBind(target)} data-testid="survey-bind">
          {t('ui.survey.bind')}
        </button>
      </div>
    </section>
  );
}

/** A 0–4 minimum on the survey's own scale (the conversion taken back), for the bars' lines. */
function fromLke(value: number, s: SurveyView): number {
  return s.conversion === 'range' ? 1 + ((value - 1) * (s.scale - 1)) / 3 : (value * s.scale) / 4;
}
