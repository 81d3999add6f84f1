import { describe, expect, it } from 'vitest';
import { reminderCard } from '../../../shared/cards/reminder-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

const BASE = {
  locale: 'en-US' as const,
  teamId: '19:fake0team@thread.tacv2',
  teamName: 'Platform',
  week: '2026-W11',
  userId: '00000000-0000-4000-8000-000000000002',
  name: 'Bob Builder',
  closesAt: new Date('2026-03-12T13:00:00Z'),
  timeZone: 'America/New_York',
};

describe('the reminder card', () => {
  it.each([
    ['realistic', BASE],
    ['maximum-size', { ...BASE, teamName: 'T'.repeat(LIMITS.name), name: 'N'.repeat(LIMITS.name) }],
  ])('parses as Adaptive Card 1.5 without a warning with %s content', (_label, input) => {
    const check = checkCard(reminderCard(input));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });

  it('names the week and the deadline on the member’s own clock, DST included', () => {
    const text = JSON.stringify(reminderCard(BASE));
    expect(text).toContain('week 11 of 2026');
    expect(text).toContain('Thursday, Mar 12, 9:00 AM EDT');
    const kolkata = JSON.stringify(reminderCard({ ...BASE, timeZone: 'Asia/Kolkata' }));
    expect(kolkata).toContain('Thursday, Mar 12, 6:30 PM GMT+5:30');
  });

  it('opens the check-in in place: checkinRefresh with the team, week and member', () => {
    const card = reminderCard(BASE);
    expect(card.actions).toMatchObject([
      {
        type: 'Action.Execute',
        verb: 'checkinRefresh',
        data: { teamId: BASE.teamId, week: '2026-W11', userId: BASE.userId },
        fallback: { type: 'Action.Submit', data: { verb: 'checkinRefresh', week: '2026-W11' } },
      },
    ]);
  });

  it('keeps names as plain text, never markdown', () => {
    const text = JSON.stringify(reminderCard({ ...BASE, name: '[click](https://evil.example) *x*' }));
    expect(text).not.toContain('[click](https://evil.example)');
    expect(text).toContain('\\\\[click\\\\]');
  });
});

describe('the reminder card in German', () => {
  const GERMAN = { ...BASE, locale: 'de-DE' as const, timeZone: 'Europe/Berlin' };

  it('is valid and under the budget at maximum size', () => {
    const max = { ...GERMAN, teamName: 'T'.repeat(LIMITS.name), name: 'N'.repeat(LIMITS.name) };
    const check = checkCard(reminderCard(max));
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });

  it('speaks German: the week, the deadline on the member’s clock, the button', () => {
    const card = reminderCard(GERMAN);
    const text = JSON.stringify(card);
    expect(text).toContain('Check-in-Erinnerung');
    expect(text).toContain('Hallo Bob Builder, dein Check-in für KW 11/2026 in Platform ist noch offen.');
    expect(text).toContain('Donnerstag, 12. März, 14:00 MEZ');
    expect(card.actions).toMatchObject([{ title: 'Jetzt einchecken', verb: 'checkinRefresh' }]);
  });
});
