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
  statusLabel,
  type CardFit,
  type CheckInCardInput,
  type CheckInCardPerson,
  type CheckInCardTask,
} from './check-in-card-input.ts';
import { commonText } from './i18n/common-text.ts';
import { checkInText, type CheckInT } from './i18n/check-in-text.ts';

function confidenceChoices(t: CheckInT) {
  return [
    { title: t('card.checkIn.confidenceLow'), value: '1' },
    { title: '2', value: '2' },
    { title: '3', value: '3' },
    { title: '4', value: '4' },
    { title: t('card.checkIn.confidenceHigh'), value: '5' },
  ];
}

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
  const t = checkInText(input.locale);
  const common = commonText(input.locale);
  const elements: CardElement[] = [heading(t('card.checkIn.yourTasks'))];
  if (tasks.length === 0) {
    elements.push({ type: 'TextBlock', text: t('card.checkIn.noTasks'), isSubtle: true, wrap: true });
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
          choices: TASK_STATUSES.map((status) => ({
            title: statusLabel(status, input.locale),
            value: status,
          })),
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
        text: common('card.common.moreInTab', { count: more }),
        isSubtle: true,
        wrap: true,
      },
      { type: 'ActionSet', actions: [openUrlAction(common('card.common.openBoard'), input.boardUrl)] },
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
  const t = checkInText(input.locale);
  return [
    {
      type: 'Input.ChoiceSet',
      id: CHECK_IN_FIELDS.helpFrom,
      label: t('card.checkIn.helpFromLabel'),
      style: 'filtered',
      value: values.helpFrom || NO_HELPER,
      choices: [
        { title: t('card.checkIn.nobody'), value: NO_HELPER },
        ...teammates.map((person) => ({ title: person.name, value: person.userId })),
      ],
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.helpFrom),
    {
      type: 'Input.Text',
      id: CHECK_IN_FIELDS.helpNote,
      label: t('card.checkIn.helpNoteLabel'),
      maxLength: CHECK_IN_CARD_LIMITS.helpNote,
      ...(values.helpNote ? { value: values.helpNote } : {}),
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.helpNote),
  ];
}

function questionInputs(input: CheckInCardInput, values: CheckInFormValues, fit: CardFit): CardElement[] {
  const placeholder = checkInText(input.locale)('card.checkIn.answerPlaceholder');
  return input.questions.flatMap((question) => {
    const id = questionFieldId(question.id);
    const value = values.answers[question.id] ?? '';
    return [
      heading(plainText(clip(question.text, fit.textChars))),
      {
        type: 'Input.Text',
        id,
        placeholder,
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
  const t = checkInText(input.locale);
  return [
    ...taskInputs(input, shown.tasks, values, fit),
    heading(t('card.checkIn.thisWeek')),
    multiLine(
      CHECK_IN_FIELDS.blockers,
      t('card.checkIn.blockersLabel'),
      t('card.checkIn.blockersPlaceholder'),
      values.blockers,
      multiLineMaxLength(CHECK_IN_CARD_LIMITS.blockers),
    ),
    ...fieldError(input.errors, CHECK_IN_FIELDS.blockers),
    multiLine(
      CHECK_IN_FIELDS.wins,
      t('card.checkIn.winsLabel'),
      t('card.checkIn.winsPlaceholder'),
      values.wins,
      multiLineMaxLength(CHECK_IN_CARD_LIMITS.wins),
    ),
    ...fieldError(input.errors, CHECK_IN_FIELDS.wins),
    {
      type: 'Input.ChoiceSet',
      id: CHECK_IN_FIELDS.confidence,
      label: t('card.checkIn.confidenceLabel'),
      style: 'expanded',
      isRequired: true,
      errorMessage: t('card.checkIn.confidenceRequired'),
      ...(values.confidence ? { value: values.confidence } : {}),
      choices: confidenceChoices(t),
    },
    ...fieldError(input.errors, CHECK_IN_FIELDS.confidence),
    ...helpInputs(input, shown.teammates, values),
    ...questionInputs(input, values, fit),
  ];
}
