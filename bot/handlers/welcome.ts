import { repliesText } from '../../shared/cards/i18n/replies-text.ts';
import type { SupportedLocale } from '../../shared/i18n/locales.ts';
import type { BotReply } from './bot-reply.ts';

export function welcomeReply(locale: SupportedLocale): BotReply {
  return { kind: 'text', text: repliesText(locale)('card.replies.welcome') };
}
