import type { UiLang } from '@shared/languages';
import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB, ru } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { dateOfIso, formatDateText, isoOfDate, parseDateText, type DateTextProblem } from '@shared/date-text';
import { FormField } from './FormField';
import { CalendarIcon } from './icons';

/** The calendar's month and day names, first weekday and labels, in the interface language. */
const CALENDAR_LOCALES = { ru, en: enGB } as const satisfies Record<UiLang, unknown>;

const PROBLEMS: Record<DateTextProblem, MessageKey> = {
  empty: 'date.required',
  format: 'date.format',
  'no-such-date': 'date.noSuchDate',
};

/**
 * The years the calendar's year list offers: archives go back decades, embargoes and planned
 * releases a few years ahead (the picker's own default ends with the current year).
 */
const FIRST_YEAR = 1900;
const YEARS_AHEAD = 20;

const WHOLE_YEAR = /\d{4}/;

/** How far the calendar keeps from the window's edges and from its field. */
const MARGIN_PX = 8;
const GAP_PX = 4;

interface DateFieldProps {
  id: string;
  label: string;
  /** An ISO date (YYYY-MM-DD), or '' for none. */
  value: string;
  /** A valid date, or undefined when an optional field was emptied; never a half-typed one. */
  onChange(value: string | undefined): void;
  required?: boolean;
  labelHidden?: boolean;
  className?: string;
  labelClassName?: string;
}

/**
 * A date typed as the interface language writes it (07.12.2026, 7.12.26) or picked from a
 * calendar, stored as ISO. A native date input would follow the system's locale instead of the
 * interface's. What cannot be read as a date is shown as an error and not stored.
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  required = false,
  labelHidden,
  className,
  labelClassName,
}: DateFieldProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [text, setText] = useState(() => formatDateText(value, uiLang));
  const [problem, setProblem] = useState<DateTextProblem | null>(null);
  const [open, setOpen] = useState(false);
  // What the text was last written from: a new value or language rewrites it.
  const [shownFrom, setShownFrom] = useState({ value, uiLang });
  if (shownFrom.value !== value || shownFrom.uiLang !== uiLang) {
    setShownFrom({ value, uiLang });
    setText(formatDateText(value, uiLang));
    setProblem(null);
  }
  const wrapper = useRef<HTMLDivElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // The calendar is a popover, in the top layer: a dialog or panel around the field cannot cut
  // it off. It is placed under the field (over it where the window ends) and follows scrolling.
  useLayoutEffect(() => {
    const element = popup.current;
    const anchor = wrapper.current;
    if (!open || !element || !anchor) return;
    element.showPopover();
    const place = () => {
      const field = anchor.getBoundingClientRect();
      const { width, height } = element.getBoundingClientRect();
      const below = field.bottom + GAP_PX;
      const fitsBelow = below + height <= window.innerHeight - MARGIN_PX;
      const top = fitsBelow ? below : Math.max(MARGIN_PX, field.top - GAP_PX - height);
      const left = Math.max(MARGIN_PX, Math.min(field.left, window.innerWidth - MARGIN_PX - width));
      element.style.top = `${top}px`;
      element.style.left = `${left}px`;
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open]);

  const store = (iso: string) => {
    setProblem(null);
    setText(formatDateText(iso, uiLang));
    if (iso !== value) onChange(iso);
  };
  const commit = () => {
    const parsed = parseDateText(text);
    if (parsed.ok) store(parsed.value);
    else if (parsed.problem === 'empty' && !required) {
      setProblem(null);
      if (value !== '') onChange(undefined);
    } else setProblem(parsed.problem);
  };
  // A whole date (its year in four digits) is stored as it is typed, so that nothing typed is
  // lost to a control used without leaving the field; a short one waits for Enter or leaving.
  const type = (next: string) => {
    setText(next);
    const parsed = parseDateText(next);
    if (!parsed.ok || !WHOLE_YEAR.test(next)) return;
    setShownFrom({ value: parsed.value, uiLang });
    setProblem(null);
    if (parsed.value !== value) onChange(parsed.value);
  };
  const close = (focus: HTMLElement | null) => {
    setOpen(false);
    focus?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Once the typed date is stored, Enter does what it does in the form (submits a dialog).
      const parsed = parseDateText(text);
      const stored = parsed.ok && parsed.value === value && text === formatDateText(value, uiLang);
      if (stored && !problem) return;
      event.preventDefault();
      commit();
    } else if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      commit();
      setOpen(true);
    }
  };
  const onPopupKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close(button.current);
  };
  // Focus leaving the field and its calendar (a click elsewhere, Tab past it) closes the calendar.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  const typed = parseDateText(text);
  const selected = dateOfIso(typed.ok ? typed.value : value);
  const example = formatDateText('2026-12-07', uiLang);
  return (
    <FormField
      id={id}
      label={label}
      labelHidden={labelHidden}
      className={className}
      labelClassName={labelClassName}
      error={problem ? t(PROBLEMS[problem], { example }) : null}
    >
      {(control) => (
        <div className="date-field" ref={wrapper} onBlur={onBlur}>
          <input
            {...control}
            ref={input}
            className="field__input field__input--compact date-field__input"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={text}
            required={required}
            placeholder={t('date.placeholder')}
            onChange={(event) => type(event.target.value)}
            onBlur={commit}
            onKeyDown={onInputKeyDown}
          />
          <button
            ref={button}
            type="button"
            className="button button--icon date-field__button"
            aria-label={t('date.openCalendar', { field: label })}
            title={t('date.openCalendar', { field: label })}
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            <CalendarIcon />
          </button>
          {open && (
            <div
              ref={popup}
              className="date-field__popup"
              popover="manual"
              role="dialog"
              aria-label={t('date.calendar', { field: label })}
              onKeyDown={onPopupKeyDown}
            >
              <DayPicker
                mode="single"
                required
                autoFocus
                animate={false}
                captionLayout="dropdown"
                locale={CALENDAR_LOCALES[uiLang]}
                selected={selected}
                defaultMonth={selected}
                startMonth={new Date(FIRST_YEAR, 0)}
                endMonth={new Date(new Date().getFullYear() + YEARS_AHEAD, 11)}
                onSelect={(day) => {
                  store(isoOfDate(day));
                  close(input.current);
                }}
              />
            </div>
          )}
        </div>
      )}
    </FormField>
  );
}
