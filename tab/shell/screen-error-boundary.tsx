import { Component, type ReactNode } from 'react';
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
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorView
        title="This screen could not be shown"
        message="Cadence may have been updated since this tab opened. Reload to get the latest version."
        onRetry={() => window.location.reload()}
      />
    );
  }
}
