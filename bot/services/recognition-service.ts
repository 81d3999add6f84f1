import type { CreateRecognitionCommand, RecognitionDelivery } from '../../shared/api/recognition-requests.ts';
import {
  recognitionCard,
  recognitionSummary,
  type RecognizedWork,
} from '../../shared/cards/recognition-card.ts';
import { recognitionValue } from '../../shared/domain/default-values.ts';
import type { Member } from '../../shared/domain/member.ts';
import { RecognitionSchema, type Recognition } from '../../shared/domain/recognition.ts';
import type { TeamValue } from '../../shared/domain/team.ts';
import type { WorkLink } from '../../shared/domain/work-link.ts';
import { pickLocale } from '../../shared/i18n/locales.ts';
import type { IdempotencyMarkerKey } from '../../shared/store/idempotency-repository.ts';
import type { Stored } from '../../shared/store/stored.ts';
import { newTimelineId } from '../../shared/store/timeline-ids.ts';
import type { BotReply } from '../handlers/bot-reply.ts';
import { postRecognitionOnce } from './recognition-posting.ts';
import { workTitle } from './references.ts';
import type { ServiceContext } from './service-context.ts';
import { FieldError, StateConflictError } from './service-errors.ts';

export interface GiveRecognitionResult {
  recognition: Stored<Recognition>;
  /** What became of the channel post; the recognition is stored (and in history) either way. */
  delivery: RecognitionDelivery;
  /** True when an earlier call with the same idempotency key gave this recognition. */
  replayed: boolean;
}

/** A linked task or goal with the title the card shows. */
interface TitledWork extends WorkLink {
  title: string;
}

/**
 * The caller (a leader or any peer on the roster) recognises 1–20 teammates for a team value. It is
 * stored first, then posted in the team's channel with an @mention of every recipient.
 *
 * Idempotency follows giveFeedback: with a key, a marker binding the key to the whole recognition (and
 * its id) is claimed before the row is written, so a retry or a duplicate completes the same row and
 * never writes a second. The channel post is made at most once per recognition by postRecognitionOnce,
 * which also lets a retry post a recognition whose first post failed.
 */
export async function giveRecognition(
  ctx: ServiceContext,
  command: CreateRecognitionCommand,
  idempotencyKey?: string,
): Promise<GiveRecognitionResult> {
  const { access } = ctx;
  if (command.recipientIds.includes(access.userId)) {
    throw new FieldError('recipientIds', 'must not include you: recognise someone else');
  }
  const marker: IdempotencyMarkerKey | undefined =
    idempotencyKey === undefined
      ? undefined
      : { operation: 'recognition', actorId: access.userId, key: idempotencyKey };
  if (marker) {
    const earlier = await ctx.repos.idempotency.get(access.scope, marker, RecognitionSchema);
    if (earlier) return replay(ctx, earlier, command);
  }

  const value = recognitionValue(access.team.settings, command.valueId);
  if (!value) throw new FieldError('valueId', 'is not one of this team’s values');
  const recipients = await activeRecipients(ctx, command.recipientIds);
  const work = command.link ? await linkedWork(ctx, command.link) : undefined;
  const createdAt = ctx.now();
  const recognition: Recognition = {
    ...access.scope,
    id: newTimelineId(createdAt),
    giverId: access.userId,
    recipientIds: command.recipientIds,
    valueId: command.valueId,
    message: command.message,
    link: command.link,
    createdAt: createdAt.toISOString(),
  };
  let stored: Stored<Recognition>;
  if (marker) {
    const claim = await ctx.repos.idempotency.claim(access.scope, marker, recognition, RecognitionSchema);
    if (!claim.claimed) return replay(ctx, claim.outcome, command);
    stored = await ctx.repos.recognition.insertOnce(claim.outcome);
  } else {
    stored = await ctx.repos.recognition.insert(recognition);
  }
  const post = () => Promise.resolve(channelPost(ctx, recipients, value, work, stored.value));
  const delivery = await postRecognitionOnce(ctx, stored.value, post);
  return { recognition: stored, delivery, replayed: false };
}

