import type { Request } from 'express';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeySchema } from '../../shared/api/idempotency-key.ts';
import { HttpError } from './http-error.ts';

/** The optional `Idempotency-Key` header; a malformed one is refused rather than ignored. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const value = req.header(IDEMPOTENCY_KEY_HEADER);
  if (value === undefined) return undefined;
  const parsed = IdempotencyKeySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'is invalid';
  throw new HttpError(400, 'invalid_request', `${IDEMPOTENCY_KEY_HEADER}: ${message}`, {
    field: IDEMPOTENCY_KEY_HEADER,
    issues: [{ field: IDEMPOTENCY_KEY_HEADER, message }],
  });
}
