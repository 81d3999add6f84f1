import { lazy, Suspense, type ComponentType } from 'react';
import { useShellT } from '../i18n/en-US/shell.ts';
import type { PersonalSession } from '../session/session.ts';
import { LoadingState } from '../shell/loading-state.tsx';
import { ScreenErrorBoundary } from '../shell/screen-error-boundary.tsx';

export interface PersonalShellProps {
  session: PersonalSession;
  onSwitchLocalUser(userId: string): void;
}

type PersonalShellComponent = ComponentType<PersonalShellProps>;

let loaded: PersonalShellComponent | undefined;
let loading: Promise<PersonalShellComponent> | undefined;

/** The personal tab is its own chunk (with its words): start it early, while the session connects. */
export function loadPersonalShell(): Promise<PersonalShellComponent> {
  loading ??= import('./personal-shell.tsx').then(
    (module) => (loaded = module.PersonalShell),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const LazyPersonalShell = lazy(() => loadPersonalShell().then((shell) => ({ default: shell })));

/** "My tasks" once its chunk is here; a loader until then, and the screen error if it cannot load. */
export function PersonalEntry(props: PersonalShellProps) {
  const t = useShellT();
  const Loaded = loaded;
  return (
    <ScreenErrorBoundary>
      {Loaded ? (
        <Loaded {...props} />
      ) : (
        <Suspense fallback={<LoadingState label={t('shell.loading.app')} />}>
          <LazyPersonalShell {...props} />
        </Suspense>
      )}
    </ScreenErrorBoundary>
  );
}
