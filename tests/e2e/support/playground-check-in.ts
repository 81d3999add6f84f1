import { messageText, type ChatMessage, type PlaygroundChat } from './playground-chat.ts';

export interface CheckInAnswers {
  /** The new status of the card's first open task, as the dropdown shows it. */
  taskStatus: string;
  win: string;
  confidence: '1' | '2' | '3' | '4' | '5';
}

export const DEMO_ANSWERS: CheckInAnswers = {
  taskStatus: 'Done',
  win: 'Agreed the escalation SLAs with sales',
  confidence: '4',
};

export interface PlaygroundCheckIn {
  /** The title of the task whose status was changed. */
  task: string;
  /** The check-in card as sent, before it was filled in. */
  sent: ChatMessage;
  /** The same card after Submit: the bot's answer replaced it in place. */
  submitted: ChatMessage;
  transcript: string;
}

/**
 * What a newcomer does in the Playground's personal chat: `help`, `checkin`, fill the card (a task status,
 * a win, a confidence score), Submit, and see the card come back as submitted.
 */
export async function answerCheckIn(
  chat: PlaygroundChat,
  answers: CheckInAnswers = DEMO_ANSWERS,
): Promise<PlaygroundCheckIn> {
  await chat.send('help');
  await chat.send('checkin');
  const card = chat.lastCard();
  const submit = card.getByRole('button', { name: 'Submit' });
  await submit.waitFor();
  const before = await chat.messages();
  const sent = before.at(-1)!;

  const status = card.getByRole('combobox').first();
  const task = await chat.labelOf(status);
  await chat.choose(status, answers.taskStatus);
  await card.getByRole('textbox', { name: /^Wins/ }).fill(answers.win);
  await card.getByRole('radio', { name: new RegExp(`^${answers.confidence}\\b`) }).check();
  await submit.click();
  await card.getByText(/Submitted/).waitFor();

  const submitted = (await chat.messages()).at(-1)!;
  const action =
    `-- ${chat.me} fills in the card: "${task}" → ${answers.taskStatus}; win "${answers.win}"; ` +
    `confidence ${answers.confidence}; then presses Submit. The bot's answer replaces the card: --`;
  const transcript = [
    ...before.map(messageText),
    action,
    messageText({ ...submitted, author: `${submitted.author} (the check-in card, updated)` }),
  ].join('\n\n');
  return { task, sent, submitted, transcript: `${transcript}\n` };
}
