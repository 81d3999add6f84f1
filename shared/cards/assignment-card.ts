import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { dayLabel } from './day-label.ts';

export interface AssignmentCardInput {
  teamName: string;
  /** Who handed the task over. */
  assignerName: string;
  task: { title: string; description?: string; dueDate?: string };
  goalTitle?: string;
  /** Opens the task in the team's tab. */
  taskUrl: string;
}

const DESCRIPTION_CHARS = 400;

/** Sent 1:1 to a person when someone else assigns them a task in the tab. */
export function assignmentCard(input: AssignmentCardInput): AdaptiveCard {
  const { task } = input;
  const facts = [
    ...(input.goalTitle ? [{ title: 'Goal', value: plainText(input.goalTitle) }] : []),
    { title: 'Due', value: task.dueDate ? dayLabel(task.dueDate) : 'No due date' },
    { title: 'Team', value: plainText(input.teamName) },
  ];
  const body: CardElement[] = [
    { type: 'TextBlock', text: 'A task for you', weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: `${plainText(input.assignerName)} assigned you this task.`,
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
    {
      type: 'Container',
      style: 'emphasis',
      bleed: false,
      items: [
        { type: 'TextBlock', text: plainText(task.title), weight: 'Bolder', wrap: true },
        ...(task.description
          ? [
              {
                type: 'TextBlock',
                text: plainText(excerpt(task.description)),
                size: 'Small',
                wrap: true,
                maxLines: 4,
              },
            ]
          : []),
      ],
    },
    { type: 'FactSet', facts },
  ];
  return adaptiveCard(body, { actions: [openUrlAction('Open the task', input.taskUrl)] });
}

function excerpt(text: string): string {
  return text.length <= DESCRIPTION_CHARS ? text : `${text.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…`;
}
