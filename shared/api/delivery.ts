/**
 * How a 1:1 card (feedback, a review request) went out. What it is about is stored in every case.
 * - `sent`: Teams took it.
 * - `already`: an earlier call sent it (or tried to); it is never sent twice.
 * - `pending`: Teams had not answered within the wait; the send goes on in the background.
 * - `unreachable`: Cadence has no chat address for the team or the person yet, so nothing was tried.
 * - `failed`: Teams refused it or could not be reached.
 */
export type DeliveryOutcome = 'sent' | 'already' | 'pending' | 'unreachable' | 'failed';
