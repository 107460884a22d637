import { useT } from '../i18n';
import { useLibraryStore } from '../stores/library-store';
import { useShortcutsHelpStore } from '../stores/shortcuts-help-store';
import { AppMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const t = useT();
  const info = useLibraryStore((state) => state.info);
  const showShortcuts = useShortcutsHelpStore((state) => state.show);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <AppMark />
        <span>{t('app.name')}</span>
      </div>
      {info && (
        <div className="app-header__library" title={info.path}>
          <span className="app-header__library-label">
            {t('header.library')}
            {info.isDefault && ` (${t('header.defaultLibrary')})`}
          </span>
          <span className="app-header__library-path" dir="ltr">
            {info.path}
          </span>
        </div>
      )}
      <LanguageSwitch />
      <button
        type="button"
        className="button button--quiet button--icon"
        aria-label={t('shortcuts.open')}
        title={t('shortcuts.open')}
        aria-keyshortcuts="F1"
        onClick={showShortcuts}
      >
        ?
      </button>
    </header>
  );
}
