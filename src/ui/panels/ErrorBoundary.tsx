// A bug in one panel shows a message in that panel; the rest of the page keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/useT.ts';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.name}]`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        {/* Class component: reads the language when it renders (a bug message is rare and short-lived). */}
        <p>{t('banner.panelBug', { name: this.props.name, message: this.state.error.message })}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('banner.tryAgain')}
        </button>
      </div>
    );
  }
}
