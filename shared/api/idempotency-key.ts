import { z } from 'zod';

/**
 * Request header of writes that must not happen twice (giving feedback): a retry with the same key by
 * the same person answers the first result. A random UUID per user action is a good key.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

export const IdempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9._~:+=-]{1,128}$/, 'must be 1–128 letters, digits or . _ ~ : + = -');
