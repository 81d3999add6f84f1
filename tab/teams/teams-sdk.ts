import { app, authentication, pages } from '@microsoft/teams-js';
import { asHostTheme, type HostTheme } from './host-theme.ts';

/** What the tab needs from the Teams context; never used for identity (the API trusts only the token). */
export interface TeamsTabContext {
  theme: HostTheme;
  locale: string;
  frameContext: string;
  /** The team's thread id (`19:…@thread.tacv2`), the id the API knows the team by; absent in a personal tab. */
  teamId?: string;
  teamName?: string;
  /** The tab instance, as saved by the configuration page. */
  entityId?: string;
  /** What a deep link asked the tab to open (`task:<id>`), Teams' `page.subPageId`. */
  subPageId?: string;
  hostClientType: string;
}

/** What a configurable tab saves: where its content lives. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

export type FailureKind = 'auth' | 'timeout' | 'other';

export interface TeamsHost {
  context: TeamsTabContext;
  /** A fresh SSO token for every call: Teams caches and renews it, the app never keeps one. */
  getAuthToken(): Promise<string>;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** Tells Teams the tab shows content. Only the first word (success or failure) counts: false after it. */
  notifySuccess(): boolean;
  notifyFailure(kind: FailureKind, message: string): boolean;
  setConfigValid(valid: boolean): void;
  /** Registers the Save button's handler; the handler's config is saved, or its error reported. */
  onConfigSave(handler: () => Promise<TabConfig>): void;
  /** Opens a link through Teams (a deep link to a tab or chat navigates inside Teams). */
  openLink(url: string): Promise<void>;
}

const FAILED_REASONS = {
  auth: app.FailedReason.AuthFailed,
  timeout: app.FailedReason.Timeout,
  other: app.FailedReason.Other,
} as const;

let connection: Promise<TeamsHost | undefined> | undefined;
let notified = false;

function firstWord(say: () => void): boolean {
  if (notified) return false;
  notified = true;
  say();
  return true;
}

/**
 * The only module of the tab that talks to teams-js. Resolves `undefined` outside Teams: in a plain
 * browser `app.initialize` rejects within milliseconds ("No Parent window found").
 */
export function connectToTeams(): Promise<TeamsHost | undefined> {
  connection ??= initialize();
  return connection;
}

async function initialize(): Promise<TeamsHost | undefined> {
  try {
    await app.initialize();
  } catch {
    return undefined;
  }
  const context = await app.getContext();
  return {
    context: {
      theme: asHostTheme(context.app.theme),
      locale: context.app.locale,
      frameContext: context.page.frameContext,
      teamId: context.team?.internalId,
      teamName: context.team?.displayName,
      entityId: context.page.id || undefined,
      subPageId: context.page.subPageId || undefined,
      hostClientType: context.app.host.clientType,
    },
    getAuthToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asHostTheme(theme))),
    notifySuccess: () => firstWord(() => void app.notifySuccess()),
    notifyFailure: (kind, message) =>
      firstWord(() => app.notifyFailure({ reason: FAILED_REASONS[kind], message })),
    openLink: (url) => app.openLink(url),
    setConfigValid: (valid) => pages.config.setValidityState(valid),
    onConfigSave: (handler) =>
      pages.config.registerOnSaveHandler((saveEvent) => {
        handler()
          .then((config) => pages.config.setConfig(config))
          .then(
            () => saveEvent.notifySuccess(),
            (error: unknown) =>
              saveEvent.notifyFailure(error instanceof Error ? error.message : 'The tab could not be saved.'),
          );
      }),
  };
}
