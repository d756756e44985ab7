import { useEffect, useState } from 'react';
import { parseNumber } from '../../shared/format/number';
import { weightText } from './editor-words';

interface Props {
  value: number;
  label: string;
  onChange: (value: number) => void;
  onDone: () => void;
  className?: string;
  testId?: string;
}

/**
 * A number typed the Indonesian way ("12,5"): each keystroke that reads as a number changes the
 * template; what does not read yet ("12,") stays in the field, marked, and changes nothing.
 */
export function NumberField({ value, label, onChange, onDone, className, testId }: Props) {
  const [text, setText] = useState(weightText(value));
  // Undo (or another field) changed the value: the field shows it.
  useEffect(() => {
    if (parseNumber(text) !== value) setText(weightText(value));
    // Only a change of the value from outside resets what is typed.
  }, [value]);
  const parsed = parseNumber(text);
  return (
    <input
      className={className}
      value={text}
      inputMode="decimal"
      aria-label={label}
      aria-invalid={parsed === null}
      data-testid={testId}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseNumber(e.target.value);
        if (next !== null) onChange(next);
      }}
      onBlur={() => {
        if (parsed !== null) setText(weightText(parsed));
        onDone();
      }}
    />
  );
}
