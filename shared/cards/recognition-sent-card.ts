import type { RecognitionDelivery } from '../api/recognition-requests.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction, openUrlAction, type ActionData } from './card-actions.ts';
import { recognitionText, type RecognitionT } from './i18n/recognition-text.ts';

export interface RecognitionSentInput {
  teamName: string;
  delivery: RecognitionDelivery;
  /** E.g. "🎯 Ownership for Bob and Carol". */
  summary: string;
  /** The person's history in the tab, where the recognition shows whatever became of the post. */
  historyUrl: string;
  /** When it was not posted: the compose card's data, to press again (the same draft posts at most once). */
  retry?: ActionData;
  /** The reader's language. */
  locale: SupportedLocale;
}

function outcome(
  t: RecognitionT,
  delivery: RecognitionDelivery,
  team: string,
): { title: string; detail: string } {
  switch (delivery) {
    case 'posted':
      return {
        title: t('card.recognition.sent.postedTitle', { team }),
        detail: t('card.recognition.sent.postedDetail'),
      };
    case 'pending':
      return {
        title: t('card.recognition.sent.pendingTitle'),
        detail: t('card.recognition.sent.pendingDetail', { team }),
      };
    case 'noChannel':
      return {
        title: t('card.recognition.sent.notPostedTitle'),
        detail: t('card.recognition.sent.noChannelDetail', { team }),
      };
    case 'failed':
      return {
        title: t('card.recognition.sent.notPostedTitle'),
        detail: t('card.recognition.sent.failedDetail', { team }),
      };
  }
}

/** Replaces the compose card once the recognition is stored: where it went, or why it is not there. */
export function recognitionSentCard(input: RecognitionSentInput): AdaptiveCard {
  const t = recognitionText(input.locale);
  const { title, detail } = outcome(t, input.delivery, plainText(input.teamName));
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: title,
      weight: 'Bolder',
      size: 'Medium',
      color: input.delivery === 'posted' ? 'Good' : 'Warning',
      wrap: true,
    },
    { type: 'TextBlock', text: plainText(input.summary), wrap: true },
    { type: 'TextBlock', text: detail, isSubtle: true, wrap: true },
  ];
  const actions: CardElement[] = [];
  if (input.retry && input.delivery !== 'posted') {
    actions.push(
      executeAction({ title: t('card.recognition.sent.retry'), verb: 'recognitionSend', data: input.retry }),
    );
  }
  actions.push(openUrlAction(t('card.recognition.sent.openHistory'), input.historyUrl));
  return adaptiveCard(body, { actions });
}
