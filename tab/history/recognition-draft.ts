import type { CreateRecognitionRequest } from '../../shared/api/recognition-requests.ts';
import { LIMITS } from '../../shared/domain/limits.ts';

export interface RecognitionDraft {
  recipientIds: string[];
  valueId: string;
  message: string;
  /** `task:<id>`, `goal:<id>` or '' for none. */
  link: string;
}

export type RecognitionDraftField = keyof RecognitionDraft;

export const MAX_RECIPIENTS = LIMITS.recipientsPerRecognition;

export function toRequest(draft: RecognitionDraft): CreateRecognitionRequest {
  const [kind, id] = draft.link.split(':');
  return {
    recipientIds: draft.recipientIds,
    valueId: draft.valueId,
    message: draft.message.trim(),
    ...((kind === 'task' || kind === 'goal') && id ? { link: { kind, id } } : {}),
  };
}

export function isComplete(draft: RecognitionDraft): boolean {
  return (
    draft.recipientIds.length > 0 &&
    draft.recipientIds.length <= MAX_RECIPIENTS &&
    draft.valueId !== '' &&
    draft.message.trim() !== ''
  );
}

/** The dialog field an API error names: `recipientIds.3` is the people picker, `link.id` the link. */
export function draftFieldOf(apiField: string | undefined): RecognitionDraftField | undefined {
  const top = apiField?.split('.')[0];
  return top === 'recipientIds' || top === 'valueId' || top === 'message' || top === 'link' ? top : undefined;
}
