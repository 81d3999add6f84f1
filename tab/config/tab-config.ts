import { TAB_ENTITY_ID } from '../../shared/api/tab-links.ts';
import type { TabConfig } from '../teams/teams-sdk.ts';
import type { View } from '../shell/views.ts';

export const TAB_NAME_MAX = 40;

export interface ConfigChoices {
  name: string;
  view: View;
}

export function isValidChoice(choices: ConfigChoices): boolean {
  const name = choices.name.trim();
  return name.length > 0 && name.length <= TAB_NAME_MAX;
}

/** What Teams saves for the channel tab: the tab opens `index.html` on the chosen screen. */
export function tabConfigFor(choices: ConfigChoices, origin: string): TabConfig {
  const contentUrl = `${origin}/index.html?view=${choices.view}`;
  return {
    entityId: TAB_ENTITY_ID,
    contentUrl,
    websiteUrl: contentUrl,
    suggestedDisplayName: choices.name.trim(),
  };
}
