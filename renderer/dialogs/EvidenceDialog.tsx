import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordEvidence } from '../../shared/records/answer-record';
import { MAX_ATTACHMENT_BYTES } from '../../shared/records/attachment';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { downloadBase64, fileToBase64 } from './pick-path';
import { useReturnFocus } from './use-return-focus';

interface Props {
  documentId: string;
  itemId: string;
  title: string;
  evidence: readonly RecordEvidence[];
  /** Saves the whole list as one undoable edit. */
  onSave: (evidence: RecordEvidence[]) => void;
  /** Stores a file in the document and adds it to the item's evidence (its own undoable action). */
  onAttach: (file: {
    fileName: string;
    mediaType: string;
    contentBase64: string;
  }) => Promise<RecordEvidence[] | null>;
  onError: (error: unknown) => void;
  onClose: () => void;
}

/**
 * The evidence of one question as a list: per item a description (several lines kept as one item) and a
 * link, or a file stored in the document (dropped here or picked; opened from the document).
 */
export function EvidenceDialog({
  documentId,
  itemId,
  title,
  evidence,
  onSave,
  onAttach,
  onError,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState<RecordEvidence[]>(() => evidence.map((e) => ({ ...e })));
  const [dragging, setDragging] = useState(false);
  const [tooBig, setTooBig] = useState<string | null>(null);
  useReturnFocus();
  // "Tambah butir" puts the focus in the new item's description.
  const list = useRef<HTMLOListElement>(null);
  const added = useRef<number | null>(null);
  useEffect(() => {
    const at = added.current;
    added.current = null;
    if (at !== null) list.current?.querySelector<HTMLElement>(`[data-testid="evidence-text-${at}"]`)?.focus();
  }, [items]);

  const change = (i: number, patch: Partial<RecordEvidence>) =>
    setItems((list) => list.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const attach = async (files: FileList | null) => {
    for (const file of [...(files ?? [])]) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        setTooBig(file.name);
        continue;
      }
      const after = await onAttach({
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        contentBase64: await fileToBase64(file),
      });
      // The stored file joins the list being edited (the other items keep their unsaved changes).
      const added = (after ?? []).filter(
        (e) => e.attachment && !items.some((i) => i.attachment?.id === e.attachment?.id),
      );
      setItems((list) => [...list, ...added]);
    }
  };
  const open = async (attachmentId: string) => {
    try {
      const file = await call('attachments.get', { documentId, attachmentId });
      downloadBase64(file.fileName, file.contentBase64, file.mediaType ?? 'application/octet-stream');
    } catch (error) {
      onError(error);
    }
  };
  const save = () => {
    const kept = items
      .map((e) => ({
        ...(e.text?.trim() ? { text: e.text.trim() } : {}),
        ...(e.url?.trim() ? { url: e.url.trim() } : {}),
        ...(e.attachment ? { attachment: e.attachment } : {}),
      }))
      .filter((e) => e.text || e.url || e.attachment);
    onSave(kept as RecordEvidence[]);
  };

  return (
    <Dialog title={t('ui.evidence.title', { code: itemId })} onClose={onClose} testId="evidence-dialog">
      <p className="muted evidence-question">{title}</p>
      <ol className="evidence-list" ref={list}>
        {items.map((item, i) => (
          <li key={i} data-testid={`evidence-item-${i}`}>
            <label>
              {t('ui.evidence.description')}
              <textarea
                rows={Math.min(6, Math.max(2, (item.text ?? '').split('\n').length))}
                value={item.text ?? ''}
                onChange={(e) => change(i, { text: e.target.value })}
                data-testid={`evidence-text-${i}`}
              />
            </label>
            <label>
              {t('ui.evidence.link')}
              <input
                type="url"
                value={item.url ?? ''}
                placeholder="https://…"
                onChange={(e) => change(i, { url: e.target.value })}
                data-testid={`evidence-url-${i}`}
              />
            </label>
            {item.attachment && (
              <div className="attachment">
                📎 {item.attachment.fileName} ({Math.ceil(item.attachment.size / 1024)} KB){' '}
                <button type="button" onClick={() => void open(item.attachment?.id as string)}>
                  {t('ui.evidence.openFile')}
                </button>
              </div>
            )}
            <button
              type="button"
              className="remove"
              onClick={() => setItems((list) => list.filter((_, j) => j !== i))}
              data-testid={`evidence-remove-${i}`}
            >
              {t('ui.evidence.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div
        className={dragging ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void attach(e.dataTransfer.files).catch(onError);
        }}
      >
        <button
          type="button"
          onClick={() => {
            added.current = items.length;
            setItems((list) => [...list, { text: '' }]);
          }}
          data-testid="evidence-add"
        >
          {t('ui.evidence.add')}
        </button>
        <label className="file-pick">
          {t('ui.evidence.attach')}
          <input
            type="file"
            onChange={(e) => void attach(e.target.files).catch(onError)}
            data-testid="evidence-file"
          />
        </label>
        <span className="muted">{t('ui.evidence.drop')}</span>
      </div>
      {tooBig && <p className="fail">{t('ui.evidence.tooBig', { name: tooBig })}</p>}
      <p className="muted small">{t('ui.evidence.pasteHelp')}</p>
      <div className="buttons">
        <button type="button" onClick={onClose}>
          {t('ui.actions.cancel')}
        </button>
        <button type="button" className="primary" onClick={save} data-testid="evidence-save">
          {t('ui.actions.save')}
        </button>
      </div>
    </Dialog>
  );
}
