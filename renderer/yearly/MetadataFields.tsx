import { useTranslation } from 'react-i18next';

/** Whose LKE a document is: as the "Baru" dialogs ask it and the details dialog edits it. */
export interface MetadataDraft {
  agency: string;
  unit: string;
  year: string;
  model: string;
}

export const EMPTY_DRAFT: MetadataDraft = { agency: '', unit: '', year: '', model: '' };

/** The draft as the API takes it: empty fields left out (or cleared, with `clear`), the year a number. */
export function metadataOf(
  draft: MetadataDraft,
  clear = false,
): { agency?: string | null; unit?: string | null; year?: number | null; model?: string | null } {
  const text = (value: string) => (value.trim() ? value.trim() : clear ? null : undefined);
  const year = draft.year.trim() ? Number(draft.year.trim()) : clear ? null : undefined;
  const out: ReturnType<typeof metadataOf> = {};
  const agency = text(draft.agency);
  const unit = text(draft.unit);
  const model = text(draft.model);
  if (agency !== undefined) out.agency = agency;
  if (unit !== undefined) out.unit = unit;
  if (model !== undefined) out.model = model;
  if (year !== undefined && (year === null || Number.isInteger(year))) out.year = year;
  return out;
}

const MODELS = ['zi', 'pmprb', 'rb', 'other'];

export function MetadataFields({
  draft,
  onChange,
}: {
  draft: MetadataDraft;
  onChange: (draft: MetadataDraft) => void;
}) {
  const { t } = useTranslation();
  const field = (key: keyof MetadataDraft, extra: Record<string, string> = {}) => (
    <label>
      {t(`ui.yearly.${key}`)}
      <input
        value={draft[key]}
        onChange={(e) => onChange({ ...draft, [key]: e.target.value })}
        data-testid={`meta-${key}`}
        {...extra}
      />
    </label>
  );
  return (
    <fieldset className="metadata-fields">
      {field('agency')}
      {field('unit')}
      {field('year', { inputMode: 'numeric', pattern: '\\d{4}', placeholder: '2026' })}
      <label>
        {t('ui.yearly.model')}
        <select
          value={draft.model}
          onChange={(e) => onChange({ ...draft, model: e.target.value })}
          data-testid="meta-model"
        >
          <option value="">–</option>
          {MODELS.map((m) => (
            <option key={m} value={m}>
              {m.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
