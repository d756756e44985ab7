import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef } from 'react';
import { kindOf } from '../../shared/answers/kinds';
import type { GridRow } from './grid-rows';

/** Presses this soon after the list opened are the end of a double-click meant for a cell, not a choice. */
const SETTLE_MS = 500;
const LIST_WIDTH = 460;
const MIN_WIDTH = 240;

/**
 * The list of a question's options with their texts ("B. Jika sebagian …"), opened with F2 or a
 * double-click: arrows move, Enter or a click chooses, Escape keeps the answer, a letter jumps to it.
 * It opens beside its cell, not over the rows below it, so that double-clicking down the column reaches
 * the next cells and never an option of this one; a press on it just after it opened chooses nothing.
 */
export function ChoiceEditor(props: CustomCellEditorProps<GridRow, string>) {
  const row = props.data;
  const type = row && row.kind !== 'heading' ? row.type : undefined;
  const editor = type && kindOf(type).editor(type);
  const options = editor?.kind === 'list' ? editor.options : [];
  const texts = row && row.kind !== 'heading' ? row.optionTexts : undefined;
  const list = useRef<HTMLUListElement>(null);
  const current = props.value ?? '';
  const opened = useRef(performance.now());
  // Beside the cell, as wide as the window leaves room for (the grid's popups may go over the summary).
  const cell = props.eGridCell.getBoundingClientRect();
  const width = Math.min(LIST_WIDTH, Math.max(MIN_WIDTH, window.innerWidth - cell.right - 8));

  useEffect(() => list.current?.focus(), []);

  const move = (step: number) => {
    const at = options.indexOf(current);
    const next = options[Math.min(options.length - 1, Math.max(0, (at < 0 ? -1 : at) + step))];
    if (next !== undefined) props.onValueChange(next);
  };

  return (
    <ul
      ref={list}
      className="choice-editor"
      style={{ marginLeft: cell.width, width }}
      role="listbox"
      tabIndex={-1}
      aria-activedescendant={current ? `choice-${current}` : undefined}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          move(event.key === 'ArrowDown' ? 1 : -1);
          return;
        }
        const key = options.find(
          (o) =>
            o.toLowerCase() === event.key.toLowerCase() || o[0]?.toLowerCase() === event.key.toLowerCase(),
        );
        if (key && event.key.length === 1) {
          event.preventDefault();
          props.onValueChange(key);
        }
      }}
    >
      {options.map((key) => (
        <li
          key={key}
          id={`choice-${key}`}
          role="option"
          aria-selected={key === current}
          className={key === current ? 'chosen' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            if (performance.now() - opened.current < SETTLE_MS) return;
            props.onValueChange(key);
            setTimeout(() => props.stopEditing(), 0);
          }}
        >
          <b>{key}</b> {texts?.[key] ?? ''}
        </li>
      ))}
    </ul>
  );
}
