import type { BotReply } from './bot-reply.ts';

export function welcomeReply(): BotReply {
  return {
    kind: 'text',
    text: 'Hi, I am Cadence. I help this team keep small commitments visible: goals, tasks, weekly check-ins and recognition. Type **help** to see what I can do.',
  };
}
