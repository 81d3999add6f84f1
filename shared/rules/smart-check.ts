import { words } from './text.ts';

/**
 * A deterministic SMART check of a goal draft. English rules: small word lists and patterns, all below,
 * tuned to nudge rather than to judge. Each failed criterion carries a hint; `suggestion` rewrites the
 * statement with placeholders for the missing parts ("Increase sales by <X%> by <date>").
 */

export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

export interface SmartMeasure {
  metric: string;
  baseline: number;
  target: number;
  unit?: string;
}

export interface GoalDraft {
  statement: string;
  measure?: SmartMeasure;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
  ownerId?: string;
}

export interface CriterionResult {
  ok: boolean;
  hint?: string;
}

export interface SmartCheckResult {
  passed: boolean;
  criteria: Record<SmartCriterion, CriterionResult>;
  missing: SmartCriterion[];
  suggestion?: string;
}

// ── Word lists and patterns (the only English knowledge in this file) ──────────────────────────────

const STOP_WORDS = new Set(
  'a an the and or of to for in on at by with from into onto our my your their its this that these those we i you they he she it us them be is are was were will shall should can could would than as per each every all up out about so via get make'.split(
    ' ',
  ),
);

/** Words that say nothing concrete on their own: a statement made only of these is vague. */
const VAGUE_WORDS = new Set(
  'improve improved improving improvement better best good great well do doing done work working harder hard try stuff things thing everything something overall general generally performance quality results success successful proactive step focus help more much lot lots really very'.split(
    ' ',
  ),
);

const CHANGE_VERBS = new Set(
  'increase grow raise boost improve expand lift double triple reduce cut decrease lower shrink drop trim halve'.split(
    ' ',
  ),
);

const NUMBER_WORDS = new Set(
  'zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred thousand million dozen double doubled triple tripled halve halved twice percent'.split(
    ' ',
  ),
);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UNIT = '(?:hours?|days?|weeks?|months?|quarters?|years?|sprints?|fortnights?)';
const PERIOD = '(?:week|month|quarter|year|sprint|half|semester|fiscal year|fy)';
const COUNT =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\\s+)?(?:few|couple)(?:\\s+of)?)';

/** Time phrases, matched on the lowercased statement; their numbers are not measures. */
const TIME_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  new RegExp(
    `\\b(?:by|before|until|till|in|during|through|from|of|mid|early|late)[\\s-]+(?:the\\s+end\\s+of\\s+)?${MONTH}\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
    'g',
  ),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4})?`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'g'),
  new RegExp(
    `\\b(?:in|within|over|for|during|after)\\s+(?:the\\s+)?(?:(?:next|coming|following|first|last)\\s+)?(?:${COUNT}\\s+)?${UNIT}\\b`,
    'g',
  ),
  new RegExp(`\\b(?:this|next|current|coming|following)\\s+${PERIOD}\\b`, 'g'),
  new RegExp(
    `\\b(?:end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+)?(?:(?:this|next|current)\\s+)?(?:${PERIOD}|day|q[1-4]|${MONTH})\\b`,
    'g',
  ),
  /\b(?:year|quarter|month|week|sprint)[\s-]end\b/g,
  /\b(?:first|second)\s+half\b/g,
  /\beo[dwmqy]\b/g,
  /\b(?:q[1-4]|h[12])\b(?:\s*(?:fy\s*)?'?\d{2,4}\b)?/g,
  /\bfy\s?'?\d{2,4}\b/g,
  /\b(?:by|before|until|till|in|during|through)\s+(?:19|20)\d{2}\b/g,
  new RegExp(`\\b(?:by|before|until|till|on|next|this)\\s+${WEEKDAY}\\b`, 'g'),
  /\b(?:today|tomorrow|tonight)\b/g,
];

/** A number that is not part of a word ("v2" is a version, not a measure). */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,]\d+)?/u;
const PERCENT = /(?<![\p{L}\d])(\d+(?:[.,]\d+)?)\s*(?:%|percent\b)/gu;
const MULTIPLIER = /(?<![\p{L}\d])(\d+(?:\.\d+)?)\s*(?:x|×|times|-?fold)(?![\p{L}])/gu;
const REDUCTION_BY =
  /\b(?:reduc|cut|decreas|lower|shrink|drop|trim|slash)\w*\b.*?\bby\s+(\d+(?:\.\d+)?)\s*(?:%|percent\b)/u;

/** Growth beyond this factor in one goal is flagged as not achievable. */
const MAX_GROWTH_FACTOR = 10;
const MAX_PERCENT = 1000;

const HINTS = {
  empty: 'Say what you want to achieve.',
  vague: 'Too vague: name what will change, for example which metric, product or customers.',
  short: 'Add detail: what exactly will change, for whom or where.',
  measurable: 'Add a number: how much, from what baseline to what target (for example "by 10%").',
  sameTarget: 'The target equals the baseline: set where you want to get to.',
  timeBound: 'Add a deadline: a due date or a phrase like "by March" or "within 6 weeks".',
  relevant: 'Pick an owner: every goal belongs to someone on the team.',
} as const;

const PLACEHOLDERS = {
  vagueStatement: '<Increase or reduce> <what, for whom>',
  specific: ' — <what exactly, for whom>',
  byPercent: ' by <X%>',
  fromTo: ' (<metric> from <baseline> to <target>)',
  realistic: '<a realistic target>',
  date: ' by <date>',
} as const;

// ── Criteria ───────────────────────────────────────────────────────────────────────────────────────

function stripTimePhrases(lowered: string): { rest: string; found: boolean } {
  let rest = lowered;
  for (const pattern of TIME_PATTERNS) rest = rest.replace(pattern, ' ');
  return { rest, found: rest !== lowered };
}

function contentWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

interface Specificity extends CriterionResult {
  vague: boolean;
}

function checkSpecific(statementWithoutTime: string, metric: string | undefined): Specificity {
  const statementWords = contentWords(statementWithoutTime);
  if (statementWords.length === 0) return { ok: false, hint: HINTS.empty, vague: true };
  if (statementWords.every((word) => VAGUE_WORDS.has(word)))
    return { ok: false, hint: HINTS.vague, vague: true };
  const all = new Set([...statementWords, ...contentWords(metric ?? '')]);
  return all.size >= 3 ? { ok: true, vague: false } : { ok: false, hint: HINTS.short, vague: false };
}

function checkMeasurable(statementWithoutTime: string, measure: SmartMeasure | undefined): CriterionResult {
  const hasNumber =
    NUMBER.test(statementWithoutTime) || words(statementWithoutTime).some((word) => NUMBER_WORDS.has(word));
  if (hasNumber) return { ok: true };
  if (measure && measure.target !== measure.baseline) return { ok: true };
  return { ok: false, hint: measure ? HINTS.sameTarget : HINTS.measurable };
}

interface Achievability extends CriterionResult {
  /** The statement text that makes it unachievable, to replace in the suggestion. */
  culprit?: string;
}

function parseNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function checkAchievable(lowered: string, measure: SmartMeasure | undefined): Achievability {
  for (const match of lowered.matchAll(PERCENT)) {
    if (parseNumber(match[1] ?? '0') >= MAX_PERCENT) {
      return {
        ok: false,
        culprit: match[0],
        hint: `${match[0]} is rarely achievable in one goal: lower the target or split the goal.`,
      };
    }
  }
  const reduction = REDUCTION_BY.exec(lowered);
  if (reduction && parseNumber(reduction[1] ?? '0') > 100) {
    return { ok: false, hint: 'Nothing can drop by more than 100%: check the target.' };
  }
  for (const match of lowered.matchAll(MULTIPLIER)) {
    if (parseNumber(match[1] ?? '0') > MAX_GROWTH_FACTOR) {
      return {
        ok: false,
        culprit: match[0],
        hint: `${match[0]} growth is rarely achievable in one goal: lower the target or split the goal.`,
      };
    }
  }
  if (measure && measure.baseline > 0 && measure.target > MAX_GROWTH_FACTOR * measure.baseline) {
    const factor = Math.round(measure.target / measure.baseline);
    return {
      ok: false,
      hint: `The target is about ${factor}× the baseline: lower it or split the goal into steps.`,
    };
  }
  return { ok: true };
}

function checkTimeBound(hasTimePhrase: boolean, dueDate: string | undefined): CriterionResult {
  const hasDueDate = dueDate !== undefined && dueDate.trim() !== '';
  return hasDueDate || hasTimePhrase ? { ok: true } : { ok: false, hint: HINTS.timeBound };
}

function checkRelevant(ownerId: string | undefined): CriterionResult {
  return ownerId !== undefined && ownerId.trim() !== '' ? { ok: true } : { ok: false, hint: HINTS.relevant };
}

// ── Suggestion ─────────────────────────────────────────────────────────────────────────────────────

function suggestRewrite(
  statement: string,
  criteria: Record<SmartCriterion, CriterionResult>,
  specificity: Specificity,
  achievability: Achievability,
): string | undefined {
  const textual = SMART_CRITERIA.filter((criterion) => criterion !== 'relevant' && !criteria[criterion].ok);
  if (textual.length === 0) return undefined;
  const trimmed = statement.trim().replace(/[\s.!;,]+$/u, '');
  let rewrite = specificity.vague ? PLACEHOLDERS.vagueStatement : trimmed;
  const culprit = achievability.culprit;
  if (culprit !== undefined) {
    const at = rewrite.toLowerCase().indexOf(culprit);
    if (at >= 0) rewrite = rewrite.slice(0, at) + PLACEHOLDERS.realistic + rewrite.slice(at + culprit.length);
  }
  if (!criteria.measurable.ok) {
    const verb = words(trimmed)[0] ?? '';
    rewrite += specificity.vague || CHANGE_VERBS.has(verb) ? PLACEHOLDERS.byPercent : PLACEHOLDERS.fromTo;
  } else if (!criteria.specific.ok && !specificity.vague) {
    rewrite += PLACEHOLDERS.specific;
  }
  if (!criteria.timeBound.ok) rewrite += PLACEHOLDERS.date;
  return rewrite;
}

/** Checks a goal draft against the five SMART criteria. */
export function smartCheck(draft: GoalDraft): SmartCheckResult {
  const lowered = draft.statement.toLowerCase().replace(/\s+/g, ' ').trim();
  const time = stripTimePhrases(lowered);
  const specificity = checkSpecific(time.rest, draft.measure?.metric);
  const achievability = checkAchievable(lowered, draft.measure);
  const criteria: Record<SmartCriterion, CriterionResult> = {
    specific: criterion(specificity),
    measurable: checkMeasurable(time.rest, draft.measure),
    achievable: criterion(achievability),
    relevant: checkRelevant(draft.ownerId),
    timeBound: checkTimeBound(time.found, draft.dueDate),
  };
  const missing = SMART_CRITERIA.filter((name) => !criteria[name].ok);
  const suggestion = suggestRewrite(draft.statement, criteria, specificity, achievability);
  return {
    passed: missing.length === 0,
    criteria,
    missing,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

/** Just `{ ok, hint }`, without the extra fields used internally. */
function criterion(result: CriterionResult): CriterionResult {
  return result.hint === undefined ? { ok: result.ok } : { ok: result.ok, hint: result.hint };
}
