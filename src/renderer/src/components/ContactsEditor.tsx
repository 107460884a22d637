import type { Contact } from '@shared/domain';
import { FIELD_LIMITS, type LimitedField } from '@shared/field-limits';
import { useT, type MessageKey } from '../i18n';
import { FormField } from './FormField';
import { PlusIcon, TrashIcon } from './icons';

const FIELDS: { key: keyof Contact; label: MessageKey; type: string; limit: LimitedField }[] = [
  { key: 'name', label: 'contacts.name', type: 'text', limit: 'contactName' },
  { key: 'role', label: 'contacts.role', type: 'text', limit: 'contactRole' },
  { key: 'phone', label: 'contacts.phone', type: 'tel', limit: 'contactPhone' },
  { key: 'email', label: 'contacts.email', type: 'email', limit: 'contactEmail' },
];
const MAX_CONTACTS = 50;
const EMPTY: Contact = { name: '', role: '', phone: '', email: '' };

/** Press contacts of a release or template: name, role, phone and e-mail of each. */
export function ContactsEditor({
  idPrefix,
  contacts,
  onChange,
  onRemove,
}: {
  idPrefix: string;
  contacts: Contact[];
  onChange(contacts: Contact[]): void;
  /** Told which contact goes, before onChange gets the list without it. */
  onRemove?(index: number): void;
}) {
  const t = useT();
  const update = (index: number, patch: Partial<Contact>) =>
    onChange(contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)));
  return (
    <div className="contacts">
      {contacts.length === 0 && <p className="field__hint">{t('contacts.none')}</p>}
      {contacts.map((contact, index) => (
        <fieldset key={index} className="contact">
          <legend className="sr-only">{t('contacts.number', { number: index + 1 })}</legend>
          {FIELDS.map(({ key, label, type, limit }) => (
            <FormField
              key={key}
              id={`${idPrefix}-${index}-${key}`}
              label={t(label)}
              className="contact__field"
              labelClassName="contact__label"
              limit={{ value: contact[key], max: FIELD_LIMITS[limit] }}
            >
              {(control) => (
                <input
                  {...control}
                  className="field__input field__input--compact"
                  type={type}
                  autoComplete="off"
                  value={contact[key]}
                  onChange={(event) => update(index, { [key]: event.target.value })}
                />
              )}
            </FormField>
          ))}
          <button
            type="button"
            className="button button--quiet button--small contact__remove"
            onClick={() => {
              onRemove?.(index);
              onChange(contacts.filter((_, i) => i !== index));
            }}
          >
            <TrashIcon />
            {t('contacts.remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={contacts.length >= MAX_CONTACTS}
        onClick={() => onChange([...contacts, EMPTY])}
      >
        <PlusIcon />
        {t('contacts.add')}
      </button>
    </div>
  );
}
