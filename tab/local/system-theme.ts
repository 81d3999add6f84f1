import type { HostTheme } from '../teams/host-theme.ts';

const CONTRAST = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

/** Outside Teams the tab follows the operating system: forced colours, then dark or light. */
export function systemTheme(): HostTheme {
  if (window.matchMedia(CONTRAST).matches) return 'contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'default';
}

export function onSystemThemeChange(handler: (theme: HostTheme) => void): () => void {
  const queries = [window.matchMedia(CONTRAST), window.matchMedia(DARK)];
  const listener = () => handler(systemTheme());
  for (const query of queries) query.addEventListener('change', listener);
  return () => {
    for (const query of queries) query.removeEventListener('change', listener);
  };
}
