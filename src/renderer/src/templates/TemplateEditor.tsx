import type { ReleaseTemplate, TemplateVersion } from '@shared/domain';
import { FIELD_LIMITS } from '@shared/field-limits';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { ContactsEditor } from '../components/ContactsEditor';
import { FormField } from '../components/FormField';
import { RichTextEditor } from '../editor/RichTextEditor';
import { useT, useUiLanguage } from '../i18n';
import { useDraftingStore } from '../stores/drafting-store';
import { useNoticeStore } from '../stores/notice-store';
import { SaveIndicator } from './SaveIndicator';
import { useDebouncedSave } from './use-debounced-save';

const EMPTY_VERSION: TemplateVersion = {
  title: '',
  lead: '',
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  datelinePlace: '',
  issuer: '',
};

/** One kind's template: per language its structure, title, lead, dateline place and issuer. */
export function TemplateEditor({
  template,
  onReset,
}: {
  template: ReleaseTemplate;
  /** After the built-in template was put back: the screen shows it afresh. */
  onReset(): void;
}) {
  const t = useT();
  const uiLang = useUiLanguage();
  const snippets = useDraftingStore((s) => s.snippets);
  const saveTemplate = useDraftingStore((s) => s.saveTemplate);
  const resetTemplate = useDraftingStore((s) => s.resetTemplate);
  const { value, change, state, error, retry } = useDebouncedSave(template, saveTemplate);
  const [lang, setLang] = useState<Lang>(uiLang);
  const version = value.versions[lang] ?? EMPTY_VERSION;
  const editVersion = (patch: Partial<TemplateVersion>) =>
    change({ ...value, versions: { ...value.versions, [lang]: { ...version, ...patch } } });
  const id = (field: string) => `template-${field}`;

  return (
    <div className="template-editor">
      <div className="template-editor__bar">
        <FormField id={id('lang')} label={t('templates.language')} className="field field--inline">
          {(control) => (
            <select
              {...control}
              className="field__input field__input--compact"
              value={lang}
              onChange={(event) => setLang(event.target.value as Lang)}
            >
              {LANGS.map((option) => (
                <option key={option} value={option} lang={option}>
                  {LANG_NATIVE_NAMES[option]}
                  {value.versions[option] ? '' : ` — ${t('templates.noVersion')}`}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <SaveIndicator state={state} error={error} onRetry={() => void retry()} />
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            // Pending edits are stored first, so that they cannot land on top of the reset.
            void retry()
              .then(() => resetTemplate(value.kind))
              .then(onReset, useNoticeStore.getState().report)
          }
        >
          {t('templates.reset')}
        </button>
      </div>
      {!value.versions[lang] && <p className="field__hint">{t('templates.noVersionHint')}</p>}
      <div className="template-editor__grid">
        <FormField
          id={id('title')}
          label={t('editor.title')}
          limit={{ value: version.title, max: FIELD_LIMITS.title }}
        >
          {(control) => (
            <input
              {...control}
              className="field__input"
              lang={lang}
              value={version.title}
              placeholder={t('templates.titlePlaceholder')}
              onChange={(event) => editVersion({ title: event.target.value })}
            />
          )}
        </FormField>
        <FormField
          id={id('lead')}
          label={t('editor.lead')}
          limit={{ value: version.lead, max: FIELD_LIMITS.lead }}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input field__input--grow"
              lang={lang}
              rows={2}
              value={version.lead}
              onChange={(event) => editVersion({ lead: event.target.value })}
            />
          )}
        </FormField>
        <div className="template-editor__pair">
          <FormField
            id={id('place')}
            label={t('meta.place')}
            limit={{ value: version.datelinePlace, max: FIELD_LIMITS.datelinePlace }}
          >
            {(control) => (
              <input
                {...control}
                className="field__input"
                lang={lang}
                value={version.datelinePlace}
                onChange={(event) => editVersion({ datelinePlace: event.target.value })}
              />
            )}
          </FormField>
          <FormField
            id={id('issuer')}
            label={t('meta.issuer')}
            limit={{ value: version.issuer, max: FIELD_LIMITS.issuer }}
          >
            {(control) => (
              <input
                {...control}
                className="field__input"
                lang={lang}
                value={version.issuer}
                onChange={(event) => editVersion({ issuer: event.target.value })}
              />
            )}
          </FormField>
        </div>
        <div className="field">
          <span className="field__label" id={id('body-label')}>
            {t('templates.structure')}
          </span>
          <RichTextEditor
            key={`${value.kind}:${lang}`}
            content={version.body}
            lang={lang}
            labelId={id('body-label')}
            size="short"
            onChange={(body) => editVersion({ body })}
          />
        </div>
        <FormField id={id('snippet')} label={t('templates.snippet')}>
          {(control) => (
            <select
              {...control}
              className="field__input"
              value={value.snippetId ?? ''}
              onChange={(event) => change({ ...value, snippetId: event.target.value || null })}
            >
              <option value="">{t('templates.noSnippet')}</option>
              {(snippets ?? []).map((snippet) => (
                <option key={snippet.id} value={snippet.id}>
                  {snippet.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="field">
          <span className="field__label">{t('meta.contacts')}</span>
          <ContactsEditor
            idPrefix="template-contact"
            contacts={value.contacts}
            onChange={(contacts) => change({ ...value, contacts })}
          />
        </div>
      </div>
    </div>
  );
}
