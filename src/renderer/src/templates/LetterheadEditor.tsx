import { LANG_NATIVE_NAMES, LANGS, type Lang } from '@shared/languages';
import { LETTERHEAD_LIMITS, type Letterhead } from '@shared/letterhead';
import { useEffect, useState, type ChangeEvent } from 'react';
import { api, apiErrorOf } from '../api';
import { TrashIcon } from '../components/icons';
import { assetUrl, fileToBase64 } from '../editor/asset-urls';
import { useT, useUiLanguage, type MessageKey } from '../i18n';
import { useNoticeStore } from '../stores/notice-store';
import { SaveIndicator } from './SaveIndicator';
import { useDebouncedSave } from './use-debounced-save';

const saveLetterhead = async (letterhead: Letterhead) => {
  await api.call('settings.update', { letterhead });
};

/** The head of every exported page and PDF, from the library's settings. */
export function LetterheadEditor() {
  const [letterhead, setLetterhead] = useState<Letterhead | null>(null);
  useEffect(() => {
    let live = true;
    api.call('settings.get', {}).then(
      (settings) => live && setLetterhead(settings.letterhead),
      (error: unknown) => useNoticeStore.getState().report(error),
    );
    return () => {
      live = false;
    };
  }, []);
  return letterhead ? <LetterheadForm initial={letterhead} /> : null;
}

function LetterheadForm({ initial }: { initial: Letterhead }) {
  const t = useT();
  const uiLang = useUiLanguage();
  const { value, change, state, error, retry } = useDebouncedSave(initial, saveLetterhead);
  const [lang, setLang] = useState<Lang>(uiLang);
  const [logoProblem, setLogoProblem] = useState<MessageKey | null>(null);
  const given = (l: Lang) => Boolean(value.name[l]?.trim() || value.address[l]?.trim());

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setLogoProblem(null);
    try {
      const stored = await api.call('assets.put', { data: await fileToBase64(file) });
      change({ ...value, logo: stored.src });
    } catch (failure) {
      const code = apiErrorOf(failure).code;
      setLogoProblem(
        code === 'too-large'
          ? 'picture.tooLarge'
          : code === 'invalid-input'
            ? 'picture.notAPicture'
            : 'picture.storeFailed',
      );
    }
  };

  return (
    <div className="letterhead-form">
      <div className="template-editor__bar">
        <SaveIndicator state={state} error={error} onRetry={() => void retry()} />
      </div>
      <p className="field__hint">{t('letterhead.why')}</p>
      <div className="field">
        <label className="field__label" htmlFor="letterhead-lang">
          {t('templates.language')}
        </label>
        <select
          id="letterhead-lang"
          className="field__input field__input--compact"
          value={lang}
          onChange={(event) => setLang(event.target.value as Lang)}
        >
          {LANGS.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANG_NATIVE_NAMES[option]}
              {given(option) ? '' : ` — ${t('letterhead.fallback')}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="letterhead-name">
          {t('letterhead.name')}
        </label>
        <input
          id="letterhead-name"
          className="field__input"
          lang={lang}
          value={value.name[lang] ?? ''}
          maxLength={LETTERHEAD_LIMITS.name}
          onChange={(event) =>
            change({ ...value, name: { ...value.name, [lang]: event.target.value } })
          }
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="letterhead-address">
          {t('letterhead.address')}
        </label>
        <input
          id="letterhead-address"
          className="field__input"
          lang={lang}
          value={value.address[lang] ?? ''}
          maxLength={LETTERHEAD_LIMITS.address}
          placeholder={t('letterhead.addressPlaceholder')}
          onChange={(event) =>
            change({ ...value, address: { ...value.address, [lang]: event.target.value } })
          }
        />
      </div>
      <div className="field">
        <span className="field__label" id="letterhead-logo-label">
          {t('letterhead.logo')}
        </span>
        <div className="letterhead-form__logo" aria-labelledby="letterhead-logo-label" role="group">
          {value.logo && <LogoPreview src={value.logo} />}
          <label className="button button--small">
            {t(value.logo ? 'letterhead.logoReplace' : 'letterhead.logoChoose')}
            <input
              type="file"
              className="sr-only"
              accept="image/png,image/jpeg,image/gif,image/webp"
              onChange={(event) => void chooseLogo(event)}
            />
          </label>
          {value.logo && (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => change({ ...value, logo: null })}
            >
              <TrashIcon />
              {t('letterhead.logoRemove')}
            </button>
          )}
        </div>
        {logoProblem && (
          <p className="field__error" role="alert">
            {t(logoProblem)}
          </p>
        )}
      </div>
    </div>
  );
}

function LogoPreview({ src }: { src: string }) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    assetUrl(src).then(
      (next) => live && setUrl(next),
      () => live && setUrl(null),
    );
    return () => {
      live = false;
    };
  }, [src]);
  return url ? (
    <img className="letterhead-form__preview" src={url} alt={t('letterhead.logoPreview')} />
  ) : null;
}
