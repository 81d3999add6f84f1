import { wordSet, words } from './text.ts';

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

const STOP_WORDS = wordSet(`
  a an the and or of to for in on at by with from into onto our my your their its this that these
  those we i you they he she it us them be is are was were will shall should can could would than as
  per each every all up out about so via get make
`);

/** Words that say nothing concrete on their own: a statement made only of these is vague. */
const VAGUE_WORDS = wordSet(`
  improve improved improving improvement better best good great well do doing done work working harder
  hard try stuff things thing everything something overall general generally performance quality
  results success successful proactive step focus help more much lot lots really very
`);

const CHANGE_VERBS = wordSet(`
  increase grow raise boost improve expand lift double triple reduce cut decrease lower shrink drop
  trim halve
`);

const NUMBER_WORDS = wordSet(`
  zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred
  thousand million dozen double doubled triple tripled halve halved twice percent
`);

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UNIT = '(?:hours?|days?|weeks?|months?|quarters?|years?|sprints?|fortnights?)';
const PERIOD = '(?:week|month|quarter|year|sprint|half|semester|fiscal year|fy)';
const COUNT =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\\s+)?(?:few|couple)(?:\\s+of)?)';

/** Time phrases; their numbers are not measures ("within 6 weeks", "by 2027"). */
const TIME_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/gi,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/gi,
  new RegExp(
    `\\b(?:by|before|until|till|in|during|through|from|of|mid|early|late)[\\s-]+(?:the\\s+end\\s+of\\s+)?${MONTH}\\b(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`,
    'gi',
  ),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?`, 'gi'),
  new RegExp(
    `\\b(?:in|within|over|for|during|after)\\s+(?:the\\s+)?(?:(?:next|coming|following|first|last)\\s+)?(?:${COUNT}\\s+)?${UNIT}\\b`,
    'gi',
  ),
  new RegExp(`\\b(?:this|next|current|coming|following)\\s+${PERIOD}\\b`, 'gi'),
  new RegExp(
    `\\b(?:end|close|start|beginning|middle)\\s+of\\s+(?:the\\s+)?(?:(?:this|next|current)\\s+)?(?:${PERIOD}|day|q[1-4]|${MONTH})\\b`,
    'gi',
  ),
  /\b(?:year|quarter|month|week|sprint)[\s-]end\b/gi,
  /\b(?:first|second)\s+half\b/gi,
  /\beo[dwmqy]\b/gi,
  /\b(?:q[1-4]|h[12])\b(?:\s*(?:fy\s*)?'?\d{2,4}\b)?/gi,
  /\bfy\s?'?\d{2,4}\b/gi,
  /\b(?:by|before|until|till|in|during|through)\s+(?:19|20)\d{2}\b(?![.,]?\d|\s*(?:%|percent|(?!and\b|or\b)[a-z]))/gi,
  new RegExp(`\\b(?:by|before|until|till|on|next|this)\\s+${WEEKDAY}\\b`, 'gi'),
  /\b(?:today|tomorrow|tonight)\b/gi,
];

/** A number that is not part of a word ("v2" is a version, not a measure). */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,]\d+)?/u;
const PERCENT = /(?<![\p{L}\d])(\d+(?:[.,]\d+)?)\s*(?:%|percent\b)/giu;
const MULTIPLIER = /(?<![\p{L}\d])(\d+(?:\.\d+)?)\s*(?:x|×|times|-?fold)(?![\p{L}])/giu;
const REDUCTION_BY =
  /\b(?:reduc|cut|decreas|lower|shrink|drop|trim|slash)\w*\b.*?\bby\s+((\d+(?:\.\d+)?)\s*(?:%|percent\b))/iu;

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
  specific: '— <what exactly, for whom>',
  byPercent: 'by <X%>',
  fromTo: '(<metric> from <baseline> to <target>)',
  realistic: '<a realistic target>',
  date: 'by <date>',
} as const;

// ── Criteria ───────────────────────────────────────────────────────────────────────────────────────

interface TimePhrases {
  /** The statement without its time phrases. */
  rest: string;
  phrases: string[];
}

function splitTimePhrases(statement: string): TimePhrases {
  const phrases: string[] = [];
  let rest = statement;
  for (const pattern of TIME_PATTERNS) {
    rest = rest.replace(pattern, (phrase) => {
      phrases.push(phrase);
      return ' ';
    });
  }
  return { rest, phrases };
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
  if (statementWords.every((word) => VAGUE_WORDS.has(word))) {
    return { ok: false, hint: HINTS.vague, vague: true };
  }
  const all = new Set([...statementWords, ...contentWords(metric ?? '')]);
  return all.size >= 3 ? { ok: true, vague: false } : { ok: false, hint: HINTS.short, vague: false };
}

function checkMeasurable(statementWithoutTime: string, measure: SmartMeasure | undefined): CriterionResult {
  const hasNumber =
    NUMBER.test(statementWithoutTime) || words(statementWithoutTime).some((word) => NUMBER_WORDS.has(word));
  if (hasNumber) return { ok: true };
  if (measure && Number.isFinite(measure.target) && measure.target !== measure.baseline) return { ok: true };
  return { ok: false, hint: measure ? HINTS.sameTarget : HINTS.measurable };
}

interface Achievability extends CriterionResult {
  /** The statement text that makes it unachievable, to replace in the suggestion. */
  culprit?: string;
}

function parseNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function checkAchievable(statement: string, measure: SmartMeasure | undefined): Achievability {
  for (const match of statement.matchAll(PERCENT)) {
    if (parseNumber(match[1] ?? '0') >= MAX_PERCENT) {
      return {
        ok: false,
        culprit: match[0],
        hint: `${match[0]} is rarely achievable in one goal: lower the target or split the goal.`,
      };
    }
  }
  const reduction = REDUCTION_BY.exec(statement);
  if (reduction?.[1] !== undefined && parseNumber(reduction[2] ?? '0') > 100) {
    return {
      ok: false,
      culprit: reduction[1],
      hint: 'Nothing can drop by more than 100%: check the target.',
    };
  }
  for (const match of statement.matchAll(MULTIPLIER)) {
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

/** "Increase …", "We will reduce …": a change verb among the first content words takes "by <X%>". */
function startsWithChangeVerb(statement: string): boolean {
  return contentWords(statement)
    .slice(0, 3)
    .some((word) => CHANGE_VERBS.has(word));
}

interface Analysis {
  statement: string;
  time: TimePhrases;
  specificity: Specificity;
  achievability: Achievability;
}

/** The statement with placeholders for what is missing; undefined when there is nothing to rewrite. */
function suggestRewrite(
  analysis: Analysis,
  criteria: Record<SmartCriterion, CriterionResult>,
): string | undefined {
  const { statement, time, specificity, achievability } = analysis;
  const base = statement.replace(/[\s.!;,]+$/u, '');
  const parts: string[] = [];
  if (specificity.vague) {
    parts.push(PLACEHOLDERS.vagueStatement);
    if (!criteria.measurable.ok) parts.push(PLACEHOLDERS.byPercent);
    parts.push(...time.phrases);
  } else {
    const culprit = achievability.culprit;
    parts.push(culprit === undefined ? base : base.replace(culprit, PLACEHOLDERS.realistic));
    if (!criteria.measurable.ok) {
      parts.push(startsWithChangeVerb(base) ? PLACEHOLDERS.byPercent : PLACEHOLDERS.fromTo);
    } else if (!criteria.specific.ok) {
      parts.push(PLACEHOLDERS.specific);
    }
  }
  if (!criteria.timeBound.ok) parts.push(PLACEHOLDERS.date);
  const rewrite = parts.join(' ');
  return rewrite === base ? undefined : rewrite;
}

/** Checks a goal draft against the five SMART criteria. */
export function smartCheck(draft: GoalDraft): SmartCheckResult {
  const statement = draft.statement.replace(/\s+/g, ' ').trim();
  const time = splitTimePhrases(statement);
  const specificity = checkSpecific(time.rest, draft.measure?.metric);
  const achievability = checkAchievable(statement, draft.measure);
  const criteria: Record<SmartCriterion, CriterionResult> = {
    specific: criterion(specificity),
    measurable: checkMeasurable(time.rest, draft.measure),
    achievable: criterion(achievability),
    relevant: checkRelevant(draft.ownerId),
    timeBound: checkTimeBound(time.phrases.length > 0, draft.dueDate),
  };
  const missing = SMART_CRITERIA.filter((name) => !criteria[name].ok);
  const suggestion =
    missing.length === 0
      ? undefined
      : suggestRewrite({ statement, time, specificity, achievability }, criteria);
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
