import { LIMITS } from '../domain/limits.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { weekText } from './check-in-dates.ts';
import { clip } from './check-in-card-input.ts';

export interface HelpRequestCardInput {
  teamName: string;
  requesterName: string;
  week: string;
  blockers: readonly string[];
  note: string;
  /** The blocked task, when the check-in names one. */
  taskTitle?: string | undefined;
  /** The task in the tab, or the board when there is no task. */
  url: string;
}

/** Sent 1:1 to the teammate named in "need help from": who asks, what blocks them, and where the work is. */
export function helpRequestCard(input: HelpRequestCardInput): AdaptiveCard {
  const requester = plainText(clip(input.requesterName, LIMITS.name));
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: `${requester} asks for your help`,
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: `From their check-in in ${plainText(input.teamName)}, ${weekText(input.week)}.`,
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
  ];
  if (input.taskTitle) {
    body.push({ type: 'FactSet', facts: [{ title: 'Task', value: plainText(input.taskTitle) }] });
  }
  if (input.blockers.length > 0) {
    body.push(
      { type: 'TextBlock', text: 'What blocks them', weight: 'Bolder', wrap: true, spacing: 'Medium' },
      ...input.blockers.map((blocker) => ({
        type: 'TextBlock',
        text: `• ${plainText(blocker)}`,
        wrap: true,
        spacing: 'None',
      })),
    );
  }
  if (input.note) {
    body.push(
      { type: 'TextBlock', text: 'What they need from you', weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: plainText(input.note), wrap: true },
    );
  }
  body.push({
    type: 'TextBlock',
    text: `Reply to ${requester} in a chat, or pick it up on the board.`,
    isSubtle: true,
    wrap: true,
  });
  return adaptiveCard(body, {
    actions: [openUrlAction(input.taskTitle ? 'Open the task' : 'Open the board', input.url)],
  });
}
