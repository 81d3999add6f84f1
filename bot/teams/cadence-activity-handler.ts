import { ActivityHandler, TurnContext } from 'botbuilder';
import { commandOf, runCommand } from '../handlers/commands.ts';
import { welcomeReply } from '../handlers/welcome.ts';
import type { Logger } from '../logger.ts';
import { toActivity } from './to-activity.ts';

/** Translates Teams activities into plain handler calls, and their replies back into activities. */
export class CadenceActivityHandler extends ActivityHandler {
  constructor(private readonly logger: Logger) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if (context.activity.membersAdded?.some((member) => member.id === botId)) {
        await context.sendActivity(toActivity(welcomeReply()));
      }
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
    const reply = await runCommand(text, {
      tenantId: activity.conversation.tenantId ?? activity.channelData?.tenant?.id,
      userId: activity.from.aadObjectId,
    });
    this.logger.debug({ activityId: activity.id, command: commandOf(text) ?? 'unknown' }, 'command');
    await context.sendActivity(toActivity(reply));
  }
}
