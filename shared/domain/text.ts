import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Trimmed, non-empty user text of at most `max` characters. */
export function requiredText(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
}

/** Trimmed user text that may be empty. */
export function text(max: number) {
  return z.string().trim().max(max, `must be at most ${max} characters`);
}

/** Trimmed user text that may be empty, and is empty when absent. */
export function optionalText(max: number) {
  return text(max).default('');
}

export const TagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(LIMITS.tag)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._+#-]*$/u, 'must start with a letter or digit');

/** A de-duplicated tag list. */
export function tagList(max: number) {
  return z
    .array(TagSchema)
    .max(max, `must have at most ${max} tags`)
    .transform((tags) => [...new Set(tags)]);
}
