import type { SpecificityCode, SpecificityIssue } from '../../shared/rules/specificity.ts';
import type { HistoryKey, HistoryT } from '../i18n/en-US/history.ts';

const KEYS: Record<SpecificityCode, HistoryKey> = {
  too_short: 'history.specificity.tooShort',
  vague_phrase: 'history.specificity.vaguePhrase',
  absolute_language: 'history.specificity.absolute',
  personality_label: 'history.specificity.label',
  no_observation: 'history.specificity.noObservation',
};

/**
 * A specificity hint in the tab's language, by its code. The rule (shared with the bot) writes English
 * sentences; the phrase it quotes and the word count it asks for are read back from them. A hint whose
 * parts cannot be read is shown as the rule wrote it.
 */
export function specificityHint(issue: SpecificityIssue, t: HistoryT): string {
  switch (issue.code) {
    case 'too_short': {
      const count = /\d+/.exec(issue.hint)?.[0];
      return count === undefined ? issue.hint : t(KEYS[issue.code], { count: Number(count) });
    }
    case 'no_observation':
      return t(KEYS[issue.code]);
    default: {
      const phrase = /^"([^"]+)"/.exec(issue.hint)?.[1];
      return phrase === undefined ? issue.hint : t(KEYS[issue.code], { phrase });
    }
  }
}
