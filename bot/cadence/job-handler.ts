import type { BotReply } from '../handlers/bot-reply.ts';
import type { BotDeps } from '../handlers/bot-deps.ts';
import type { ConversationAddress, PersonAddress, SentMessage } from '../handlers/outbound.ts';
import type { CadenceJob, CadenceJobKind } from './jobs.ts';

/** Where a job's message goes: a person's 1:1 chat, or a conversation (the team's channel). */
export type JobDestination =
  { kind: 'person'; address: PersonAddress } | { kind: 'conversation'; address: ConversationAddress };

/**
 * What a job turns into when a worker runs it: a message to send (the dispatcher paces it, claims the
 * job's key in the delivery ledger, sends, and calls `sent`), or nothing because it is no longer due
 * (paused, left the team, already answered, team removed).
 */
export type JobPlan =
  | {
      kind: 'send';
      destination: JobDestination;
      reply: BotReply;
      /** After Teams took it: e.g. remember the summary's activity id to update it in place later. */
      sent?(message: SentMessage): Promise<void>;
    }
  | { kind: 'skip'; reason: string };

export type JobHandler<K extends CadenceJobKind = CadenceJobKind> = (
  deps: BotDeps,
  job: Extract<CadenceJob, { kind: K }>,
  now: Date,
) => Promise<JobPlan>;
