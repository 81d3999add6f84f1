import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  describeProblem,
  localMessage,
  localProblem,
  problemsByInput,
} from '../../../bot/handlers/feedback/card-form.ts';
import { repliesWorkText } from '../../../shared/cards/i18n/replies-work-text.ts';
import { requiredText } from '../../../shared/domain/text.ts';

describe('the problems named next to a card input', () => {
  it('keeps the English wording of schemas and services, and words the known ones in German', () => {
    expect(localProblem('en-US', 'must not be empty')).toBe('must not be empty');
    expect(localProblem('de-DE', 'must not be empty')).toBe('darf nicht leer sein');
    expect(localProblem('de-DE', 'must be at most 4000 characters')).toBe(
      'darf höchstens 4000 Zeichen lang sein',
    );
    expect(localProblem('de-DE', 'is not a goal of this team')).toBe('ist kein Ziel dieses Teams');
    expect(describeProblem('Situation', localProblem('de-DE', 'must not be empty'))).toBe(
      'Situation darf nicht leer sein.',
    );
  });

  it('says "is not valid" in German for a problem it does not know, rather than mixing languages', () => {
    expect(localProblem('en-US', 'is odd.')).toBe('is odd');
    expect(localProblem('de-DE', 'is odd.')).toBe('ist ungültig');
  });

  it('names each input once, with the label in the reader’s language', () => {
    const schema = z.object({ situation: requiredText(10), impact: requiredText(10) });
    const result = schema.safeParse({ situation: ' ', impact: 'x'.repeat(11) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(problemsByInput(result.error, { situation: 'Situation' }, 'de-DE')).toEqual({
      situation: 'Situation darf nicht leer sein.',
      impact: 'Dieses Feld darf höchstens 10 Zeichen lang sein.',
    });
  });

  it('translates a service’s whole-sentence message the catalog knows, and leaves any other as it is', () => {
    const t = repliesWorkText('de-DE');
    expect(localMessage(t, 'This review request was declined.')).toBe(
      'Diese Review-Anfrage wurde abgelehnt.',
    );
    expect(localMessage(t, 'Something else.')).toBe('Something else.');
  });
});
