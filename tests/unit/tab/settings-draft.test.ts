import { describe, expect, it } from 'vitest';
import type { SettingsResponse } from '../../../shared/api/settings-requests.ts';
import { UpdateSettingsRequestSchema } from '../../../shared/api/settings-requests.ts';
import { TeamSettingsSchema } from '../../../shared/domain/team.ts';
import { createTranslator } from '../../../shared/i18n/translate.ts';
import { settings as settingsDe } from '../../../tab/i18n/de-DE/settings.ts';
import { settings as settingsEn } from '../../../tab/i18n/en-US/settings.ts';
import { schedulePreview } from '../../../tab/settings/schedule-preview.ts';
import {
  checkDraft,
  draftFromResponse,
  draftOf,
  isDirty,
  move,
  newQuestion,
  requestOf,
} from '../../../tab/settings/settings-draft.ts';

const LEADER = '00000000-0000-4000-8000-0000000000a1';
const LEFT = '00000000-0000-4000-8000-0000000000a9';

const settings = TeamSettingsSchema.parse({
  leaders: [LEADER, LEFT],
  timeZone: 'Europe/Berlin',
  questions: [
    { id: 'q1', text: 'What did you learn?' },
    { id: 'q2', text: 'Anything to celebrate?' },
  ],
  values: [{ id: 'v1', name: 'Grit', emoji: '💪', description: '' }],
});
const response: SettingsResponse = {
  teamName: 'T',
  settings,
  roster: [{ userId: LEADER, name: 'Lee' }],
  canEdit: true,
  etag: 'W/"1"',
};
const anyZone = () => true;
const t = createTranslator('en-US', settingsEn);
const tDe = createTranslator('de-DE', settingsDe, settingsEn);

describe('the settings form draft', () => {
  it('round-trips the stored settings into a request the service accepts, ids kept', () => {
    const request = requestOf(draftOf(settings));
    expect(UpdateSettingsRequestSchema.parse(request).settings).toMatchObject({
      timeZone: 'Europe/Berlin',
      checkIn: { weekday: 1, localTime: '09:00', windowHours: 72, reminderAtPercent: 80 },
      questions: settings.questions,
      wipLimit: 3,
    });
  });

  it('drops leaders who left the roster, and sends new items without ids', () => {
    const draft = draftFromResponse(response);
    expect(draft.leaders).toEqual([LEADER]);
    const added = { ...draft, questions: [...draft.questions, { ...newQuestion(), text: 'New?' }] };
    expect(requestOf(added).settings.questions.at(-1)).toEqual({ text: 'New?' });
    expect(isDirty(added, draft)).toBe(true);
    expect(isDirty(draftFromResponse(response), draft)).toBe(false);
  });

  it('moves items up and down, and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('names every field it refuses by the path the service uses', () => {
    const draft = draftOf(settings);
    const broken = {
      ...draft,
      localTime: '',
      windowHours: '0',
      reminderAtPercent: '99',
      wipLimit: '2.5',
      leaders: [],
      questions: [{ key: 'k', text: '  ' }],
      values: [{ key: 'v', name: '', emoji: '', description: '' }],
    };
    expect(Object.keys(checkDraft(broken, () => false, t)).sort()).toEqual(
      [
        'settings.checkIn.localTime',
        'settings.checkIn.reminderAtPercent',
        'settings.checkIn.windowHours',
        'settings.leaders',
        'settings.questions.0.text',
        'settings.timeZone',
        'settings.values.0.emoji',
        'settings.values.0.name',
        'settings.wipLimit',
      ].sort(),
    );
    expect(checkDraft(draft, anyZone, t)).toEqual({});
  });

  it('words its problems in the tab’s language', () => {
    const broken = { ...draftOf(settings), windowHours: '0' };
    expect(checkDraft(broken, anyZone, t)).toEqual({
      'settings.checkIn.windowHours': 'Enter whole hours from 1 to 168.',
    });
    expect(checkDraft(broken, anyZone, tDe)).toEqual({
      'settings.checkIn.windowHours': 'Gib ganze Stunden von 1 bis 168 ein.',
    });
  });
});

describe('the schedule preview', () => {
  it('says when the next check-in goes out, in each person’s own time zone', () => {
    const draft = { ...draftOf(settings), localTime: '09:00' };
    // Wednesday 4 March 2026: the next Monday is 9 March.
    expect(schedulePreview(draft, new Date('2026-03-04T12:00:00Z'), 'en-GB', t)).toBe(
      "Next check-in: Mon 9 Mar, 9:00 in each person's own time zone (every week). Answers stay open for " +
        '72 h; people who have not answered get one reminder after 58 h.',
    );
    expect(schedulePreview({ ...draft, localTime: '' }, new Date(), 'en-GB', t)).toBeUndefined();
  });

  it('says it in German, with German day and month names, and for every other week', () => {
    const draft = { ...draftOf(settings), localTime: '09:00', frequency: 'biweekly' as const };
    expect(schedulePreview(draft, new Date('2026-03-04T12:00:00Z'), 'de-DE', tDe)).toBe(
      'Nächster Check-in: Mo 9. März, 9:00 Uhr in der eigenen Zeitzone jeder Person (jede zweite Woche). ' +
        'Antworten sind 72 Std. lang möglich; wer nicht geantwortet hat, wird nach 58 Std. einmal erinnert.',
    );
  });
});
