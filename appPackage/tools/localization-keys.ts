import { isRecord, type PathSegment } from './json-path.ts';

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** `bots[0].commandLists[1].commands[2].title` → `['bots', 0, 'commandLists', 1, 'commands', 2, 'title']`. */
export function parseLocalizationKey(key: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  let rebuilt = '';
  for (const [whole, name, index] of key.matchAll(SEGMENT)) {
    segments.push(index === undefined ? (name ?? '') : Number(index));
    rebuilt += index === undefined && rebuilt !== '' ? `.${whole}` : whole;
  }
  return rebuilt === key && segments.length > 0 ? segments : undefined;
}

/**
 * The manifest strings a language file should translate. Command titles are not among them: they are the
 * words the bot parses (`help`, `checkin`…), so they stay the same in every language.
 */
export function localizableKeys(manifest: Record<string, unknown>): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter((key) => {
    const [group = '', field = ''] = key.split('.');
    const value = manifest[group];
    return isRecord(value) && typeof value[field] === 'string';
  });
  list(manifest.staticTabs).forEach((tab, index) => {
    if (isRecord(tab) && typeof tab.name === 'string') keys.push(`staticTabs[${index}].name`);
  });
  list(manifest.bots).forEach((bot, botIndex) => {
    if (!isRecord(bot)) return;
    list(bot.commandLists).forEach((commandList, listIndex) => {
      if (!isRecord(commandList)) return;
      list(commandList.commands).forEach((command, commandIndex) => {
        if (isRecord(command) && typeof command.description === 'string') {
          keys.push(`bots[${botIndex}].commandLists[${listIndex}].commands[${commandIndex}].description`);
        }
      });
    });
  });
  return keys;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
