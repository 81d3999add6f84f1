import type { Message, MessageParams } from './message.ts';
import type { SupportedLocale } from './locales.ts';

/** Looks a key up and fills its placeholders. */
export type Translate<Key extends string = string> = (key: Key, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Building Intl.PluralRules costs more than a whole card's lookups, and cards are built per request. */
const pluralRules = new Map<SupportedLocale, Intl.PluralRules>();

function pluralRulesOf(locale: SupportedLocale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * A translator over `catalog`, falling back to `fallback` for a key the catalog lacks. A missing
 * placeholder value is left as `{name}`, so the gap shows instead of silently reading wrong.
 */
export function createTranslator<Key extends string>(
  locale: SupportedLocale,
  catalog: Readonly<Record<Key, Message>>,
  fallback: Readonly<Record<Key, Message>> = catalog,
): Translate<Key> {
  return (key, params) => {
    const message: Message | undefined = catalog[key] ?? fallback[key];
    if (message === undefined) return key;
    const text =
      typeof message === 'string' ? message : pluralForm(message, pluralRulesOf(locale), params?.count);
    return params ? fill(text, params) : text;
  };
}

function pluralForm(
  message: Exclude<Message, string>,
  plurals: Intl.PluralRules,
  count: string | number | undefined,
): string {
  if (typeof count !== 'number') return message.other;
  return message[plurals.select(count)] ?? message.other;
}

function fill(text: string, params: MessageParams): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a message uses, in all its forms: a test checks translations keep them. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(
    texts.flatMap((text) => [...(text ?? '').matchAll(PLACEHOLDER)].map((match) => match[1] ?? '')),
  );
}
