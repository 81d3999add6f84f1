import { z } from 'zod';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Characters Azure Table keys refuse, plus control characters; ids become keys, so they are refused here. */
const KEY_UNSAFE_CHARS = new Set(['/', '\\', '#', '?', '|']);

function isKeySafe(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (KEY_UNSAFE_CHARS.has(char) || code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
}

/** Entra tenant id (`tid`). */
export const TenantIdSchema = z.string().regex(GUID, 'must be a GUID').toLowerCase();
/** Entra object id of a user (`oid`): the only identity Cadence trusts. */
export const UserIdSchema = z.string().regex(GUID, 'must be a GUID').toLowerCase();
/** Teams team id, for example `19:abc…@thread.tacv2`. */
export const TeamIdSchema = z
  .string()
  .min(3)
  .max(256)
  .refine(isKeySafe, 'contains characters that are not allowed');
/** Id of a Cadence object (goal, task, feedback, …). */
export const EntityIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, - and _');

export type TenantId = z.infer<typeof TenantIdSchema>;
export type UserId = z.infer<typeof UserIdSchema>;
export type TeamId = z.infer<typeof TeamIdSchema>;
export type EntityId = z.infer<typeof EntityIdSchema>;

/** A new random object id. `crypto` is the Web Crypto global of browsers and Node alike. */
export function newEntityId(): EntityId {
  return crypto.randomUUID();
}
