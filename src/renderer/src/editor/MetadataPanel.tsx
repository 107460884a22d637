import { RELEASE_KINDS, type BoilerplateSnippet, type ReleaseKind } from '@shared/domain';
import { formatDateline } from '@shared/date-format';
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Lang } from '@shared/languages';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ContactsEditor } from '../components/ContactsEditor';
import { DateField } from '../components/DateField';
import { FormField } from '../components/FormField';
import { useT } from '../i18n';
import { useDraftingStore } from '../stores/drafting-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { TagsSection } from '../vocabulary/TagsSection';
import { EmbargoField } from './EmbargoField';

const NO_SNIPPETS: BoilerplateSnippet[] = [];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="meta-section" aria-labelledby={id}>
      <h2 className="meta-section__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * What a release says besides its text: kind, date, dateline, embargo, issuer, contacts and
 * boilerplate. Release-wide fields, except the dateline place and the boilerplate, which are
 * per language and follow the version being edited.
 */
export function MetadataPanel({ lang }: { lang: Lang }) {
  const t = useT();
  // Field by field, so that typing in the body (which changes the draft) does not redraw the panel.
  const draft = useOpenReleaseStore(
    useShallow((s) =>
      s.draft
        ? {
            id: s.draft.id,
            kind: s.draft.kind,
            date: s.draft.date,
            issuer: s.draft.issuer,
            contacts: s.draft.contacts,
            boilerplate: s.draft.boilerplate,
            place: s.draft.variants[lang]?.datelinePlace ?? '',
          }
        : null,
    ),
  );
  const editFields = useOpenReleaseStore((s) => s.editFields);
  const edit = useOpenReleaseStore((s) => s.edit);
  const snippets = useDraftingStore((s) => s.snippets) ?? NO_SNIPPETS;
  if (!draft) return null;
  const place = draft.place;
  const boilerplate = draft.boilerplate[lang] ?? '';
  const setBoilerplate = (text: string) =>
    editFields({ boilerplate: { ...draft.boilerplate, [lang]: text } });

  return (
    <aside className="meta-panel" aria-label={t('meta.label')}>
      <Section id="meta-release" title={t('meta.release')}>
        <div className="meta-row">
          <FormField id="meta-kind" label={t('meta.kind')}>
            {(control) => (
              <select
                {...control}
                className="field__input field__input--compact"
                value={draft.kind}
                onChange={(event) => editFields({ kind: event.target.value as ReleaseKind })}
              >
                {RELEASE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <DateField
            id="meta-date"
            label={t('meta.date')}
            value={draft.date}
            required
            onChange={(date) => {
              if (date) editFields({ date });
            }}
          />
        </div>
      </Section>

      <TagsSection key={draft.id} lang={lang} />

      <Section id="meta-dateline" title={t('meta.dateline')}>
        <FormField
          id="meta-place"
          label={t('meta.place')}
          limit={{ value: place, max: FIELD_LIMITS.datelinePlace }}
        >
          {(control) => (
            <input
              {...control}
              className="field__input field__input--compact"
              lang={lang}
              value={place}
              placeholder={t('meta.placePlaceholder')}
              onChange={(event) => edit(lang, { datelinePlace: event.target.value })}
            />
          )}
        </FormField>
        <p className="meta-preview" lang={lang} data-testid="dateline-preview">
          {formatDateline(place, draft.date, lang)}
        </p>
      </Section>

      <Section id="meta-embargo" title={t('meta.embargo')}>
        <EmbargoField key={draft.id} />
      </Section>

      <Section id="meta-issuer" title={t('meta.issuer')}>
        <FormField
          id="meta-issuer-text"
          label={t('meta.issuer')}
          labelHidden
          limit={{ value: draft.issuer, max: FIELD_LIMITS.issuer }}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input field__input--compact field__input--grow"
              rows={2}
              value={draft.issuer}
              placeholder={t('meta.issuerPlaceholder')}
              onChange={(event) => editFields({ issuer: event.target.value })}
            />
          )}
        </FormField>
      </Section>

      <Section id="meta-contacts" title={t('meta.contacts')}>
        <ContactsEditor
          idPrefix="meta-contact"
          contacts={draft.contacts}
          onChange={(contacts) => editFields({ contacts })}
        />
      </Section>

      <Section id="meta-boilerplate" title={t('meta.boilerplate')}>
        <FormField id="meta-snippet" label={t('meta.snippet')}>
          {(control) => (
            <select
              {...control}
              className="field__input field__input--compact"
              value=""
              onChange={(event) => {
                const snippet = snippets.find((s) => s.id === event.target.value);
                if (snippet) setBoilerplate(snippet.texts[lang] ?? '');
              }}
            >
              <option value="">{t('meta.snippetChoose')}</option>
              {snippets.map((snippet) => (
                <option key={snippet.id} value={snippet.id} disabled={!snippet.texts[lang]}>
                  {snippet.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="meta-boilerplate-text"
          label={t('meta.boilerplateText')}
          limit={{ value: boilerplate, max: FIELD_LIMITS.boilerplate }}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input field__input--compact field__input--grow"
              lang={lang}
              rows={4}
              value={boilerplate}
              onChange={(event) => setBoilerplate(event.target.value)}
            />
          )}
        </FormField>
      </Section>
    </aside>
  );
}
