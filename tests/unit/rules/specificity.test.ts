import { describe, expect, it } from 'vitest';
import type { SpecificityCode } from '../../../shared/rules/specificity.ts';
import { checkSpecificity, hasObservation } from '../../../shared/rules/specificity.ts';

const codes = (feedback: Parameters<typeof checkSpecificity>[0]): SpecificityCode[] =>
  checkSpecificity(feedback).issues.map((issue) => issue.code);

describe('checkSpecificity: single text', () => {
  it('flags "You need to do better" as vague', () => {
    const result = checkSpecificity('You need to do better');
    expect(result.specific).toBe(false);
    expect(result.issues).toContainEqual({
      code: 'vague_phrase',
      hint: expect.stringContaining('do better'),
    });
    expect(codes('You need to do better')).toContain('no_observation');
  });

  it('passes "I noticed that the last report had several inaccuracies"', () => {
    expect(checkSpecificity('I noticed that the last report had several inaccuracies')).toEqual({
      specific: true,
      issues: [],
    });
  });

  it.each([
    'I noticed that the last report had several inaccuracies',
    'Great work on the Q3 report: the charts made the trend clear to the client',
    'When you summarised the decisions at the end of the meeting, everyone left knowing their next step',
    'Thanks for covering the on-call shift on Saturday',
    "In yesterday's standup you walked us through the blockers",
    'You said "we can ship it" before the tests had finished',
    'You handled 14 tickets this week and closed every one with a note',
    'I saw you pair with Sam on the flaky tests until they passed',
    'During the retro you proposed the new deploy checklist',
    'Your email to the client about the delay was clear and early',
    'The slides you prepared for the budget review answered every question',
    'I heard from support that your fix stopped the login errors',
  ])('"%s" is specific', (text) => {
    expect(checkSpecificity(text)).toEqual({ specific: true, issues: [] });
  });

  it.each<[string, SpecificityCode[]]>([
    ['You need to do better', ['vague_phrase', 'no_observation']],
    ['Good job', ['too_short', 'vague_phrase', 'no_observation']],
    ['Keep it up!', ['too_short', 'vague_phrase', 'no_observation']],
    ['Great work, really appreciated as usual', ['vague_phrase', 'no_observation']],
    ['Be more proactive in general please', ['vague_phrase', 'no_observation']],
    ['You should step up and take more responsibility overall', ['vague_phrase', 'no_observation']],
    ['You are always late', ['too_short', 'absolute_language', 'no_observation']],
    ['You never listen to anyone on the team', ['absolute_language', 'no_observation']],
    ['You were careless with the release notes on Tuesday', ['personality_label']],
    ['Honestly you are a lazy person', ['personality_label', 'no_observation']],
    ['It is not good enough and you know it', ['vague_phrase', 'no_observation']],
    ['Your attitude has to change going forward', ['no_observation']],
    ['Thanks a lot', ['too_short', 'no_observation']],
    ['', ['too_short', 'no_observation']],
  ])('"%s" is flagged with %j', (text, expected) => {
    expect(checkSpecificity(text).specific).toBe(false);
    expect(codes(text)).toEqual(expected);
  });

  it('flags absolutes and labels even next to a concrete observation', () => {
    expect(codes('In the planning meeting you constantly interrupted Priya')).toEqual(['absolute_language']);
    expect(codes('The report you sent on Monday was sloppy')).toEqual(['personality_label']);
  });

  it('reports each phrase once, preferring the longer match', () => {
    const issues = checkSpecificity('Be more proactive in general please').issues;
    expect(issues.filter((issue) => issue.code === 'vague_phrase')).toEqual([
      { code: 'vague_phrase', hint: expect.stringContaining('"be more proactive"') },
    ]);
  });

  it('handles case, punctuation and curly apostrophes', () => {
    expect(codes('GOOD JOB!!!')).toContain('vague_phrase');
    expect(checkSpecificity('In Tuesday’s demo you answered the client’s pricing question').specific).toBe(
      true,
    );
  });
});

