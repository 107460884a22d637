import type { Contact } from '@shared/domain';
import { useT, type MessageKey } from '../i18n';
import { PlusIcon, TrashIcon } from './icons';

const FIELDS: { key: keyof Contact; label: MessageKey; type: string; autoComplete: string }[] = [
  { key: 'name', label: 'contacts.name', type: 'text', autoComplete: 'off' },
  { key: 'role', label: 'contacts.role', type: 'text', autoComplete: 'off' },
  { key: 'phone', label: 'contacts.phone', type: 'tel', autoComplete: 'off' },
  { key: 'email', label: 'contacts.email', type: 'email', autoComplete: 'off' },
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
          {FIELDS.map(({ key, label, type, autoComplete }) => (
            <div className="contact__field" key={key}>
              <label className="contact__label" htmlFor={`${idPrefix}-${index}-${key}`}>
                {t(label)}
              </label>
              <input
                id={`${idPrefix}-${index}-${key}`}
                className="field__input field__input--compact"
                type={type}
                autoComplete={autoComplete}
                value={contact[key]}
                maxLength={key === 'phone' ? 100 : 200}
                onChange={(event) => update(index, { [key]: event.target.value })}
              />
            </div>
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
