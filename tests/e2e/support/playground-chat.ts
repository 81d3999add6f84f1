import type { Browser, Locator, Page } from 'playwright-core';
import { offlineContext } from './browser.ts';

export interface ChatMessage {
  author: string;
  text: string;
  /** What a card's inputs hold (not part of its text): `label: value`, in card order. */
  fields: string[];
}

const HEADER = '[aria-label="Message header"]';
const REPLY_TIMEOUT_MS = 15_000;

/**
 * The Agents Playground's web chat, driven like a person would: type in the compose box, read the
 * messages, act on the Adaptive Cards it renders. Selectors are the Playground's accessible names.
 */
export class PlaygroundChat {
  private constructor(
    readonly page: Page,
    /** The current user: the Playground shows no author on their own messages. */
    readonly me: string,
  ) {}

  /** Opens the chat (offline: only the Playground's origin loads) and waits for the bot's welcome. */
  static async open(
    browser: Browser,
    url: string,
    me: string,
    viewport = { width: 1280, height: 900 },
  ): Promise<PlaygroundChat> {
    const context = await offlineContext(browser, new URL(url).origin, { viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(REPLY_TIMEOUT_MS);
    await page.goto(url);
    // Opening the page installs the bot in the personal chat; its welcome says the bot is reachable.
    await page.locator(HEADER).first().waitFor();
    return new PlaygroundChat(page, me);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }

  /** Opens a channel of the team, which (like adding the app in Teams) installs the bot there. */
  async openChannel(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: new RegExp(`- ${name}$`) }).click();
  }

  /** Sends `text` in a chat (not a channel) and waits for the bot's answer to appear. */
  async send(text: string): Promise<void> {
    const before = await this.page.locator(HEADER).count();
    // The compose box, not a text input of a card in the conversation.
    await this.page.locator('[role="textbox"][data-lexical-editor="true"]').click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.page
      .locator(HEADER)
      .nth(before + 1)
      .waitFor();
  }

  /** The newest Adaptive Card in the conversation. */
  lastCard(): Locator {
    return this.page.locator('.ac-adaptiveCard').last();
  }

  /** Picks `option` in a card's dropdown (the Playground renders ChoiceSets as comboboxes). */
  async choose(combobox: Locator, option: string | RegExp): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The conversation as shown: author, text and filled-in card inputs of every message, oldest first. */
  async messages(): Promise<ChatMessage[]> {
    const messages: ChatMessage[] = [];
    for (const header of await this.page.locator(HEADER).all()) {
      const message = header.locator('xpath=..');
      const { author, text } = await header.evaluate((element) => ({
        author: element.querySelector('[aria-label="Message author"]')?.textContent?.trim() ?? '',
        text: [...(element.parentElement?.children ?? [])]
          .filter((part) => part !== element)
          .map((part) => (part as HTMLElement).innerText)
          .join('\n'),
      }));
      const fields: string[] = [];
      for (const input of await message.locator('input, textarea').all()) {
        const field = await this.fieldOf(input);
        if (field) fields.push(field);
      }
      messages.push({ author: author || this.me, text: tidy(text), fields });
    }
    return messages;
  }

  /** `label: value` for a filled-in card input (the chosen option of a radio group), else undefined. */
  private async fieldOf(input: Locator): Promise<string | undefined> {
    const { type, checked, value } = await input.evaluate((element) => ({
      type: (element as HTMLInputElement).type,
      checked: (element as HTMLInputElement).checked,
      value: (element as HTMLInputElement).value.trim(),
    }));
    if (type === 'radio') {
      if (!checked) return undefined;
      const group = input.locator('xpath=ancestor::*[@role="radiogroup"][1]');
      return `${await this.labelOf(group)}: ${await this.labelOf(input)}`;
    }
    return value ? `${await this.labelOf(input)}: ${value}` : undefined;
  }

  /**
   * A card input's label: its `<label for>`, else what its aria-labelledby names, else the text just
   * before it (a task title above its status dropdown).
   */
  async labelOf(input: Locator): Promise<string> {
    return input.evaluate((element) => {
      const named = [
        document.querySelector(`label[for="${element.id}"]`)?.textContent,
        ...(element.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent),
      ]
        .map((text) => text?.replace(/\s*\*$/, '').trim())
        .find(Boolean);
      if (named) return named;
      for (let node: Element | null = element; node; node = node.parentElement) {
        let before = node.previousElementSibling;
        while (before?.getAttribute('aria-hidden') === 'true') before = before.previousElementSibling;
        const text = before?.textContent?.trim();
        if (text) return text;
      }
      return '(unlabelled)';
    });
  }
}

/** One line per visible line of text, blank runs dropped. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** A message for people to read: its author, its text, then what its inputs hold. */
export function messageText({ author, text, fields }: ChatMessage): string {
  const filled = fields.length ? `\n  [filled in]\n${fields.map((field) => `    ${field}`).join('\n')}` : '';
  return `${author}:\n${text.replace(/^/gm, '  ')}${filled}`;
}
