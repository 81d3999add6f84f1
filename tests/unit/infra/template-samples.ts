import {
  arrayItems,
  entryValue,
  evaluate,
  objectEntries,
  resourcesOfType,
  valueAt,
  type BicepFile,
} from './bicep-text.ts';

export const SAMPLE_HOST = 'cadence-sample.azurewebsites.net';
export const SAMPLE_IDENTITY_CLIENT_ID = '0f8b1c2d-3e4a-4b5c-8d6e-7f8091a2b3c4';
export const SAMPLE_TENANT_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
export const SAMPLE_TEAMS_APP_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';
export const SAMPLE_AAD_APP_CLIENT_ID = '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901';

/** Plausible values for the parameters and resource properties the template's settings and outputs use. */
export const SAMPLES: Record<string, string> = {
  resourceBaseName: 'cadence-sample',
  tenantId: SAMPLE_TENANT_ID,
  teamsAppId: SAMPLE_TEAMS_APP_ID,
  aadAppClientId: SAMPLE_AAD_APP_CLIENT_ID,
  botDisplayName: 'Cadence',
  'identity.properties.clientId': SAMPLE_IDENTITY_CLIENT_ID,
  'identity.properties.principalId': '7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7',
  'identity.id':
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cadence-sample-identity',
  'webApp.properties.defaultHostName': SAMPLE_HOST,
  'webApp.id':
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites/cadence-sample',
  'storageAccount.name': 'cadencesamplex4k2',
  'environment().suffixes.storage': 'core.windows.net',
  'appInsights.properties.ConnectionString':
    'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
};

/** The web app's settings as Bicep expressions: the `sites/config` 'appsettings' resource or siteConfig.appSettings. */
export function appSettingExpressions(file: BicepFile): Map<string, string> {
  const settings = new Map<string, string>();
  for (const config of resourcesOfType(file, 'Microsoft.Web/sites/config')) {
    if (evaluate(file, entryValue(config.body, 'name') ?? "''", SAMPLES) !== 'appsettings') continue;
    for (const entry of objectEntries(valueAt(config.body, ['properties']) ?? '{}')) {
      settings.set(entry.key, entry.value);
    }
  }
  for (const site of resourcesOfType(file, 'Microsoft.Web/sites')) {
    const list = valueAt(site.body, ['properties', 'siteConfig', 'appSettings']);
    for (const item of list ? arrayItems(list) : []) {
      settings.set(
        evaluate(file, entryValue(item, 'name') ?? "''", SAMPLES),
        entryValue(item, 'value') ?? "''",
      );
    }
  }
  return settings;
}

/** The web app's settings with the sample values filled in. */
export function sampleAppSettings(file: BicepFile): Record<string, string> {
  return Object.fromEntries(
    [...appSettingExpressions(file)].map(([name, expression]) => [name, evaluate(file, expression, SAMPLES)]),
  );
}

/** The template's outputs with the sample values filled in. */
export function sampleOutputs(file: BicepFile): Record<string, string> {
  return Object.fromEntries(
    file.outputs.map((output) => [output.key, evaluate(file, output.value, SAMPLES)]),
  );
}
