import type { HistoryItem, HistoryPageRequest, HistoryResponse } from '../../shared/api/history.ts';
import { canSeeCheckIns, type CheckIn } from '../../shared/domain/check-in.ts';
import { canSeeFeedback, type Feedback } from '../../shared/domain/feedback.ts';
import type { Recognition } from '../../shared/domain/recognition.ts';
import { isLeader } from '../../shared/domain/team.ts';
import { RecordNotFoundError } from '../../shared/store/record-errors.ts';
import type { TimelineEntry } from '../../shared/store/timeline-repository.ts';
import { newestFirstPage } from './newest-first.ts';
import type { ServiceContext } from './service-context.ts';

/**
 * A person's history as the caller may see it, newest first, a page at a time. Privacy is decided here,
 * per item, never left to the tab:
 * - feedback: `canSeeFeedback` (team-visible, or the caller gave it, received it, or leads the team);
 * - check-ins: `canSeeCheckIns` (the person and leaders only; peers get none);
 * - recognition: team-visible, given or received.
 * A former member's history stays readable; someone never on the team is not found.
 */
export async function personHistory(
  ctx: ServiceContext,
  personId: string,
  page: HistoryPageRequest,
): Promise<HistoryResponse> {
  const { scope, userId: viewerId, isLeader: viewerIsLeader, team } = ctx.access;
  const before = page.before === undefined ? undefined : Date.parse(page.before);
  const checkInsVisible = canSeeCheckIns(personId, viewerId, viewerIsLeader);
  const [member, checkIns] = await Promise.all([
    ctx.repos.members.get(scope, personId),
    checkInsVisible ? ctx.repos.checkIns.listForMember(scope, personId) : Promise.resolve([]),
  ]);
  if (!member) throw new RecordNotFoundError('person');

  const olderThanBefore = (item: HistoryItem) => before === undefined || Date.parse(item.at) < before;
  const checkInItems = checkIns
    .map(({ value }) => checkInItem(value))
    .filter(olderThanBefore)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  const viewer = { viewerId, viewerIsLeader };
  async function* timelineItems(): AsyncGenerator<HistoryItem> {
    const entries = ctx.repos.timeline.forPerson(scope, personId, {
      before: before === undefined ? undefined : new Date(before),
      // Other people's recognition and hidden feedback are skipped here, so read more rows than the page needs.
      pageSize: Math.min(1000, Math.max(100, page.limit * 2)),
    });
    for await (const entry of entries) {
      const item = timelineItem(entry, personId, viewer);
      if (item && olderThanBefore(item)) yield item;
    }
  }

  const { items, more } = await newestFirstPage(timelineItems(), checkInItems, page.limit);
  const last = items.at(-1);
  return {
    person: {
      userId: member.value.userId,
      name: member.value.name,
      isLeader: isLeader(team, member.value.userId),
      active: member.value.active,
    },
    items,
    checkInsVisible,
    ...(more && last ? { nextBefore: last.at } : {}),
  };
}

function isoAt(instant: string): string {
  return new Date(instant).toISOString();
}

function checkInItem(checkIn: CheckIn): HistoryItem {
  return { kind: 'check-in', at: isoAt(checkIn.submittedAt), checkIn };
}

function timelineItem(
  entry: TimelineEntry,
  personId: string,
  viewer: { viewerId: string; viewerIsLeader: boolean },
): HistoryItem | undefined {
  return entry.kind === 'feedback'
    ? feedbackItem(entry.feedback.value, personId, viewer)
    : recognitionItem(entry.recognition.value, personId);
}

function feedbackItem(
  feedback: Feedback,
  personId: string,
  { viewerId, viewerIsLeader }: { viewerId: string; viewerIsLeader: boolean },
): HistoryItem | undefined {
  if (!canSeeFeedback(feedback, viewerId, viewerIsLeader)) return undefined;
  const at = isoAt(feedback.createdAt);
  if (feedback.recipientId === personId) return { kind: 'feedback-received', at, feedback };
  if (feedback.giverId === personId) return { kind: 'feedback-given', at, feedback };
  return undefined;
}

function recognitionItem(recognition: Recognition, personId: string): HistoryItem | undefined {
  const at = isoAt(recognition.createdAt);
  if (recognition.recipientIds.includes(personId)) return { kind: 'recognition-received', at, recognition };
  if (recognition.giverId === personId) return { kind: 'recognition-given', at, recognition };
  return undefined;
}
