import type { VocabularyEntry } from '@shared/domain';
import type { Lang } from '@shared/languages';
import { autocomplete, type AutocompleteMatch } from '@shared/vocabulary/autocomplete';
import { entryNames } from '@shared/vocabulary/names';
import { nameKey } from '@shared/vocabulary/validate';
import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { Highlighted } from '../search/Highlighted';
import { labelIn } from './entry-label';

interface EntryPickerProps {
  id: string;
  label: string;
  /** The label's look where it differs from its surroundings' (a form's field__label). */
  labelClassName?: string;
  entries: readonly VocabularyEntry[];
  /** Entries not to offer (already chosen). */
  exclude?: ReadonlySet<string>;
  /** The language whose names are shown and preferred. */
  lang: Lang;
  onPick(entry: VocabularyEntry): void;
  /** Where given, a name no entry has can be made a new entry: offered last, or taken by Enter. */
  onCreate?(name: string): void;
  placeholder?: string;
}

/** Whether some entry already has this name, in any language (compared as the vocabulary does). */
function isNameOfAny(name: string, entries: readonly VocabularyEntry[]): boolean {
  const key = nameKey(name);
  return entries.some((entry) => entryNames(entry).some((n) => nameKey(n.text) === key));
}

const SHOWN = 8;

/**
 * A combobox that finds vocabulary entries by any label or alias in any language, case and
 * ё/е aside; arrows move through the matches, Enter picks one, Escape closes the list. With
 * onCreate, a name that is no entry's is offered as a new entry after the matches.
 */
export function EntryPicker({
  id,
  label,
  labelClassName,
  entries,
  exclude,
  lang,
  onPick,
  onCreate,
  placeholder,
}: EntryPickerProps) {
  const t = useT();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const matches = open
    ? autocomplete(text, entries, { lang, limit: SHOWN + (exclude?.size ?? 0) })
        .filter((m) => !exclude?.has(m.entry.id))
        .slice(0, SHOWN)
    : [];
  const typed = text.trim();
  const expanded = open && typed !== '';
  const creatable = expanded && onCreate !== undefined && !isNameOfAny(typed, entries);
  const optionCount = matches.length + (creatable ? 1 : 0);
  const current = Math.min(active, optionCount - 1);
  const createIndex = creatable ? matches.length : -1;

  const done = () => {
    setText('');
    setActive(0);
  };
  const pick = (match: AutocompleteMatch | undefined) => {
    if (!match) return;
    onPick(match.entry);
    done();
  };
  const create = () => {
    onCreate?.(typed);
    done();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(optionCount ? (current + step + optionCount) % optionCount : 0);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      if (current === createIndex) create();
      else pick(matches[current]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="entry-picker">
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--compact"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current >= 0 ? `${listId}-${current}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="entry-picker__list"
        hidden={!expanded}
      >
        {matches.map((match, index) => {
          const shown = labelIn(match.entry, lang);
          const byOtherName = match.name.text !== shown.text;
          return (
            <li
              key={match.entry.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className="entry-picker__option"
              // Picked on mousedown, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(match);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="entry-picker__label" lang={shown.lang}>
                {byOtherName ? (
                  shown.text
                ) : (
                  <Highlighted text={shown.text} ranges={match.highlights} />
                )}
              </span>
              {byOtherName && (
                <span className="entry-picker__name" lang={match.name.lang}>
                  <Highlighted text={match.name.text} ranges={match.highlights} />
                </span>
              )}
              <span className="entry-picker__type">{t(`vocabulary.type.${match.entry.type}`)}</span>
            </li>
          );
        })}
        {creatable && (
          <li
            id={`${listId}-${createIndex}`}
            role="option"
            aria-selected={current === createIndex}
            className="entry-picker__option entry-picker__create"
            onMouseDown={(event) => {
              event.preventDefault();
              create();
            }}
            onMouseEnter={() => setActive(createIndex)}
          >
            <span className="entry-picker__label" lang={lang}>
              {t('vocabulary.picker.create', { name: typed })}
            </span>
          </li>
        )}
        {expanded && optionCount === 0 && (
          <li role="option" aria-selected={false} aria-disabled className="entry-picker__none">
            {t('vocabulary.picker.none')}
          </li>
        )}
      </ul>
    </div>
  );
}
