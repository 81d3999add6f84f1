import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBicep } from './bicep-text.ts';
import {
  LIFECYCLES,
  REPO_ROOT,
  filesReadBy,
  placeholdersIn,
  readEnvFile,
  readToolkitProject,
  repoFile,
  type ToolkitStep,
} from './toolkit-project.ts';

const project = readToolkitProject();
const envDev = readEnvFile('env/.env.dev');
const bicepOutputs = parseBicep(repoFile('infra/main.bicep')).outputs.map((output) => output.key);

/**
 * Variables the Toolkit itself provides: the environment's name and suffix, the subscription and resource
 * group it asks for when empty, and the resource suffix it generates at the first provision.
 */
const TOOLKIT_BUILT_INS = [
  'TEAMSFX_ENV',
  'APP_NAME_SUFFIX',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
  'RESOURCE_SUFFIX',
];

/** Variables an action generates for itself before reading its files (aadApp/update: the scope's id). */
const GENERATED_BY_ACTION: Record<string, string[]> = {
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};

/** What a step writes to env/.env.<env>: its writeToEnvironmentFile values, or every Bicep output. */
function writtenBy(step: ToolkitStep): string[] {
  const written = Object.values(step.writeToEnvironmentFile);
  return step.uses === 'arm/deploy' ? [...written, ...bicepOutputs] : written;
}

interface Use {
  step: ToolkitStep;
  file: string;
  name: string;
}

/**
 * Walks the lifecycles in the order they run (deploy and publish after a provision) and returns each
 * placeholder a step or a file it reads uses before anything has given it a value.
 */
function unsatisfiedPlaceholders(): Use[] {
  const committed = Object.entries(envDev)
    .filter(([, value]) => value !== '')
    .map(([name]) => name);
  const afterProvision = new Set([...TOOLKIT_BUILT_INS, ...committed]);
  const missing: Use[] = [];
  for (const lifecycle of LIFECYCLES) {
    const available = lifecycle === 'provision' ? afterProvision : new Set(afterProvision);
    for (const step of project.steps.filter((candidate) => candidate.lifecycle === lifecycle)) {
      for (const name of GENERATED_BY_ACTION[step.uses] ?? []) available.add(name);
      const sources = [
        { file: 'm365agents.yml', text: step.text },
        ...filesReadBy(step)
          .filter((file) => existsSync(path.join(REPO_ROOT, file)))
          .map((file) => ({ file, text: repoFile(file) })),
      ];
      for (const { file, text } of sources) {
        for (const name of placeholdersIn(text)) if (!available.has(name)) missing.push({ step, file, name });
      }
      for (const name of writtenBy(step)) available.add(name);
    }
  }
  return missing;
}

function allPlaceholderFiles(): string[] {
  return [...new Set(['m365agents.yml', ...project.steps.flatMap(filesReadBy)])].filter((file) =>
    existsSync(path.join(REPO_ROOT, file)),
  );
}

