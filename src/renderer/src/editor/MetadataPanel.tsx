import { RELEASE_KINDS, type BoilerplateSnippet, type ReleaseKind } from '@shared/domain';
import { formatDateline } from '@shared/date-format';
import { FIELD_LIMITS } from '@shared/field-limits';
import { LANG_NATIVE_NAMES, type Lang } from '@shared/languages';
import { withoutContactLabel } from '@shared/version-metadata';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ContactsEditor } from '../components/ContactsEditor';
import { DateField } from '../components/DateField';
import { FormField } from '../components/FormField';
import { useT } from '../i18n';
import { useDraftingStore } from '../stores/drafting-store';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { TagsSection } from '../vocabulary/TagsSection';
import { ContactLabelsEditor } from './ContactLabelsEditor';
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

/** Says, under a field of a translation left empty, that the source's value is used. */
function FromSource({ shown, source, testId }: { shown: boolean; source: Lang; testId: string }) {
  const t = useT();
  if (!shown) return null;
  return (
    <p className="field__hint" data-testid={testId}>
      {t('meta.fromSource', { source: LANG_NATIVE_NAMES[source] })}
    </p>
  );
}

/**
 * What a release says besides its text: kind, date, dateline, embargo, issuer, contacts and
 * boilerplate. Kind, date and embargo are release-wide; the dateline place, signature, contact
 * names and boilerplate follow the version being edited. A translation's empty place, signature
 * or contact name shows the source's as its placeholder: that is what its export prints.
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
            sourceLang: s.draft.sourceLang,
            issuer: s.draft.issuer,
            contacts: s.draft.contacts,
            boilerplate: s.draft.boilerplate,
            place: s.draft.variants[lang]?.datelinePlace ?? '',
            sourcePlace: s.draft.variants[s.draft.sourceLang]?.datelinePlace ?? '',
            ownIssuer: s.draft.variants[lang]?.issuer ?? '',
            ownContacts: s.draft.variants[lang]?.contacts,
          }
        : null,
    ),
  );
  const editFields = useOpenReleaseStore((s) => s.editFields);
  const edit = useOpenReleaseStore((s) => s.edit);
  const snippets = useDraftingStore((s) => s.snippets) ?? NO_SNIPPETS;
  if (!draft) return null;
  const isSource = lang === draft.sourceLang;
  const placeFallback = !isSource && !draft.place.trim() && draft.sourcePlace.trim() !== '';
  const place = placeFallback ? draft.sourcePlace : draft.place;
  const issuerFallback = !isSource && !draft.ownIssuer.trim() && draft.issuer.trim() !== '';
  // A contact removed in the source goes from every translation's list too, so that the names
  // stay beside the contacts they belong to.
  const removeContactLabels = (index: number) => {
    const variants = useOpenReleaseStore.getState().draft?.variants ?? {};
    for (const variant of Object.values(variants))
      if (variant?.contacts) edit(variant.lang, { contacts: withoutContactLabel(variant.contacts, index) });
  };
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
          limit={{ value: draft.place, max: FIELD_LIMITS.datelinePlace }}
        >
          {(control) => (
            <input
              {...control}
              className="field__input field__input--compact"
              lang={lang}
              value={draft.place}
              placeholder={isSource || !draft.sourcePlace ? t('meta.placePlaceholder') : draft.sourcePlace}
              onChange={(event) => edit(lang, { datelinePlace: event.target.value })}
            />
          )}
        </FormField>
        <FromSource shown={placeFallback} source={draft.sourceLang} testId="place-from-source" />
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
          limit={{ value: isSource ? draft.issuer : draft.ownIssuer, max: FIELD_LIMITS.issuer }}
        >
          {(control) => (
            <textarea
              {...control}
              className="field__input field__input--compact field__input--grow"
              lang={lang}
              rows={2}
              value={isSource ? draft.issuer : draft.ownIssuer}
              placeholder={isSource || !draft.issuer ? t('meta.issuerPlaceholder') : draft.issuer}
              onChange={(event) =>
                isSource
                  ? editFields({ issuer: event.target.value })
                  : edit(lang, { issuer: event.target.value })
              }
            />
          )}
        </FormField>
        <FromSource shown={issuerFallback} source={draft.sourceLang} testId="issuer-from-source" />
      </Section>

      <Section id="meta-contacts" title={t('meta.contacts')}>
        {isSource ? (
          <ContactsEditor
            idPrefix="meta-contact"
            contacts={draft.contacts}
            onChange={(contacts) => editFields({ contacts })}
            onRemove={removeContactLabels}
          />
        ) : (
          <>
            <ContactLabelsEditor
              idPrefix="meta-contact"
              lang={lang}
              contacts={draft.contacts}
              labels={draft.ownContacts}
              onChange={(contacts) => edit(lang, { contacts })}
            />
            {draft.contacts.length > 0 && (
              <p className="field__hint">
                {t('meta.contactsShared', { source: LANG_NATIVE_NAMES[draft.sourceLang] })}
              </p>
            )}
          </>
        )}
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
