/**
 * A refused save in words a user can act on. The contract's validation detail
 * (`release.variants.en.title: Too big: …`) is for logs; here it becomes a sentence naming the
 * field, its language version and its limit.
 */
import { describeError, type ApiError } from '@shared/errors';
import { FIELD_LIMITS, type LimitedField } from '@shared/field-limits';
import { LANG_NATIVE_NAMES, LANGS, type Lang, type UiLang } from '@shared/languages';
import type { MessageKey } from '../i18n/en';
import { translate } from '../i18n/translate';

const FIELD_LABELS: Record<LimitedField, MessageKey> = {
  title: 'editor.title',
  lead: 'editor.lead',
  datelinePlace: 'meta.place',
  issuer: 'meta.issuer',
  boilerplate: 'meta.boilerplateText',
  contactName: 'contacts.name',
  contactRole: 'contacts.role',
  contactPhone: 'contacts.phone',
  contactEmail: 'contacts.email',
};

const CONTACT_FIELDS: Record<string, LimitedField> = {
  name: 'contactName',
  role: 'contactRole',
  phone: 'contactPhone',
  email: 'contactEmail',
};

interface FieldAt {
  field: LimitedField;
  lang: Lang | null;
}

function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** Which field a validation path names: release.variants.<lang>.<field>, release.contacts.<i>.<field>... */
function fieldOfPath(path: string[]): FieldAt | null {
  const [root, first, second, third] = path;
  if (root !== 'release') return null;
  if (first === 'variants' && isLang(second) && third && third in FIELD_LIMITS) {
    return { field: third as LimitedField, lang: second };
  }
  if (first === 'boilerplate' && isLang(second)) return { field: 'boilerplate', lang: second };
  if (first === 'contacts' && third && third in CONTACT_FIELDS) return { field: CONTACT_FIELDS[third]!, lang: null };
  if (first === 'issuer') return { field: 'issuer', lang: null };
  return null;
}

export function describeSaveError(error: ApiError, uiLang: UiLang): string {
  if (error.code !== 'invalid-input') return describeError(error, uiLang);
  const [path = '', issue = ''] = (error.detail ?? '').split(': ', 2);
  const at = fieldOfPath(path.split('.'));
  if (!at) return translate(uiLang, 'save.refused');
  const field = translate(uiLang, FIELD_LABELS[at.field]);
  if (!/too big/i.test(issue)) return translate(uiLang, 'save.fieldInvalid', { field });
  const limit = FIELD_LIMITS[at.field];
  return at.lang
    ? translate(uiLang, 'save.fieldTooLongIn', { field, limit, language: LANG_NATIVE_NAMES[at.lang] })
    : translate(uiLang, 'save.fieldTooLong', { field, limit });
}
