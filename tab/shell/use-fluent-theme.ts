import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from '../teams/host-theme.ts';

/** The Fluent theme shown, and the host theme it is (what `data-theme` says once it is painted). */
export interface AppliedTheme {
  name: HostTheme;
  theme: Theme;
}

const LIGHT: AppliedTheme = { name: 'default', theme: teamsLightTheme };

/** Themes at hand: light ships with the first load; dark and high contrast come in one chunk on demand. */
const loaded: Partial<Record<HostTheme, Theme>> = { default: teamsLightTheme };

export async function loadFluentTheme(name: HostTheme): Promise<Theme> {
  const ready = loaded[name];
  if (ready) return ready;
  const { FLUENT_THEMES } = await import('./fluent-themes.ts');
  Object.assign(loaded, FLUENT_THEMES);
  return FLUENT_THEMES[name];
}

/**
 * The host's theme as a Fluent theme. Until a theme's chunk arrives the previous one stays (start-up
 * preloads the session's theme with the data, so the content never shows in the wrong one).
 */
export function useFluentTheme(name: HostTheme): AppliedTheme {
  const [last, setLast] = useState<AppliedTheme>(LIGHT);
  const ready = loaded[name];
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadFluentTheme(name).then(
      (theme) => live && setLast({ name, theme }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [name, ready]);
  return ready ? { name, theme: ready } : last;
}
