import { TASK_STATUSES } from '../domain/task-status.ts';
import { plainText, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import {
  CHECK_IN_CARD_LIMITS,
  CHECK_IN_FIELDS,
  multiLineMaxLength,
  NO_HELPER,
  questionFieldId,
  taskFieldId,
  type CheckInFormValues,
} from './check-in-form.ts';
import {
  clip,
  STATUS_LABELS,
  type CardFit,
  type CheckInCardInput,
  type CheckInCardPerson,
  type CheckInCardTask,
} from './check-in-card-input.ts';

const CONFIDENCE_CHOICES = [
  { title: '1 · Not confident', value: '1' },
  { title: '2', value: '2' },
  { title: '3', value: '3' },
  { title: '4', value: '4' },
  { title: '5 · Very confident', value: '5' },
];

function heading(text: string): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

/** The problem next to its input, in the attention colour. */
function fieldError(errors: CheckInCardInput['errors'], field: string): CardElement[] {
  const problem = errors?.[field];
  return problem
    ? [{ type: 'TextBlock', text: plainText(problem), color: 'Attention', wrap: true, spacing: 'Small' }]
    : [];
}

function taskInputs(
  input: CheckInCardInput,
  tasks: CheckInCardTask[],
  values: CheckInFormValues,
  fit: CardFit,
) {
  const elements: CardElement[] = [heading('Your open tasks')];
  if (tasks.length === 0) {
    elements.push({ type: 'TextBlock', text: 'You have no open tasks.', isSubtle: true, wrap: true });
  }
  for (const task of tasks) {
    const id = taskFieldId(task.id);
    elements.push({
      type: 'Container',
      spacing: 'Small',
      items: [
        { type: 'TextBlock', text: plainText(clip(task.title, fit.titleChars)), wrap: true },
        {
          type: 'Input.ChoiceSet',
          id,
          style: 'compact',
          value: values.taskStatuses[task.id] ?? task.status,
          choices: TASK_STATUSES.map((status) => ({ title: STATUS_LABELS[status], value: status })),
        },
        ...fieldError(input.errors, id),
      ],
    });
  }
  const more = input.tasks.length - tasks.length;
  if (more > 0) {
    elements.push(
      {
        type: 'TextBlock',
        text: `and ${more} more in the tab`,
        isSubtle: true,
        wrap: true,
      },
      { type: 'ActionSet', actions: [openUrlAction('Open the board', input.boardUrl)] },
    );
  }
  return elements;
}

function multiLine(
  id: string,
  label: string,
  placeholder: string,
  value: string,
  maxLength: number,
): CardElement {
  return {
    type: 'Input.Text',
    id,
    label,
    placeholder,
    isMultiline: true,
    maxLength,
    ...(value ? { value } : {}),
  };
}

function helpInputs(
  input: CheckInCardInput,
  teammates: CheckInCardPerson[],
  values: CheckInFormValues,
): CardElement[] {
  return [
    {
      type: 'Input.ChoiceSet',
      id: CHECK_IN_FIELDS.helpFrom,
      label: 'Need help from (optional)',
      style: 'filtered',
      value: values.helpFrom || NO_HELPER,
      choices: [
        { title: 'Nobody', value: NO_HELPER },
        ...teammates.map((person) => ({ title: person.name, value: person.userId })),
      ],
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.helpFrom),
    {
      type: 'Input.Text',
      id: CHECK_IN_FIELDS.helpNote,
      label: 'What do you need from them? (optional)',
      maxLength: CHECK_IN_CARD_LIMITS.helpNote,
      ...(values.helpNote ? { value: values.helpNote } : {}),
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.helpNote),
  ];
}

function questionInputs(input: CheckInCardInput, values: CheckInFormValues, fit: CardFit): CardElement[] {
  return input.questions.flatMap((question) => {
    const id = questionFieldId(question.id);
    const value = values.answers[question.id] ?? '';
    return [
      heading(plainText(clip(question.text, fit.textChars))),
      {
        type: 'Input.Text',
        id,
        placeholder: 'Your answer',
        isMultiline: true,
        maxLength: CHECK_IN_CARD_LIMITS.answer,
        ...(value ? { value } : {}),
      },
      ...fieldError(input.errors, id),
    ];
  });
}

/** The open check-in's inputs, prefilled with `values`, each followed by its error if it has one. */
export function checkInInputs(
  input: CheckInCardInput,
  values: CheckInFormValues,
  fit: CardFit,
  shown: { tasks: CheckInCardTask[]; teammates: CheckInCardPerson[] },
): CardElement[] {
  return [
    ...taskInputs(input, shown.tasks, values, fit),
    heading('This week'),
    multiLine(
      CHECK_IN_FIELDS.blockers,
      'Blockers (one per line)',
      'What is in your way?',
      values.blockers,
      multiLineMaxLength(CHECK_IN_CARD_LIMITS.blockers),
    ),
    ...fieldError(input.errors, CHECK_IN_FIELDS.blockers),
    multiLine(
      CHECK_IN_FIELDS.wins,
      'Wins (one per line)',
      'What went well?',
      values.wins,
      multiLineMaxLength(CHECK_IN_CARD_LIMITS.wins),
    ),
    ...fieldError(input.errors, CHECK_IN_FIELDS.wins),
    {
      type: 'Input.ChoiceSet',
      id: CHECK_IN_FIELDS.confidence,
      label: 'Confidence you will reach your goals (1–5)',
      style: 'expanded',
      isRequired: true,
      errorMessage: 'Choose how confident you are, from 1 to 5.',
      ...(values.confidence ? { value: values.confidence } : {}),
      choices: CONFIDENCE_CHOICES,
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.confidence),
    ...helpInputs(input, shown.teammates, values),
    ...questionInputs(input, values, fit),
  ];
}
