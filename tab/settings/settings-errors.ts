import type { SettingsResponse } from '../../shared/api/settings-requests.ts';
import { ApiError } from '../api/api-error.ts';
import type { SettingsT } from '../i18n/en-US/settings.ts';
import type { FieldErrors } from './settings-draft.ts';

/** The settings stored now, if the error is a 412 carrying them. */
export function conflictSettings(error: unknown): SettingsResponse | undefined {
  if (!(error instanceof ApiError) || !error.isConflict) return undefined;
  const current = error.current;
  return typeof current === 'object' && current !== null && 'settings' in current && 'etag' in current
    ? (current as SettingsResponse)
    : undefined;
}

/** A 400's problems by field path, to show next to each field. */
export function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const issues = error.body?.error.issues ?? [];
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.field] ??= sentence(issue.message);
  if (issues.length === 0 && error.field) errors[error.field] = sentence(error.message);
  return errors;
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Words for a failed save that is neither a conflict nor a field problem. */
export function describeSaveError(error: unknown, t: SettingsT): string {
  if (!(error instanceof ApiError)) return t('settings.error.unknown');
  if (error.status === 403) return t('settings.error.forbidden');
  return error.message;
}
