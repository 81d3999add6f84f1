import { Component, type ReactNode } from 'react';
import { useShellT } from '../i18n/en-US/shell.ts';
import { ErrorView } from './error-view.tsx';

interface Props {
  children: ReactNode;
}

/** A screen that failed to load or render shows an error with a retry instead of a blank tab. */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ScreenError /> : this.props.children;
  }
}

function ScreenError() {
  const t = useShellT();
  return (
    <ErrorView
      title={t('shell.error.screenTitle')}
      message={t('shell.error.screenMessage')}
      onRetry={() => window.location.reload()}
    />
  );
}
