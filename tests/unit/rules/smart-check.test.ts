import { describe, expect, it } from 'vitest';
import type { GoalDraft } from '../../../shared/rules/smart-check.ts';
import { SMART_CRITERIA, smartCheck } from '../../../shared/rules/smart-check.ts';

const OWNER = '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b';

function check(statement: string, extra: Partial<GoalDraft> = {}) {
  return smartCheck({ statement, ownerId: OWNER, ...extra });
}

describe('smartCheck: the required examples', () => {
  it('flags "Increase sales" as not measurable and not time-bound, and suggests the missing parts', () => {
    const result = check('Increase sales');
    expect(result.passed).toBe(false);
    expect(result.criteria.measurable.ok).toBe(false);
    expect(result.criteria.timeBound.ok).toBe(false);
    expect(result.criteria.measurable.hint).toMatch(/number/);
    expect(result.criteria.timeBound.hint).toMatch(/deadline/);
    expect(result.missing).toEqual(expect.arrayContaining(['measurable', 'timeBound']));
    expect(result.suggestion).toBe('Increase sales by <X%> by <date>');
  });

  it('passes "Increase sales by 10% in the next quarter" on measurable and time-bound (and overall)', () => {
    const result = check('Increase sales by 10% in the next quarter');
    expect(result.criteria.measurable).toEqual({ ok: true });
    expect(result.criteria.timeBound).toEqual({ ok: true });
    expect(result.passed).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.suggestion).toBeUndefined();
  });
});

describe('smartCheck: structured measure and due date', () => {
  const measure = { metric: 'newsletter subscribers', baseline: 1200, target: 2000, unit: 'people' };

  it('passes a plain statement with a measure, a due date and an owner', () => {
    const result = check('Grow the customer newsletter audience', { measure, dueDate: '2026-06-30' });
    expect(result).toEqual({
      passed: true,
      criteria: {
        specific: { ok: true },
        measurable: { ok: true },
        achievable: { ok: true },
        relevant: { ok: true },
        timeBound: { ok: true },
      },
      missing: [],
    });
  });

  it('lets the metric make a short statement specific', () => {
    const draft = { measure: { ...measure, metric: 'monthly recurring revenue' }, dueDate: '2026-06-30' };
    expect(check('Increase sales', draft).passed).toBe(true);
    const sameWords = check('Increase sales', { ...draft, measure: { ...measure, metric: 'sales' } });
    expect(sameWords.missing).toEqual(['specific']);
    expect(sameWords.suggestion).toBe('Increase sales — <what exactly, for whom>');
  });

  it('does not count a measure whose target equals its baseline', () => {
    const result = check('Raise the net promoter score', {
      measure: { ...measure, baseline: 30, target: 30 },
    });
    expect(result.criteria.measurable).toEqual({ ok: false, hint: expect.stringMatching(/baseline/) });
  });

  it('still counts a number in the statement for a "keep at" goal', () => {
    const result = check('Keep checkout uptime at 99.9%', {
      measure: { ...measure, baseline: 99.9, target: 99.9 },
    });
    expect(result.criteria.measurable.ok).toBe(true);
  });

  it('flags a target more than 10× the baseline as not achievable', () => {
    const result = check('Grow MRR for the EU market', {
      measure: { metric: 'MRR', baseline: 1000, target: 20_000 },
      dueDate: '2026-12-31',
    });
    expect(result.missing).toEqual(['achievable']);
    expect(result.criteria.achievable.hint).toMatch(/20×/);
    expect(result.suggestion).toBeUndefined();
  });

  it('accepts exactly 10× the baseline, and any target from a zero baseline', () => {
    const tenfold = check('Grow MRR for the EU market', {
      measure: { metric: 'MRR', baseline: 1000, target: 10_000 },
    });
    expect(tenfold.criteria.achievable.ok).toBe(true);
    const fromZero = check('Grow MRR for the EU market', {
      measure: { metric: 'MRR', baseline: 0, target: 50_000 },
    });
    expect(fromZero.criteria.achievable.ok).toBe(true);
  });

  it('treats a blank due date as missing', () => {
    expect(
      check('Grow the customer newsletter audience', { measure, dueDate: ' ' }).criteria.timeBound.ok,
    ).toBe(false);
  });
});

describe('smartCheck: time phrases', () => {
  it.each([
    'Close 5 enterprise deals by March',
    'Close 5 enterprise deals in the next quarter',
    'Close 5 enterprise deals within 6 weeks',
    'Close 5 enterprise deals by 2026-03-31',
    'Close 5 enterprise deals this month',
    'Close 5 enterprise deals in Q3',
    'Close 5 enterprise deals by end of year',
    'Close 5 enterprise deals by the end of the quarter',
    'Close 5 enterprise deals before 31 March 2026',
    'Close 5 enterprise deals by March 31st',
    'Close 5 enterprise deals by 2027',
    'Close 5 enterprise deals in FY26',
    'Close 5 enterprise deals in H2',
    'Close 5 enterprise deals by Friday',
    'Close 5 enterprise deals in 3 months',
    'Close 5 enterprise deals over the next two sprints',
    'Close 5 enterprise deals by year-end',
    'Close 5 enterprise deals by 3/31',
  ])('"%s" is time-bound', (statement) => {
    expect(check(statement).criteria.timeBound.ok).toBe(true);
  });

  it.each([
    'Close 5 enterprise deals',
    'Close 5 enterprise deals soon',
    'Close 5 enterprise deals as fast as possible',
    'We may close 5 enterprise deals',
    'Close 5 enterprise deals every week',
  ])('"%s" is not time-bound', (statement) => {
    expect(check(statement).criteria.timeBound.ok).toBe(false);
  });

  it('does not count the numbers of a time phrase as a measure', () => {
    for (const statement of [
      'Launch the onboarding flow within 6 weeks',
      'Launch the onboarding flow by 2026-03-31',
      'Launch the onboarding flow in Q3',
      'Launch the onboarding flow by 2027',
    ]) {
      const result = check(statement);
      expect(result.criteria.timeBound.ok, statement).toBe(true);
      expect(result.criteria.measurable.ok, statement).toBe(false);
    }
  });

  it('reads a year followed by a unit as a quantity, not a deadline', () => {
    const result = check('Increase the subscriber base by 2000 readers');
    expect(result.criteria.measurable.ok).toBe(true);
    expect(result.criteria.timeBound.ok).toBe(false);
  });
});

