import { describe, expect, it } from 'vitest';
import { chooseTeamCard } from '../../../shared/cards/choose-team-card.ts';
import { executeAction } from '../../../shared/cards/card-actions.ts';
import { helpCommands } from '../../../bot/handlers/commands.ts';
import { helpCard } from '../../../shared/cards/help-card.ts';
import { welcomeCard } from '../../../shared/cards/welcome-card.ts';
import { LIMITS } from '../../../shared/domain/limits.ts';
import { checkCard, MAX_CARD_BYTES } from '../../support/adaptive-card-check.ts';

describe('the card checker', () => {
  it('flags what Teams would not render: unknown elements, bad enum values, inputs without ids', () => {
    const check = checkCard({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Bogus' }, { type: 'TextBlock', text: 'x', weight: 'Heavy' }, { type: 'Input.Text' }],
    });
    expect(check.warnings).toHaveLength(3);
  });
});

describe.each([
  ['help', helpCard([{ command: 'help', description: 'Show what Cadence can do.' }], 'en-US')],
  ['welcome', welcomeCard({ teamsUserId: '29:1fake-alice', name: 'Alice [Admin] *Example*' }, 'en-US')],
  [
    'choose team',
    chooseTeamCard(
      'checkin',
      [
        { teamId: '19:a@thread.tacv2', name: 'Platform' },
        { teamId: '19:b@thread.tacv2', name: 'Mobile' },
      ],
      'en-US',
    ),
  ],
])('the %s card', (_name, card) => {
  it('parses as Adaptive Card 1.5 without a warning, well under the size budget', () => {
    const check = checkCard(card);
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('the core cards in German', () => {
  const help = helpCard(helpCommands('de-DE'), 'de-DE');
  const welcome = welcomeCard({ teamsUserId: '29:1fake-alice', name: 'N'.repeat(LIMITS.name) }, 'de-DE');
  const choose = chooseTeamCard(
    'checkin',
    Array.from({ length: 5 }, (_, i) => ({ teamId: `19:${i}@thread.tacv2`, name: 'T'.repeat(LIMITS.name) })),
    'de-DE',
  );

  it.each([
    ['help', help],
    ['welcome', welcome],
    ['choose team', choose],
  ])('the %s card parses without a warning, under the size budget', (_name, card) => {
    const check = checkCard(card);
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
  });

  it('says it in German and keeps the command names', () => {
    expect(JSON.stringify(help)).toContain('Gib einen dieser Befehle ein');
    expect(help.body[2]?.['facts']).toContainEqual({
      title: 'checkin',
      value: 'Den Check-in dieser Woche jetzt beantworten.',
    });
    expect(JSON.stringify(welcome)).toContain('Cadence ist da');
    expect(JSON.stringify(choose)).toContain('Du bist in 5 Cadence-Teams. Wähle das Team für checkin.');
  });
});

describe('executeAction', () => {
  it('carries the same verb and data in its Action.Submit fallback', () => {
    const action = executeAction({ title: 'Send', verb: 'feedbackSend', data: { teamId: 't' } });
    expect(action).toMatchObject({
      type: 'Action.Execute',
      verb: 'feedbackSend',
      data: { teamId: 't' },
      fallback: { type: 'Action.Submit', data: { teamId: 't', verb: 'feedbackSend' } },
    });
  });
});
