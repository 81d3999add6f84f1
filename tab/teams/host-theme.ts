/** The themes a Teams client can be in. */
export const HOST_THEMES = ['default', 'dark', 'contrast'] as const;

export type HostTheme = (typeof HOST_THEMES)[number];

export function asHostTheme(value: string | null | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
