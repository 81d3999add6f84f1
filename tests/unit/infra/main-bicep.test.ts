import { describe, expect, it } from 'vitest';
import { CONFIG_SETTINGS, ConfigError, loadConfig } from '../../../bot/config.ts';
import {
  entryValue,
  evaluate,
  parseBicep,
  propertyValues,
  resourcesOfType,
  stringLiteral,
  valueAt,
} from './bicep-text.ts';
import {
  SAMPLES,
  SAMPLE_AAD_APP_CLIENT_ID,
  SAMPLE_HOST,
  SAMPLE_IDENTITY_CLIENT_ID,
  SAMPLE_TEAMS_APP_ID,
  SAMPLE_TENANT_ID,
  appSettingExpressions,
  sampleAppSettings,
  sampleOutputs,
} from './template-samples.ts';
import { repoFile } from './toolkit-project.ts';

const template = parseBicep(repoFile('infra/main.bicep'));
const parameterFile = JSON.parse(repoFile('infra/azure.parameters.json')) as {
  parameters: Record<string, { value: unknown }>;
};

/** What the issue 6 contract says main.bicep outputs (the Toolkit writes each to env/.env.<env>). */
const CONTRACT_OUTPUTS = [
  'BOT_ID',
  'BOT_TENANT_ID',
  'BOT_DOMAIN',
  'BOT_AZURE_APP_SERVICE_RESOURCE_ID',
  'STORAGE_ACCOUNT_URL',
  'STORAGE_QUEUE_URL',
  'MANAGED_IDENTITY_CLIENT_ID',
];

/** App Service settings that the platform reads, not bot/config.ts. */
const PLATFORM_SETTINGS = [
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'SCM_DO_BUILD_DURING_DEPLOYMENT',
  'WEBSITE_RUN_FROM_PACKAGE',
];

const STORAGE_TABLE_DATA_CONTRIBUTOR = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3';
const STORAGE_QUEUE_DATA_CONTRIBUTOR = '974c5e8b-45b9-4653-ba55-5f855dd0fb88';

/** The config settings the template sets, with sample values. */
function configSettings(): Record<string, string> {
  const settings = sampleAppSettings(template);
  return Object.fromEntries(
    Object.entries(settings).filter(([name]) => (CONFIG_SETTINGS as readonly string[]).includes(name)),
  );
}

function onlyValue(key: string): string | undefined {
  const values = propertyValues(template, key);
  expect(values, `one value for ${key}`).toHaveLength(1);
  return stringLiteral(values[0]!);
}

describe('infra/main.bicep parameters', () => {
  it('gives every parameter without a default a value in azure.parameters.json', () => {
    const required = template.params.filter((param) => !param.hasDefault).map((param) => param.name);
    expect(required.length).toBeGreaterThan(0);
    expect(Object.keys(parameterFile.parameters)).toEqual(expect.arrayContaining(required));
  });

  it('lists only parameters main.bicep declares in azure.parameters.json', () => {
    const declared = template.params.map((param) => param.name);
    for (const name of Object.keys(parameterFile.parameters)) expect(declared).toContain(name);
  });

  it('declares the parameters the deployment is configured with', () => {
    expect(template.params.map((param) => param.name)).toEqual(
      expect.arrayContaining([
        'resourceBaseName',
        'location',
        'webAppSku',
        'teamsAppId',
        'aadAppClientId',
        'tenantId',
        'botDisplayName',
      ]),
    );
    const defaults = template.params.filter((param) => param.hasDefault).map((param) => param.name);
    expect(defaults).toEqual(expect.arrayContaining(['location', 'webAppSku', 'tenantId']));
  });
});

describe('infra/main.bicep outputs', () => {
  it('declares every output of the contract', () => {
    expect(template.outputs.map((output) => output.key)).toEqual(expect.arrayContaining(CONTRACT_OUTPUTS));
  });

  it('outputs the identity, tenant, host, web app and storage endpoints', () => {
    const outputs = sampleOutputs(template);
    expect(outputs).toMatchObject({
      BOT_ID: SAMPLE_IDENTITY_CLIENT_ID,
      MANAGED_IDENTITY_CLIENT_ID: SAMPLE_IDENTITY_CLIENT_ID,
      BOT_TENANT_ID: SAMPLE_TENANT_ID,
      BOT_DOMAIN: SAMPLE_HOST,
      BOT_AZURE_APP_SERVICE_RESOURCE_ID: SAMPLES['webApp.id'],
    });
    expect(outputs.STORAGE_ACCOUNT_URL).toMatch(/^https:\/\/[a-z0-9]{3,24}\.table\.core\.windows\.net$/);
    expect(outputs.STORAGE_QUEUE_URL).toBe(outputs.STORAGE_ACCOUNT_URL!.replace('.table.', '.queue.'));
  });
});

