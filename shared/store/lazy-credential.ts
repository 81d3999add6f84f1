import type { TokenCredential } from '@azure/identity';

/**
 * DefaultAzureCredential (a managed identity in Azure; the developer's sign-in elsewhere). @azure/identity
 * loads MSAL, which local mode and tests never need, so it is loaded on the first token request.
 * `managedIdentityClientId` picks a user-assigned identity.
 */
export function lazyDefaultAzureCredential(managedIdentityClientId?: string): TokenCredential {
  let credential: Promise<TokenCredential> | undefined;
  return {
    async getToken(scopes, options) {
      credential ??= import('@azure/identity').then(
        ({ DefaultAzureCredential }) =>
          new DefaultAzureCredential(managedIdentityClientId ? { managedIdentityClientId } : {}),
      );
      return (await credential).getToken(scopes, options);
    },
  };
}
