import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRecord, type PathSegment } from '../../../appPackage/tools/json-path.ts';
import type { Problem } from '../../../appPackage/tools/problem.ts';
import {
  validateAppPackage,
  type AppPackageContents,
} from '../../../appPackage/tools/validate-app-package.ts';
import { solidPng, withFirstVisiblePixel } from './png-fixtures.ts';
import { buildSamplePackage, contentsOf, jsonOf, type SamplePackage } from './sample-package.ts';

type Json = Record<string, unknown>;

/** Sets the value at `segments` in a JSON value built from objects and arrays (in place). */
function setAt(json: unknown, segments: readonly PathSegment[], value: unknown): void {
  const last = segments.at(-1);
  let parent: unknown = json;
  for (const segment of segments.slice(0, -1)) {
    parent =
      typeof segment === 'number' && Array.isArray(parent)
        ? parent[segment]
        : isRecord(parent)
          ? parent[segment]
          : undefined;
  }
  if (typeof last === 'number' && Array.isArray(parent)) parent[last] = value;
  else if (typeof last === 'string' && isRecord(parent)) parent[last] = value;
  else throw new Error(`no ${segments.join('.')}`);
}

function remove(json: unknown, key: string): void {
  if (isRecord(json)) delete json[key];
}

const COMMANDS: PathSegment[] = ['bots', 0, 'commandLists', 0, 'commands'];
const GERMAN_COMMAND = 'bots[0].commandLists[0].commands[0]';

interface BrokenCase {
  name: string;
  breakIt(manifest: Json, german: Json, files: Map<string, Uint8Array>): void;
  expected: Pick<Problem, 'file' | 'path'> & { says: string };
}

