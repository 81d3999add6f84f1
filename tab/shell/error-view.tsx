import { Text } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';

/** The error state's MessageBar and Button load only when an error shows: they stay out of the first load. */
const ErrorState = lazy(() => import('./error-state.tsx').then((m) => ({ default: m.ErrorState })));

export interface ErrorViewProps {
  title: string;
  message: string;
  onRetry(): void;
}

/** An error with a retry; plain text while (or if) the richer view cannot load. */
export function ErrorView(props: ErrorViewProps) {
  const fallback = <PlainError {...props} />;
  return (
    <FallbackOnError fallback={fallback}>
      <Suspense fallback={fallback}>
        <ErrorState {...props} />
      </Suspense>
    </FallbackOnError>
  );
}

function PlainError({ title, message }: ErrorViewProps) {
  return (
    <Text role="alert" block data-testid="error-state">
      {title}. {message}
    </Text>
  );
}

class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
