import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { dayLabel } from './day-label.ts';
import { assignmentText } from './i18n/assignment-text.ts';

export interface AssignmentCardInput {
  teamName: string;
  /** Who handed the task over. */
  assignerName: string;
  task: { title: string; description?: string; dueDate?: string };
  goalTitle?: string;
  /** Opens the task in the team's tab. */
  taskUrl: string;
  /** The assignee's language. */
  locale: SupportedLocale;
}

const DESCRIPTION_CHARS = 400;

/** Sent 1:1 to a person when someone else assigns them a task in the tab. */
export function assignmentCard(input: AssignmentCardInput): AdaptiveCard {
  const { task, locale } = input;
  const t = assignmentText(locale);
  const facts = [
    ...(input.goalTitle ? [{ title: t('card.assignment.goal'), value: plainText(input.goalTitle) }] : []),
    {
      title: t('card.assignment.due'),
      value: task.dueDate ? dayLabel(task.dueDate, locale) : t('card.assignment.noDueDate'),
    },
    { title: t('card.assignment.team'), value: plainText(input.teamName) },
  ];
  const body: CardElement[] = [
    { type: 'TextBlock', text: t('card.assignment.title'), weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: t('card.assignment.assigned', { assigner: plainText(input.assignerName) }),
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
  return adaptiveCard(body, { actions: [openUrlAction(t('card.assignment.openTask'), input.taskUrl)] });
}

function excerpt(text: string): string {
  return text.length <= DESCRIPTION_CHARS ? text : `${text.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…`;
}