describe('the web app settings', () => {
  it('names only settings of bot/config.ts or of the App Service platform', () => {
    const names = [...appSettingExpressions(template).keys()];
    expect(names.length).toBeGreaterThan(0);
    const known = [...CONFIG_SETTINGS, ...PLATFORM_SETTINGS] as string[];
    expect(names.filter((name) => !known.includes(name))).toEqual([]);
  });

  it('sets everything the production configuration requires', () => {
    const settings = configSettings();
    expect(settings.NODE_ENV).toBe('production');
    const config = loadConfig(settings);
    expect(config).toMatchObject({
      nodeEnv: 'production',
      publicUrl: `https://${SAMPLE_HOST}`,
      teamsAppId: SAMPLE_TEAMS_APP_ID,
      storage: { kind: 'accountUrl', managedIdentityClientId: SAMPLE_IDENTITY_CLIENT_ID },
      auth: {
        kind: 'entra',
        jwksUrl: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
        audiences: [`api://${SAMPLE_HOST}/${SAMPLE_AAD_APP_CLIENT_ID}`, SAMPLE_AAD_APP_CLIENT_ID],
        allowedTenants: [SAMPLE_TENANT_ID],
      },
      bot: { appType: 'UserAssignedMSI', appId: SAMPLE_IDENTITY_CLIENT_ID, tenantId: SAMPLE_TENANT_ID },
    });
    expect(config.auth.kind === 'entra' && config.auth.issuers).toEqual([
      'https://login.microsoftonline.com/{tenantid}/v2.0',
      'https://sts.windows.net/{tenantid}/',
    ]);
  });

  it('makes each config setting it sets either optional or named by the error when it is missing', () => {
    const settings = configSettings();
    // Without a type the bot is MultiTenant by default, and what that mode lacks is its password.
    const modeSettings: Record<string, string> = { BOT_APP_TYPE: 'BOT_APP_PASSWORD' };
    const required: string[] = [];
    for (const name of Object.keys(settings)) {
      const { [name]: _removed, ...rest } = settings;
      let error: unknown;
      try {
        loadConfig(rest);
      } catch (caught) {
        error = caught;
      }
      if (error === undefined) continue;
      expect(error, `removing ${name}`).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).setting, `removing ${name}`).toBe(modeSettings[name] ?? name);
      required.push(name);
    }
    expect(required).toEqual(
      expect.arrayContaining([
        'PUBLIC_URL',
        'STORAGE_ACCOUNT_URL',
        'BOT_APP_ID',
        'TEAMS_APP_ID',
        'AUTH_AUDIENCES',
      ]),
    );
  });

  it('points the settings at the host, identity and storage the outputs name', () => {
    const settings = sampleAppSettings(template);
    const outputs = sampleOutputs(template);
    expect(settings).toMatchObject({
      PUBLIC_URL: `https://${outputs.BOT_DOMAIN}`,
      BOT_APP_ID: outputs.BOT_ID,
      AZURE_CLIENT_ID: outputs.MANAGED_IDENTITY_CLIENT_ID,
      BOT_TENANT_ID: outputs.BOT_TENANT_ID,
      STORAGE_ACCOUNT_URL: outputs.STORAGE_ACCOUNT_URL,
      STORAGE_QUEUE_URL: outputs.STORAGE_QUEUE_URL,
      APPLICATIONINSIGHTS_CONNECTION_STRING: SAMPLES['appInsights.properties.ConnectionString'],
      WEBSITE_RUN_FROM_PACKAGE: '1',
      SCM_DO_BUILD_DURING_DEPLOYMENT: 'false',
    });
  });
});

