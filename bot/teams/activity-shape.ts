import { z } from 'zod';

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
    .min(1, 'must not be empty');

const object = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.looseObject(shape, {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be an object'),
  });

const account = object({ id: text('a string') });

/**
 * The least an inbound activity needs before it reaches botbuilder, which (with auth off) answers 200 to
 * anything and then fails inside the turn. Only what the adapter and our handlers read is checked; every
 * other field passes through untouched.
 */
export const activityShape = z.looseObject(
  {
    type: text('a string'),
    id: z.string().optional(),
    channelId: text('a string'),
    serviceUrl: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an http(s) URL'),
    }),
    conversation: object({ id: text('a string') }),
    from: account,
    recipient: account,
    text: z.string({ error: 'must be a string' }).optional(),
    membersAdded: z.array(account, { error: 'must be an array' }).optional(),
    entities: z.array(object({ type: text('a string') }), { error: 'must be an array' }).optional(),
  },
  { error: 'must be a JSON object: a Bot Framework activity' },
);
