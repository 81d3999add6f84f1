import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The goals strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const goals = {
  'goals.screen.title': 'Goals',
  'goals.screen.new': 'New goal',
  'goals.screen.empty': 'No goals yet.',
  'goals.screen.leadersSet': 'Your team leaders set the goals.',
  'goals.screen.formerMember': 'Former member',
  'goals.screen.ok': 'OK',

  'goals.status.active': 'active',
  'goals.status.done': 'done',
  'goals.status.archived': 'archived',

  'goals.conflict.title': 'Changed by someone else',
  'goals.conflict.theirs': 'Their version: “{statement}” ({status}).',
  'goals.conflict.theirsDue': 'Their version: “{statement}” ({status}, due {dueDate}).',

  'goals.card.owner': 'Owner: {name}',
  'goals.card.due': 'Due {date}',
  'goals.card.smart': 'SMART',
  'goals.card.notSmart': { one: 'Not SMART: {count} missing', other: 'Not SMART: {count} missing' },
  'goals.card.missing': 'Missing: {criteria}',
  'goals.card.progress': 'Progress {percent}%',
  'goals.card.noTasks': 'No tasks yet',
  'goals.card.tasksDone': { one: '{done} of {count} task done', other: '{done} of {count} tasks done' },
  'goals.card.measure': '{metric}: {baseline} → {current} → {target}',
  'goals.card.measureUnit': '{metric}: {baseline} → {current} → {target} {unit}',
  'goals.card.unknown': '?',
  'goals.card.edit': 'Edit',
  'goals.card.archive': 'Archive',
  'goals.card.delete': 'Delete',
  'goals.card.confirmDelete': 'Confirm delete',
  'goals.card.keep': 'Keep',

  'goals.dialog.newTitle': 'New goal',
  'goals.dialog.editTitle': 'Edit goal',
  'goals.dialog.loadTheirs': 'Load their version',
  'goals.dialog.statement': 'Goal',
  'goals.dialog.statementHint': 'What will change, by how much, by when.',
  'goals.dialog.owner': 'Owner',
  'goals.dialog.dueDate': 'Due date',
  'goals.dialog.description': 'Description',
  'goals.dialog.save': 'Save goal',
  'goals.dialog.saving': 'Saving…',
  'goals.dialog.cancel': 'Cancel',
  'goals.dialog.measureIncomplete': 'Give a metric, a baseline and a target (numbers), or leave all empty.',

  'goals.measure.legend': 'Measure (optional)',
  'goals.measure.metric': 'Metric',
  'goals.measure.unit': 'Unit',
  'goals.measure.baseline': 'Baseline',
  'goals.measure.current': 'Current',
  'goals.measure.target': 'Target',

  'goals.error.generic': 'Something went wrong. Try again.',
  'goals.error.forbidden': 'Only team leaders can change goals.',
  'goals.error.hasTasks': 'This goal still has tasks: move or delete them first.',
  'goals.error.gone': 'This goal no longer exists.',
  'goals.error.field': 'Check {field}: {message}',

  'goals.smart.title': 'SMART check',
  'goals.smart.passed': 'This goal is SMART.',
  'goals.smart.met': ': met',
  'goals.smart.notMet': ': missing',
  'goals.smart.suggested': 'Suggested:',
  'goals.smart.useSuggestion': 'Use suggestion',
  'goals.smart.criterion.specific': 'Specific',
  'goals.smart.criterion.measurable': 'Measurable',
  'goals.smart.criterion.achievable': 'Achievable',
  'goals.smart.criterion.relevant': 'Relevant (has an owner)',
  'goals.smart.criterion.timeBound': 'Time-bound',
  'goals.smart.hint.empty': 'Say what you want to achieve.',
  'goals.smart.hint.vague':
    'Too vague: name what will change, for example which metric, product or customers.',
  'goals.smart.hint.short': 'Add detail: what exactly will change, for whom or where.',
  'goals.smart.hint.measurable':
    'Add a number: how much, from what baseline to what target (for example "by 10%").',
  'goals.smart.hint.sameTarget': 'The target equals the baseline: set where you want to get to.',
  'goals.smart.hint.timeBound': 'Add a deadline: a due date or a phrase like "by March" or "within 6 weeks".',
  'goals.smart.hint.relevant': 'Pick an owner: every goal belongs to someone on the team.',
  'goals.smart.hint.percent':
    '{amount} is rarely achievable in one goal: lower the target or split the goal.',
  'goals.smart.hint.dropOverAll': 'Nothing can drop by more than 100%: check the target.',
  'goals.smart.hint.growth':
    '{amount} growth is rarely achievable in one goal: lower the target or split the goal.',
  'goals.smart.hint.factor':
    'The target is about {factor}× the baseline: lower it or split the goal into steps.',
  'goals.smart.placeholder.vagueStatement': '<Increase or reduce> <what, for whom>',
  'goals.smart.placeholder.specific': '— <what exactly, for whom>',
  'goals.smart.placeholder.byPercent': 'by <X%>',
  'goals.smart.placeholder.fromTo': '(<metric> from <baseline> to <target>)',
  'goals.smart.placeholder.realistic': '<a realistic target>',
  'goals.smart.placeholder.date': 'by <date>',
} as const satisfies Catalog;

export type GoalsKey = keyof typeof goals;

export type GoalsT = Translate<GoalsKey>;

export function useGoalsT(): GoalsT {
  return useTranslator(goals);
}
