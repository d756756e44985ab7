import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../shared/template/template-schema';
import { blankTemplate, copyTemplate } from '../../shared/template-editor/new-template';
import { ApiProblems, call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { problemText } from '../i18n';
import { EditorBody } from './EditorBody';
import './template-editor.css';

/** What the editor works on: the template, whether saving replaces the user's template of that id. */
interface Opened {
  template: Template;
  replace: boolean;
  /** The version saved before ("1" for a copy or a new one, not yet saved). */
  saved: string | null;
  notes: string[];
}

/**
 * The template editor (issue 26), opened from "Templat": a coordinator starts a new model from scratch
 * or changes an existing one (a built-in template as a copy under a new id), edits its tree, weights,
 * answer types, derived rows, gates, categories and predicates, and saves it among the user's templates
 * with a version one higher; "Baru" then makes documents from it.
 */
export function TemplateEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<Opened | null>(null);
  const dirty = useRef(false);
  const onDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  return (
    <Dialog
      title={t('ui.templateEditor.title')}
      onClose={onClose}
      testId="template-editor"
      keepOpen={() => dirty.current && !window.confirm(t('ui.templateEditor.discard'))}
    >
      {opened ? <EditorBody {...opened} onDirty={onDirty} /> : <StartForm onOpen={setOpened} />}
    </Dialog>
  );
}

const errorText = (e: unknown): string =>
  e instanceof ApiProblems ? e.problems.map(problemText).join('; ') : String(e);

function StartForm({ onOpen }: { onOpen: (opened: Opened) => void }) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [templates, setTemplates] = useState<{ id: string; title: string }[]>([]);
  const [existing, setExisting] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('templates.list', {}).then((list) => {
      setTemplates(list);
      setExisting(list[0]?.id ?? '');
    });
  }, []);
  const openExisting = async () => {
    setError(null);
    try {
      const got = await call('templates.get', { id: existing });
      const notes = got.withWorkbook ? [t('ui.templateEditor.workbookDropped')] : [];
      if (got.builtin) {
        const copy = copyTemplate(got.template, `${got.template.id}-sendiri`, got.template.title);
        onOpen({
          template: copy,
          replace: false,
          saved: null,
          notes: [t('ui.templateEditor.builtinCopy'), ...notes],
        });
      } else {
        onOpen({ template: got.template, replace: true, saved: got.template.version, notes });
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="te-start">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onOpen({ template: blankTemplate(id.trim(), name.trim()), replace: false, saved: null, notes: [] });
        }}
      >
        <h3>{t('ui.templateEditor.fromScratch')}</h3>
        <label>
          {t('ui.templateEditor.id')}
          <input value={id} onChange={(e) => setId(e.target.value)} data-testid="te-new-id" data-autofocus />
        </label>
        <label>
          {t('ui.templateEditor.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="te-new-name" />
        </label>
        <button
          type="submit"
          disabled={!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(id.trim()) || !name.trim()}
          data-testid="te-new-start"
        >
          {t('ui.templateEditor.start')}
        </button>
      </form>
      <div>
        <h3>{t('ui.templateEditor.fromExisting')}</h3>
        <label>
          {t('ui.dialogs.template')}
          <select value={existing} onChange={(e) => setExisting(e.target.value)} data-testid="te-existing">
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!existing}
          onClick={() => void openExisting()}
          data-testid="te-open-existing"
        >
          {t('ui.templateEditor.openExisting')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
