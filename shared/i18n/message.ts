/**
 * One entry of a message catalog: a text with `{name}` placeholders, or plural forms chosen by
 * `Intl.PluralRules` from the `count` parameter (`{count}` is also a placeholder).
 */
export type Message = string | PluralMessage;

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A catalog: message keys (`screen.part.name`) to messages. */
export type Catalog = Readonly<Record<string, Message>>;

/** Values for a message's placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;
