import { describe, expect, it } from 'vitest';
import { CheckInSchema } from '../../../shared/domain/check-in.ts';
import { FeedbackSchema } from '../../../shared/domain/feedback.ts';
import { TeamIdSchema } from '../../../shared/domain/ids.ts';
import { RecognitionSchema } from '../../../shared/domain/recognition.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { withStatus } from '../../../shared/domain/task-moves.ts';
import { TeamSettingsSchema } from '../../../shared/domain/team.ts';
import { IanaTimeZoneSchema, IsoDateSchema } from '../../../shared/domain/time.ts';
import { WeekKeySchema } from '../../../shared/domain/week-key.ts';

const T = '00000000-0000-4000-8000-000000000001';
const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000a2';
const NOW = '2026-11-28T10:00:00.000Z';
const scope = { tenantId: T, teamId: '19:team@thread.tacv2' };

function pathsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }): string[] {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('domain schemas', () => {
  it('refuse team ids that cannot be table keys', () => {
    expect(TeamIdSchema.safeParse('19:abc@thread.tacv2').success).toBe(true);
    for (const bad of ['19:a/b', '19:a#b', '19:a?b', '19:a\\b', '19:a|b', '19:a\u0000b']) {
      expect(TeamIdSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('accept only real dates, zones and weeks', () => {
    expect(IsoDateSchema.safeParse('2026-02-28').success).toBe(true);
    expect(IsoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(IanaTimeZoneSchema.safeParse('Pacific/Chatham').success).toBe(true);
    expect(IanaTimeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(WeekKeySchema.safeParse('2026-W53').success).toBe(true);
    expect(WeekKeySchema.safeParse('2025-W53').success).toBe(false);
  });

  it('fill team settings with the documented defaults', () => {
    const settings = TeamSettingsSchema.parse({ leaders: [A] });
    expect(settings.checkIn).toMatchObject({
      frequency: 'weekly',
      weekday: 1,
      localTime: '09:00',
      windowHours: 72,
    });
    expect(settings.wipLimit).toBe(3);
    expect(pathsOf(TeamSettingsSchema.safeParse({ leaders: [] }))).toEqual(['leaders']);
  });

  it('keep confidence within 1–5 and task updates unique', () => {
    const base = { ...scope, userId: A, week: '2026-W48', submittedAt: NOW, updatedAt: NOW };
    expect(pathsOf(CheckInSchema.safeParse({ ...base, confidence: 6 }))).toEqual(['confidence']);
    const twice = [
      { taskId: 't1', status: 'doing' },
      { taskId: 't1', status: 'done' },
    ];
    expect(pathsOf(CheckInSchema.safeParse({ ...base, confidence: 3, taskUpdates: twice }))).toEqual([
      'taskUpdates',
    ]);
  });

  it('refuse feedback and recognition to oneself', () => {
    const feedback = {
      ...scope,
      id: 'f1',
      giverId: A,
      recipientId: A,
      situation: 's',
      behaviour: 'b',
      impact: 'i',
      createdAt: NOW,
    };
    expect(pathsOf(FeedbackSchema.safeParse(feedback))).toEqual(['recipientId']);
    const recognition = {
      ...scope,
      id: 'r1',
      giverId: A,
      recipientIds: [B, A],
      valueId: 'v',
      message: 'Thanks',
      createdAt: NOW,
    };
    expect(pathsOf(RecognitionSchema.safeParse(recognition))).toEqual(['recipientIds']);
  });

  it('keep task status timestamps true on every move', () => {
    const task: Task = {
      ...scope,
      id: 't1',
      title: 'Ship it',
      description: '',
      status: 'todo',
      tags: [],
      blockedReason: '',
      statusChangedAt: NOW,
      createdBy: A,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const blocked = withStatus(task, 'blocked', '2026-11-29T00:00:00.000Z', 'Waiting on legal');
    expect(blocked).toMatchObject({
      blockedSince: '2026-11-29T00:00:00.000Z',
      blockedReason: 'Waiting on legal',
    });
    const done = withStatus(blocked, 'done', '2026-11-30T00:00:00.000Z');
    expect(done).toMatchObject({
      completedAt: '2026-11-30T00:00:00.000Z',
      blockedSince: undefined,
      blockedReason: '',
    });
    expect(withStatus(done, 'done', '2026-12-01T00:00:00.000Z')).toBe(done);
  });
});