describe('m365agents.yml', () => {
  it('is a v1.9 project file with the env folder, provision, deploy and publish', () => {
    expect(project.version).toBe('v1.9');
    expect(project.environmentFolderPath).toBe('./env');
    for (const lifecycle of LIFECYCLES) {
      expect(project.steps.some((step) => step.lifecycle === lifecycle)).toBe(true);
    }
  });

  it('provisions in order: Teams app, Entra app, Azure, SSO update, validate, zip, validate, update', () => {
    expect(project.steps.filter((step) => step.lifecycle === 'provision').map((step) => step.uses)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('deploys with npm ci, the production build and a zip deploy to the web app', () => {
    const deploy = project.steps.filter((step) => step.lifecycle === 'deploy');
    expect(deploy.map((step) => [step.uses, step.with.args])).toEqual([
      ['cli/runNpmCommand', 'ci'],
      ['cli/runNpmCommand', 'run build'],
      ['azureAppService/zipDeploy', undefined],
    ]);
    expect(deploy[2]!.with).toEqual({
      artifactFolder: '.',
      ignoreFile: './.webappignore',
      resourceId: '${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}',
    });
  });

  it('deploys main.bicep with azure.parameters.json and a pinned Bicep CLI', () => {
    const arm = project.steps.find((step) => step.uses === 'arm/deploy')!;
    expect(arm.with.templates).toEqual([
      expect.objectContaining({ path: './infra/main.bicep', parameters: './infra/azure.parameters.json' }),
    ]);
    expect(arm.with.bicepCliVersion).toMatch(/^v\d+\.\d+\.\d+$/);
  });

  it('zips the package the packaging script and the docs name', () => {
    const zip = project.steps.find((step) => step.uses === 'teamsApp/zipAppPackage')!;
    expect(zip.with.outputZipPath).toBe('./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip');
  });

  it('creates the Entra app without a client secret', () => {
    const create = project.steps.find((step) => step.uses === 'aadApp/create')!;
    expect(create.with.generateClientSecret).toBe(false);
    expect(Object.keys(create.writeToEnvironmentFile)).not.toContain('clientSecret');
    expect(create.writeToEnvironmentFile.clientId).toBe('AAD_APP_CLIENT_ID');
  });
});

describe('placeholders', () => {
  it('follows the steps to the parameters, the Entra manifest and the Teams manifest with its languages', () => {
    const teamsFiles = ['appPackage/manifest.json', 'appPackage/de-de.json'].filter((file) =>
      existsSync(path.join(REPO_ROOT, file)),
    );
    expect(allPlaceholderFiles()).toEqual(
      expect.arrayContaining([
        'm365agents.yml',
        'infra/azure.parameters.json',
        'aad.manifest.json',
        ...teamsFiles,
      ]),
    );
  });

  it('gives every placeholder a value before the step that uses it runs', () => {
    const missing = unsatisfiedPlaceholders().map(
      ({ step, file, name }) => `${name} in ${file} (${step.lifecycle} step ${step.index + 1}, ${step.uses})`,
    );
    expect(missing).toEqual([]);
  });

  it('lists every placeholder in env/.env.dev', () => {
    const used = allPlaceholderFiles().flatMap((file) => placeholdersIn(repoFile(file)));
    expect([...new Set(used)].filter((name) => !(name in envDev))).toEqual([]);
  });

  it('lists in env/.env.dev only variables something provides', () => {
    const provided = new Set([...TOOLKIT_BUILT_INS, ...project.steps.flatMap(writtenBy)]);
    for (const names of Object.values(GENERATED_BY_ACTION)) names.forEach((name) => provided.add(name));
    expect(Object.keys(envDev).filter((name) => !provided.has(name))).toEqual([]);
  });

  it('fills the Teams manifest placeholders of the contract', () => {
    const forManifest = ['TEAMS_APP_ID', 'APP_NAME_SUFFIX', 'BOT_ID', 'BOT_DOMAIN', 'AAD_APP_CLIENT_ID'];
    expect(Object.keys(envDev)).toEqual(expect.arrayContaining(forManifest));
  });
});

describe('the Entra app manifest (SSO)', () => {
  const manifest = JSON.parse(repoFile('aad.manifest.json')) as {
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
  };

  it('exposes api://<host>/<client id> with an access_as_user scope', () => {
    expect(manifest.identifierUris).toEqual(['api://${{BOT_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(manifest.api.oauth2PermissionScopes).toEqual([
      expect.objectContaining({
        value: 'access_as_user',
        type: 'User',
        id: '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}',
      }),
    ]);
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
  });

  it('pre-authorizes the Teams desktop, mobile and web clients for that scope', () => {
    const teamsClients = ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'];
    const scopeId = manifest.api.oauth2PermissionScopes[0]!.id;
    for (const appId of teamsClients) {
      expect(manifest.api.preAuthorizedApplications).toContainEqual({
        appId,
        delegatedPermissionIds: [scopeId],
      });
    }
  });
});
