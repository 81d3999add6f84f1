import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { BotReply } from '../handlers/bot-reply.ts';

/** The only place a plain BotReply becomes a Bot Framework activity. */
export function toActivity(reply: BotReply): Partial<Activity> {
  if (reply.kind === 'text') return MessageFactory.text(reply.text);
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  activity.summary = reply.summary;
  return activity;
}
