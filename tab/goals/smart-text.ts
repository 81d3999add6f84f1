import type { MessageParams } from '../../shared/i18n/message.ts';
import { goals, type GoalsKey, type GoalsT } from '../i18n/en-US/goals.ts';

/*
 * The SMART check in shared/rules speaks English (the bot uses its sentences as they are). Its hints
 * and suggestion placeholders are the English messages of this catalog, so each one is recognised by
 * its English text, its `{name}` parts read back, and said again in the tab's language.
 */

const HINT_KEYS = (Object.keys(goals) as GoalsKey[]).filter((key) => key.startsWith('goals.smart.hint.'));
const PLACEHOLDER_KEYS = (Object.keys(goals) as GoalsKey[]).filter((key) =>
  key.startsWith('goals.smart.placeholder.'),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English message as a pattern whose `{name}` parts capture what the rule put there. */
function pattern(message: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = message
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      names.push(name);
      return '(.+?)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`, 's'), names };
}

const literalLength = (message: string) => message.replace(/\{\w+\}/g, '').length;

/** The most literal text first: "{amount} growth is rarely…" before "{amount} is rarely…". */
const HINT_PATTERNS = HINT_KEYS.map((key) => ({ key, ...pattern(String(goals[key])) })).sort(
  (a, b) => literalLength(String(goals[b.key])) - literalLength(String(goals[a.key])),
);

/** The key and parameters of an English SMART hint; undefined for a hint this catalog does not know. */
export function smartHintMessage(hint: string): { key: GoalsKey; params: MessageParams } | undefined {
  for (const { key, regex, names } of HINT_PATTERNS) {
    const match = regex.exec(hint);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
    return { key, params };
  }
  return undefined;
}

/** A SMART hint in the tab's language; a hint the catalog does not know is shown as the rule wrote it. */
export function smartHintText(hint: string, t: GoalsT): string {
  const message = smartHintMessage(hint);
  return message ? t(message.key, message.params) : hint;
}

/** The suggested rewrite with its placeholders ("by <date>") in the tab's language; the user's words stay. */
export function smartSuggestionText(suggestion: string, t: GoalsT): string {
  return PLACEHOLDER_KEYS.reduce((text, key) => text.split(String(goals[key])).join(t(key)), suggestion);
}
