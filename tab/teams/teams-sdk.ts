import { app, authentication } from '@microsoft/teams-js';

export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostSession {
  /** False in a plain browser: the tab then runs in local mode. */
  inTeams: boolean;
  teamId?: string;
  theme: HostTheme;
  getToken(): Promise<string>;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  notifyReady(): void;
  notifyFailure(reason: string): void;
}

function asTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

/** The only module of the tab that talks to teams-js. */
export async function connectToHost(localToken: () => Promise<string>): Promise<HostSession> {
  try {
    await app.initialize();
  } catch {
    return {
      inTeams: false,
      theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default',
      getToken: localToken,
      onThemeChange: () => {},
      notifyReady: () => {},
      notifyFailure: () => {},
    };
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    teamId: context.team?.internalId,
    theme: asTheme(context.app.theme),
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
    notifyReady: () => app.notifySuccess(),
    notifyFailure: (reason) => app.notifyFailure({ reason: app.FailedReason.Other, message: reason }),
  };
}
