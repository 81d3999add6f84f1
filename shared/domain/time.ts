import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const IsoDateSchema = z.iso.date();
/** An instant in UTC, `2026-01-05T09:00:00.000Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: false });
/** Local wall-clock time, `HH:MM`. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)');

export const IanaTimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, 'must be an IANA time zone such as Europe/Berlin');

export type IsoDate = z.infer<typeof IsoDateSchema>;
export type IsoDateTime = z.infer<typeof IsoDateTimeSchema>;
export type LocalTime = z.infer<typeof LocalTimeSchema>;
export type IanaTimeZone = z.infer<typeof IanaTimeZoneSchema>;

/** Building a DateTimeFormat is slow, and every stored member is validated on read: remember the answers. */
const knownZones = new Map<string, boolean>();

export function isIanaTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(value, known);
  }
  return known;
}
