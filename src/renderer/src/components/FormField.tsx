import type { ReactNode } from 'react';
import { counterShown, FieldCounter } from './FieldCounter';

/** What the control inside a form field spreads onto itself, so that its label and texts reach it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  maxLength?: number;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** Read by screen readers only, where the section heading already says what the field is. */
  labelHidden?: boolean;
  hint?: string;
  /** Why the value cannot be stored; shown under the field and announced. */
  error?: string | null;
  /** The field's limit in characters (from FIELD_LIMITS), with the value it counts. */
  limit?: { value: string; max: number };
  /** The wrapper's and the label's look where a form differs (the list toolbar, contacts); '' for none. */
  className?: string;
  labelClassName?: string;
  children(control: FieldControlProps): ReactNode;
}

/**
 * One form field: label, control, hint, error and the counter near the limit, wired to the
 * control by id and aria-describedby so that a screen reader reads them with it.
 */
export function FormField({
  id,
  label,
  labelHidden = false,
  hint,
  error,
  limit,
  className = 'field',
  labelClassName = 'field__label',
  children,
}: FormFieldProps) {
  const ids = { hint: `${id}-hint`, error: `${id}-error`, count: `${id}-count` };
  const described = [
    hint ? ids.hint : null,
    error ? ids.error : null,
    limit && counterShown(limit.value, limit.max) ? ids.count : null,
  ].filter(Boolean);
  const control: FieldControlProps = {
    id,
    ...(described.length > 0 && { 'aria-describedby': described.join(' ') }),
    ...(error && { 'aria-invalid': true as const }),
    ...(limit && { maxLength: limit.max }),
  };
  return (
    <div className={className}>
      <label className={labelHidden ? 'sr-only' : labelClassName || undefined} htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {hint && (
        <p id={ids.hint} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="field__error" role="alert">
          {error}
        </p>
      )}
      {limit && <FieldCounter id={ids.count} value={limit.value} limit={limit.max} />}
    </div>
  );
}
