import { shortcutLabel } from '../app/platform';
import { FORMAT_GROUPS, REDO, UNDO } from '../editor/formatting-commands';
import { useT, type MessageKey } from '../i18n';
import { useShortcutsHelpStore } from '../stores/shortcuts-help-store';
import { Modal } from './Modal';

type Row = [keys: string, label: MessageKey];

const SECTIONS: [MessageKey, Row[]][] = [
  [
    'shortcuts.general',
    [
      ['Mod+N', 'shortcuts.newRelease'],
      ['Mod+S', 'shortcuts.save'],
      ['Mod+E', 'export.shortcut'],
      ['F1', 'shortcuts.help'],
    ],
  ],
  [
    'shortcuts.list',
    [
      ['Mod+F /', 'search.shortcut'],
      ['↑ ↓', 'shortcuts.listMove'],
      ['Home End', 'shortcuts.listEnds'],
      ['Enter', 'shortcuts.listOpen'],
    ],
  ],
  [
    'shortcuts.editor',
    [
      ['Mod+1 … Mod+7', 'shortcuts.versionNumber'],
      ['Ctrl+PgUp/PgDn', 'shortcuts.versionNext'],
      ['← →', 'shortcuts.tabs'],
      ['Shift+Enter', 'shortcuts.hardBreak'],
      ...[...FORMAT_GROUPS.flat(), UNDO, REDO].flatMap((c): Row[] =>
        c.shortcut ? [[c.shortcut, c.label]] : [],
      ),
    ],
  ],
];

/** A modal list of keyboard shortcuts (Help menu, F1 or the header's “?”). */
export function ShortcutsDialog() {
  const t = useT();
  const open = useShortcutsHelpStore((s) => s.open);
  const hide = useShortcutsHelpStore((s) => s.hide);

  return (
    <Modal open={open} titleId="shortcuts-title" title={t('shortcuts.title')} onClose={hide}>
      <div className="dialog__columns">
        {SECTIONS.map(([heading, rows]) => (
          <section key={heading} className="shortcut-section">
            <h3 className="shortcut-section__title">{t(heading)}</h3>
            <dl className="shortcut-list">
              {rows.map(([keys, label]) => (
                <div key={label} className="shortcut-list__row">
                  <dt>
                    <kbd>{shortcutLabel(keys)}</kbd>
                  </dt>
                  <dd>{t(label)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={hide} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </Modal>
  );
}
