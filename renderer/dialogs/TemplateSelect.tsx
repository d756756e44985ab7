import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

interface Props {
  value: string;
  onChange: (templateId: string) => void;
  testId: string;
}

/** The built-in templates to start a document from, as the "Baru" dialogs offer them. */
export function TemplateSelect({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    void call('templates.list', {}).then(setTemplates);
  }, []);
  return (
    <label>
      {t('ui.dialogs.template')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {templates.map((tpl) => (
          <option key={tpl.id} value={tpl.id}>
            {tpl.title}
          </option>
        ))}
      </select>
    </label>
  );
}
