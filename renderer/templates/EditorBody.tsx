import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../shared/api/contract';
import { TemplateIdSchema } from '../../shared/template/template-file';
import type { Template } from '../../shared/template/template-schema';
import { nextVersion } from '../../shared/template-editor/new-template';
import { rename, setWeight } from '../../shared/template-editor/tree-edits';
import { ApiProblems, call } from '../api/client';
import { problemText } from '../i18n';
import { AnswerTypes } from './AnswerTypes';
import { Categories } from './Categories';
import { problemLine } from './editor-words';
import { NodeDetails } from './NodeDetails';
import { NumberField } from './NumberField';
import { TreeRows } from './TreeRows';
import { useTemplateEditor } from './use-template-editor';

interface Props {
  template: Template;
  replace: boolean;
  saved: string | null;
  notes: string[];
  /** Told whether there is unsaved work, so that closing the editor asks first. */
  onDirty: (dirty: boolean) => void;
}

/** The editor itself: the template's name and maximum, what does not add up, the tree, the selected row's details, answer types, categories. */
export function EditorBody(props: Props) {
  const { t } = useTranslation();
  const editor = useTemplateEditor(props.template);
  const { template, problems, change, endTyping } = editor;
  const [selected, setSelected] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [replace, setReplace] = useState(props.replace);
  const [saved, setSaved] = useState(props.saved);
  const [done, setDone] = useState<OperationOutput<'templates.save'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) anywhere while the editor is open, a text field too (its own undo
  // would not know the template): the document behind is not touched (the window's keys see it handled).
  const { undo, redo, dirty } = editor;
  const { onDirty } = props;
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = e.key.toLowerCase();
      if (!(e.ctrlKey || e.metaKey) || e.defaultPrevented) return;
      if (key === 'z' && !e.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);
  const save = async () => {
    setError(null);
    setDone(null);
    try {
      const result = await call('templates.save', { template, replace });
      setDone(result);
      setReplace(true);
      setSaved(result.version);
      editor.setSavedVersion(result.version);
    } catch (e) {
      setError(e instanceof ApiProblems ? e.problems.map(problemText).join('; ') : String(e));
    }
  };
  return (
    <div className="te-editor">
      <div className="te-top">
        {replace ? (
          <span className="te-id" data-testid="te-id">
            {template.id}
          </span>
        ) : (
          <label>
            {t('ui.templateEditor.id')}
            <input
              className="te-id-input"
              value={template.id}
              aria-invalid={!TemplateIdSchema.safeParse(template.id).success}
              data-testid="te-id-input"
              onChange={(e) => {
                const id = e.target.value;
                change((tp) => ({ ...tp, id }), 'id');
              }}
              onBlur={endTyping}
            />
          </label>
        )}
        <label>
          {t('ui.templateEditor.name')}
          <input
            value={template.title}
            data-testid="te-name"
            onChange={(e) => {
              const title = e.target.value;
              change((tp) => rename({ ...tp, title: title || tp.title }, tp.root.id, title), 'name');
            }}
            onBlur={endTyping}
          />
        </label>
        <label>
          {t('ui.templateEditor.maximum')}
          <NumberField
            className="te-weight"
            value={template.root.weight}
            label={t('ui.templateEditor.maximum')}
            testId="te-maximum"
            onChange={(w) => change((tp) => setWeight(tp, tp.root.id, w), 'maximum')}
            onDone={endTyping}
          />
        </label>
        <span className="muted" data-testid="te-version">
          {saved === null
            ? t('ui.templateEditor.newVersion')
            : t('ui.templateEditor.version', { version: saved, next: nextVersion(saved) })}
        </span>
        <span className="te-actions">
          <button type="button" onClick={editor.undo} disabled={!editor.canUndo} data-testid="te-undo">
            {t('ui.templateEditor.undo')}
          </button>
          <button type="button" onClick={editor.redo} disabled={!editor.canRedo} data-testid="te-redo">
            {t('ui.templateEditor.redo')}
          </button>
          <button
            type="button"
            onClick={() => void save()}
            disabled={problems.length > 0 || !TemplateIdSchema.safeParse(template.id).success}
            data-testid="te-save"
          >
            {t('ui.templateEditor.save')}
          </button>
        </span>
      </div>
      {props.notes.map((note) => (
        <p className="muted" key={note}>
          {note}
        </p>
      ))}
      <div className="te-problems" role="status" data-testid="te-problems">
        {problems.length === 0 ? (
          <span className="ok">{t('ui.templateEditor.allGood')}</span>
        ) : (
          <>
            <strong>{t('ui.templateEditor.problemsHeading')}:</strong>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemLine(t, p)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {done && (
        <p role="status" className="ok" data-testid="te-saved">
          {t('ui.templateEditor.saved', { id: done.id, version: done.version, questions: done.questions })}
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid="te-error">
          {error}
        </p>
      )}
      <div className="te-columns">
        <TreeRows
          template={template}
          problems={problems}
          selected={selected}
          onSelect={setSelected}
          fresh={fresh}
          onAdded={(id) => {
            setSelected(id);
            setFresh(id);
          }}
          change={change}
          endTyping={endTyping}
        />
        <div className="te-side">
          <NodeDetails template={template} id={selected} change={change} endTyping={endTyping} />
          <AnswerTypes template={template} change={change} endTyping={endTyping} />
          <Categories template={template} change={change} endTyping={endTyping} />
        </div>
      </div>
    </div>
  );
}
