import type { Contact, Embargo, ReleaseKind } from '@shared/domain';
import { describeError } from '@shared/errors';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import {
  mergeReleases,
  type MergeConflict,
  type MergedField,
  type MergedText,
} from '@shared/merge/release-merge';
import { wordDiff, type WordSegment } from '@shared/review/word-diff';
import { useMemo, useState } from 'react';
import { Modal } from '../components/Modal';
import { formatCalendarDate, useT, useUiLanguage, type MessageKey, type Translate } from '../i18n';
import type { UiLang } from '@shared/languages';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { labelIn } from '../vocabulary/entry-label';
import { useVocabularyStore } from '../vocabulary/vocabulary-store';
import type { ConflictCopies } from './autosave-queue';
import {
  blocksText,
  conflictEntries,
  type ConflictEntry,
  type ConflictPlace,
} from './conflict-places';
import './conflict.css';

type Side = 'mine' | 'theirs';

const FIELD_LABELS: Record<MergedField, MessageKey> = {
  kind: 'meta.kind',
  date: 'meta.date',
  embargo: 'meta.embargo',
  issuer: 'meta.issuer',
  contacts: 'meta.contacts',
  boilerplate: 'meta.boilerplate',
  tags: 'tags.heading',
};

const TEXT_LABELS: Record<MergedText, MessageKey> = {
  title: 'editor.title',
  lead: 'editor.lead',
  datelinePlace: 'meta.place',
};

function placeLabel(place: ConflictPlace, t: Translate): string {
  if (place.kind === 'field') return t(FIELD_LABELS[place.field]);
  const language = LANG_NATIVE_NAMES[place.lang];
  if (place.kind === 'text')
    return t('conflict.place.text', { field: t(TEXT_LABELS[place.text]), language });
  if (place.to < place.from) return t('conflict.place.added', { language, after: place.from - 1 });
  if (place.to === place.from)
    return t('conflict.place.paragraph', { language, number: place.from });
  return t('conflict.place.paragraphs', { language, from: place.from, to: place.to });
}

/** A release-wide field's value as one line of text per item. */
function fieldText(field: MergedField, value: unknown, t: Translate, uiLang: UiLang): string {
  switch (field) {
    case 'kind':
      return t(`kind.${value as ReleaseKind}`);
    case 'date':
      return formatCalendarDate(value as string, uiLang);
    case 'embargo': {
      const embargo = value as Embargo | null;
      return embargo
        ? `${embargo.until.replace('T', ' ')} (${embargo.timeZone})`
        : t('conflict.noEmbargo');
    }
    case 'issuer':
      return value as string;
    case 'contacts':
      return (value as Contact[])
        .map((c) => [c.name, c.role, c.phone, c.email].filter(Boolean).join(', '))
        .join('\n');
    case 'boilerplate':
      return Object.entries(value as Partial<Record<Lang, string>>)
        .map(([lang, text]) => `${LANG_NATIVE_NAMES[lang as Lang]}: ${text}`)
        .join('\n');
    case 'tags': {
      // Tags are stored as entry ids; a reader compares them by name (the id only for an entry gone).
      const entries = new Map((useVocabularyStore.getState().entries ?? []).map((e) => [e.id, e]));
      return (value as string[])
        .map((id) => {
          const entry = entries.get(id);
          return entry ? labelIn(entry, uiLang, uiLang).text : id;
        })
        .join(', ');
    }
  }
}

function sideTexts(conflict: MergeConflict, t: Translate, uiLang: UiLang): Record<Side, string> {
  if (conflict.kind === 'text') return { mine: conflict.mine, theirs: conflict.theirs };
  if (conflict.kind === 'body')
    return { mine: blocksText(conflict.mine), theirs: blocksText(conflict.theirs) };
  return {
    mine: fieldText(conflict.field, conflict.mine, t, uiLang),
    theirs: fieldText(conflict.field, conflict.theirs, t, uiLang),
  };
}

