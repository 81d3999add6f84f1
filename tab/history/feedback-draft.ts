import type { CreateFeedbackRequest } from '../../shared/api/feedback-requests.ts';
import type { FeedbackField } from '../../shared/rules/specificity.ts';

export interface FeedbackDraft {
  recipientId: string;
  situation: string;
  behaviour: string;
  impact: string;
  /** `task:<id>`, `goal:<id>` or '' for none. */
  link: string;
  visibility: 'private' | 'team';
}

export const FEEDBACK_FIELDS: ReadonlyArray<{ field: FeedbackField; label: string; placeholder: string }> = [
  { field: 'situation', label: 'Situation', placeholder: 'When and where: "In Tuesday’s release review…"' },
  { field: 'behaviour', label: 'Behaviour', placeholder: 'What they did or said, as you saw it' },
  { field: 'impact', label: 'Impact', placeholder: 'What it led to, for you, the team or customers' },
];

export function toRequest(draft: FeedbackDraft): CreateFeedbackRequest {
  const [kind, id] = draft.link.split(':');
  return {
    recipientId: draft.recipientId,
    situation: draft.situation.trim(),
    behaviour: draft.behaviour.trim(),
    impact: draft.impact.trim(),
    ...((kind === 'task' || kind === 'goal') && id ? { link: { kind, id } } : {}),
    visibility: draft.visibility,
  };
}

export function isComplete(draft: FeedbackDraft): boolean {
  return draft.recipientId !== '' && FEEDBACK_FIELDS.every(({ field }) => draft[field].trim() !== '');
}
