// Cadence in Azure: one Linux web app serving the bot and the tab, Table and Queue Storage reached with a
// user-assigned managed identity (no account keys), an Azure Bot with that same identity, and Application
// Insights. Deployed by the Agents Toolkit (m365agents.yml, arm/deploy) or `az deployment group create`.
// Every output becomes a variable of env/.env.<environment> with the same name.

@minLength(4)
@maxLength(20)
@description('Lower-case letters, digits and hyphens; the web app is <resourceBaseName>.azurewebsites.net.')
param resourceBaseName string

@description('Region of every resource except the bot registration, which is global.')
param location string = resourceGroup().location

@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
@description('App Service plan size. B1 is the smallest with Always On.')
param webAppSku string = 'B1'

@allowed([
  'F0'
  'S1'
])
@description('Azure Bot pricing tier. Teams messages are free on both.')
param botSku string = 'F0'

@description('The Teams app id (TEAMS_APP_ID), for deep links into the tab.')
param teamsAppId string

@description('Client id of the Entra app registration the tab signs in with (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('The Entra tenant of the bot identity and of the people allowed to use the API.')
param tenantId string = subscription().tenantId

@description('The bot\'s name in the Azure portal.')
param botDisplayName string

var storageAccountName = take('${toLower(replace(resourceBaseName, '-', ''))}${uniqueString(resourceGroup().id)}', 24)
var storageTableUrl = 'https://${storageAccount.name}.table.${environment().suffixes.storage}'
var storageQueueUrl = 'https://${storageAccount.name}.queue.${environment().suffixes.storage}'

// Built-in role definitions (the same ids in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-identity'
  location: location
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // Entra ID only: the app signs in with the managed identity, so no key can leak.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

// The app creates its tables and its queue at start-up (ensureTables, createIfNotExists); the data
// contributor roles below allow that.
resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storageAccount
  name: 'default'
}

resource tableDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, identity.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueDataRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storageAccount
  name: guid(storageAccount.id, identity.id, storageQueueDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appCommandLine: 'npm start'
    }
  }
}

// FTP is never used (deployments go through zip deploy).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

// A separate resource so the settings can use the site's real host name. The names are bot/config.ts's
// (CONFIG_SETTINGS) plus a few App Service platform settings; tests/unit/infra checks both.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    STORAGE_ACCOUNT_URL: storageTableUrl
    STORAGE_QUEUE_URL: storageQueueUrl
    AZURE_CLIENT_ID: identity.properties.clientId
    AUTH_ISSUERS: 'https://login.microsoftonline.com/{tenantid}/v2.0,https://sts.windows.net/{tenantid}/'
    AUTH_JWKS_URL: 'https://login.microsoftonline.com/common/discovery/v2.0/keys'
    AUTH_AUDIENCES: 'api://${webApp.properties.defaultHostName}/${aadAppClientId},${aadAppClientId}'
    AUTH_ALLOWED_TENANTS: tenantId
    BOT_APP_ID: identity.properties.clientId
    BOT_APP_TYPE: 'UserAssignedMSI'
    BOT_TENANT_ID: tenantId
    TEAMS_APP_ID: teamsAppId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
  // Storage sign-in needs the roles in place before the app's first start.
  dependsOn: [
    tableDataRole
    queueDataRole
    tableService
    queueService
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output STORAGE_ACCOUNT_URL string = storageTableUrl
output STORAGE_QUEUE_URL string = storageQueueUrl
output MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