/** One side's text, the words the other side does not have marked. */
function SideText({ segments, side, lang }: { segments: WordSegment[]; side: Side; lang?: Lang }) {
  const t = useT();
  const own = side === 'theirs' ? 'removed' : 'added';
  const shown = segments.filter((s) => s.op === 'equal' || s.op === own);
  return (
    <div className="conflict-side__text" lang={lang}>
      {shown.length === 0 || shown.every((s) => s.text === '') ? (
        <em className="conflict-side__empty">{t('conflict.empty')}</em>
      ) : (
        shown.map((segment, index) =>
          segment.op === 'equal' ? (
            <span key={index}>{segment.text}</span>
          ) : (
            <mark key={index} className="conflict-changed">
              {segment.text}
            </mark>
          ),
        )
      )}
    </div>
  );
}

function ConflictPlaceRow({
  entry,
  choice,
  onChoose,
}: {
  entry: ConflictEntry;
  choice: Side;
  onChoose(side: Side): void;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  const texts = sideTexts(entry.conflict, t, uiLang);
  const segments = wordDiff(texts.theirs, texts.mine);
  const lang = entry.place.kind === 'field' ? undefined : entry.place.lang;
  return (
    <fieldset className="conflict-place" data-testid="conflict-place" data-id={entry.id}>
      <legend className="conflict-place__label">{placeLabel(entry.place, t)}</legend>
      <div className="conflict-place__sides">
        {(['theirs', 'mine'] as const).map((side) => (
          <label
            key={side}
            className={choice === side ? 'conflict-side conflict-side--chosen' : 'conflict-side'}
          >
            <span className="conflict-side__head">
              <input
                type="radio"
                name={`conflict-${entry.id}`}
                checked={choice === side}
                onChange={() => onChoose(side)}
              />
              {t(side === 'mine' ? 'conflict.keepMine' : 'conflict.takeTheirs')}
            </span>
            <SideText segments={segments} side={side} lang={lang} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ConflictChoices({ copies, onClose }: { copies: ConflictCopies; onClose(): void }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const resolve = useOpenReleaseStore((s) => s.resolveConflict);
  const saveError = useOpenReleaseStore((s) => s.saveError);
  const entries = useMemo(
    () => conflictEntries(mergeReleases(copies.base, copies.mine, copies.theirs)),
    [copies],
  );
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const chosen = (id: string): Side => choices[id] ?? 'mine';
  const chooseAll = (side: Side) =>
    setChoices(Object.fromEntries(entries.map((entry) => [entry.id, side])));

  const save = async () => {
    setBusy(true);
    const done = await resolve(Object.fromEntries(entries.map((e) => [e.id, chosen(e.id)])));
    setBusy(false);
    if (done) onClose();
    else setFailed(true);
  };

  return (
    <div className="dialog-form conflict-dialog">
      <p className="dialog__text">{t('conflict.intro')}</p>
      <div className="conflict-dialog__all" role="group" aria-label={t('conflict.everywhere')}>
        <button type="button" className="button button--small" onClick={() => chooseAll('theirs')}>
          {t('conflict.allTheirs')}
        </button>
        <button type="button" className="button button--small" onClick={() => chooseAll('mine')}>
          {t('conflict.allMine')}
        </button>
      </div>
      <div className="conflict-dialog__places">
        {entries.map((entry) => (
          <ConflictPlaceRow
            key={entry.id}
            entry={entry}
            choice={chosen(entry.id)}
            onChoose={(side) => setChoices((all) => ({ ...all, [entry.id]: side }))}
          />
        ))}
      </div>
      <p className="dialog__text">{t('conflict.kept')}</p>
      {failed && saveError && (
        <p className="editor-notice editor-notice--error" role="alert">
          {t('conflict.failed', { reason: describeError(saveError, uiLang) })}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t('conflict.later')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          disabled={busy}
        >
          {t('conflict.save')}
        </button>
      </div>
    </div>
  );
}

/**
 * Two windows changed the same places of one release: each place side by side, the other
 * window's copy and this one's, the differing words marked; the user keeps one side per place
 * (or everywhere) and saves the merge. What gives way is kept in the history.
 */
export function ConflictDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const copies = useOpenReleaseStore((s) => s.conflict);
  return (
    <Modal
      open={open && copies !== null}
      titleId="conflict-title"
      title={t('conflict.title')}
      onClose={onClose}
      size="large"
    >
      {copies && <ConflictChoices copies={copies} onClose={onClose} />}
    </Modal>
  );
}