describe('checkSpecificity: situation, behaviour, impact', () => {
  it('passes structured feedback grounded in an observation', () => {
    expect(
      checkSpecificity({
        situation: 'During the sprint review on Thursday',
        behaviour: 'You presented the new search page with real customer data',
        impact: 'The stakeholders approved the design without another round',
      }),
    ).toEqual({ specific: true, issues: [] });
  });

  it('names the field of each issue', () => {
    const result = checkSpecificity({
      situation: "In Tuesday's client demo",
      behaviour: 'Great job',
      impact: 'The client signed the contract the next day',
    });
    expect(result.specific).toBe(false);
    expect(result.issues).toEqual([
      { field: 'behaviour', code: 'too_short', hint: expect.any(String) },
      { field: 'behaviour', code: 'vague_phrase', hint: expect.stringContaining('great job') },
    ]);
  });

  it('asks for an observation when neither situation nor behaviour has one', () => {
    const result = checkSpecificity({
      situation: 'Recently',
      behaviour: 'You were lazy',
      impact: 'Bad',
    });
    expect(result.issues.map((issue) => [issue.field, issue.code])).toEqual([
      ['situation', 'too_short'],
      ['behaviour', 'personality_label'],
      ['impact', 'too_short'],
      ['situation', 'no_observation'],
    ]);
  });

  it('accepts the observation in the behaviour when the situation is general', () => {
    const result = checkSpecificity({
      situation: 'Over the last few weeks',
      behaviour: 'You reviewed 12 pull requests within a day each',
      impact: 'Nobody on the team waited on reviews anymore',
    });
    expect(result).toEqual({ specific: true, issues: [] });
  });
});

describe('hasObservation', () => {
  it.each([
    ['I noticed the build broke', true],
    ['on Tuesday', true],
    ['the 3 failing checks', true],
    ['you said "later"', true],
    ['the quarterly reports', true],
    ['you need to try harder', false],
    ['be more careful going forward', false],
  ])('%s → %s', (text, expected) => {
    expect(hasObservation(text)).toBe(expected);
  });
});

describe('checkSpecificity: the writer’s language', () => {
  const german = {
    situation: 'Gestern beim Kundentermin',
    behaviour: 'Du hast die offenen Fragen zur Preisseite ruhig und genau beantwortet',
    impact: 'Die Kundin hat noch am selben Tag unterschrieben',
  };

  it('does not hold German feedback to English word lists', () => {
    expect(codes(german)).toEqual(['no_observation']);
    expect(checkSpecificity(german, { locale: 'de-DE' })).toEqual({ specific: true, issues: [] });
    expect(checkSpecificity(german, { locale: 'fr-fr' }).specific).toBe(true);
    const text = 'Gute Arbeit beim letzten Kundentermin, wirklich';
    expect(codes(text)).toEqual(['no_observation']);
    expect(checkSpecificity(text, { locale: 'de' })).toEqual({
      specific: true,
      issues: [],
    });
  });

  it('still asks for detail when feedback in another language is too short', () => {
    const result = checkSpecificity({ ...german, behaviour: 'Super gemacht' }, { locale: 'de-DE' });
    expect(result.issues).toEqual([{ field: 'behaviour', code: 'too_short', hint: expect.any(String) }]);
    expect(checkSpecificity('Immer super', { locale: 'de-DE' }).issues.map((i) => i.code)).toEqual([
      'too_short',
    ]);
  });

  it('applies the English checks to any English variant, and when the language is unknown', () => {
    const vague = { situation: 'Recently', behaviour: 'You were lazy', impact: 'Bad' };
    for (const locale of ['en-US', 'en-gb', 'EN', undefined]) {
      expect(checkSpecificity(vague, { locale }).issues.map((i) => i.code)).toContain('personality_label');
    }
  });
});
