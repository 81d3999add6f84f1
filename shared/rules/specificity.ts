import { normalizeText, phrasesIn, wordSet, words } from './text.ts';

/**
 * Nudges feedback givers towards specific, observable feedback. English rules: small lists below.
 * Generic phrases are only flagged where the same text names nothing concrete ("Great work on the Q3
 * report" is fine); absolutes and personality labels are always flagged. Feedback written in another
 * language gets only the checks that need no vocabulary (length), since the lists would flag nearly all
 * of it as vague.
 */

export type FeedbackField = 'situation' | 'behaviour' | 'impact';

export interface FeedbackParts {
  situation: string;
  behaviour: string;
  impact: string;
}

export type SpecificityCode =
  'vague_phrase' | 'too_short' | 'no_observation' | 'absolute_language' | 'personality_label';

export interface SpecificityIssue {
  field?: FeedbackField;
  code: SpecificityCode;
  hint: string;
}

export interface SpecificityOptions {
  /**
   * The writer's language tag (`de-DE`, `en-GB`): the English checks apply to English only. Unknown
   * (undefined) is taken for English.
   */
  locale?: string | undefined;
}

export interface SpecificityResult {
  specific: boolean;
  issues: SpecificityIssue[];
}

// ── Word lists (the only English knowledge in this file) ───────────────────────────────────────────

const VAGUE_PHRASES = [
  'do better',
  'be better',
  'good job',
  'great job',
  'nice job',
  'great work',
  'good work',
  'nice work',
  'well done',
  'keep it up',
  'keep up the good work',
  'be more proactive',
  'more proactive',
  'step up',
  'try harder',
  'work harder',
  'more effort',
  'up your game',
  'raise your game',
  'not good enough',
  'needs improvement',
  'need to improve',
  'needs to improve',
  'room for improvement',
  'take ownership',
  'awesome',
  'amazing',
  'you rock',
] as const;

const ABSOLUTES = [
  'always',
  'never',
  'constantly',
  'every time',
  'every single time',
  'all the time',
] as const;

const LABELS = [
  'lazy',
  'careless',
  'sloppy',
  'rude',
  'arrogant',
  'incompetent',
  'unprofessional',
  'selfish',
  'disorganized',
  'disorganised',
  'unreliable',
  'irresponsible',
  'immature',
  'useless',
  'stupid',
  'toxic',
  'bossy',
  'bad attitude',
  'negative attitude',
  'not a team player',
] as const;

/** Openers that report something seen or heard. */
const OBSERVATION_PHRASES = [
  'i noticed',
  'i saw',
  'i observed',
  'i heard',
  'i read',
  'i watched',
  'when you',
  'you said',
  'you wrote',
  'you sent',
  'you shared',
  'you presented',
  'you asked',
  'you told',
  'you mentioned',
  'during',
  'this morning',
  'this afternoon',
  'last week',
  'last month',
  'this week',
  'earlier today',
] as const;

/** Things and moments feedback can point at; plurals match too. */
const CONCRETE_WORDS = wordSet(`
  report meeting standup presentation demo email mail review call sprint release deploy deployment pr ticket
  document doc slide deck customer client code bug test design plan proposal retro retrospective launch
  spreadsheet dashboard message chat workshop interview incident deadline budget invoice contract roadmap
  onboarding training handover outage estimate forecast analysis summary agenda note feature project task
  yesterday today tonight monday tuesday wednesday thursday friday saturday sunday january february march
  april june july august september october november december morning afternoon
`);

const MIN_WORDS = { field: 3, text: 5 } as const;

// ── Checks ─────────────────────────────────────────────────────────────────────────────────────────

function hasConcreteWord(tokens: readonly string[]): boolean {
  return tokens.some(
    (token) =>
      CONCRETE_WORDS.has(token) ||
      CONCRETE_WORDS.has(token.replace(/'s$/, '')) ||
      (token.endsWith('s') && CONCRETE_WORDS.has(token.slice(0, -1))),
  );
}

/** Whether a text points at something concrete: an observation, a thing, a moment, a number or a quote. */
export function hasObservation(text: string): boolean {
  const normalized = normalizeText(text);
  return (
    /\d/.test(text) ||
    /["“”]/.test(text) ||
    phrasesIn(normalized, OBSERVATION_PHRASES).length > 0 ||
    hasConcreteWord(words(text))
  );
}

function withField(
  field: FeedbackField | undefined,
  issue: Omit<SpecificityIssue, 'field'>,
): SpecificityIssue {
  return field === undefined ? issue : { field, ...issue };
}

/** Whether the English word lists fit text by a writer using `locale`. */
function writesEnglish(locale: string | undefined): boolean {
  return locale === undefined || /^en(?:[-_]|$)/i.test(locale.trim());
}

function checkLength(text: string, field: FeedbackField | undefined): SpecificityIssue[] {
  const minWords = field === undefined ? MIN_WORDS.text : MIN_WORDS.field;
  return words(text).length < minWords
    ? [withField(field, { code: 'too_short', hint: `Add detail: at least ${minWords} words.` })]
    : [];
}

function checkText(text: string, field: FeedbackField | undefined, english: boolean): SpecificityIssue[] {
  const issues = checkLength(text, field);
  if (!english) return issues;
  const normalized = normalizeText(text);
  if (!hasObservation(text)) {
    for (const phrase of phrasesIn(normalized, VAGUE_PHRASES)) {
      issues.push(
        withField(field, {
          code: 'vague_phrase',
          hint: `"${phrase}" does not say what happened: name the moment and what exactly was done.`,
        }),
      );
    }
  }
  for (const phrase of phrasesIn(normalized, ABSOLUTES)) {
    issues.push(
      withField(field, {
        code: 'absolute_language',
        hint: `"${phrase}" invites debate: describe one specific occasion instead.`,
      }),
    );
  }
  for (const phrase of phrasesIn(normalized, LABELS)) {
    issues.push(
      withField(field, {
        code: 'personality_label',
        hint: `"${phrase}" labels the person: describe the behaviour you saw instead.`,
      }),
    );
  }
  return issues;
}

const NO_OBSERVATION_HINT =
  'Anchor it in something you saw or heard: when, where, what happened ("In Tuesday\'s demo…").';

function checkParts(parts: FeedbackParts, english: boolean): SpecificityIssue[] {
  const fields: FeedbackField[] = ['situation', 'behaviour', 'impact'];
  const issues = fields.flatMap((field) => checkText(parts[field], field, english));
  if (english && !hasObservation(parts.situation) && !hasObservation(parts.behaviour)) {
    issues.push({ field: 'situation', code: 'no_observation', hint: NO_OBSERVATION_HINT });
  }
  return issues;
}

/** Checks feedback, structured as situation-behaviour-impact or as one text, for specificity. */
export function checkSpecificity(
  feedback: FeedbackParts | string,
  options: SpecificityOptions = {},
): SpecificityResult {
  const english = writesEnglish(options.locale);
  const issues =
    typeof feedback === 'string'
      ? [
          ...checkText(feedback, undefined, english),
          ...(!english || hasObservation(feedback)
            ? []
            : [{ code: 'no_observation' as const, hint: NO_OBSERVATION_HINT }]),
        ]
      : checkParts(feedback, english);
  return { specific: issues.length === 0, issues };
}
