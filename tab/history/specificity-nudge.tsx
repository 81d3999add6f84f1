import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SpecificityResult } from '../../shared/rules/specificity.ts';

/** Before sending: how to make the feedback specific. Advice only; sending stays possible. */
export function SpecificityNudge({ result, confirming }: { result: SpecificityResult; confirming: boolean }) {
  if (result.specific) {
    return (
      <MessageBar intent="success" data-testid="specificity-nudge" data-specific="true">
        <MessageBarBody>Specific and observable: ready to send.</MessageBarBody>
      </MessageBar>
    );
  }
  const count = result.issues.length;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="specificity-nudge" data-specific="false">
      <MessageBarBody>
        <MessageBarTitle>Make it specific</MessageBarTitle>
        {count === 1 ? 'One hint' : `${count} hints`} on the fields above: name the moment, what was done and
        what it led to.
        {confirming && ' Send anyway? Press “Send anyway” to confirm.'}
      </MessageBarBody>
    </MessageBar>
  );
}