describe('infra/main.bicep resources and security', () => {
  it('locks the storage account down to Entra ID over TLS 1.2', () => {
    const [storage] = resourcesOfType(template, 'Microsoft.Storage/storageAccounts');
    expect(stringLiteral(entryValue(storage!.body, 'kind')!)).toBe('StorageV2');
    expect(onlyValue('allowBlobPublicAccess')).toBe('false');
    expect(onlyValue('allowSharedKeyAccess')).toBe('false');
    expect(onlyValue('minimumTlsVersion')).toBe('TLS1_2');
    expect(onlyValue('supportsHttpsTrafficOnly')).toBe('true');
    expect(resourcesOfType(template, 'Microsoft.Storage/storageAccounts/tableServices')).toHaveLength(1);
    expect(resourcesOfType(template, 'Microsoft.Storage/storageAccounts/queueServices')).toHaveLength(1);
  });

  it('grants the managed identity Table and Queue data access on the account', () => {
    const assignments = resourcesOfType(template, 'Microsoft.Authorization/roleAssignments');
    const roleOf = (body: string) => {
      const expression = valueAt(body, ['properties', 'roleDefinitionId'])!;
      return [STORAGE_TABLE_DATA_CONTRIBUTOR, STORAGE_QUEUE_DATA_CONTRIBUTOR].find(
        (role) =>
          expression.includes(role) ||
          [...template.variables].some(([name, value]) => value === `'${role}'` && expression.includes(name)),
      );
    };
    const roles = assignments.map((assignment) => roleOf(assignment.body));
    expect(roles).toEqual(
      expect.arrayContaining([STORAGE_TABLE_DATA_CONTRIBUTOR, STORAGE_QUEUE_DATA_CONTRIBUTOR]),
    );
    for (const assignment of assignments) {
      expect(entryValue(assignment.body, 'scope')).toBe('storageAccount');
      expect(entryValue(assignment.body, 'name')).toMatch(/^guid\(/);
      expect(stringLiteral(valueAt(assignment.body, ['properties', 'principalType'])!)).toBe(
        'ServicePrincipal',
      );
      expect(valueAt(assignment.body, ['properties', 'principalId'])).toBe('identity.properties.principalId');
    }
  });

  it('runs a Linux Node 20 web app, https only, always on, health-checked on /healthz', () => {
    const [plan] = resourcesOfType(template, 'Microsoft.Web/serverfarms');
    expect(valueAt(plan!.body, ['properties', 'reserved'])).toBe('true');
    const [site] = resourcesOfType(template, 'Microsoft.Web/sites');
    expect(stringLiteral(entryValue(site!.body, 'kind')!)).toBe('app,linux');
    expect(stringLiteral(valueAt(site!.body, ['identity', 'type'])!)).toBe('UserAssigned');
    expect(onlyValue('httpsOnly')).toBe('true');
    expect(onlyValue('linuxFxVersion')).toBe('NODE|20-lts');
    expect(onlyValue('alwaysOn')).toBe('true');
    expect(onlyValue('healthCheckPath')).toBe('/healthz');
    expect(onlyValue('minTlsVersion')).toBe('1.2');
    expect(onlyValue('ftpsState')).toBe('Disabled');
    expect(onlyValue('appCommandLine')).toBe('npm start');
    const scripts = (JSON.parse(repoFile('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe('node dist/server/bot/main.js');
  });

  it('registers an Azure Bot on the managed identity, with the Teams channel', () => {
    const [bot] = resourcesOfType(template, 'Microsoft.BotService/botServices');
    expect(stringLiteral(entryValue(bot!.body, 'kind')!)).toBe('azurebot');
    expect(stringLiteral(entryValue(bot!.body, 'location')!)).toBe('global');
    const property = (key: string) => evaluate(template, valueAt(bot!.body, ['properties', key])!, SAMPLES);
    expect(property('msaAppType')).toBe('UserAssignedMSI');
    expect(property('msaAppId')).toBe(SAMPLE_IDENTITY_CLIENT_ID);
    expect(property('msaAppMSIResourceId')).toBe(SAMPLES['identity.id']);
    expect(property('msaAppTenantId')).toBe(SAMPLE_TENANT_ID);
    expect(property('endpoint')).toBe(`https://${SAMPLE_HOST}/api/messages`);
    const channels = resourcesOfType(template, 'Microsoft.BotService/botServices/channels');
    expect(channels.map((channel) => stringLiteral(entryValue(channel.body, 'name')!))).toContain(
      'MsTeamsChannel',
    );
    expect(onlyValue('channelName')).toBe('MsTeamsChannel');
  });

  it('sends telemetry to workspace-based Application Insights', () => {
    const [insights] = resourcesOfType(template, 'Microsoft.Insights/components');
    const [workspace] = resourcesOfType(template, 'Microsoft.OperationalInsights/workspaces');
    expect(valueAt(insights!.body, ['properties', 'WorkspaceResourceId'])).toBe(`${workspace!.symbol}.id`);
    expect(appSettingExpressions(template).get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe(
      `${insights!.symbol}.properties.ConnectionString`,
    );
  });

  it('never reads account keys or other secrets into the deployment', () => {
    const source = repoFile('infra/main.bicep');
    expect(source).not.toMatch(/listKeys\s*\(|listAccountSas\s*\(|AccountKey=/i);
  });
});
