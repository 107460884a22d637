import { VOCABULARY_TYPES, type VocabularyEntry } from '@shared/domain';
import type { VocabularyFormat } from '@shared/search-api';
import { autocomplete } from '@shared/vocabulary/autocomplete';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { ArrowLeftIcon, PlusIcon, UploadIcon } from '../components/icons';
import { UI_LOCALES, useT, useUiLanguage } from '../i18n';
import { useNavigationStore } from '../stores/navigation-store';
import { useNoticeStore } from '../stores/notice-store';
import { useReleasesStore } from '../stores/releases-store';
import { DeleteDialog } from './DeleteDialog';
import { downloadText } from './download';
import { labelIn } from './entry-label';
import { EntryForm } from './EntryForm';
import { VocabularyImportDialog } from './VocabularyImportDialog';
import { MergeDialog } from './MergeDialog';
import { useVocabularyStore } from './vocabulary-store';
import './vocabulary.css';

type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'entry'; id: string };

const FILE_TYPES: Record<VocabularyFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

async function exportAs(format: VocabularyFormat): Promise<void> {
  const { content } = await api.call('vocabulary.export', { format });
  downloadText(`vocabulary.${format}`, content, FILE_TYPES[format]);
}

/** Back to the releases, whose tags merging or deleting may have changed. */
function backToList(): void {
  useNavigationStore.getState().show({ name: 'list' });
  useReleasesStore.getState().refresh().catch(useNoticeStore.getState().report);
}

/**
 * The tag vocabulary: people, organisations, places, events and topics, each named in the
 * seven languages. Find an entry by any of its names, edit it, merge two, delete one, and
 * import or export the whole as JSON or CSV.
 */
export function VocabularyScreen() {
  const t = useT();
  const uiLang = useUiLanguage();
  const entries = useVocabularyStore((s) => s.entries);
  const usage = useVocabularyStore((s) => s.usage);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [filterText, setFilterText] = useState('');
  const [filterType, setFilterType] = useState<VocabularyEntry['type'] | ''>('');
  const [dialog, setDialog] = useState<'import' | 'merge' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    // Fresh counts each time the screen opens: releases may have been tagged meanwhile.
    useVocabularyStore.getState().reload().catch(useNoticeStore.getState().report);
  }, []);

  const all = entries ?? [];
  const selected =
    selection.kind === 'entry' ? (all.find((e) => e.id === selection.id) ?? null) : null;
  const collator = new Intl.Collator(UI_LOCALES[uiLang]);
  const found = filterText.trim()
    ? autocomplete(filterText, all, { lang: uiLang, limit: all.length }).map((m) => m.entry)
    : [...all].sort((a, b) => collator.compare(labelIn(a, uiLang).text, labelIn(b, uiLang).text));
  const shown = filterType ? found.filter((e) => e.type === filterType) : found;

  return (
    <section className="vocabulary-screen">
      <div className="screen-bar">
        <button type="button" className="button button--quiet" onClick={backToList}>
          <ArrowLeftIcon />
          {t('editor.back')}
        </button>
        <h1 className="screen-bar__title" id="vocabulary-heading">
          {t('vocabulary.heading')}
        </h1>
        <span className="screen-bar__count" role="status">
          {t('vocabulary.count', { count: all.length })}
        </span>
        <button type="button" className="button" onClick={() => setDialog('import')}>
          <UploadIcon />
          {t('vocabulary.import')}
        </button>
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--quiet"
            disabled={all.length === 0}
            onClick={() => exportAs(format).catch(useNoticeStore.getState().report)}
          >
            {t(`vocabulary.export.${format}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setNotice(null);
            setSelection({ kind: 'new' });
          }}
        >
          <PlusIcon />
          {t('vocabulary.new')}
        </button>
      </div>
      {notice && (
        <p className="vocabulary-notice" role="status">
          {notice}
        </p>
      )}
      <div className="vocabulary-layout">
        <div className="vocabulary-browse">
          <div className="vocabulary-filters" role="search" aria-label={t('vocabulary.filters')}>
            <div className="list-toolbar__field">
              <label htmlFor="vocabulary-find">{t('vocabulary.find')}</label>
              <input
                id="vocabulary-find"
                type="search"
                className="field__input field__input--compact"
                autoComplete="off"
                value={filterText}
                placeholder={t('vocabulary.findPlaceholder')}
                onChange={(event) => setFilterText(event.target.value)}
              />
            </div>
            <div className="list-toolbar__field">
              <label htmlFor="vocabulary-type">{t('vocabulary.type')}</label>
              <select
                id="vocabulary-type"
                className="field__input field__input--compact"
                value={filterType}
                onChange={(event) =>
                  setFilterType(event.target.value as VocabularyEntry['type'] | '')
                }
              >
                <option value="">{t('vocabulary.anyType')}</option>
                {VOCABULARY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`vocabulary.type.${type}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {entries && all.length === 0 ? (
            <p className="vocabulary-empty">{t('vocabulary.empty')}</p>
          ) : (
            <ul className="vocabulary-list" aria-labelledby="vocabulary-heading">
              {shown.map((entry) => {
                const label = labelIn(entry, uiLang);
                const current = selected?.id === entry.id;
                return (
                  <li key={entry.id}>
                    <button
                      type="button"
                      className="vocabulary-item"
                      aria-current={current ? 'true' : undefined}
                      onClick={() => {
                        setNotice(null);
                        setSelection({ kind: 'entry', id: entry.id });
                      }}
                    >
                      <span className="vocabulary-item__label" lang={label.lang}>
                        {label.text}
                      </span>
                      <span className="vocabulary-item__meta">
                        {t(`vocabulary.type.${entry.type}`)} <span aria-hidden="true">·</span>{' '}
                        {t('vocabulary.used', { count: usage[entry.id] ?? 0 })}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div className="vocabulary-detail">
          {selection.kind === 'none' || (selection.kind === 'entry' && !selected) ? (
            <p className="vocabulary-hint">{t('vocabulary.pick')}</p>
          ) : (
            <EntryForm
              key={selected?.id ?? 'new'}
              entry={selected}
              entries={all}
              used={selected ? (usage[selected.id] ?? 0) : 0}
              onSaved={(entry) => {
                setNotice(t('vocabulary.saved', { entry: labelIn(entry, uiLang).text }));
                setSelection({ kind: 'entry', id: entry.id });
              }}
              onCancel={() => setSelection({ kind: 'none' })}
              onMerge={() => setDialog('merge')}
              onDelete={() => setDialog('delete')}
            />
          )}
        </div>
      </div>
      <VocabularyImportDialog
        open={dialog === 'import'}
        onClose={() => setDialog(null)}
        onImported={(outcome) => {
          setDialog(null);
          setNotice(
            t('vocabulary.imported', {
              added: outcome.added.length,
              updated: outcome.updated.length,
            }),
          );
          useVocabularyStore.getState().reload().catch(useNoticeStore.getState().report);
        }}
      />
      <MergeDialog
        from={dialog === 'merge' ? selected : null}
        entries={all}
        onClose={() => setDialog(null)}
        onMerged={(into, retagged) => {
          setDialog(null);
          setNotice(t('vocabulary.merged', { entry: labelIn(into, uiLang).text, count: retagged }));
          setSelection({ kind: 'entry', id: into.id });
        }}
      />
      <DeleteDialog
        entry={dialog === 'delete' ? selected : null}
        onClose={() => setDialog(null)}
        onDeleted={(retagged) => {
          setDialog(null);
          setNotice(t('vocabulary.deleted', { count: retagged }));
          setSelection({ kind: 'none' });
        }}
      />
    </section>
  );
}
