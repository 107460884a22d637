import { useT } from '../i18n';

/** Shown from this share of the limit on: far from it, a counter is only noise. */
const SHOW_FROM = 0.9;

/** Whether the counter of a field is shown: once the value comes near the limit. */
export function counterShown(value: string, limit: number): boolean {
  return value.length >= limit * SHOW_FROM;
}

/** How many characters a field holds of its limit, once it comes near the limit. */
export function FieldCounter({ id, value, limit }: { id: string; value: string; limit: number }) {
  const t = useT();
  if (!counterShown(value, limit)) return null;
  const full = value.length >= limit;
  return (
    <p id={id} className={full ? 'field__counter field__counter--full' : 'field__counter'} aria-live="polite">
      {t('field.counter', { count: value.length, limit })}
    </p>
  );
}
