import { describe, expect, it } from 'vitest';
import { chooseTeamCard } from '../../../shared/cards/choose-team-card.ts';
import { executeAction } from '../../../shared/cards/card-actions.ts';
import { helpCard } from '../../../shared/cards/help-card.ts';
import { welcomeCard } from '../../../shared/cards/welcome-card.ts';
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
  ['help', helpCard([{ command: 'help', description: 'Show what Cadence can do.' }])],
  ['welcome', welcomeCard({ teamsUserId: '29:1fake-alice', name: 'Alice [Admin] *Example*' })],
  [
    'choose team',
    chooseTeamCard('checkin', [
      { teamId: '19:a@thread.tacv2', name: 'Platform' },
      { teamId: '19:b@thread.tacv2', name: 'Mobile' },
    ]),
  ],
])('the %s card', (_name, card) => {
  it('parses as Adaptive Card 1.5 without a warning, well under the size budget', () => {
    const check = checkCard(card);
    expect(check).toMatchObject({ version: '1.5', warnings: [] });
    expect(check.bytes).toBeLessThan(MAX_CARD_BYTES);
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
