import type { CreateGoalRequest, UpdateGoalRequest } from '../../shared/api/goal-requests.ts';
import type { GoalDraft as SmartDraft, SmartMeasure } from '../../shared/rules/smart-check.ts';
import type { VersionedGoal } from '../api/api-client.ts';

/** The goal form as typed: text everywhere, so half-typed numbers survive. */
export interface GoalDraft {
  statement: string;
  description: string;
  ownerId: string;
  dueDate: string;
  metric: string;
  unit: string;
  baseline: string;
  current: string;
  target: string;
}

export function emptyDraft(ownerId: string): GoalDraft {
  return {
    statement: '',
    description: '',
    ownerId,
    dueDate: '',
    metric: '',
    unit: '',
    baseline: '',
    current: '',
    target: '',
  };
}

const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

export function draftFromGoal(goal: VersionedGoal): GoalDraft {
  const { measure } = goal;
  return {
    statement: goal.statement,
    description: goal.description ?? '',
    ownerId: goal.ownerId,
    dueDate: goal.dueDate ?? '',
    metric: measure?.metric ?? '',
    unit: measure?.unit ?? '',
    baseline: numberText(measure?.baseline),
    current: numberText(measure?.current),
    target: numberText(measure?.target),
  };
}

function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

interface RequestMeasure extends SmartMeasure {
  current?: number;
}

/** The measure when metric, baseline and target are all given; `undefined` when none of them is. */
export function draftMeasure(draft: GoalDraft): RequestMeasure | undefined | 'incomplete' {
  const metric = draft.metric.trim();
  const baseline = parseNumber(draft.baseline);
  const target = parseNumber(draft.target);
  const current = parseNumber(draft.current);
  const touched = [draft.metric, draft.baseline, draft.target, draft.current, draft.unit].some(
    (text) => text.trim() !== '',
  );
  if (!touched) return undefined;
  if (metric === '' || baseline === undefined || target === undefined) return 'incomplete';
  if (draft.current.trim() !== '' && current === undefined) return 'incomplete';
  const unit = draft.unit.trim();
  return {
    metric,
    baseline,
    target,
    ...(current === undefined ? {} : { current }),
    ...(unit === '' ? {} : { unit }),
  };
}

/** What the SMART check reads: only the complete parts of the draft. */
export function smartDraft(draft: GoalDraft): SmartDraft {
  const measure = draftMeasure(draft);
  return {
    statement: draft.statement,
    ...(measure === undefined || measure === 'incomplete' ? {} : { measure }),
    ...(draft.dueDate === '' ? {} : { dueDate: draft.dueDate }),
    ...(draft.ownerId === '' ? {} : { ownerId: draft.ownerId }),
  };
}

export function createRequest(draft: GoalDraft, measure: RequestMeasure | undefined): CreateGoalRequest {
  const description = draft.description.trim();
  return {
    statement: draft.statement.trim(),
    ...(description === '' ? {} : { description }),
    ...(measure === undefined ? {} : { measure }),
    ...(draft.dueDate === '' ? {} : { dueDate: draft.dueDate }),
    ownerId: draft.ownerId,
  };
}

/** Cleared optional fields go as `null`, so an edit can remove a measure or a due date. */
export function updateRequest(draft: GoalDraft, measure: RequestMeasure | undefined): UpdateGoalRequest {
  return {
    statement: draft.statement.trim(),
    description: draft.description.trim(),
    measure: measure ?? null,
    dueDate: draft.dueDate === '' ? null : draft.dueDate,
    ownerId: draft.ownerId,
  };
}
