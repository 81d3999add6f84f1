import type { CreateFeedbackRequest } from '../../shared/api/feedback-requests.ts';
import type { FeedbackField } from '../../shared/rules/specificity.ts';
import type { HistoryKey } from '../i18n/en-US/history.ts';

export interface FeedbackDraft {
  recipientId: string;
  situation: string;
  behaviour: string;
  impact: string;
  /** `task:<id>`, `goal:<id>` or '' for none. */
  link: string;
  visibility: 'private' | 'team';
}

/** The situation-behaviour-impact fields, with the catalog keys of their label and placeholder. */
export const FEEDBACK_FIELDS: ReadonlyArray<{
  field: FeedbackField;
  label: HistoryKey;
  placeholder: HistoryKey;
}> = [
  {
    field: 'situation',
    label: 'history.feedback.situation',
    placeholder: 'history.feedbackDialog.situationPlaceholder',
  },
  {
    field: 'behaviour',
    label: 'history.feedback.behaviour',
    placeholder: 'history.feedbackDialog.behaviourPlaceholder',
  },
  {
    field: 'impact',
    label: 'history.feedback.impact',
    placeholder: 'history.feedbackDialog.impactPlaceholder',
  },
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
