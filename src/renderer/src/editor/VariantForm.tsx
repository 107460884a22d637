import { FIELD_LIMITS } from '@shared/field-limits';
import type { Lang } from '@shared/languages';
import { FieldCounter } from '../components/FieldCounter';
import { useState } from 'react';
import { useT } from '../i18n';
import { useOpenReleaseStore } from '../stores/open-release-store';
import { BodyEditor } from './BodyEditor';

/** Title, lead and body of one language version. */
export function VariantForm({ lang }: { lang: Lang }) {
  const t = useT();
  const title = useOpenReleaseStore((s) => s.draft?.variants[lang]?.title ?? '');
  const lead = useOpenReleaseStore((s) => s.draft?.variants[lang]?.lead ?? '');
  const edit = useOpenReleaseStore((s) => s.edit);
  // A fresh release starts at its title; an existing one is opened to be read first.
  const [startAtTitle] = useState(title === '');
  const ids = { title: `title-${lang}`, lead: `lead-${lang}`, body: `body-label-${lang}` };

  return (
    <div className="variant-form">
      <div className="field">
        <label className="field__label" htmlFor={ids.title}>
          {t('editor.title')}
        </label>
        <input
          id={ids.title}
          className="field__input field__input--title"
          lang={lang}
          value={title}
          placeholder={t('editor.titlePlaceholder')}
          autoFocus={startAtTitle}
          maxLength={FIELD_LIMITS.title}
          aria-describedby={`${ids.title}-count`}
          onChange={(event) => edit(lang, { title: event.target.value })}
        />
        <FieldCounter id={`${ids.title}-count`} value={title} limit={FIELD_LIMITS.title} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.lead}>
          {t('editor.lead')}
        </label>
        <textarea
          id={ids.lead}
          className="field__input field__input--lead"
          lang={lang}
          rows={2}
          value={lead}
          placeholder={t('editor.leadPlaceholder')}
          maxLength={FIELD_LIMITS.lead}
          aria-describedby={`${ids.lead}-count`}
          onChange={(event) => edit(lang, { lead: event.target.value })}
        />
        <FieldCounter id={`${ids.lead}-count`} value={lead} limit={FIELD_LIMITS.lead} />
      </div>
      <div className="field">
        <span className="field__label" id={ids.body}>
          {t('editor.body')}
        </span>
        <BodyEditor lang={lang} labelId={ids.body} />
      </div>
    </div>
  );
}
