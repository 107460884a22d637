import { VOCABULARY_TYPES, type VocabularyEntry } from '@shared/domain';
import { describeError } from '@shared/errors';
import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { useState } from 'react';
import { apiErrorOf } from '../api';
import { useT, useUiLanguage, type Translate } from '../i18n';
import { labelIn } from './entry-label';
import { fieldsOf, inputOf, type EntryFields } from './entry-form';
import { nameProblems, type NameProblem } from './name-check';
import { useVocabularyStore } from './vocabulary-store';

interface EntryFormProps {
  /** The entry being edited; null for a new one. */
  entry: VocabularyEntry | null;
  entries: readonly VocabularyEntry[];
  /** Releases tagged with it. */
  used: number;
  onSaved(entry: VocabularyEntry): void;
  onCancel(): void;
  onMerge(): void;
  onDelete(): void;
}

function describeProblem(problem: NameProblem, t: Translate, uiLang: Lang): string {
  if (problem.kind === 'no-label') return t('vocabulary.problem.noLabel');
  if (problem.kind === 'separator')
    return t('vocabulary.problem.separator', { name: problem.text });
  return t('vocabulary.problem.taken', {
    name: problem.text,
    language: LANG_NATIVE_NAMES[problem.lang],
    owner: labelIn(problem.owner, uiLang).text,
  });
}

/** Type, then a label and other names (aliases) per language, checked as they are typed. */
export function EntryForm({
  entry,
  entries,
  used,
  onSaved,
  onCancel,
  onMerge,
  onDelete,
}: EntryFormProps) {
  const t = useT();
  const uiLang = useUiLanguage();
  const [fields, setFields] = useState<EntryFields>(() => fieldsOf(entry));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const input = inputOf(fields, entry?.id);
  const problems = nameProblems(input, entries).filter((p) => submitted || p.kind !== 'no-label');
  const problemsOf = (lang: Lang, kind: 'label' | 'alias') =>
    problems.filter((p) => p.kind !== 'no-label' && p.lang === lang && p.nameKind === kind);
  const headingId = 'entry-form-title';

  const save = async () => {
    setSubmitted(true);
    setRefusal(null);
    if (nameProblems(input, entries).length > 0 || busy) return;
    setBusy(true);
    try {
      onSaved(await useVocabularyStore.getState().save(input));
    } catch (error) {
      setRefusal(describeError(apiErrorOf(error), uiLang));
    } finally {
      setBusy(false);
    }
  };

  const edit = (part: 'labels' | 'aliases', lang: Lang, value: string) =>
    setFields((current) => ({ ...current, [part]: { ...current[part], [lang]: value } }));

  return (
    <form
      className="entry-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="entry-form__bar">
        <h2 className="entry-form__title" id={headingId}>
          {entry ? labelIn(entry, uiLang).text : t('vocabulary.newEntry')}
        </h2>
        {entry && <span className="entry-form__used">{t('vocabulary.used', { count: used })}</span>}
      </div>
      <div className="field entry-form__type">
        <label className="field__label" htmlFor="entry-type">
          {t('vocabulary.type')}
        </label>
        <select
          id="entry-type"
          className="field__input field__input--compact"
          value={fields.type}
          onChange={(event) =>
            setFields({ ...fields, type: event.target.value as EntryFields['type'] })
          }
        >
          {VOCABULARY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`vocabulary.type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <table className="entry-names">
        <thead>
          <tr>
            <th scope="col">{t('vocabulary.language')}</th>
            <th scope="col">{t('vocabulary.label')}</th>
            <th scope="col">{t('vocabulary.aliases')}</th>
          </tr>
        </thead>
        <tbody>
          {LANGS.map((lang) => {
            const labelProblems = problemsOf(lang, 'label');
            const aliasProblems = problemsOf(lang, 'alias');
            return (
              <tr key={lang}>
                <th scope="row" lang={lang}>
                  {LANG_NATIVE_NAMES[lang]}
                </th>
                <td>
                  <label className="sr-only" htmlFor={`entry-label-${lang}`}>
                    {t('vocabulary.labelIn', { language: LANG_NATIVE_NAMES[lang] })}
                  </label>
                  <input
                    id={`entry-label-${lang}`}
                    className="field__input field__input--compact"
                    lang={lang}
                    maxLength={500}
                    value={fields.labels[lang]}
                    aria-invalid={labelProblems.length > 0}
                    aria-describedby={
                      labelProblems.length > 0 ? `entry-label-${lang}-problem` : undefined
                    }
                    onChange={(event) => edit('labels', lang, event.target.value)}
                  />
                  {labelProblems.length > 0 && (
                    <p className="field__error" id={`entry-label-${lang}-problem`}>
                      {labelProblems.map((p) => describeProblem(p, t, uiLang)).join(' ')}
                    </p>
                  )}
                </td>
                <td>
                  <label className="sr-only" htmlFor={`entry-aliases-${lang}`}>
                    {t('vocabulary.aliasesIn', { language: LANG_NATIVE_NAMES[lang] })}
                  </label>
                  <textarea
                    id={`entry-aliases-${lang}`}
                    className="field__input field__input--compact"
                    lang={lang}
                    rows={Math.max(1, fields.aliases[lang].split('\n').length)}
                    value={fields.aliases[lang]}
                    aria-invalid={aliasProblems.length > 0}
                    aria-describedby={
                      aliasProblems.length > 0 ? `entry-aliases-${lang}-problem` : undefined
                    }
                    onChange={(event) => edit('aliases', lang, event.target.value)}
                  />
                  {aliasProblems.length > 0 && (
                    <p className="field__error" id={`entry-aliases-${lang}-problem`}>
                      {aliasProblems.map((p) => describeProblem(p, t, uiLang)).join(' ')}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field__hint">{t('vocabulary.aliasesHint')}</p>
      {(refusal || problems.some((p) => p.kind === 'no-label')) && (
        <p className="field__error" role="alert">
          {refusal ?? t('vocabulary.problem.noLabel')}
        </p>
      )}
      <div className="entry-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {entry ? t('vocabulary.save') : t('vocabulary.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('vocabulary.cancel')}
        </button>
        {entry && (
          <>
            <span className="dialog__spacer" />
            <button type="button" className="button" onClick={onMerge}>
              {t('vocabulary.merge')}
            </button>
            <button type="button" className="button button--danger" onClick={onDelete}>
              {t('vocabulary.delete')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
