/**
 * A save the contract refuses reaches the user as a sentence naming the field, its language
 * version and its limit, in the UI language; never as the validator's path and message.
 */
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/errors';
import { FIELD_LIMITS } from '@shared/field-limits';
import { contract } from '@shared/contract';
import { describeSaveError } from '../../src/renderer/src/editor/save-error-text';
import { emptyRelease } from '../fixtures/empty-release';

/** The error the dispatcher gives for this release: the real contract's first issue, as `path: message`. */
function refusal(release: unknown): ApiError {
  const result = contract['releases.save'].input.safeParse({ release });
  if (result.success) throw new Error('the contract accepted the release');
  const [issue] = result.error.issues;
  return { code: 'invalid-input', message: 'invalid', detail: `${issue!.path.join('.')}: ${issue!.message}` };
}

describe('describeSaveError', () => {
  const en = emptyRelease.variants.en!;

  it('names a too-long title, its language and the limit, in English and Russian', () => {
    const error = refusal({ ...emptyRelease, variants: { en: { ...en, title: 'x'.repeat(5000) } } });
    expect(error.detail).toMatch(/^release\.variants\.en\.title: Too big/);
    expect(describeSaveError(error, 'en')).toBe(
      'Not saved: the field “Title” (English) is longer than the 1,000 characters allowed. Shorten it and the release saves again.',
    );
    expect(describeSaveError(error, 'ru')).toBe(
      'Не сохранено: поле «Заголовок» (English) длиннее допустимых 1\u00a0000 символов. Сократите его, и релиз снова сохранится.',
    );
  });

  it('names release-wide fields and contacts without a language', () => {
    const issuer = refusal({ ...emptyRelease, issuer: 'x'.repeat(FIELD_LIMITS.issuer + 1) });
    expect(describeSaveError(issuer, 'en')).toContain('“Issuer and signature” is longer than the 500 characters');
    const contact = { name: 'A', role: '', phone: 'x'.repeat(FIELD_LIMITS.contactPhone + 1), email: '' };
    expect(describeSaveError(refusal({ ...emptyRelease, contacts: [contact] }), 'en')).toContain('“Phone” is longer');
  });

  it('never shows the validator’s text, even for a path it cannot name', () => {
    const error = refusal({ ...emptyRelease, date: 'tomorrow' });
    for (const lang of ['en', 'ru'] as const) {
      const text = describeSaveError(error, lang);
      expect(text).not.toContain('release.');
      expect(text).not.toMatch(/Invalid|Too big|expected/);
    }
  });
});