describe('smartCheck: measurable', () => {
  it.each([
    'Cut the support ticket backlog from 120 to 40 by March',
    'Reduce p95 API latency to 200 ms in Q3',
    'Double the number of active trial users this quarter',
    'Publish four blog posts before June',
    'Raise the conversion rate by 2.5 percent this quarter',
    'Hire 3 backend engineers by 2027',
  ])('"%s" is measurable', (statement) => {
    expect(check(statement).criteria.measurable.ok).toBe(true);
  });

  it('does not take a version number for a measure', () => {
    expect(check('Ship v2 of the mobile app by Friday').criteria.measurable.ok).toBe(false);
    expect(check('Ship version 2 of the mobile app by Friday').criteria.measurable.ok).toBe(true);
  });

  it('suggests a from-to measure when the statement has no change verb', () => {
    expect(check('Launch the onboarding flow within 6 weeks').suggestion).toBe(
      'Launch the onboarding flow within 6 weeks (<metric> from <baseline> to <target>)',
    );
    expect(check('We will reduce cloud spend on staging').suggestion).toBe(
      'We will reduce cloud spend on staging by <X%> by <date>',
    );
  });
});

describe('smartCheck: specific', () => {
  it.each(['Do better', 'Improve things', 'Work harder', 'Be more proactive', 'Improve performance'])(
    '"%s" is too vague',
    (statement) => {
      const result = check(statement);
      expect(result.criteria.specific).toEqual({ ok: false, hint: expect.stringMatching(/vague/i) });
      expect(result.suggestion).toBe('<Increase or reduce> <what, for whom> by <X%> by <date>');
    },
  );

  it('flags an empty statement', () => {
    const result = check('   ');
    expect(result.criteria.specific).toEqual({ ok: false, hint: 'Say what you want to achieve.' });
    expect(result.passed).toBe(false);
  });

  it('keeps the time phrase of a vague statement in the suggestion', () => {
    expect(check('Improve things this month').suggestion).toBe(
      '<Increase or reduce> <what, for whom> by <X%> this month',
    );
  });

  it('asks for detail when only a verb and a noun are given', () => {
    expect(check('Increase sales').criteria.specific).toEqual({
      ok: false,
      hint: expect.stringMatching(/detail/),
    });
    expect(check('Increase EMEA sales').criteria.specific.ok).toBe(true);
  });
});

describe('smartCheck: achievable', () => {
  it('flags a growth of 1000 % or more and replaces it in the suggestion', () => {
    const result = check('Grow revenue by 2000% by end of year');
    expect(result.missing).toEqual(['achievable']);
    expect(result.criteria.measurable.ok).toBe(true);
    expect(result.suggestion).toBe('Grow revenue by <a realistic target> by end of year');
    expect(check('Grow revenue by 999% by end of year').criteria.achievable.ok).toBe(true);
    expect(check('Grow revenue by 1000 percent by end of year').criteria.achievable.ok).toBe(false);
  });

  it('flags multipliers above 10×', () => {
    expect(check('Grow signups 20x by 2026-12-31').criteria.achievable.ok).toBe(false);
    expect(check('Grow signups 50 times by 2026-12-31').criteria.achievable.ok).toBe(false);
    expect(check('Grow signups 10x by 2026-12-31').criteria.achievable.ok).toBe(true);
    expect(check('Grow signups 3x by 2026-12-31').criteria.achievable.ok).toBe(true);
  });

  it('flags a reduction by more than 100 %', () => {
    const result = check('Reduce churn by 150% by Q3');
    expect(result.criteria.achievable.ok).toBe(false);
    expect(result.suggestion).toBe('Reduce churn by <a realistic target> by Q3');
    expect(check('Reduce churn by 100% by Q3').criteria.achievable.ok).toBe(true);
  });
});

describe('smartCheck: relevant', () => {
  it('needs an owner', () => {
    const result = smartCheck({ statement: 'Increase sales by 10% in the next quarter' });
    expect(result.missing).toEqual(['relevant']);
    expect(result.criteria.relevant.hint).toMatch(/owner/);
    expect(result.suggestion).toBeUndefined();
    expect(smartCheck({ statement: 'Increase sales by 10% in the next quarter', ownerId: ' ' }).passed).toBe(
      false,
    );
  });
});

describe('smartCheck: result shape', () => {
  it('lists missing criteria in SMART order and is deterministic', () => {
    const first = smartCheck({ statement: 'Do better' });
    expect(first.missing).toEqual(['specific', 'measurable', 'relevant', 'timeBound']);
    expect(Object.keys(first.criteria)).toEqual([...SMART_CRITERIA]);
    expect(smartCheck({ statement: 'Do better' })).toEqual(first);
  });

  it('ignores case and extra whitespace', () => {
    expect(check('  INCREASE   SALES BY 10%   IN THE NEXT QUARTER  ').passed).toBe(true);
  });
});
