import { RELEASE_KINDS, type ReleaseKind } from '@shared/domain';
import { useState, type KeyboardEvent } from 'react';
import { ArrowLeftIcon } from '../components/icons';
import { useT } from '../i18n';
import { useDraftingStore } from '../stores/drafting-store';
import { useNavigationStore } from '../stores/navigation-store';
import { LetterheadEditor } from './LetterheadEditor';
import { SnippetsEditor } from './SnippetsEditor';
import { TemplateEditor } from './TemplateEditor';

type Section = 'templates' | 'snippets' | 'letterhead';

const SECTION_LABELS = {
  templates: 'templates.tabTemplates',
  snippets: 'templates.tabSnippets',
  letterhead: 'templates.tabLetterhead',
} as const;

/** Arrow keys move between tabs of a tablist, as in any desktop tab strip. */
function moveBetweenTabs(event: KeyboardEvent<HTMLElement>, vertical: boolean) {
  const keys = vertical ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  if (!keys.includes(event.key)) return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement as HTMLElement);
  const next = tabs[(index + (event.key === keys[1] ? 1 : -1) + tabs.length) % tabs.length];
  event.preventDefault();
  next?.focus();
  next?.click();
}

/** Templates per kind of release, and the boilerplate snippets they draw on. */
export function TemplatesScreen() {
  const t = useT();
  const templates = useDraftingStore((s) => s.templates);
  const [section, setSection] = useState<Section>('templates');
  const [kind, setKind] = useState<ReleaseKind>('press-release');
  const [generation, setGeneration] = useState(0);
  const template = templates?.find((candidate) => candidate.kind === kind);

  return (
    <section className="templates-screen">
      <div className="screen-bar">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useNavigationStore.getState().show({ name: 'list' })}
        >
          <ArrowLeftIcon />
          {t('editor.back')}
        </button>
        <h1 className="screen-bar__title">{t('templates.heading')}</h1>
      </div>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('templates.sections')}
        onKeyDown={(event) => moveBetweenTabs(event, false)}
      >
        {(['templates', 'snippets', 'letterhead'] as const).map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            id={`templates-tab-${option}`}
            aria-controls="templates-panel"
            aria-selected={section === option}
            tabIndex={section === option ? 0 : -1}
            className="tab"
            onClick={() => setSection(option)}
          >
            {t(SECTION_LABELS[option])}
          </button>
        ))}
      </div>
      <div
        className="editor-panel"
        role="tabpanel"
        id="templates-panel"
        aria-labelledby={`templates-tab-${section}`}
      >
        {section === 'letterhead' ? (
          <LetterheadEditor />
        ) : section === 'snippets' ? (
          <SnippetsEditor />
        ) : (
          <div className="templates">
            <div
              className="side-tabs"
              role="tablist"
              aria-orientation="vertical"
              aria-label={t('templates.kinds')}
              onKeyDown={(event) => moveBetweenTabs(event, true)}
            >
              {RELEASE_KINDS.map((option) => (
                <button
                  key={option}
                  type="button"
                  role="tab"
                  id={`template-kind-${option}`}
                  aria-controls="template-kind-panel"
                  aria-selected={kind === option}
                  tabIndex={kind === option ? 0 : -1}
                  className="side-list__item"
                  onClick={() => setKind(option)}
                >
                  {t(`kind.${option}`)}
                </button>
              ))}
            </div>
            <div role="tabpanel" id="template-kind-panel" aria-labelledby={`template-kind-${kind}`}>
              {template && (
                <TemplateEditor
                  key={`${kind}:${generation}`}
                  template={template}
                  onReset={() => setGeneration((g) => g + 1)}
                />
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