const CASES: BrokenCase[] = [
  {
    name: 'a 40-character command title',
    breakIt: (manifest) => setAt(manifest, [...COMMANDS, 1, 'title'], 'checkin'.padEnd(40, '-')),
    expected: {
      file: 'manifest.json',
      path: '$.bots[0].commandLists[0].commands[1].title',
      says: 'is 40 characters; a command title may have at most 32',
    },
  },
  {
    name: 'a 129-character command description',
    breakIt: (manifest) => setAt(manifest, [...COMMANDS, 2, 'description'], 'x'.repeat(129)),
    expected: {
      file: 'manifest.json',
      path: '$.bots[0].commandLists[0].commands[2].description',
      says: 'at most 128',
    },
  },
  {
    name: 'eleven commands in a list',
    breakIt: (manifest) =>
      setAt(
        manifest,
        COMMANDS,
        Array.from({ length: 11 }, (_, index) => ({ title: index === 0 ? 'help' : `tasks` })),
      ),
    expected: {
      file: 'manifest.json',
      path: '$.bots[0].commandLists[0].commands',
      says: 'has 11 commands; Teams shows at most 10',
    },
  },
  {
    name: 'a command the bot does not have',
    breakIt: (manifest) => setAt(manifest, [...COMMANDS, 3, 'title'], 'dance'),
    expected: {
      file: 'manifest.json',
      path: '$.bots[0].commandLists[0].commands[3].title',
      says: '"dance" is not a command of the bot',
    },
  },
  {
    name: 'a command list without help',
    breakIt: (manifest) => setAt(manifest, [...COMMANDS, 0, 'title'], 'resume'),
    expected: {
      file: 'manifest.json',
      path: '$.bots[0].commandLists[0].commands',
      says: 'has no "help" command',
    },
  },
  {
    name: 'a URL on another domain',
    breakIt: (manifest) => setAt(manifest, ['developer', 'privacyUrl'], 'https://example.org/privacy'),
    expected: {
      file: 'manifest.json',
      path: '$.developer.privacyUrl',
      says: 'the host "example.org" is not in validDomains',
    },
  },
  {
    name: 'a plain http URL',
    breakIt: (manifest) =>
      setAt(manifest, ['staticTabs', 0, 'contentUrl'], 'http://cadence-sample.azurewebsites.net/?view=mine'),
    expected: { file: 'manifest.json', path: '$.staticTabs[0].contentUrl', says: 'must use https' },
  },
  {
    name: 'an SSO resource for another app',
    breakIt: (manifest) =>
      setAt(
        manifest,
        ['webApplicationInfo', 'resource'],
        'api://cadence-sample.azurewebsites.net/someone-else',
      ),
    expected: {
      file: 'manifest.json',
      path: '$.webApplicationInfo.resource',
      says: 'must end with the webApplicationInfo id',
    },
  },
  {
    name: 'a placeholder left in the manifest',
    breakIt: (manifest) => setAt(manifest, ['name', 'full'], 'Cadence ${{EDITION}}'),
    expected: { file: 'manifest.json', path: '$.name.full', says: 'still has the placeholder ${{EDITION}}' },
  },
  {
    name: 'a placeholder left in the German file',
    breakIt: (_manifest, german) => setAt(german, ['name.full'], 'Cadence ${{EDITION}}'),
    expected: { file: 'de-de.json', path: '$["name.full"]', says: 'still has the placeholder ${{EDITION}}' },
  },
  {
    name: 'a bot id that is not a GUID (schema)',
    breakIt: (manifest) => setAt(manifest, ['bots', 0, 'botId'], 'cadence-bot'),
    expected: { file: 'manifest.json', path: '$.bots[0].botId', says: 'must match pattern' },
  },
  {
    name: 'a property the schema does not know',
    breakIt: (manifest) => setAt(manifest, ['colour'], '#FF0000'),
    expected: {
      file: 'manifest.json',
      path: '$',
      says: 'must NOT have additional properties (schema #/additionalProperties): "colour"',
    },
  },
  {
    name: 'a version that is not semver',
    breakIt: (manifest) => setAt(manifest, ['version'], '1.0'),
    expected: { file: 'manifest.json', path: '$.version', says: '"1.0" is not a semantic version' },
  },
  {
    name: 'a 64×64 outline icon',
    breakIt: (_manifest, _german, files) => files.set('outline.png', solidPng(64, [255, 255, 255, 0])),
    expected: { file: 'outline.png', path: '$', says: 'is 64×64; the outline icon must be 32×32' },
  },
  {
    name: 'a coloured pixel in the outline icon',
    breakIt: (_manifest, _german, files) =>
      files.set(
        'outline.png',
        withFirstVisiblePixel(files.get('outline.png') ?? new Uint8Array(), [255, 0, 0, 255]),
      ),
    expected: { file: 'outline.png', path: '$', says: 'has 1 visible pixel(s) that are not white' },
  },
  {
    name: 'an outline icon without an alpha channel',
    breakIt: (_manifest, _german, files) => files.set('outline.png', solidPng(32, [255, 255, 255])),
    expected: { file: 'outline.png', path: '$', says: 'has no alpha channel' },
  },
  {
    name: 'an empty outline icon',
    breakIt: (_manifest, _german, files) => files.set('outline.png', solidPng(32, [255, 255, 255, 0])),
    expected: { file: 'outline.png', path: '$', says: 'is empty' },
  },
  {
    name: 'an outline icon that is a white square',
    breakIt: (_manifest, _german, files) => files.set('outline.png', solidPng(32, [255, 255, 255, 255])),
    expected: { file: 'outline.png', path: '$', says: 'has no transparent pixels' },
  },
  {
    name: 'a 96×96 color icon',
    breakIt: (_manifest, _german, files) => files.set('color.png', solidPng(96, [79, 91, 213, 255])),
    expected: { file: 'color.png', path: '$', says: 'is 96×96; the color icon must be 192×192' },
  },
  {
    name: 'a color icon that is not a PNG',
    breakIt: (_manifest, _german, files) => files.set('color.png', new TextEncoder().encode('<svg/>')),
    expected: { file: 'color.png', path: '$', says: 'is not a PNG file' },
  },
  {
    name: 'an icon missing from the package',
    breakIt: (_manifest, _german, files) => files.delete('color.png'),
    expected: { file: 'manifest.json', path: '$.icons.color', says: '"color.png" is not in the package' },
  },
  {
    name: 'a German file missing from the package',
    breakIt: (_manifest, _german, files) => files.delete('de-de.json'),
    expected: {
      file: 'manifest.json',
      path: '$.localizationInfo.additionalLanguages[0].file',
      says: '"de-de.json" is not in the package',
    },
  },
  {
    name: 'a German string with no manifest string to translate',
    breakIt: (_manifest, german) => setAt(german, ['staticTabs[5].name'], 'Gibt es nicht'),
    expected: { file: 'de-de.json', path: '$["staticTabs[5].name"]', says: 'translates nothing' },
  },
  {
    name: 'an untranslated command description',
    breakIt: (_manifest, german) => remove(german, `${GERMAN_COMMAND}.description`),
    expected: {
      file: 'de-de.json',
      path: `$["${GERMAN_COMMAND}.description"]`,
      says: 'is missing: no translation of "Show what Cadence can do."',
    },
  },
  {
    name: 'a German command description over 128 characters',
    breakIt: (_manifest, german) => setAt(german, [`${GERMAN_COMMAND}.description`], 'ä'.repeat(129)),
    expected: { file: 'de-de.json', path: `$["${GERMAN_COMMAND}.description"]`, says: 'at most 128' },
  },
  {
    name: 'a translated command title the bot does not understand',
    breakIt: (_manifest, german) => setAt(german, [`${GERMAN_COMMAND}.title`], 'hilfe'),
    expected: {
      file: 'de-de.json',
      path: `$["${GERMAN_COMMAND}.title"]`,
      says: '"hilfe" is not a command of the bot',
    },
  },
  {
    name: 'a German short name over 30 characters (localization schema)',
    breakIt: (_manifest, german) => setAt(german, ['name.short'], 'Cadence – Verbindlichkeit im Team'),
    expected: { file: 'de-de.json', path: '$["name.short"]', says: 'must NOT have more than 30 characters' },
  },
];

describe('the package validator refuses a broken package', () => {
  let sample: SamplePackage;
  beforeAll(() => {
    sample = buildSamplePackage();
  });
  afterAll(() => sample.dispose());

  /** A fresh copy of the valid sample package, broken by `breakIt`. */
  function broken(breakIt: BrokenCase['breakIt']): AppPackageContents {
    const { manifest, files } = contentsOf(sample.unzipped);
    const copy = structuredClone(manifest);
    const german = jsonOf(files.get('de-de.json'));
    const editable = new Map(files);
    if (!isRecord(copy) || !isRecord(german)) throw new Error('the sample package is not JSON objects');
    breakIt(copy, german, editable);
    if (editable.has('de-de.json'))
      editable.set('de-de.json', new TextEncoder().encode(JSON.stringify(german)));
    return { manifest: copy, files: editable };
  }

  it('accepts the sample package as it is', () => {
    expect(validateAppPackage(broken(() => undefined))).toEqual([]);
  });

  it.each(CASES.map((each) => [each.name, each] as const))('with %s', (_name, { breakIt, expected }) => {
    const problems = validateAppPackage(broken(breakIt));
    expect(problems).toContainEqual({
      file: expected.file,
      path: expected.path,
      message: expect.stringContaining(expected.says),
    });
  });
});
