import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SpecificityResult } from '../../shared/rules/specificity.ts';
import { useHistoryT } from '../i18n/en-US/history.ts';

/** Before sending: how to make the feedback specific. Advice only; sending stays possible. */
export function SpecificityNudge({ result, confirming }: { result: SpecificityResult; confirming: boolean }) {
  const t = useHistoryT();
  if (result.specific) {
    return (
      <MessageBar intent="success" data-testid="specificity-nudge" data-specific="true">
        <MessageBarBody>{t('history.nudge.specific')}</MessageBarBody>
      </MessageBar>
    );
  }
  const count = result.issues.length;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="specificity-nudge" data-specific="false">
      <MessageBarBody>
        <MessageBarTitle>{t('history.nudge.title')}</MessageBarTitle>
        {t('history.nudge.hints', { count })}
        {confirming && ` ${t('history.nudge.confirm')}`}
      </MessageBarBody>
    </MessageBar>
  );
}