/** The recognition an earlier call with the same key recorded: written and posted now if it stopped short. */
async function replay(
  ctx: ServiceContext,
  recorded: Recognition,
  command: CreateRecognitionCommand,
): Promise<GiveRecognitionResult> {
  if (!sameRecognition(recorded, command)) {
    throw new StateConflictError(
      'This Idempotency-Key was used for a different recognition: send the new one with a new key.',
    );
  }
  const stored =
    (await ctx.repos.recognition.get(ctx.access.scope, recorded.id)) ??
    (await ctx.repos.recognition.insertOnce(recorded));
  const delivery = await postRecognitionOnce(ctx, stored.value, () => recordedPost(ctx, stored.value));
  return { recognition: stored, delivery, replayed: true };
}

/** Recipients must be active members of this team; their records give names and Teams ids for mentions. */
async function activeRecipients(ctx: ServiceContext, userIds: readonly string[]): Promise<Member[]> {
  const members = await Promise.all(userIds.map((userId) => ctx.repos.members.get(ctx.access.scope, userId)));
  return members.map((member) => {
    if (!member?.value.active)
      throw new FieldError('recipientIds', 'includes someone who is not on this team');
    return member.value;
  });
}

async function linkedWork(ctx: ServiceContext, link: WorkLink): Promise<TitledWork> {
  const title = await workTitle(ctx, link);
  if (title === undefined) throw new FieldError('link.id', `is not a ${link.kind} of this team`);
  return { ...link, title };
}

/** The post of a recognition stored earlier: people who left since are named, a removed task is left out. */
async function recordedPost(ctx: ServiceContext, recognition: Recognition): Promise<BotReply> {
  const { scope, team } = ctx.access;
  const [members, title] = await Promise.all([
    Promise.all(recognition.recipientIds.map((userId) => ctx.repos.members.get(scope, userId))),
    recognition.link ? workTitle(ctx, recognition.link) : Promise.resolve(undefined),
  ]);
  const recipients = members.flatMap((member) => (member ? [member.value] : []));
  const value = recognitionValue(team.settings, recognition.valueId) ?? {
    id: recognition.valueId,
    name: recognition.valueId,
    emoji: '⭐',
    description: '',
  };
  const work = recognition.link && title !== undefined ? { ...recognition.link, title } : undefined;
  return channelPost(ctx, recipients, value, work, recognition);
}

function channelPost(
  ctx: ServiceContext,
  recipients: readonly Member[],
  value: TeamValue,
  work: TitledWork | undefined,
  recognition: Recognition,
): BotReply {
  const giver = ctx.access.member;
  const input = {
    // A channel post is read by the whole team: in the team's language.
    locale: pickLocale(ctx.access.team.locale),
    giverName: giver.name,
    recipients: recipients.map((member) => ({ name: member.name, teamsUserId: member.teamsUserId })),
    value,
    message: recognition.message,
    work: work && workOnCard(ctx, work),
  };
  return { kind: 'card', card: recognitionCard(input), summary: recognitionSummary(input) };
}

function workOnCard(ctx: ServiceContext, work: TitledWork): RecognizedWork {
  const target =
    work.kind === 'task' ? ({ kind: 'task', taskId: work.id } as const) : ({ kind: 'board' } as const);
  return { kind: work.kind, title: work.title, url: ctx.links.to(ctx.access.team, target) };
}

function sameRecognition(recorded: Recognition, command: CreateRecognitionCommand): boolean {
  const sorted = (ids: readonly string[]) => [...new Set(ids)].sort().join(',');
  return (
    sorted(recorded.recipientIds) === sorted(command.recipientIds) &&
    recorded.valueId === command.valueId &&
    recorded.message === command.message &&
    recorded.link?.kind === command.link?.kind &&
    recorded.link?.id === command.link?.id
  );
}
