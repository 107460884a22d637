import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';

interface Props {
  /** Leaves the failed screen; the boundary is keyed by the view, so a new view starts clean. */
  onBack(): void;
  children: ReactNode;
}

/**
 * One screen's render error shows a message and a way back instead of unmounting the whole
 * app and leaving a blank window (React's behaviour without a boundary).
 */
export class ScreenErrorBoundary extends Component<Props, { failed: Error | null }> {
  override state = { failed: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { failed: error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[renderer] a screen failed to render:', error, info.componentStack);
  }

  override render() {
    const { failed } = this.state;
    return failed ? (
      <ScreenFailed error={failed} onBack={this.props.onBack} />
    ) : (
      this.props.children
    );
  }
}

function ScreenFailed({ error, onBack }: { error: Error; onBack(): void }) {
  const t = useT();
  return (
    <section className="banner banner--warning" role="alert" data-testid="screen-failed">
      <div className="banner__body">
        <h2 className="banner__title">{t('app.screenFailed')}</h2>
        <p className="banner__hint mono">{error.message}</p>
      </div>
      <button type="button" className="button" onClick={onBack}>
        {t('app.backToList')}
      </button>
    </section>
  );
}
