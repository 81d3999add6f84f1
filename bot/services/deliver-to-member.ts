import { z } from 'zod';
import type { DeliveryOutcome } from '../../shared/api/delivery.ts';
import type { Member } from '../../shared/domain/member.ts';
import type { IdempotentOperation } from '../../shared/store/idempotency-repository.ts';
import type { BotReply } from '../handlers/bot-reply.ts';
import { DeliveryError } from '../handlers/outbound.ts';
import type { ServiceContext } from './service-context.ts';

export type { DeliveryOutcome };

/**
 * How long a caller (an API request, a card invoke) waits for Teams before answering `pending`. An
 * unreachable connector makes the Bot Framework client retry for seconds; nobody should wait for that.
 */
export const DELIVERY_WAIT_MS = 3000;

const AttemptSchema = z.object({ at: z.string() });

export interface OneToOneDelivery {
  operation: IdempotentOperation;
  /** The id of what is delivered (a feedback, a review, an assignment): one delivery per key and recipient. */
  key: string;
  recipient: Member;
  /** Where to reach Teams when the team has no stored conversation (the bot's current serviceUrl). */
  fallbackServiceUrl?: string;
  /** How long to wait for Teams before answering `pending`; DELIVERY_WAIT_MS by default. */
  waitMs?: number;
}

/**
 * Posts a card in the member's 1:1 chat at most once per key. The marker is written before the send, so
 * a retry, a double press or a second instance never posts twice; the price is that a send which fails
 * is not tried again by a retry (the stored item is still there, and the caller says it was not
 * delivered).
 */
export async function deliverToMember(
  ctx: ServiceContext,
  delivery: OneToOneDelivery,
  reply: BotReply,
): Promise<DeliveryOutcome> {
  const { access } = ctx;
  const serviceUrl = access.team.conversation?.serviceUrl ?? delivery.fallbackServiceUrl;
  const teamsUserId = delivery.recipient.teamsUserId;
  if (!serviceUrl || !teamsUserId) return 'unreachable';
  const claim = await ctx.repos.idempotency.claim(
    access.scope,
    { operation: delivery.operation, actorId: delivery.recipient.userId, key: delivery.key },
    { at: ctx.now().toISOString() },
    AttemptSchema,
  );
  if (!claim.claimed) return 'already';
  const context = { operation: delivery.operation, key: delivery.key, teamId: access.scope.teamId };
  const sending = ctx.outbound
    .toPerson({ tenantId: access.scope.tenantId, serviceUrl, teamsUserId }, reply)
    .then(
      () => 'sent' as const,
      (error: unknown) => {
        const refusal = error instanceof DeliveryError ? { status: error.status, code: error.code } : {};
        ctx.logger.warn({ ...context, ...refusal, err: error }, '1:1 delivery failed');
        return 'failed' as const;
      },
    );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), delivery.waitMs ?? DELIVERY_WAIT_MS);
  });
  const outcome = await Promise.race([sending, waited]);
  clearTimeout(timer);
  if (outcome === 'pending') ctx.logger.info(context, '1:1 delivery still under way');
  return outcome;
}
