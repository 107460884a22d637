import { useState, type KeyboardEvent } from 'react';
import { useT, type MessageKey } from '../i18n';
import { parseTimeText, type DateTextProblem } from '@shared/date-text';
import { FormField } from './FormField';

const PROBLEMS: Record<DateTextProblem, MessageKey> = {
  empty: 'time.required',
  format: 'time.format',
  'no-such-date': 'time.noSuchTime',
};

/**
 * A time of day on the 24-hour clock (HH:MM), as both interface languages write it. A native
 * time input would follow the system's locale (and its AM/PM) instead of the interface's.
 */
export function TimeField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  /** HH:MM. */
  value: string;
  onChange(value: string): void;
}) {
  const t = useT();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<DateTextProblem | null>(null);
  const [shownFrom, setShownFrom] = useState(value);
  if (shownFrom !== value) {
    setShownFrom(value);
    setText(value);
    setProblem(null);
  }
  const commit = () => {
    const parsed = parseTimeText(text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    setText(parsed.value);
    if (parsed.value !== value) onChange(parsed.value);
  };
  // A whole time is stored as it is typed, so that a control used next cannot miss it.
  const type = (next: string) => {
    setText(next);
    const parsed = parseTimeText(next);
    if (!parsed.ok) return;
    setShownFrom(parsed.value);
    setProblem(null);
    if (parsed.value !== value) onChange(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  };
  return (
    <FormField id={id} label={label} error={problem ? t(PROBLEMS[problem]) : null}>
      {(control) => (
        <input
          {...control}
          className="field__input field__input--compact"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          required
          value={text}
          placeholder={t('time.placeholder')}
          onChange={(event) => type(event.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
      )}
    </FormField>
  );
}
