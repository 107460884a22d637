import type { Contact, ContactLabel } from '@shared/domain';
import { FIELD_LIMITS } from '@shared/field-limits';
import type { Lang } from '@shared/languages';
import { useT } from '../i18n';

const EMPTY: ContactLabel = { name: '', role: '' };

/**
 * A translation's press contacts: each release contact's name and role in this language, the
 * source's shown as the placeholder until it has its own. Phone and e-mail are one number and
 * one address whatever the language, so they are shown here and edited in the source version.
 */
export function ContactLabelsEditor({
  idPrefix,
  lang,
  contacts,
  labels,
  onChange,
}: {
  idPrefix: string;
  lang: Lang;
  /** The release's contacts as the source version writes them. */
  contacts: Contact[];
  labels: ContactLabel[] | undefined;
  onChange(labels: ContactLabel[]): void;
}) {
  const t = useT();
  const update = (index: number, patch: Partial<ContactLabel>) =>
    onChange(
      contacts.map((_, i) => {
        const own = labels?.[i] ?? EMPTY;
        return i === index ? { ...own, ...patch } : own;
      }),
    );
  return (
    <div className="contacts">
      {contacts.length === 0 && <p className="field__hint">{t('contacts.none')}</p>}
      {contacts.map((contact, index) => (
        <fieldset key={index} className="contact">
          <legend className="sr-only">{t('contacts.number', { number: index + 1 })}</legend>
          {(['name', 'role'] as const).map((key) => (
            <div className="contact__field" key={key}>
              <label className="contact__label" htmlFor={`${idPrefix}-${index}-${key}`}>
                {t(`contacts.${key}`)}
              </label>
              <input
                id={`${idPrefix}-${index}-${key}`}
                className="field__input field__input--compact"
                lang={lang}
                autoComplete="off"
                value={labels?.[index]?.[key] ?? ''}
                placeholder={contact[key]}
                maxLength={key === 'name' ? FIELD_LIMITS.contactName : FIELD_LIMITS.contactRole}
                onChange={(event) => update(index, { [key]: event.target.value })}
              />
            </div>
          ))}
          {(['phone', 'email'] as const).map((key) => (
            <div className="contact__field" key={key}>
              <label className="contact__label" htmlFor={`${idPrefix}-${index}-${key}`}>
                {t(`contacts.${key}`)}
              </label>
              <input
                id={`${idPrefix}-${index}-${key}`}
                className="field__input field__input--compact"
                value={contact[key]}
                readOnly
              />
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
