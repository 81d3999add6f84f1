import type { Actor } from './actor.ts';

export interface CommandInput {
  /** The text after the command word. */
  args: string;
  actor: Actor;
  /** The team picked on a "which team?" card, for a person on several teams writing in a personal chat. */
  teamId?: string;
}
